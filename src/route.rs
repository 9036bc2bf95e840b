//! The app's URLs. Routes live in the fragment (`#/p/mek/history`), so that deep
//! links work on any static host, under any sub-path, with no rewrite rules.

use std::fmt::Write;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `#/` or `#/?q=pmoi`: the list of profiles, filtered by a query.
    Catalog { query: String },
    /// `#/p/mek`, `#/p/mek/history`, `#/p/mek/note-12`.
    Profile { id: String, anchor: Option<Anchor> },
    /// `#/p/mek/timeline?open=…` or `#/p/mek/diagram?year=…`: one of a profile's
    /// interactive views, its state in the query (see `TimelineState`, `DiagramState`).
    Pane {
        id: String,
        pane: Pane,
        query: String,
    },
    /// `#/compare/mek/other`: two profiles' timelines on one axis; `#/compare/mek` picks the other.
    Compare { left: String, right: Option<String> },
    /// `#/author`: the Author page, which checks and previews a profile in the browser.
    Author,
    /// Anything else: the not-found page names it.
    NotFound(String),
}

/// A profile's interactive views, beside its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Timeline,
    Diagram,
}

impl Pane {
    pub const ALL: [Pane; 2] = [Pane::Timeline, Pane::Diagram];

    /// The URL segment.
    pub fn slug(self) -> &'static str {
        match self {
            Pane::Timeline => "timeline",
            Pane::Diagram => "diagram",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Pane::Timeline => "Timeline",
            Pane::Diagram => "Allies and rivals",
        }
    }
}

/// A place inside a profile's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    /// An element on the page: a section (`history`), a citing marker (`cite-12-1`), `sources`.
    Element(String),
    Notes,
    Note(u32),
}

impl Route {
    /// Parses `location.hash` (with or without its leading `#`).
    pub fn parse(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(percent_decode)
            .collect();
        match segments
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            [] => Route::Catalog {
                query: query_param(query, "q").unwrap_or_default(),
            },
            ["p", id] => Route::Profile {
                id: id.to_string(),
                anchor: None,
            },
            ["p", id, segment] => match Pane::ALL.into_iter().find(|p| p.slug() == *segment) {
                Some(pane) => Route::Pane {
                    id: id.to_string(),
                    pane,
                    query: query.to_owned(),
                },
                None => Route::Profile {
                    id: id.to_string(),
                    anchor: Some(Anchor::parse(segment)),
                },
            },
            ["author"] => Route::Author,
            ["compare", left] => Route::Compare {
                left: left.to_string(),
                right: None,
            },
            ["compare", left, right] => Route::Compare {
                left: left.to_string(),
                right: Some(right.to_string()),
            },
            _ => Route::NotFound(format!("#{hash}")),
        }
    }

    /// The place in a profile this route names, if any.
    pub fn anchor(&self) -> Option<&Anchor> {
        match self {
            Route::Profile { anchor, .. } => anchor.as_ref(),
            _ => None,
        }
    }

    /// The address of this route: the app's fragment, or, in a page being pre-rendered, a
    /// relative link to the page that shows it (see `pages`).
    pub fn href(&self) -> String {
        crate::pages::page_link(self).unwrap_or_else(|| self.href_fragment())
    }

    /// The fragment for this route, starting with `#`.
    pub fn href_fragment(&self) -> String {
        match self {
            Route::Catalog { query } if query.is_empty() => "#/".to_owned(),
            Route::Catalog { query } => format!("#/?q={}", percent_encode(query)),
            Route::Profile { id, anchor: None } => format!("#/p/{}", percent_encode(id)),
            Route::Profile {
                id,
                anchor: Some(anchor),
            } => {
                format!(
                    "#/p/{}/{}",
                    percent_encode(id),
                    percent_encode(&anchor.slug())
                )
            }
            Route::Pane { id, pane, query } if query.is_empty() => {
                format!("#/p/{}/{}", percent_encode(id), pane.slug())
            }
            Route::Pane { id, pane, query } => {
                format!("#/p/{}/{}?{query}", percent_encode(id), pane.slug())
            }
            Route::Compare { left, right: None } => format!("#/compare/{}", percent_encode(left)),
            Route::Compare {
                left,
                right: Some(right),
            } => format!(
                "#/compare/{}/{}",
                percent_encode(left),
                percent_encode(right)
            ),
            Route::Author => "#/author".to_owned(),
            Route::NotFound(hash) => hash.clone(),
        }
    }
}

impl Anchor {
    pub(crate) fn parse(segment: &str) -> Anchor {
        match segment {
            "notes" => Anchor::Notes,
            s => match s.strip_prefix("note-").and_then(|n| n.parse().ok()) {
                Some(n) => Anchor::Note(n),
                None => Anchor::Element(s.to_owned()),
            },
        }
    }

    /// The Sources list's heading, below all the notes.
    pub fn is_sources(&self) -> bool {
        matches!(self, Anchor::Element(id) if id == "sources")
    }

    /// The address of this place in the profile `profile_id`.
    pub fn href_in(self, profile_id: &str) -> String {
        Route::Profile {
            id: profile_id.to_owned(),
            anchor: Some(self),
        }
        .href()
    }

    /// The URL segment, which is also the element id on the page.
    pub fn slug(&self) -> String {
        match self {
            Anchor::Element(id) => id.clone(),
            Anchor::Notes => "notes".to_owned(),
            Anchor::Note(n) => format!("note-{n}"),
        }
    }
}

fn query_param(query: &str, key: &str) -> Option<String> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| percent_decode(&v.replace('+', " ")))
}

/// `key=a,b` added to the query string `query`, each value percent-encoded; nothing if there
/// is none.
pub fn add_query_list(query: &mut String, key: &str, values: &mut dyn Iterator<Item = &str>) {
    for (i, value) in values.enumerate() {
        if i > 0 {
            query.push(',');
        } else {
            if !query.is_empty() {
                query.push('&');
            }
            query.push_str(key);
            query.push('=');
        }
        query.push_str(&percent_encode(value));
    }
}

/// Encodes everything but unreserved characters (RFC 3986).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Decodes `%XX` escapes; malformed escapes stay as they are, invalid UTF-8 is replaced.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_route_names_its_place_in_a_profile() {
        let sources = Route::parse("#/p/mek/sources");
        assert!(sources.anchor().is_some_and(Anchor::is_sources));
        assert_eq!(
            Route::parse("#/p/mek/note-3").anchor(),
            Some(&Anchor::Note(3))
        );
        assert!(!Route::parse("#/p/mek/history")
            .anchor()
            .is_some_and(Anchor::is_sources));
        assert_eq!(Route::parse("#/p/mek").anchor(), None);
        assert_eq!(Route::parse("#/p/mek/timeline").anchor(), None);
    }

    #[test]
    fn the_author_page_has_its_own_address() {
        assert_eq!(Route::parse("#/author"), Route::Author);
        assert_eq!(Route::parse("#/author/"), Route::Author);
        assert_eq!(Route::Author.href_fragment(), "#/author");
    }

    #[test]
    fn a_place_in_a_profile_has_the_address_of_its_route() {
        assert_eq!(Anchor::Note(12).href_in("mek"), "#/p/mek/note-12");
        assert_eq!(
            Anchor::Element("cite-12-1".into()).href_in("mek"),
            "#/p/mek/cite-12-1"
        );
    }

    #[test]
    fn parses_every_kind_of_route() {
        assert_eq!(
            Route::parse(""),
            Route::Catalog {
                query: String::new()
            }
        );
        assert_eq!(
            Route::parse("#/"),
            Route::Catalog {
                query: String::new()
            }
        );
        assert_eq!(
            Route::parse("#/?q=people%E2%80%99s+mujahideen"),
            Route::Catalog {
                query: "people’s mujahideen".into()
            }
        );
        assert_eq!(
            Route::parse("#/p/mek"),
            Route::Profile {
                id: "mek".into(),
                anchor: None
            }
        );
        assert_eq!(
            Route::parse("#/p/mek/history"),
            Route::Profile {
                id: "mek".into(),
                anchor: Some(Anchor::Element("history".into()))
            }
        );
        assert_eq!(
            Route::parse("#/p/mek/note-12"),
            Route::Profile {
                id: "mek".into(),
                anchor: Some(Anchor::Note(12))
            }
        );
        assert_eq!(
            Route::parse("#/p/mek/notes"),
            Route::Profile {
                id: "mek".into(),
                anchor: Some(Anchor::Notes)
            }
        );
        assert_eq!(
            Route::parse("#/nowhere/at/all"),
            Route::NotFound("#/nowhere/at/all".into())
        );
    }

    #[test]
    fn hrefs_round_trip() {
        for route in [
            Route::Catalog {
                query: String::new(),
            },
            Route::Catalog {
                query: "mujahédin & co".into(),
            },
            Route::Profile {
                id: "mek".into(),
                anchor: None,
            },
            Route::Profile {
                id: "mek".into(),
                anchor: Some(Anchor::Element("home-base".into())),
            },
            Route::Profile {
                id: "mek".into(),
                anchor: Some(Anchor::Note(59)),
            },
            Route::Pane {
                id: "mek".into(),
                pane: Pane::Timeline,
                query: "open=iraq-1981&cat=attack".into(),
            },
            Route::Pane {
                id: "mek".into(),
                pane: Pane::Diagram,
                query: String::new(),
            },
            Route::Compare {
                left: "mek".into(),
                right: None,
            },
            Route::Compare {
                left: "mek".into(),
                right: Some("other group".into()),
            },
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn every_view_name_is_reserved_for_section_ids() {
        for pane in Pane::ALL {
            assert!(crate::validate::RESERVED_SECTION_IDS.contains(&pane.slug()));
        }
    }

    #[test]
    fn malformed_escapes_do_not_panic() {
        assert_eq!(percent_decode("%E2%80"), "\u{FFFD}");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}

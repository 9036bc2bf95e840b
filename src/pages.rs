//! The pre-rendered pages: which routes have an HTML file of their own, at which path, and
//! how one such page links to another. A page's path is relative to the site's root and is a
//! folder (`p/mek/timeline/`), so that any static host serves its `index.html` with no rewrite
//! rule; links between pages are relative, so that the site works under any sub-path. Places
//! inside a page stay fragments (`p/mek/#note-12`); the views' states stay queries
//! (`p/mek/timeline/?open=…`). A route with no file (a comparison, a profile added after the
//! build) is the app's fragment on the root page (`#/compare/mek`).
//!
//! An embed's page shows one part of a profile (`p/mek/embed/timeline/`, `p/mek/embed/` for
//! the whole of it): its links inside that part are fragments, so that its query string keeps
//! the embed's options, and every other link is the full site's page.

use crate::embed::{EmbedScope, Keep};
use crate::model::{plain_text, Block, Profile};
use crate::route::{percent_encode, Anchor, Pane, Route};
use std::cell::RefCell;
use std::collections::BTreeSet;

/// The profiles that have pages, and the page being written: what a link is relative to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageLinks {
    pub profiles: BTreeSet<String>,
    /// The path of the page holding the links (`""` for the root, `p/mek/` …).
    pub from: String,
    /// The part of a profile the page shows, if it is an embed's page (read from `from`).
    pub embed: Option<EmbedScope>,
}

thread_local! {
    /// Set while the pre-renderer writes a page, and in the browser on a pre-rendered page;
    /// elsewhere the app's links are its fragments (see `Route::href`).
    static PAGE_LINKS: RefCell<Option<PageLinks>> = const { RefCell::new(None) };
}

/// Links written from now on are those of the page `links.from`: the app on a pre-rendered
/// page.
pub fn link_from_page(links: PageLinks) {
    PAGE_LINKS.set(Some(links));
}

/// Runs `write` with the links of its views written as the page `links.from` links.
pub fn with_page_links<T>(links: PageLinks, write: impl FnOnce() -> T) -> T {
    let previous = PAGE_LINKS.replace(Some(links));
    let written = write();
    PAGE_LINKS.set(previous);
    written
}

/// Whether links are written as a pre-rendered page's (see `link_from_page`).
pub fn writes_page_links() -> bool {
    PAGE_LINKS.with_borrow(Option::is_some)
}

/// Whether `route` is shown by the page being written (or on show), when there is one.
pub fn shows_route(route: &Route) -> Option<bool> {
    PAGE_LINKS.with_borrow(|links| links.as_ref().map(|links| links.shows(route)))
}

/// The link to `route` from the page being written, if one is being written.
pub fn page_link(route: &Route) -> Option<String> {
    PAGE_LINKS.with_borrow(|links| links.as_ref().map(|links| links.link(route)))
}

/// The part of a profile the page being written (or on show) shows, if it is an embed's page.
pub fn embed_on_page() -> Option<EmbedScope> {
    PAGE_LINKS.with_borrow(|links| links.as_ref().and_then(|links| links.embed.clone()))
}

/// The link to the full site's page of `route` from the page being written, if one is being
/// written: what an embed's links that leave it open.
pub fn full_site_link(route: &Route) -> Option<String> {
    PAGE_LINKS.with_borrow(|links| links.as_ref().map(|links| links.site_link(route)))
}

/// The part of a profile the page at `path` shows, if it is an embed's page.
fn embed_scope_of_path(path: &str) -> Option<EmbedScope> {
    let segments: Vec<&str> = folder(path).split('/').filter(|s| !s.is_empty()).collect();
    let route = match segments.as_slice() {
        ["p", id, "embed"] => format!("#/p/{id}"),
        ["p", id, "embed", part] => format!("#/p/{id}/{part}"),
        _ => return None,
    };
    EmbedScope::of(&Route::parse(&route))
}

/// The folder of the embed's page that shows `scope`.
pub fn embed_path(scope: &EmbedScope) -> String {
    let profile = format!("p/{}/embed/", percent_encode(&scope.profile));
    match scope.slug() {
        Some(part) => format!("{profile}{}/", percent_encode(part)),
        None => profile,
    }
}

/// The path of the page that shows `route` (its folder, then a fragment or query for its
/// state), if the route has a page among `profiles`.
pub fn page_path(route: &Route, profiles: &BTreeSet<String>) -> Option<String> {
    let profile = |id: &String| {
        profiles
            .contains(id)
            .then(|| format!("p/{}/", percent_encode(id)))
    };
    match route {
        Route::Catalog { query } if query.is_empty() => Some(String::new()),
        Route::Catalog { query } => Some(format!("?q={}", percent_encode(query))),
        Route::Profile { id, anchor: None } => profile(id),
        Route::Profile {
            id,
            anchor: Some(anchor),
        } => profile(id).map(|page| format!("{page}#{}", percent_encode(&anchor.slug()))),
        Route::Pane { id, pane, query } => profile(id).map(|page| {
            let state = if query.is_empty() {
                String::new()
            } else {
                format!("?{query}")
            };
            format!("{page}{}/{state}", pane.slug())
        }),
        Route::Author => Some("author/".to_owned()),
        Route::Compare { .. } | Route::NotFound(_) => None,
    }
}

/// The folder part of a page path (what its links are relative to).
fn folder(path: &str) -> &str {
    let end = path.find(['?', '#']).unwrap_or(path.len());
    &path[..end]
}

impl PageLinks {
    /// The links of the page at `from`.
    pub fn new(profiles: BTreeSet<String>, from: String) -> PageLinks {
        PageLinks {
            embed: embed_scope_of_path(&from),
            profiles,
            from,
        }
    }

    /// A relative link to `route`. On an embed's page, what the embed shows is a fragment:
    /// a place (`#note-3`) or the app's route (`#/p/mek/timeline?open=…`), the query being
    /// the embed's options.
    pub fn link(&self, route: &Route) -> String {
        let Some(scope) = &self.embed else {
            return self.site_link(route);
        };
        match (scope.keeps(route), route) {
            (Keep::Leave, _) => self.site_link(route),
            (_, Route::Profile { anchor: None, .. }) => "#".to_owned(),
            (
                _,
                Route::Profile {
                    anchor: Some(anchor),
                    ..
                },
            ) => format!("#{}", percent_encode(&anchor.slug())),
            _ => route.href_fragment(),
        }
    }

    /// Whether the page shows `route`.
    fn shows(&self, route: &Route) -> bool {
        match &self.embed {
            Some(scope) => scope.keeps(route) != Keep::Leave,
            None => page_path(route, &self.profiles).is_some_and(|path| folder(&path) == self.from),
        }
    }

    /// A relative link to the full site's page of `route`, or to the app's fragment on the
    /// root page.
    pub fn site_link(&self, route: &Route) -> String {
        let up = "../".repeat(self.from.matches('/').count());
        let Some(target) = page_path(route, &self.profiles) else {
            return format!(
                "{}{}",
                if up.is_empty() { "./" } else { &up },
                route.href_fragment()
            );
        };
        let (target_folder, rest) = target.split_at(folder(&target).len());
        if target_folder == self.from {
            // The same page: a fragment alone stays on it; a query or nothing reloads it.
            return if rest.starts_with('#') {
                rest.to_owned()
            } else {
                format!("./{rest}")
            };
        }
        match format!("{up}{target}") {
            link if link.is_empty() || link.starts_with('?') => format!("./{link}"),
            link => link,
        }
    }
}

/// The pages that are the site's own, not a profile's: the catalog, and the Author page.
pub fn site_pages() -> [Route; 2] {
    [
        Route::Catalog {
            query: String::new(),
        },
        Route::Author,
    ]
}

/// Every page a profile's embeds have: one for each part of it that can be embedded, by
/// its folder.
pub fn embed_pages(profile: &Profile) -> Vec<(String, EmbedScope)> {
    EmbedScope::all(profile)
        .into_iter()
        .map(|scope| (embed_path(&scope), scope))
        .collect()
}

/// Every page a profile has: its text and its views.
pub fn profile_pages(id: &str) -> [Route; 3] {
    let pane = |pane| Route::Pane {
        id: id.to_owned(),
        pane,
        query: String::new(),
    };
    [
        Route::Profile {
            id: id.to_owned(),
            anchor: None,
        },
        pane(Pane::Timeline),
        pane(Pane::Diagram),
    ]
}

/// The state a page shows when its address names none: a timeline with every group open,
/// since a reader without the app has no way to open one (and the app, taking the page over,
/// starts from what is on screen).
pub fn landing_state(route: Route) -> Route {
    match route {
        Route::Pane {
            id,
            pane: Pane::Timeline,
            query,
        } if query.is_empty() => Route::Pane {
            id,
            pane: Pane::Timeline,
            query: "open=all".to_owned(),
        },
        route => route,
    }
}

/// The route a pre-rendered page shows, from its path and the address's query and fragment:
/// a fragment route (`#/p/mek/timeline`, the app's older addresses) wins; a plain fragment is
/// a place in a profile's text.
pub fn route_of_page(path: &str, search: &str, hash: &str) -> Route {
    if let Some(scope) = embed_scope_of_path(path) {
        return route_of_embed(&scope, hash);
    }
    if hash.starts_with("#/") {
        return Route::parse(hash);
    }
    let query = search.strip_prefix('?').unwrap_or(search);
    let fragment = hash.strip_prefix('#').unwrap_or(hash);
    let page = Route::parse(&format!("#/{}?{query}", folder(path)));
    match page {
        Route::Profile { id, anchor: None } if !fragment.is_empty() => place(id, fragment),
        page => landing_state(page),
    }
}

/// The place in profile `id`'s text that a page's plain fragment (`note-12`) names.
fn place(id: String, fragment: &str) -> Route {
    Route::Profile {
        id,
        anchor: Some(Anchor::parse(&crate::route::percent_decode(fragment))),
    }
}

/// The route an embed's page shows: its part, in the state or at the place its fragment
/// names, if the part holds it (its query string is the embed's options); otherwise as an
/// embed of it always started (a timeline with its groups closed: a host's page stays short).
fn route_of_embed(scope: &EmbedScope, hash: &str) -> Route {
    let route = match hash.strip_prefix('#') {
        Some(route) if route.starts_with('/') => Route::parse(route),
        Some(fragment) if !fragment.is_empty() => place(scope.profile.clone(), fragment),
        _ => scope.route(""),
    };
    if scope.keeps(&route) == Keep::Leave {
        scope.route("")
    } else {
        route
    }
}

/// What a page says of itself to a search engine or a shared link's card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
}

/// The site's own description: the catalog's, and any page's without a profile.
pub const SITE_DESCRIPTION: &str = "Dossier: sourced research profiles of militant organizations, with their history, allies and rivals, every claim tied to its notes.";

/// A profile's page is titled by its name and view, and described by the profile's first
/// sentence, in the source's words.
pub fn page_meta(route: &Route, profile: Option<&Profile>) -> PageMeta {
    let Some(profile) = profile else {
        return match route {
            Route::Author => PageMeta {
                title: "Author a profile — Dossier".to_owned(),
                description: "Check a research profile, or draft one from a START-style narrative, and see it as it will be published: all of it in your browser.".to_owned(),
            },
            _ => PageMeta {
                title: "Dossier".to_owned(),
                description: SITE_DESCRIPTION.to_owned(),
            },
        };
    };
    let title = match route {
        Route::Pane { pane, .. } => format!("{} — {} · Dossier", profile.name, pane.label()),
        _ => format!("{} — Dossier", profile.name),
    };
    let description = first_sentence(profile).unwrap_or_else(|| SITE_DESCRIPTION.to_owned());
    PageMeta { title, description }
}

/// An embed's page is titled by the profile's name and the part it shows.
pub fn embed_meta(scope: &EmbedScope, profile: &Profile) -> PageMeta {
    PageMeta {
        title: format!("{} — {} · Dossier", profile.name, scope.label(profile)),
        description: first_sentence(profile).unwrap_or_else(|| SITE_DESCRIPTION.to_owned()),
    }
}

/// The first sentence of the profile's text, without its note references: of its first
/// paragraph made of sentences (a list of aliases, a year, is not one).
fn first_sentence(profile: &Profile) -> Option<String> {
    let paragraph = profile
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Paragraph(text) => Some(plain_text(text)),
            Block::List(_) => None,
        })
        .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|text| text.ends_with('.') || text.contains(". "))?;
    let end = paragraph
        .match_indices(". ")
        .map(|(i, _)| i + 1)
        .next()
        .unwrap_or(paragraph.len());
    Some(paragraph[..end].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn links(from: &str) -> PageLinks {
        PageLinks::new(["mek".to_owned()].into(), from.to_owned())
    }

    fn profile(anchor: Option<Anchor>) -> Route {
        Route::Profile {
            id: "mek".into(),
            anchor,
        }
    }

    #[test]
    fn every_page_of_a_profile_is_a_folder() {
        let profiles = ["mek".to_owned()].into();
        let paths: Vec<_> = profile_pages("mek")
            .iter()
            .map(|r| page_path(r, &profiles).unwrap())
            .collect();
        assert_eq!(paths, ["p/mek/", "p/mek/timeline/", "p/mek/diagram/"]);
        assert_eq!(page_path(&Route::parse("#/"), &profiles).unwrap(), "");
        assert_eq!(page_path(&Route::parse("#/p/other"), &profiles), None);
        assert_eq!(page_path(&Route::parse("#/compare/mek"), &profiles), None);
        assert_eq!(page_path(&Route::Author, &profiles).unwrap(), "author/");
        assert_eq!(route_of_page("author/", "", ""), Route::Author);
    }

    #[test]
    fn links_between_pages_are_relative() {
        let timeline = Route::parse("#/p/mek/timeline?open=1980s");
        assert_eq!(links("").link(&timeline), "p/mek/timeline/?open=1980s");
        assert_eq!(
            links("p/mek/").link(&timeline),
            "../../p/mek/timeline/?open=1980s"
        );
        assert_eq!(links("p/mek/timeline/").link(&timeline), "./?open=1980s");
        assert_eq!(
            links("p/mek/timeline/").link(&Route::parse("#/")),
            "../../../"
        );
        assert_eq!(links("").link(&Route::parse("#/")), "./");
        assert_eq!(links("").link(&Route::parse("#/?q=pmoi")), "./?q=pmoi");
    }

    #[test]
    fn a_place_in_the_same_page_is_a_fragment() {
        assert_eq!(
            links("p/mek/").link(&profile(Some(Anchor::Note(12)))),
            "#note-12"
        );
        assert_eq!(
            links("p/mek/diagram/").link(&profile(Some(Anchor::Note(12)))),
            "../../../p/mek/#note-12"
        );
        assert_eq!(links("p/mek/").link(&profile(None)), "./");
    }

    #[test]
    fn a_route_without_a_page_is_the_apps_fragment_on_the_root_page() {
        assert_eq!(
            links("p/mek/").link(&Route::parse("#/compare/mek")),
            "../../#/compare/mek"
        );
        assert_eq!(links("").link(&Route::parse("#/p/new")), "./#/p/new");
    }

    #[test]
    fn a_page_shows_its_own_routes_only() {
        with_page_links(links("p/mek/"), || {
            assert_eq!(shows_route(&profile(Some(Anchor::Note(3)))), Some(true));
            assert_eq!(shows_route(&Route::parse("#/p/mek/timeline")), Some(false));
            assert_eq!(shows_route(&Route::parse("#/p/new")), Some(false));
        });
        assert_eq!(shows_route(&profile(None)), None);
    }

    #[test]
    fn a_page_reads_its_route_from_its_path_query_and_fragment() {
        assert_eq!(route_of_page("p/mek/", "", ""), profile(None));
        assert_eq!(
            route_of_page("p/mek/", "", "#note-12"),
            profile(Some(Anchor::Note(12)))
        );
        assert_eq!(
            route_of_page("p/mek/timeline/", "?open=1980s", ""),
            Route::parse("#/p/mek/timeline?open=1980s")
        );
        assert_eq!(
            route_of_page("p/mek/timeline/", "", ""),
            Route::parse("#/p/mek/timeline?open=all")
        );
        // The app's older addresses land where they always did.
        assert_eq!(
            route_of_page("p/mek/", "", "#/p/mek/diagram?year=1990"),
            Route::parse("#/p/mek/diagram?year=1990")
        );
        assert_eq!(route_of_page("", "?q=pmoi", ""), Route::parse("#/?q=pmoi"));
    }

    #[test]
    fn an_embeds_page_is_a_folder_of_its_profiles_embed_folder() {
        let profile = crate::test_fixtures::mek();
        let pages = embed_pages(&profile);
        let paths: Vec<&str> = pages.iter().map(|(path, _)| path.as_str()).collect();
        assert_eq!(
            &paths[..4],
            [
                "p/mek/embed/",
                "p/mek/embed/timeline/",
                "p/mek/embed/diagram/",
                "p/mek/embed/sources/"
            ]
        );
        assert!(paths.contains(&"p/mek/embed/history/"));
        for (path, scope) in &pages {
            assert_eq!(embed_scope_of_path(path).as_ref(), Some(scope));
            assert_eq!(route_of_page(path, "", ""), scope.route(""));
        }
        assert_eq!(embed_scope_of_path("p/mek/timeline/"), None);
        assert_eq!(embed_scope_of_path("p/mek/embed/a/b/"), None);
    }

    #[test]
    fn an_embeds_page_links_inside_its_part_by_fragments_and_out_to_the_full_site() {
        let timeline = links("p/mek/embed/timeline/");
        assert_eq!(
            timeline.link(&Route::parse("#/p/mek/timeline?open=1980s")),
            "#/p/mek/timeline?open=1980s"
        );
        assert_eq!(
            timeline.link(&profile(Some(Anchor::Note(12)))),
            "../../../../p/mek/#note-12"
        );
        assert_eq!(
            timeline.link(&Route::parse("#/p/mek/diagram")),
            "../../../../p/mek/diagram/"
        );
        assert_eq!(
            timeline.site_link(&Route::parse("#/p/mek/timeline?open=1980s")),
            "../../../../p/mek/timeline/?open=1980s"
        );
        let whole = links("p/mek/embed/");
        assert_eq!(whole.link(&profile(Some(Anchor::Note(12)))), "#note-12");
        assert_eq!(whole.link(&profile(None)), "#");
        let history = links("p/mek/embed/history/");
        assert_eq!(history.link(&profile(Some(Anchor::Note(3)))), "#note-3");
        assert_eq!(history.link(&profile(None)), "../../../../p/mek/");
        with_page_links(timeline, || {
            assert_eq!(
                shows_route(&Route::parse("#/p/mek/timeline?open=a")),
                Some(true)
            );
            assert_eq!(shows_route(&Route::parse("#/p/mek/diagram")), Some(false));
        });
    }

    #[test]
    fn an_embeds_page_reads_its_state_from_its_fragment_and_its_query_is_options() {
        assert_eq!(
            route_of_page(
                "p/mek/embed/timeline/",
                "?theme=dark&childId=x",
                "#/p/mek/timeline?open=1980s"
            ),
            Route::parse("#/p/mek/timeline?open=1980s")
        );
        assert_eq!(
            route_of_page("p/mek/embed/timeline/", "?open=1980s", ""),
            Route::parse("#/p/mek/timeline")
        );
        // A fragment naming what the part does not hold shows the part.
        assert_eq!(
            route_of_page("p/mek/embed/timeline/", "", "#/p/mek/diagram"),
            Route::parse("#/p/mek/timeline")
        );
        assert_eq!(
            route_of_page("p/mek/embed/", "", "#note-12"),
            profile(Some(Anchor::Note(12)))
        );
        assert_eq!(
            route_of_page("p/mek/embed/history/", "", "#note-3"),
            profile(Some(Anchor::Note(3)))
        );
    }

    #[test]
    fn a_profiles_page_is_described_by_its_first_sentence() {
        let profile = crate::test_fixtures::mek();
        let meta = page_meta(&profile_pages("mek")[1], Some(&profile));
        assert_eq!(meta.title, "Mujahedin-E Khalq (MEK) — Timeline · Dossier");
        assert!(
            meta.description
                .starts_with("The Mujahedin-E Khalq (MEK) was formed in 1965"),
            "{}",
            meta.description
        );
        assert!(meta.description.ends_with('.'), "{}", meta.description);
        assert!(!meta.description.contains(". "), "{}", meta.description);
        assert_eq!(
            page_meta(&Route::parse("#/"), None).description,
            SITE_DESCRIPTION
        );
    }
}

//! The embed URL's own options, in the page's query string (`?embed&theme=dark&accent=b00020`),
//! apart from the route in the fragment. Pym.js parents add `childId` (and more) to the
//! same query string; of what they add, only `childId` is read.

use super::accent::Rgb;
use crate::route::percent_decode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::Auto => "Reader’s setting",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedOptions {
    pub theme: Theme,
    pub accent: Option<Rgb>,
    /// Names this embed in the messages it posts; only letters, digits, `-` and `_`.
    pub id: Option<String>,
}

impl EmbedOptions {
    /// `location.search`, with or without its `?`: `None` unless it holds `embed` (an embed
    /// of the root page; an embed's own page needs no such key, see `from_query`).
    pub fn from_search(search: &str) -> Option<EmbedOptions> {
        let search = search.strip_prefix('?').unwrap_or(search);
        let embed = |p: &str| p == "embed" || p.starts_with("embed=");
        search
            .split('&')
            .any(embed)
            .then(|| Self::from_query(search))
    }

    /// The options an embed's page reads from its query string, with or without its `?`.
    /// Unknown keys and malformed values are ignored: a bad option never stops the embed.
    pub fn from_query(search: &str) -> EmbedOptions {
        let search = search.strip_prefix('?').unwrap_or(search);
        let pairs: Vec<(String, String)> = search
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (percent_decode(k), percent_decode(v))
            })
            .collect();
        let value = |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        };
        EmbedOptions {
            theme: value("theme").and_then(Theme::from_key).unwrap_or_default(),
            accent: value("accent").and_then(Rgb::parse),
            id: value("childId")
                .or(value("id"))
                .filter(|id| is_well_formed_id(id))
                .map(str::to_owned),
        }
    }

    /// The query string that gives these options back to an embed's page: `?theme=dark…`,
    /// or nothing.
    pub fn to_query(&self) -> String {
        let mut pairs = Vec::new();
        if self.theme != Theme::Auto {
            pairs.push(format!("theme={}", self.theme.key()));
        }
        if let Some(accent) = self.accent {
            pairs.push(format!("accent={}", accent.hex_digits()));
        }
        if let Some(id) = &self.id {
            pairs.push(format!("childId={id}"));
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!("?{}", pairs.join("&"))
        }
    }

    /// The query string that gives these options back to an embed of the root page,
    /// starting with `?embed`.
    pub fn to_search(&self) -> String {
        match self.to_query().strip_prefix('?') {
            Some(pairs) => format!("?embed&{pairs}"),
            None => "?embed".to_owned(),
        }
    }
}

/// Ids travel inside Pym's `xPYMx`-separated strings: a strict alphabet keeps them unambiguous.
pub fn is_well_formed_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && !id.contains("xPYMx")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_embed_key_means_the_full_site() {
        assert_eq!(EmbedOptions::from_search(""), None);
        assert_eq!(EmbedOptions::from_search("?theme=dark"), None);
        assert_eq!(
            EmbedOptions::from_search("?embed"),
            Some(EmbedOptions::default())
        );
    }

    #[test]
    fn reads_theme_accent_and_pym_child_id() {
        let options = EmbedOptions::from_search(
            "?embed&theme=dark&accent=%23b00020&initialWidth=600&childId=box-1&parentTitle=x&parentUrl=https%3A%2F%2Fhost",
        )
        .unwrap();
        assert_eq!(options.theme, Theme::Dark);
        assert_eq!(options.accent, Rgb::parse("b00020"));
        assert_eq!(options.id.as_deref(), Some("box-1"));
    }

    #[test]
    fn malformed_values_are_ignored() {
        let options = EmbedOptions::from_search(
            "?embed=1&theme=purple&accent=url(evil)&childId=a%20b%3Cscript%3E",
        )
        .unwrap();
        assert_eq!(options, EmbedOptions::default());
        let sneaky = EmbedOptions::from_search("?embed&id=axPYMxheight").unwrap();
        assert_eq!(sneaky.id, None);
    }

    #[test]
    fn search_round_trips() {
        for options in [
            EmbedOptions::default(),
            EmbedOptions {
                theme: Theme::Light,
                accent: Rgb::parse("#0a7"),
                id: Some("dossier-mek-timeline".into()),
            },
        ] {
            assert_eq!(EmbedOptions::from_query(&options.to_query()), options);
            assert_eq!(
                EmbedOptions::from_search(&options.to_search()),
                Some(options)
            );
        }
    }
}

//! Endnotes and the distinct works they cite.

use super::{NoteNumber, SourceId};
use serde::Deserialize;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub number: NoteNumber,
    /// The full citation exactly as the source prints it.
    pub text: String,
    /// The link in the citation, if any (http or https only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The DOI in the citation, if any (`10.1093/milbal/103.1.344`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doi: Option<String>,
    /// The work cited: notes citing the same work share it.
    pub source: SourceId,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: SourceId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    pub title: String,
    pub publisher: String,
    /// The publication date as the citation gives it.
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Note {
    /// Where a reader can open the cited work: its URL, else its DOI resolver link.
    /// Only web links qualify: anything else stays text.
    pub fn link(&self) -> Option<String> {
        match (&self.url, &self.doi) {
            (Some(url), _) if is_web_link(url) => Some(url.clone()),
            (Some(_), _) => None,
            (None, Some(doi)) => Some(format!("https://doi.org/{doi}")),
            (None, None) => None,
        }
    }
}

/// Whether a string may become a clickable link: `http://` or `https://` with a
/// host, and nothing that could break out of an attribute or hide a scheme.
pub fn is_web_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    matches!(rest, Some(rest) if !rest.is_empty() && !rest.starts_with('/'))
        && !url.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, '"' | '<' | '>' | '\\' | '`')
                || is_invisible(c)
        })
}

/// Zero-width and bidirectional-control characters, which can disguise a link.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_links_are_web_links() {
        assert!(is_web_link(
            "http://www.cfr.org/iran/mujahadeen-e-khalq-mek/p9158"
        ));
        assert!(is_web_link("HTTPS://example.org/a?b=c"));
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "vbscript:x",
            "//evil.org",
            "http://",
            "https:///x",
            "http://a b",
            "http://a\u{202e}b",
            "ftp://x.org",
            " http://x.org",
        ] {
            assert!(!is_web_link(bad), "{bad}");
        }
    }

    #[test]
    fn a_doi_becomes_a_resolver_link_and_a_bad_url_none() {
        let mut note = Note {
            number: NoteNumber(1),
            text: String::new(),
            url: None,
            doi: Some("10.1093/milbal/103.1.344".into()),
            source: "s".into(),
        };
        assert_eq!(
            note.link().as_deref(),
            Some("https://doi.org/10.1093/milbal/103.1.344")
        );
        note.url = Some("javascript:alert(1)".into());
        assert_eq!(note.link(), None);
    }
}

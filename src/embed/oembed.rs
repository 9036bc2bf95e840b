//! oEmbed for static hosts: no endpoint can answer `?url=`, so each embeddable part of a
//! profile gets a ready response document (`oembed/mek/timeline.json`) and a small page
//! that announces it (`oembed/mek/timeline.html`). A CMS given that page's address finds
//! the `<link rel="alternate" type="application/json+oembed">`, reads the document and
//! inserts its `html`: the same snippet the "Embed" panel hands out.
//! Responses carry absolute URLs, so they are written for one public address
//! (`dossier-oembed --base-url`).

use super::options::EmbedOptions;
use super::scope::EmbedScope;
use super::snippet::{escape_html, folder, Snippet};
use crate::model::Profile;
use serde_json::json;

/// The width every response states: embeds take the host's column, whatever it is.
const WIDTH: u32 = 960;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OembedFile {
    /// Relative to the deployed folder: `oembed/mek/timeline.json`.
    pub path: String,
    pub contents: String,
}

/// Every response document and discovery page for one profile. `base` is the app's public
/// address, ending in `/` or in the page's file name.
pub fn oembed_files(base: &str, profile: &Profile) -> Vec<OembedFile> {
    EmbedScope::all(profile)
        .into_iter()
        .flat_map(|scope| {
            let stem = match scope.slug() {
                None => format!("oembed/{}", profile.id),
                Some(slug) => format!("oembed/{}/{slug}", profile.id),
            };
            let options = EmbedOptions {
                id: Some(scope.embed_id()),
                ..EmbedOptions::default()
            };
            let snippet = Snippet {
                base,
                profile,
                scope: &scope,
                state: "",
                options: &options,
                // The profiles a deployment has are pre-rendered by its build.
                pages: true,
            };
            let document_url = format!("{}{stem}.json", folder(base));
            [
                OembedFile {
                    path: format!("{stem}.json"),
                    contents: response(&snippet),
                },
                OembedFile {
                    path: format!("{stem}.html"),
                    contents: discovery_page(&snippet, &document_url),
                },
            ]
        })
        .collect()
}

fn response(snippet: &Snippet) -> String {
    let document = json!({
        "version": "1.0",
        "type": "rich",
        "title": snippet.title(),
        "author_name": snippet.profile.publisher,
        "provider_name": "Dossier",
        "provider_url": folder(snippet.base),
        "html": snippet.html(),
        "width": WIDTH,
        "height": snippet.height(),
    });
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

/// A page a CMS can be given: it names the oEmbed document, and sends a reader on to the view.
fn discovery_page(snippet: &Snippet, document_url: &str) -> String {
    let title = escape_html(&snippet.title());
    let page = escape_html(&snippet.page_url());
    let document = escape_html(document_url);
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="alternate" type="application/json+oembed" href="{document}" title="{title}">
<link rel="canonical" href="{page}">
<meta http-equiv="refresh" content="0; url={page}">
</head>
<body>
<p><a href="{page}">{title}</a></p>
</body>
</html>
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::mek;

    #[test]
    fn every_part_gets_a_response_and_a_discovery_page() {
        let profile = mek();
        let files = oembed_files("https://example.org/dossier/", &profile);
        assert_eq!(files.len(), 2 * EmbedScope::all(&profile).len());
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        for path in [
            "oembed/mek.json",
            "oembed/mek.html",
            "oembed/mek/timeline.json",
            "oembed/mek/diagram.html",
            "oembed/mek/sources.json",
            "oembed/mek/history.json",
        ] {
            assert!(paths.contains(&path), "{path}");
        }
    }

    #[test]
    fn a_response_is_valid_rich_oembed() {
        let profile = mek();
        let files = oembed_files("https://example.org/dossier/", &profile);
        let timeline = files
            .iter()
            .find(|f| f.path == "oembed/mek/timeline.json")
            .unwrap();
        let document: serde_json::Value = serde_json::from_str(&timeline.contents).unwrap();
        assert_eq!(document["version"], "1.0");
        assert_eq!(document["type"], "rich");
        assert_eq!(document["provider_url"], "https://example.org/dossier/");
        assert!(document["width"].as_u64().unwrap() > 0);
        assert!(document["height"].as_u64().unwrap() > 0);
        let html = document["html"].as_str().unwrap();
        assert!(html.contains(
            "src=\"https://example.org/dossier/p/mek/embed/timeline/?childId=dossier-mek-timeline\""
        ));

        let page = files
            .iter()
            .find(|f| f.path == "oembed/mek/timeline.html")
            .unwrap();
        assert!(page.contents.contains(r#"<link rel="alternate" type="application/json+oembed" href="https://example.org/dossier/oembed/mek/timeline.json""#));
        assert!(page
            .contents
            .contains(r#"url=https://example.org/dossier/p/mek/timeline/""#));
    }
}

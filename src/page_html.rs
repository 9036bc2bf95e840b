//! A pre-rendered page's file: the built `index.html` (its stylesheet, the app's loader, the
//! Content-Security-Policy) with the page's body, its title and description, its canonical
//! address and its card for shared links, and its asset URLs made relative to its folder.

use crate::pages::{page_path, PageLinks, PageMeta};

/// The page at `links.from` (`p/mek/timeline/`), from the built root page `template`. `site`
/// is the site's public address (`https://example.org/dossier/`), if known: canonical links
/// and the card's address are then absolute. The page names its path, the way back to the
/// site's root and the profiles that have pages, for the app (`ui::page_address`).
pub fn page_html(
    template: &str,
    links: &PageLinks,
    meta: &PageMeta,
    body: &str,
    site: Option<&str>,
) -> String {
    let path = links.from.as_str();
    let root = "../".repeat(path.matches('/').count());
    // An embed's page is the full site's page of its part again, in another frame.
    let canonical = links
        .embed
        .as_ref()
        .and_then(|scope| page_path(&scope.route(""), &links.profiles))
        .unwrap_or_else(|| path.to_owned());
    let head_end = template.find("<body").unwrap_or(template.len());
    let mut head = template[..head_end].to_owned();
    if !root.is_empty() {
        // The assets (`./dossier-….js` in attributes and in the loader's `import`, the
        // catalog's preload), from this page's folder.
        head = head
            .replace("\"./", &format!("\"{root}"))
            .replace("'./", &format!("'{root}"))
            .replace("href=\"data/", &format!("href=\"{root}data/"));
    }
    head = head.replacen(
        "<html lang=\"en\">",
        &format!(
            "<html lang=\"en\"{} data-page=\"{}\" data-root=\"{root}\" data-profiles=\"{}\">",
            if links.embed.is_some() {
                " class=\"is-embed\""
            } else {
                ""
            },
            escape(path),
            escape(
                &links
                    .profiles
                    .iter()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        ),
        1,
    );
    head = replace_between(&head, "<title>", "</title>", &escape(&meta.title));
    head = replace_between(
        &head,
        "<meta name=\"description\" content=\"",
        "\">",
        &escape(&meta.description),
    );
    let address = match site {
        Some(site) => format!("{}{canonical}", with_slash(site)),
        None if canonical.is_empty() => format!("{root}./"),
        None => format!("{root}{canonical}"),
    };
    let mut tags = vec![format!(
        "<link rel=\"canonical\" href=\"{}\">",
        escape(&address)
    )];
    if links.embed.is_some() {
        tags.push("<meta name=\"robots\" content=\"noindex\">".to_owned());
    }
    let mut property = |kind: &str, name: &str, content: &str| {
        tags.push(format!(
            "<meta {kind}=\"{name}\" content=\"{}\">",
            escape(content)
        ));
    };
    property("property", "og:type", "article");
    property("property", "og:site_name", "Dossier");
    property("property", "og:title", &meta.title);
    property("property", "og:description", &meta.description);
    if site.is_some() {
        property("property", "og:url", &address);
    }
    property("name", "twitter:card", "summary");
    property("name", "twitter:title", &meta.title);
    property("name", "twitter:description", &meta.description);
    let tags: String = tags.iter().map(|tag| format!("  {tag}\n")).collect();
    let head = head.replacen("</head>", &format!("{tags}</head>"), 1);
    format!("{head}<body data-prerendered>\n{body}\n</body>\n</html>\n")
}

/// The sitemap of the pages at `paths`, under the site's public address.
pub fn sitemap(site: &str, paths: &[String]) -> String {
    let site = with_slash(site);
    let urls: String = paths
        .iter()
        .map(|path| {
            format!(
                "  <url><loc>{}</loc></url>\n",
                escape(&format!("{site}{path}"))
            )
        })
        .collect();
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n{urls}</urlset>\n")
}

fn with_slash(site: &str) -> String {
    if site.ends_with('/') {
        site.to_owned()
    } else {
        format!("{site}/")
    }
}

fn replace_between(text: &str, start: &str, end: &str, with: &str) -> String {
    let Some(from) = text.find(start).map(|i| i + start.len()) else {
        return text.to_owned();
    };
    let to = text[from..].find(end).map_or(text.len(), |i| from + i);
    format!("{}{with}{}", &text[..from], &text[to..])
}

/// Text as an HTML attribute value or element text.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta name=\"description\" content=\"Site.\">\n  <title>Dossier</title>\n  <link rel=\"preload\" href=\"data/index.json\">\n<script type=\"module\">import init from './dossier-1.js';</script>\n  <link rel=\"stylesheet\" href=\"./dossier-1.css\">\n</head>\n<body>\n  <p id=\"boot\">Loading Dossier…</p>\n</body>\n</html>\n";

    fn links(from: &str) -> PageLinks {
        PageLinks::new(
            ["mek".to_owned(), "other".to_owned()].into(),
            from.to_owned(),
        )
    }

    fn meta() -> PageMeta {
        PageMeta {
            title: "A & B — Timeline · Dossier".into(),
            description: "Formed in \"1965\" <here>.".into(),
        }
    }

    #[test]
    fn a_page_in_a_folder_reaches_the_assets_from_there() {
        let html = page_html(
            TEMPLATE,
            &links("p/mek/timeline/"),
            &meta(),
            "<main></main>",
            None,
        );
        assert!(html.contains("from '../../../dossier-1.js'"));
        assert!(html.contains("href=\"../../../dossier-1.css\""));
        assert!(html.contains("href=\"../../../data/index.json\""));
        assert!(html.contains(
            "data-page=\"p/mek/timeline/\" data-root=\"../../../\" data-profiles=\"mek other\""
        ));
        assert!(html.contains("<link rel=\"canonical\" href=\"../../../p/mek/timeline/\">"));
        assert!(html.contains("<body data-prerendered>\n<main></main>\n</body>"));
        assert!(!html.contains("boot"));
    }

    #[test]
    fn an_embeds_page_points_search_engines_to_the_full_sites_page() {
        let html = page_html(TEMPLATE, &links("p/mek/embed/timeline/"), &meta(), "", None);
        assert!(html.contains("<html lang=\"en\" class=\"is-embed\" data-page=\"p/mek/embed/timeline/\" data-root=\"../../../../\""));
        assert!(html.contains("<link rel=\"canonical\" href=\"../../../../p/mek/timeline/\">"));
        assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
        let page = page_html(TEMPLATE, &links("p/mek/timeline/"), &meta(), "", None);
        assert!(!page.contains("noindex") && !page.contains("is-embed"));
    }

    #[test]
    fn its_title_and_card_are_escaped_text() {
        let html = page_html(
            TEMPLATE,
            &links(""),
            &meta(),
            "",
            Some("https://example.org/dossier"),
        );
        assert!(html.contains("<title>A &amp; B — Timeline · Dossier</title>"));
        assert!(html.contains(
            "<meta property=\"og:description\" content=\"Formed in &quot;1965&quot; &lt;here&gt;.\">"
        ));
        assert!(html.contains("<link rel=\"canonical\" href=\"https://example.org/dossier/\">"));
        assert!(
            html.contains("<meta property=\"og:url\" content=\"https://example.org/dossier/\">")
        );
        assert!(html.contains("from './dossier-1.js'"));
    }

    #[test]
    fn the_sitemap_lists_every_page_under_the_sites_address() {
        let map = sitemap("https://example.org/d/", &["".into(), "p/mek/".into()]);
        assert!(map.contains("<loc>https://example.org/d/</loc>"));
        assert!(map.contains("<loc>https://example.org/d/p/mek/</loc>"));
    }
}

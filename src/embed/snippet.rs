//! The HTML a host pastes to embed a view: an `<iframe>` and the resizing script.

use super::options::EmbedOptions;
use super::scope::{EmbedScope, Part};
use crate::model::Profile;
use crate::pages::{embed_path, page_path};
use crate::route::Pane;
use std::collections::BTreeSet;

/// Scripts may run (it is an app) and reach their own origin (to fetch the profile);
/// links may open the full site in a new, unsandboxed tab. No forms, no top navigation.
pub const SANDBOX: &str =
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";
/// "Copy citation" writes to the clipboard; nothing else is asked for.
pub const ALLOW: &str = "clipboard-write";

pub struct Snippet<'a> {
    /// The site's root address: `https://example.org/dossier/` (or its `…/index.html`).
    pub base: &'a str,
    pub profile: &'a Profile,
    pub scope: &'a EmbedScope,
    /// The view's state to start in, as its URL carries it (panes only; `""` for none).
    pub state: &'a str,
    pub options: &'a EmbedOptions,
    /// Whether the profile has pre-rendered pages (a profile added after the build has none:
    /// its embed is the root page's app, `?embed#/p/…`).
    pub pages: bool,
}

impl Snippet<'_> {
    /// What the iframe loads: the embed's page, its options in the query and the view's
    /// state in the fragment.
    pub fn embed_url(&self) -> String {
        let route = self.scope.route(self.state);
        if !self.pages {
            return format!(
                "{}{}{}",
                folder(self.base),
                self.options.to_search(),
                route.href_fragment()
            );
        }
        let state = if self.state.is_empty() {
            String::new()
        } else {
            route.href_fragment()
        };
        format!(
            "{}{}{}{state}",
            folder(self.base),
            embed_path(self.scope),
            self.options.to_query()
        )
    }

    /// The same view in the full site: the attribution and fallback link.
    pub fn page_url(&self) -> String {
        let route = self.scope.route(self.state);
        let profiles = BTreeSet::from([self.scope.profile.clone()]);
        let page = page_path(&route, &profiles)
            .filter(|_| self.pages)
            .unwrap_or_else(|| route.href_fragment());
        format!("{}{page}", folder(self.base))
    }

    /// `embed.js`, beside the app's `index.html`.
    pub fn script_url(&self) -> String {
        format!("{}embed.js", folder(self.base))
    }

    pub fn title(&self) -> String {
        format!(
            "{} — {} (Dossier)",
            self.profile.name,
            self.scope.label(self.profile)
        )
    }

    /// The height the iframe starts with, before the script sets the real one.
    pub fn height(&self) -> u32 {
        match self.scope.part {
            Part::Whole => 1200,
            Part::Section(_) => 600,
            Part::Sources => 700,
            Part::Pane(Pane::Timeline) => 800,
            Part::Pane(Pane::Diagram) => 900,
        }
    }

    /// The iframe alone: what oEmbed hands a CMS.
    pub fn iframe_html(&self) -> String {
        let title = escape_html(&self.title());
        format!(
            r#"<iframe src="{src}" title="{title}" width="100%" height="{height}" loading="lazy" sandbox="{SANDBOX}" allow="{ALLOW}" referrerpolicy="no-referrer" data-dossier-embed><a href="{page}">{title}</a></iframe>"#,
            src = escape_html(&self.embed_url()),
            height = self.height(),
            page = escape_html(&self.page_url()),
        )
    }

    /// The iframe and the script that resizes it: what the "Embed" panel hands out.
    pub fn html(&self) -> String {
        format!(
            "{}\n<script src=\"{}\" async></script>",
            self.iframe_html(),
            escape_html(&self.script_url())
        )
    }
}

/// The folder of the app's address: `https://example.org/dossier/` for `…/dossier/index.html`.
pub fn folder(base: &str) -> &str {
    base.rfind('/').map_or(base, |i| &base[..=i])
}

/// Text made safe for HTML text and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::{Rgb, Theme};
    use crate::route::Route;
    use crate::test_fixtures::mek;

    fn timeline() -> EmbedScope {
        EmbedScope::of(&Route::parse("#/p/mek/timeline")).unwrap()
    }

    #[test]
    fn the_snippet_names_the_view_and_keeps_its_state_and_options() {
        let profile = mek();
        let scope = timeline();
        let options = EmbedOptions {
            theme: Theme::Dark,
            accent: Rgb::parse("b00020"),
            id: Some("dossier-mek-timeline".into()),
        };
        let snippet = Snippet {
            base: "https://example.org/dossier/",
            profile: &profile,
            scope: &scope,
            state: "open=1980s",
            options: &options,
            pages: true,
        };
        assert_eq!(
            snippet.embed_url(),
            "https://example.org/dossier/p/mek/embed/timeline/?theme=dark&accent=b00020&childId=dossier-mek-timeline#/p/mek/timeline?open=1980s"
        );
        assert_eq!(
            snippet.page_url(),
            "https://example.org/dossier/p/mek/timeline/?open=1980s"
        );
        let html = snippet.html();
        for part in [
            r#"title="Mujahedin-E Khalq (MEK) — Timeline (Dossier)""#,
            r#"loading="lazy""#,
            r#"sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox""#,
            r#"src="https://example.org/dossier/p/mek/embed/timeline/?theme=dark&amp;accent=b00020&amp;childId=dossier-mek-timeline#/p/mek/timeline?open=1980s""#,
            r#"<a href="https://example.org/dossier/p/mek/timeline/?open=1980s">"#,
            r#"<script src="https://example.org/dossier/embed.js" async></script>"#,
        ] {
            assert!(html.contains(part), "{part} missing from {html}");
        }
        // No inline style: the snippet works under a host's strict style-src.
        assert!(!html.contains("style="));
    }

    #[test]
    fn a_profile_without_pages_is_embedded_by_the_root_pages_app() {
        let profile = mek();
        let scope = timeline();
        let snippet = Snippet {
            base: "https://example.org/dossier/index.html",
            profile: &profile,
            scope: &scope,
            state: "",
            options: &EmbedOptions::default(),
            pages: false,
        };
        assert_eq!(
            snippet.embed_url(),
            "https://example.org/dossier/?embed#/p/mek/timeline"
        );
        assert_eq!(
            snippet.page_url(),
            "https://example.org/dossier/#/p/mek/timeline"
        );
        let with_pages = Snippet {
            pages: true,
            ..snippet
        };
        assert_eq!(
            with_pages.embed_url(),
            "https://example.org/dossier/p/mek/embed/timeline/"
        );
    }

    #[test]
    fn a_hostile_profile_name_stays_text() {
        let mut profile = mek();
        profile.name = r#""><script>alert(1)</script>"#.into();
        let scope = timeline();
        let snippet = Snippet {
            base: "https://example.org/index.html",
            profile: &profile,
            scope: &scope,
            state: "",
            options: &EmbedOptions::default(),
            pages: true,
        };
        let html = snippet.html();
        assert!(!html.contains("<script>alert"));
        assert!(html.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert_eq!(snippet.script_url(), "https://example.org/embed.js");
    }
}

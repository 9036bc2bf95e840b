//! Whether this page is an embed (an embed's page, `p/mek/embed/timeline/`, or `?embed` in
//! the root page's query string), and its look.

use crate::embed::{Accent, EmbedOptions, Theme};
use crate::route::Route;
use leptos::prelude::*;
use std::sync::OnceLock;

/// The embed's options, or `None` on the full site. Read once: moving around inside the
/// app changes the fragment, never the query string.
pub fn embed_options() -> Option<&'static EmbedOptions> {
    // The pre-renderer writes the full site's pages.
    if is_server() {
        return None;
    }
    static OPTIONS: OnceLock<Option<EmbedOptions>> = OnceLock::new();
    OPTIONS
        .get_or_init(|| {
            let search = window().location().search().unwrap_or_default();
            match crate::pages::embed_on_page() {
                Some(_) => Some(EmbedOptions::from_query(&search)),
                None => EmbedOptions::from_search(&search),
            }
        })
        .as_ref()
}

/// Whether this page is an embed, as `<html class="is-embed">` says: written so on an embed's
/// page, set by `index.html`'s first script on an embed of the root page. Cheaper than reading
/// the options, for the code every page loads.
pub fn is_embed() -> bool {
    !is_server()
        && document()
            .document_element()
            .is_some_and(|html| html.class_list().contains("is-embed"))
}

/// Theme and accent on `<html>`: `data-theme` pins the colour scheme (`style/base.css`
/// picks colours with `light-dark()`), the accent goes in through the CSSOM (CSP-safe).
pub fn apply_look(options: &EmbedOptions) {
    if is_server() {
        return;
    }
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = root.class_list().add_1("is-embed");
    if options.theme != Theme::Auto {
        let _ = root.set_attribute("data-theme", options.theme.key());
    }
    if let (Some(colour), Ok(root)) = (
        options.accent,
        wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root),
    ) {
        let accent = Accent::of(colour);
        let pair = |light: crate::embed::Rgb, dark: crate::embed::Rgb| {
            format!("light-dark({}, {})", light.css(), dark.css())
        };
        let style = root.style();
        for property in ["--accent", "--link", "--link-visited"] {
            let _ = style.set_property(property, &pair(accent.light, accent.dark));
        }
        let _ = style.set_property("--accent-text", &pair(accent.light_text, accent.dark_text));
    }
}

/// The full site's address of a route: what links leaving an embed open, what is copied and
/// cited. Relative to the page while it is pre-rendered.
pub fn full_site_url(route: &Route) -> String {
    let href = crate::pages::full_site_link(route).unwrap_or_else(|| route.href());
    if is_server() {
        return href;
    }
    web_sys::Url::new_with_base(&href, &app_address()).map_or(href, |url| url.href())
}

/// The site's root address (where `index.html`, `data/` and `embed.js` are): what snippets
/// embed.
pub fn site_address() -> String {
    let root = crate::ui::shell::page_address::site_root();
    let here = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(if root.is_empty() { "./" } else { &root }, &here)
        .map_or_else(|_| app_address(), |url| url.href())
}

/// The app's address without query or fragment: what snippets embed.
pub fn app_address() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

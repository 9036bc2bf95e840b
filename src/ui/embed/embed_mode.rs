//! Whether this page is an embed (`?embed` in its query string), and its look.

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
            EmbedOptions::from_search(&window().location().search().unwrap_or_default())
        })
        .as_ref()
}

/// Theme and accent on `<html>`: `data-theme` pins the colour scheme (`style/base.css`
/// picks colours with `light-dark()`), the accent goes in through the CSSOM (CSP-safe).
pub fn apply_look(options: &EmbedOptions) {
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

/// The full site's address of a route: what links leaving an embed open.
pub fn full_site_url(route: &Route) -> String {
    let href = route.href();
    web_sys::Url::new_with_base(&href, &app_address()).map_or(href, |url| url.href())
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

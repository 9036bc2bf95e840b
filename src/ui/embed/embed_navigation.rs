//! Keeps an embed on the part of the profile its URL names: a link or a click that would
//! show anything else opens the full site in a new tab, and the embed stays as it was.

use crate::embed::{EmbedScope, Keep};
use crate::route::Route;
use crate::ui::embed::embed_mode::full_site_url;
use crate::ui::shell::clicked_link::clicked_link;
use crate::ui::shell::page_address::route_of_link;
use leptos::prelude::*;
use std::sync::OnceLock;

static SCOPE: OnceLock<EmbedScope> = OnceLock::new();

/// Fixes the embed's part, once, when it loads (in the browser: the pre-renderer writes many).
pub fn keep_embed_in(scope: EmbedScope) {
    if is_server() {
        return;
    }
    let _ = SCOPE.set(scope);
}

/// When `route` would take the embed elsewhere, opens it in the full site and says so.
pub fn leaves_embed(route: &Route) -> bool {
    let Some(scope) = SCOPE.get() else {
        return false;
    };
    let leaves = match scope.keeps(route) {
        Keep::Stay => false,
        Keep::StayIfShown(id) => document().get_element_by_id(&id).is_none(),
        Keep::Leave => true,
    };
    if leaves {
        let _ = window().open_with_url_and_target_and_features(
            &full_site_url(route),
            "_blank",
            "noopener",
        );
    }
    leaves
}

/// The embed root's click handler. Delegated handlers run from the target up, so a link's
/// own handler (a tap that opens a footnote preview) has had its say first.
pub fn on_embed_click(ev: leptos::ev::MouseEvent) {
    let href = clicked_link(&ev).and_then(|a| a.get_attribute("href"));
    if let Some(href) = href.filter(|h| h.starts_with('#')) {
        // The app's route (`#/p/mek/note-3`), or a place on an embed's page (`#note-3`).
        let route = route_of_link(&href).unwrap_or_else(|| Route::parse(&href));
        if leaves_embed(&route) {
            ev.prevent_default();
        }
    }
}

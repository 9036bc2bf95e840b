//! Where the app is: a pre-rendered page (`p/mek/timeline/`, marked on its `<html>` by the
//! pre-renderer with its path and the way back to the site's root), or the root page.

use crate::pages::route_of_page;
use crate::route::Route;
use leptos::prelude::*;

fn html_data(name: &str) -> Option<String> {
    document().document_element()?.get_attribute(name)
}

/// The relative path from this page to the site's root (`../../`), where `data/` is.
pub fn site_root() -> String {
    html_data("data-root").unwrap_or_default()
}

/// The route the address names: on a pre-rendered page its path, query and fragment; on the
/// root page, the fragment.
pub fn current_route() -> Route {
    let location = window().location();
    let hash = location.hash().unwrap_or_default();
    match html_data("data-page") {
        Some(path) => route_of_page(&path, &location.search().unwrap_or_default(), &hash),
        None => Route::parse(&hash),
    }
}

/// Whether the address names a place in the page as a plain fragment (`p/mek/#note-12`),
/// which the browser went to itself.
pub fn lands_by_fragment() -> bool {
    window()
        .location()
        .hash()
        .is_ok_and(|hash| hash.len() > 1 && !hash.starts_with("#/"))
}

/// Whether the page on screen is the one the app is about to show: a pre-rendered page, not
/// an embed (which shows a part of its own) nor an address of another view (`#/…`, the app's
/// older addresses, on whatever page).
pub fn shows_own_page() -> bool {
    let elsewhere = window()
        .location()
        .hash()
        .is_ok_and(|h| h.starts_with("#/"));
    html_data("data-page").is_some() && html_data("data-embedding").is_none() && !elsewhere
}

//! Where the app is: a pre-rendered page (`p/mek/timeline/`, marked on its `<html>` by the
//! pre-renderer with its path and the way back to the site's root), or the root page.

use crate::pages::{link_from_page, route_of_page, PageLinks};
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

/// The route of this pre-rendered page as it was written: its path's, with no query or
/// fragment.
pub fn route_as_written() -> Option<Route> {
    html_data("data-page").map(|path| route_of_page(&path, "", ""))
}

/// Whether the page on screen is the one the app is about to show: a pre-rendered page, not
/// an embed (which shows a part of its own) nor an address of another view (`#/…`, the app's
/// older addresses, on whatever page), which `index.html`'s first script marks.
pub fn shows_own_page() -> bool {
    html_data("data-page").is_some() && html_data("data-elsewhere").is_none()
}

/// From now on, links are written as this pre-rendered page's links to the others (the
/// profiles the pre-renderer wrote pages for are on `<html data-profiles>`), as the
/// pre-renderer wrote them: the parts the app builds are the ones on the page.
pub fn link_from_this_page() {
    let Some(path) = html_data("data-page") else {
        return;
    };
    link_from_page(PageLinks::new(prerendered_profiles(), path));
}

/// The profiles the pre-renderer wrote pages for (on `<html data-profiles>`); none when the
/// page was not pre-rendered.
pub fn prerendered_profiles() -> std::collections::BTreeSet<String> {
    // Inserted one by one: `collect` would bring a sort into the main module.
    let mut profiles = std::collections::BTreeSet::new();
    for id in html_data("data-profiles")
        .unwrap_or_default()
        .split_whitespace()
    {
        profiles.insert(id.to_owned());
    }
    profiles
}

/// The route a link on this page goes to, if it is one of the site's own: an address of the
/// app (`#/…`) or of a pre-rendered page (`../p/mek/timeline/`).
pub fn route_of_link(href: &str) -> Option<Route> {
    let location = window().location();
    let here = location.href().ok()?;
    let url = web_sys::Url::new_with_base(href, &here).ok()?;
    if url.origin() != location.origin().ok()? {
        return None;
    }
    if url.hash().starts_with("#/") {
        return Some(Route::parse(&url.hash()));
    }
    let root = web_sys::Url::new_with_base(&site_root(), &here).ok()?;
    let path = url.pathname();
    let page = path.strip_prefix(root.pathname().as_str())?;
    Some(route_of_page(page, &url.search(), &url.hash()))
}

//! The app shell: the full site (header and the page the route selects) or an embed.

use super::embed_mode::embed_options;
use super::error_view::NotFound;
use super::lazy_views::{LazyCatalog, LazyCompare, LazyEmbedApp};
use super::page_address::current_route;
use super::page_part::{PagePart, PartName};
use super::profile_page::ProfilePage;
use super::shortcuts::ShortcutsAndPresent;
use super::use_route::provide_route;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let route = provide_route(current_route());
    match embed_options() {
        Some(options) => view! { <LazyEmbedApp options route/> }.into_any(),
        None => view! { <Site route/> }.into_any(),
    }
}

/// The full site: header, and the page the route selects.
#[component]
pub fn Site(route: ReadSignal<Route>) -> impl IntoView {
    // Only a change of page re-renders; moving between anchors of one profile does not.
    let page = Memo::new(move |_| match route.get() {
        Route::Catalog { .. } => Page::Catalog,
        Route::Profile { id, .. } | Route::Pane { id, .. } => Page::Profile(id),
        Route::Compare { left, right } => Page::Compare(left, right),
        Route::NotFound(hash) => Page::NotFound(hash),
    });
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus_main();
        }>"Skip to content"</a>
        <header class="site-header">
            <a class="site-header__brand" href=Route::Catalog { query: String::new() }.href()>"Dossier"</a>
            <span class="site-header__tagline">"Sourced profiles of militant organizations"</span>
            <span class="site-header__tools">
                <PagePart name=PartName::SiteTools><ShortcutsAndPresent route/></PagePart>
            </span>
        </header>
        <main id="main" tabindex="-1" class="page">
            {move || match page.get() {
                Page::Catalog => view! { <PagePart name=PartName::View><LazyCatalog route/></PagePart> }.into_any(),
                Page::Profile(id) => view! { <ProfilePage id route/> }.into_any(),
                Page::Compare(left, right) => view! { <LazyCompare left right/> }.into_any(),
                Page::NotFound(hash) => view! { <NotFound what=hash/> }.into_any(),
            }}
        </main>
    }
}

#[derive(Clone, PartialEq)]
enum Page {
    Catalog,
    Profile(String),
    Compare(String, Option<String>),
    NotFound(String),
}

fn focus_main() {
    if let Some(main) = document().get_element_by_id("main") {
        use wasm_bindgen::JsCast;
        if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
            let _ = main.focus();
        }
    }
}

/// The browser tab's title for the page on show.
pub fn set_title(title: &str) {
    // A pre-rendered page's title is written by the pre-renderer, from the same words.
    if is_server() {
        return;
    }
    document().set_title(title);
}

//! The app shell: the full site (header and the page the route selects) or an embed.

use crate::route::Route;
use crate::ui::author::lazy_author::LazyAuthor;
use crate::ui::catalog::lazy_catalog::LazyCatalog;
use crate::ui::classroom::lazy_compare::LazyCompare;
use crate::ui::classroom::shortcuts::ShortcutsAndPresent;
use crate::ui::embed::embed_mode::embed_options;
use crate::ui::embed::lazy_embed_app::LazyEmbedApp;
use crate::ui::pages::not_taken_over::NotTakenOver;
use crate::ui::pages::page_part::{PagePart, PartName};
use crate::ui::reader::profile_page::ProfilePage;
use crate::ui::shell::error_view::NotFound;
use crate::ui::shell::page_address::current_route;
use crate::ui::shell::use_route::provide_route;
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
        Route::Author => Page::Author,
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
            <NotTakenOver/>
            {move || match page.get() {
                Page::Catalog => view! { <PagePart name=PartName::View><LazyCatalog route/></PagePart> }.into_any(),
                Page::Profile(id) => view! { <ProfilePage id route/> }.into_any(),
                Page::Compare(left, right) => view! { <LazyCompare left right/> }.into_any(),
                Page::Author => view! { <PagePart name=PartName::View><LazyAuthor/></PagePart> }.into_any(),
                Page::NotFound(hash) => view! { <NotFound what=hash/> }.into_any(),
            }}
        </main>
    }
}

#[derive(Clone, PartialEq)]
enum Page {
    Catalog,
    Author,
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

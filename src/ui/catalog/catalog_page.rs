//! The home page: every profile in the catalog, searchable by name or alias.

use crate::model::Catalog;
use crate::route::Route;
use crate::search::{count_text, key_matcher, search_key};
use crate::ui::pages::whole_page::preloaded_catalog;
use crate::ui::shell::api::fetch_catalog;
use crate::ui::shell::error_view::{ErrorView, Loading};
use crate::ui::shell::fetched::Fetched;
use crate::ui::shell::title::set_title;
use crate::ui::shell::use_route::replace_route;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn CatalogPage(route: ReadSignal<Route>) -> impl IntoView {
    set_title("Dossier");
    let initial = match route.get_untracked() {
        Route::Catalog { query } => query,
        _ => String::new(),
    };
    let query = RwSignal::new(initial);
    let catalog = match preloaded_catalog() {
        Some(catalog) => Fetched::ready(Ok(catalog)),
        None => Fetched::new(fetch_catalog),
    };
    view! {
        <section class="catalog" aria-labelledby="catalog-title">
            <h1 id="catalog-title" class="catalog__title">"Profiles"</h1>
            <p class="catalog__intro">
                "Research profiles of militant organizations: their history, allies and rivals, "
                "and every claim tied to its source."
            </p>
            <label class="catalog__search app-only">
                <span class="catalog__search-label">"Search by name or alias"</span>
                <input
                    type="search"
                    class="field catalog__search-input"
                    placeholder="e.g. PMOI"
                    autocomplete="off"
                    prop:value=move || query.get()
                    on:input:target=move |ev| {
                        let value = ev.target().value();
                        replace_route(&Route::Catalog { query: value.clone() });
                        query.set(value);
                    }
                />
            </label>
            {move || match catalog.get() {
                None => view! { <Loading what="the catalog"/> }.into_any(),
                Some(Err(error)) => view! { <ErrorView error retry=move || catalog.refetch()/> }.into_any(),
                Some(Ok(catalog)) => view! { <CatalogList catalog query/> }.into_any(),
            }}
            <p class="catalog__author">
                "Writing a profile? "
                <a href=Route::Author.href()>"Author a profile"</a>
                ": check it, or draft it from a narrative, and see it as it will be published."
            </p>
        </section>
    }
}

#[component]
fn CatalogList(catalog: Arc<Catalog>, query: RwSignal<String>) -> impl IntoView {
    let total = catalog.profiles.len();
    // Each entry with its search key, made once: every keystroke searches them all.
    let entries: Vec<_> = catalog
        .profiles
        .iter()
        .map(|entry| (entry.clone(), search_key(entry)))
        .collect();
    let shown = Memo::new(move |_| {
        let matches = key_matcher(&query.get());
        entries
            .iter()
            .filter(|(_, key)| matches(key))
            .cloned()
            .collect::<Vec<_>>()
    });
    view! {
        <p class="catalog__count" role="status">
            {move || count_text(shown.with(Vec::len), total, &query.get())}
        </p>
        <ul class="catalog__list">
            <For each=move || shown.get() key=|(entry, _)| entry.id.clone() let:((entry, key))>
                // Its search key: the pre-rendered page's first code searches with it.
                <li class="catalog__entry" data-search=key>
                    <a class="catalog__link" href=Route::Profile { id: entry.id.to_string(), anchor: None }.href()>
                        {entry.name.clone()}
                    </a>
                    {(!entry.aliases.is_empty()).then(|| view! {
                        <p class="catalog__aliases">"Also known as " {entry.aliases.join("; ")}</p>
                    })}
                    {entry.summary.clone().map(|s| view! { <p class="catalog__summary">{s}</p> })}
                    <p class="catalog__updated">"Last update: " {entry.last_update.clone()}</p>
                </li>
            </For>
        </ul>
    }
}

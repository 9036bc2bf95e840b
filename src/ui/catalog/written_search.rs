//! The home page's search before the catalog's code comes. The page was written with every
//! entry and its search key (`CatalogList`); typing in its search field lists the entries that
//! match and says how many, as the app's list does, with the same rules (`crate::search`).
//! No view is built for it: a Leptos view of the written list, even this small, weighed more in
//! the first load than the rest of the page's first step (docs/design.md). The catalog's code,
//! which reads the catalog as the site has it now (a profile added after the build), comes
//! with the page's tools and takes the list over; the field's own events are then its.

use crate::route::Route;
use crate::search::{count_text, key_matcher};
use crate::ui::shell::use_route::replace_route;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// Makes the written catalog's search work, until the page is gone.
pub fn search_written_catalog(route: ReadSignal<Route>) {
    let written = |selector: &str| {
        document()
            .query_selector(&format!("[data-part=\"view\"] {selector}"))
            .ok()
            .flatten()
    };
    let (Some(input), Some(list), Some(count)) = (
        written(".catalog__search-input").and_then(|e| e.dyn_into::<HtmlInputElement>().ok()),
        written(".catalog__list"),
        written(".catalog__count"),
    ) else {
        return;
    };
    let entries: Vec<(Element, String)> = (0..list.child_element_count())
        .filter_map(|i| {
            let entry = list.children().item(i)?;
            let key = entry.get_attribute("data-search")?;
            Some((entry, key))
        })
        .collect();
    let show = move |query: &str| {
        list.set_text_content(None);
        let matches = key_matcher(query);
        let mut shown = 0;
        for (entry, _) in entries.iter().filter(|(_, key)| matches(key)) {
            let _ = list.append_child(entry);
            shown += 1;
        }
        count.set_text_content(Some(&count_text(shown, entries.len(), query)));
    };
    // What the address asks for, unless the reader typed before the code came.
    if input.value().is_empty() {
        if let Route::Catalog { query } = route.get_untracked() {
            input.set_value(&query);
        }
    }
    show(&input.value());
    let handle = window_event_listener(ev::input, move |ev| {
        if ev.target().as_ref() == Some(input.as_ref()) {
            let query = input.value();
            show(&query);
            replace_route(&Route::Catalog { query });
        }
    });
    on_cleanup(move || handle.remove());
}

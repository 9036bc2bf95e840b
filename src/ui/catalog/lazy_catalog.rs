//! The catalog's code, fetched on the home page only. (Each split point is `fallible`: a
//! failed download is an error to show, not a panic; its `preload` is the download alone, so
//! that the view is built afterwards, at once, inside its owner.)

use super::catalog_page::CatalogPage;
use crate::route::Route;
use crate::ui::shell::lazy::{built, code, lazy_view};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

#[wasm_split(catalog, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_catalog))]
fn catalog(route: ReadSignal<Route>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <CatalogPage route/> }.into_any())
}

/// The home page: the catalog and its search.
#[component]
pub fn LazyCatalog(route: ReadSignal<Route>) -> impl IntoView {
    lazy_view(
        code!("the catalog", load_catalog),
        built(move || catalog(route)),
    )
}

//! The comparison's code, fetched the first time two profiles are compared.

use super::compare_page::ComparePage;
use crate::ui::shell::lazy::{built, code, lazy_view};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

#[wasm_split(compare, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_compare))]
fn compare(left: String, right: Option<String>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ComparePage left right/> }.into_any())
}

/// Two profiles compared.
#[component]
pub fn LazyCompare(left: String, right: Option<String>) -> impl IntoView {
    lazy_view(
        code!("the comparison", load_compare),
        built(move || compare(left.clone(), right.clone())),
    )
}

//! The Author page's code, fetched on that page only.

use super::author_page::AuthorPage;
use crate::ui::shell::lazy::{built, code, lazy_view};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

#[wasm_split(author, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_author))]
fn author() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <AuthorPage/> }.into_any())
}

#[component]
pub fn LazyAuthor() -> impl IntoView {
    lazy_view(code!("the Author page", load_author), built(author))
}

//! The code of the app that runs inside another site's iframe, fetched by embeds only.

use super::embed_app::EmbedApp;
use crate::embed::EmbedOptions;
use crate::route::Route;
use crate::ui::shell::lazy::{built, code, lazy_view};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

#[wasm_split(embedded, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_embedded))]
fn embedded(
    options: &'static EmbedOptions,
    route: ReadSignal<Route>,
) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <EmbedApp options route/> }.into_any())
}

/// The app inside another site's iframe.
#[component]
pub fn LazyEmbedApp(options: &'static EmbedOptions, route: ReadSignal<Route>) -> impl IntoView {
    lazy_view(
        code!("the embedded view", load_embedded),
        built(move || embedded(options, route)),
    )
}

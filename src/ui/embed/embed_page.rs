//! An embed's own pre-rendered page (`p/mek/embed/timeline/`) once the app has taken over
//! its first parts: what it adds then, with code of its own (the full site's pages have their
//! tools instead, `later_parts`). The page keeps to its part, takes the host's accent and
//! tells the host its height, as the embed of the root page (`EmbedApp`) does; its credit
//! line follows the view's state and its notes and preview get their copy buttons. Until then the frame
//! has the snippet's height, and `index.html`'s first script has set the host's theme and
//! opens the links that leave the part in a new tab.

use crate::citations::CitationIndex;
use crate::embed::EmbedScope;
use crate::route::Route;
use crate::ui::embed::embed_mode::{apply_look, embed_options};
use crate::ui::embed::embed_navigation::{keep_embed_in, on_embed_click};
use crate::ui::embed::embed_size::report_size;
use crate::ui::embed::embed_view::{embed_notes, EmbedCredit};
use crate::ui::footnotes::preview_state::PreviewState;
use crate::ui::pages::page_part::{PagePart, PartName};
use crate::ui::shell::api::ProfileSource;
use crate::ui::shell::lazy::{built, code, lazy_view, Code};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::sync::Arc;

#[component]
fn EmbedPageParts(
    route: ReadSignal<Route>,
    profile: ProfileSource,
    scope: EmbedScope,
) -> impl IntoView {
    live_embed_page(scope.clone());
    PreviewState::offer_copy();
    let profile = profile.read().ok()?;
    let index = Arc::new(CitationIndex::of(&profile));
    let notes = embed_notes(&profile, &index, route, &scope.part);
    let credit = view! { <EmbedCredit profile route scope/> };
    Some(view! {
        <PagePart name=PartName::Credit>{credit}</PagePart>
        {notes}
    })
}

/// Makes the page on show the embed of `scope`, for as long as the page lives.
fn live_embed_page(scope: EmbedScope) {
    keep_embed_in(scope);
    let _ = window_event_listener(leptos::ev::click, on_embed_click);
    let Some(options) = embed_options() else {
        return;
    };
    apply_look(options);
    if let Some(root) = document().query_selector(".embed").ok().flatten() {
        report_size(root, options.id.as_deref());
    }
}

#[wasm_split(embed_page, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_embed_page))]
fn embed_page(
    route: ReadSignal<Route>,
    profile: ProfileSource,
    scope: EmbedScope,
) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <EmbedPageParts route profile scope/> }.into_any())
}

/// The code of what an embed's page adds.
pub const EMBED_PAGE: Code = code!("the embed's parts", load_embed_page);

/// What an embed's page adds once its first parts are live.
#[component]
pub fn LazyEmbedPageParts(
    route: ReadSignal<Route>,
    profile: ProfileSource,
    scope: EmbedScope,
) -> impl IntoView {
    lazy_view(
        EMBED_PAGE,
        built(move || embed_page(route, profile.clone(), scope.clone())),
    )
}

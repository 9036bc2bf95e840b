//! The parts of a pre-rendered page as the app builds them to take it over (`take_over`):
//! first what the page is for, then, once `later` says the first are live, the rest, from a
//! module of their own (`later_parts`; an embed's page: `embed_page`).

use super::later_parts::LaterParts;
use crate::note_book::NoteBook;
use crate::pages::{embed_on_page, shows_route};
use crate::route::Route;
use crate::ui::author::lazy_author::LazyAuthor;
use crate::ui::catalog::lazy_catalog::LazyCatalog;
use crate::ui::embed::embed_page::LazyEmbedPageParts;
use crate::ui::footnotes::footnote_preview::FootnotePreview;
use crate::ui::footnotes::preview_state::PreviewState;
use crate::ui::pages::page_part::{PagePart, PartName};
use crate::ui::reader::lazy_pane::LazyPane;
use crate::ui::shell::api::{fetch_profile_text, ProfileSource};
use crate::ui::shell::fetched::Fetched;
use crate::ui::shell::lazy::{built, code, lazy_view};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::sync::Arc;

#[component]
pub fn LiveParts(route: ReadSignal<Route>, later: Signal<bool>) -> impl IntoView {
    // An address of another page (an older `#/…` address typed in) is that page's; one with
    // no page (a profile added after the build) is the whole app's, on the root page.
    Effect::new(move |_| {
        if route.with(shows_route) == Some(false) {
            let href = route.with(Route::href);
            let location = window().location();
            let _ = if href.starts_with('#') || href.starts_with("./#") {
                location.reload()
            } else {
                location.assign(&href)
            };
        }
    });
    // A page of the site's own: its view, then its tools.
    let site_page = move |page: AnyView| {
        let tools = move || {
            later
                .get()
                .then(|| view! { <LazyLaterParts route profile=None/> })
        };
        view! { <PagePart name=PartName::View>{page}</PagePart>{tools} }.into_any()
    };
    match route.get_untracked() {
        Route::Catalog { .. } => site_page(view! { <LazyCatalog route/> }.into_any()),
        Route::Author => site_page(view! { <LazyAuthor/> }.into_any()),
        Route::Profile { id, .. } | Route::Pane { id, .. } => {
            view! { <ProfileParts id route later/> }.into_any()
        }
        Route::Compare { .. } | Route::NotFound(_) => ().into_any(),
    }
}

/// A profile's page: its footnote preview, and its view if it is not the text. The previews
/// need only the profile's notes (`NoteBook`); the rest of it is read by the code of the parts
/// that show it.
#[component]
fn ProfileParts(id: String, route: ReadSignal<Route>, later: Signal<bool>) -> impl IntoView {
    PreviewState::provide();
    // An embed's page: the embed of the part its path names, made so by its second step.
    let embed = embed_on_page();
    let file = Fetched::new(move || fetch_profile_text(id.clone()));
    // The page shows one view for good: another is another page.
    let pane = route.with_untracked(|r| match r {
        Route::Pane { pane, .. } => Some(*pane),
        _ => None,
    });
    move || {
        let Some(Ok(file)) = file.get() else {
            let state = if file.with(Option::is_none) {
                "status--loading"
            } else {
                "status--error"
            };
            return view! { <p class=format!("status {state}")></p> }.into_any();
        };
        let Ok(notes) = NoteBook::read(&file.text) else {
            return view! { <p class="status status--error"></p> }.into_any();
        };
        let source = ProfileSource::File(file);
        let pane = pane.map(|pane| {
            let view = view! { <LazyPane profile=source.clone() route pane/> };
            view! { <PagePart name=PartName::View>{view}</PagePart> }
        });
        let preview = view! { <FootnotePreview notes=Arc::new(notes)/> };
        view! {
            {pane}
            <PagePart name=PartName::Preview>{preview}</PagePart>
            {
                let embed = embed.clone();
                move || later.get().then(|| match embed.clone() {
                    Some(scope) => view! { <LazyEmbedPageParts route profile=source.clone() scope/> }.into_any(),
                    None => view! { <LazyLaterParts route profile=Some(source.clone())/> }.into_any(),
                })
            }
        }
        .into_any()
    }
}

// The rest of what the app adds comes with code of its own, fetched once the first parts live.
#[wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_later))]
fn later(
    route: ReadSignal<Route>,
    profile: Option<ProfileSource>,
) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <LaterParts route profile/> }.into_any())
}

#[component]
fn LazyLaterParts(route: ReadSignal<Route>, profile: Option<ProfileSource>) -> impl IntoView {
    lazy_view(
        code!("the page's tools", load_later),
        built(move || later(route, profile.clone())),
    )
}

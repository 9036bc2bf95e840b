//! The parts of a pre-rendered page as the app builds them to take it over (`take_over`):
//! first what the page is for, then, once `later` says the first are live, the rest, from a
//! module of their own (`later_parts`).

use super::api::{fetch_profile_text, ProfileSource};
use super::fetched::Fetched;
use super::footnote_preview::FootnotePreview;
use super::lazy_views::{LazyCatalog, LazyLaterParts, LazyPart};
use super::page_part::{PagePart, PartName};
use super::preview_state::PreviewState;
use crate::note_book::NoteBook;
use crate::pages::shows_route;
use crate::route::Route;
use leptos::prelude::*;
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
    match route.get_untracked() {
        Route::Catalog { .. } => view! {
            <PagePart name=PartName::View><LazyCatalog route/></PagePart>
            {move || later.get().then(|| view! { <LazyLaterParts route profile=None/> })}
        }
        .into_any(),
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
            let view = view! { <LazyPart profile=source.clone() route part=pane.into()/> };
            view! { <PagePart name=PartName::View>{view}</PagePart> }
        });
        let preview = view! { <FootnotePreview notes=Arc::new(notes)/> };
        view! {
            {pane}
            <PagePart name=PartName::Preview>{preview}</PagePart>
            {move || later.get().then(|| view! { <LazyLaterParts route profile=Some(source.clone())/> })}
        }
        .into_any()
    }
}

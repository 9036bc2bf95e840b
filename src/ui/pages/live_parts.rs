//! The parts of a pre-rendered page as the app builds them to take it over (`take_over`):
//! first what the page is for, then, once `later` says the first are live, the rest, from a
//! module of their own (`later_parts`; an embed's page: `embed_page`).

use super::later_parts::LaterParts;
use crate::pages::{embed_on_page, shows_route};
use crate::route::{Pane, Route};
use crate::ui::author::lazy_author::LazyAuthor;
use crate::ui::catalog::lazy_catalog::LazyCatalog;
use crate::ui::catalog::written_search::search_written_catalog;
use crate::ui::diagram::written_diagram::written_diagram_controls;
use crate::ui::embed::embed_page::{LazyEmbedPageParts, EMBED_PAGE};
use crate::ui::footnotes::footnote_preview::{FootnotePreview, PreviewNotes};
use crate::ui::footnotes::note_card::PageCards;
use crate::ui::footnotes::preview_state::PreviewState;
use crate::ui::pages::page_part::{PagePart, PartName};
use crate::ui::reader::lazy_pane::LazyPane;
use crate::ui::shell::api::{fetch_profile_text_apart, LoadError, ProfileFile, ProfileSource};
use crate::ui::shell::fetched::Fetched;
use crate::ui::shell::lazy::{built, code, fetch_ahead, lazy_view, Code};
use crate::ui::timeline::written_timeline::written_timeline_controls;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

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
    let tools = move || {
        later
            .get()
            .then(|| view! { <LazyLaterParts route profile=None/> })
    };
    match route.get_untracked() {
        // The home page's first step is its search, on the list it was written with; the
        // catalog's code, which reads the catalog as the site has it now, comes with the tools.
        Route::Catalog { .. } => {
            search_written_catalog(route);
            let catalog = move || {
                later.get().then(|| {
                    view! { <PagePart name=PartName::View><LazyCatalog route/></PagePart> }
                })
            };
            view! { {catalog}{tools} }.into_any()
        }
        Route::Author => {
            view! { <PagePart name=PartName::View><LazyAuthor/></PagePart>{tools} }.into_any()
        }
        Route::Profile { id, .. } | Route::Pane { id, .. } => {
            view! { <ProfileParts id route later/> }.into_any()
        }
        Route::Compare { .. } | Route::NotFound(_) => ().into_any(),
    }
}

/// A profile's page: its footnote preview, which shows the cards the page was written with
/// (`PageCards`) and so needs nothing fetched, and its view if it is not the text. A view's
/// page first makes the controls it was written with work on what is written
/// (`written_timeline`, `written_diagram`): the view's code comes with the tools. The
/// profile's file is fetched once, for the view and the tools, whose own code reads it: with
/// the tools.
#[component]
fn ProfileParts(id: String, route: ReadSignal<Route>, later: Signal<bool>) -> impl IntoView {
    PreviewState::provide();
    // An embed's page: the embed of the part its path names, made so by its second step.
    let embed = embed_on_page();
    // The page shows one view for good: another is another page.
    let pane = route.with_untracked(|r| match r {
        Route::Pane { pane, .. } => Some(*pane),
        _ => None,
    });
    // The first step of a view's page: the controls of the view it was written with.
    let written_controls = pane.map(|pane| match pane {
        Pane::Timeline => written_timeline_controls(route),
        Pane::Diagram => written_diagram_controls(route),
    });
    let preview = view! { <FootnotePreview notes=PreviewNotes::Page(PageCards::take())/> };
    let tools = move || {
        later.get().then(|| {
            let embed = embed.clone();
            // The file's code first: alone, it comes in one file, its pack, as the tools' code
            // does after it, which shares a little of it (`viaPack` in .ci/split-wasm.mjs).
            let id = id.clone();
            let file = Fetched::new(move || fetch_profile_text_apart(id.clone()));
            // The tools' code comes while the file does, not after it.
            fetch_ahead(if embed.is_some() { EMBED_PAGE } else { LATER });
            let view_later = pane.map(|pane| {
                with_file(file, move |profile| {
                    let view = view! { <LazyPane profile route pane/> };
                    view! { <PagePart name=PartName::View>{view}</PagePart> }.into_any()
                })
            });
            let tools = with_file(file, move |profile| match embed.clone() {
                Some(scope) => view! { <LazyEmbedPageParts route profile scope/> }.into_any(),
                None => view! { <LazyLaterParts route profile=Some(profile)/> }.into_any(),
            });
            view! { {view_later}{tools} }
        })
    };
    view! {
        {written_controls}
        <PagePart name=PartName::Preview>{preview}</PagePart>
        {tools}
    }
}

/// The parts `parts` makes of the profile once its file is here; until then a loading status,
/// which the take-over waits for, and if it cannot be had an error status, at which the
/// take-over leaves the parts as they were written.
fn with_file(
    file: Fetched<Result<ProfileFile, LoadError>>,
    parts: impl Fn(ProfileSource) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    move || match file.get() {
        Some(Ok(file)) => parts(ProfileSource::File(file)),
        answer => {
            let state = if answer.is_none() {
                "status status--loading"
            } else {
                "status status--error"
            };
            view! { <p class=state></p> }.into_any()
        }
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

const LATER: Code = code!("the page's tools", load_later);

#[component]
fn LazyLaterParts(route: ReadSignal<Route>, profile: Option<ProfileSource>) -> impl IntoView {
    lazy_view(LATER, built(move || later(route, profile.clone())))
}

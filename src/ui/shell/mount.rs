//! The app's start: on a pre-rendered page, taking it over (`pages::take_over`); anywhere
//! else (an embed, an older `#/…` address, a profile added after the build), the whole app,
//! whose code is a module of its own.

use super::api::LoadError;
use super::app::App;
use super::error_view::ErrorView;
use super::page_address;
use crate::ui::pages::take_over;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

pub fn mount() {
    // A panic's message in the console, while developing; a release build has none to show
    // (it aborts, and carries no panic messages).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // The app starts in a task after the one that compiled the wasm: two shorter tasks
    // instead of one that blocks the page for both.
    wasm_bindgen_futures::spawn_local(async {
        super::after_paint::next_task().await;
        // The static "Loading Dossier…" line shows until the app is running.
        if let Some(boot) = document().get_element_by_id("boot") {
            boot.remove();
        }
        if page_address::shows_own_page() {
            page_address::link_from_this_page();
            take_over::take_over(page_address::current_route());
        } else {
            take_over::clear_prerendered();
            start_app().await;
        }
    });
}

#[wasm_split(app, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_app))]
fn app() -> Result<(), SplitLoaderError> {
    leptos::mount::mount_to_body(App);
    Ok(())
}

/// Starts the whole app, once its code is here; if it cannot be had, says so.
async fn start_app() {
    if app().await.is_err() {
        let error = LoadError::Code { what: "Dossier" };
        leptos::mount::mount_to_body(move || {
            view! { <ErrorView error=error.clone() retry=|| { let _ = window().location().reload(); }/> }
        });
    }
}

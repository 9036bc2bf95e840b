//! The current route, following the URL fragment, shared through context.

use super::embed_navigation::leaves_embed;
use crate::route::Route;
use leptos::prelude::*;

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

#[derive(Clone, Copy)]
struct CurrentRoute(RwSignal<Route>);

/// Creates the route signal, updated on every `hashchange` (links, back and forward).
pub fn provide_route() -> ReadSignal<Route> {
    let route = RwSignal::new(Route::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    provide_context(CurrentRoute(route));
    route.read_only()
}

/// Goes to a route with a history entry, so the back button returns here.
/// Inside an embed, a route that leaves its part opens in the full site instead.
pub fn push_route(route: &Route) {
    if leaves_embed(route) {
        return;
    }
    let _ = window().location().set_hash(&route.href());
}

/// Changes the URL without a history entry (typing in a filter box), and the route with it.
pub fn replace_route(route: &Route) {
    if let Ok(history) = window().history() {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&route.href()));
    }
    if let Some(CurrentRoute(signal)) = use_context::<CurrentRoute>() {
        signal.set(route.clone());
    }
}

//! The current route, following the address, shared through context.

use crate::route::Route;
use crate::ui::embed::embed_navigation::leaves_embed;
use crate::ui::shell::after_paint::after_next_paint;
use crate::ui::shell::page_address::current_route;
use leptos::prelude::*;
use std::cell::RefCell;

#[derive(Clone, Copy)]
struct CurrentRoute {
    signal: RwSignal<Route>,
    /// Whether the route is kept in the page, not in its address: a profile previewed inside
    /// another page (the Author page's) moves between its views without leaving that page.
    in_page: bool,
}

/// Creates the route signal, starting at `initial` and updated when the address changes:
/// a link's fragment (`hashchange`), back and forward (`popstate`).
pub fn provide_route(initial: Route) -> ReadSignal<Route> {
    let route = RwSignal::new(initial);
    if !is_server() {
        let follow = move || {
            // Back or forward: a URL still waiting to replace the one left behind is dropped.
            PENDING_URL.take();
            let now = current_route();
            if route.with_untracked(|r| *r != now) {
                route.set(now);
            }
        };
        let hash = window_event_listener(leptos::ev::hashchange, move |_| follow());
        let history = window_event_listener(leptos::ev::popstate, move |_| follow());
        on_cleanup(move || {
            hash.remove();
            history.remove();
        });
    }
    provide_context(CurrentRoute {
        signal: route,
        in_page: false,
    });
    route.read_only()
}

/// Creates a route signal for what is below, which the address does not follow.
pub fn provide_route_kept_in_page(initial: Route) -> ReadSignal<Route> {
    let route = RwSignal::new(initial);
    provide_context(CurrentRoute {
        signal: route,
        in_page: true,
    });
    route.read_only()
}

/// The route signal, if the route is kept in the page.
fn kept_in_page() -> Option<RwSignal<Route>> {
    use_context::<CurrentRoute>()
        .filter(|current| current.in_page)
        .map(|current| current.signal)
}

/// Goes to a route with a history entry, so the back button returns here.
/// Inside an embed, a route that leaves its part opens in the full site instead.
pub fn push_route(route: &Route) {
    if let Some(kept) = kept_in_page() {
        kept.set(route.clone());
        return;
    }
    if leaves_embed(route) {
        return;
    }
    write_pending_url();
    let href = route.href();
    let location = window().location();
    if href.starts_with('#') {
        // A place in the page, or one of the app's fragment routes.
        let _ = location.set_hash(&href);
    } else if href.starts_with("./") {
        // A state of the pre-rendered page on show (`./?open=…`).
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href));
        }
        if let Some(current) = use_context::<CurrentRoute>() {
            current.signal.set(route.clone());
        }
    } else {
        // Another pre-rendered page.
        let _ = location.assign(&href);
    }
}

/// Changes the route at once and the URL without a history entry (typing in a filter box,
/// dragging a slider) once the change is on screen: Chromium takes ~5 ms to replace a URL,
/// and throttles a page that does it hundreds of times in a few seconds, so a burst of
/// changes writes only the last.
pub fn replace_route(route: &Route) {
    if let Some(kept) = kept_in_page() {
        kept.set(route.clone());
        return;
    }
    if PENDING_URL.replace(Some(route.href())).is_none() {
        after_next_paint(write_pending_url);
    }
    if let Some(current) = use_context::<CurrentRoute>() {
        current.signal.set(route.clone());
    }
}

thread_local! {
    /// The URL `replace_route` has yet to write.
    static PENDING_URL: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn write_pending_url() {
    let Some(url) = PENDING_URL.take() else {
        return;
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

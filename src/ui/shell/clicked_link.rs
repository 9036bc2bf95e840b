//! The link a click landed in, for a click handler on a whole part of the page. Such handlers
//! run after the target's own (events bubble up), so a click another handler has already
//! taken (a tap that opens a footnote preview) is left alone.

use wasm_bindgen::JsCast;

/// The link (`a[href]`) the click is in, unless the click's default was already prevented.
pub fn clicked_link(ev: &leptos::ev::MouseEvent) -> Option<web_sys::Element> {
    if ev.default_prevented() {
        return None;
    }
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
}

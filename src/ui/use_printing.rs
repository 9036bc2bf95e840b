//! Whether the page is being printed: true from `beforeprint` to `afterprint`. Views that
//! build their content lazily (closed timeline groups, the notes' later slices, the table
//! behind the diagram) build it all for a printout.

use leptos::prelude::*;

pub fn use_printing() -> ReadSignal<bool> {
    let printing = RwSignal::new(false);
    let before = window_event_listener(
        leptos::ev::Custom::new("beforeprint"),
        move |_: web_sys::Event| printing.set(true),
    );
    let after = window_event_listener(
        leptos::ev::Custom::new("afterprint"),
        move |_: web_sys::Event| printing.set(false),
    );
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    printing.read_only()
}

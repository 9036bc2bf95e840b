//! Whether the page is being printed: true from `beforeprint` to `afterprint`. Views that
//! build their content lazily (closed timeline groups, the notes' later slices, the table
//! behind the diagram) build it all for a printout.

use leptos::prelude::*;

thread_local! {
    /// One flag for the page, so that a view created in answer to `beforeprint` (the notes a
    /// printed view ends with) already knows it is being printed. Reference-counted rather
    /// than owned by the first view that asks, which may be gone before the next.
    static PRINTING: ArcRwSignal<bool> = listen();
}

pub fn use_printing() -> ReadSignal<bool> {
    PRINTING.with(|printing| ReadSignal::from(printing.read_only()))
}

/// The listeners stay for the page's lifetime (a dropped handle does not remove them).
fn listen() -> ArcRwSignal<bool> {
    let printing = ArcRwSignal::new(false);
    let (before, after) = (printing.clone(), printing.clone());
    let _ = window_event_listener(
        leptos::ev::Custom::new("beforeprint"),
        move |_: web_sys::Event| before.set(true),
    );
    let _ = window_event_listener(
        leptos::ev::Custom::new("afterprint"),
        move |_: web_sys::Event| after.set(false),
    );
    printing
}

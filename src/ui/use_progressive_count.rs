//! Long lists built a slice per animation frame: a timeline group of thousands of events,
//! a profile of 10,000 notes. The first items show at once and the page never blocks long.

use super::use_printing::use_printing;
use leptos::prelude::*;

/// How many of `total` items are built: 0 while `open` is false, then growing by
/// `per_frame` each frame; all of them for a printout. Raise it (`update`) to have an item
/// built now, e.g. before a jump.
pub fn use_progressive_count(
    open: Signal<bool>,
    total: usize,
    per_frame: usize,
) -> RwSignal<usize> {
    let rendered = RwSignal::new(0);
    let printing = use_printing();
    Effect::new(move |_| {
        if printing.get() && open.get() {
            rendered.set(total);
        } else if open.get() {
            grow(rendered, total, per_frame);
        } else {
            rendered.set(0);
        }
    });
    rendered
}

fn grow(rendered: RwSignal<usize>, total: usize, per_frame: usize) {
    let Some(now) = rendered.try_get_untracked() else {
        return; // The list is gone.
    };
    let next = (now + per_frame).min(total);
    rendered.set(next);
    if next < total {
        request_animation_frame(move || {
            // Stop if the list was closed meanwhile.
            if rendered.try_get_untracked().is_some_and(|n| n > 0) {
                grow(rendered, total, per_frame);
            }
        });
    }
}

//! Long lists built a slice per animation frame: a timeline group of thousands of events,
//! a profile of 10,000 notes. The first items show at once and the page never blocks long.

use crate::build_pace::{frame_budget, next_count, Pace, WHILE_LOADING_MS};
use crate::ui::classroom::use_printing::use_printing;
use crate::ui::pages::whole_page::builds_whole;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::ops::Range;
use std::sync::Arc;

/// How many of `total` items are built: 0 while `open` is false, then growing each frame at
/// `pace` (the first frame's count, then as many as the budget holds); all of them for a
/// printout. Raise it (`update`) to have an item built now, e.g. before a jump.
pub fn use_progressive_count(open: Signal<bool>, total: usize, pace: Pace) -> RwSignal<usize> {
    let whole = builds_whole() && open.get_untracked();
    let rendered = RwSignal::new(if whole { total } else { 0 });
    let printing = use_printing();
    Effect::new(move |_| {
        if printing.get() && open.get() {
            rendered.set(total);
        } else if open.get() {
            grow(rendered, total, pace, pace.first, None);
        } else {
            rendered.set(0);
        }
    });
    rendered
}

/// `previous_start`: when the frame before this one started building, so that this frame's
/// length is known.
fn grow(
    rendered: RwSignal<usize>,
    total: usize,
    pace: Pace,
    count: usize,
    previous_start: Option<f64>,
) {
    let Some(now) = rendered.try_get_untracked() else {
        return; // The list is gone.
    };
    let next = (now + count).min(total);
    let start = clock();
    rendered.set(next);
    if next < total {
        // A task spawned now runs after the items' build, which the new count queued first.
        spawn_local(async move {
            let took = clock() - start;
            let frame = previous_start.map_or(0.0, |previous| start - previous);
            let count = next_count(count, took, frame_budget(pace.budget_ms, frame, took));
            request_animation_frame(move || {
                // Stop if the list was closed meanwhile.
                if rendered.try_get_untracked().is_some_and(|n| n > 0) {
                    grow(rendered, total, pace, count, Some(start));
                }
            });
        });
    }
}

/// Milliseconds, finer than `Date.now()`.
fn clock() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// The first `count` items, built by `item` from their positions: each is built once, when the
/// count first reaches it, and kept. One type of list for every view that grows one (the text's
/// sections, the notes, a timeline group's events): each kind of list is another copy of
/// Leptos's keyed-list code in the wasm.
pub fn built_items(
    count: Signal<usize>,
    item: impl Fn(usize) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    let item: Arc<dyn Fn(usize) -> AnyView + Send + Sync> = Arc::new(item);
    view! { <For each=move || 0..count.get() key=|i| *i children=move |i| item(i)/> }.into_any()
}

/// Items of a run of inline content built in one frame; a longer run is built a slice of this
/// many per frame (a paragraph citing 10,000 notes, a work's 10,000 note links: built at once,
/// each blocked the page for half a second or more).
const ITEMS_PER_SLICE: usize = 100;
const SLICES: Pace = Pace {
    first: 1,
    budget_ms: WHILE_LOADING_MS,
};

/// The `len` items of a run, built by `slice` from ranges of their positions: all at once
/// when few, else a slice per frame (all at once for a printout).
pub fn built_in_slices(
    len: usize,
    slice: impl Fn(Range<usize>) -> AnyView + Send + Sync + 'static,
) -> AnyView {
    let slices = len.div_ceil(ITEMS_PER_SLICE);
    if slices <= 1 {
        return slice(0..len);
    }
    let built = use_progressive_count(Signal::from(true), slices, SLICES);
    built_items(built.into(), move |i| {
        slice(i * ITEMS_PER_SLICE..((i + 1) * ITEMS_PER_SLICE).min(len))
    })
}

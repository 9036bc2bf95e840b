//! Which of a page's headings the reader is in: the last one scrolled past the top.

use crate::ui::shell::after_paint::after_next_paint;
use leptos::prelude::*;

/// How far below the viewport's top a heading counts as reached.
const READING_LINE: f64 = 120.0;

pub fn use_scroll_spy(ids: Vec<String>) -> ReadSignal<Option<String>> {
    let (current, set_current) = signal(None::<String>);
    let pending = StoredValue::new(false);
    let ids = StoredValue::new(ids);
    let update = move || {
        let reached = ids.with_value(|ids| {
            ids.iter()
                .rfind(|id| {
                    document()
                        .get_element_by_id(id)
                        .is_some_and(|el| el.get_bounding_client_rect().top() <= READING_LINE)
                })
                .cloned()
        });
        if current.get_untracked() != reached {
            set_current.set(reached);
        }
    };
    // At most one measurement per frame, however fast the scroll events come.
    let handle = window_event_listener(leptos::ev::scroll, move |_| {
        if !pending.get_value() {
            pending.set_value(true);
            request_animation_frame(move || {
                pending.set_value(false);
                update();
            });
        }
    });
    // The first measurement waits until the page has been drawn once: measuring in the first
    // frame would make the browser lay out the whole page an extra time before showing it.
    after_next_paint(update);
    on_cleanup(move || handle.remove());
    current
}

//! Where an element is on the page, without measuring it at each change. A measurement made
//! after the page has changed (a count, a status line) makes the browser lay the whole page
//! out first, which a large diagram makes slow. Its place on the page is measured once and
//! again after a resize, when it is put on the page anew or when `redrawn` changes (what is
//! drawn in it, and so its height); the scroll position is kept from scroll events.

use leptos::prelude::*;

/// The element's top (from the window's top) and height, in CSS pixels; `None` while it is
/// not on the page.
pub fn use_placement(
    element: NodeRef<leptos::svg::Svg>,
    redrawn: impl Track + Send + Sync + 'static,
) -> impl Fn() -> Option<(f64, f64)> + Copy {
    let scroll_y = || {
        if is_server() {
            return 0.0;
        }
        window().scroll_y().unwrap_or_default()
    };
    let scrolled = StoredValue::new(scroll_y());
    // The top from the page's top, and the height.
    let measured = StoredValue::new(None::<(f64, f64)>);
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| {
        scrolled.set_value(scroll_y());
    });
    let on_resize = window_event_listener(leptos::ev::resize, move |_| measured.set_value(None));
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
    });
    Effect::new(move |_| {
        element.track();
        redrawn.track();
        measured.set_value(None);
    });
    move || {
        let (top, height) = measured.get_value().or_else(|| {
            let rect = element.get_untracked()?.get_bounding_client_rect();
            scrolled.set_value(scroll_y());
            let place = (rect.top() + scrolled.get_value(), rect.height());
            measured.set_value(Some(place));
            Some(place)
        })?;
        Some((top - scrolled.get_value(), height))
    }
}

//! Moving through the timeline's events, on the app's view and on the written page before its
//! code comes (`written_timeline`): the arrow keys between headers and events, and the
//! overview's jump to a year.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Arrow keys move between the timeline's headers and events; other keys pass.
pub fn move_between_events(ev: leptos::ev::KeyboardEvent) {
    let step: i32 = match ev.key().as_str() {
        "ArrowDown" | "ArrowRight" => 1,
        "ArrowUp" | "ArrowLeft" => -1,
        "Home" => i32::MIN,
        "End" => i32::MAX,
        _ => return,
    };
    let Some(current) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    if current.get_attribute("data-tl-nav").is_none() {
        return;
    }
    let Ok(all) = document().query_selector_all("[data-tl-nav]") else {
        return;
    };
    let visible: Vec<web_sys::HtmlElement> = (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(is_shown)
        .collect();
    let Some(at) = visible.iter().position(|el| el == &current) else {
        return;
    };
    let to = match step {
        i32::MIN => 0,
        i32::MAX => visible.len() - 1,
        s => (at as i32 + s).clamp(0, visible.len() as i32 - 1) as usize,
    };
    ev.prevent_default();
    let _ = visible[to].focus();
}

/// Whether the reader can see `element`: not filtered out (`hidden`), nor inside a closed
/// `<details>` (other than its summary), where an event of a group the reader has just closed
/// keeps its box until the state follows and the events are gone.
fn is_shown(element: &web_sys::HtmlElement) -> bool {
    element.offset_parent().is_some()
        && element
            .closest("details:not([open]) > :not(summary)")
            .ok()
            .flatten()
            .is_none()
}

pub fn scroll_to_year(year: i32) {
    let Ok(events) = document().query_selector_all(".event[data-year]") else {
        return;
    };
    let target = (0..events.length())
        .filter_map(|i| events.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(is_shown)
        .find(|el| {
            el.get_attribute("data-year")
                .and_then(|y| y.parse::<i32>().ok())
                .is_some_and(|y| y >= year)
        });
    if let Some(el) = target {
        el.scroll_into_view();
        if let Some(button) = el
            .query_selector("summary")
            .ok()
            .flatten()
            .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = button.focus();
        }
    }
}

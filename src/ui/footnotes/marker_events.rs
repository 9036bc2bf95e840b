//! The footnote markers' listeners, once per page on the window instead of six on each
//! marker: pointer dwell opens a marker's preview, leaving closes it after a grace, keyboard
//! focus opens it at once, and a tap opens it instead of following the link (a second tap on
//! its open marker follows it). Also keeps the markers' `aria-expanded` and
//! `aria-describedby` in step with the preview.

use crate::model::NoteNumber;
use crate::ui::footnotes::note_marker::{MARKER_CLASS, PREVIEW_ID};
use crate::ui::footnotes::preview_state::PreviewState;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A marker an event happened on: its element, note and id.
struct Marker {
    element: web_sys::Element,
    note: NoteNumber,
    id: String,
}

/// Listens for the page's markers until the calling component is gone.
pub fn listen_to_markers(state: PreviewState) {
    // The marker whose click a tap turned into opening its preview.
    let tap_opens = StoredValue::new(None::<String>);
    let handles = [
        window_event_listener(ev::pointerover, move |ev| {
            if let Some(m) = entered_or_left(&ev) {
                state.open_after_dwell(m.note, m.id);
            }
        }),
        window_event_listener(ev::pointerout, move |ev| {
            if entered_or_left(&ev).is_some() {
                state.close_after_grace();
            }
        }),
        window_event_listener(ev::pointerdown, move |ev| {
            let touch = ev.pointer_type() != "mouse";
            let opens = marker_at(ev.target())
                .filter(|m| touch && state.enabled.get_untracked() && !state.is_open_for(&m.id));
            tap_opens.set_value(opens.map(|m| m.id));
        }),
        window_event_listener(ev::click, move |ev| {
            let Some(m) = marker_at(ev.target()) else {
                return;
            };
            if tap_opens.with_value(|id| id.as_deref() == Some(&m.id)) {
                ev.prevent_default();
                tap_opens.set_value(None);
                state.open_now(m.note, m.id);
            }
        }),
    ];
    let focus_handles = [
        window_event_listener(ev::focusin, move |ev| {
            // Keyboard focus opens at once; focus from a click or a script does not.
            if let Some(m) = marker_at(ev.target()) {
                if m.element.matches(":focus-visible").unwrap_or(false) {
                    state.open_now(m.note, m.id);
                }
            }
        }),
        window_event_listener(ev::focusout, move |ev| {
            if marker_at(ev.target()).is_some_and(|m| state.is_open_for(&m.id)) {
                state.close_after_grace();
            }
        }),
    ];
    // A marker the keyboard focused before the app came (a pre-rendered page read while it
    // loaded) has its preview, as if focused now.
    let focused = (!is_server())
        .then(|| document().active_element())
        .flatten();
    if let Some(m) = marker_at(focused.map(Into::into)) {
        if m.element.matches(":focus-visible").unwrap_or(false) {
            state.open_now(m.note, m.id);
        }
    }
    keep_aria_in_step(state);
    on_cleanup(move || {
        handles.into_iter().for_each(WindowListenerHandle::remove);
        focus_handles
            .into_iter()
            .for_each(WindowListenerHandle::remove);
    });
}

/// The marker a mouse pointer entered or left (`pointerover`/`pointerout`), unless it only
/// moved within it.
fn entered_or_left(ev: &web_sys::PointerEvent) -> Option<Marker> {
    if ev.pointer_type() != "mouse" {
        return None;
    }
    let marker = marker_at(ev.target())?;
    let other = ev
        .related_target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    (!marker.element.contains(other.as_ref())).then_some(marker)
}

fn marker_at(target: Option<web_sys::EventTarget>) -> Option<Marker> {
    let element = target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(&format!(".{MARKER_CLASS}[data-note]"))
        .ok()??;
    let note = NoteNumber(element.get_attribute("data-note")?.parse().ok()?);
    let id = element.id();
    Some(Marker { element, note, id })
}

/// The open preview's marker says it is expanded and described by the preview; the others,
/// that they are not (or nothing, while previews are off).
fn keep_aria_in_step(state: PreviewState) {
    let shown = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let open = state.open.with(|o| o.as_ref().map(|o| o.marker_id.clone()));
        let enabled = state.enabled.get_untracked();
        if let Some(old) = shown.get_value() {
            set_aria(&old, enabled, false);
        }
        if let Some(new) = &open {
            set_aria(new, enabled, true);
        }
        shown.set_value(open);
    });
    Effect::watch(
        move || state.enabled.get(),
        move |enabled, _, _| {
            let Ok(markers) = document().query_selector_all(&format!(".{MARKER_CLASS}")) else {
                return;
            };
            for i in 0..markers.length() {
                if let Some(el) = markers
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    set_expanded(&el, *enabled, false);
                }
            }
        },
        false,
    );
}

fn set_aria(marker_id: &str, enabled: bool, open: bool) {
    let Some(el) = document().get_element_by_id(marker_id) else {
        return;
    };
    set_expanded(&el, enabled, open);
    let _ = if open {
        el.set_attribute("aria-describedby", PREVIEW_ID)
    } else {
        el.remove_attribute("aria-describedby")
    };
}

fn set_expanded(el: &web_sys::Element, enabled: bool, open: bool) {
    let _ = if enabled {
        el.set_attribute("aria-expanded", if open { "true" } else { "false" })
    } else {
        el.remove_attribute("aria-expanded")
    };
}

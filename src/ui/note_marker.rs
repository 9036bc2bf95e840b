//! An inline footnote marker: a real link to its endnote that also opens the
//! preview on pointer dwell, keyboard focus or a tap.

use super::preview_state::PreviewState;
use crate::model::{NoteNumber, Profile};
use crate::route::{Anchor, Route};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

pub const PREVIEW_ID: &str = "note-preview";

/// `marker_id` must be unique on the page: the preview anchors to it and back-links point at it.
pub fn note_marker(profile: &Arc<Profile>, number: NoteNumber, marker_id: String) -> AnyView {
    if profile.note(number).is_none() {
        return view! {
            <sup class="ref ref--missing" id=marker_id title=format!("Note {number} is missing from this profile")>
                {format!("[{number}?]")}
            </sup>
        }
        .into_any();
    }
    let state = PreviewState::get();
    let href = Route::Profile {
        id: profile.id.to_string(),
        anchor: Some(Anchor::Note(number.0)),
    }
    .href();
    let id = StoredValue::new(marker_id);
    let is_open = move || id.with_value(|id| state.is_open_at(id));
    on_cleanup(move || id.with_value(|id| state.forget_marker(id)));
    // A tap opens the preview instead of jumping; a second tap on an open preview's marker follows the link.
    let touch_opens = StoredValue::new(false);
    view! {
        <sup class="ref">
            <a
                class="ref__link"
                id=id.get_value()
                href=href
                aria-label=format!("Note {number}")
                aria-expanded=move || if state.enabled.get() { Some(is_open().to_string()) } else { None }
                aria-describedby=move || is_open().then_some(PREVIEW_ID)
                on:pointerenter=move |ev| {
                    if ev.pointer_type() == "mouse" {
                        state.open_after_dwell(number, id.get_value());
                    }
                }
                on:pointerleave=move |ev| {
                    if ev.pointer_type() == "mouse" {
                        state.close_after_grace();
                    }
                }
                on:pointerdown=move |ev| {
                    let touch = ev.pointer_type() != "mouse";
                    touch_opens.set_value(touch && state.enabled.get_untracked() && !id.with_value(|id| state.is_open_for(id)));
                }
                on:focus=move |ev| {
                    // Keyboard focus opens at once; focus from a click or a script does not.
                    let keyboard = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|el| el.matches(":focus-visible").unwrap_or(false));
                    if keyboard {
                        state.open_now(number, id.get_value());
                    }
                }
                on:blur=move |_| {
                    if id.with_value(|id| state.is_open_for(id)) {
                        state.close_after_grace();
                    }
                }
                on:click=move |ev| {
                    if touch_opens.get_value() {
                        ev.prevent_default();
                        touch_opens.set_value(false);
                        state.open_now(number, id.get_value());
                    }
                }
            >
                {format!("[{number}]")}
            </a>
        </sup>
    }
    .into_any()
}

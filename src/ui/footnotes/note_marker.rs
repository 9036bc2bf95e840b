//! An inline footnote marker: a real link to its endnote. Pointer dwell, keyboard focus and
//! taps open its preview through the page's one set of listeners (`marker_events`), so a
//! marker is a plain element: a paragraph of 10,000 of them builds in a fraction of the time.

use crate::model::{NoteNumber, Profile};
use crate::route::Anchor;
use crate::ui::footnotes::preview_state::PreviewState;
use leptos::prelude::*;
use std::sync::Arc;

pub const PREVIEW_ID: &str = "note-preview";
/// The class that makes a link a marker for `marker_events`; its `data-note` names the note.
pub const MARKER_CLASS: &str = "ref__link";

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
    let href = Anchor::Note(number.0).href_in(&profile.id.to_string());
    // Set as built; `marker_events` keeps them up to date when a preview opens or closes.
    let state = PreviewState::get();
    let open = state.is_open_for(&marker_id);
    let expanded = state.enabled.get_untracked().then(|| open.to_string());
    view! {
        <sup class="ref">
            <a
                class=MARKER_CLASS
                id=marker_id
                href=href
                data-note=number.0
                aria-label=format!("Note {number}")
                aria-expanded=expanded
                aria-describedby=open.then_some(PREVIEW_ID)
            >
                {format!("[{number}]")}
            </a>
        </sup>
    }
    .into_any()
}

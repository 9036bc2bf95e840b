//! Running text with its footnote markers. Text is always text, never markup.

use crate::model::{Inline, NoteNumber, Profile};
use crate::route::{Anchor, Route};
use leptos::prelude::*;
use std::sync::Arc;

/// Renders a text; each reference becomes a superscript link to its endnote,
/// or an inert marker when the note does not exist.
pub fn inline_text(profile: &Arc<Profile>, text: &[Inline]) -> impl IntoView {
    text.iter()
        .map(|piece| match piece {
            Inline::Text(s) => s.clone().into_any(),
            Inline::Note { note } => note_marker(profile, *note).into_any(),
        })
        .collect_view()
}

fn note_marker(profile: &Arc<Profile>, number: NoteNumber) -> impl IntoView {
    if profile.note(number).is_none() {
        return view! {
            <sup class="ref ref--missing" title=format!("Note {number} is missing from this profile")>
                {format!("[{number}?]")}
            </sup>
        }
        .into_any();
    }
    let href = Route::Profile {
        id: profile.id.to_string(),
        anchor: Some(Anchor::Note(number.0)),
    }
    .href();
    view! {
        <sup class="ref">
            <a class="ref__link" href=href aria-label=format!("Note {number}")>{format!("[{number}]")}</a>
        </sup>
    }
    .into_any()
}

//! Running text with its footnote markers. Text is always text, never markup.

use super::note_marker::note_marker;
use crate::model::{cited_notes, Inline, NoteNumber, Profile};
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

/// Hands out unique marker ids in rendering order: `{prefix}{note}-{occurrence}`.
/// The narrative uses the prefix `cite-`, matching [`crate::citations::CitationIndex`].
pub struct MarkerIds {
    prefix: String,
    seen: RefCell<HashMap<NoteNumber, usize>>,
}

impl MarkerIds {
    pub fn new(prefix: impl Into<String>) -> Self {
        MarkerIds {
            prefix: prefix.into(),
            seen: RefCell::new(HashMap::new()),
        }
    }

    pub fn next(&self, note: NoteNumber) -> String {
        let mut seen = self.seen.borrow_mut();
        let count = seen.entry(note).or_insert(0);
        *count += 1;
        format!("{}{note}-{count}", self.prefix)
    }

    /// Counts a text's markers without rendering them.
    pub fn skip(&self, text: &[Inline]) {
        for note in cited_notes(text) {
            self.next(note);
        }
    }
}

/// Renders a text; each reference becomes a marker (or an inert one when the note is missing).
pub fn inline_text(profile: &Arc<Profile>, text: &[Inline], ids: &MarkerIds) -> impl IntoView {
    text.iter()
        .map(|piece| match piece {
            Inline::Text(s) => s.clone().into_any(),
            Inline::Note { note } => note_marker(profile, *note, ids.next(*note)),
        })
        .collect_view()
}

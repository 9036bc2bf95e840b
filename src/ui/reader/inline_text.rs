//! Running text with its footnote markers. Text is always text, never markup.

use crate::model::{cited_notes, Inline, NoteNumber, Profile};
use crate::ui::footnotes::note_marker::note_marker;
use crate::ui::reader::use_progressive_count::built_in_slices;
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

    /// The ids of a text's markers, in order, without rendering them.
    pub fn of<'a>(&'a self, text: &'a [Inline]) -> impl Iterator<Item = String> + 'a {
        cited_notes(text).map(|note| self.next(note))
    }
}

/// Where a rendered text takes its markers' ids from.
pub trait MarkerIdSource {
    fn next_id(&self, note: NoteNumber) -> String;
}

impl MarkerIdSource for MarkerIds {
    fn next_id(&self, note: NoteNumber) -> String {
        self.next(note)
    }
}

/// Ids handed out ahead, in rendering order: a part of a longer text (a section of the
/// narrative) built on its own still numbers its markers as the whole text counts them.
pub struct AssignedIds(RefCell<std::vec::IntoIter<String>>);

impl AssignedIds {
    pub fn new(ids: Vec<String>) -> Self {
        AssignedIds(RefCell::new(ids.into_iter()))
    }
}

impl MarkerIdSource for AssignedIds {
    fn next_id(&self, _: NoteNumber) -> String {
        self.0.borrow_mut().next().unwrap_or_default()
    }
}

/// Renders a text; each reference becomes a marker (or an inert one when the note is missing).
/// A long text is built a slice per frame (`built_in_slices`).
pub fn inline_text(profile: &Arc<Profile>, text: &[Inline], ids: &dyn MarkerIdSource) -> AnyView {
    // Each piece's marker id, taken now: a slice built later numbers its markers as if built now.
    let ids: Vec<Option<String>> = text
        .iter()
        .map(|piece| match piece {
            Inline::Note { note } => Some(ids.next_id(*note)),
            Inline::Text(_) => None,
        })
        .collect();
    let (profile, text) = (profile.clone(), text.to_vec());
    built_in_slices(text.len(), move |range| {
        text[range.clone()]
            .iter()
            .zip(&ids[range])
            .map(|(piece, id)| match piece {
                Inline::Text(s) => s.clone().into_any(),
                Inline::Note { note } => {
                    note_marker(&profile, *note, id.clone().unwrap_or_default())
                }
            })
            .collect_view()
            .into_any()
    })
}

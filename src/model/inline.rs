//! Running text with footnote references at the exact places the source puts them.
//!
//! In JSON a text is an array of pieces: a string is verbatim text, `{"note": 12}`
//! is the reference `[12]`. Strings are always text, never markup.

use super::NoteNumber;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(
    untagged,
    expecting = "a string of text or a note reference {\"note\": N}"
)]
pub enum Inline {
    Text(String),
    Note {
        /// The endnote this reference points at.
        note: NoteNumber,
    },
}

/// A run of inline pieces.
pub type Text = Vec<Inline>;

/// The note numbers a text cites, in order of appearance.
pub fn cited_notes(text: &[Inline]) -> impl Iterator<Item = NoteNumber> + '_ {
    text.iter().filter_map(|piece| match piece {
        Inline::Note { note } => Some(*note),
        Inline::Text(_) => None,
    })
}

/// The text without its references, for search and for plain-text copies.
pub fn plain_text(text: &[Inline]) -> String {
    text.iter()
        .filter_map(|piece| match piece {
            Inline::Text(s) => Some(s.as_str()),
            Inline::Note { .. } => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_text_and_references_in_order() {
        let text: Text =
            serde_json::from_str(r#"["formed in 1965.", {"note": 1}, " Its leaders"]"#).unwrap();
        assert_eq!(cited_notes(&text).collect::<Vec<_>>(), vec![NoteNumber(1)]);
        assert_eq!(plain_text(&text), "formed in 1965. Its leaders");
    }

    #[test]
    fn rejects_a_piece_that_is_neither() {
        let err = serde_json::from_str::<Text>(r#"[{"ref": 1}]"#).unwrap_err();
        assert!(err.to_string().contains("note reference"), "{err}");
    }
}

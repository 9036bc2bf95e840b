//! Running text with footnote references at the exact places the source puts them.
//!
//! In JSON a text is an array of pieces: a string is verbatim text, `{"note": 12}`
//! is the reference `[12]`. Strings are always text, never markup.

use super::NoteNumber;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// Read by hand rather than derived as `untagged`: serde buffers an untagged value before
/// trying each variant, which loses the error's place.
mod deserialize {
    use super::{Inline, NoteNumber};
    use serde::de::{self, value::MapAccessDeserializer, Deserializer, MapAccess, Visitor};
    use serde::Deserialize;
    use std::fmt;

    impl<'de> Deserialize<'de> for Inline {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_any(InlineVisitor)
        }
    }

    struct InlineVisitor;

    impl<'de> Visitor<'de> for InlineVisitor {
        type Value = Inline;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string of text or a note reference {\"note\": N}")
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<Inline, E> {
            Ok(Inline::Text(text.to_owned()))
        }

        fn visit_string<E: de::Error>(self, text: String) -> Result<Inline, E> {
            Ok(Inline::Text(text))
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Inline, A::Error> {
            let reference = NoteReference::deserialize(MapAccessDeserializer::new(map))?;
            Ok(Inline::Note {
                note: reference.note,
            })
        }
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct NoteReference {
        note: NoteNumber,
    }
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
        let err = serde_json::from_str::<Text>(r#"["a", 5]"#).unwrap_err();
        assert!(
            err.to_string().starts_with(
                "invalid type: integer `5`, expected a string of text or a note reference"
            ),
            "{err}"
        );
        for (json, expected) in [
            (r#"[{"ref": 1}]"#, "unknown field `ref`, expected `note`"),
            (r#"[{}]"#, "missing field `note`"),
            (r#"[{"note": 1, "note": 2}]"#, "duplicate field `note`"),
            (r#"[{"note": "1"}]"#, "invalid type: string \"1\""),
        ] {
            let err = serde_json::from_str::<Text>(json).unwrap_err();
            assert!(err.to_string().starts_with(expected), "{json}: {err}");
        }
    }
}

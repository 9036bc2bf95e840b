//! What a footnote preview shows of a profile: each note, the work it cites, and how many
//! times the text cites it. It can be read from a profile's file alone (`NoteBook::read`),
//! without the rest of the profile: on a pre-rendered page, the previews are all the app's
//! first code needs, and the code that reads a whole profile comes later, with the parts
//! that need it.

use crate::citations::CitationIndex;
use crate::model::{Note, NoteNumber, Profile, ProfileId, Section, Source};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct NoteBook {
    pub profile: ProfileId,
    notes: Vec<Note>,
    sources: Vec<Source>,
    cited: BTreeMap<NoteNumber, usize>,
}

/// The members of a profile's file a note book is made of; the others are passed over.
#[derive(Deserialize)]
struct Parts {
    id: ProfileId,
    sections: Vec<Section>,
    notes: Vec<Note>,
    sources: Vec<Source>,
}

impl NoteBook {
    pub fn of(profile: &Profile, index: &CitationIndex) -> Self {
        Self::new(
            profile.id.clone(),
            profile.notes.clone(),
            profile.sources.clone(),
            index,
        )
    }

    /// The note book of the profile in `json`, read without the rest of it (which is not
    /// checked: a whole reading of the file does that).
    pub fn read(json: &str) -> Result<Self, serde_json::Error> {
        let parts: Parts = serde_json::from_str(json)?;
        let index = CitationIndex::of_sections(&parts.sections);
        Ok(Self::new(parts.id, parts.notes, parts.sources, &index))
    }

    fn new(
        profile: ProfileId,
        notes: Vec<Note>,
        sources: Vec<Source>,
        index: &CitationIndex,
    ) -> Self {
        // Inserted one at a time: collecting would sort first, code the app would carry for
        // this alone.
        let mut cited = BTreeMap::new();
        for note in &notes {
            cited.insert(note.number, index.count(note.number));
        }
        NoteBook {
            profile,
            notes,
            sources,
            cited,
        }
    }

    pub fn note(&self, number: NoteNumber) -> Option<&Note> {
        self.notes.iter().find(|n| n.number == number)
    }

    /// The work a note cites.
    pub fn source_of(&self, note: &Note) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == note.source)
    }

    /// How many times the profile's text cites the note.
    pub fn cited(&self, number: NoteNumber) -> usize {
        self.cited.get(&number).copied().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_alone_it_says_what_the_whole_profile_says() {
        let json = include_str!("../data/profiles/mek.json");
        let profile = crate::test_fixtures::mek();
        let whole = NoteBook::of(&profile, &CitationIndex::of(&profile));
        assert_eq!(NoteBook::read(json).unwrap(), whole);
        let note = whole.note(NoteNumber(12)).unwrap();
        assert_eq!(whole.source_of(note).map(|s| &s.id), Some(&note.source));
        assert_eq!(whole.cited(NoteNumber(12)), 1);
        assert_eq!(whole.cited(NoteNumber(999)), 0);
    }

    #[test]
    fn it_passes_over_the_parts_of_the_profile_it_does_not_show() {
        let json = r#"{"id": "x", "events": [{"not": "an event"}], "sections": [], "notes": [], "sources": []}"#;
        assert_eq!(NoteBook::read(json).unwrap().profile.as_str(), "x");
    }
}

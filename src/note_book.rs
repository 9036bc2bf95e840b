//! What a footnote preview shows of a profile: each note, the work it cites, and how many
//! times the text cites it.

use crate::citations::CitationIndex;
use crate::model::{Note, NoteNumber, Profile, ProfileId, Source};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct NoteBook {
    pub profile: ProfileId,
    notes: Vec<Note>,
    sources: Vec<Source>,
    cited: BTreeMap<NoteNumber, usize>,
}

impl NoteBook {
    pub fn of(profile: &Profile, index: &CitationIndex) -> Self {
        let cited = profile
            .notes
            .iter()
            .map(|note| (note.number, index.count(note.number)))
            .collect();
        NoteBook {
            profile: profile.id.clone(),
            notes: profile.notes.clone(),
            sources: profile.sources.clone(),
            cited,
        }
    }

    /// The notes' numbers, in the profile's order.
    pub fn numbers(&self) -> impl Iterator<Item = NoteNumber> + '_ {
        self.notes.iter().map(|note| note.number)
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
    fn it_holds_each_note_its_work_and_how_often_the_text_cites_it() {
        let profile = crate::test_fixtures::mek();
        let book = NoteBook::of(&profile, &CitationIndex::of(&profile));
        assert_eq!(book.numbers().count(), 59);
        assert_eq!(book.numbers().next(), Some(NoteNumber(1)));
        let note = book.note(NoteNumber(12)).unwrap();
        assert_eq!(book.source_of(note).map(|s| &s.id), Some(&note.source));
        assert_eq!(book.cited(NoteNumber(12)), 1);
        assert_eq!(book.cited(NoteNumber(999)), 0);
        assert_eq!(book.note(NoteNumber(999)), None);
    }
}

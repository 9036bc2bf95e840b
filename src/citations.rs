//! Where each note is cited in the narrative, in reading order: the ids of the
//! inline markers (`cite-12-1`, `cite-12-2`, …) and the endnotes' back-links ("↩ a b c").

use crate::model::{cited_notes, NoteNumber, Profile, Section, SectionId};
use crate::route::Pane;
use std::collections::{BTreeMap, BTreeSet};

/// One place in the narrative that cites a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitationSite {
    /// The marker's element id, also its URL anchor.
    pub id: String,
    pub section: SectionId,
}

/// Every citing place of every note, in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CitationIndex {
    sites: BTreeMap<NoteNumber, Vec<CitationSite>>,
}

impl CitationIndex {
    /// Walks the narrative in the same order the reader renders it.
    pub fn of(profile: &Profile) -> Self {
        Self::of_sections(&profile.sections)
    }

    pub fn of_sections(sections: &[Section]) -> Self {
        let mut sites: BTreeMap<NoteNumber, Vec<CitationSite>> = BTreeMap::new();
        for section in sections {
            for text in section.texts() {
                for note in cited_notes(text) {
                    let list = sites.entry(note).or_default();
                    list.push(CitationSite {
                        id: marker_id(note, list.len() + 1),
                        section: section.id.clone(),
                    });
                }
            }
        }
        CitationIndex { sites }
    }

    pub fn sites(&self, note: NoteNumber) -> &[CitationSite] {
        self.sites.get(&note).map(Vec::as_slice).unwrap_or_default()
    }

    /// How many times the narrative cites the note.
    pub fn count(&self, note: NoteNumber) -> usize {
        self.sites(note).len()
    }
}

/// The notes one of a profile's views cites, in number order: for a printout's endnotes.
pub fn notes_of_pane(profile: &Profile, pane: Pane) -> BTreeSet<NoteNumber> {
    // Inserted one at a time: collecting into the set would sort and bulk-build, code the app
    // would carry for this alone.
    let mut notes = BTreeSet::new();
    let mut add = |text: &[crate::model::Inline], numbers: &[NoteNumber]| {
        for note in cited_notes(text).chain(numbers.iter().copied()) {
            notes.insert(note);
        }
    };
    match pane {
        Pane::Timeline => profile.events.iter().for_each(|e| add(&e.text, &e.notes)),
        Pane::Diagram => profile
            .relationships
            .iter()
            .for_each(|r| add(&r.description, &r.notes)),
    }
    notes
}

/// The id of the `occurrence`-th (from 1) marker of `note` in the narrative.
pub fn marker_id(note: NoteNumber, occurrence: usize) -> String {
    format!("cite-{note}-{occurrence}")
}

/// Back-link labels as in Wikipedia: a, b, …, z, aa, ab, …
pub fn backlink_label(occurrence: usize) -> String {
    let mut n = occurrence;
    let mut label = Vec::new();
    while n > 0 {
        n -= 1;
        label.push(b'a' + (n % 26) as u8);
        n /= 26;
    }
    label.reverse();
    String::from_utf8(label).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_cites_the_notes_of_its_events_or_relationships() {
        let profile = crate::test_fixtures::mek();
        let timeline = notes_of_pane(&profile, Pane::Timeline);
        let diagram = notes_of_pane(&profile, Pane::Diagram);
        for event in &profile.events {
            assert!(event.notes.iter().all(|n| timeline.contains(n)));
        }
        for relationship in &profile.relationships {
            assert!(relationship.notes.iter().all(|n| diagram.contains(n)));
        }
        assert!(!timeline.is_empty() && !diagram.is_empty());
        assert!(timeline.len() < profile.notes.len());
    }
    use crate::model::{Block, Inline, ListItem, Section};

    fn section(id: &str, blocks: Vec<Block>) -> Section {
        Section {
            id: id.into(),
            heading: id.into(),
            blocks,
        }
    }

    fn cite(n: u32) -> Inline {
        Inline::Note {
            note: NoteNumber(n),
        }
    }

    #[test]
    fn numbers_sites_in_reading_order_across_sections_and_nested_lists() {
        let nested = ListItem {
            text: vec![cite(2)],
            items: vec![],
        };
        let item = ListItem {
            text: vec![Inline::Text("x".into()), cite(1)],
            items: vec![nested],
        };
        let profile_sections = vec![
            section("history", vec![Block::Paragraph(vec![cite(1), cite(2)])]),
            section("financing", vec![Block::List(vec![item])]),
        ];
        let mut profile = crate::test_fixtures::mek();
        profile.sections = profile_sections;
        let index = CitationIndex::of(&profile);
        let ids = |n| {
            index
                .sites(NoteNumber(n))
                .iter()
                .map(|s| (s.id.clone(), s.section.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(1),
            vec![
                ("cite-1-1".into(), "history".into()),
                ("cite-1-2".into(), "financing".into())
            ]
        );
        assert_eq!(
            ids(2),
            vec![
                ("cite-2-1".into(), "history".into()),
                ("cite-2-2".into(), "financing".into())
            ]
        );
        assert_eq!(index.count(NoteNumber(3)), 0);
    }

    #[test]
    fn every_mek_note_is_cited_once_in_the_narrative() {
        let profile = crate::test_fixtures::mek();
        let index = CitationIndex::of(&profile);
        for n in 1..=59 {
            assert_eq!(index.count(NoteNumber(n)), 1, "note {n}");
        }
        assert_eq!(index.sites(NoteNumber(26))[0].section.as_str(), "financing");
    }

    #[test]
    fn labels_back_links_like_wikipedia() {
        assert_eq!(backlink_label(1), "a");
        assert_eq!(backlink_label(26), "z");
        assert_eq!(backlink_label(27), "aa");
        assert_eq!(backlink_label(28), "ab");
    }
}

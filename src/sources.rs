//! The Sources view: the notes folded into the distinct works they cite.

use crate::citations::CitationIndex;
use crate::model::{NoteNumber, Profile, SectionId, Source};

/// One cited work with the notes that cite it and the sections those notes support.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceGroup {
    pub source: Source,
    pub notes: Vec<NoteNumber>,
    /// In the narrative's order, each once.
    pub sections: Vec<SectionId>,
}

/// The works by how many notes cite them (most first; ties in order of first citation).
pub fn group_by_source(profile: &Profile, index: &CitationIndex) -> Vec<SourceGroup> {
    let key = |g: &SourceGroup| (std::cmp::Reverse(g.notes.len()), g.notes.first().copied());
    let mut groups: Vec<SourceGroup> = Vec::with_capacity(profile.sources.len());
    for source in &profile.sources {
        let notes: Vec<NoteNumber> = profile
            .notes
            .iter()
            .filter(|n| n.source == source.id)
            .map(|n| n.number)
            .collect();
        let sections = profile
            .sections
            .iter()
            .filter(|section| {
                notes
                    .iter()
                    .any(|&n| index.sites(n).iter().any(|site| site.section == section.id))
            })
            .map(|section| section.id.clone())
            .collect();
        let group = SourceGroup {
            source: source.clone(),
            notes,
            sections,
        };
        // Inserted in place after its equals (a stable order): a few works, and no sort's code
        // in the first load for them.
        let at = groups.partition_point(|g| key(g) <= key(&group));
        groups.insert(at, group);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::mek;

    #[test]
    fn folds_the_59_mek_notes_into_12_works() {
        let profile = mek();
        let groups = group_by_source(&profile, &CitationIndex::of(&profile));
        assert_eq!(groups.len(), 12);
        assert_eq!(groups.iter().map(|g| g.notes.len()).sum::<usize>(), 59);
        let counts: Vec<(&str, usize)> = groups
            .iter()
            .map(|g| (g.source.id.as_str(), g.notes.len()))
            .collect();
        // Counted by hand from the seed's endnotes.
        assert_eq!(
            counts,
            vec![
                ("backgrounder-mujahadeen-e-khalq-mek-2014", 26),
                ("country-reports-on-terrorism-2011", 8),
                ("the-mujahedin-e-khalq-in-2009", 8),
                ("iran-primer-u-s-terrorism-2011", 6),
                ("maryam-rajavi-s-ten-point-2006", 4),
                ("about-the-national-council-2009", 1),
                ("factbox-who-are-the-2009", 1),
                ("patterns-of-global-terrorism-1999", 1),
                ("selected-non-state-armed-groups-2003", 1),
                ("selected-non-state-armed-groups-2004", 1),
                ("country-reports-on-terrorism-2012", 1),
                ("us-move-to-delist-2011", 1),
            ]
        );
    }

    #[test]
    fn lists_the_sections_each_work_supports_in_reading_order() {
        let profile = mek();
        let groups = group_by_source(&profile, &CitationIndex::of(&profile));
        let rand = groups
            .iter()
            .find(|g| g.source.id.as_str() == "the-mujahedin-e-khalq-in-2009")
            .unwrap();
        assert_eq!(
            rand.notes.iter().map(|n| n.0).collect::<Vec<_>>(),
            vec![9, 10, 18, 26, 27, 46, 47, 55]
        );
        let sections: Vec<&str> = rand.sections.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            sections,
            vec!["history", "home-base", "financing", "counterterrorism"]
        );
    }
}

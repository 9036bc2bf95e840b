//! The importer on the seed narrative and on untidy variants of it.

mod common;

use common::{mek, seed};
use dossier::import::import_narrative;
use dossier::validate::check_profile;

#[test]
fn importing_the_seed_reproduces_the_narrative_aliases_and_notes_exactly() {
    let Some(seed) = seed() else {
        eprintln!("skipped: ../shared/seeds is not beside this checkout");
        return;
    };
    let imported = import_narrative(&seed, "mek");
    let expected = mek();
    let profile = &imported.profile;
    assert_eq!(imported.findings, vec![]);
    assert_eq!(profile.sections, expected.sections);
    assert_eq!(profile.aliases, expected.aliases);
    assert_eq!(profile.notes, expected.notes);
    assert_eq!(
        (
            &profile.name,
            &profile.title,
            &profile.publisher,
            &profile.last_update
        ),
        (
            &expected.name,
            &expected.title,
            &expected.publisher,
            &expected.last_update
        )
    );
    assert_eq!(profile.sources.len(), 12);
    assert_eq!(check_profile(profile), vec![]);
}

#[test]
fn the_drafts_cite_their_statements_and_are_marked_as_drafts() {
    let Some(seed) = seed() else { return };
    let profile = import_narrative(&seed, "mek").profile;
    let facts = &profile.facts;
    assert_eq!(
        facts
            .founding_year
            .as_ref()
            .map(|f| (f.year, f.notes.clone(), f.draft)),
        // The seed's Founding Year section cites no note.
        Some((1965, vec![], true))
    );
    let bases: Vec<(String, String)> = facts
        .home_bases
        .iter()
        .map(|h| (h.place.clone(), h.period.to_edtf()))
        .collect();
    assert_eq!(
        bases,
        [
            ("Iran", "1965/1979"),
            ("France", "1979/1981"),
            ("Iraq", "1981/..")
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
    );
    assert_eq!(
        facts.strength.iter().map(|s| s.year).collect::<Vec<_>>(),
        vec![1998, 2003, 2004, 2010, 2011, 2014]
    );
    let us = &facts.designations[0];
    assert_eq!(
        (
            us.listed.map(|d| d.to_edtf()),
            us.delisted.map(|d| d.to_edtf())
        ),
        (Some("1997-10-08".into()), Some("2012-09-28".into()))
    );
    let kinds: Vec<String> = profile
        .relationships
        .iter()
        .map(|r| format!("{}:{:?}", r.actor, r.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            "the-iraqi-government-under-saddam-hussein:StateSponsor",
            "the-shah-of-iran-prior-to-1979:Target",
            "the-current-islamic-republic-of-iran:Target"
        ]
    );
    assert_eq!(
        profile.relationships[0]
            .notes
            .iter()
            .map(|n| n.0)
            .collect::<Vec<_>>(),
        vec![39, 40, 41, 42, 43]
    );
    assert!(
        profile.events.len() >= 25,
        "{} events",
        profile.events.len()
    );
    assert!(profile
        .events
        .iter()
        .all(|e| e.draft && !e.notes.is_empty()));
    assert!(
        profile.relationships.iter().all(|r| r.draft) && facts.home_bases.iter().all(|h| h.draft)
    );
    let founded = profile
        .events
        .iter()
        .find(|e| e.date.to_edtf() == "1965" && e.title.starts_with("The Mujahedin-E Khalq"))
        .expect("the founding statement");
    assert_eq!(
        founded.notes.iter().map(|n| n.0).collect::<Vec<_>>(),
        vec![1]
    );
}

#[test]
fn untidy_input_imports_the_same() {
    let Some(seed) = seed() else { return };
    let clean = import_narrative(&seed, "mek").profile;
    let untidy = seed
        .replace("  • ", "  - ")
        .replace("    • ", "\t\t* ")
        .replace("\n\n", "\n\n\n")
        .replace('\n', "\r\n");
    let imported = import_narrative(&untidy, "mek");
    assert_eq!(imported.findings, vec![]);
    assert_eq!(imported.profile.sections, clean.sections);
    assert_eq!(imported.profile.notes, clean.notes);
}

#[test]
fn a_missing_notes_block_and_an_unknown_heading_are_reported_with_line_numbers() {
    let Some(seed) = seed() else { return };
    let body = seed.split("\n[1] ").next().unwrap();
    let with_heading = body.replace(
        "Founding Year\n",
        "Media Operations\n\nIt runs a satellite channel.\n\nFounding Year\n",
    );
    let imported = import_narrative(&with_heading, "mek");
    let lines: Vec<(usize, &str)> = imported
        .findings
        .iter()
        .map(|f| (f.line, f.message.as_str()))
        .collect();
    assert!(
        lines.iter().any(|(line, m)| *line == 31
            && m.contains("“Media Operations” is not a known section heading")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|(_, m)| m.contains("no notes block")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|(line, m)| *line == 19 && m.contains("reference [1] points at no note")),
        "{lines:?}"
    );
    // Nothing is dropped: the unknown section and its text are kept.
    let kept = imported
        .profile
        .sections
        .iter()
        .find(|s| s.heading == "Media Operations")
        .expect("kept as a section");
    assert_eq!(
        dossier::model::plain_text(kept.texts()[0]),
        "It runs a satellite channel."
    );
}

#[test]
fn a_note_never_cited_is_reported() {
    let Some(seed) = seed() else { return };
    let text = seed.replace(
        "Iran: Designated terrorist group.[59]",
        "Iran: Designated terrorist group.",
    );
    let imported = import_narrative(&text, "mek");
    assert!(
        imported
            .findings
            .iter()
            .any(|f| f.message == "note 59 is cited nowhere in the text" && f.line > 140),
        "{:?}",
        imported.findings
    );
}

//! The real files in `data/`: valid, described by a fresh schema, and faithful to the seed.

mod common;

use common::{mek, repo, seed};
use dossier::model::{Block, Inline, ListItem, Profile, RelationshipType};
use dossier::validate::validate_folder;
use std::collections::BTreeSet;
use std::fs;

#[test]
fn every_file_in_data_is_valid() {
    let problems = validate_folder(&repo("data"));
    assert!(
        problems.is_empty(),
        "{}",
        problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_checked_in_schemas_are_fresh() {
    for (path, schema) in dossier::schema::all() {
        let on_disk = fs::read_to_string(repo(path)).unwrap_or_default();
        assert!(
            on_disk == schema,
            "{path} is stale: run `cargo run --bin dossier-schema`"
        );
    }
}

#[test]
fn the_profile_round_trips_through_serde_unchanged() {
    let profile = mek();
    let again: Profile = serde_json::from_str(&serde_json::to_string(&profile).unwrap()).unwrap();
    assert_eq!(profile, again);
}

/// The profile written back in the seed's own text layout.
fn as_seed_text(profile: &Profile) -> Vec<String> {
    fn inline(text: &[Inline]) -> String {
        text.iter()
            .map(|p| match p {
                Inline::Text(s) => s.clone(),
                Inline::Note { note } => format!("[{note}]"),
            })
            .collect()
    }
    fn items(list: &[ListItem], depth: usize, out: &mut Vec<String>) {
        for item in list {
            out.push(format!(
                "{}• {}",
                "  ".repeat(depth + 1),
                inline(&item.text)
            ));
            items(&item.items, depth + 1, out);
        }
    }
    let mut out = vec![
        profile.publisher.clone(),
        profile.title.clone().unwrap(),
        profile.name.clone(),
        "Last Update".into(),
        profile.last_update.text.clone(),
    ];
    for section in &profile.sections {
        out.push(section.heading.clone());
        for block in &section.blocks {
            match block {
                Block::Paragraph(text) => out.push(inline(text)),
                Block::List(list) => items(list, 0, &mut out),
            }
        }
    }
    out.extend(
        profile
            .notes
            .iter()
            .map(|n| format!("[{}] {}", n.number, n.text)),
    );
    out
}

#[test]
fn the_profile_reproduces_the_seed_line_for_line() {
    let Some(seed) = seed() else {
        eprintln!("skipped: ../shared/seeds is not beside this checkout");
        return;
    };
    let expected: Vec<String> = seed
        .lines()
        .map(|l| l.trim_end().to_owned())
        .filter(|l| {
            !l.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}')
                .is_empty()
        })
        .collect();
    let actual = as_seed_text(&mek());
    for (i, (a, e)) in actual.iter().zip(&expected).enumerate() {
        assert_eq!(a.trim_end(), e, "line {i} differs");
    }
    assert_eq!(actual.len(), expected.len());
}

#[test]
fn the_profile_holds_the_seed_structure() {
    let profile = mek();
    let headings: Vec<&str> = profile
        .sections
        .iter()
        .map(|s| s.heading.as_str())
        .collect();
    assert_eq!(
        headings,
        [
            "Aliases",
            "History",
            "Home Base",
            "Founding Year",
            "Ideology",
            "Specific Goals",
            "Political Activity",
            "Financing",
            "Leadership and Structure over Time",
            "Strength",
            "Allies and Suspected Allies",
            "Rivals and Enemies",
            "Counterterrorism Efforts",
            "United States Government Designations",
            "Other Governments’ Designations",
        ]
    );
    assert_eq!(profile.notes.len(), 59);
    assert_eq!(
        profile
            .notes
            .iter()
            .map(|n| &n.source)
            .collect::<BTreeSet<_>>()
            .len(),
        12
    );
    assert_eq!(profile.sources.len(), 12);
    assert_eq!(
        profile.notes[33].doi.as_deref(),
        Some("10.1093/milbal/103.1.344")
    );
    assert_eq!(
        profile.notes[0].url.as_deref(),
        Some("http://www.cfr.org/iran/mujahadeen-e-khalq-mek/p9158")
    );
    assert_eq!(profile.aliases.len(), 5);
    assert_eq!(
        profile.facts.founding_year.as_ref().map(|f| f.year),
        Some(1965)
    );
}

#[test]
fn every_event_and_relationship_quotes_the_seed() {
    let Some(seed) = seed() else {
        eprintln!("skipped: ../shared/seeds is not beside this checkout");
        return;
    };
    let profile = mek();
    let texts = profile
        .events
        .iter()
        .map(|e| (e.id.to_string(), &e.text))
        .chain(
            profile
                .relationships
                .iter()
                .map(|r| (r.id.to_string(), &r.description)),
        );
    for (id, text) in texts {
        let mut sentence = String::new();
        for piece in text {
            match piece {
                Inline::Text(s) => sentence.push_str(s),
                Inline::Note { note } => {
                    sentence.push_str(&format!("[{note}]"));
                    assert!(
                        seed.contains(sentence.trim()),
                        "{id}: “{}” is not in the seed",
                        sentence.trim()
                    );
                    sentence.clear();
                }
            }
        }
    }
}

#[test]
fn the_diagram_holds_every_party_the_seed_names() {
    let profile = mek();
    let kinds = |actor: &str| -> BTreeSet<RelationshipType> {
        profile
            .relationships
            .iter()
            .filter(|r| r.actor.as_str() == actor)
            .map(|r| r.kind)
            .collect()
    };
    assert!(kinds("iraq-saddam").contains(&RelationshipType::StateSponsor));
    assert!(kinds("shah").contains(&RelationshipType::Target));
    assert!(kinds("islamic-republic").contains(&RelationshipType::Target));
    assert!(kinds("nla").contains(&RelationshipType::Wing));
    assert!(kinds("ncri").contains(&RelationshipType::Wing));
    for authority in ["united-states", "european-union", "islamic-republic"] {
        assert!(
            kinds(authority).contains(&RelationshipType::DesignatingAuthority),
            "{authority}"
        );
    }
}

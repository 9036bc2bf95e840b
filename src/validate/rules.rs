//! The checks a well-formed profile must also pass: every reference resolves,
//! every note is cited, ids are unique, links are web links.

use super::Problem;
use crate::model::{
    cited_notes, is_web_link, plain_text, Block, Catalog, CatalogEntry, ListItem, NoteNumber,
    Profile, Text,
};
use std::collections::{BTreeSet, HashMap, HashSet};

/// Path segments a section id may not take: they name the profile's views in URLs.
pub const RESERVED_SECTION_IDS: [&str; 6] = [
    "timeline",
    "diagram",
    "relationships",
    "sources",
    "notes",
    "embed",
];

pub fn check_profile(profile: &Profile) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |path: String, message: String| problems.push(Problem::at(path, message));

    if !is_slug(profile.id.as_str()) {
        report(
            "$.id".into(),
            format!(
                "`{}` is not a valid id: expected lowercase letters, digits and hyphens",
                profile.id
            ),
        );
    }

    // Notes: numbered 1..N in order, each citing a known source.
    let numbers: HashSet<NoteNumber> = profile.notes.iter().map(|n| n.number).collect();
    for (i, note) in profile.notes.iter().enumerate() {
        let expected = i as u32 + 1;
        if note.number.0 != expected {
            report(
                format!("$.notes[{i}].number"),
                format!(
                    "note {} is out of sequence: expected {expected}",
                    note.number
                ),
            );
        }
        if let Some(url) = &note.url {
            if !is_web_link(url) {
                report(
                    format!("$.notes[{i}].url"),
                    format!("`{url}` is not a link: expected an http:// or https:// URL"),
                );
            }
        }
        if !profile.sources.iter().any(|s| s.id == note.source) {
            report(
                format!("$.notes[{i}].source"),
                format!("source `{}` is not in $.sources", note.source),
            );
        }
    }
    for (i, source) in profile.sources.iter().enumerate() {
        if let Some(url) = &source.url {
            if !is_web_link(url) {
                report(
                    format!("$.sources[{i}].url"),
                    format!("`{url}` is not a link: expected an http:// or https:// URL"),
                );
            }
        }
        if !profile.notes.iter().any(|n| n.source == source.id) {
            report(
                format!("$.sources[{i}].id"),
                format!("source `{}` is cited by no note", source.id),
            );
        }
    }

    // Every reference in the narrative, events and relationships points at a note.
    let mut cited: BTreeSet<NoteNumber> = BTreeSet::new();
    let mut check_refs = |path: &str, text: &Text, report: &mut dyn FnMut(String, String)| {
        for (j, piece) in text.iter().enumerate() {
            if let crate::model::Inline::Note { note } = piece {
                cited.insert(*note);
                if !numbers.contains(note) {
                    report(format!("{path}[{j}].note"), dangling(*note, profile));
                }
            }
        }
    };
    for (s, section) in profile.sections.iter().enumerate() {
        for (b, block) in section.blocks.iter().enumerate() {
            let path = format!("$.sections[{s}].blocks[{b}]");
            match block {
                Block::Paragraph(text) => {
                    check_refs(&format!("{path}.paragraph"), text, &mut report)
                }
                Block::List(items) => walk_items(&format!("{path}.list"), items, &mut |p, t| {
                    check_refs(p, t, &mut report)
                }),
            }
        }
    }
    for (i, event) in profile.events.iter().enumerate() {
        check_refs(&format!("$.events[{i}].text"), &event.text, &mut report);
    }
    for (i, rel) in profile.relationships.iter().enumerate() {
        check_refs(
            &format!("$.relationships[{i}].description"),
            &rel.description,
            &mut report,
        );
    }
    for (i, note) in profile.notes.iter().enumerate() {
        if !cited.contains(&note.number) {
            report(
                format!("$.notes[{i}]"),
                format!("note {} is cited nowhere in the profile", note.number),
            );
        }
    }

    // Events and relationships rest on notes, and their text cites only those.
    let check_sourced = |path: String,
                         notes: &[NoteNumber],
                         text: &Text,
                         report: &mut dyn FnMut(String, String)| {
        if notes.is_empty() {
            report(
                format!("{path}.notes"),
                "cites no note: every event and relationship needs at least one".into(),
            );
        }
        for (j, n) in notes.iter().enumerate() {
            if !numbers.contains(n) {
                report(format!("{path}.notes[{j}]"), dangling(*n, profile));
            }
        }
        for n in cited_notes(text) {
            if !notes.contains(&n) {
                report(
                    format!("{path}.notes"),
                    format!("its text cites note {n}, which is missing from its notes"),
                );
            }
        }
    };
    for (i, event) in profile.events.iter().enumerate() {
        check_sourced(
            format!("$.events[{i}]"),
            &event.notes,
            &event.text,
            &mut report,
        );
    }
    for (i, rel) in profile.relationships.iter().enumerate() {
        check_sourced(
            format!("$.relationships[{i}]"),
            &rel.notes,
            &rel.description,
            &mut report,
        );
    }

    // Actors exist where they are named, and each is named somewhere.
    let actors: HashSet<&str> = profile.actors.iter().map(|a| a.id.as_str()).collect();
    let mut named: HashSet<&str> = HashSet::new();
    for (i, rel) in profile.relationships.iter().enumerate() {
        named.insert(rel.actor.as_str());
        if !actors.contains(rel.actor.as_str()) {
            report(
                format!("$.relationships[{i}].actor"),
                format!("actor `{}` is not in $.actors", rel.actor),
            );
        }
    }
    for (i, d) in profile.facts.designations.iter().enumerate() {
        named.insert(d.authority.as_str());
        if !actors.contains(d.authority.as_str()) {
            report(
                format!("$.facts.designations[{i}].authority"),
                format!("actor `{}` is not in $.actors", d.authority),
            );
        }
    }
    for (i, actor) in profile.actors.iter().enumerate() {
        if !named.contains(actor.id.as_str()) {
            report(
                format!("$.actors[{i}]"),
                format!("actor `{}` is in no relationship or designation", actor.id),
            );
        }
        if actor.id.as_str() == profile.id.as_str() {
            report(
                format!("$.actors[{i}].id"),
                "an actor cannot be the profile's own organization".into(),
            );
        }
    }

    // Facts cite existing notes.
    let facts = &profile.facts;
    let fact_notes = facts
        .founding_year
        .iter()
        .flat_map(|f| {
            f.notes
                .iter()
                .enumerate()
                .map(|(j, n)| (format!("$.facts.founding_year.notes[{j}]"), n))
        })
        .chain(facts.home_bases.iter().enumerate().flat_map(|(i, h)| {
            h.notes
                .iter()
                .enumerate()
                .map(move |(j, n)| (format!("$.facts.home_bases[{i}].notes[{j}]"), n))
        }))
        .chain(facts.strength.iter().enumerate().flat_map(|(i, s)| {
            s.notes
                .iter()
                .enumerate()
                .map(move |(j, n)| (format!("$.facts.strength[{i}].notes[{j}]"), n))
        }))
        .chain(facts.designations.iter().enumerate().flat_map(|(i, d)| {
            d.notes
                .iter()
                .enumerate()
                .map(move |(j, n)| (format!("$.facts.designations[{i}].notes[{j}]"), n))
        }));
    for (path, n) in fact_notes {
        if !numbers.contains(n) {
            report(path, dangling(*n, profile));
        }
    }

    // Ids are unique within their list; section ids are slugs that are not view names.
    duplicates(
        "$.sections",
        "id",
        profile.sections.iter().map(|s| s.id.as_str()),
        &mut report,
    );
    duplicates(
        "$.notes",
        "number",
        profile.notes.iter().map(|n| n.number.to_string()),
        &mut report,
    );
    duplicates(
        "$.sources",
        "id",
        profile.sources.iter().map(|s| s.id.as_str()),
        &mut report,
    );
    duplicates(
        "$.actors",
        "id",
        profile.actors.iter().map(|a| a.id.as_str()),
        &mut report,
    );
    duplicates(
        "$.relationships",
        "id",
        profile.relationships.iter().map(|r| r.id.as_str()),
        &mut report,
    );
    duplicates(
        "$.events",
        "id",
        profile.events.iter().map(|e| e.id.as_str()),
        &mut report,
    );
    duplicates(
        "$.editor_notes",
        "id",
        profile.editor_notes.iter().map(|e| e.id.as_str()),
        &mut report,
    );
    for (i, section) in profile.sections.iter().enumerate() {
        let id = section.id.as_str();
        if !is_slug(id) {
            report(
                format!("$.sections[{i}].id"),
                format!("`{id}` is not a valid id: expected lowercase letters, digits and hyphens"),
            );
        } else if RESERVED_SECTION_IDS.contains(&id)
            || id.starts_with("note-")
            || id.starts_with("cite-")
        {
            report(
                format!("$.sections[{i}].id"),
                format!("`{id}` is reserved for a view's URL: choose another section id"),
            );
        }
    }

    // Editor's notes quote their section verbatim.
    for (i, ed) in profile.editor_notes.iter().enumerate() {
        match profile.section(ed.section.as_str()) {
            None => report(
                format!("$.editor_notes[{i}].section"),
                format!("section `{}` is not in $.sections", ed.section),
            ),
            Some(section) => {
                if !section
                    .texts()
                    .iter()
                    .any(|t| plain_text(t).contains(&ed.quote))
                {
                    report(
                        format!("$.editor_notes[{i}].quote"),
                        format!(
                            "“{}” is not in section `{}`: the quote must be verbatim",
                            ed.quote, ed.section
                        ),
                    );
                }
            }
        }
    }
    problems
}

/// Actors that link to other profiles must link to profiles in the catalog.
pub fn check_catalog_links(profile: &Profile, catalog: &Catalog) -> Vec<Problem> {
    profile
        .actors
        .iter()
        .enumerate()
        .filter_map(|(i, actor)| {
            let target = actor.profile.as_ref()?;
            (catalog.entry(target.as_str()).is_none()).then(|| {
                Problem::at(
                    format!("$.actors[{i}].profile"),
                    format!("profile `{target}` is not in the catalog"),
                )
            })
        })
        .collect()
}

/// A catalog entry says what its profile says: its name, aliases, last update and (when
/// given) publisher. A profile's page shows them from the catalog while the profile loads.
pub fn check_catalog_entry(profile: &Profile, entry: &CatalogEntry) -> Vec<Problem> {
    let aliases = |a: &[String]| a.join("; ");
    let mut fields = vec![
        (
            "$.name",
            "calls this profile",
            entry.name.clone(),
            profile.name.clone(),
        ),
        (
            "$.aliases",
            "gives the aliases",
            aliases(&entry.aliases),
            aliases(&profile.aliases),
        ),
        (
            "$.last_update.text",
            "gives the last update",
            entry.last_update.clone(),
            profile.last_update.text.clone(),
        ),
    ];
    if let Some(publisher) = &entry.publisher {
        fields.push((
            "$.publisher",
            "gives the publisher",
            publisher.clone(),
            profile.publisher.clone(),
        ));
    }
    fields
        .into_iter()
        .filter(|(_, _, in_catalog, in_profile)| in_catalog != in_profile)
        .map(|(path, what, in_catalog, in_profile)| {
            Problem::at(
                path,
                format!("the catalog {what} “{in_catalog}” but the profile says “{in_profile}”"),
            )
        })
        .collect()
}

fn dangling(note: NoteNumber, profile: &Profile) -> String {
    match profile.notes.len() {
        0 => format!("note {note} does not exist: the profile has no notes"),
        n => format!("note {note} does not exist: the profile has notes 1–{n}"),
    }
}

fn walk_items(path: &str, items: &[ListItem], visit: &mut dyn FnMut(&str, &Text)) {
    for (i, item) in items.iter().enumerate() {
        visit(&format!("{path}[{i}].text"), &item.text);
        walk_items(&format!("{path}[{i}].items"), &item.items, visit);
    }
}

fn duplicates<S: AsRef<str>>(
    list: &str,
    field: &str,
    ids: impl Iterator<Item = S>,
    report: &mut dyn FnMut(String, String),
) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, id) in ids.enumerate() {
        let id = id.as_ref();
        if let Some(first) = seen.get(id) {
            report(
                format!("{list}[{i}].{field}"),
                format!("duplicate {field} `{id}`: already used at {list}[{first}]"),
            );
        } else {
            seen.insert(id.to_owned(), i);
        }
    }
}

/// Lowercase ASCII letters, digits and single hyphens, as URLs and file names need.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

//! Proposals drawn from the narrative's structured sections, each marked `draft` for an
//! editor to confirm and each citing the notes of the statement it came from.

use super::text::date_of;
use super::Finding;
use crate::model::{
    cited_notes, plain_text, Actor, ActorKind, Block, Category, Certainty, Designation, Direction,
    Event, FoundingYear, HomeBase, Inline, ListItem, NoteNumber, Profile, Relationship,
    RelationshipType, StrengthEstimate, Text,
};
use crate::search::slug;

pub fn propose(profile: &mut Profile, findings: &mut Vec<Finding>) {
    let items = |id: &str| -> Vec<ListItem> {
        profile
            .section(id)
            .map(|s| {
                s.blocks
                    .iter()
                    .flat_map(|b| match b {
                        Block::List(items) => items.clone(),
                        Block::Paragraph(_) => vec![],
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let paragraph = |id: &str| {
        profile
            .section(id)
            .and_then(|s| s.texts().first().map(|t| plain_text(t)))
    };

    let founding = paragraph("founding-year").and_then(|t| t.trim().parse::<i32>().ok());
    // The year cites what its section's statement cites.
    let founding_notes = profile
        .section("founding-year")
        .and_then(|s| s.texts().first().map(|t| dedup(cited_notes(t).collect())))
        .unwrap_or_default();
    let ideology = paragraph("ideology")
        .map(|t| vec![t.trim().to_owned()])
        .unwrap_or_default();
    let home_bases = items("home-base")
        .iter()
        .filter_map(|item| {
            let text = plain_text(&item.text);
            let (period, place) = text.split_once(':')?;
            Some(HomeBase {
                place: place.trim().to_owned(),
                period: date_of(period)?,
                notes: notes_of(item),
                draft: true,
            })
        })
        .collect();
    let strength = items("strength")
        .iter()
        .filter_map(|item| {
            let text = plain_text(&item.text);
            let (year, estimate) = text.split_once(": ")?;
            Some(StrengthEstimate {
                year: year.trim().parse().ok()?,
                estimate: estimate.trim().to_owned(),
                notes: notes_of(item),
                draft: true,
            })
        })
        .collect();

    let mut actors: Vec<Actor> = Vec::new();
    let mut actor = |name: &str, kind: ActorKind| -> crate::model::ActorId {
        let id = slug(name);
        if !actors.iter().any(|a| a.id.as_str() == id) {
            actors.push(Actor {
                id: id.as_str().into(),
                name: name.to_owned(),
                kind,
                profile: None,
            });
        }
        id.as_str().into()
    };

    let mut designations = Vec::new();
    let us_items = items("us-designations");
    let other_items = items("other-designations");
    let listed = us_items
        .iter()
        .map(|i| ("United States".to_owned(), i))
        .chain(other_items.iter().filter_map(|i| {
            let text = plain_text(&i.text);
            let name = text.split([':', '(']).next()?.trim().to_owned();
            Some((name, i))
        }));
    for (authority, item) in listed {
        let delisted = item
            .items
            .iter()
            .find(|c| plain_text(&c.text).contains("Delisted"))
            .and_then(|c| date_of(&plain_text(&c.text)));
        let status = plain_text(&item.text)
            .split([',', ':'])
            .map(str::trim)
            .find(|p| p.contains("esignated"))
            .unwrap_or("Designated")
            .trim_end_matches('.')
            .to_owned();
        designations.push(Designation {
            authority: actor(&authority, ActorKind::Government),
            status: status.split(" in ").next().unwrap_or(&status).to_owned(),
            listed: date_of(&plain_text(&item.text))
                .filter(|_| plain_text(&item.text).contains(char::is_numeric)),
            delisted,
            notes: notes_of(item),
            draft: true,
        });
    }

    let mut relationships = Vec::new();
    for (section, default) in [
        ("allies", RelationshipType::Ally),
        ("rivals", RelationshipType::Rival),
    ] {
        for item in items(section) {
            let text = plain_text(&item.text);
            let name = text
                .split([':', '('])
                .next()
                .unwrap_or(&text)
                .trim()
                .trim_end_matches('.')
                .to_owned();
            let note = text
                .split_once('(')
                .and_then(|(_, r)| r.split_once(')'))
                .map(|(n, _)| n.to_lowercase())
                .unwrap_or_default();
            let kind = if note.contains("sponsor") {
                RelationshipType::StateSponsor
            } else if note.contains("target") {
                RelationshipType::Target
            } else if note.contains("wing") {
                RelationshipType::Wing
            } else {
                default
            };
            let notes = notes_of(&item);
            if notes.is_empty() {
                findings.push(Finding {
                    line: 0,
                    message: format!("“{name}” cites no note: not proposed as a relationship"),
                });
                continue;
            }
            let mut description: Text = item.text.clone();
            for child in &item.items {
                description.push(Inline::Text(" ".into()));
                description.extend(child.text.iter().cloned());
            }
            relationships.push(Relationship {
                id: format!("draft-{}", relationships.len() + 1).as_str().into(),
                actor: actor(&name, ActorKind::Organization),
                kind,
                direction: if kind == RelationshipType::Target {
                    Direction::FromProfile
                } else {
                    Direction::ToProfile
                },
                certainty: if note.contains("suspected") {
                    Certainty::Suspected
                } else {
                    Certainty::Confirmed
                },
                period: None,
                description,
                notes,
                draft: true,
            });
        }
    }

    let mut events = Vec::new();
    for section in &profile.sections {
        for text in section.texts() {
            for statement in statements(text) {
                let Some(date) = date_of(&plain_text(&statement)) else {
                    continue;
                };
                let notes: Vec<NoteNumber> = dedup(cited_notes(&statement).collect());
                if notes.is_empty() {
                    continue;
                }
                let words: Vec<String> = plain_text(&statement)
                    .split_whitespace()
                    .take(8)
                    .map(str::to_owned)
                    .collect();
                events.push(Event {
                    id: format!("draft-{}", events.len() + 1).as_str().into(),
                    date,
                    category: category_for(section.id.as_str()),
                    title: format!("{}…", words.join(" ").trim_end_matches(['.', ',', ':'])),
                    text: statement,
                    notes,
                    draft: true,
                });
            }
        }
    }

    profile.facts.founding_year = founding.map(|year| FoundingYear {
        year,
        notes: founding_notes,
        draft: true,
    });
    profile.facts.ideology = ideology;
    profile.facts.home_bases = home_bases;
    profile.facts.strength = strength;
    profile.facts.designations = designations;
    profile.actors = actors;
    profile.relationships = relationships;
    profile.events = events;
}

fn notes_of(item: &ListItem) -> Vec<NoteNumber> {
    let mut notes: Vec<NoteNumber> = cited_notes(&item.text).collect();
    for child in &item.items {
        notes.extend(notes_of(child));
    }
    dedup(notes)
}

fn dedup(mut notes: Vec<NoteNumber>) -> Vec<NoteNumber> {
    let mut seen = std::collections::BTreeSet::new();
    notes.retain(|n| seen.insert(*n));
    notes
}

/// A text split after each run of references: each statement carries the notes that follow it.
fn statements(text: &[Inline]) -> Vec<Text> {
    let mut out: Vec<Text> = Vec::new();
    let mut current: Text = Vec::new();
    for piece in text {
        let after_note = matches!(current.last(), Some(Inline::Note { .. }));
        if matches!(piece, Inline::Text(_)) && after_note {
            out.push(std::mem::take(&mut current));
        }
        let piece = match piece {
            Inline::Text(t) if current.is_empty() => Inline::Text(t.trim_start().to_owned()),
            other => other.clone(),
        };
        current.push(piece);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn category_for(section: &str) -> Category {
    match section {
        "founding-year" => Category::Founding,
        "home-base" => Category::Relocation,
        "leadership" => Category::Leadership,
        "strength" => Category::Strength,
        "financing" => Category::Financing,
        "allies" | "rivals" => Category::Alliance,
        "counterterrorism" => Category::Counterterrorism,
        "us-designations" | "other-designations" => Category::Designation,
        _ => Category::Political,
    }
}

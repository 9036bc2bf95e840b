//! How each type of the profile format reads itself from JSON (`crate::json`): the same
//! members, names, defaults and errors as the serde derives beside the types, which stay for
//! native tools and as the oracle of the tests below, and compile no code into the app.

use super::*;
use crate::json::{invalid_type, members_of, one_of, DataError, FromJson, Json, Kind, Path};
use crate::{json_names, json_struct};

json_struct!(Profile {
    "format" => format: required,
    "id" => id: required,
    "name" => name: required,
    "title" => title: default,
    "publisher" => publisher: required,
    "last_update" => last_update: required,
    "aliases" => aliases: default,
    "sections" => sections: required,
    "notes" => notes: required,
    "sources" => sources: required,
    "facts" => facts: default,
    "actors" => actors: default,
    "relationships" => relationships: default,
    "events" => events: default,
    "editor_notes" => editor_notes: default,
});

json_struct!(LastUpdate {
    "text" => text: required,
    "date" => date: required,
});

json_struct!(EditorNote {
    "id" => id: required,
    "section" => section: required,
    "quote" => quote: required,
    "text" => text: required,
});

json_struct!(Section {
    "id" => id: required,
    "heading" => heading: required,
    "blocks" => blocks: required,
});

json_struct!(ListItem {
    "text" => text: required,
    "items" => items: default,
});

json_struct!(Note {
    "number" => number: required,
    "text" => text: required,
    "url" => url: default,
    "doi" => doi: default,
    "source" => source: required,
});

json_struct!(Source {
    "id" => id: required,
    "author" => author: default,
    "title" => title: required,
    "publisher" => publisher: required,
    "date" => date: required,
    "url" => url: default,
});

json_struct!(Event {
    "id" => id: required,
    "date" => date: required,
    "category" => category: required,
    "title" => title: required,
    "text" => text: required,
    "notes" => notes: required,
    "draft" => draft: default,
});

json_names!(Category {
    "founding" => Founding,
    "leadership" => Leadership,
    "attack" => Attack,
    "conflict" => Conflict,
    "relocation" => Relocation,
    "alliance" => Alliance,
    "designation" => Designation,
    "counterterrorism" => Counterterrorism,
    "strength" => Strength,
    "political" => Political,
    "financing" => Financing,
});

json_struct!(Actor {
    "id" => id: required,
    "name" => name: required,
    "kind" => kind: required,
    "profile" => profile: default,
});

json_names!(ActorKind {
    "state" => State,
    "regime" => Regime,
    "government" => Government,
    "body" => Body,
    "wing" => Wing,
    "organization" => Organization,
    "force" => Force,
    "group" => Group,
});

json_struct!(Relationship {
    "id" => id: required,
    "actor" => actor: required,
    "type" => kind: required,
    "direction" => direction: required,
    "certainty" => certainty: required,
    "period" => period: default,
    "description" => description: required,
    "notes" => notes: required,
    "draft" => draft: default,
});

json_names!(RelationshipType {
    "ally" => Ally,
    "state_sponsor" => StateSponsor,
    "supporter" => Supporter,
    "wing" => Wing,
    "front" => Front,
    "host" => Host,
    "rival" => Rival,
    "enemy" => Enemy,
    "target" => Target,
    "counterterrorism" => Counterterrorism,
    "designating_authority" => DesignatingAuthority,
});

json_names!(Direction {
    "to_profile" => ToProfile,
    "from_profile" => FromProfile,
    "mutual" => Mutual,
});

json_names!(Certainty {
    "confirmed" => Confirmed,
    "suspected" => Suspected,
});

json_struct!(Facts {
    "founding_year" => founding_year: default,
    "ideology" => ideology: default,
    "home_bases" => home_bases: default,
    "strength" => strength: default,
    "designations" => designations: default,
});

json_struct!(FoundingYear {
    "year" => year: required,
    "notes" => notes: default,
    "draft" => draft: default,
});

json_struct!(HomeBase {
    "place" => place: required,
    "period" => period: required,
    "notes" => notes: default,
    "draft" => draft: default,
});

json_struct!(StrengthEstimate {
    "year" => year: required,
    "estimate" => estimate: required,
    "notes" => notes: default,
    "draft" => draft: default,
});

json_struct!(Designation {
    "authority" => authority: required,
    "status" => status: required,
    "listed" => listed: default,
    "delisted" => delisted: default,
    "notes" => notes: default,
    "draft" => draft: default,
});

json_struct!(Catalog {
    "format" => format: required,
    "profiles" => profiles: required,
});

json_struct!(CatalogEntry {
    "id" => id: required,
    "name" => name: required,
    "aliases" => aliases: default,
    "summary" => summary: default,
    "last_update" => last_update: required,
    "publisher" => publisher: default,
});

macro_rules! string_ids {
    ($($id:ident),*) => {$(
        impl FromJson for $id {
            fn from_json(json: Json, at: &Path) -> Result<Self, DataError> {
                String::from_json(json, at).map($id)
            }
        }
    )*};
}

string_ids!(
    ProfileId,
    SectionId,
    SourceId,
    ActorId,
    EventId,
    RelationshipId
);

impl FromJson for NoteNumber {
    fn from_json(json: Json, at: &Path) -> Result<Self, DataError> {
        u32::from_json(json, at).map(NoteNumber)
    }
}

impl FromJson for DateSpec {
    fn from_json(json: Json, at: &Path) -> Result<Self, DataError> {
        let place = Json {
            kind: Kind::Null,
            ..json
        };
        String::from_json(json, at)?
            .parse()
            .map_err(|e: DateError| DataError::new(at, &place, e.to_string()))
    }
}

/// A piece of running text: a string, or a reference `{"note": N}`.
impl FromJson for Inline {
    fn from_json(json: Json, at: &Path) -> Result<Self, DataError> {
        match json.kind {
            Kind::String(text) => Ok(Inline::Text(text)),
            Kind::Object(_) => {
                NoteReference::from_json(json, at).map(|r| Inline::Note { note: r.note })
            }
            _ => Err(invalid_type(
                &json,
                at,
                "a string of text or a note reference {\"note\": N}",
            )),
        }
    }
}

struct NoteReference {
    note: NoteNumber,
}

json_struct!(NoteReference {
    "note" => note: required,
});

/// A block is an object with one member that names its kind: `{"paragraph": [...]}`.
impl FromJson for Block {
    fn from_json(json: Json, at: &Path) -> Result<Self, DataError> {
        const VARIANTS: &[&str] = &["paragraph", "list"];
        // A name alone is how serde writes a variant without content.
        if let Kind::String(name) = &json.kind {
            let message = if VARIANTS.contains(&name.as_str()) {
                "invalid type: unit variant, expected newtype variant".to_owned()
            } else {
                format!("unknown variant `{name}`, {}", one_of(VARIANTS, "variants"))
            };
            return Err(DataError::new(at, &json, message));
        }
        let (mut members, object) = members_of(json, at, "enum Block")?;
        let (Some((key, value)), true) = (members.pop(), members.is_empty()) else {
            return Err(DataError::new(
                at,
                &object,
                format!(
                    "a block is an object with one member: {}",
                    one_of(VARIANTS, "variants")
                ),
            ));
        };
        let here = Path::Key(at, &key);
        match key.as_ref() {
            "paragraph" => Text::from_json(value, &here).map(Block::Paragraph),
            "list" => Vec::from_json(value, &here).map(Block::List),
            other => Err(DataError::new(
                &here,
                &value,
                format!(
                    "unknown variant `{other}`, {}",
                    one_of(VARIANTS, "variants")
                ),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;
    use serde_json::{json, Value};

    fn read<T: FromJson>(text: &str) -> Result<T, DataError> {
        T::from_json(parse(text).expect("valid JSON"), &Path::Root)
    }

    fn mek_text() -> &'static str {
        include_str!("../../data/profiles/mek.json")
    }

    #[test]
    fn reads_the_mek_profile_as_serde_does() {
        let ours: Profile = read(mek_text()).unwrap();
        let theirs: Profile = serde_json::from_str(mek_text()).unwrap();
        assert_eq!(ours, theirs);
    }

    #[test]
    fn every_name_of_an_enum_is_the_one_serde_writes() {
        for kind in RelationshipType::ALL {
            let written = serde_json::to_string(&kind).unwrap();
            assert_eq!(read::<RelationshipType>(&written).unwrap(), kind);
        }
        for category in Category::ALL {
            let written = serde_json::to_string(&category).unwrap();
            assert_eq!(read::<Category>(&written).unwrap(), category);
        }
        for direction in [
            Direction::ToProfile,
            Direction::FromProfile,
            Direction::Mutual,
        ] {
            let written = serde_json::to_string(&direction).unwrap();
            assert_eq!(read::<Direction>(&written).unwrap(), direction);
        }
        for certainty in [Certainty::Confirmed, Certainty::Suspected] {
            let written = serde_json::to_string(&certainty).unwrap();
            assert_eq!(read::<Certainty>(&written).unwrap(), certainty);
        }
        let mek: Profile = read(mek_text()).unwrap();
        for actor in &mek.actors {
            let written = serde_json::to_string(&actor.kind).unwrap();
            assert_eq!(read::<ActorKind>(&written).unwrap(), actor.kind);
        }
    }

    #[test]
    fn reads_text_and_references_and_names_what_is_neither() {
        let text: Text = read(r#"["formed in 1965.", {"note": 1}, " Its leaders"]"#).unwrap();
        assert_eq!(cited_notes(&text).collect::<Vec<_>>(), vec![NoteNumber(1)]);
        for (json, path, message) in [
            (r#"["a", 5]"#, "$[1]", "invalid type: integer `5`, expected a string of text or a note reference {\"note\": N}"),
            (r#"[{"ref": 1}]"#, "$[0].ref", "unknown field `ref`, expected `note`"),
            (r#"[{}]"#, "$[0]", "missing field `note`"),
            (r#"[{"note": 1, "note": 2}]"#, "$[0].note", "duplicate field `note`"),
            (r#"[{"note": "1"}]"#, "$[0].note", "invalid type: string \"1\", expected u32"),
            (r#"[{"note": -1}]"#, "$[0].note", "invalid value: integer `-1`, expected u32"),
        ] {
            let err = read::<Text>(json).unwrap_err();
            assert_eq!((err.path.as_str(), err.message.as_str()), (path, message), "{json}");
        }
    }

    #[test]
    fn an_error_names_where_its_value_starts() {
        let err = read::<Catalog>("{\n  \"format\": 1,\n  \"profiles\": 3\n}").unwrap_err();
        assert_eq!(
            (err.path.as_str(), err.line, err.column),
            ("$.profiles", 3, 15)
        );
        assert_eq!(
            err.message,
            "invalid type: integer `3`, expected a sequence"
        );
    }

    /// The path and message serde derive gives, through `serde_path_to_error`, when it reads
    /// `json` as a profile and calls the failure a data error (serde_json calls some wrong
    /// values syntax errors: `5` where a block's kind is expected is "expected value").
    fn serde_says(json: &str) -> Option<(String, String)> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let err = serde_path_to_error::deserialize::<_, Profile>(&mut deserializer).err()?;
        if !err.inner().is_data() {
            return None;
        }
        let path = match err.path().to_string().as_str() {
            "." => "$".to_owned(),
            path => format!("$.{path}"),
        };
        let message = err.inner().to_string();
        let message = message.split(" at line ").next().unwrap().to_owned();
        Some((path, message))
    }

    /// Every value of the document, as the pointer that reaches it.
    fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => map
                .iter()
                .for_each(|(key, child)| pointers(child, format!("{at}/{key}"), out)),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, child)| pointers(child, format!("{at}/{i}"), out)),
            _ => {}
        }
        out.push(at);
    }

    /// Breaks the MEK profile at every kind of place (`/sections/N/blocks/N/paragraph/N`, …,
    /// its first instance) in each way an author can: a value of each wrong type, a member
    /// added, a member removed. Where serde derive calls the result a data error, the reader
    /// names the same path with the same words. serde also reads a struct from a list of its
    /// members' values in order (`[]` for a `Facts`): the format, and its schema, do not; the
    /// reader refuses it, and such documents are left out.
    #[test]
    fn names_the_same_path_and_message_as_serde_at_every_kind_of_place_of_the_mek_profile() {
        let document: Value = serde_json::from_str(mek_text()).unwrap();
        let mut every_place = Vec::new();
        pointers(&document, String::new(), &mut every_place);
        let mut seen = std::collections::HashSet::new();
        let places: Vec<String> = every_place
            .into_iter()
            .filter(|place| {
                let kind: Vec<&str> = place
                    .split('/')
                    .map(|step| {
                        if step.parse::<usize>().is_ok() {
                            "N"
                        } else {
                            step
                        }
                    })
                    .collect();
                seen.insert(kind.join("/"))
            })
            .collect();
        let replacements = [
            json!(5),
            json!("x"),
            json!({}),
            json!([]),
            json!(null),
            json!(-1.5),
        ];
        let mut compared = 0;
        for place in &places {
            let mut variants: Vec<Value> = Vec::new();
            for replacement in &replacements {
                let mut broken = document.clone();
                *broken.pointer_mut(place).unwrap() = replacement.clone();
                variants.push(broken);
            }
            if let Some(Value::Object(members)) = document.pointer(place) {
                let mut added = document.clone();
                let map = added.pointer_mut(place).unwrap().as_object_mut().unwrap();
                map.insert("zz_unknown".into(), json!(1));
                variants.push(added);
                for key in members.keys() {
                    let mut removed = document.clone();
                    let map = removed.pointer_mut(place).unwrap().as_object_mut().unwrap();
                    map.remove(key);
                    variants.push(removed);
                }
            }
            for broken in variants {
                let text = serde_json::to_string_pretty(&broken).unwrap();
                let ours = read::<Profile>(&text).err().map(|e| (e.path, e.message));
                let Some(theirs) = serde_says(&text) else {
                    continue;
                };
                if theirs.1.starts_with("invalid length") {
                    continue;
                }
                assert_eq!(ours.as_ref(), Some(&theirs), "at {place}");
                compared += 1;
            }
        }
        assert!(compared > 500, "only {compared} broken documents");
    }
}

//! A whole profile, as one `data/profiles/{id}.json` file.

use super::{
    Actor, ActorId, Event, Facts, Note, NoteNumber, ProfileId, Relationship, Section, SectionId,
    Source,
};
use serde::Deserialize;
use serde::Serialize;

/// The version of the format this build reads.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The format version, 1.
    pub format: u32,
    pub id: ProfileId,
    /// The organization's name as the source heads the profile.
    pub name: String,
    /// The document's title line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The publisher/source line.
    pub publisher: String,
    pub last_update: LastUpdate,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The narrative, in the source's order.
    pub sections: Vec<Section>,
    /// The endnotes, numbered from 1 in order.
    pub notes: Vec<Note>,
    /// The distinct works the notes cite.
    pub sources: Vec<Source>,
    #[serde(default)]
    pub facts: Facts,
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub relationships: Vec<Relationship>,
    #[serde(default)]
    pub events: Vec<Event>,
    /// Remarks by Dossier's editors, kept apart from the verbatim source.
    #[serde(default)]
    pub editor_notes: Vec<EditorNote>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LastUpdate {
    /// As the source prints it (`January 2015`).
    pub text: String,
    /// The same as an EDTF date (`2015-01`); open periods end here.
    pub date: super::DateSpec,
}

/// An editor's remark on the source, such as an error kept as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EditorNote {
    pub id: String,
    /// The section the remark is about.
    pub section: SectionId,
    /// The words of the source it is about, verbatim.
    pub quote: String,
    pub text: String,
}

impl Profile {
    pub fn note(&self, number: NoteNumber) -> Option<&Note> {
        self.notes.iter().find(|n| n.number == number)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id.as_str() == id)
    }

    /// An actor's name, or its id when the profile has no such actor.
    pub fn actor_name<'a>(&'a self, id: &'a ActorId) -> &'a str {
        self.actors
            .iter()
            .find(|a| &a.id == id)
            .map_or(id.as_str(), |a| a.name.as_str())
    }

    /// The year open periods run to: the last update's.
    pub fn present_year(&self) -> i32 {
        self.last_update.date.end_year().unwrap_or(i32::MAX)
    }
}

//! Timeline events: every dated statement of a profile.

use super::{DateSpec, EventId, NoteNumber, Text};
use serde::Deserialize;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: EventId,
    pub date: DateSpec,
    pub category: Category,
    /// A short editorial title; the facts are in `text`.
    pub title: String,
    /// The source's own words, with their references.
    pub text: Text,
    /// Every note the event rests on (at least one).
    pub notes: Vec<NoteNumber>,
    /// Proposed by the importer, for an editor to confirm.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Founding,
    Leadership,
    Attack,
    Conflict,
    Relocation,
    Alliance,
    Designation,
    Counterterrorism,
    Strength,
    Political,
    Financing,
}

impl Category {
    pub const ALL: [Category; 11] = [
        Self::Founding,
        Self::Leadership,
        Self::Attack,
        Self::Conflict,
        Self::Relocation,
        Self::Alliance,
        Self::Designation,
        Self::Counterterrorism,
        Self::Strength,
        Self::Political,
        Self::Financing,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Founding => "Founding",
            Self::Leadership => "Leadership",
            Self::Attack => "Attack",
            Self::Conflict => "Conflict",
            Self::Relocation => "Relocation",
            Self::Alliance => "Alliance",
            Self::Designation => "Designation",
            Self::Counterterrorism => "Counterterrorism",
            Self::Strength => "Strength",
            Self::Political => "Political",
            Self::Financing => "Financing",
        }
    }
}

//! Structured facts drawn from the narrative's short sections.

use super::{ActorId, DateSpec, NoteNumber};
use serde::Deserialize;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Facts {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub founding_year: Option<FoundingYear>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ideology: Vec<String>,
    /// In order; the timeline uses them as its eras.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub home_bases: Vec<HomeBase>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strength: Vec<StrengthEstimate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub designations: Vec<Designation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FoundingYear {
    pub year: i32,
    #[serde(default)]
    pub notes: Vec<NoteNumber>,
    /// Proposed by the importer, for an editor to confirm.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HomeBase {
    pub place: String,
    pub period: DateSpec,
    #[serde(default)]
    pub notes: Vec<NoteNumber>,
    /// Proposed by the importer, for an editor to confirm.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StrengthEstimate {
    pub year: i32,
    /// The estimate in the source's words (`5,000-10,000 members worldwide.`).
    pub estimate: String,
    #[serde(default)]
    pub notes: Vec<NoteNumber>,
    /// Proposed by the importer, for an editor to confirm.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Designation {
    /// The designating government or body, one of the profile's actors.
    pub authority: ActorId,
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listed: Option<DateSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delisted: Option<DateSpec>,
    #[serde(default)]
    pub notes: Vec<NoteNumber>,
    /// Proposed by the importer, for an editor to confirm.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

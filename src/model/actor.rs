//! The other parties and the organization's relationships with them.

use super::{ActorId, DateSpec, NoteNumber, ProfileId, RelationshipId, Text};
use serde::Deserialize;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub id: ActorId,
    pub name: String,
    pub kind: ActorKind,
    /// The actor's own profile in the catalog, where one exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<ProfileId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    State,
    Regime,
    Government,
    Body,
    Wing,
    Organization,
    Force,
    Group,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Relationship {
    pub id: RelationshipId,
    pub actor: ActorId,
    #[serde(rename = "type")]
    pub kind: RelationshipType,
    pub direction: Direction,
    pub certainty: Certainty,
    /// When the relationship held; absent when the source gives no date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<DateSpec>,
    /// The source's own words about it.
    pub description: Text,
    /// Every note the relationship rests on (at least one).
    pub notes: Vec<NoteNumber>,
    /// Proposed by the importer, for an editor to confirm.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RelationshipType {
    Ally,
    StateSponsor,
    Supporter,
    Wing,
    Front,
    Host,
    Rival,
    Enemy,
    Target,
    Counterterrorism,
    DesignatingAuthority,
}

impl RelationshipType {
    pub const ALL: [RelationshipType; 11] = [
        Self::Ally,
        Self::StateSponsor,
        Self::Supporter,
        Self::Wing,
        Self::Front,
        Self::Host,
        Self::Rival,
        Self::Enemy,
        Self::Target,
        Self::Counterterrorism,
        Self::DesignatingAuthority,
    ];

    /// The name as in JSON (`state_sponsor`), for URLs and class names.
    pub fn key(self) -> &'static str {
        match self {
            Self::Ally => "ally",
            Self::StateSponsor => "state_sponsor",
            Self::Supporter => "supporter",
            Self::Wing => "wing",
            Self::Front => "front",
            Self::Host => "host",
            Self::Rival => "rival",
            Self::Enemy => "enemy",
            Self::Target => "target",
            Self::Counterterrorism => "counterterrorism",
            Self::DesignatingAuthority => "designating_authority",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Ally => "Ally",
            Self::StateSponsor => "State sponsor",
            Self::Supporter => "Supporter",
            Self::Wing => "Wing",
            Self::Front => "Front",
            Self::Host => "Host",
            Self::Rival => "Rival",
            Self::Enemy => "Enemy",
            Self::Target => "Target",
            Self::Counterterrorism => "Counterterrorism",
            Self::DesignatingAuthority => "Designating authority",
        }
    }
}

/// Who acts on whom: `to_profile` is the actor acting on the organization
/// (a sponsor, a designation), `from_profile` the organization acting on the actor (a target).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    ToProfile,
    FromProfile,
    Mutual,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    Confirmed,
    /// Alleged, implicated or suspected in the source's words.
    Suspected,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationship_keys_are_the_json_names() {
        for kind in RelationshipType::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.key()));
            assert_eq!(RelationshipType::from_key(kind.key()), Some(kind));
        }
        assert_eq!(RelationshipType::from_key("friend"), None);
    }
}

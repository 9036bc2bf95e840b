//! Identifier newtypes, so that one kind of id cannot be passed for another.

use serde::Deserialize;
use serde::Serialize;
use std::fmt;

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }
    };
}

string_id!(
    /// A profile's id, also its file name (`data/profiles/{id}.json`) and URL slug.
    ProfileId
);
string_id!(
    /// A section's anchor, unique within its profile (`history`, `home-base`).
    SectionId
);
string_id!(
    /// A cited work: notes that cite the same work share one.
    SourceId
);
string_id!(
    /// Another party (state, regime, wing, body) named by relationships and designations.
    ActorId
);
string_id!(
    /// A timeline event, unique within its profile.
    EventId
);
string_id!(
    /// A relationship, unique within its profile.
    RelationshipId
);

/// An endnote's number as printed in the source (`[12]` is note 12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct NoteNumber(pub u32);

impl fmt::Display for NoteNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

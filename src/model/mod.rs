//! The profile format: the types that mirror `data/profiles/*.json`, read by their serde
//! derives (`crate::validate::parse_profile` adds the JSON path of an error).
//!
//! The JSON Schema in `data/profile.schema.json` is generated from these types
//! (`cargo run --bin dossier-schema`), and a test fails when it is stale.

mod actor;
mod catalog;
mod date;
mod event;
mod facts;
mod ids;
mod inline;
mod kind_set;
mod narrative;
mod note;
mod profile;

pub use actor::{Actor, ActorKind, Certainty, Direction, Relationship, RelationshipType};
pub use catalog::{Catalog, CatalogEntry};
pub use date::{Bound, DateError, DateSpec, Point, Precision, MONTHS};
pub use event::{Category, Event};
pub use facts::{Designation, Facts, FoundingYear, HomeBase, StrengthEstimate};
pub use ids::{ActorId, EventId, NoteNumber, ProfileId, RelationshipId, SectionId, SourceId};
pub use inline::{cited_notes, plain_text, Inline, Text};
pub use kind_set::{Kind, KindCounts, KindSet};
pub use narrative::{Block, ListItem, Section};
pub use note::{is_web_link, Note, Source};
pub use profile::{EditorNote, LastUpdate, Profile, FORMAT_VERSION};

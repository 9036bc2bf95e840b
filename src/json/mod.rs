//! JSON documents read into Dossier's types without serde's generic deserializers.
//!
//! serde derive compiles a copy of its visitors for every type and deserializer (12 % of the
//! app's code, ~68 KB of wasm). Here a document is parsed once into a [`Json`] tree that keeps
//! each value's line and column and every member of an object (duplicates included), then
//! each type reads itself from the tree ([`FromJson`]), knowing the JSON path it reads at.
//! Errors use serde's words (`invalid type: integer `5`, expected a string`, `unknown field
//! `ref`, expected `note``), and a test holds the reader to what serde derive and
//! `serde_path_to_error` say for every kind of place of the MEK profile broken every way.

mod parse;
mod read;
mod value;

pub use parse::{parse, SyntaxError, RECURSION_LIMIT};
pub use read::{
    duplicate_field, invalid_type, members_of, missing_field, one_of, unknown_field, variant,
    DataError, FromJson, Members, Path,
};
pub use value::{Json, Kind};

//! The published JSON Schemas, generated from the model types.

#![cfg(not(target_arch = "wasm32"))]

use crate::model::{Catalog, Profile};

/// Each schema file's path (from the repository root) and its contents.
pub fn all() -> [(&'static str, String); 2] {
    [
        (
            "data/profile.schema.json",
            render(schemars::schema_for!(Profile)),
        ),
        (
            "data/catalog.schema.json",
            render(schemars::schema_for!(Catalog)),
        ),
    ]
}

fn render(schema: schemars::Schema) -> String {
    serde_json::to_string_pretty(&schema).expect("a schema is plain JSON") + "\n"
}

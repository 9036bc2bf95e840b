// Shared helpers for the integration tests (included with `mod common;`).
#![allow(dead_code)]

use dossier::model::Profile;
use serde_json::Value;
use std::path::PathBuf;

pub fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

pub fn mek_json() -> Value {
    serde_json::from_str(&std::fs::read_to_string(repo("data/profiles/mek.json")).unwrap()).unwrap()
}

pub fn mek() -> Profile {
    serde_json::from_value(mek_json()).unwrap()
}

/// The seed narrative, from `../shared/seeds` beside the checkout (as in CI), if there.
pub fn seed() -> Option<String> {
    std::fs::read_to_string(repo("../shared/seeds/000_8715d7bedba4d138.txt")).ok()
}

//! The real MEK profile, for unit tests.

use crate::model::Profile;

pub fn mek() -> Profile {
    serde_json::from_str(include_str!("../data/profiles/mek.json"))
        .expect("data/profiles/mek.json parses")
}

//! The catalog `data/index.json`: which profiles exist.

use super::ProfileId;
use serde::Deserialize;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    pub format: u32,
    pub profiles: Vec<CatalogEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CatalogEntry {
    /// The profile's id: its file is `profiles/{id}.json`.
    pub id: ProfileId,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// A one-line description for the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The profile's last update, as the source prints it.
    pub last_update: String,
    /// The profile's publisher line. With it, a profile's page shows its title block from
    /// the catalog while the profile itself loads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
}

impl Catalog {
    pub fn entry(&self, id: &str) -> Option<&CatalogEntry> {
        self.profiles.iter().find(|e| e.id.as_str() == id)
    }
}

//! The narrative: headed sections of paragraphs and bulleted lists nested to any depth.

use super::{SectionId, Text};
use serde::Deserialize;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The section's anchor in URLs (`#/p/mek/history`).
    pub id: SectionId,
    /// The heading exactly as in the source.
    pub heading: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    Paragraph(Text),
    List(Vec<ListItem>),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ListItem {
    pub text: Text,
    /// A nested list under this item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ListItem>,
}

impl Section {
    /// Every text in the section, depth first in reading order.
    pub fn texts(&self) -> Vec<&Text> {
        fn walk<'a>(items: &'a [ListItem], out: &mut Vec<&'a Text>) {
            for item in items {
                out.push(&item.text);
                walk(&item.items, out);
            }
        }
        let mut out = Vec::new();
        for block in &self.blocks {
            match block {
                Block::Paragraph(text) => out.push(text),
                Block::List(items) => walk(items, &mut out),
            }
        }
        out
    }
}

//! The profile's sections as headed paragraphs and nested lists.

use super::inline_text::{inline_text, MarkerIds};
use crate::model::{Block, ListItem, Profile, Section, SectionId};
use leptos::prelude::*;
use std::sync::Arc;

/// Every section, or only the one named by `only` (an embedded section).
#[component]
pub fn Narrative(
    profile: Arc<Profile>,
    #[prop(optional)] only: Option<SectionId>,
) -> impl IntoView {
    // Marker ids follow reading order, as the endnotes' back-links expect: sections left out
    // still count their markers.
    let ids = MarkerIds::new("cite-");
    profile
        .sections
        .iter()
        .filter_map(|section| match &only {
            Some(id) if *id != section.id => {
                section.texts().into_iter().for_each(|text| ids.skip(text));
                None
            }
            _ => Some(section_view(&profile, section, &ids)),
        })
        .collect_view()
}

fn section_view(profile: &Arc<Profile>, section: &Section, ids: &MarkerIds) -> impl IntoView {
    let editor_notes: Vec<_> = profile
        .editor_notes
        .iter()
        .filter(|e| e.section == section.id)
        .cloned()
        .collect();
    view! {
        <section class="section" aria-labelledby=section.id.to_string()>
            // The heading is the anchor a URL names; it takes focus when the reader jumps here.
            <h2 class="section__heading" id=section.id.to_string() tabindex="-1">
                {section.heading.clone()}
            </h2>
            {section.blocks.iter().map(|block| block_view(profile, block, ids)).collect_view()}
            {editor_notes.into_iter().map(|ed| view! {
                <aside class="editor-note" aria-label="Editor’s note">
                    <strong class="editor-note__label">"Editor’s note "</strong>
                    <span class="editor-note__quote">{format!("on “{}”: ", ed.quote)}</span>
                    {ed.text}
                </aside>
            }).collect_view()}
        </section>
    }
}

fn block_view(profile: &Arc<Profile>, block: &Block, ids: &MarkerIds) -> AnyView {
    match block {
        Block::Paragraph(text) => {
            view! { <p class="section__paragraph">{inline_text(profile, text, ids)}</p> }.into_any()
        }
        Block::List(items) => list_view(profile, items, ids),
    }
}

/// Nested to any depth: a list item may hold a list.
fn list_view(profile: &Arc<Profile>, items: &[ListItem], ids: &MarkerIds) -> AnyView {
    view! {
        <ul class="section__list">
            {items.iter().map(|item| view! {
                <li>
                    {inline_text(profile, &item.text, ids)}
                    {(!item.items.is_empty()).then(|| list_view(profile, &item.items, ids))}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

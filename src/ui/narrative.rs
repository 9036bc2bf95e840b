//! The profile's sections as headed paragraphs and nested lists.

use super::inline_text::{inline_text, MarkerIds};
use crate::model::{Block, ListItem, Profile, Section};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Narrative(profile: Arc<Profile>) -> impl IntoView {
    // Marker ids follow reading order, as the endnotes' back-links expect.
    let ids = MarkerIds::new("cite-");
    profile
        .sections
        .iter()
        .map(|section| section_view(&profile, section, &ids))
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

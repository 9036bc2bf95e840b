//! The profile's sections as headed paragraphs and nested lists.

use crate::model::{Block, ListItem, Profile, SectionId};
use crate::ui::reader::inline_text::{inline_text, AssignedIds, MarkerIdSource, MarkerIds};
use crate::ui::reader::use_progressive_count::built_items;
use leptos::prelude::*;
use std::sync::Arc;

/// Every section, or only the one named by `only` (an embedded section). `built` says how
/// many sections, from the first, are on the page (the reader builds them a few per frame);
/// without it, all of them.
#[component]
pub fn Narrative(
    profile: Arc<Profile>,
    #[prop(optional)] only: Option<SectionId>,
    #[prop(optional, into)] built: Option<Signal<usize>>,
) -> impl IntoView {
    // Marker ids follow reading order, as the endnotes' back-links expect: each section's
    // are counted across the whole narrative, sections left out or not yet built included.
    let counter = MarkerIds::new("cite-");
    let ids: Vec<Vec<String>> = profile
        .sections
        .iter()
        .map(|section| {
            let texts = section.texts();
            texts
                .into_iter()
                .flat_map(|text| counter.of(text))
                .collect()
        })
        .collect();
    if let Some(only) = only {
        let i = profile.sections.iter().position(|s| s.id == only);
        return i
            .map(|i| section_view(&profile, i, &AssignedIds::new(ids[i].clone())))
            .into_any();
    }
    let total = profile.sections.len();
    let built = built.unwrap_or_else(|| Signal::from(total));
    built_items(Signal::derive(move || built.get().min(total)), move |i| {
        section_view(&profile, i, &AssignedIds::new(ids[i].clone()))
    })
}

fn section_view(profile: &Arc<Profile>, index: usize, ids: &dyn MarkerIdSource) -> AnyView {
    let section = &profile.sections[index];
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
    .into_any()
}

fn block_view(profile: &Arc<Profile>, block: &Block, ids: &dyn MarkerIdSource) -> AnyView {
    match block {
        Block::Paragraph(text) => {
            view! { <p class="section__paragraph">{inline_text(profile, text, ids)}</p> }.into_any()
        }
        Block::List(items) => list_view(profile, items, ids),
    }
}

/// Nested to any depth: a list item may hold a list.
fn list_view(profile: &Arc<Profile>, items: &[ListItem], ids: &dyn MarkerIdSource) -> AnyView {
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

//! The numbered endnotes: full citation, safe link, copy, and back-links to every citing place.

use super::copy_button::CopyButton;
use crate::citations::{backlink_label, CitationIndex};
use crate::model::{Profile, SectionId};
use crate::route::{Anchor, Route};
use leptos::prelude::*;
use std::sync::Arc;

/// Every note, or only those `section` cites (an embedded section), with back-links to it.
#[component]
pub fn NotesList(
    profile: Arc<Profile>,
    index: Arc<CitationIndex>,
    #[prop(optional)] section: Option<SectionId>,
) -> impl IntoView {
    let href = {
        let id = profile.id.to_string();
        move |element: &str| {
            Route::Profile {
                id: id.clone(),
                anchor: Some(Anchor::Element(element.to_owned())),
            }
            .href()
        }
    };
    view! {
        <section class="notes" aria-labelledby="notes">
            <h2 class="section__heading" id="notes" tabindex="-1">"Notes"</h2>
            <ol class="notes__list">
                {profile.notes.iter().filter_map(|note| {
                    let sites: Vec<_> = index
                        .sites(note.number)
                        .iter()
                        .filter(|site| section.as_ref().is_none_or(|s| site.section == *s))
                        .collect();
                    if section.is_some() && sites.is_empty() {
                        return None;
                    }
                    let backlinks = match sites.as_slice() {
                        [] => None,
                        [only] => Some(view! {
                            <a class="notes__back" href=href(&only.id) aria-label=format!("Back to the citation of note {} in the text", note.number)>"↩"</a>
                        }.into_any()),
                        many => Some(view! {
                            <span class="notes__back" aria-label=format!("Back to the citations of note {}", note.number)>"↩ "
                                {many.iter().enumerate().map(|(i, site)| view! {
                                    <a href=href(&site.id) aria-label=format!("citation {}", i + 1)>{backlink_label(i + 1)}</a>" "
                                }).collect_view()}
                            </span>
                        }.into_any()),
                    };
                    Some(view! {
                        <li class="notes__item" id=format!("note-{}", note.number) data-number=note.number.0 tabindex="-1">
                            {backlinks}" "
                            <span class="notes__text">{note.text.clone()}</span>
                            <span class="notes__actions">
                                {note.link().map(|href| view! {
                                    <a class="notes__link" href=href target="_blank" rel="noopener noreferrer">"Open source ↗"</a>
                                })}
                                <CopyButton text=note.text.clone() label="Copy citation"/>
                            </span>
                        </li>
                    })
                }).collect_view()}
            </ol>
        </section>
    }
}

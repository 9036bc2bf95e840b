//! The numbered endnotes: full citation, safe link, copy, and back-links to every citing place.
//! Long lists are built a slice per frame, so thousands of notes never freeze the tab; a note
//! the URL names, and a print, have everything up to it built at once.

use crate::build_pace::{list_classes, Pace, WHILE_LOADING_MS};
use crate::citations::{backlink_label, CitationIndex, CitationSite};
use crate::model::{Note, NoteNumber, Profile, SectionId};
use crate::route::{Anchor, Route};
use crate::ui::classroom::copy_button::CopyButton;
use crate::ui::reader::use_progressive_count::{
    built_in_slices, built_items, use_progressive_count,
};
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Notes built in the first frame, then as many as fit.
const NOTES: Pace = Pace {
    first: 8,
    budget_ms: WHILE_LOADING_MS,
};

/// Which notes a list shows.
#[derive(Clone, Default)]
pub enum NotesOf {
    #[default]
    All,
    /// Those one section cites, with back-links to it only (an embedded section).
    Section(SectionId),
    /// Those a view cites (a printout's endnotes).
    Numbers(Arc<BTreeSet<NoteNumber>>),
}

/// The notes, each with back-links to where the text cites it.
#[component]
pub fn NotesList(
    profile: Arc<Profile>,
    index: Arc<CitationIndex>,
    route: ReadSignal<Route>,
    #[prop(optional)] of: NotesOf,
    /// Whether to start building the notes (after the text they follow); at once without it.
    #[prop(optional, into)]
    open: Option<Signal<bool>>,
) -> impl IntoView {
    let open = open.unwrap_or_else(|| Signal::from(true));
    // The notes listed, each with the citing places it links back to.
    let listed: Arc<Vec<(usize, Vec<CitationSite>)>> = Arc::new(
        profile
            .notes
            .iter()
            .enumerate()
            .filter_map(|(i, note)| {
                let sites = index.sites(note.number).iter();
                let sites: Vec<CitationSite> = match &of {
                    NotesOf::Section(s) => {
                        sites.filter(|site| site.section == *s).cloned().collect()
                    }
                    _ => sites.cloned().collect(),
                };
                let listed = match &of {
                    NotesOf::All => true,
                    NotesOf::Section(_) => !sites.is_empty(),
                    NotesOf::Numbers(numbers) => numbers.contains(&note.number),
                };
                listed.then_some((i, sites))
            })
            .collect(),
    );
    let rendered = use_progressive_count(open, listed.len(), NOTES);
    // A note the URL names is built now (once the list is open), so the jump to it lands; all
    // of them for a jump to the Sources below them, which they would push down as they grew.
    {
        let (profile, listed) = (profile.clone(), listed.clone());
        Effect::new(move |_| {
            if !open.get() {
                return;
            }
            let needed = route.with(|r| match r.anchor() {
                Some(Anchor::Note(n)) => listed
                    .iter()
                    .position(|(i, _)| profile.notes[*i].number.0 == *n)
                    .map(|position| position + 1),
                Some(anchor) if anchor.is_sources() => Some(listed.len()),
                _ => None,
            });
            if let Some(needed) = needed {
                rendered.update(|r| *r = (*r).max(needed));
            }
        });
    }
    let id = profile.id.to_string();
    let class = list_classes("notes__list", listed.len());
    view! {
        <section class="notes" aria-labelledby="notes">
            <h2 class="section__heading" id="notes" tabindex="-1">"Notes"</h2>
            <ol class=class>
                {built_items(rendered.into(), move |i| {
                    note_item(&profile.notes[listed[i].0], &listed[i].1, &id).into_any()
                })}
            </ol>
        </section>
    }
}

fn note_item(note: &Note, sites: &[CitationSite], profile_id: &str) -> impl IntoView {
    let href = |element: &str| Anchor::Element(element.to_owned()).href_in(profile_id);
    let backlinks = match sites {
        [] => None,
        [only] => Some(view! {
            <a class="notes__back" href=href(&only.id) aria-label=format!("Back to the citation of note {} in the text", note.number)>"↩"</a>
        }.into_any()),
        many => Some(view! {
            <span class="notes__back" aria-label=format!("Back to the citations of note {}", note.number)>"↩ "
                {backlinks_to(profile_id, many)}
            </span>
        }.into_any()),
    };
    view! {
        <li class="notes__item" id=format!("note-{}", note.number) data-number=note.number.0 tabindex="-1">
            {backlinks}" "
            <span class="notes__text">{note.text.clone()}</span>
            // On paper, the source's address when the note's words do not already hold it.
            {note.link().filter(|url| !note.text.contains(url.as_str())).map(|url| view! { " "<span class="notes__url">{url}</span> })}
            <span class="notes__actions">
                {note.link().map(|href| view! {
                    <a class="notes__link" href=href target="_blank" rel="noopener noreferrer">"Open source ↗"</a>
                })}
                <CopyButton text=note.text.clone() label="Copy citation"/>
            </span>
        </li>
    }
}

/// A back-link to each citing place, lettered: thousands, for a note a huge profile cites
/// throughout.
fn backlinks_to(profile_id: &str, sites: &[CitationSite]) -> AnyView {
    let (profile_id, sites) = (profile_id.to_owned(), sites.to_vec());
    built_in_slices(sites.len(), move |range| {
        range
            .map(|i| view! {
                <a href=Anchor::Element(sites[i].id.clone()).href_in(&profile_id) aria-label=format!("citation {}", i + 1)>{backlink_label(i + 1)}</a>" "
            })
            .collect_view()
            .into_any()
    })
}

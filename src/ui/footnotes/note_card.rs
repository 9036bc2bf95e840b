//! What a footnote preview shows of a note: its citation, the work it cites, its link, how
//! often the text cites it and the way to the note. The app makes the card of the note opened
//! from the profile's notes (`NoteBook`). A pre-rendered page carries every note's card,
//! written by the pre-renderer with the same component into a `<template>` (`WrittenCards`),
//! and its first code shows them from there: the page's first interaction reads no profile,
//! so the code that reads JSON is not part of every page's first load.

use crate::model::NoteNumber;
use crate::note_book::NoteBook;
use crate::route::Anchor;
use crate::ui::footnotes::preview_state::{CopyButtonMaker, PreviewState};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTemplateElement};

/// The `<template>` a pre-rendered page's cards are written into.
const CARDS_ID: &str = "note-cards";

/// Note `number`'s card, with the copy button once `copy_button` has it; `None` if the profile
/// has no such note.
pub fn note_card(
    notes: &NoteBook,
    number: NoteNumber,
    copy_button: RwSignal<Option<CopyButtonMaker>>,
) -> Option<impl IntoView> {
    let note = notes.note(number)?.clone();
    let source = notes.source_of(&note).cloned();
    let cited = notes.cited(note.number);
    let note_href = Anchor::Note(note.number.0).href_in(notes.profile.as_str());
    Some(view! {
        <div class="preview__card" data-note=note.number.0>
            <p class="preview__citation">{note.text.clone()}</p>
            {source.map(|s| view! {
                <p class="preview__source">
                    <cite>{s.title}</cite>" — "{s.publisher}
                </p>
            })}
            {note.link().map(|href| {
                let shown = href.clone();
                view! { <p class="preview__link"><a href=href target="_blank" rel="noopener noreferrer">{shown}</a></p> }
            })}
            <p class="preview__meta">
                <span>{format!("Cited {cited} time{} in this profile", if cited == 1 { "" } else { "s" })}</span>
                <a class="preview__goto" href=note_href>"Go to note"</a>
                {move || copy_button.get().map(|copy_button| copy_button(note.text.clone()))}
            </p>
        </div>
    })
}

/// Every note's card, for the page's first code (`PageCards`); never shown as it is. Written
/// without the copy button, which comes with the page's tools.
#[component]
pub fn WrittenCards(notes: Arc<NoteBook>) -> impl IntoView {
    let no_copy_button = RwSignal::new(None);
    let cards = notes
        .numbers()
        .filter_map(|number| note_card(&notes, number, no_copy_button))
        .collect_view();
    view! { <template id=CARDS_ID>{cards}</template> }
}

/// The cards a pre-rendered page was written with. Taken from the page as the app builds its
/// preview, before that replaces the part that holds them.
#[derive(Clone, Copy)]
pub struct PageCards(StoredValue<Option<HtmlTemplateElement>, LocalStorage>);

impl PageCards {
    pub fn take() -> Self {
        let template = document()
            .get_element_by_id(CARDS_ID)
            .and_then(|element| element.dyn_into().ok());
        PageCards(StoredValue::new_local(template))
    }

    /// Note `number`'s card, with the copy button once the page offers it; `None` if the page
    /// was written without one, as the app has none for a note the profile lacks.
    pub fn card(self, number: NoteNumber) -> Option<impl IntoView> {
        let mut content = Some(self.written(number)?);
        let holder = NodeRef::<leptos::html::Div>::new();
        let copy_button = PreviewState::get().copy_button;
        // The written card's content, once (a card made in place of another keeps its element,
        // so its content is replaced), then the copy button in its last line once offered (the
        // one before unmounted as the effect runs again or goes with the card).
        Effect::new(move |_| {
            let holder = holder.get()?;
            if let Some(card) = content.take() {
                holder.set_text_content(None);
                while let Some(child) = card.first_child() {
                    let _ = holder.append_child(&child);
                }
            }
            let copy_button = copy_button.get()?;
            let text = holder
                .query_selector(".preview__citation")
                .ok()??
                .text_content()?;
            let meta: HtmlElement = holder
                .query_selector(".preview__meta")
                .ok()??
                .dyn_into()
                .ok()?;
            Some(leptos::mount::mount_to(meta, move || copy_button(text)))
        });
        Some(view! { <div class="preview__card" data-note=number.0 node_ref=holder></div> })
    }

    /// A copy of note `number`'s written card.
    fn written(self, number: NoteNumber) -> Option<Element> {
        let card = self.0.with_value(|template| {
            let selector = format!(".preview__card[data-note=\"{}\"]", number.0);
            template
                .as_ref()?
                .content()
                .query_selector(&selector)
                .ok()?
        })?;
        card.clone_node_with_deep(true).ok()?.dyn_into().ok()
    }
}

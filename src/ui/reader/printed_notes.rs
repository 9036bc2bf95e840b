//! On paper, a profile's view (the timeline, the diagram) ends with the notes it cites.

use crate::citations::{notes_of_pane, CitationIndex};
use crate::model::Profile;
use crate::route::{Pane, Route};
use crate::ui::classroom::use_printing::use_printing;
use crate::ui::reader::notes_list::{NotesList, NotesOf};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn PrintedNotes(profile: Arc<Profile>, route: ReadSignal<Route>, pane: Pane) -> impl IntoView {
    let printing = use_printing();
    let notes = NotesOf::Numbers(Arc::new(notes_of_pane(&profile, pane)));
    let index = Arc::new(CitationIndex::of(&profile));
    move || {
        printing.get().then(|| {
            view! { <NotesList profile=profile.clone() index=index.clone() route of=notes.clone()/> }
        })
    }
}

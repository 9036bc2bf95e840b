//! The numbered endnotes, each with its full citation and a safe link.

use crate::model::Profile;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn NotesList(profile: Arc<Profile>) -> impl IntoView {
    view! {
        <section class="notes" aria-labelledby="notes">
            <h2 class="section__heading" id="notes" tabindex="-1">"Notes"</h2>
            <ol class="notes__list">
                {profile.notes.iter().map(|note| view! {
                    <li class="notes__item" id=format!("note-{}", note.number) value=note.number.0 tabindex="-1">
                        <span class="notes__text">{note.text.clone()}</span>
                        {note.link().map(|href| view! {
                            " "
                            <a class="notes__link" href=href target="_blank" rel="noopener noreferrer">"Open source ↗"</a>
                        })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

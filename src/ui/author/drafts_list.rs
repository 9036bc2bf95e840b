//! The parts the importer drafted from a narrative (founding year, home bases, strength,
//! designations, relationships, events), each beside the notes it cites, for the author to
//! check against them and confirm one by one.

use crate::authoring::{drafts, Drafted};
use crate::model::Profile;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn DraftsList(profile: Arc<Profile>, confirm: Callback<Drafted>) -> impl IntoView {
    let items = drafts(&profile);
    (!items.is_empty()).then(|| {
        let heading = match items.len() {
            1 => "1 drafted part to confirm".to_owned(),
            n => format!("{n} drafted parts to confirm"),
        };
        view! {
            <section class="author__drafts" aria-labelledby="author-drafts">
                <h2 id="author-drafts">{heading}</h2>
                <p class="author__hint">
                    "The importer proposed these from the narrative's statements. Check each against the notes it cites; confirming it clears its "
                    <code>"\"draft\": true"</code>"."
                </p>
                <ol class="author__list">
                    {items.into_iter().enumerate().map(|(at, item)| {
                        let label = format!("Confirm {}: {}", item.kind.to_lowercase(), item.summary);
                        let which = item.which;
                        view! {
                            <li class="author__draft">
                                <p class="author__draft-what">
                                    <span class="author__draft-kind">{item.kind}</span>" "{item.summary}
                                </p>
                                <ul class="author__draft-notes">
                                    {item.notes.is_empty().then(|| view! { <li>"It cites no note: check it against the narrative."</li> })}
                                    {item.notes.iter().map(|n| {
                                        let text = profile.note(*n).map(|note| note.text.clone()).unwrap_or_else(|| "(no such note)".to_owned());
                                        view! { <li>{format!("[{n}] {text}")}</li> }
                                    }).collect_view()}
                                </ul>
                                <button type="button" class="button button--small" aria-label=label on:click=move |_| {
                                    confirm.run(which);
                                    request_animation_frame(move || focus_next_draft(at));
                                }>"Confirm"</button>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </section>
        }
    })
}

/// After a part is confirmed the list is drawn again without it: the keyboard moves on to the
/// part that took its place (or the last one), and to the problems' heading once none is left.
fn focus_next_draft(at: usize) {
    let buttons = document().query_selector_all(".author__draft button").ok();
    let count = buttons.as_ref().map_or(0, |b| b.length());
    let next = buttons
        .filter(|_| count > 0)
        .and_then(|b| b.item((at as u32).min(count - 1)))
        .or_else(|| {
            document()
                .get_element_by_id("author-problems")
                .map(Into::into)
        });
    if let Some(element) = next.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

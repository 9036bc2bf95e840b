//! The profile's table of contents.

use crate::model::Profile;
use crate::route::{Anchor, Route};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn TableOfContents(profile: Arc<Profile>) -> impl IntoView {
    let href = {
        let id = profile.id.to_string();
        move |anchor: Anchor| {
            Route::Profile {
                id: id.clone(),
                anchor: Some(anchor),
            }
            .href()
        }
    };
    view! {
        <nav class="toc" aria-label="Contents">
            <details class="toc__details" open=opens_expanded()>
                <summary class="toc__title">"Contents"</summary>
                <ol class="toc__list">
                    {profile.sections.iter().map(|s| view! {
                        <li><a class="toc__link" href=href(Anchor::Section(s.id.to_string()))>{s.heading.clone()}</a></li>
                    }).collect_view()}
                    <li><a class="toc__link" href=href(Anchor::Notes)>"Notes"</a></li>
                </ol>
            </details>
        </nav>
    }
}

/// Beside the text on wide screens the contents start open; on phones, folded.
fn opens_expanded() -> bool {
    window()
        .match_media("(min-width: 60rem)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

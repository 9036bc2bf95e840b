//! The profile's table of contents, marking the section the reader is in.

use crate::model::Profile;
use crate::route::Anchor;
use crate::ui::reader::use_scroll_spy::use_scroll_spy;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn TableOfContents(profile: Arc<Profile>) -> impl IntoView {
    let entries: Vec<(String, String)> = profile
        .sections
        .iter()
        .map(|s| (s.id.to_string(), s.heading.clone()))
        .chain([
            ("notes".to_owned(), "Notes".to_owned()),
            ("sources".to_owned(), "Sources".to_owned()),
        ])
        .collect();
    let current = use_scroll_spy(entries.iter().map(|(id, _)| id.clone()).collect());
    let profile_id = profile.id.to_string();
    view! {
        <nav class="toc" aria-label="Contents">
            <details class="toc__details" open=opens_expanded()>
                <summary class="toc__title">"Contents"</summary>
                <ol class="toc__list">
                    {entries.into_iter().map(|(id, heading)| {
                        let href = Anchor::Element(id.clone()).href_in(&profile_id);
                        let here = Memo::new(move |_| current.with(|c| c.as_deref() == Some(id.as_str())));
                        view! {
                            <li>
                                <a class="toc__link" class:toc__link--current=here href=href aria-current=move || here.get().then_some("location")>
                                    {heading}
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </details>
        </nav>
    }
}

/// Beside the text on wide screens the contents start open; on phones, folded. A pre-rendered
/// page does not know the screen: folded, as on the phones most readers have (the app opens
/// it beside the text, where it moves nothing else).
fn opens_expanded() -> bool {
    !is_server()
        && window()
            .match_media("(min-width: 60rem)")
            .ok()
            .flatten()
            .is_some_and(|query| query.matches())
}

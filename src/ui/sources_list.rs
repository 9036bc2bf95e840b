//! The Sources view: the notes folded into the works they cite.

use crate::citations::CitationIndex;
use crate::model::Profile;
use crate::route::{Anchor, Route};
use crate::sources::group_by_source;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn SourcesList(profile: Arc<Profile>, index: Arc<CitationIndex>) -> impl IntoView {
    let groups = group_by_source(&profile, &index);
    let total = profile.notes.len().max(1);
    let href = |anchor: Anchor| {
        Route::Profile {
            id: profile.id.to_string(),
            anchor: Some(anchor),
        }
        .href()
    };
    let heading = |id: &str| {
        profile
            .section(id)
            .map(|s| s.heading.clone())
            .unwrap_or_default()
    };
    view! {
        <section class="sources" aria-labelledby="sources">
            <h2 class="section__heading" id="sources" tabindex="-1">"Sources"</h2>
            <p class="sources__intro">
                {format!("The {} notes cite {} distinct works, most-cited first.", profile.notes.len(), groups.len())}
            </p>
            <ol class="sources__list">
                {groups.iter().map(|group| {
                    let share = group.notes.len() * 100 / total;
                    let s = group.source;
                    view! {
                        <li class="sources__item">
                            <p class="sources__work">
                                {s.author.clone().map(|a| format!("{a}, "))}
                                <cite>{s.title.clone()}</cite>
                                {format!(", {}, {}", s.publisher, s.date)}
                            </p>
                            <p class="sources__count">
                                <span class="sources__bar" style:--share=format!("{share}%") aria-hidden="true"></span>
                                {format!("{} note{} ({share}% of all notes)", group.notes.len(), if group.notes.len() == 1 { "" } else { "s" })}
                            </p>
                            <p class="sources__notes">"Notes: "
                                {group.notes.iter().map(|n| view! {
                                    <a href=href(Anchor::Note(n.0))>{n.to_string()}</a>" "
                                }).collect_view()}
                            </p>
                            <p class="sources__sections">"Supports: "
                                {group.sections.iter().enumerate().map(|(i, id)| view! {
                                    {(i > 0).then_some(", ")}
                                    <a href=href(Anchor::Element(id.to_string()))>{heading(id.as_str())}</a>
                                }).collect_view()}
                            </p>
                            {s.url.clone().filter(|u| crate::model::is_web_link(u)).map(|u| {
                                let shown = u.clone();
                                view! { <p class="sources__link"><a href=u target="_blank" rel="noopener noreferrer">{shown}</a></p> }
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

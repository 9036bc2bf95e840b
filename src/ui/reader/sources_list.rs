//! The Sources view: the notes folded into the works they cite, built a few works per frame
//! like the notes above them (the whole list in one frame was one of the page's long tasks).

use crate::build_pace::{list_classes, Pace, WHILE_LOADING_MS};
use crate::citations::CitationIndex;
use crate::model::{NoteNumber, Profile};
use crate::route::{Anchor, Route};
use crate::sources::{group_by_source, SourceGroup};
use crate::ui::reader::use_progressive_count::{
    built_in_slices, built_items, use_progressive_count,
};
use leptos::prelude::*;
use std::sync::Arc;

/// Works built in the first frame, then as many as fit.
const WORKS: Pace = Pace {
    first: 2,
    budget_ms: WHILE_LOADING_MS,
};

/// `route`: on a profile's page, a jump to the list has it whole, so that the page below its
/// heading is long enough to bring the heading to the top.
#[component]
pub fn SourcesList(
    profile: Arc<Profile>,
    index: Arc<CitationIndex>,
    #[prop(optional)] route: Option<ReadSignal<Route>>,
) -> impl IntoView {
    let groups = Arc::new(group_by_source(&profile, &index));
    let intro = format!(
        "The {} notes cite {} distinct works, most-cited first.",
        profile.notes.len(),
        groups.len()
    );
    let built = use_progressive_count(Signal::from(true), groups.len(), WORKS);
    if let Some(route) = route {
        let total = groups.len();
        Effect::new(move |_| {
            if route.with(|r| r.anchor().is_some_and(Anchor::is_sources)) {
                built.set(total);
            }
        });
    }
    let class = list_classes("sources__list", groups.len());
    view! {
        <section class="sources" aria-labelledby="sources">
            <h2 class="section__heading" id="sources" tabindex="-1">"Sources"</h2>
            <p class="sources__intro">{intro}</p>
            <ol class=class>
                {built_items(built.into(), move |i| work_view(&profile, &groups[i]))}
            </ol>
        </section>
    }
}

fn work_view(profile: &Profile, group: &SourceGroup) -> AnyView {
    let id = profile.id.to_string();
    let href = |anchor: Anchor| anchor.href_in(&id);
    let heading = |id: &str| {
        profile
            .section(id)
            .map(|s| s.heading.clone())
            .unwrap_or_default()
    };
    let share = group.notes.len() * 100 / profile.notes.len().max(1);
    let s = &group.source;
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
            <p class="sources__notes">"Notes: "{note_links(profile, &group.notes)}</p>
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
    .into_any()
}

/// A link to each note citing the work: thousands, for a work a huge profile cites throughout.
fn note_links(profile: &Profile, notes: &[NoteNumber]) -> AnyView {
    let (profile_id, notes) = (profile.id.to_string(), notes.to_vec());
    built_in_slices(notes.len(), move |range| {
        notes[range]
            .iter()
            .map(
                |n| view! { <a href=Anchor::Note(n.0).href_in(&profile_id)>{n.to_string()}</a>" " },
            )
            .collect_view()
            .into_any()
    })
}

//! Two profiles compared: their timelines on one time axis, then their events side by side,
//! decade by decade, each with its notes. `#/compare/mek` first asks which profile to compare.

use crate::decimal::fixed;
use crate::model::{Event, Profile};
use crate::route::{Anchor, Route};
use crate::timeline::{category_key, category_symbol, compare, Mark};
use crate::ui::shell::api::{fetch_catalog, fetch_profile};
use crate::ui::shell::error_view::{ErrorView, Loading};
use crate::ui::shell::fetched::Fetched;
use crate::ui::shell::title::set_title;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ComparePage(left: String, right: Option<String>) -> impl IntoView {
    match right {
        None => view! { <ComparePicker left/> }.into_any(),
        Some(right) => {
            let load =
                |id: String| Fetched::new(move || fetch_profile(id.clone(), Box::new(|_| {})));
            let (a, b) = (load(left), load(right));
            view! {
                {move || match (a.get(), b.get()) {
                    (Some(Err(error)), _) => view! { <ErrorView error retry=move || a.refetch()/> }.into_any(),
                    (_, Some(Err(error))) => view! { <ErrorView error retry=move || b.refetch()/> }.into_any(),
                    (Some(Ok(a)), Some(Ok(b))) => view! { <Comparison left=a right=b/> }.into_any(),
                    _ => view! { <Loading what="both profiles"/> }.into_any(),
                }}
            }
            .into_any()
        }
    }
}

/// `#/compare/mek`: the other profiles of the catalog to compare it with.
#[component]
fn ComparePicker(left: String) -> impl IntoView {
    set_title("Compare — Dossier");
    let catalog = Fetched::new(fetch_catalog);
    view! {
        <section class="compare">
            <h1 class="compare__title">"Compare two profiles"</h1>
            {move || match catalog.get() {
                None => view! { <Loading what="the catalog"/> }.into_any(),
                Some(Err(error)) => view! { <ErrorView error retry=move || catalog.refetch()/> }.into_any(),
                Some(Ok(catalog)) => {
                    let name = catalog.profiles.iter().find(|p| p.id.as_str() == left).map_or_else(|| left.clone(), |p| p.name.clone());
                    let others: Vec<_> = catalog.profiles.iter().filter(|p| p.id.as_str() != left).cloned().collect();
                    view! {
                        <p>{format!("Compare {name} with:")}</p>
                        {if others.is_empty() {
                            view! { <p class="compare__empty">"There is no other profile in the catalog yet."</p> }.into_any()
                        } else {
                            view! {
                                <ul class="compare__choices">
                                    {others.into_iter().map(|other| {
                                        let href = Route::Compare { left: left.clone(), right: Some(other.id.to_string()) }.href();
                                        view! { <li><a href=href>{other.name}</a></li> }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    }.into_any()
                }
            }}
        </section>
    }
}

#[component]
fn Comparison(left: Arc<Profile>, right: Arc<Profile>) -> impl IntoView {
    set_title(&format!(
        "{} and {} compared — Dossier",
        left.name, right.name
    ));
    let c = compare(&left, &right);
    let profiles = [&left, &right];
    let percent = |x: f64| format!("{}%", fixed(x * 100.0, 3));
    let lanes = c
        .lanes
        .iter()
        .zip(profiles)
        .map(|(marks, profile)| {
            view! {
                <div class="compare__lane">
                    <span class="compare__lane-name">{profile.name.clone()}</span>
                    <div class="compare__track">
                        {marks.iter().map(|m| mark_view(m, percent)).collect_view()}
                    </div>
                </div>
            }
        })
        .collect_view();
    let ticks = c
        .ticks
        .iter()
        .map(|year| {
            let at = f64::from(year - c.first) / f64::from(c.last - c.first + 1);
            view! { <span class="compare__tick" style:left=percent(at)>{year.to_string()}</span> }
        })
        .collect_view();
    let summary = format!(
        "Both timelines on one axis, {} to {}: {} has {} events, {} has {}. The same events are listed by decade below.",
        c.first,
        c.last,
        left.name,
        left.events.len(),
        right.name,
        right.events.len()
    );
    let rows = c
        .decades
        .iter()
        .map(|d| {
            view! {
                <tr>
                    <th scope="row" class="compare__decade">{format!("{}s", d.start)}</th>
                    {d.sides.iter().zip(profiles).map(|(events, profile)| view! {
                        <td data-profile=profile.name.clone()>
                            <ul class="compare__events">
                                {events.iter().map(|e| event_view(profile, e)).collect_view()}
                            </ul>
                        </td>
                    }).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="compare">
            <h1 class="compare__title">{format!("{} and {}", left.name, right.name)}</h1>
            <p class="compare__intro">{summary.clone()}</p>
            <div class="compare__axis" role="img" aria-label=summary>
                {lanes}
                <div class="compare__lane" aria-hidden="true"><span></span><div class="compare__ticks">{ticks}</div></div>
            </div>
            <table class="compare__table">
                <caption class="compare__caption">"Events by decade"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Decade"</th>
                        <th scope="col">{left.name.clone()}</th>
                        <th scope="col">{right.name.clone()}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

fn mark_view(mark: &Mark, percent: impl Fn(f64) -> String) -> impl IntoView {
    let e = mark.event;
    view! {
        <span
            class=format!("compare__mark event--{}", category_key(e.category))
            class:compare__mark--period=mark.end.is_some()
            style:left=percent(mark.start)
            style:width=mark.end.map(|end| percent(end - mark.start))
            title=format!("{}: {}", e.date, e.title)
        ></span>
    }
}

/// An event with its date, category and the notes it comes from (links to them).
fn event_view(profile: &Profile, event: &Event) -> impl IntoView {
    let notes = event
        .notes
        .iter()
        .map(|n| {
            let href = Anchor::Note(n.0).href_in(&profile.id.to_string());
            view! { " "<a class="compare__note" href=href aria-label=format!("Note {n}")>{format!("[{n}]")}</a> }
        })
        .collect_view();
    view! {
        <li class=format!("compare__event event--{}", category_key(event.category))>
            <time class="compare__date" datetime=event.date.to_edtf()>{event.date.to_string()}</time>" "
            <span class="compare__symbol" aria-hidden="true">{category_symbol(event.category)}</span>" "
            <span class="visually-hidden">{format!("{}: ", event.category.label())}</span>
            {event.title.clone()}
            {notes}
        </li>
    }
}

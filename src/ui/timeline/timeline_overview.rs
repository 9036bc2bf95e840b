//! The overview strip: events per year across the whole range, and the periods
//! (home bases, designations) as spans on the same axis. Positions are percentages,
//! so it lays out correctly even when first drawn inside a hidden tab or iframe.

use crate::decimal::fixed;
use crate::model::Profile;
use crate::timeline::{decade_counts, period_rows, year_histogram};
use crate::ui::footnotes::note_marker::note_marker;
use crate::ui::reader::inline_text::MarkerIds;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn TimelineOverview(
    profile: Arc<Profile>,
    /// The timeline's groups as (id, first year), in order.
    groups: Vec<(String, i32)>,
    on_year: impl Fn(String, i32) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let first = groups.iter().map(|(_, start)| *start).min();
    let present = profile.present_year();
    let Some(start) = first else {
        return ().into_any();
    };
    let end = present.max(start);
    let span = f64::from(end - start + 1);
    let x = move |year: i32| f64::from(year - start) / span * 100.0;
    let histogram = year_histogram(&profile.events, start, end);
    let peak = histogram.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1) as f64;
    let group_of = move |year: i32| {
        groups
            .iter()
            .rev()
            .find(|(_, start)| *start <= year)
            .or(groups.first())
            .map(|(id, _)| id.clone())
            .unwrap_or_default()
    };
    // The decades are the strip's buttons: a year's bar can be a few pixels wide, a decade's
    // label is a target a finger can hit (WCAG 2.2: 24 px).
    let decades = decade_counts(&histogram);
    let ids = MarkerIds::new("tl-period-");
    view! {
        <div class="overview app-only" role="group" aria-label="Overview: events per year, and a jump to each decade">
            <div class="overview__bars" aria-hidden="true">
                {histogram.into_iter().filter(|(_, n)| *n > 0).map(|(year, n)| view! {
                    <span class="overview__bar"
                        style:left=percent(x(year)) style:width=percent(100.0 / span) style:height=percent(20.0 + 80.0 * n as f64 / peak)
                        title=format!("{year}: {n}")></span>
                }).collect_view()}
            </div>
            <div class="overview__axis">
                {decades.into_iter().map(|d| {
                    let group = group_of(d.first_year);
                    let year = d.first_year;
                    view! {
                        // Where it goes, for the written page's first code too (`written_timeline`).
                        <button type="button" class="overview__decade" data-group=group.clone() data-year=year style:left=percent(x(d.decade.max(start)))
                            aria-label=format!("{}s: {} event{}", d.decade, d.events, if d.events == 1 { "" } else { "s" })
                            on:click=move |_| on_year(group.clone(), year)>{format!("{}s", d.decade)}</button>
                    }
                }).collect_view()}
            </div>
            <dl class="overview__periods">
                {period_rows(&profile).into_iter().map(|row| view! {
                    <div class="overview__row">
                        <dt class="overview__row-label">{row.label}</dt>
                        <dd class="overview__track">
                            {row.spans.into_iter().map(|s| {
                                let (left, width, text) = match (s.start, s.end) {
                                    (Some(a), end) => {
                                        let b = end.unwrap_or(present);
                                        let when = match end { Some(b) if b != a => format!("{a}–{b}"), Some(_) => a.to_string(), None => format!("{a}–present") };
                                        (x(a), (x(b + 1) - x(a)).max(1.0), format!("{when}: {}", s.label))
                                    }
                                    (None, _) => (0.0, 100.0, format!("undated: {}", s.label)),
                                };
                                let undated = s.start.is_none();
                                let title = text.clone();
                                view! {
                                    <span class="overview__span" class:overview__span--undated=undated class:overview__span--ongoing=s.ongoing
                                        style:left=percent(left) style:width=percent(width) title=title>
                                        <span class="overview__span-label">{text}</span>
                                        {s.notes.iter().map(|n| note_marker(&profile, *n, ids.next(*n))).collect_view()}
                                    </span>
                                }
                            }).collect_view()}
                        </dd>
                    </div>
                }).collect_view()}
            </dl>
        </div>
    }
    .into_any()
}

/// A CSS percentage, for positions set through the CSSOM (allowed by a strict CSP).
fn percent(value: f64) -> String {
    format!("{}%", fixed(value, 3))
}

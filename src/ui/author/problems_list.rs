//! What the validator finds wrong with a profile, each with its JSON path (or line and
//! column) and a button that shows its place in the text; and what the importer could not
//! place in a narrative, with its line.

use super::excerpt::Place;
use crate::authoring::{Session, WhichText};
use crate::import::Finding;
use crate::validate::{Location, Problem};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ProblemsList(session: Arc<Session>, show: Callback<Place>) -> impl IntoView {
    let problems: Vec<Problem> = session.checked.problems.clone();
    let count = problems.len();
    let heading = match count {
        0 => "No problems found.".to_owned(),
        1 => "1 problem".to_owned(),
        n => format!("{n} problems"),
    };
    // Each place is found in the text when asked for: a long list on a large text stays quick.
    view! {
        <section class="author__problems" aria-labelledby="author-problems">
            <h2 id="author-problems" tabindex="-1" class:author__ok=count == 0>{heading}</h2>
            <ol class="author__list">
                {problems.into_iter().map(|problem| {
                    let name = problem.location.to_string();
                    let message = problem.message.clone();
                    let placed = !matches!(problem.location, Location::File);
                    let session = session.clone();
                    let go = move |_| {
                        if let Some((text, line, column)) = session.place(&problem) {
                            show.run(Place { text, line, column });
                        }
                    };
                    view! {
                        <li class="author__problem">
                            {if placed {
                                view! { <button type="button" class="author__place" on:click=go>{name}</button> }.into_any()
                            } else {
                                view! { <code>{name}</code> }.into_any()
                            }}
                            ": "{message}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
pub fn FindingsList(findings: Vec<Finding>, show: Callback<Place>) -> impl IntoView {
    (!findings.is_empty()).then(|| {
        view! {
            <section class="author__findings" aria-labelledby="author-findings">
                <h2 id="author-findings">{format!("The importer could not place {} thing{}", findings.len(), if findings.len() == 1 { "" } else { "s" })}</h2>
                <ol class="author__list">
                    {findings.into_iter().map(|finding| {
                        let line = finding.line;
                        view! {
                            <li>
                                <button type="button" class="author__place" on:click=move |_| show.run(Place { text: WhichText::Given, line, column: 1 })>
                                    {format!("line {line}")}
                                </button>
                                ": "{finding.message}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </section>
        }
    })
}

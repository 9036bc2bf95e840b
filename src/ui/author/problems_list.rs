//! What the validator finds wrong with a profile, each with its JSON path (or line and
//! column) and a button that shows its place in the text; and what the importer could not
//! place in a narrative, with its line.

use super::excerpt::Place;
use crate::authoring::place;
use crate::import::Finding;
use crate::validate::Problem;
use leptos::prelude::*;

#[component]
pub fn ProblemsList(
    problems: Vec<Problem>,
    /// The text the problems are about, and what it is.
    json: String,
    of: &'static str,
    show: Callback<Place>,
) -> impl IntoView {
    let count = problems.len();
    let heading = match count {
        0 => "No problems found.".to_owned(),
        1 => "1 problem".to_owned(),
        n => format!("{n} problems"),
    };
    view! {
        <section class="author__problems" aria-labelledby="author-problems">
            <h2 id="author-problems" tabindex="-1" class:author__ok=count == 0>{heading}</h2>
            <ol class="author__list">
                {problems.into_iter().map(|problem| {
                    let spot = place(&json, &problem);
                    view! {
                        <li class="author__problem">
                            {match spot {
                                Some((line, column)) => view! {
                                    <button type="button" class="author__place" on:click=move |_| show.run(Place { of, line, column })>
                                        {problem.location.to_string()}
                                    </button>
                                }.into_any(),
                                None => view! { <code>{problem.location.to_string()}</code> }.into_any(),
                            }}
                            ": "{problem.message}
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
                                <button type="button" class="author__place" on:click=move |_| show.run(Place { of: "your narrative", line, column: 1 })>
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

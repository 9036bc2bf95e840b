//! A few lines of a text around one, numbered, that one marked: where a problem is.

use crate::authoring::{Kind, Session, WhichText};
use leptos::prelude::*;
use std::sync::Arc;

/// Lines shown before and after the one marked.
const AROUND: usize = 6;

/// Which text, and which line and column of it (from 1).
#[derive(Clone, PartialEq)]
pub struct Place {
    pub text: WhichText,
    pub line: usize,
    pub column: usize,
}

#[component]
pub fn Excerpt(session: Arc<Session>, place: Place) -> impl IntoView {
    let figure = NodeRef::<leptos::html::Figure>::new();
    // The reader (and a screen reader's focus) goes to what they asked to see.
    Effect::new(move |_| {
        if let Some(figure) = figure.get() {
            let _ = figure.focus();
            figure.scroll_into_view();
        }
    });
    let first = place.line.saturating_sub(AROUND).max(1);
    let lines: Vec<(usize, String)> = session
        .text(place.text)
        .lines()
        .enumerate()
        .skip(first - 1)
        .take(2 * AROUND + 1)
        .map(|(i, l)| (i + 1, l.to_owned()))
        .collect();
    let of = match (place.text, session.kind) {
        (WhichText::Given, Kind::Json) => "your JSON",
        (WhichText::Given, Kind::Narrative) => "your narrative",
        (WhichText::Drafted, _) => "the drafted profile",
    };
    let caption = format!("Line {}, column {} of {of}", place.line, place.column);
    view! {
        <figure class="excerpt" tabindex="-1" node_ref=figure>
            <figcaption class="excerpt__caption">{caption}</figcaption>
            <pre class="excerpt__text">
                {lines.into_iter().map(|(number, line)| {
                    let marked = number == place.line;
                    view! {
                        <span class="excerpt__line" class:excerpt__line--marked=marked aria-current=marked.then_some("true")>
                            <span class="excerpt__number" aria-hidden="true">{number}</span>
                            {line}
                        </span>
                    }
                }).collect_view()}
            </pre>
        </figure>
    }
}

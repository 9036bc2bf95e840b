//! A profile's views other than its text, the timeline and the diagram, each with its own
//! code, fetched the first time the view is shown; on paper each ends with the notes it cites.

use super::printed_notes::PrintedNotes;
use crate::route::{Pane, Route};
use crate::ui::diagram::diagram_view::DiagramView;
use crate::ui::shell::api::ProfileSource;
use crate::ui::shell::lazy::{built, code, fetch_ahead, lazy_view, unreadable, Code};
use crate::ui::timeline::timeline_view::TimelineView;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

macro_rules! pane {
    ($name:ident, $load:ident, $component:ident, $pane:expr) => {
        #[wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible, preload($load))]
        fn $name(
            profile: ProfileSource,
            route: ReadSignal<Route>,
        ) -> Result<AnyView, SplitLoaderError> {
            Ok(match profile.read() {
                Ok(profile) => view! {
                    <$component profile=profile.clone() route/>
                    <PrintedNotes profile route pane=$pane/>
                }
                .into_any(),
                Err(error) => unreadable(error),
            })
        }
    };
}

pane!(timeline, load_timeline, TimelineView, Pane::Timeline);
pane!(diagram, load_diagram, DiagramView, Pane::Diagram);

const TIMELINE: Code = code!("the timeline", load_timeline);
const DIAGRAM: Code = code!("the diagram", load_diagram);

fn code_of(pane: Pane) -> Code {
    match pane {
        Pane::Timeline => TIMELINE,
        Pane::Diagram => DIAGRAM,
    }
}

#[component]
pub fn LazyPane(
    #[prop(into)] profile: ProfileSource,
    route: ReadSignal<Route>,
    pane: Pane,
) -> impl IntoView {
    let build = match pane {
        Pane::Timeline => built(move || timeline(profile.clone(), route)),
        Pane::Diagram => built(move || diagram(profile.clone(), route)),
    };
    lazy_view(code_of(pane), build)
}

/// Starts downloading a view's code: a pointer on the link to a view, or the focus, says the
/// view is likely next, and a click then finds it (nearly) here.
pub fn prefetch(pane: Pane) {
    // A view of a pre-rendered page is another page, which fetches its own code.
    if !crate::pages::writes_page_links() {
        fetch_ahead(code_of(pane));
    }
}

//! A profile view's state, kept in its URL's query: read it as a memo, change it with a
//! history entry (a click) or without one (typing, dragging a slider).

use crate::diagram::DiagramState;
use crate::route::{Pane, Route};
use crate::timeline::TimelineState;
use leptos::prelude::*;

use crate::ui::shell::use_route::{push_route, replace_route};

pub trait PaneState: Clone + Default + PartialEq + Send + Sync + 'static {
    fn from_query(query: &str) -> Self;
    fn to_query(&self) -> String;
}

impl PaneState for TimelineState {
    fn from_query(query: &str) -> Self {
        TimelineState::from_query(query)
    }
    fn to_query(&self) -> String {
        TimelineState::to_query(self)
    }
}

impl PaneState for DiagramState {
    fn from_query(query: &str) -> Self {
        DiagramState::from_query(query)
    }
    fn to_query(&self) -> String {
        DiagramState::to_query(self)
    }
}

/// Changes a view's state: `update(replace, change)`.
pub trait Update<S>: Fn(bool, &dyn Fn(&mut S)) + Copy + 'static {}
impl<S, F: Fn(bool, &dyn Fn(&mut S)) + Copy + 'static> Update<S> for F {}

/// `update(replace, change)` applies `change` to the current state and goes to its URL.
pub fn use_pane_state<S: PaneState>(
    route: ReadSignal<Route>,
    id: String,
    pane: Pane,
) -> (Memo<S>, impl Update<S>) {
    let state = Memo::new(move |_| route.with(|route| pane_state_in(route, pane)));
    let id = StoredValue::new(id);
    let update = move |replace: bool, change: &dyn Fn(&mut S)| {
        let mut next = state.get_untracked();
        change(&mut next);
        go_to_pane_state(id.get_value(), pane, &next, replace);
    };
    (state, update)
}

/// The state of the view `pane` as `route` has it: the default if `route` is another page's.
pub fn pane_state_in<S: PaneState>(route: &Route, pane: Pane) -> S {
    match route {
        Route::Pane {
            pane: current,
            query,
            ..
        } if *current == pane => S::from_query(query),
        _ => S::default(),
    }
}

/// Goes to the address of profile `id`'s view `pane` in `state`: with a history entry (a
/// click), or without one (`replace`: typing, dragging a slider).
pub fn go_to_pane_state<S: PaneState>(id: String, pane: Pane, state: &S, replace: bool) {
    go_to_pane_query(id, pane, state.to_query(), replace);
}

/// The same, with the state's query string.
pub fn go_to_pane_query(id: String, pane: Pane, query: String, replace: bool) {
    let route = Route::Pane { id, pane, query };
    if replace {
        replace_route(&route);
    } else {
        push_route(&route);
    }
}

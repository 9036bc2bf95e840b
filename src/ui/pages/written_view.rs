//! What the first code of a view's pre-rendered page shares (`written_timeline`,
//! `written_diagram`): it makes the controls the page was written with work on what is
//! written, without building a view, and keeps the view's state as the app's view does, in
//! the address, by the same rules (`use_pane_state`); the view's code, which comes with the
//! page's tools, then takes the part over in that state.

use crate::route::{Pane, Route};
use crate::ui::shell::page_address::current_route;
use crate::ui::shell::use_pane_state::{go_to_pane_query, pane_state_in, PaneState};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Keeps the state of view `pane`, written on the part `root`: starts from the address's,
/// with what the reader did before this code came (`reader_input`), shows it with `show`, as
/// back and forward change it too. Returns the state and `change(replace, how)`, which
/// changes it; if that changes anything, it is shown and goes to the address as the app's
/// view does it: with a history entry, or none (`replace`: typing, dragging a slider), and
/// says so. `None` if the route is not a view's.
#[allow(clippy::type_complexity)]
pub fn keep_state<S: PaneState>(
    root: &Element,
    route: ReadSignal<Route>,
    pane: Pane,
    show: impl Fn(&S) + 'static,
    reader_input: &dyn Fn(&mut S),
) -> Option<(Rc<RefCell<S>>, Rc<impl Fn(bool, &dyn Fn(&mut S)) -> bool>)> {
    let Route::Pane { id, .. } = route.get_untracked() else {
        return None;
    };
    let show = Rc::new(show);
    let state = Rc::new(RefCell::new(
        route.with_untracked(|r| pane_state_in::<S>(r, pane)),
    ));
    let owner = Owner::current();
    let change = Rc::new({
        let (state, show) = (state.clone(), show.clone());
        move |replace: bool, change: &dyn Fn(&mut S)| {
            let query = {
                let mut state = state.borrow_mut();
                let before = state.to_query();
                change(&mut state);
                let after = state.to_query();
                if after == before {
                    return false;
                }
                show(&state);
                after
            };
            // Not borrowed meanwhile: a new fragment (an embed's page keeps its state there)
            // fires `popstate` at once, whose listener below reads the state again.
            if let Some(owner) = &owner {
                owner.with(|| go_to_pane_query(id.clone(), pane, query, replace));
            }
            true
        }
    });
    // What the reader did before this code came, now the view's state; else the state the
    // address asks for, which the page, written once for its path, may not show.
    if !change(true, reader_input) {
        show(&state.borrow());
    }
    // Back and forward: the listener stays on the window and looks whether the part is still
    // there.
    listen(&window().into(), "popstate", false, {
        let (root, state) = (root.clone(), state.clone());
        move |_| {
            if root.is_connected() {
                let now = pane_state_in(&current_route(), pane);
                show(&now);
                *state.borrow_mut() = now;
            }
        }
    });
    Some((state, change))
}

/// An attribute such as `open` or `hidden`, set or removed; left alone if it already agrees,
/// so that a `<details>` fires no `toggle`.
pub fn set(element: &Element, attribute: &str, on: bool) {
    let _ = element.toggle_attribute_with_force(attribute, on);
}

pub fn first(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

pub fn target(ev: &web_sys::Event) -> Option<Element> {
    ev.target()?.dyn_into().ok()
}

/// The button an event happened in, if any.
pub fn button_of(ev: &web_sys::Event) -> Option<Element> {
    target(ev)?.closest("button").ok().flatten()
}

/// Listens to `name` on `root`; on the written part, the listener goes with it.
pub fn listen(
    root: &web_sys::EventTarget,
    name: &str,
    capture: bool,
    handle: impl Fn(web_sys::Event) + 'static,
) {
    let handle = Closure::<dyn Fn(web_sys::Event)>::new(handle).into_js_value();
    let _ = root.add_event_listener_with_callback_and_bool(name, handle.unchecked_ref(), capture);
}

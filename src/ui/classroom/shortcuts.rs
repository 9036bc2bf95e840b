//! Keyboard shortcuts (`crate::shortcuts`), the help overlay that lists them (`?`), and
//! presentation mode (`p`): large text for a projector at the back of a room.

use crate::route::{Anchor, Pane, Route};
use crate::shortcuts::{command_for, Command, SITE_KEYS, VIEW_KEYS};
use crate::ui::classroom::modal::ModalButton;
use crate::ui::shell::lazy::{built, code, lazy_view};
use crate::ui::shell::use_route::push_route;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use wasm_bindgen::JsCast;

/// The header's "Present" switch and "?" button, and the key handler behind both.
#[component]
pub fn ShortcutsAndPresent(route: ReadSignal<Route>) -> impl IntoView {
    let help = RwSignal::new(false);
    let presenting = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root
                .class_list()
                .toggle_with_force("is-presenting", presenting.get());
        }
    });
    let on_key = window_event_listener(leptos::ev::keydown, move |ev| {
        // Inside a dialog only "?" works, and only to close the help.
        let in_dialog = document()
            .query_selector("dialog[open]")
            .ok()
            .flatten()
            .is_some();
        if ev.default_prevented()
            || typing(&ev)
            || in_dialog && !(help.get_untracked() && ev.key() == "?")
        {
            return;
        }
        let Some(command) = command_for(&ev.key(), ev.ctrl_key(), ev.alt_key(), ev.meta_key())
        else {
            return;
        };
        ev.prevent_default();
        run(command, route.get_untracked(), help, presenting);
    });
    on_cleanup(move || on_key.remove());
    view! {
        <button type="button" class="button button--quiet button--small app-only" aria-pressed=move || presenting.get().to_string()
            on:click=move |_| presenting.update(|p| *p = !*p)>"Present"</button>
        <ModalButton label="?" aria_label="Keyboard shortcuts" title="Keyboard shortcuts" id="help-title" shown=help>
            {move || help.get().then(|| view! { <LazyShortcutsHelp/> })}
        </ModalButton>
    }
}

// The table's code is fetched the first time the help opens.
#[wasm_split(help, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_help))]
fn help() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ShortcutsHelp/> }.into_any())
}

/// The keyboard shortcuts' table, in the help dialog.
#[component]
fn LazyShortcutsHelp() -> impl IntoView {
    lazy_view(code!("the keyboard shortcuts", load_help), built(help))
}

/// Every shortcut, in two tables: anywhere, and in the views.
#[component]
fn ShortcutsHelp() -> impl IntoView {
    view! {
        <table class="shortcuts">
            <caption class="modal__label">"Anywhere (not while typing in a field)"</caption>
            <tbody>
                {SITE_KEYS.map(|(key, _, what)| view! { <tr><th scope="row"><kbd>{key}</kbd></th><td>{what}</td></tr> })}
            </tbody>
        </table>
        <table class="shortcuts">
            <caption class="modal__label">"In the views"</caption>
            <tbody>
                {VIEW_KEYS.map(|(key, what)| view! { <tr><th scope="row"><kbd>{key}</kbd></th><td>{what}</td></tr> })}
            </tbody>
        </table>
    }
}

/// Keys typed into a field are text, not commands.
fn typing(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.closest("[contenteditable]").ok().flatten().is_some()
        })
}

fn run(command: Command, route: Route, help: RwSignal<bool>, presenting: RwSignal<bool>) {
    let profile = match &route {
        Route::Profile { id, .. } | Route::Pane { id, .. } => Some(id.clone()),
        _ => None,
    };
    let go = |to: fn(String) -> Route| {
        if let Some(id) = profile.clone() {
            push_route(&to(id));
        }
    };
    match command {
        Command::Help => help.update(|h| *h = !*h),
        Command::Present => presenting.update(|p| *p = !*p),
        Command::Reader => go(|id| Route::Profile { id, anchor: None }),
        Command::Timeline => go(|id| pane(id, Pane::Timeline)),
        Command::Diagram => go(|id| pane(id, Pane::Diagram)),
        Command::Search => focus_first("input[type=search]"),
        Command::NextSection | Command::PreviousSection => {
            if let (Some(id), Some(section)) =
                (profile, neighbour_section(command == Command::NextSection))
            {
                push_route(&Route::Profile {
                    id,
                    anchor: Some(Anchor::Element(section)),
                });
            }
        }
    }
}

fn pane(id: String, pane: Pane) -> Route {
    Route::Pane {
        id,
        pane,
        query: String::new(),
    }
}

fn focus_first(selector: &str) {
    let field = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
    }
}

/// The id of the section after (or before) the one at the top of the window.
fn neighbour_section(next: bool) -> Option<String> {
    let headings = document()
        .query_selector_all(".profile__body .section__heading")
        .ok()?;
    let tops: Vec<(String, f64)> = (0..headings.length())
        .filter_map(|i| headings.item(i)?.dyn_into::<web_sys::Element>().ok())
        .map(|h| (h.id(), h.get_bounding_client_rect().top()))
        .filter(|(id, _)| !id.is_empty() && id != "notes")
        .collect();
    // The current section: the last heading in the top quarter of the window or above it
    // (a heading jumped to sits a scroll margin below the top).
    let quarter = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0)
        / 4.0;
    let current = tops.iter().rposition(|(_, top)| *top <= quarter);
    let target = match (current, next) {
        (None, true) => Some(0),
        (None, false) => None,
        (Some(i), true) => Some(i + 1),
        (Some(i), false) => i.checked_sub(1),
    };
    target.and_then(|i| tops.get(i)).map(|(id, _)| id.clone())
}

//! The app taking over a pre-rendered page. It is built whole (every part the page shows,
//! see `whole_page`) off the page, then put in the pre-rendered content's place in one task,
//! once nothing in it is still loading: the same components make the same elements, so the
//! reader sees no change, keeps the scroll position and the focus, and from then on the page
//! is the app's. If the app cannot show the page (the network failed on the profile), the
//! pre-rendered content stays: still readable, without what the app adds.

use super::app::App;
use super::whole_page::WholePage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// How long the app may take to build the page before it gives up taking it over: some 60 s
/// of frames (a slow phone on a slow network).
const FRAMES: u32 = 3_600;

pub fn take_over() {
    let document = document();
    let (Some(body), Ok(staging)) = (document.body(), document.create_element("div")) else {
        return;
    };
    let staging: HtmlElement = staging.unchecked_into();
    leptos::mount::mount_to(staging.clone(), || {
        provide_context(WholePage);
        view! { <App/> }
    })
    .forget();
    swap_when_built(body, staging, FRAMES);
}

fn swap_when_built(body: HtmlElement, staging: HtmlElement, frames_left: u32) {
    request_animation_frame(move || {
        let has = |selector| staging.query_selector(selector).ok().flatten().is_some();
        if has(".status--error") {
            mark("static");
            return;
        }
        if has(".status--loading") || staging.child_element_count() == 0 {
            if frames_left > 0 {
                swap_when_built(body, staging, frames_left - 1);
            } else {
                mark("static");
            }
            return;
        }
        swap(&body, &staging);
    });
}

fn swap(body: &HtmlElement, staging: &HtmlElement) {
    let window = window();
    let (x, y) = (
        window.scroll_x().unwrap_or_default(),
        window.scroll_y().unwrap_or_default(),
    );
    let focused = document()
        .active_element()
        .filter(|e| e != body.unchecked_ref::<Element>())
        .and_then(|e| path_in(body, &e));
    while let Some(child) = body.first_child() {
        let _ = body.remove_child(&child);
    }
    while let Some(child) = staging.first_child() {
        let _ = body.append_child(&child);
    }
    let _ = body.remove_attribute("data-prerendered");
    if let Some(element) = focused.and_then(|path| at_path(body, &path)) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
    window.scroll_to_with_x_and_y(x, y);
    // What is laid out by its width (the diagram's frame) measures itself, now that it has one.
    if let Ok(resize) = web_sys::Event::new("resize") {
        let _ = window.dispatch_event(&resize);
    }
    mark("live");
}

/// A pre-rendered page that is not the one the app shows (an embed, an older `#/…` address)
/// leaves at once: the app starts on an empty page, as it always has.
pub fn clear_prerendered() {
    if let Some(body) = document()
        .body()
        .filter(|b| b.has_attribute("data-prerendered"))
    {
        body.set_text_content(None);
        let _ = body.remove_attribute("data-prerendered");
    }
}

fn html() -> Option<Element> {
    document().document_element()
}

/// What became of the page, on `<html data-app>`: `live` once the app has it, `static` when
/// the pre-rendered content stays without the app.
fn mark(state: &str) {
    if let Some(html) = html() {
        let _ = html.set_attribute("data-app", state);
    }
}

/// Where `element` is under `root`: its position among its parent's elements, at each level.
fn path_in(root: &Element, element: &Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut at = element.clone();
    while &at != root {
        let parent = at.parent_element()?;
        let children = parent.children();
        let index = (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&at))?;
        path.push(index);
        at = parent;
    }
    path.reverse();
    Some(path)
}

fn at_path(root: &Element, path: &[u32]) -> Option<HtmlElement> {
    let mut at = root.clone();
    for &index in path {
        at = at.children().item(index)?;
    }
    at.dyn_into().ok()
}

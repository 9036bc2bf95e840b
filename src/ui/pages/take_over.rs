//! The app taking over a pre-rendered page. The page is already whole and readable; what the
//! app adds lives in its parts (`page_part`). The app builds those parts off the page with the
//! same components (`live_parts`), then, once nothing in them is still loading, puts each in
//! its pre-rendered twin's place in one task: the same components make the same elements, so
//! the reader sees no change, keeps the scroll position and the focus. The rest of the page (a
//! profile's text and sources, whose footnote markers the preview serves through window
//! listeners) stays as it was written.
//!
//! It comes in two steps: first what the page is for (the footnote preview; a view, the
//! catalog's search), then the rest (the header's and the tabs' tools, the contents, the
//! notes' copy buttons), whose code is fetched once the first step is live. If the app cannot
//! load what a step needs (the network failed on the profile, which a view and the tools read;
//! the footnote preview does not), that step's parts stay as they were written: the page is
//! still readable, without what they add. What the reader did before the app came (a
//! group opened, a filter typed) is carried over (`reader_input`).

use crate::route::Route;
use crate::ui::pages::live_parts::LiveParts;
use crate::ui::pages::reader_input::carry_over;
use crate::ui::pages::whole_page::WholePage;
use crate::ui::shell::page_address::route_as_written;
use crate::ui::shell::use_route::provide_route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// How long the app may take to build the parts before it gives up taking the page over: some
/// 60 s of frames (a slow phone on a slow network).
const FRAMES: u32 = 3_600;

pub fn take_over(route: Route) {
    // The page shows what its address asks for unless the address carries a state of its own
    // (`?open=…`), which the page, written once for its path, cannot.
    let as_written = route_as_written().as_ref() == Some(&route);
    let Ok(staging) = document().create_element("div") else {
        return;
    };
    let staging: HtmlElement = staging.unchecked_into();
    let later = ArcRwSignal::new(false);
    let start_later = later.clone();
    leptos::mount::mount_to(staging.clone(), move || {
        provide_context(WholePage);
        let route = provide_route(route.clone());
        let later = Signal::from(later.read_only());
        view! { <LiveParts route later/> }
    })
    .forget();
    // The first step's parts are made as the app mounts (the home page's has none: its search
    // works on the written list); the second's come once `later` is set, in a task after.
    when_built(staging.clone(), FRAMES, false, move || {
        swap(&staging, as_written);
        mark("live");
        start_later.set(true);
        when_built(staging.clone(), FRAMES, true, move || {
            swap(&staging, as_written);
            mark("whole");
        });
    });
}

/// Runs `then` in the first frame in which nothing in `staging` is loading (and, if
/// `parts_due`, it holds parts).
/// A part that could not be made shows its error (with its retry) in the pre-rendered one's
/// place; if what all the parts need could not be had (the profile), or time is up, the page
/// stays as it is, marked `<html data-app="static">` if it never came to life (which the page
/// then says: `not_taken_over`).
fn when_built(
    staging: HtmlElement,
    frames_left: u32,
    parts_due: bool,
    then: impl FnOnce() + 'static,
) {
    request_animation_frame(move || {
        let has = |selector| staging.query_selector(selector).ok().flatten().is_some();
        let failed = has(":scope > .status--error") || frames_left == 0;
        let lived = document()
            .document_element()
            .is_some_and(|html| html.has_attribute("data-app"));
        if failed && !lived {
            mark("static");
        }
        if failed {
            return;
        }
        if has(".status--loading") || (parts_due && !has(":scope > [data-part]")) {
            when_built(staging, frames_left - 1, parts_due, then);
        } else {
            then();
        }
    });
}

/// Each part built in `staging` in its pre-rendered twin's place.
fn swap(staging: &HtmlElement, as_written: bool) {
    let window = window();
    let (x, y) = (
        window.scroll_x().unwrap_or_default(),
        window.scroll_y().unwrap_or_default(),
    );
    let document = document();
    let focused = document.active_element();
    let Ok(parts) = staging.query_selector_all(":scope > [data-part]") else {
        return;
    };
    let mut refocus = None;
    for part in (0..parts.length()).filter_map(|i| parts.item(i)?.dyn_into::<Element>().ok()) {
        let name = part.get_attribute("data-part").unwrap_or_default();
        let Some(twin) = document
            .query_selector(&format!("body [data-part=\"{name}\"]"))
            .ok()
            .flatten()
        else {
            continue;
        };
        if let Some(path) = focused.as_ref().and_then(|f| path_in(&twin, f)) {
            refocus = Some((part.clone(), path));
        }
        let _ = twin.replace_with_with_node_1(&part);
        carry_over(&twin, &part, as_written);
    }
    if let Some(element) = refocus.and_then(|(part, path)| at_path(&part, &path)) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
    if let Some(body) = document.body() {
        let _ = body.remove_attribute("data-prerendered");
    }
    window.scroll_to_with_x_and_y(x, y);
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

/// What became of the page, on `<html data-app>`: `live` once the app's first parts are on it,
/// `whole` once the rest are too, `static` when the pre-rendered content stays without the app.
/// Also a performance mark (`dossier:live`…), for the benchmarks and the tests.
fn mark(state: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-app", state);
    }
    if let Some(performance) = window().performance() {
        let _ = performance.mark(&format!("dossier:{state}"));
    }
}

/// Where `element` is under `root` (itself included): its position among its parent's
/// elements, at each level.
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

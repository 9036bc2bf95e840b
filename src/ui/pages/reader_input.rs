//! What a reader did on a pre-rendered page before the app came — opened or closed a
//! timeline's group or event, typed in a filter, moved the diagram's year, switched the
//! previews off — carried over to the part the app built in its place (`take_over`): set on
//! the part's own controls, whose events then put the view's state, and its address, in step
//! as if the reader had done it there.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlTextAreaElement};

/// `twin` is the pre-rendered part, `part` the app's, now on the page in its place (the app's
/// events are listened to on the document). Only where both have the same controls, in the
/// same order: the same components built them. A field is carried if the reader changed it
/// (its value is not the one written); a `<details>` has no such record, and is carried only
/// when the page shows the state it was written with (`as_written`: no `?open=…` of the
/// address's own, which the app then shows instead).
pub fn carry_over(twin: &Element, part: &Element, as_written: bool) {
    const CONTROLS: &str = "details, input, textarea";
    let (Ok(before), Ok(built)) = (
        twin.query_selector_all(CONTROLS),
        part.query_selector_all(CONTROLS),
    ) else {
        return;
    };
    if before.length() != built.length() {
        return;
    }
    let element = |list: &web_sys::NodeList, i| list.item(i)?.dyn_into::<Element>().ok();
    for i in 0..before.length() {
        if let (Some(before), Some(built)) = (element(&before, i), element(&built, i)) {
            carry(&before, &built, as_written);
        }
    }
}

fn carry(before: &Element, built: &Element, as_written: bool) {
    if before.tag_name() == "DETAILS" {
        if !as_written {
            return;
        }
        // Opening or closing a `<details>` fires its `toggle` event by itself.
        let open = before.has_attribute("open");
        if open != built.has_attribute("open") {
            let _ = if open {
                built.set_attribute("open", "")
            } else {
                built.remove_attribute("open")
            };
        }
    } else if let (Some(before), Some(built)) = (
        before.dyn_ref::<HtmlInputElement>(),
        built.dyn_ref::<HtmlInputElement>(),
    ) {
        match before.type_().as_str() {
            "checkbox" if changed(before.checked(), before.default_checked(), built.checked()) => {
                built.set_checked(before.checked());
                announce(built, "change");
            }
            // A file chosen cannot be given to another input.
            "checkbox" | "file" => {}
            _ if changed(before.value(), before.default_value(), built.value()) => {
                built.set_value(&before.value());
                announce(built, "input");
            }
            _ => {}
        }
    } else if let (Some(before), Some(built)) = (
        before.dyn_ref::<HtmlTextAreaElement>(),
        built.dyn_ref::<HtmlTextAreaElement>(),
    ) {
        if changed(
            before.value(),
            before.default_value().unwrap_or_default(),
            built.value(),
        ) {
            built.set_value(&before.value());
            announce(built, "input");
        }
    }
}

/// Whether the reader made `now` of what was written (`written`), and the app's control does
/// not show it yet.
fn changed<T: PartialEq>(now: T, written: T, built: T) -> bool {
    now != written && now != built
}

/// The event a reader's change would have fired.
fn announce(element: &Element, name: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = Event::new_with_event_init_dict(name, &init) {
        let _ = element.dispatch_event(&event);
    }
}

//! Tells the host page the embed's content height, whenever it changes and when asked
//! (see `crate::embed` for the message formats).

use crate::embed::{embed_size_message, is_size_request, pym_height_message};
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Observes `root` and posts its height to the parent window. The embed's root lives as long
/// as the page, so the observer and listener do too.
pub fn report_size(root: web_sys::Element, id: Option<&'static str>) {
    let Some(parent) = window().parent().ok().flatten() else {
        return;
    };
    if js_sys::Object::is(&parent, &window()) {
        return; // Opened on its own, not embedded: nobody to tell.
    }
    let last = Rc::new(Cell::new(0u32));
    let post = {
        let parent = parent.clone();
        let root = root.clone();
        Rc::new(move |again: bool| {
            let height = root.get_bounding_client_rect().height().ceil() as u32;
            if height == 0 || (height == last.get() && !again) {
                return;
            }
            last.set(height);
            if let Some(id) = id {
                let _ =
                    parent.post_message(&JsValue::from_str(&pym_height_message(id, height)), "*");
            }
            if let Ok(message) = js_sys::JSON::parse(&embed_size_message(id, height)) {
                let _ = parent.post_message(&message, "*");
            }
        })
    };

    let on_resize = {
        let post = post.clone();
        Closure::<dyn Fn()>::new(move || post(false))
    };
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    on_resize.forget();
    observer.observe(&root);

    // A Pym parent asks again with its `width` message; nothing else is acted on.
    let Some(id) = id else {
        return;
    };
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            let from_parent = ev.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
            if from_parent
                && ev
                    .data()
                    .as_string()
                    .is_some_and(|m| is_size_request(&m, id))
            {
                post(true);
            }
        });
    let _ =
        window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();
}

//! Work that can wait until the current change is on screen, or at least until the task after
//! this one: so that its cost is not in the frame, or the task, that answers the reader.

use leptos::prelude::{is_server, request_animation_frame, set_timeout, window};
use std::time::Duration;

/// Runs `work` in the first task after the next frame (an animation frame's callbacks run
/// before that frame's style and paint; a timeout set from one runs after them).
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    // A page being pre-rendered is never on screen: what would follow its paint is the app's.
    if is_server() {
        return;
    }
    request_animation_frame(move || set_timeout(work, Duration::ZERO));
}

/// Resolves in a task of its own (a timeout): what follows the `await` runs apart from what
/// came before it, as two shorter tasks instead of one long one.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

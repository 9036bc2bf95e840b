//! Work that can wait until the current change is on screen: run it after the next frame
//! has been drawn, so that its cost is not in the frame that answers the reader.

use leptos::prelude::{request_animation_frame, set_timeout};
use std::time::Duration;

/// Runs `work` in the first task after the next frame (an animation frame's callbacks run
/// before that frame's style and paint; a timeout set from one runs after them).
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(work, Duration::ZERO));
}

//! A page built whole, at once: by the pre-renderer, which writes every part of it into the
//! HTML file, and by the app taking over a pre-rendered page, whose reader already has all of
//! it on screen (the parts otherwise built a frame at a time would change the page under them).

use crate::model::{Catalog, Profile};
use crate::ui::shell::after_paint::next_task;
use leptos::prelude::*;
use std::sync::Arc;

#[derive(Clone, Copy)]
pub struct WholePage;

/// What the pre-renderer has already read: the pages take it instead of fetching it.
#[derive(Clone)]
pub struct Preloaded {
    pub catalog: Arc<Catalog>,
    pub profile: Option<Arc<Profile>>,
}

pub fn builds_whole() -> bool {
    use_context::<WholePage>().is_some()
}

/// Whether a part that the app taking a page over builds apart may be built: in a task after
/// the one that builds the rest, so that the take-over is two shorter tasks rather than one
/// long one (until then the part is a loading status, which the swap waits for). At once
/// when pre-rendering, and on a page the app builds as it goes.
pub fn built_apart() -> Signal<bool> {
    let due = RwSignal::new(is_server() || !builds_whole());
    if !due.get_untracked() {
        leptos::task::spawn_local(async move {
            next_task().await;
            due.set(true);
        });
    }
    due.into()
}

/// The catalog the pre-renderer read, if this page is being pre-rendered.
pub fn preloaded_catalog() -> Option<Arc<Catalog>> {
    use_context::<Preloaded>().map(|p| p.catalog)
}

/// The profile `id`, if this page is being pre-rendered with it.
pub fn preloaded_profile(id: &str) -> Option<Arc<Profile>> {
    use_context::<Preloaded>()
        .and_then(|p| p.profile)
        .filter(|p| p.id.as_str() == id)
}

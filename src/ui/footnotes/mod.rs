//! Footnote markers and the one preview that shows a note in place.

pub(crate) mod footnote_preview;
pub(crate) mod marker_events;
pub(crate) mod note_card;
pub(crate) mod note_marker;
pub(crate) mod preview_state;
pub(crate) mod previews_toggle;
pub(crate) mod use_placement;

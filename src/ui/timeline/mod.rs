//! The collapsible timeline and its overview.

pub(crate) mod event_moves;
pub(crate) mod timeline_overview;
pub(crate) mod timeline_view;
pub(crate) mod written_timeline;

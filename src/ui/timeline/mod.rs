//! The collapsible timeline and its overview.

pub(crate) mod timeline_overview;
pub(crate) mod timeline_view;

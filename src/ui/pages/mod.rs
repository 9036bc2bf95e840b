//! The pre-rendered pages: written at build time by the pre-renderer, taken over by the app part by
//! part.

pub(crate) mod later_parts;
pub(crate) mod live_parts;
pub(crate) mod not_taken_over;
pub(crate) mod page_part;
#[cfg(feature = "prerender")]
pub mod prerender;
#[cfg(target_arch = "wasm32")]
pub(crate) mod reader_input;
#[cfg(target_arch = "wasm32")]
pub(crate) mod take_over;
pub(crate) mod whole_page;
pub(crate) mod written_view;

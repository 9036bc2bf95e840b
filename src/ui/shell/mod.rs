//! The app's frame: its start, the site's header and page, routes and addresses, the network,
//! loading and errors, and the code fetched when needed.

pub(crate) mod after_paint;
pub(crate) mod api;
pub(crate) mod app;
pub(crate) mod clicked_link;
pub(crate) mod download;
pub(crate) mod error_view;
pub(crate) mod fetched;
pub(crate) mod lazy;
#[cfg(target_arch = "wasm32")]
pub mod mount;
pub(crate) mod page_address;
pub(crate) mod title;
pub(crate) mod use_pane_state;
pub(crate) mod use_route;

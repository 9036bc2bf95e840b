//! Dossier: research profiles of militant organizations, rendered in the browser.
//!
//! Everything outside `ui` is plain Rust with no browser types, tested natively:
//! the profile model, its validation, the catalog search and the URL routes. (`lowercase`
//! alone asks the browser, in the browser, for a mapping the wasm would otherwise carry.)

pub mod authoring;
pub mod build_pace;
pub mod citations;
pub mod cite;
pub mod decimal;
pub mod diagram;
pub mod embed;
pub mod geometry;
pub mod import;
pub mod json_path;
pub mod json_place;
pub mod lowercase;
pub mod model;
pub mod note_book;
#[cfg(not(target_arch = "wasm32"))]
pub mod page_html;
pub mod pages;
pub mod preview_placement;
pub mod route;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod search;
pub mod shortcuts;
pub mod sources;
#[cfg(not(target_arch = "wasm32"))]
pub mod synthetic;
pub mod timeline;
pub mod validate;

#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;

#[cfg(test)]
mod test_fixtures;

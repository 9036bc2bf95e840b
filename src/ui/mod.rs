//! The browser app: thin Leptos components that render what the pure modules compute.
//! Natively (the `prerender` feature) the same components write the pre-rendered pages.
//!
//! - `shell`: the app's start, the site's frame, routes, the network, loading and errors, the
//!   code fetched when needed;
//! - `pages`: the pre-rendered pages, written by the pre-renderer and taken over by the app;
//! - `catalog`, `reader` (a profile's text, its contents, notes and sources), `footnotes`,
//!   `timeline`, `diagram`: what a reader sees;
//! - `embed`: the app inside another site, and the dialog that builds its snippet;
//! - `classroom`: print, cite, copy, present, shortcuts, compare;
//! - `author`: the Author page, which checks, drafts and previews a profile in the browser.

// The pre-renderer writes the full site's pages: the embedded app, the dialogs' bodies and
// the network code are the browser's alone.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

mod author;
mod catalog;
mod classroom;
mod diagram;
mod embed;
mod footnotes;
pub mod pages;
mod reader;
pub mod shell;
mod timeline;

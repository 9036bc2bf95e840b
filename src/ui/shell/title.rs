//! The browser tab's title for the page on show.

use leptos::prelude::*;

pub fn set_title(title: &str) {
    // A pre-rendered page's title is written by the pre-renderer, from the same words.
    if is_server() {
        return;
    }
    document().set_title(title);
}

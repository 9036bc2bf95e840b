//! The browser app: thin Leptos components that render what the pure modules compute.
//! Natively (the `prerender` feature) the same components write the pre-rendered pages.

// The pre-renderer writes the full site's pages: the embedded app, the dialogs' bodies and
// the network code are the browser's alone.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

mod after_paint;
mod api;
mod app;
mod catalog_page;
mod cite_dialog;
mod compare_page;
mod copy_button;
mod diagram_canvas;
mod diagram_drawing;
mod diagram_export;
mod diagram_view;
mod embed_app;
mod embed_dialog;
mod embed_mode;
mod embed_navigation;
mod embed_size;
mod embed_view;
mod error_view;
mod fetched;
mod footnote_preview;
mod inline_text;
mod later_parts;
mod lazy_views;
mod live_parts;
mod marker_events;
mod modal;
mod narrative;
mod note_marker;
mod notes_list;
mod page_address;
mod page_part;
#[cfg(feature = "prerender")]
pub mod prerender;
mod preview_state;
mod previews_toggle;
mod print_header;
mod printed_notes;
mod profile_header;
mod profile_page;
mod relationship_card;
mod relationship_table;
mod shortcuts;
mod sources_list;
mod table_of_contents;
#[cfg(target_arch = "wasm32")]
mod take_over;
mod timeline_overview;
mod timeline_view;
mod use_pane_state;
mod use_placement;
mod use_printing;
mod use_progressive_count;
mod use_route;
mod use_scroll_spy;
mod views_nav;
mod whole_page;

#[cfg(target_arch = "wasm32")]
pub fn mount() {
    // A panic's message in the console, while developing; a release build has none to show
    // (it aborts, and carries no panic messages).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // The app starts in a task after the one that compiled the wasm: two shorter tasks
    // instead of one that blocks the page for both.
    // (Leptos's own executor starts with the app: not yet here.)
    wasm_bindgen_futures::spawn_local(async {
        after_paint::next_task().await;
        // The static "Loading Dossier…" line shows until the app is running.
        if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
            boot.remove();
        }
        if page_address::shows_own_page() {
            page_address::link_from_this_page();
            take_over::take_over(page_address::current_route());
        } else {
            take_over::clear_prerendered();
            lazy_views::start_app().await;
        }
    });
}

//! The one footnote preview of a page: the open note's card (`note_card`), placed beside its
//! marker (see `crate::preview_placement`).

use crate::geometry::Rect;
use crate::note_book::NoteBook;
use crate::preview_placement::{css_px, place, Placement};
use crate::ui::footnotes::marker_events::listen_to_markers;
use crate::ui::footnotes::note_card::{note_card, PageCards, WrittenCards};
use crate::ui::footnotes::note_marker::PREVIEW_ID;
use crate::ui::footnotes::preview_state::PreviewState;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Where the preview finds the notes' cards.
#[derive(Clone)]
pub enum PreviewNotes {
    /// Made from the profile's notes: the app's. A pre-rendered page is written with every
    /// card, for its first code.
    Book(Arc<NoteBook>),
    /// The cards a pre-rendered page was written with: its first code's.
    Page(PageCards),
}

#[component]
pub fn FootnotePreview(notes: PreviewNotes) -> impl IntoView {
    let state = PreviewState::get();
    listen_to_markers(state);
    let placement: RwSignal<Option<Placement>> = RwSignal::new(None);

    // Measure once the preview is in the page, and again when the page moves under it.
    let reposition = move || {
        request_animation_frame(move || placement.set(measure(state)));
    };
    Effect::new(move |_| {
        if state.open.with(Option::is_some) {
            placement.set(None);
            reposition();
        }
    });
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| {
        if state.open.with_untracked(Option::is_some) {
            reposition();
        }
    });
    let on_resize = window_event_listener(leptos::ev::resize, move |_| {
        if state.open.with_untracked(Option::is_some) {
            reposition();
        }
    });
    // Escape closes and leaves focus on the marker; a tap or click elsewhere closes.
    let on_key = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            if let Some(open) = state.open.get_untracked() {
                state.close();
                focus_element(&open.marker_id);
            }
        }
    });
    let on_pointer = window_event_listener(leptos::ev::pointerdown, move |ev| {
        let Some(open) = state.open.get_untracked() else {
            return;
        };
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = |id: &str| {
            document()
                .get_element_by_id(id)
                .is_some_and(|el| el.contains(target.as_ref()))
        };
        if !inside(PREVIEW_ID) && !inside(&open.marker_id) {
            state.close();
        }
    });
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
        on_key.remove();
        on_pointer.remove();
    });

    // The place, written by one effect through the CSSOM, which a strict
    // Content-Security-Policy allows (an attribute binding each costs the main module more
    // code). Unplaced, the preview is laid out but not shown (style/footnotes.css), to be
    // measured.
    let preview_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let placement = placement.get();
        if let Some(preview) = preview_ref.get() {
            show_at(&preview, placement);
        }
    });
    let written = match &notes {
        PreviewNotes::Book(book) if is_server() => {
            Some(view! { <WrittenCards notes=book.clone()/> })
        }
        _ => None,
    };
    let preview = move || {
        let open = state.open.get()?;
        let card = match &notes {
            PreviewNotes::Book(book) => note_card(book, open.note, state.copy_button)?.into_any(),
            PreviewNotes::Page(cards) => cards.card(open.note)?.into_any(),
        };
        let marker_id = open.marker_id.clone();
        Some(view! {
            <div
                id=PREVIEW_ID
                class="preview"
                node_ref=preview_ref
                role="dialog"
                aria-labelledby="note-preview-title"
                on:pointerenter=move |_| state.keep_open()
                on:pointerleave=move |ev| {
                    if ev.pointer_type() == "mouse" {
                        state.close_after_grace();
                    }
                }
            >
                <div class="preview__head">
                    <h2 class="preview__title" id="note-preview-title">{format!("Note {}", open.note)}</h2>
                    <button type="button" class="preview__close" aria-label="Close note preview" on:click=move |_| {
                        state.close();
                        focus_element(&marker_id);
                    }>"×"</button>
                </div>
                {card}
            </div>
        })
    };
    view! { {written}{preview} }
}

fn show_at(preview: &web_sys::HtmlElement, placement: Option<Placement>) {
    let style = preview.style();
    let classes = preview.class_list();
    let px = |f: fn(&Placement) -> f64| placement.map_or("0".to_owned(), |p| css_px(f(&p)));
    let _ = style.set_property("left", &px(|p| p.left));
    let _ = style.set_property("top", &px(|p| p.top));
    let _ = match placement {
        Some(p) => style.set_property("max-height", &css_px(p.max_height)),
        None => style.remove_property("max-height").map(drop),
    };
    let _ = classes.toggle_with_force("preview--above", placement.is_some_and(|p| p.above));
    let _ = classes.toggle_with_force("is-placed", placement.is_some());
}

fn measure(state: PreviewState) -> Option<Placement> {
    let open = state.open.get_untracked()?;
    let marker = document()
        .get_element_by_id(&open.marker_id)?
        .get_bounding_client_rect();
    let preview = document()
        .get_element_by_id(PREVIEW_ID)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()?;
    let marker = Rect {
        left: marker.left(),
        top: marker.top(),
        width: marker.width(),
        height: marker.height(),
    };
    // The natural height, before any clamp from an earlier placement.
    let size = (
        f64::from(preview.offset_width()),
        f64::from(preview.scroll_height()),
    );
    let viewport = document().document_element()?;
    let viewport = (
        f64::from(viewport.client_width()),
        f64::from(viewport.client_height()),
    );
    Some(place(marker, size, viewport))
}

pub fn focus_element(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

//! The footnote preview's shared state: which note is open and for which marker,
//! the dwell and grace timers, and the reader's on/off choice (kept across visits).

use crate::model::NoteNumber;
use crate::ui::classroom::copy_button::CopyButton;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use std::time::Duration;

/// Pointer dwell before a preview opens.
const DWELL: Duration = Duration::from_millis(200);
/// Grace after the pointer leaves marker and preview, so it can travel between them.
const GRACE: Duration = Duration::from_millis(300);
const STORAGE_KEY: &str = "dossier.footnote-previews";

#[derive(Debug, Clone, PartialEq)]
pub struct OpenPreview {
    pub note: NoteNumber,
    /// The element id of the marker the preview belongs to.
    pub marker_id: String,
}

/// Makes the preview's copy button for a citation.
pub type CopyButtonMaker = fn(String) -> AnyView;

#[derive(Clone, Copy)]
pub struct PreviewState {
    pub open: RwSignal<Option<OpenPreview>>,
    pub enabled: RwSignal<bool>,
    /// The preview's "Copy citation" button comes with the page's tools, whose code is not
    /// the first interaction's (`offer_copy`); until then the preview has none. One open
    /// when it comes keeps its place (and scrolls), rather than jumping under the reader.
    pub copy_button: RwSignal<Option<CopyButtonMaker>>,
    open_timer: StoredValue<Option<TimeoutHandle>>,
    close_timer: StoredValue<Option<TimeoutHandle>>,
}

impl PreviewState {
    /// Creates the state for a page and makes it available to its markers.
    pub fn provide() -> Self {
        let open = RwSignal::new(None::<OpenPreview>);
        let state = PreviewState {
            open,
            enabled: RwSignal::new(stored_choice().unwrap_or(true)),
            copy_button: RwSignal::new(None),
            open_timer: StoredValue::new(None),
            close_timer: StoredValue::new(None),
        };
        provide_context(state);
        on_cleanup(move || state.cancel_timers());
        state
    }

    pub fn get() -> Self {
        expect_context()
    }

    /// Gives the page's preview, if it has one, its copy button.
    pub fn offer_copy() {
        if let Some(state) = use_context::<PreviewState>() {
            state.copy_button.set(Some(copy_citation_button));
        }
    }

    pub fn is_open_for(&self, marker_id: &str) -> bool {
        self.open
            .with_untracked(|o| o.as_ref().is_some_and(|o| o.marker_id == marker_id))
    }

    pub fn open_after_dwell(&self, note: NoteNumber, marker_id: String) {
        self.cancel(self.open_timer);
        self.cancel(self.close_timer);
        let state = *self;
        let handle = set_timeout_with_handle(move || state.open_now(note, marker_id), DWELL).ok();
        self.open_timer.set_value(handle);
    }

    pub fn open_now(&self, note: NoteNumber, marker_id: String) {
        self.cancel_timers();
        if self.enabled.get_untracked() {
            self.open.set(Some(OpenPreview { note, marker_id }));
        }
    }

    /// The pointer left: stop a pending open, and close after the grace delay.
    pub fn close_after_grace(&self) {
        self.cancel(self.open_timer);
        self.cancel(self.close_timer);
        let state = *self;
        let handle = set_timeout_with_handle(move || state.close(), GRACE).ok();
        self.close_timer.set_value(handle);
    }

    /// The pointer came back (onto the preview or its marker): stay open.
    pub fn keep_open(&self) {
        self.cancel(self.close_timer);
    }

    pub fn close(&self) {
        self.cancel_timers();
        if self.open.with_untracked(Option::is_some) {
            self.open.set(None);
        }
    }

    pub fn set_enabled(&self, enabled: bool) {
        self.enabled.set(enabled);
        if !enabled {
            self.close();
        }
        if let Some(storage) = storage() {
            let _ = storage.set_item(STORAGE_KEY, if enabled { "on" } else { "off" });
        }
    }

    fn cancel_timers(&self) {
        self.cancel(self.open_timer);
        self.cancel(self.close_timer);
    }

    fn cancel(&self, timer: StoredValue<Option<TimeoutHandle>>) {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }
}

fn copy_citation_button(citation: String) -> AnyView {
    view! { <CopyButton text=citation label="Copy citation"/> }.into_any()
}

/// The reader's earlier choice, if storage is available and holds one.
fn stored_choice() -> Option<bool> {
    let value = storage()?.get_item(STORAGE_KEY).ok()??;
    Some(value != "off")
}

/// The site's local storage; none inside an embed, which stores nothing.
fn storage() -> Option<web_sys::Storage> {
    if is_server() || crate::ui::embed::embed_mode::is_embed() {
        return None;
    }
    window().local_storage().ok().flatten()
}

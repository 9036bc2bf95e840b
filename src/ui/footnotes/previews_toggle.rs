//! The reader's switch for footnote previews; with them off, markers still jump to the notes.

use crate::ui::footnotes::preview_state::PreviewState;
use leptos::prelude::*;

#[component]
pub fn PreviewsToggle() -> impl IntoView {
    let state = PreviewState::get();
    view! {
        <label class="toggle app-only">
            <input
                type="checkbox"
                role="switch"
                class="toggle__input"
                // The attribute for the pre-rendered page (Leptos writes no properties into HTML).
                checked=move || state.enabled.get()
                prop:checked=move || state.enabled.get()
                on:change:target=move |ev| state.set_enabled(ev.target().checked())
            />
            <span class="toggle__label">"Footnote previews"</span>
        </label>
    }
}

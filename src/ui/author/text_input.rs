//! Where an author gives the page a text: a file dropped on it or picked, or text pasted and
//! edited. An edit is read once the typing pauses.

use crate::authoring::refused;
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use std::time::Duration;

/// How long typing pauses before the text is read again.
const PAUSE: Duration = Duration::from_millis(300);

#[component]
pub fn TextInput(
    /// The text to read (a file's, or the field's after a pause).
    on_text: Callback<String>,
    /// Why a text was refused (too large, unreadable), or `None`.
    refusal: RwSignal<Option<String>>,
    /// The text in the field, which the page may also write (a drafted profile's JSON).
    field: RwSignal<String>,
) -> impl IntoView {
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let give = move |text: String| {
        if let Some(message) = refused(text.len()) {
            refusal.set(Some(message));
            return;
        }
        refusal.set(None);
        on_text.run(text);
    };
    let typed = move |text: String| {
        if let Some(handle) = timer.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || give(text), PAUSE);
        timer.set_value(handle.ok());
    };
    let read_file = move |file: web_sys::File| {
        if let Some(message) = refused(file.size() as usize) {
            refusal.set(Some(message));
            return;
        }
        let name = file.name();
        let reading = file.text();
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(reading)
                .await
                .ok()
                .and_then(|t| t.as_string())
            {
                Some(text) => {
                    field.set(text.clone());
                    give(text);
                }
                None => refusal.set(Some(format!("{name} could not be read as text."))),
            }
        });
    };
    let over = RwSignal::new(false);
    view! {
        <div
            class="author__drop app-only"
            class:author__drop--over=move || over.get()
            on:dragover=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                over.set(true);
            }
            on:dragleave=move |_| over.set(false)
            on:drop=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                over.set(false);
                if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                    read_file(file);
                }
            }
        >
            <p class="author__drop-hint">
                "Drop a profile's JSON file or a START-style narrative (.txt) here, or "
                <label class="author__pick">
                    "choose a file"
                    <input type="file" class="author__file" accept=".json,.txt,application/json,text/plain"
                        on:change=move |ev| {
                            let input: web_sys::HtmlInputElement = event_target(&ev);
                            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                                read_file(file);
                            }
                            input.set_value("");
                        }/>
                </label>
                "."
            </p>
            <label class="author__paste" for="author-text">"Or paste it, and edit it here:"</label>
            <textarea id="author-text" class="field author__text" rows="12" spellcheck="false"
                prop:value=move || field.get()
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    field.set(text.clone());
                    typed(text);
                }></textarea>
        </div>
        {move || refusal.get().map(|message| view! {
            <p class="status status--error" role="alert">{message}</p>
        })}
    }
}

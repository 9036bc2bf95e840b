//! Copies a text to the clipboard and says so.

use leptos::prelude::*;

#[component]
pub fn CopyButton(text: String, label: &'static str) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let text = StoredValue::new(text);
    let copy = move |_| {
        let promise = window()
            .navigator()
            .clipboard()
            .write_text(&text.get_value());
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.set(Some(ok));
        });
    };
    view! {
        <button type="button" class="copy-button" on:click=copy>
            {move || match copied.get() {
                None => label.to_owned(),
                Some(true) => "Copied".to_owned(),
                Some(false) => "Copy failed".to_owned(),
            }}
        </button>
        <span class="visually-hidden" role="status">
            {move || match copied.get() {
                Some(true) => "Citation copied to the clipboard",
                Some(false) => "Could not copy: select the citation text instead",
                None => "",
            }}
        </span>
    }
}

//! Copies a text to the clipboard and says so.

use leptos::prelude::*;

/// `what` names the text in the announcement: "Citation copied to the clipboard".
#[component]
pub fn CopyButton(
    #[prop(into)] text: Signal<String>,
    label: &'static str,
    #[prop(default = "Citation")] what: &'static str,
) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    // A changed text has not been copied yet.
    Effect::new(move |_| {
        text.track();
        copied.set(None);
    });
    let copy = move |_| {
        let promise = window()
            .navigator()
            .clipboard()
            .write_text(&text.get_untracked());
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.set(Some(ok));
        });
    };
    view! {
        <button type="button" class="copy-button app-only" on:click=copy>
            {move || match copied.get() {
                None => label.to_owned(),
                Some(true) => "Copied".to_owned(),
                Some(false) => "Copy failed".to_owned(),
            }}
        </button>
        <span class="visually-hidden" role="status">
            {move || match copied.get() {
                Some(true) => format!("{what} copied to the clipboard"),
                Some(false) => format!("Could not copy: select the {} text instead", what.to_ascii_lowercase()),
                None => String::new(),
            }}
        </span>
    }
}

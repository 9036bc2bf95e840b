//! A button that opens a modal `<dialog>`: the browser traps focus inside it, Escape closes
//! it, and focus returns to the button.

use leptos::prelude::*;

/// `shown` lets others open and close it too (a keyboard shortcut), or build its content
/// only while it is open.
#[component]
pub fn ModalButton(
    label: &'static str,
    title: &'static str,
    /// The dialog heading's element id.
    id: &'static str,
    #[prop(optional)] shown: Option<RwSignal<bool>>,
    /// The button's accessible name, when its label is a symbol.
    #[prop(optional)]
    aria_label: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let shown = shown.unwrap_or_else(|| RwSignal::new(false));
    Effect::new(move |_| {
        let Some(dialog) = dialog.get() else {
            return;
        };
        match (shown.get(), dialog.open()) {
            (true, false) => {
                let _ = dialog.show_modal();
            }
            (false, true) => dialog.close(),
            _ => {}
        }
    });
    view! {
        <button type="button" class="button button--quiet button--small app-only" aria-haspopup="dialog" aria-label=aria_label on:click=move |_| shown.set(true)>
            {label}
        </button>
        // Escape and the close button both end in the dialog's `close` event.
        <dialog node_ref=dialog class="modal" aria-labelledby=id on:close=move |_| shown.set(false)>
            <div class="modal__head">
                <h2 id=id class="modal__title">{title}</h2>
                <button type="button" class="button button--quiet button--small" on:click=move |_| shown.set(false) aria-label="Close">"✕"</button>
            </div>
            {children()}
        </dialog>
    }
}

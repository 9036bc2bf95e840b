//! A button that opens a modal `<dialog>`: the browser traps focus inside it, Escape closes
//! it, and focus returns to the button.

use leptos::prelude::*;

/// `on_open` runs before the dialog shows (to start it from the reader's current place).
#[component]
pub fn ModalButton(
    label: &'static str,
    title: &'static str,
    /// The dialog heading's element id.
    id: &'static str,
    #[prop(optional, into)] on_open: Option<Callback<()>>,
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let open = move |_| {
        if let Some(on_open) = on_open {
            on_open.run(());
        }
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    view! {
        <button type="button" class="button button--quiet button--small" aria-haspopup="dialog" on:click=open>
            {label}
        </button>
        <dialog node_ref=dialog class="modal" aria-labelledby=id>
            <div class="modal__head">
                <h2 id=id class="modal__title">{title}</h2>
                <button type="button" class="button button--quiet button--small" on:click=close aria-label="Close">"✕"</button>
            </div>
            {children()}
        </dialog>
    }
}

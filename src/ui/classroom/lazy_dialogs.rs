//! The Cite and Embed dialogs of a profile's page: their bodies' code is fetched the first
//! time one opens.

use super::cite_dialog::CiteDialog;
use super::modal::ModalButton;
use crate::model::Profile;
use crate::route::Route;
use crate::ui::embed::embed_dialog::EmbedDialog;
use crate::ui::shell::lazy::{built, code, lazy_view};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::sync::Arc;

#[wasm_split(cite, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_cite))]
fn cite(profile: Arc<Profile>, route: ReadSignal<Route>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <CiteDialog profile route/> }.into_any())
}

#[wasm_split(embed, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_embed))]
fn embed(profile: Arc<Profile>, route: ReadSignal<Route>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <EmbedDialog profile route/> }.into_any())
}

/// The dialogs of a profile's page that are opened by a click.
#[derive(Clone, Copy)]
pub enum Dialog {
    Cite,
    Embed,
}

/// A dialog's button: the dialog's body is built when it opens, once its code is here.
#[component]
pub fn LazyDialogButton(
    profile: Arc<Profile>,
    route: ReadSignal<Route>,
    dialog: Dialog,
) -> impl IntoView {
    let (label, title, id) = match dialog {
        Dialog::Cite => ("Cite", "Cite this", "cite-dialog-title"),
        Dialog::Embed => ("Embed", "Embed in your site", "embed-dialog-title"),
    };
    let shown = RwSignal::new(false);
    let body = move || {
        let profile = profile.clone();
        match dialog {
            Dialog::Cite => lazy_view(
                code!("the citations", load_cite),
                built(move || cite(profile.clone(), route)),
            ),
            Dialog::Embed => lazy_view(
                code!("the embed options", load_embed),
                built(move || embed(profile.clone(), route)),
            ),
        }
    };
    view! {
        <ModalButton label title id shown>
            {move || shown.get().then(body.clone())}
        </ModalButton>
    }
}

//! Loading, error and not-found states: never a blank page.

use crate::ui::shell::api::LoadError;
use leptos::prelude::*;

#[component]
pub fn Loading(what: &'static str) -> impl IntoView {
    view! {
        <p class="status status--loading" role="status" aria-live="polite">
            <span class="status__spinner" aria-hidden="true"></span>
            {format!("Loading {what}…")}
        </p>
    }
}

#[component]
pub fn ErrorView(error: LoadError, retry: impl Fn() + 'static + Send + Sync) -> impl IntoView {
    let retryable = error.retryable();
    view! {
        <div class="status status--error" role="alert">
            <h2 class="status__title">{error.title()}</h2>
            <p class="status__detail">{error.detail()}</p>
            <p class="status__actions">
                {retryable.then(|| view! {
                    <button type="button" class="button" on:click=move |_| retry()>"Try again"</button>
                })}
                <a class="button button--quiet" href="#/">"All profiles"</a>
            </p>
        </div>
    }
}

#[component]
pub fn NotFound(what: String) -> impl IntoView {
    crate::ui::shell::title::set_title("Not found — Dossier");
    view! {
        <div class="status status--error" role="alert">
            <h1 class="status__title">"Page not found"</h1>
            <p class="status__detail">{format!("Nothing lives at “{what}”.")}</p>
            <p class="status__actions"><a class="button" href="#/">"All profiles"</a></p>
        </div>
    }
}

//! What a pre-rendered page says when the app could not take it over (`take_over` marks it
//! `<html data-app="static">`: the code or the profile's file of its first step could not be
//! had). Written into every page, shown only then (style/base.css): the page stays readable as
//! written, its controls, which nothing will make work, are hidden, and trying again loads the
//! page again. It costs the first load nothing.

use leptos::prelude::*;

#[component]
pub fn NotTakenOver() -> impl IntoView {
    is_server().then(|| {
        view! {
            <div class="status status--error not-taken-over" role="alert">
                <h2 class="status__title">"Part of this page could not be loaded"</h2>
                <p class="status__detail">"It is shown as it was written, without its controls. Check your connection and try again."</p>
                <p class="status__actions"><a class="button" href="">"Try again"</a></p>
            </div>
        }
    })
}

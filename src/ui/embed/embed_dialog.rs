//! The "Embed" action: a dialog that builds the snippet for a part of the profile, with
//! its theme, accent and starting state, and copies it.

use crate::embed::{EmbedOptions, EmbedScope, Part, Rgb, Snippet, Theme};
use crate::model::Profile;
use crate::route::Route;
use crate::ui::classroom::copy_button::CopyButton;
use crate::ui::embed::embed_mode::site_address;
use crate::ui::shell::page_address::prerendered_profiles;
use leptos::prelude::*;
use std::sync::Arc;

const DEFAULT_ACCENT: Rgb = Rgb(0x1f, 0x4e, 0x8c);

/// The dialog's body, built each time it opens (its button: `LazyDialogButton`).
#[component]
pub fn EmbedDialog(profile: Arc<Profile>, route: ReadSignal<Route>) -> impl IntoView {
    let parts = Arc::new(EmbedScope::all(&profile));
    // Starts from what the reader is looking at: a view, or a section they jumped to.
    let here = EmbedScope::of(&route.get_untracked());
    let chosen = RwSignal::new(
        here.and_then(|h| parts.iter().position(|p| *p == h))
            .unwrap_or(0),
    );
    let keep_state = RwSignal::new(true);
    let theme = RwSignal::new(Theme::Auto);
    let accent = RwSignal::new(None::<Rgb>);

    let snippet = {
        let (profile, parts) = (profile.clone(), parts.clone());
        let pages = prerendered_profiles().contains(profile.id.as_str());
        Memo::new(move |_| {
            let scope = &parts[chosen.get()];
            // The view's current state (year, filters, open groups), when it is the one on show.
            let state = match route.get() {
                Route::Pane { query, .. }
                    if keep_state.get() && EmbedScope::of(&route.get()).as_ref() == Some(scope) =>
                {
                    query
                }
                _ => String::new(),
            };
            let options = EmbedOptions {
                theme: theme.get(),
                accent: accent.get(),
                id: Some(scope.embed_id()),
            };
            let snippet = Snippet {
                base: &site_address(),
                profile: &profile,
                scope,
                state: &state,
                options: &options,
                pages,
            };
            (snippet.html(), snippet.embed_url())
        })
    };
    let html = Signal::derive(move || snippet.with(|(html, _)| html.clone()));
    let has_state = {
        let parts = parts.clone();
        move || {
            matches!(parts[chosen.get()].part, Part::Pane(_))
                && matches!(route.get(), Route::Pane { ref query, .. } if !query.is_empty())
        }
    };

    view! {
            <label class="modal__field">
                <span class="modal__label">"What to embed"</span>
                <select class="modal__select" on:change=move |ev| {
                    if let Ok(i) = event_target_value(&ev).parse() {
                        chosen.set(i);
                    }
                } prop:value=move || chosen.get().to_string()>
                    {parts.iter().enumerate().map(|(i, scope)| {
                        let text = match scope.part {
                            Part::Whole => "The whole profile".to_owned(),
                            Part::Section(_) => format!("Section: {}", scope.label(&profile)),
                            _ => scope.label(&profile),
                        };
                        view! { <option value=i.to_string()>{text}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="modal__check" prop:hidden=move || !has_state()>
                <input type="checkbox" prop:checked=keep_state on:change=move |ev| keep_state.set(event_target_checked(&ev))/>
                " Start where this view is now (year, filters, open groups)"
            </label>
            <fieldset class="modal__field">
                <legend class="modal__label">"Colours"</legend>
                {Theme::ALL.map(|t| view! {
                    <label class="modal__radio">
                        <input type="radio" name="embed-theme" prop:checked=move || theme.get() == t on:change=move |_| theme.set(t)/>
                        {format!(" {}", t.label())}
                    </label>
                })}
                <label class="modal__radio">
                    <input type="checkbox" prop:checked=move || accent.get().is_some()
                        on:change=move |ev| accent.set(event_target_checked(&ev).then_some(DEFAULT_ACCENT))/>
                    " Use an accent colour "
                </label>
                <input type="color" class="modal__colour" aria-label="Accent colour"
                    prop:value=move || accent.get().unwrap_or(DEFAULT_ACCENT).css()
                    on:input=move |ev| accent.set(Rgb::parse(&event_target_value(&ev)))/>
            </fieldset>
            <label class="modal__field">
                <span class="modal__label">"Snippet"</span>
                <textarea class="modal__code" readonly rows="7" spellcheck="false" prop:value=html
                    on:focus=|ev| {
                        use wasm_bindgen::JsCast;
                        if let Some(area) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                            area.select();
                        }
                    }></textarea>
            </label>
            <p class="modal__actions">
                <CopyButton text=html label="Copy snippet" what="Snippet"/>
                <a href=move || snippet.with(|(_, url)| url.clone()) target="_blank" rel="noopener">"Open the embed on its own ↗"</a>
            </p>
            <p class="modal__help">
                "Paste both lines into your page. The script sizes every Dossier embed on the page to its content; without it the frame keeps its height and scrolls. Embeds set no cookies, store nothing and load nothing from any other site."
            </p>
    }
}

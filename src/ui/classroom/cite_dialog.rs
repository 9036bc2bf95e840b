//! "Cite this": the profile, or the view on show, in four citation styles, each with a
//! copy button. The formatting is `crate::cite`'s.

use crate::cite::{Day, Style, Work};
use crate::model::Profile;
use crate::route::Route;
use crate::ui::classroom::copy_button::CopyButton;
use crate::ui::embed::embed_mode::full_site_url;
use leptos::prelude::*;
use std::sync::Arc;

/// The dialog's body (its button: `LazyDialogButton`).
#[component]
pub fn CiteDialog(profile: Arc<Profile>, route: ReadSignal<Route>) -> impl IntoView {
    let whole = RwSignal::new(false);
    let profile_id = profile.id.to_string();
    // The view cited, with its stable address (the view, not its momentary state).
    let target = move || match route.get() {
        Route::Pane { id, pane, .. } if !whole.get() => (
            Some(pane.label()),
            Route::Pane {
                id,
                pane,
                query: String::new(),
            },
        ),
        _ => (
            None,
            Route::Profile {
                id: profile_id.clone(),
                anchor: None,
            },
        ),
    };
    let on_pane = move || matches!(route.get(), Route::Pane { .. });
    let today = move || {
        let now = js_sys::Date::new_0();
        Day {
            year: now.get_full_year() as i32,
            month: now.get_month() as u8 + 1,
            day: now.get_date() as u8,
        }
    };
    let citation = move |style: Style| {
        let (view, route) = target();
        let url = full_site_url(&route);
        Work {
            profile: &profile,
            view,
            url: &url,
            accessed: today(),
        }
        .cite(style)
    };
    let citation = StoredValue::new(citation);
    view! {
            <label class="modal__check" prop:hidden=move || !on_pane()>
                <input type="checkbox" prop:checked=whole on:change=move |ev| whole.set(event_target_checked(&ev))/>
                " Cite the whole profile, not this view"
            </label>
            {Style::ALL.map(|style| {
                let text = Signal::derive(move || citation.with_value(|c| c(style)));
                view! {
                    <section class="modal__field cite" aria-label=style.label()>
                        <h3 class="modal__label">{style.label()}</h3>
                        <pre class="modal__code cite__text" data-style=style.label()>{text}</pre>
                        <CopyButton text label="Copy" what=style.label()/>
                    </section>
                }
            })}
            <p class="modal__help">
                "The address is this view’s stable link; the access date is today’s. The profile’s publisher stands as its author, as the source names it."
            </p>
    }
}

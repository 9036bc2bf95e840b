//! The line that heads a printout: what it is, where it came from, and when it was printed.
//! Shown only on paper (`style/print.css`).

use crate::model::MONTHS;
use crate::route::Route;
use crate::ui::classroom::use_printing::use_printing;
use crate::ui::embed::embed_mode::full_site_url;
use leptos::prelude::*;

#[component]
pub fn PrintHeader(name: String, route: ReadSignal<Route>) -> impl IntoView {
    let printing = use_printing();
    let line = move || {
        // Read so that the date is the day of printing, not of loading.
        printing.track();
        let view = match route.get() {
            Route::Pane { pane, .. } => format!(" — {}", pane.label()),
            _ => String::new(),
        };
        // A pre-rendered page printed without the app: no address or day to tell.
        if is_server() {
            return format!("{name}{view} · Dossier");
        }
        let now = js_sys::Date::new_0();
        let month = MONTHS[(now.get_month() as usize).min(11)];
        format!(
            "{name}{view} · Dossier · {} · printed {} {month} {}",
            full_site_url(&route.get()),
            now.get_date(),
            now.get_full_year()
        )
    };
    view! { <p class="print-header">{line}</p> }
}

//! The tabs of a profile's views, and the tools beside them: copy the address of what is on
//! show, cite it, embed it, and the switch for footnote previews.

use super::lazy_pane::prefetch;
use crate::model::Profile;
use crate::route::{Pane, Route};
use crate::ui::classroom::copy_button::CopyButton;
use crate::ui::classroom::lazy_dialogs::{Dialog, LazyDialogButton};
use crate::ui::embed::embed_mode::full_site_url;
use crate::ui::footnotes::previews_toggle::PreviewsToggle;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ViewsNav(profile: Arc<Profile>, route: ReadSignal<Route>) -> impl IntoView {
    let pane = Memo::new(move |_| match route.get() {
        Route::Pane { pane, .. } => Some(pane),
        _ => None,
    });
    let id = profile.id.to_string();
    let reader_href = Route::Profile {
        id: id.clone(),
        anchor: None,
    }
    .href();
    let pane_links = Pane::ALL.map(|p| {
        let href = Route::Pane {
            id: id.clone(),
            pane: p,
            query: String::new(),
        }
        .href();
        // Pointing at a view's tab, or focusing it, starts downloading the view's code (on a
        // pre-rendered page, `index.html`'s first script fetches the code of the view's page).
        view! {
            <a class="views__link" href=href data-view=p.slug() aria-current=move || (pane.get() == Some(p)).then_some("page")
                on:pointerenter=move |_| prefetch(p) on:focus=move |_| prefetch(p)>{p.label()}</a>
        }
    });
    view! {
        <nav class="views" aria-label="Views of this profile">
            <a class="views__link" href=reader_href aria-current=move || pane.get().is_none().then_some("page")>"Profile"</a>
            {pane_links}
            <a class="views__link app-only" href=Route::Compare { left: id, right: None }.href()>"Compare"</a>
            <span class="views__spacer"></span>
            // Every state a reader reaches is in the URL: the link restores it.
            <CopyButton text=Signal::derive(move || full_site_url(&route.get())) label="Copy link" what="Link"/>
            <LazyDialogButton profile=profile.clone() route dialog=Dialog::Cite/>
            <LazyDialogButton profile route dialog=Dialog::Embed/>
            <PreviewsToggle/>
        </nav>
    }
}

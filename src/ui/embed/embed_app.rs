//! The app inside another site's iframe: one part of one profile, fixed by the URL it was
//! embedded with, reporting its height to the host.

use crate::embed::{EmbedOptions, EmbedScope};
use crate::route::Route;
use crate::ui::embed::embed_mode::{app_address, apply_look};
use crate::ui::embed::embed_navigation::{keep_embed_in, on_embed_click};
use crate::ui::embed::embed_size::report_size;
use crate::ui::pages::not_taken_over::NotTakenOver;
use crate::ui::reader::profile_page::ProfilePage;
use leptos::prelude::*;

#[component]
pub fn EmbedApp(options: &'static EmbedOptions, route: ReadSignal<Route>) -> impl IntoView {
    apply_look(options);
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(root) = root.get() {
            report_size(root.into(), options.id.as_deref());
        }
    });
    let scope = EmbedScope::of(&route.get_untracked());
    if let Some(scope) = &scope {
        keep_embed_in(scope.clone());
    }
    view! {
        <div class="embed" node_ref=root on:click=on_embed_click>
            <main id="main" class="embed__main">
                <NotTakenOver/>
                {match scope {
                    Some(scope) => view! { <ProfilePage id=scope.profile.clone() route embed=scope/> }.into_any(),
                    None => view! {
                        <div class="status status--error" role="alert">
                            <h1 class="status__title">"Nothing to embed here"</h1>
                            <p class="status__detail">"This embed’s address names no profile or view of one."</p>
                            <p class="status__actions">
                                <a class="button" href=app_address() target="_blank" rel="noopener">"Open Dossier ↗"</a>
                            </p>
                        </div>
                    }.into_any(),
                }}
            </main>
        </div>
    }
}

//! The profile as it will be published: its page, with every view, inside the Author page.
//! Moving between its views, or to a note, changes the preview, not the page's address.

use crate::model::{Catalog, Profile, FORMAT_VERSION};
use crate::route::Route;
use crate::ui::pages::whole_page::Preloaded;
use crate::ui::reader::profile_page::ProfilePage;
use crate::ui::shell::clicked_link::clicked_link;
use crate::ui::shell::page_address::route_of_link;
use crate::ui::shell::use_route::{provide_route_kept_in_page, push_route};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn AuthorPreview(profile: Arc<Profile>) -> impl IntoView {
    let id = profile.id.to_string();
    provide_context(Preloaded {
        catalog: Arc::new(Catalog {
            format: FORMAT_VERSION,
            profiles: Vec::new(),
        }),
        profile: Some(profile),
    });
    let route = provide_route_kept_in_page(Route::Profile {
        id: id.clone(),
        anchor: None,
    });
    view! {
        <div class="author__preview" on:click=follow_in_preview>
            <ProfilePage id route/>
        </div>
    }
}

/// A link in the preview to one of the site's own pages (a view, a note) goes there inside it.
fn follow_in_preview(ev: leptos::ev::MouseEvent) {
    let href = clicked_link(&ev)
        .filter(|a| a.get_attribute("target").is_none())
        .and_then(|a| a.get_attribute("href"));
    if let Some(route) = href.as_deref().and_then(route_of_link) {
        ev.prevent_default();
        push_route(&route);
    }
}

//! The site's pages rendered to HTML at build time, by Leptos's `ssr` renderer from the same
//! components the app runs: what a reader sees before the wasm arrives, and what is there
//! without JavaScript.

use crate::embed::{EmbedOptions, Theme};
use crate::model::{Catalog, Profile};
use crate::pages::{with_page_links, PageLinks};
use crate::route::Route;
use crate::ui::embed::embed_app::EmbedApp;
use crate::ui::pages::whole_page::{Preloaded, WholePage};
use crate::ui::shell::app::Site;
use crate::ui::shell::use_route::provide_route;
use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use std::sync::Arc;

/// The body of the page at `links.from`, which shows `route`: the site's header and the page
/// (an embed's page: the part alone, as the embed shows it), all of it built (every section,
/// note, source, event), its links written as links between pre-rendered pages.
pub fn render_body(
    route: Route,
    links: PageLinks,
    catalog: Arc<Catalog>,
    profile: Option<Arc<Profile>>,
) -> String {
    // Tasks the components spawn follow later changes (a render effect's next runs): a page
    // written once has none, so they are dropped rather than run.
    let _ = Executor::init_custom_executor(NoLaterChanges);
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let embed = links.embed.is_some();
    let html = with_page_links(links, || {
        owner.with(|| {
            provide_context(WholePage);
            provide_context(Preloaded { catalog, profile });
            let route = provide_route(route);
            // An embed's options (theme, accent, id) are its address's, applied in the browser.
            if embed {
                view! { <EmbedApp options=&NO_OPTIONS route/> }.to_html()
            } else {
                view! { <Site route/> }.to_html()
            }
        })
    });
    owner.unset();
    html
}

static NO_OPTIONS: EmbedOptions = EmbedOptions {
    theme: Theme::Auto,
    accent: None,
    id: None,
};

struct NoLaterChanges;

impl CustomExecutor for NoLaterChanges {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

//! The views not every page shows, and the dialogs a click opens, each compiled into its own
//! wasm module that the browser fetches the first time one is shown (Leptos's wasm splitting,
//! run by `.ci/split-wasm.mjs`; README "Size"): a reader of the profile's text downloads
//! neither the timeline nor the diagram until opening one, nor the catalog, the app that runs
//! inside embeds, or the keyboard shortcuts' help.

use super::api::LoadError;
use super::catalog_page::CatalogPage;
use super::cite_dialog::CiteDialog;
use super::compare_page::ComparePage;
use super::diagram_view::DiagramView;
use super::embed_app::EmbedApp;
use super::embed_dialog::EmbedDialog;
use super::error_view::{ErrorView, Loading};
use super::modal::ModalButton;
use super::shortcuts::ShortcutsHelp;
use super::timeline_view::TimelineView;
use crate::embed::EmbedOptions;
use crate::model::Profile;
use crate::route::{Pane, Route};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::cell::RefCell;
use std::collections::HashSet;
use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

// `fallible`: a failed download is an error to show, not a panic. `preload`: the download
// alone, so that the view itself is built afterwards, at once, inside its owner.
#[wasm_split(compare, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_compare))]
fn compare(left: String, right: Option<String>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ComparePage left right/> }.into_any())
}

#[wasm_split(catalog, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_catalog))]
fn catalog(route: ReadSignal<Route>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <CatalogPage route/> }.into_any())
}

#[wasm_split(embedded, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_embedded))]
fn embedded(
    options: &'static EmbedOptions,
    route: ReadSignal<Route>,
) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <EmbedApp options route/> }.into_any())
}

#[wasm_split(help, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_help))]
fn help() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ShortcutsHelp/> }.into_any())
}

/// A split point for a component of a profile's page: `$name` builds `$component` from the
/// code of its own wasm module, which `$load` downloads.
macro_rules! profile_part {
    ($name:ident, $load:ident, $component:ident) => {
        #[wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible, preload($load))]
        fn $name(
            profile: Arc<Profile>,
            route: ReadSignal<Route>,
        ) -> Result<AnyView, SplitLoaderError> {
            Ok(view! { <$component profile route/> }.into_any())
        }
    };
}

profile_part!(timeline, load_timeline, TimelineView);
profile_part!(diagram, load_diagram, DiagramView);
profile_part!(cite, load_cite, CiteDialog);
profile_part!(embed, load_embed, EmbedDialog);

/// The parts of a profile's page whose code is fetched when first shown: its two views, and
/// the bodies of its Cite and Embed dialogs.
#[derive(Clone, Copy)]
pub enum Part {
    Timeline,
    Diagram,
    Cite,
    Embed,
}

impl From<Pane> for Part {
    fn from(pane: Pane) -> Self {
        match pane {
            Pane::Timeline => Part::Timeline,
            Pane::Diagram => Part::Diagram,
        }
    }
}

const TIMELINE: &str = "the timeline";
const DIAGRAM: &str = "the diagram";

/// Starts downloading a view's code, unless it is here: a pointer on the link to a view, or
/// the focus, says the view is likely next, and a click then finds it (nearly) here. A failed
/// download is left for the click to retry and report.
pub fn prefetch(pane: Pane) {
    let what = match pane {
        Pane::Timeline => TIMELINE,
        Pane::Diagram => DIAGRAM,
    };
    if LOADED.with_borrow(|loaded| loaded.contains(what)) {
        return;
    }
    spawn_local(async move {
        match pane {
            Pane::Timeline => download(what, load_timeline).await,
            Pane::Diagram => download(what, load_diagram).await,
        };
    });
}

#[component]
pub fn LazyPart(profile: Arc<Profile>, route: ReadSignal<Route>, part: Part) -> impl IntoView {
    match part {
        Part::Timeline => lazy_view(TIMELINE, load_timeline, move || {
            timeline(profile.clone(), route)
        })
        .into_any(),
        Part::Diagram => lazy_view(DIAGRAM, load_diagram, move || {
            diagram(profile.clone(), route)
        })
        .into_any(),
        Part::Cite => lazy_view("the citations", load_cite, move || {
            cite(profile.clone(), route)
        })
        .into_any(),
        Part::Embed => lazy_view("the embed options", load_embed, move || {
            embed(profile.clone(), route)
        })
        .into_any(),
    }
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
    let (label, title, id, part) = match dialog {
        Dialog::Cite => ("Cite", "Cite this", "cite-dialog-title", Part::Cite),
        Dialog::Embed => (
            "Embed",
            "Embed in your site",
            "embed-dialog-title",
            Part::Embed,
        ),
    };
    let shown = RwSignal::new(false);
    view! {
        <ModalButton label title id shown>
            {move || shown.get().then(|| view! { <LazyPart profile=profile.clone() route part/> })}
        </ModalButton>
    }
}

/// Two profiles compared.
#[component]
pub fn LazyCompare(left: String, right: Option<String>) -> impl IntoView {
    lazy_view("the comparison", load_compare, move || {
        compare(left.clone(), right.clone())
    })
}

/// The home page: the catalog and its search.
#[component]
pub fn LazyCatalog(route: ReadSignal<Route>) -> impl IntoView {
    lazy_view("the catalog", load_catalog, move || catalog(route))
}

/// The app inside another site's iframe.
#[component]
pub fn LazyEmbedApp(options: &'static EmbedOptions, route: ReadSignal<Route>) -> impl IntoView {
    lazy_view("the embedded view", load_embedded, move || {
        embedded(options, route)
    })
}

/// The keyboard shortcuts' table, in the help dialog.
#[component]
pub fn LazyShortcutsHelp() -> impl IntoView {
    lazy_view("the keyboard shortcuts", load_help, help)
}

thread_local! {
    /// The views whose code is here: they are built at once, with no loading line.
    static LOADED: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
}

#[derive(Clone, Copy, PartialEq)]
enum Code {
    Loading,
    Loaded,
    Failed,
}

/// While the code of `what` downloads, a loading line; if that fails, an error with a retry
/// (a failed download is not remembered: trying again fetches again); then the view `build`
/// makes, built like any other once its code is here.
fn lazy_view<P, B>(
    what: &'static str,
    preload: impl Fn() -> P + Copy + Send + Sync + 'static,
    build: impl Fn() -> B + Send + Sync + 'static,
) -> impl IntoView
where
    P: Future<Output = Result<(), SplitLoaderError>> + 'static,
    B: Future<Output = Result<AnyView, SplitLoaderError>>,
{
    let here = LOADED.with_borrow(|loaded| loaded.contains(what));
    let code = RwSignal::new(if here { Code::Loaded } else { Code::Loading });
    let load = move || {
        code.set(Code::Loading);
        spawn_local(async move {
            let loaded = download(what, preload).await;
            // The page may have moved on while the code downloaded.
            code.try_set(if loaded { Code::Loaded } else { Code::Failed });
        });
    };
    if !here {
        load();
    }
    move || {
        let view = match code.get() {
            Code::Loading => return view! { <Loading what/> }.into_any(),
            Code::Loaded => now(build()).and_then(Result::ok),
            Code::Failed => None,
        };
        view.unwrap_or_else(|| {
            view! { <ErrorView error=LoadError::Code { what } retry=load/> }.into_any()
        })
    }
}

/// Downloads the code of `what` (once, however often asked: the loader keeps it), and whether
/// it is here.
async fn download<P>(what: &'static str, preload: impl Fn() -> P) -> bool
where
    P: Future<Output = Result<(), SplitLoaderError>>,
{
    let loaded = preload().await.is_ok();
    if loaded {
        LOADED.with_borrow_mut(|set| set.insert(what));
    }
    loaded
}

/// The output of a future that needs no waiting (a split function whose code is loaded).
fn now<T>(future: impl Future<Output = T>) -> Option<T> {
    match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

//! The views not every page shows, and the dialogs a click opens, each compiled into its own
//! wasm module that the browser fetches the first time one is shown (Leptos's wasm splitting,
//! run by `.ci/split-wasm.mjs`; README "Size"): a reader of the profile's text downloads
//! neither the timeline nor the diagram until opening one, nor the catalog, the app that runs
//! inside embeds, or the keyboard shortcuts' help.

use super::api::{Document, LoadError, ProfileSource};
use super::app::App;
use super::catalog_page::CatalogPage;
use super::cite_dialog::CiteDialog;
use super::compare_page::ComparePage;
use super::diagram_view::DiagramView;
use super::embed_app::EmbedApp;
use super::embed_dialog::EmbedDialog;
use super::error_view::{ErrorView, Loading};
use super::later_parts::LaterParts;
use super::modal::ModalButton;
use super::printed_notes::PrintedNotes;
use super::shortcuts::ShortcutsHelp;
use super::timeline_view::TimelineView;
use crate::embed::EmbedOptions;
use crate::model::{Catalog, Profile};
use crate::route::{Pane, Route};
use crate::validate::{problem_in, Problem};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::cell::RefCell;
use std::collections::HashSet;
use std::future::Future;
use std::pin::{pin, Pin};
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

// The whole app, for the pages that are not pre-rendered: an embed, an older `#/…` address,
// a profile added after the build.
#[wasm_split(app, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_app))]
fn app() -> Result<(), SplitLoaderError> {
    leptos::mount::mount_to_body(App);
    Ok(())
}

/// Starts the whole app, once its code is here; if it cannot be had, says so.
pub async fn start_app() {
    if app().await.is_err() {
        let error = LoadError::Code { what: "Dossier" };
        leptos::mount::mount_to_body(move || {
            view! { <ErrorView error=error.clone() retry=|| { let _ = window().location().reload(); }/> }
        });
    }
}

#[wasm_split(later, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_later))]
fn later(
    route: ReadSignal<Route>,
    profile: Option<ProfileSource>,
) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <LaterParts route profile/> }.into_any())
}

// Where a document that could not be read goes wrong: its JSON path.
#[wasm_split(diagnose, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_diagnose))]
pub fn diagnose(document: Document, text: String) -> Result<Problem, SplitLoaderError> {
    Ok(match document {
        Document::Catalog => problem_in::<Catalog>(&text),
        Document::Profile => problem_in::<Profile>(&text),
    })
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
            profile: ProfileSource,
            route: ReadSignal<Route>,
        ) -> Result<AnyView, SplitLoaderError> {
            Ok(match profile.read() {
                Ok(profile) => view! { <$component profile route/> }.into_any(),
                Err(error) => unreadable(error),
            })
        }
    };
}

/// A profile's view, with the notes it cites on paper.
macro_rules! pane_part {
    ($name:ident, $load:ident, $component:ident, $pane:expr) => {
        #[wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible, preload($load))]
        fn $name(
            profile: ProfileSource,
            route: ReadSignal<Route>,
        ) -> Result<AnyView, SplitLoaderError> {
            Ok(match profile.read() {
                Ok(profile) => view! {
                    <$component profile=profile.clone() route/>
                    <PrintedNotes profile route pane=$pane/>
                }
                .into_any(),
                Err(error) => unreadable(error),
            })
        }
    };
}

pane_part!(timeline, load_timeline, TimelineView, Pane::Timeline);
pane_part!(diagram, load_diagram, DiagramView, Pane::Diagram);
profile_part!(cite, load_cite, CiteDialog);
profile_part!(embed, load_embed, EmbedDialog);

/// A part given a profile file it cannot read: the page it is on is still readable, and a
/// reload asks for the file again.
fn unreadable(error: LoadError) -> AnyView {
    view! { <ErrorView error retry=|| { let _ = window().location().reload(); }/> }.into_any()
}

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

/// The code of a split-off part: its name in messages, and its download (one of the `load_*`
/// functions, boxed to one type: `lazy_view` and `download` are then compiled once, not once
/// per part).
#[derive(Clone, Copy)]
struct Code {
    what: &'static str,
    download: fn() -> Download,
}

type Download = Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;

macro_rules! code {
    ($what:literal, $load:ident) => {
        Code {
            what: $what,
            download: || Box::pin($load()),
        }
    };
}

const TIMELINE: Code = code!("the timeline", load_timeline);
const DIAGRAM: Code = code!("the diagram", load_diagram);

/// Starts downloading a view's code, unless it is here: a pointer on the link to a view, or
/// the focus, says the view is likely next, and a click then finds it (nearly) here. A failed
/// download is left for the click to retry and report.
pub fn prefetch(pane: Pane) {
    // A view of a pre-rendered page is another page, which fetches its own code.
    if crate::pages::writes_page_links() {
        return;
    }
    let code = match pane {
        Pane::Timeline => TIMELINE,
        Pane::Diagram => DIAGRAM,
    };
    if !is_here(code) {
        spawn_local(async move {
            download(code).await;
        });
    }
}

#[component]
pub fn LazyPart(
    #[prop(into)] profile: ProfileSource,
    route: ReadSignal<Route>,
    part: Part,
) -> impl IntoView {
    match part {
        Part::Timeline => lazy_view(TIMELINE, built(move || timeline(profile.clone(), route))),
        Part::Diagram => lazy_view(DIAGRAM, built(move || diagram(profile.clone(), route))),
        Part::Cite => lazy_view(
            code!("the citations", load_cite),
            built(move || cite(profile.clone(), route)),
        ),
        Part::Embed => lazy_view(
            code!("the embed options", load_embed),
            built(move || embed(profile.clone(), route)),
        ),
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
    lazy_view(
        code!("the comparison", load_compare),
        built(move || compare(left.clone(), right.clone())),
    )
}

/// The home page: the catalog and its search.
#[component]
pub fn LazyCatalog(route: ReadSignal<Route>) -> impl IntoView {
    lazy_view(
        code!("the catalog", load_catalog),
        built(move || catalog(route)),
    )
}

/// The app inside another site's iframe.
#[component]
pub fn LazyEmbedApp(options: &'static EmbedOptions, route: ReadSignal<Route>) -> impl IntoView {
    lazy_view(
        code!("the embedded view", load_embedded),
        built(move || embedded(options, route)),
    )
}

/// What the app adds to a pre-rendered page after its first parts.
#[component]
pub fn LazyLaterParts(route: ReadSignal<Route>, profile: Option<ProfileSource>) -> impl IntoView {
    lazy_view(
        code!("the page's tools", load_later),
        built(move || later(route, profile.clone())),
    )
}

/// The keyboard shortcuts' table, in the help dialog.
#[component]
pub fn LazyShortcutsHelp() -> impl IntoView {
    lazy_view(code!("the keyboard shortcuts", load_help), built(help))
}

thread_local! {
    /// The views whose code is here: they are built at once, with no loading line.
    static LOADED: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Loading,
    Loaded,
    Failed,
}

fn is_here(code: Code) -> bool {
    // The pre-renderer is one program: every view's code is here.
    is_server() || LOADED.with_borrow(|loaded| loaded.contains(code.what))
}

/// A view made by a split function, once its code is here (`None` if it cannot be made).
type Build = Arc<dyn Fn() -> Option<AnyView> + Send + Sync>;

fn built<F>(split: impl Fn() -> F + Send + Sync + 'static) -> Build
where
    F: Future<Output = Result<AnyView, SplitLoaderError>>,
{
    Arc::new(move || now(split()).and_then(Result::ok))
}

/// While the code downloads, a loading line; if that fails, an error with a retry (a failed
/// download is not remembered: trying again fetches again); then the view `build` makes,
/// built like any other once its code is here.
fn lazy_view(code: Code, build: Build) -> AnyView {
    let what = code.what;
    let here = is_here(code);
    let state = RwSignal::new(if here { State::Loaded } else { State::Loading });
    let load = move || {
        state.set(State::Loading);
        spawn_local(async move {
            let loaded = download(code).await;
            // The page may have moved on while the code downloaded.
            state.try_set(if loaded { State::Loaded } else { State::Failed });
        });
    };
    if !here {
        load();
    }
    (move || {
        let view = match state.get() {
            State::Loading => return view! { <Loading what/> }.into_any(),
            State::Loaded => build(),
            State::Failed => None,
        };
        view.unwrap_or_else(|| {
            view! { <ErrorView error=LoadError::Code { what } retry=load/> }.into_any()
        })
    })
    .into_any()
}

/// Downloads the code (once, however often asked: the loader keeps it), and whether it is here.
async fn download(code: Code) -> bool {
    let loaded = (code.download)().await.is_ok();
    if loaded {
        LOADED.with_borrow_mut(|set| set.insert(code.what));
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

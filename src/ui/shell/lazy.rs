//! Views whose code is compiled into a wasm module of its own, which the browser fetches the
//! first time one is shown (Leptos's wasm splitting, run by `.ci/split-wasm.mjs`): each split
//! point (`#[wasm_split]`) sits beside the component that shows it; this is what they share.
//! While the code downloads, a loading line shows; a failed download, an error with a retry.

use super::api::LoadError;
use super::error_view::{ErrorView, Loading};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::SplitLoaderError;
use std::cell::RefCell;
use std::collections::HashSet;
use std::future::Future;
use std::pin::{pin, Pin};
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

/// The code of a split-off part: its name in messages, and its download (one of the `load_*`
/// functions the split points declare, boxed to one type, so that what follows is compiled
/// once, not once per part).
#[derive(Clone, Copy)]
pub struct Code {
    pub what: &'static str,
    pub download: fn() -> Download,
}

pub type Download = Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;

/// `code!("the timeline", load_timeline)`: the code a split point's `preload` downloads.
macro_rules! code {
    ($what:literal, $load:ident) => {
        $crate::ui::shell::lazy::Code {
            what: $what,
            download: || Box::pin($load()),
        }
    };
}
pub(crate) use code;

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

pub fn is_here(code: Code) -> bool {
    // The pre-renderer is one program: every view's code is here.
    is_server() || LOADED.with_borrow(|loaded| loaded.contains(code.what))
}

/// A view made by a split function, once its code is here (`None` if it cannot be made).
pub type Build = Arc<dyn Fn() -> Option<AnyView> + Send + Sync>;

pub fn built<F>(split: impl Fn() -> F + Send + Sync + 'static) -> Build
where
    F: Future<Output = Result<AnyView, SplitLoaderError>>,
{
    Arc::new(move || now(split()).and_then(Result::ok))
}

/// While the code downloads, a loading line; if that fails, an error with a retry (a failed
/// download is not remembered: trying again fetches again); then the view `build` makes,
/// built like any other once its code is here.
pub fn lazy_view(code: Code, build: Build) -> AnyView {
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

/// Starts downloading the code, unless it is here, for a view about to need it; a failed
/// download is left for the view to retry and report.
pub fn fetch_ahead(code: Code) {
    if !is_here(code) {
        spawn_local(async move {
            download(code).await;
        });
    }
}

/// Downloads the code (once, however often asked: the loader keeps it), and whether it is here.
/// What is built with it then is built in a task of its own: code that had already arrived
/// (preloaded with the page) would otherwise be built in the task that asked for it, one long
/// task instead of two.
pub async fn download(code: Code) -> bool {
    let loaded = (code.download)().await.is_ok();
    if loaded {
        LOADED.with_borrow_mut(|set| set.insert(code.what));
        super::after_paint::next_task().await;
    }
    loaded
}

/// A part given a profile file it cannot read: the page it is on is still readable, and a
/// reload asks for the file again.
pub fn unreadable(error: LoadError) -> AnyView {
    view! { <ErrorView error retry=|| { let _ = window().location().reload(); }/> }.into_any()
}

/// The output of a future that needs no waiting (a split function whose code is loaded).
fn now<T>(future: impl Future<Output = T>) -> Option<T> {
    match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

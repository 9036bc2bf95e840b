//! The only module that talks to the network: fetches the catalog and profiles from `data/`.

use crate::model::{Catalog, CatalogEntry, Profile};
use crate::ui::shell::after_paint::next_task;
use crate::ui::shell::page_address::site_root;
use crate::validate::{check_format, problem_at_line, problem_in, Problem};
use gloo_net::http::Request;
use leptos::prelude::set_timeout_with_handle;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// Why something could not be loaded; `Clone` so a resource can hold it.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The id is not in the catalog (checked before fetching: static hosts
    /// and dev servers may answer a missing file with the app's own page).
    NotInCatalog { id: String },
    /// The request never got an answer.
    Network { url: String, detail: String },
    /// No complete answer within [`TIMEOUT`].
    Timeout { url: String },
    /// The server answered with an error status.
    Status {
        url: String,
        status: u16,
        status_text: String,
    },
    /// The answer was not the JSON we need.
    Malformed { url: String, problem: Problem },
    /// The code of a view, fetched the first time it is shown, did not load.
    Code { what: &'static str },
}

impl LoadError {
    pub fn title(&self) -> &'static str {
        match self {
            LoadError::NotInCatalog { .. } => "Profile not found",
            LoadError::Network { .. } => "Could not reach the server",
            LoadError::Timeout { .. } => "The server is taking too long",
            LoadError::Status { status: 404, .. } => "File not found",
            LoadError::Status { .. } => "The server could not deliver the file",
            LoadError::Malformed { .. } => "This profile file is damaged",
            LoadError::Code { .. } => "Part of Dossier could not be loaded",
        }
    }

    pub fn detail(&self) -> String {
        match self {
            LoadError::NotInCatalog { id } => format!("There is no profile “{id}” in the catalog."),
            LoadError::Network { url, detail } => {
                format!("Loading {url} failed: {detail}. Check your connection and try again.")
            }
            LoadError::Timeout { url } => format!(
                "Loading {url} took longer than {} seconds. The network may be slow: try again.",
                TIMEOUT.as_secs()
            ),
            LoadError::Status {
                url,
                status,
                status_text,
            } => {
                format!("Loading {url} failed: the server answered {status} {status_text}.")
            }
            LoadError::Malformed { url, problem } => {
                format!("{url}: {}: {}", problem.location, problem.message)
            }
            LoadError::Code { what } => format!(
                "The code for {what} is downloaded the first time it is shown, and that failed. Check your connection and try again."
            ),
        }
    }

    /// Whether trying again might help.
    pub fn retryable(&self) -> bool {
        !matches!(self, LoadError::NotInCatalog { .. })
    }
}

const CATALOG_URL: &str = "data/index.json";

thread_local! {
    /// The catalog once it has loaded: every profile page checks its id against it,
    /// and there is no need to ask the server again. Failures are not kept, so a retry fetches.
    static CATALOG: std::cell::RefCell<Option<Arc<Catalog>>> = const { std::cell::RefCell::new(None) };
}

pub async fn fetch_catalog() -> Result<Arc<Catalog>, LoadError> {
    if let Some(catalog) = CATALOG.with_borrow(Clone::clone) {
        return Ok(catalog);
    }
    let text = fetch_text(&format!("{}{CATALOG_URL}", site_root())).await?;
    let catalog: Catalog = read_document(CATALOG_URL, &text, Document::Catalog).await?;
    check_format(catalog.format).map_err(|problem| malformed(CATALOG_URL, problem))?;
    let catalog = Arc::new(catalog);
    CATALOG.set(Some(catalog.clone()));
    Ok(catalog)
}

/// `on_entry` is given the profile's catalog entry as soon as the catalog is here, before the
/// profile itself. (A trait object, not a generic: the future holds the whole reader, and a
/// copy of it for each caller would weigh a few KB.)
pub async fn fetch_profile(
    id: String,
    on_entry: Box<dyn FnOnce(&CatalogEntry)>,
) -> Result<Arc<Profile>, LoadError> {
    let catalog = fetch_catalog().await?;
    let Some(entry) = catalog.entry(&id) else {
        return Err(LoadError::NotInCatalog { id });
    };
    on_entry(entry);
    fetch_profile_file(id).await
}

/// The profile's file, without asking the catalog first: for a pre-rendered page, which is
/// there because the profile was in the catalog when the site was built.
pub async fn fetch_profile_file(id: String) -> Result<Arc<Profile>, LoadError> {
    let file = fetch_profile_text(id).await?;
    // Starting the app, reading the profile and building its page are three tasks, not one
    // that blocks the page for all of them (a preloaded profile is here as the app starts).
    next_task().await;
    let profile: Profile = read_document(&file.url, &file.text, Document::Profile).await?;
    let profile = file.checked(profile)?;
    next_task().await;
    Ok(profile)
}

/// A profile's file as it came, not read yet.
#[derive(Clone)]
pub struct ProfileFile {
    pub id: String,
    pub url: String,
    pub text: Arc<str>,
}

impl ProfileFile {
    /// The whole profile. (Where a file fails to be read here, the app's own reading, which
    /// names the JSON path, has not run: the line and column say where.)
    pub fn read(&self) -> Result<Arc<Profile>, LoadError> {
        let profile = serde_json::from_str(&self.text)
            .map_err(|error| malformed(&self.url, problem_at_line(error, &self.text)))?;
        self.checked(profile)
    }

    fn checked(&self, profile: Profile) -> Result<Arc<Profile>, LoadError> {
        check_format(profile.format).map_err(|problem| malformed(&self.url, problem))?;
        if profile.id.as_str() != self.id {
            let problem = Problem::at(
                "$.id",
                format!("expected `{}`, found `{}`", self.id, profile.id),
            );
            return Err(malformed(&self.url, problem));
        }
        Ok(Arc::new(profile))
    }
}

/// The profile's file, not read.
async fn fetch_profile_text(id: String) -> Result<ProfileFile, LoadError> {
    let url = format!(
        "{}data/profiles/{}.json",
        site_root(),
        crate::route::percent_encode(&id)
    );
    let text = fetch_text(&url).await?;
    Ok(ProfileFile {
        id,
        url,
        text: text.into(),
    })
}

/// The profile's file, fetched by code of its own: a pre-rendered page's first step reads none
/// of it, so the request's code (gloo-net, the timeout, what can go wrong) stays out of the
/// page's first load and comes when the file is wanted.
pub async fn fetch_profile_text_apart(id: String) -> Result<ProfileFile, LoadError> {
    match profile_file_request(id).await {
        Ok(request) => request.await,
        Err(_) => Err(LoadError::Code {
            what: "the profile's file",
        }),
    }
}

type ProfileFileRequest = Pin<Box<dyn Future<Output = Result<ProfileFile, LoadError>>>>;

#[wasm_split(profile_file, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_profile_file))]
fn profile_file_request(id: String) -> Result<ProfileFileRequest, SplitLoaderError> {
    Ok(Box::pin(fetch_profile_text(id)))
}

/// A profile as a part whose code is fetched later is given it: read already (the app), or
/// its file (a pre-rendered page, whose first code reads none of it), which the part then
/// reads with its own code.
#[derive(Clone)]
pub enum ProfileSource {
    Read(Arc<Profile>),
    File(ProfileFile),
}

impl ProfileSource {
    pub fn read(&self) -> Result<Arc<Profile>, LoadError> {
        match self {
            ProfileSource::Read(profile) => Ok(profile.clone()),
            ProfileSource::File(file) => file.read(),
        }
    }
}

impl From<Arc<Profile>> for ProfileSource {
    fn from(profile: Arc<Profile>) -> Self {
        ProfileSource::Read(profile)
    }
}

/// Which of the format's documents a text is meant to be.
#[derive(Clone, Copy)]
enum Document {
    Catalog,
    Profile,
}

/// The document in `text`; if it cannot be read, what is wrong and where, which the code that
/// names a wrong value's JSON path, fetched then, tells (else the line and column).
async fn read_document<T: serde::de::DeserializeOwned>(
    url: &str,
    text: &str,
    document: Document,
) -> Result<T, LoadError> {
    match serde_json::from_str(text) {
        Ok(value) => Ok(value),
        Err(error) => {
            let problem = diagnose(document, text.to_owned())
                .await
                .unwrap_or_else(|_| problem_at_line(error, text));
            Err(malformed(url, problem))
        }
    }
}

// Where a document that could not be read goes wrong, its JSON path, comes with code of its
// own, fetched only then.
#[wasm_split(diagnose, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_diagnose))]
fn diagnose(document: Document, text: String) -> Result<Problem, SplitLoaderError> {
    Ok(match document {
        Document::Catalog => problem_in::<Catalog>(&text),
        Document::Profile => problem_in::<Profile>(&text),
    })
}

fn malformed(url: &str, problem: Problem) -> LoadError {
    LoadError::Malformed {
        url: url.to_owned(),
        problem,
    }
}

/// How long a request may take before it is given up.
pub const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let network = |e: gloo_net::Error| LoadError::Network {
        url: url.to_owned(),
        detail: e.to_string(),
    };
    // A request that hangs is aborted, so the reader gets a message and a retry.
    let controller = web_sys::AbortController::new().ok();
    let timed_out = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let timer = controller.clone().and_then(|controller| {
        let timed_out = timed_out.clone();
        set_timeout_with_handle(
            move || {
                timed_out.store(true, std::sync::atomic::Ordering::Relaxed);
                controller.abort();
            },
            TIMEOUT,
        )
        .ok()
    });
    let signal = controller.as_ref().map(|c| c.signal());
    let result = read(url, signal.as_ref()).await;
    if let Some(timer) = timer {
        timer.clear();
    }
    match result {
        Err(_) if timed_out.load(std::sync::atomic::Ordering::Relaxed) => Err(LoadError::Timeout {
            url: url.to_owned(),
        }),
        Err(e) => Err(network(e)),
        Ok(Err(e)) => Err(e),
        Ok(Ok(text)) => Ok(text),
    }
}

/// The body of a successful answer; the outer error is the network's.
async fn read(
    url: &str,
    signal: Option<&web_sys::AbortSignal>,
) -> Result<Result<String, LoadError>, gloo_net::Error> {
    let response = Request::get(url).abort_signal(signal).send().await?;
    if !response.ok() {
        return Ok(Err(LoadError::Status {
            url: url.to_owned(),
            status: response.status(),
            status_text: response.status_text(),
        }));
    }
    let text = response.text().await?;
    if text.trim_start().starts_with('<') {
        let problem = Problem::at(
            "$",
            "expected JSON, got an HTML page: is the file missing on the server?",
        );
        return Ok(Err(malformed(url, problem)));
    }
    Ok(Ok(text))
}

//! The Author page: what an author gives (`text_input`), checked as `dossier-validate`
//! checks a file, its problems placed in the text (`problems_list`, `excerpt`), a narrative's
//! drafted parts to confirm (`drafts_list`), the files to publish, and the profile as it will
//! appear (`author_preview`). Nothing leaves the browser.

use super::author_preview::AuthorPreview;
use super::drafts_list::DraftsList;
use super::excerpt::{Excerpt, Place};
use super::problems_list::{FindingsList, ProblemsList};
use super::text_input::TextInput;
use crate::authoring::{catalog_entry, file_name, profile_file, Drafted, Kind, Session};
use crate::ui::classroom::copy_button::CopyButton;
use crate::ui::shell::download::save_text;
use crate::ui::shell::title::set_title;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn AuthorPage() -> impl IntoView {
    set_title("Author a profile — Dossier");
    let session = RwSignal::new(None::<Arc<Session>>);
    let refusal = RwSignal::new(None::<String>);
    // The text in the field; the place in the text shown, if any.
    let field = RwSignal::new(String::new());
    let shown = RwSignal::new(None::<Place>);
    let open = Callback::new(move |text: String| {
        shown.set(None);
        session.set(Some(Arc::new(timed(|| Session::open(&text)))));
    });
    let confirm = Callback::new(move |which: Drafted| {
        let Some(current) = session.get_untracked() else {
            return;
        };
        let mut next = (*current).clone();
        next.confirm(which);
        // A JSON text is the profile: it shows the confirmation, and the next edit keeps it.
        if next.kind == Kind::Json {
            field.set(next.json.clone());
        }
        session.set(Some(Arc::new(next)));
    });
    // A drafted profile's JSON into the field, to edit by hand.
    let edit_json = Callback::new(move |()| {
        let Some(current) = session.get_untracked() else {
            return;
        };
        field.set(current.json.clone());
        open.run(current.json.clone());
        if let Some(text) = document().get_element_by_id("author-text") {
            let _ = text.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
    let show = Callback::new(move |place: Place| shown.set(Some(place)));
    view! {
        <section class="author" aria-labelledby="author-title">
            <h1 id="author-title" class="author__title">"Author a profile"</h1>
            <p class="author__intro">
                "Check a profile's JSON file, or draft one from a START-style narrative, and see it as it will be published, with its timeline and diagram. "
                <strong>"Nothing leaves your browser:"</strong>
                " the page reads your text here and sends it nowhere."
            </p>
            <p class="author__no-app without-app">
                "This page checks and previews your text with code that runs in your browser: it needs JavaScript. Without it, "
                <code>"dossier-validate"</code>" and "<code>"dossier-import"</code>" do the same from a command line."
            </p>
            <TextInput on_text=open refusal field/>
            {move || session.get().map(|s| results(s, shown, show, confirm, edit_json))}
        </section>
    }
}

/// Everything said about the text given.
fn results(
    session: Arc<Session>,
    shown: RwSignal<Option<Place>>,
    show: Callback<Place>,
    confirm: Callback<Drafted>,
    edit_json: Callback<()>,
) -> impl IntoView {
    let kind = session.kind;
    let profile = session.checked.profile.clone().map(Arc::new);
    let whole = session.checked.whole;
    let files = profile.clone().filter(|_| whole).map(|profile| {
        let (name, entry) = (file_name(&profile), catalog_entry(&profile));
        let (label, entry_text) = (format!("Download {name}"), entry.clone());
        // The file is written when it is asked for, not each time the text is checked.
        let save = move |_| save_text(&profile_file(&profile), &name, "application/json");
        view! {
            <section class="author__files" aria-labelledby="author-files">
                <h2 id="author-files">"Files to publish"</h2>
                <p>
                    <button type="button" class="button" on:click=save>{label}</button>
                    " into "<code>"data/profiles/"</code>", and add its entry to the list in "<code>"data/index.json"</code>":"
                </p>
                <pre class="author__entry">{entry}</pre>
                <CopyButton text=entry_text label="Copy the entry" what="Catalog entry"/>
                {(kind == Kind::Narrative).then(|| view! {
                    <p>
                        "To change what the importer drafted, "
                        <button type="button" class="button" on:click=move |_| edit_json.run(())>"Edit the drafted JSON here"</button>
                        ": the field above then holds the profile's JSON, checked as you edit it."
                    </p>
                })}
            </section>
        }
    });
    view! {
        <FindingsList findings=session.findings.clone() show/>
        <ProblemsList session=session.clone() show/>
        {
            let session = session.clone();
            move || shown.get().map(|place| view! { <Excerpt session=session.clone() place/> })
        }
        {profile.clone().filter(|_| whole).map(|profile| view! { <DraftsList profile confirm/> })}
        {files}
        {(!whole).then(|| view! {
            <p class="author__hint">"The list items the problems above could not read are left out of the preview. The drafted parts to confirm and the files to publish come once every item reads."</p>
        })}
        {profile.map(|profile| view! {
            <section class="author__preview-section" aria-labelledby="author-preview">
                <h2 id="author-preview">"Preview"</h2>
                <AuthorPreview profile/>
            </section>
        })}
    }
}

/// `work` done, its time kept as the performance measure `dossier:check` (for the bench).
fn timed<T>(work: impl FnOnce() -> T) -> T {
    let performance = window().performance();
    if let Some(performance) = &performance {
        let _ = performance.mark("dossier:check-start");
    }
    let done = work();
    if let Some(performance) = performance {
        let _ = performance.mark("dossier:check-end");
        let _ = performance.measure_with_start_mark_and_end_mark(
            "dossier:check",
            "dossier:check-start",
            "dossier:check-end",
        );
    }
    done
}

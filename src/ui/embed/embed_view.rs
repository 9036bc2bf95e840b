//! A profile's part as an embed shows it: no site chrome, the part alone, and a credit
//! line that links back to the full profile.

use crate::citations::CitationIndex;
use crate::embed::{EmbedScope, Part};
use crate::model::{Profile, SectionId};
use crate::note_book::NoteBook;
use crate::pages::embed_meta;
use crate::route::Route;
use crate::ui::embed::embed_mode::full_site_url;
use crate::ui::footnotes::footnote_preview::{FootnotePreview, PreviewNotes};
use crate::ui::pages::page_part::{PagePart, PartName};
use crate::ui::reader::lazy_pane::LazyPane;
use crate::ui::reader::narrative::Narrative;
use crate::ui::reader::notes_list::{NotesList, NotesOf};
use crate::ui::reader::problems_alert::ProblemsAlert;
use crate::ui::reader::profile_header::{HeaderText, ProfileHeader};
use crate::ui::reader::sources_list::SourcesList;
use crate::ui::shell::title::set_title;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn EmbedView(
    profile: Arc<Profile>,
    route: ReadSignal<Route>,
    scope: EmbedScope,
) -> impl IntoView {
    set_title(&embed_meta(&scope, &profile).title);
    let index = Arc::new(CitationIndex::of(&profile));
    // A compact name line above a part; the whole profile has its own header.
    let name = view! { <p class="embed__name">{profile.name.clone()}</p> };
    let body = match &scope.part {
        Part::Whole => view! {
            <ProfileHeader header=HeaderText::of(&profile)/>
            <Narrative profile=profile.clone()/>
            {embed_notes(&profile, &index, route, &scope.part)}
            <SourcesList profile=profile.clone() index=index.clone()/>
        }
        .into_any(),
        Part::Section(id) if profile.section(id).is_some() => view! {
            {name}
            <Narrative profile=profile.clone() only=SectionId(id.clone())/>
            {embed_notes(&profile, &index, route, &scope.part)}
        }
        .into_any(),
        Part::Section(id) => view! {
            <div class="status status--error" role="alert">
                <h1 class="status__title">"No such section"</h1>
                <p class="status__detail">{format!("“{}” has no section “{id}”.", profile.name)}</p>
            </div>
        }
        .into_any(),
        Part::Sources => {
            view! { {name} <SourcesList profile=profile.clone() index=index.clone()/> }.into_any()
        }
        Part::Pane(pane) => {
            let view = view! { <LazyPane profile=profile.clone() route pane=*pane/> };
            view! { {name} <PagePart name=PartName::View>{view}</PagePart> }.into_any()
        }
    };
    let preview = view! { <FootnotePreview notes=PreviewNotes::Book(Arc::new(NoteBook::of(&profile, &index)))/> };
    let credit = view! { <EmbedCredit profile=profile.clone() route scope/> };
    view! {
        <article class="profile profile--embed">
            <ProblemsAlert profile=profile.clone()/>
            {body}
            <PagePart name=PartName::Preview>{preview}</PagePart>
            <PagePart name=PartName::Credit>{credit}</PagePart>
        </article>
    }
}

/// The line that credits the profile's source and links to the part in the full site. The
/// link follows the view's state, so the full site opens where the reader is.
#[component]
pub fn EmbedCredit(
    profile: Arc<Profile>,
    route: ReadSignal<Route>,
    scope: EmbedScope,
) -> impl IntoView {
    let full = move || full_site_url(&route.get());
    let label = scope.label(&profile);
    view! {
        <footer class="embed__credit">
            <a href=full target="_blank" rel="noopener">{format!("{label}: {} — Dossier ↗", profile.name)}</a>
            <span class="embed__source">{format!(" Source: {}, {}.", profile.publisher, profile.last_update.text)}</span>
        </footer>
    }
}

/// The notes an embed of `part` lists under its text (the whole profile's, a section's), as
/// the page part that an embed's page gets again from the app's second step.
pub fn embed_notes(
    profile: &Arc<Profile>,
    index: &Arc<CitationIndex>,
    route: ReadSignal<Route>,
    part: &Part,
) -> Option<impl IntoView> {
    let of = match part {
        Part::Whole => NotesOf::All,
        Part::Section(id) => NotesOf::Section(SectionId(id.clone())),
        Part::Sources | Part::Pane(_) => return None,
    };
    let notes = view! { <NotesList profile=profile.clone() index=index.clone() route of/> };
    Some(view! { <PagePart name=PartName::Notes>{notes}</PagePart> })
}

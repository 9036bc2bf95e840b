//! What the app adds to a pre-rendered page once its first parts are live (`live_parts`): the
//! header's Present switch and shortcuts, a profile's tabs (which fetch a view's code when
//! pointed at) and their tools, the contents that mark the section being read, and the notes'
//! and the preview's copy buttons.

use crate::citations::CitationIndex;
use crate::route::Route;
use crate::ui::classroom::shortcuts::ShortcutsAndPresent;
use crate::ui::footnotes::preview_state::PreviewState;
use crate::ui::pages::page_part::{PagePart, PartName};
use crate::ui::reader::notes_list::NotesList;
use crate::ui::reader::table_of_contents::TableOfContents;
use crate::ui::reader::views_nav::ViewsNav;
use crate::ui::shell::api::ProfileSource;
use leptos::prelude::*;
use std::sync::Arc;

/// `profile`: the page's profile, if it has one; one that cannot be read leaves its parts as
/// they were written (its view says why).
#[component]
pub fn LaterParts(route: ReadSignal<Route>, profile: Option<ProfileSource>) -> impl IntoView {
    PreviewState::offer_copy();
    let site = view! { <ShortcutsAndPresent route/> };
    let reader = route.with_untracked(|r| !matches!(r, Route::Pane { .. }));
    let profile = profile
        .and_then(|source| source.read().ok())
        .map(|profile| {
            let index = Arc::new(CitationIndex::of(&profile));
            let views = view! { <ViewsNav profile=profile.clone() route/> };
            let text = reader.then(|| {
                let contents = view! { <TableOfContents profile=profile.clone()/> };
                let notes = view! { <NotesList profile index route/> };
                view! {
                    <PagePart name=PartName::Contents>{contents}</PagePart>
                    <PagePart name=PartName::Notes>{notes}</PagePart>
                }
            });
            view! {
                <PagePart name=PartName::Views>{views}</PagePart>
                {text}
            }
        });
    view! {
        <PagePart name=PartName::SiteTools>{site}</PagePart>
        {profile}
    }
}

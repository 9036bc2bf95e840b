//! A profile's page: header, contents, narrative and notes.

use super::problems_alert::ProblemsAlert;
use crate::build_pace::{Pace, WHILE_LOADING_MS};
use crate::citations::CitationIndex;
use crate::embed::EmbedScope;
use crate::model::Profile;
use crate::note_book::NoteBook;
use crate::pages::page_meta;
use crate::route::{Anchor, Route};
use crate::ui::classroom::use_printing::use_printing;
use crate::ui::embed::embed_view::EmbedView;
use crate::ui::footnotes::footnote_preview::{FootnotePreview, PreviewNotes};
use crate::ui::footnotes::preview_state::PreviewState;
use crate::ui::pages::page_part::{PagePart, PartName};
use crate::ui::pages::whole_page::{builds_whole, preloaded_profile};
use crate::ui::reader::lazy_pane::LazyPane;
use crate::ui::reader::narrative::Narrative;
use crate::ui::reader::notes_list::NotesList;
use crate::ui::reader::print_header::PrintHeader;
use crate::ui::reader::profile_header::{HeaderText, ProfileHeader};
use crate::ui::reader::sources_list::SourcesList;
use crate::ui::reader::table_of_contents::TableOfContents;
use crate::ui::reader::use_progressive_count::use_progressive_count;
use crate::ui::reader::views_nav::ViewsNav;
use crate::ui::shell::api::fetch_profile;
use crate::ui::shell::error_view::{ErrorView, Loading};
use crate::ui::shell::fetched::Fetched;
use crate::ui::shell::title::set_title;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The text is built a section in the first frame, then as many as fit.
const SECTIONS: Pace = Pace {
    first: 1,
    budget_ms: WHILE_LOADING_MS,
};

/// `embed`: the part an embed shows, instead of the full page.
#[component]
pub fn ProfilePage(
    id: String,
    route: ReadSignal<Route>,
    #[prop(optional)] embed: Option<EmbedScope>,
) -> impl IntoView {
    let previews = PreviewState::provide();
    PreviewState::offer_copy();
    // The title block from the catalog while the profile loads, so that the first screen's
    // largest text is drawn before the profile is read and its page built; then from the
    // profile.
    let from_catalog = RwSignal::new(None::<HeaderText>);
    let profile = match preloaded_profile(&id) {
        Some(profile) => Fetched::ready(Ok(profile)),
        None => Fetched::new({
            let id = id.clone();
            move || {
                fetch_profile(
                    id.clone(),
                    Box::new(move |entry| {
                        from_catalog.try_set(HeaderText::of_entry(entry));
                    }),
                )
            }
        }),
    };
    // Scroll to (and focus) the anchor the URL names, once the profile is on the page.
    // An embed's own part is not scrolled to: that would scroll the host's page on load.
    // Any navigation closes an open preview.
    let embedded_part = embed.as_ref().and_then(|s| s.slug().map(str::to_owned));
    Effect::new(move |_| {
        let loaded = profile.with(|p| matches!(p, Some(Ok(_))));
        previews.close();
        if let (true, Some(slug)) = (loaded, route.with(|r| r.anchor().map(Anchor::slug))) {
            if embedded_part.as_ref() != Some(&slug) {
                request_animation_frame(move || scroll_to(slug, route, WAIT_FOR_TARGET_FRAMES));
            }
        }
    });
    let embedded = embed.is_some();
    let content = move || match profile.get() {
        None => view! { <Loading what="the profile"/> }.into_any(),
        Some(Err(error)) => {
            set_title("Not available — Dossier");
            view! { <ErrorView error retry=move || profile.refetch()/> }.into_any()
        }
        Some(Ok(profile)) => match embed.clone() {
            Some(scope) => view! { <EmbedView profile route scope/> }.into_any(),
            None => view! { <ProfileView profile route/> }.into_any(),
        },
    };
    // An embed shows a part of the profile, without its title block.
    if embedded {
        return content.into_any();
    }
    let header = move || {
        let loaded = profile.with(|p| match p {
            Some(Ok(profile)) => Some(HeaderText::of(profile)),
            _ => None,
        });
        loaded.or_else(|| from_catalog.get())
    };
    // The page comes in its article once there is a title block to head it (an article holding
    // only the loading line would move, a layout shift, when the block came), and the block
    // stays the same elements from the catalog's words to the profile's (the same words: only
    // the date's `datetime` is added), so that its first paint is the largest contentful paint.
    let has_header = Memo::new(move |_| header().is_some());
    let on_view = Memo::new(move |_| route.with(|r| matches!(r, Route::Pane { .. })));
    view! {
        {move || {
            let content = content.clone();
            if !has_header.get() {
                return content();
            }
            view! {
                <article class="profile">
                    {move || header().map(|header| view! {
                        <PrintHeader name=header.name().to_owned() route/>
                        <ProfileHeader header compact=on_view.get()/>
                    })}
                    {content}
                </article>
            }
            .into_any()
        }}
    }
    .into_any()
}

#[component]
fn ProfileView(profile: Arc<Profile>, route: ReadSignal<Route>) -> impl IntoView {
    // The view's title, as its pre-rendered page has it.
    Effect::new({
        let profile = profile.clone();
        move |_| set_title(&route.with(|r| page_meta(r, Some(&profile)).title))
    });
    // Only a change of view re-renders; a view's own state changes do not.
    let pane = Memo::new(move |_| match route.get() {
        Route::Pane { pane, .. } => Some(pane),
        _ => None,
    });
    let index = Arc::new(CitationIndex::of(&profile));
    let printing = use_printing();
    let reader_shown = Memo::new(move |seen: Option<&bool>| {
        seen.copied().unwrap_or(false) || pane.get().is_none()
    });
    // The text is built in reading order, a few sections per frame (`SECTIONS`): the first
    // screen paints at once and no task blocks the page for long; then the notes, then the
    // sources. A jump to a place in the profile builds the text at once, so that it lands.
    let total = profile.sections.len();
    let sections = use_progressive_count(reader_shown.into(), total, SECTIONS);
    Effect::new(move |_| {
        if route.with(|r| r.anchor().is_some()) {
            sections.set(total);
        }
    });
    // The notes and the works start in the frame after the text's last sections, not in the
    // same one: together they made the page's longest task while it loads. A printout has
    // them at once, and so has a jump to a place in the profile, which lands only on a page
    // long enough below it to scroll it to the top.
    let text_built = RwSignal::new(builds_whole());
    Effect::new(move |_| {
        if sections.get() == total && !text_built.get_untracked() {
            let jump = route.with_untracked(|r| r.anchor().is_some());
            if printing.get() || jump {
                text_built.set(true);
            } else {
                request_animation_frame(move || {
                    text_built.try_set(true);
                });
            }
        }
    });
    let views = view! { <ViewsNav profile=profile.clone() route/> };
    let notes = PreviewNotes::Book(Arc::new(NoteBook::of(&profile, &index)));
    let preview = view! { <FootnotePreview notes/> };
    view! {
        <ProblemsAlert profile=profile.clone()/>
        <PagePart name=PartName::Views>{views}</PagePart>
        // The text is built the first time it is shown and then kept, hidden while a view is
        // on show: going back to it is instant, and leaving a huge profile costs nothing.
        <div class="profile__layout" hidden=move || pane.get().is_some()>
            {
                let (profile, index) = (profile.clone(), index.clone());
                move || reader_shown.get().then(|| {
                    let contents = view! { <TableOfContents profile=profile.clone()/> };
                    let notes = view! { <NotesList profile=profile.clone() index=index.clone() route open=text_built/> };
                    view! {
                    <PagePart name=PartName::Contents>{contents}</PagePart>
                    <div class="profile__body">
                        <Narrative profile=profile.clone() built=sections/>
                        <PagePart name=PartName::Notes>{notes}</PagePart>
                        {
                            let (profile, index) = (profile.clone(), index.clone());
                            move || text_built.get().then(|| view! {
                                <SourcesList profile=profile.clone() index=index.clone() route/>
                            })
                        }
                    </div>
                    }
                })
            }
        </div>
        {
            let profile = profile.clone();
            move || pane.get().map(|pane| {
                let view = view! { <LazyPane profile=profile.clone() route pane/> };
                view! { <PagePart name=PartName::View>{view}</PagePart> }
            })
        }
        <PagePart name=PartName::Preview>{preview}</PagePart>
    }
}

/// How long a jump waits for its target to be built: some 10 s of frames.
const WAIT_FOR_TARGET_FRAMES: u32 = 600;

/// Scrolls to (and focuses) the element, once it is on the page: a long text builds its markers
/// a slice per frame, so the one a back-link names may come a few frames later. Given up when
/// the reader has gone elsewhere meanwhile.
fn scroll_to(element_id: String, route: ReadSignal<Route>, frames_left: u32) {
    let Some(target) = document().get_element_by_id(&element_id) else {
        let still_wanted =
            route.try_with_untracked(|r| r.anchor().is_some_and(|a| a.slug() == element_id));
        if frames_left > 0 && still_wanted == Some(true) {
            request_animation_frame(move || scroll_to(element_id, route, frames_left - 1));
        }
        return;
    };
    target.scroll_into_view();
    if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = target.focus_with_options(&options);
    }
}

//! The collapsible timeline: eras (or decades) of events, filters, the overview strip,
//! and keyboard movement between events. Its state lives in the URL.

use crate::build_pace::{list_classes, Pace};
use crate::model::{Category, Event, Profile};
use crate::route::{Pane, Route};
use crate::timeline::{
    category_key, category_symbol, event_search_key, group_count_text, group_events, status_text,
    Filtered, SearchIndex, TimelineState,
};
use crate::ui::classroom::use_printing::use_printing;
use crate::ui::footnotes::note_marker::note_marker;
use crate::ui::reader::inline_text::{inline_text, MarkerIds};
use crate::ui::reader::use_progressive_count::{built_items, use_progressive_count};
use crate::ui::shell::use_pane_state::{use_pane_state, Update};
use crate::ui::timeline::event_moves::{move_between_events, scroll_to_year};
use crate::ui::timeline::timeline_overview::TimelineOverview;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn TimelineView(profile: Arc<Profile>, route: ReadSignal<Route>) -> impl IntoView {
    let (state, update) =
        use_pane_state::<TimelineState>(route, profile.id.to_string(), Pane::Timeline);
    // Grouped once: the list, the overview strip and the toggles all use these.
    let groups = group_events(&profile);
    let printing = use_printing();
    let starts: Vec<(String, i32)> = groups.iter().map(|g| (g.id.clone(), g.start)).collect();
    let group_ids = StoredValue::new(starts.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>());
    let total = profile.events.len();

    // A year chosen on the overview strip, to scroll to once its group is open.
    let pending_year = RwSignal::new(None::<i32>);
    let scroll_when_ready = move || {
        if let Some(year) = pending_year.get_untracked() {
            pending_year.set(None);
            request_animation_frame(move || scroll_to_year(year));
        }
    };
    Effect::new(move |_| {
        state.track();
        scroll_when_ready();
    });

    // Filtered once per change of the filter; the counts, groups and events read the result.
    let filter = Memo::new(move |_| state.with(|s| s.filter.clone()));
    // Every event once, in the groups' order; each group is a range of it.
    let ordered: Arc<Vec<Event>> = Arc::new(
        groups
            .iter()
            .flat_map(|g| g.events.iter().map(|e| (*e).clone()))
            .collect(),
    );
    let filtered = {
        let index = Arc::new(SearchIndex::new(ordered.clone()));
        // Folded while the reader reads, so that the first keystroke is as quick as the rest.
        if !is_server() {
            request_idle_callback({
                let index = index.clone();
                move || index.prepare()
            });
        }
        Memo::new(move |_| filter.with(|f| index.apply(f)))
    };
    let event_shown = per_event_flags(filtered);
    // Which event is expanded: only the two events whose state changes are woken.
    let expanded = StoredValue::new(Selector::new(move || state.with(|s| s.event.clone())));
    let counts = move |category| filtered.with(|f| f.counts.get(category));
    let matching = Memo::new(move |_| filtered.with(|f| f.count()));
    // Where each group's events start in the index's order.
    let offsets: Vec<usize> = groups
        .iter()
        .scan(0, |next, g| {
            let at = *next;
            *next += g.events.len();
            Some(at)
        })
        .collect();

    // Off-screen events skip layout on a long timeline only: on a short one, an estimated size
    // corrected as the page loads would move what is under it.
    let events_class = list_classes("timeline__events", profile.events.len());
    view! {
        <section class="timeline" aria-labelledby="timeline-title" on:keydown=move_between_events>
            <h2 class="timeline__title" id="timeline-title">"Timeline"</h2>
            <div class="timeline__controls app-only">
                <div class="timeline__buttons">
                    <button type="button" class="button button--quiet timeline__expand" on:click=move |_| update(false, &|s| s.expand_all())>"Expand all"</button>
                    <button type="button" class="button button--quiet timeline__collapse" on:click=move |_| update(false, &|s| s.collapse_all())>"Collapse all"</button>
                </div>
                <label class="timeline__search">
                    <span class="timeline__search-label">"Filter events"</span>
                    <input type="search" class="field timeline__search-input" placeholder="e.g. embassy"
                        // The attribute for the pre-rendered page, the property for the app.
                        value=move || state.with(|s| s.filter.text.clone())
                        prop:value=move || state.with(|s| s.filter.text.clone())
                        on:input:target=move |ev| {
                            let text = ev.target().value();
                            update(true, &|s| s.filter.text = text.clone());
                        }
                    />
                </label>
                <fieldset class="timeline__chips">
                    <legend class="visually-hidden">"Show categories"</legend>
                    {Category::ALL.iter().copied().filter(|c| profile.events.iter().any(|e| e.category == *c)).map(|category| {
                        let on = move || state.with(|s| s.filter.categories.contains(category));
                        view! {
                            <button type="button" class=format!("chip chip--{}", category_key(category)) data-category=category_key(category) aria-pressed=move || on().to_string()
                                on:click=move |_| update(false, &|s| s.filter.categories.toggle(category))>
                                <span class="chip__symbol" aria-hidden="true">{category_symbol(category)}</span>
                                {category.label()}
                                <span class="chip__count">{move || counts(category)}</span>
                            </button>
                        }
                    }).collect_view()}
                </fieldset>
                <p class="timeline__status">
                    <span class="timeline__count" role="status">{move || status_text(matching.get(), total)}</span>
                    " "
                    <button type="button" class="button button--quiet button--small timeline__clear"
                        hidden=move || !filter.with(|f| f.is_active())
                        on:click=move |_| update(false, &|s| s.filter = Default::default())>"Clear filters"</button>
                </p>
            </div>
            <TimelineOverview profile=profile.clone() groups=starts on_year=move |group: String, year: i32| {
                // Scroll once the group is open, after the URL change has been applied.
                pending_year.set(Some(year));
                if state.with_untracked(|s| s.is_open(&group)) {
                    scroll_when_ready();
                } else {
                    update(false, &|s| s.toggle_group(&group, &group_ids.get_value()));
                }
            }/>
            <ol class="timeline__groups">
                {groups.into_iter().zip(offsets).map(|(group, offset)| {
                    let gid = group.id.clone();
                    // A printout has every group open.
                    let open = Memo::new({ let gid = gid.clone(); move |_| printing.get() || state.with(|s| s.is_open(&gid)) });
                    let in_group = group.events.len();
                    let shown = Memo::new(move |_| filtered.with(|f| f.shown[offset..offset + in_group].iter().filter(|s| **s).count()));
                    // The page written at build time holds every event, a closed group's
                    // too, for a reader without the app to open.
                    let built = if is_server() { Signal::from(true) } else { open.into() };
                    let rendered = use_progressive_count(built, in_group, EVENTS);
                    let toggle = { let gid = gid.clone(); move || update(false, &|s| s.toggle_group(&gid, &group_ids.get_value())) };
                    let profile = profile.clone();
                    let (ordered, event_shown) = (ordered.clone(), event_shown.clone());
                    view! {
                        // A `<details>`, so that the pre-rendered page's groups open and close
                        // without the app; the app keeps the state in the URL in step with it.
                        <li class="timeline__group" data-group=gid.clone()>
                            <details class="timeline__group-details" open=move || open.get() on:toggle=keep_in_step(open.into(), toggle)>
                                <summary class="row-button timeline__group-toggle" data-tl-nav="">
                                    <h3 class="timeline__group-heading">
                                        <span class="timeline__chevron" aria-hidden="true"></span>
                                        <span class="timeline__group-label">{group.label.clone()}</span>
                                        <span class="timeline__group-span">{group.span_label()}</span>
                                        <span class="timeline__group-count">{move || {
                                            group_count_text(in_group, shown.get(), filter.with(|f| f.is_active()))
                                        }}</span>
                                    </h3>
                                </summary>
                                // In the app, a closed group's events are not built at all: big
                                // profiles stay fast.
                                <ol class=events_class.clone()>
                                    {built_items(rendered.into(), move |i| {
                                        event_view(&profile, ordered[offset + i].clone(), event_shown[offset + i].clone(), expanded, update).into_any()
                                    })}
                                </ol>
                            </details>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

/// Events built when a group opens: few enough in the first frame that it stays within the
/// 50 ms an interaction may take on a slow laptop; then as many as half that time holds,
/// which leaves the frame's layout room within it (`bash .ci/bench` measures both).
const EVENTS: Pace = Pace {
    first: 20,
    budget_ms: 24.0,
};

/// Whether each event (in the order of the search index) is shown, one signal per event, set
/// by one effect when the filter changes. Not a memo per event: Leptos keeps a signal's
/// subscribers in a list where each removal is linear, so 1,000 memos re-subscribing to one
/// signal cost ~50 ms per keystroke.
fn per_event_flags(filtered: Memo<Filtered>) -> Arc<Vec<ArcRwSignal<bool>>> {
    let flags: Arc<Vec<ArcRwSignal<bool>>> = Arc::new(
        filtered.with_untracked(|f| f.shown.iter().map(|s| ArcRwSignal::new(*s)).collect()),
    );
    Effect::new({
        let flags = flags.clone();
        move |_| {
            filtered.with(|f| {
                for (flag, shown) in flags.iter().zip(&f.shown) {
                    if flag.get_untracked() != *shown {
                        flag.set(*shown);
                    }
                }
            })
        }
    });
    flags
}

fn event_view(
    profile: &Arc<Profile>,
    event: Event,
    shown: ArcRwSignal<bool>,
    expanded: StoredValue<Selector<Option<String>>>,
    update: impl Update<TimelineState>,
) -> impl IntoView {
    let eid = event.id.to_string();
    let expanded = {
        let key = Some(eid.clone());
        Signal::derive(move || expanded.with_value(|e| e.selected(&key)))
    };
    let ids = MarkerIds::new(format!("tl-{eid}-"));
    let year = event
        .date
        .start_year()
        .or(event.date.end_year())
        .unwrap_or_default();
    let toggle = move || update(false, &|s| s.toggle_event(&eid));
    // What the written page's first code (`written_timeline`) needs of each event; the app has
    // the profile, and writes none of it.
    let written = is_server();
    let id = written.then(|| event.id.to_string());
    let key = written.then(|| event_search_key(&event));
    let category = category_key(event.category);
    view! {
        <li class=format!("event event--{category}") data-year=year data-event=id
            data-category=written.then_some(category) data-search=key hidden=move || !shown.get()>
            <details class="event__details" open=move || expanded.get() on:toggle=keep_in_step(expanded, toggle)>
                <summary class="row-button event__toggle" data-tl-nav="">
                    <time class="event__date" datetime=event.date.to_edtf()>{event.date.to_string()}</time>
                    <span class="event__category">
                        <span class="event__symbol" aria-hidden="true">{category_symbol(event.category)}</span>
                        {event.category.label()}
                    </span>
                    <span class="event__title">{event.title.clone()}</span>
                </summary>
                <div class="event__body">
                    <p class="event__text">{inline_text(profile, &event.text, &ids)}</p>
                    <p class="event__notes">"Sources: "
                        {event.notes.iter().map(|n| note_marker(profile, *n, ids.next(*n))).collect_view()}
                    </p>
                </div>
            </details>
        </li>
    }
}

/// A `<details>`'s `toggle` handler: when the reader opened or closed it, `toggle` puts the
/// state in step. Opened or closed by the state itself (expand all, a link, a printout), the
/// two already agree and nothing is done.
fn keep_in_step(
    open: Signal<bool>,
    toggle: impl Fn() + 'static,
) -> impl Fn(web_sys::Event) + 'static {
    move |ev| {
        let Some(details) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if details.has_attribute("open") != open.get_untracked() {
            toggle();
        }
    }
}

//! The timeline's page before the timeline's code comes. The page was written with every event,
//! its search key and its category (`TimelineView`); this makes its controls work on what is
//! written (the filter, the categories, expand and collapse all, the overview's decades, the
//! arrow keys) and keeps the view's state in the address, as the app's view does, by the same
//! rules (`crate::timeline`). The groups and events are `<details>`, which open and close by
//! themselves: their state is followed. No view is built for it: like the home page's search
//! (`written_search`), a Leptos view would weigh more in the first load than the rest of the
//! page's first step (docs/design.md). The view's code comes with the page's tools and takes
//! the part over, in the state the address holds; the written part, and with it what listens
//! to it here, is then gone.

use crate::model::Category;
use crate::route::{Pane, Route};
use crate::timeline::{
    apply_filter, category_from_str, group_count_text, status_text, TimelineState,
};
use crate::ui::pages::written_view::{all, button_of, first, keep_state, listen, set, target};
use crate::ui::shell::lazy::{built, code, lazy_view, Code};
use crate::ui::shell::page_address::route_as_written;
use crate::ui::timeline::event_moves::{move_between_events, scroll_to_year};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::ops::Range;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

// Its own module: the timeline's page is the only one that needs it.
#[wasm_split(written_timeline, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_written_timeline))]
fn written_timeline(route: ReadSignal<Route>) -> Result<AnyView, SplitLoaderError> {
    run_written_timeline(route);
    Ok(().into_any())
}

const WRITTEN_TIMELINE: Code = code!("the timeline's controls", load_written_timeline);

/// The written timeline's controls, working once their code is here; nothing to see (the
/// take-over waits for it while it loads).
pub fn written_timeline_controls(route: ReadSignal<Route>) -> AnyView {
    lazy_view(WRITTEN_TIMELINE, built(move || written_timeline(route)))
}

/// Makes the written timeline's controls work, until the view's code takes the part over.
fn run_written_timeline(route: ReadSignal<Route>) {
    let root = document().query_selector("[data-part=\"view\"] .timeline");
    let Some(root) = root.ok().flatten() else {
        return;
    };
    let Some(timeline) = WrittenTimeline::read(&root) else {
        return;
    };
    let group_ids: Rc<Vec<String>> =
        Rc::new(timeline.groups.iter().map(|g| g.id.clone()).collect());
    let timeline = Rc::new(timeline);
    let as_written = route.with_untracked(|r| route_as_written().as_ref() == Some(r));
    let show = {
        let timeline = timeline.clone();
        move |state: &TimelineState| timeline.show(state)
    };
    let reader_input =
        |s: &mut TimelineState| timeline.read_reader_input(s, as_written, &group_ids);
    let Some((state, change)) = keep_state(&root, route, Pane::Timeline, show, &reader_input)
    else {
        return;
    };

    listen(&root, "click", false, {
        let (change, group_ids) = (change.clone(), group_ids.clone());
        move |ev| {
            let Some(button) = button_of(&ev) else {
                return;
            };
            let is = |class| button.class_list().contains(class);
            if is("chip") {
                let category = button.get_attribute("data-category");
                if let Some(category) = category.as_deref().and_then(category_from_str) {
                    change(false, &|s| s.filter.categories.toggle(category));
                }
            } else if is("timeline__expand") {
                change(false, &|s| s.expand_all());
            } else if is("timeline__collapse") {
                change(false, &|s| s.collapse_all());
            } else if is("timeline__clear") {
                change(false, &|s| s.filter = Default::default());
            } else if is("overview__decade") {
                let group = button.get_attribute("data-group").unwrap_or_default();
                change(false, &|s| {
                    if !s.is_open(&group) {
                        s.toggle_group(&group, &group_ids);
                    }
                });
                let year = button.get_attribute("data-year");
                if let Some(year) = year.and_then(|y| y.parse().ok()) {
                    scroll_to_year(year);
                }
            }
        }
    });
    listen(&root, "input", false, {
        let (change, timeline) = (change.clone(), timeline.clone());
        move |ev| {
            if target(&ev).as_ref() == Some(timeline.input.as_ref()) {
                let text = timeline.input.value();
                change(true, &|s| s.filter.text = text.clone());
            }
        }
    });
    // `toggle` does not bubble: it is heard on its way down. Opened or closed by the state
    // itself (each `<details>` that `show` opens or closes fires one), the two agree and
    // nothing is done.
    listen(&root, "toggle", true, move |ev| {
        let Some(details) = target(&ev) else {
            return;
        };
        let open = details.has_attribute("open");
        if let Some(group) = timeline.groups.iter().find(|g| g.details == details) {
            if open != state.borrow().is_open(&group.id) {
                change(false, &|s| s.toggle_group(&group.id, &group_ids));
            }
        } else if let Some(event) = timeline.events.iter().find(|e| e.details == details) {
            if open != (state.borrow().event.as_deref() == Some(event.id.as_str())) {
                change(false, &|s| s.toggle_event(&event.id));
            }
        }
    });
    listen(&root, "keydown", false, |ev| {
        move_between_events(ev.unchecked_into())
    });
}

/// What of the written timeline changes with its state.
struct WrittenTimeline {
    input: HtmlInputElement,
    chips: Vec<Chip>,
    status: Element,
    clear: Element,
    groups: Vec<Group>,
    /// Every event, in the groups' order.
    events: Vec<WrittenEvent>,
}

struct Chip {
    button: Element,
    category: Category,
    count: Element,
}

struct Group {
    id: String,
    details: Element,
    count: Element,
    events: Range<usize>,
}

struct WrittenEvent {
    id: String,
    item: Element,
    details: Element,
    key: String,
    category: Category,
}

impl WrittenTimeline {
    /// `None` if the page was not written as `TimelineView` writes it.
    fn read(root: &Element) -> Option<Self> {
        let category =
            |element: &Element| category_from_str(&element.get_attribute("data-category")?);
        let chips = all(root, ".timeline__chips .chip")
            .into_iter()
            .map(|button| {
                Some(Chip {
                    category: category(&button)?,
                    count: first(&button, ".chip__count")?,
                    button,
                })
            })
            .collect::<Option<_>>()?;
        let mut events = Vec::new();
        let mut groups = Vec::new();
        for group in all(root, ".timeline__group") {
            let start = events.len();
            for item in all(&group, ".event") {
                events.push(WrittenEvent {
                    id: item.get_attribute("data-event")?,
                    details: first(&item, ".event__details")?,
                    key: item.get_attribute("data-search")?,
                    category: category(&item)?,
                    item,
                });
            }
            groups.push(Group {
                id: group.get_attribute("data-group")?,
                details: first(&group, ".timeline__group-details")?,
                count: first(&group, ".timeline__group-count")?,
                events: start..events.len(),
            });
        }
        Some(WrittenTimeline {
            input: first(root, ".timeline__search-input")?.dyn_into().ok()?,
            chips,
            status: first(root, ".timeline__count")?,
            clear: first(root, ".timeline__clear")?,
            groups,
            events,
        })
    }

    /// Puts into `state` what the reader did before this code came: a filter typed in, and the
    /// groups and events opened or closed, if the page shows the state it was written with (an
    /// address with a state of its own, `?open=…`, is shown instead, as the app does).
    fn read_reader_input(&self, state: &mut TimelineState, as_written: bool, group_ids: &[String]) {
        let typed = self.input.value();
        if typed != self.input.default_value() {
            state.filter.text = typed;
        }
        if !as_written {
            return;
        }
        for group in &self.groups {
            if group.details.has_attribute("open") != state.is_open(&group.id) {
                state.toggle_group(&group.id, group_ids);
            }
        }
        let opened = self.events.iter().find(|e| e.details.has_attribute("open"));
        state.event = opened.map(|e| e.id.clone());
    }

    /// Shows `state` as the app's view would.
    fn show(&self, state: &TimelineState) {
        let filter = &state.filter;
        let filtering = filter.is_active();
        let filtered = apply_filter(
            self.events.iter().map(|e| (e.key.as_str(), e.category)),
            filter,
        );
        for (event, shown) in self.events.iter().zip(&filtered.shown) {
            set(&event.item, "hidden", !shown);
            set(
                &event.details,
                "open",
                state.event.as_deref() == Some(event.id.as_str()),
            );
        }
        for group in &self.groups {
            set(&group.details, "open", state.is_open(&group.id));
            let matching = filtered.shown[group.events.clone()]
                .iter()
                .filter(|s| **s)
                .count();
            let count = group_count_text(group.events.len(), matching, filtering);
            group.count.set_text_content(Some(&count));
        }
        for chip in &self.chips {
            let chosen = filter.categories.contains(chip.category);
            let _ = chip
                .button
                .set_attribute("aria-pressed", &chosen.to_string());
            let count = filtered.counts.get(chip.category);
            chip.count.set_text_content(Some(&count.to_string()));
        }
        let status = status_text(filtered.count(), self.events.len());
        self.status.set_text_content(Some(&status));
        set(&self.clear, "hidden", !filtering);
        if self.input.value() != filter.text {
            self.input.set_value(&filter.text);
        }
    }
}

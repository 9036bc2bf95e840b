//! The relationship diagram's interaction: pointer, touch, wheel and keyboard on the SVG
//! that `diagram_drawing` fills, and the few attributes that change as the reader
//! filters, points and moves.

use crate::decimal::fixed;
use crate::diagram::{step, Arrow, Band, Item, Layout, Viewport, FONT};
use crate::model::Profile;
use crate::route::Route;
use crate::ui::diagram::diagram_drawing::{draw, show_link, show_node_live, Drawing};
use crate::ui::footnotes::use_placement::use_placement;
use crate::ui::shell::after_paint::after_next_paint;
use crate::ui::shell::use_route::push_route;
use leptos::prelude::*;
use std::collections::HashSet;
use std::sync::Arc;
use wasm_bindgen::JsCast;

const HOVER_DWELL: std::time::Duration = std::time::Duration::from_millis(120);

/// What the canvas shares with the rest of the view.
#[derive(Clone, Copy)]
pub struct DiagramSignals {
    pub layout: Memo<Arc<Layout>>,
    /// By relationship index: passes the year and type filters.
    pub shown: Memo<Vec<bool>>,
    /// The pointed-at or focused item (its card is a preview until opened).
    pub active: RwSignal<Option<Item>>,
    /// The item whose card the URL opens.
    pub selected: Memo<Option<Item>>,
    pub viewport: RwSignal<Viewport>,
}

#[component]
pub fn DiagramCanvas(
    profile: Arc<Profile>,
    signals: DiagramSignals,
    svg_ref: NodeRef<leptos::svg::Svg>,
    drawn: DrawnItems,
    /// Enter, Space, a click or a tap: open the item's card.
    on_open: Callback<Item>,
    /// Escape or a click on the background.
    on_close: Callback<()>,
) -> impl IntoView {
    let profile = StoredValue::new(profile);
    let DiagramSignals {
        layout,
        shown,
        active,
        selected,
        viewport,
    } = signals;
    let link_shown = move |l: usize| {
        let rel = layout.with(|lay| lay.links.get(l).map(|k| k.relationship));
        rel.is_some_and(|r| shown.with(|s| s[r]))
    };
    // Actors with no link left in the current filter are drawn faded.
    let node_live = Memo::new(move |_| {
        layout.with(|lay| {
            let mut live = vec![false; lay.nodes.len()];
            shown.with(|s| {
                for link in &lay.links {
                    live[link.node] |= s[link.relationship];
                }
            });
            live
        })
    });
    // The keyboard's position: the one item in the tab order (a roving tabindex).
    let current = RwSignal::new(Item::Centre);
    let tab_stop = Memo::new(move |_| match current.get() {
        Item::Link(l) if !link_shown(l) => Item::Centre,
        item => item,
    });
    // Pointing at or focusing an item highlights it, its links and its ends.
    let related = Memo::new(move |_| {
        let item = active.get().or(selected.get())?;
        layout.with(|lay| {
            let mut set: HashSet<Item> = [item, Item::Centre].into();
            match item {
                Item::Node(n) => set.extend(
                    (0..lay.links.len())
                        .filter(|&l| lay.links[l].node == n)
                        .map(Item::Link),
                ),
                Item::Link(l) => {
                    set.insert(Item::Node(lay.links[l].node));
                }
                Item::Centre => {}
            }
            Some(set)
        })
    });
    // Thousands of items: rather than a reactive attribute on each, one effect writes
    // only the attributes that changed since it last ran; at once for the items in view.
    let DrawnItems(dom) = drawn;
    let placement = use_placement(svg_ref, layout);
    let band = move || {
        let Some((top, height)) = placement() else {
            return Band::EVERYTHING;
        };
        let window_height = window()
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or_default();
        let layout_height = layout.with_untracked(|l| l.height);
        Band::in_window(
            top,
            height,
            window_height,
            layout_height,
            viewport.get_untracked(),
        )
    };
    let writing = StoredValue::new(false);
    // `everything`: a fresh drawing is brought up to date at once, in view or not.
    let sync = move |everything: bool| {
        // Read every signal first, so the effect tracks them even before the first drawing.
        let tab = tab_stop.get();
        let remaining = shown.with(|s| {
            node_live.with(|l| {
                related.with(|r| {
                    dom.try_update_value(|dom| {
                        let band = if everything { Band::EVERYTHING } else { band() };
                        dom.as_mut()
                            .is_some_and(|dom| dom.apply(s, l, r.as_ref(), tab, band))
                    })
                })
            })
        });
        if remaining == Some(true) {
            write_in_frames(dom, writing, band);
        }
    };
    Effect::new(move |_| sync(false));

    // The pointer must rest on an item briefly before its card replaces the current one,
    // so that moving across the diagram towards the card does not change it.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let hovered = StoredValue::new(None::<Item>);
    // Removing the diagram (a click that navigates away) still fires focus and pointer
    // events on it: everything they touch uses the `try_` accessors, which do nothing
    // once the view is disposed.
    let cancel_pending = move || {
        if let Some(handle) = pending.try_get_value().flatten() {
            handle.clear();
        }
        pending.try_set_value(None);
    };
    let point_at = move |item: Item| {
        cancel_pending();
        hovered.set_value(Some(item));
        // `try_set`: the view may be gone by then (a click navigated away).
        let handle = set_timeout_with_handle(
            move || {
                active.try_set(Some(item));
            },
            HOVER_DWELL,
        );
        pending.set_value(handle.ok());
    };
    on_cleanup(cancel_pending);
    // A printout shows every item as it is now.
    let before_print = window_event_listener(
        leptos::ev::Custom::new("beforeprint"),
        move |_: web_sys::Event| drawn.write_all(),
    );
    on_cleanup(move || before_print.remove());
    let leave = move |item: Item| {
        cancel_pending();
        hovered.try_set_value(None);
        if active.try_get_untracked().flatten() == Some(item) {
            active.try_set(None);
        }
    };

    let focus_item = move |item: Item| {
        if let Some(el) = svg_ref
            .get_untracked()
            .and_then(|svg| find_item(&svg, item))
        {
            let _ = el.focus();
        }
    };
    // Screen point to diagram units.
    let to_units = move |x: i32, y: i32| -> (f64, f64) {
        let Some(svg) = svg_ref.get_untracked() else {
            return (0.0, 0.0);
        };
        let rect = svg.get_bounding_client_rect();
        let k = layout.with_untracked(|l| l.width) / rect.width().max(1.0);
        ((x as f64 - rect.left()) * k, (y as f64 - rect.top()) * k)
    };
    let set_view = move |next: Viewport| {
        let (w, h) = layout.with_untracked(|l| (l.width, l.height));
        viewport.set(next.clamped(w, h));
    };
    let zoom_by = move |factor: f64| {
        let (w, h) = layout.with_untracked(|l| (l.width, l.height));
        set_view(viewport.get_untracked().zoom_at(factor, (w / 2.0, h / 2.0)));
    };

    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        if let Some(arrow) = Arrow::from_key(&key) {
            ev.prevent_default();
            if ev.shift_key() {
                let (dx, dy) = match arrow {
                    Arrow::Left => (60.0, 0.0),
                    Arrow::Right => (-60.0, 0.0),
                    Arrow::Up => (0.0, 60.0),
                    Arrow::Down => (0.0, -60.0),
                };
                set_view(viewport.get_untracked().pan(dx, dy));
                return;
            }
            let next = layout
                .with_untracked(|lay| step(lay, &link_shown, tab_stop.get_untracked(), arrow));
            if let Some(next) = next {
                current.set(next);
                focus_item(next);
            }
            return;
        }
        match key.as_str() {
            "Enter" | " " => on_open.run(tab_stop.get_untracked()),
            "Escape" => on_close.run(()),
            "+" | "=" => zoom_by(1.25),
            "-" | "_" => zoom_by(0.8),
            "0" => viewport.set(Viewport::default()),
            _ => return,
        }
        ev.prevent_default();
    };

    // Pointers down on the diagram: a drag on the background pans, two fingers pinch.
    let pointers = StoredValue::new(Vec::<(i32, (f64, f64))>::new());
    let gesture = StoredValue::new((Viewport::default(), Vec::<(i32, (f64, f64))>::new()));
    let dragged = StoredValue::new(false);
    let restart = move || gesture.set_value((viewport.get_untracked(), pointers.get_value()));
    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        if ev.button() > 0 {
            return;
        }
        dragged.set_value(false);
        let at = to_units(ev.client_x(), ev.client_y());
        pointers.update_value(|p| p.push((ev.pointer_id(), at)));
        // Items keep their clicks; the background captures the pointer to drag.
        if item_at(ev.target()).is_none() {
            if let Some(svg) = svg_ref.get_untracked() {
                let _ = svg.set_pointer_capture(ev.pointer_id());
            }
        }
        restart();
    };
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        let id = ev.pointer_id();
        if !pointers.with_value(|p| p.iter().any(|(i, _)| *i == id)) {
            return;
        }
        let at = to_units(ev.client_x(), ev.client_y());
        pointers.update_value(|p| {
            if let Some(entry) = p.iter_mut().find(|(i, _)| *i == id) {
                entry.1 = at;
            }
        });
        let (start, from) = gesture.get_value();
        let now = pointers.get_value();
        match (from.as_slice(), now.as_slice()) {
            ([(_, a)], [(_, b)]) => {
                let (dx, dy) = (b.0 - a.0, b.1 - a.1);
                if dragged.get_value() || dx.abs() + dy.abs() > 6.0 {
                    dragged.set_value(true);
                    set_view(start.pan(dx, dy));
                }
            }
            ([(_, a0), (_, a1)], [(_, b0), (_, b1)]) => {
                dragged.set_value(true);
                set_view(Viewport::pinch(start, [*a0, *a1], [*b0, *b1]));
            }
            _ => {}
        }
    };
    let on_pointerend = move |ev: web_sys::PointerEvent| {
        let id = ev.pointer_id();
        pointers.update_value(|p| p.retain(|(i, _)| *i != id));
        restart();
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        // Plain scrolling keeps scrolling the page; Ctrl (and a trackpad pinch) zooms.
        if !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        ev.prevent_default();
        let at = to_units(ev.client_x(), ev.client_y());
        set_view(
            viewport
                .get_untracked()
                .zoom_at((-ev.delta_y() * 0.002).exp(), at),
        );
    };
    // Items' events, delegated to the diagram: a handful of listeners, not thousands.
    let on_pointerover = move |ev: web_sys::PointerEvent| {
        if let Some(item) = item_at(ev.target()) {
            if hovered.get_value() != Some(item) {
                point_at(item);
            }
        }
    };
    let on_pointerout = move |ev: web_sys::PointerEvent| {
        let from = item_at(ev.target());
        if from.is_some() && from != item_at(ev.related_target()) {
            leave(from.unwrap_or(Item::Centre));
        }
    };
    let on_focusin = move |ev: web_sys::FocusEvent| {
        if let Some(item) = item_at(ev.target()) {
            current.set(item);
            active.set(Some(item));
        }
    };
    let on_focusout = move |ev: web_sys::FocusEvent| {
        if let Some(item) = item_at(ev.target()) {
            leave(item);
        }
    };
    let on_click = move |ev: leptos::ev::MouseEvent| match item_at(ev.target()) {
        Some(item) => {
            current.set(item);
            // A click follows an actor's own profile; Enter opens its card.
            let target = match item {
                Item::Node(n) => profile.with_value(|p| {
                    layout.with_untracked(|lay| p.actors[lay.nodes[n].actor].profile.clone())
                }),
                _ => None,
            };
            match target {
                Some(id) => push_route(&Route::Profile {
                    id: id.to_string(),
                    anchor: None,
                }),
                None => on_open.run(item),
            }
        }
        None if !dragged.get_value() => on_close.run(()),
        None => {}
    };

    let content_ref = NodeRef::<leptos::svg::G>::new();
    let frame = move || {
        let (w, h) = layout.with(|l| {
            (
                fixed(l.width, 1).to_string(),
                fixed(l.height, 1).to_string(),
            )
        });
        let view_box = format!("0 0 {w} {h}");
        view! {
            <svg node_ref=svg_ref class="diagram__svg" class:is-zoomed=move || !viewport.get().is_default()
                viewBox=view_box width=w height=h preserveAspectRatio="xMidYMin meet"
                font-family=FONT role="group" tabindex="-1" aria-roledescription="relationship diagram"
                aria-label=profile.with_value(|p| format!("Allies and rivals of {}. Arrow keys move between actors and along links; Enter opens a card; plus and minus zoom. The Table button shows the same relationships as a table.", p.name))
                on:keydown=on_keydown on:pointerdown=on_pointerdown on:pointermove=on_pointermove
                on:pointerup=on_pointerend on:pointercancel=on_pointerend on:wheel=on_wheel
                on:pointerover=on_pointerover on:pointerout=on_pointerout on:focusin=on_focusin
                on:focusout=on_focusout on:click=on_click>
                <rect class="diagram__paper" width=w.clone() height=h.clone() fill="#ffffff"/>
                <g class="diagram__viewport" node_ref=content_ref transform=move || viewport.get().transform()></g>
            </svg>
        }
    };
    // The items are drawn into the viewport group once per layout (see `diagram_drawing`).
    Effect::new(move |_| {
        let lay = layout.get();
        let Some(group) = content_ref.get() else {
            return;
        };
        group.set_text_content(None);
        let drawing = profile.with_value(|p| draw(p, &lay));
        dom.set_value(drawing.and_then(|d| {
            group.append_child(&d.content).ok()?;
            Some(ItemElements::new(d, group.clone().into(), lay.clone()))
        }));
        // Bring the fresh drawing up to date, without making this effect depend on the state.
        untrack(|| sync(true));
    });
    frame
}

/// The item an event happened on, if any.
fn item_at(target: Option<web_sys::EventTarget>) -> Option<Item> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let item = element.closest("[data-item]").ok()??;
    Item::parse(&item.get_attribute("data-item")?)
}

pub fn find_item(svg: &web_sys::Element, item: Item) -> Option<web_sys::SvgElement> {
    svg.query_selector(&format!("[data-item=\"{}\"]", item.key()))
        .ok()??
        .dyn_into()
        .ok()
}

/// The canvas's drawn items; the view holds them too, to bring them all up to date before
/// an export.
#[derive(Clone, Copy)]
pub struct DrawnItems(StoredValue<Option<ItemElements>, LocalStorage>);

impl DrawnItems {
    pub fn new() -> DrawnItems {
        DrawnItems(StoredValue::new_local(None))
    }

    /// Writes what is still to be written, in view or not.
    pub fn write_all(self) {
        self.0
            .try_update_value(|dom| dom.as_mut().map(|dom| dom.write_some(Band::EVERYTHING, 0)));
    }
}

/// Writes the items left out of view, a frame at a time, until none remain.
fn write_in_frames(
    dom: StoredValue<Option<ItemElements>, LocalStorage>,
    writing: StoredValue<bool>,
    band: impl Fn() -> Band + Copy + 'static,
) {
    if writing.get_value() {
        return;
    }
    writing.set_value(true);
    // After the frame that shows the change in view, so that frame has only that to draw.
    after_next_paint(move || {
        if writing.try_set_value(false).is_some() {
            return; // the view is gone
        }
        let remaining = dom.try_update_value(|dom| {
            dom.as_mut()
                .is_some_and(|dom| dom.write_some(band(), OUT_OF_VIEW_PER_FRAME))
        });
        if remaining == Some(true) {
            write_in_frames(dom, writing, band);
        }
    });
}

/// The rendered items of one layout, the state last written to them and the state to write.
/// A change is written at once to the items in view; the others, in a picture that can be
/// many screens tall, follow a few hundred per frame (`write_some`).
struct ItemElements {
    layout: Arc<Layout>,
    viewport: web_sys::Element,
    centre: web_sys::Element,
    nodes: Vec<web_sys::Element>,
    links: Vec<web_sys::Element>,
    /// By link, then by node: as written, and as they should be. As drawn, every link is
    /// shown and every actor live.
    written_links: Vec<bool>,
    written_nodes: Vec<bool>,
    links_shown: Vec<bool>,
    nodes_live: Vec<bool>,
    related: HashSet<Item>,
    tab: Item,
}

/// Items out of view written per frame: each costs the browser some style and layout.
const OUT_OF_VIEW_PER_FRAME: usize = 200;
/// Items out of view written with those in view, in the frame that answers a change: enough
/// for a small diagram (the MEK's 36 items) to be whole at once, few enough that a large one
/// answers in that frame with little more than what is in view.
const OUT_OF_VIEW_AT_ONCE: usize = 40;

impl ItemElements {
    fn new(drawing: Drawing, viewport: web_sys::Element, layout: Arc<Layout>) -> ItemElements {
        let (links, nodes) = (drawing.links.len(), drawing.nodes.len());
        ItemElements {
            viewport,
            centre: drawing.centre,
            nodes: drawing.nodes,
            links: drawing.links,
            written_links: vec![true; links],
            written_nodes: vec![true; nodes],
            links_shown: vec![true; links],
            nodes_live: vec![true; nodes],
            related: HashSet::new(),
            tab: Item::Centre,
            layout,
        }
    }

    fn element(&self, item: Item) -> &web_sys::Element {
        match item {
            Item::Centre => &self.centre,
            Item::Node(n) => &self.nodes[n],
            Item::Link(l) => &self.links[l],
        }
    }

    /// Takes the state to show; writes the highlight, the tab stop (a few items), the items
    /// in view and `OUT_OF_VIEW_AT_ONCE` others at once. Returns whether items remain.
    fn apply(
        &mut self,
        shown: &[bool],
        live: &[bool],
        related: Option<&HashSet<Item>>,
        tab: Item,
        band: Band,
    ) -> bool {
        self.links_shown = self
            .layout
            .links
            .iter()
            .map(|l| shown[l.relationship])
            .collect();
        self.nodes_live = live.to_vec();
        let empty = HashSet::new();
        let related = related.unwrap_or(&empty);
        for item in self.related.symmetric_difference(related) {
            let _ = self
                .element(*item)
                .class_list()
                .toggle_with_force("is-related", related.contains(item));
        }
        let _ = self
            .viewport
            .class_list()
            .toggle_with_force("has-focus", !related.is_empty());
        self.related = related.clone();
        if self.tab != tab {
            let _ = self.element(self.tab).set_attribute("tabindex", "-1");
            let _ = self.element(tab).set_attribute("tabindex", "0");
            self.tab = tab;
        }
        self.write_some(band, OUT_OF_VIEW_AT_ONCE)
    }

    /// Writes what changed on every item in `band` and on up to `budget` others. Returns
    /// whether items remain to be written.
    fn write_some(&mut self, band: Band, mut budget: usize) -> bool {
        let ItemElements {
            layout,
            nodes,
            links,
            written_links,
            written_nodes,
            links_shown,
            nodes_live,
            ..
        } = self;
        let links_left = write_changed(
            written_links,
            links_shown,
            |l| layout.link_in(l, band),
            &mut budget,
            |l, shown| show_link(&links[l], shown),
        );
        let nodes_left = write_changed(
            written_nodes,
            nodes_live,
            |n| layout.node_in(n, band),
            &mut budget,
            |n, live| show_node_live(&nodes[n], live),
        );
        links_left || nodes_left
    }
}

/// Writes each item whose wanted state differs from the written one: every one in view, and
/// as many out of view as `budget` allows. Returns whether items remain to be written.
fn write_changed(
    written: &mut [bool],
    wanted: &[bool],
    in_view: impl Fn(usize) -> bool,
    budget: &mut usize,
    write: impl Fn(usize, bool),
) -> bool {
    let mut remaining = false;
    for (i, (done, want)) in written.iter_mut().zip(wanted).enumerate() {
        if done == want {
            continue;
        }
        if !in_view(i) {
            if *budget == 0 {
                remaining = true;
                continue;
            }
            *budget -= 1;
        }
        write(i, *want);
        *done = *want;
    }
    remaining
}

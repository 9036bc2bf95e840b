//! The relationship diagram as SVG: the boxes and curves `crate::diagram::layout`
//! computes, with pointer, touch and keyboard interaction. Colours, dashes and widths
//! are SVG attributes, so an exported copy looks the same without the stylesheet.

use super::use_route::push_route;
use crate::diagram::{
    key_sample_length, link_label, link_opacity, link_style, step, Arrow, Item, KeyEntry, Label,
    Layout, Viewport, Zone,
};
use crate::model::{Certainty, Direction, Profile, RelationshipType};
use crate::route::Route;
use leptos::prelude::*;
use std::collections::HashSet;
use std::sync::Arc;
use wasm_bindgen::JsCast;

const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
const TEXT: &str = "#1d1f23";
const NEUTRAL: &str = "#6b6b6b";
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
    /// Enter, Space, a click or a tap: open the item's card.
    on_open: Callback<Item>,
    /// Escape or a click on the background.
    on_close: Callback<()>,
) -> impl IntoView {
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
    // only the attributes that changed since it last ran.
    let dom = StoredValue::new_local(None::<ItemElements>);
    Effect::new(move |_| {
        let lay = layout.get();
        let Some(svg) = svg_ref.get() else {
            return;
        };
        dom.update_value(|dom| {
            if dom.as_ref().is_none_or(|d| !Arc::ptr_eq(&d.layout, &lay)) {
                *dom = ItemElements::collect(&svg, lay.clone());
            }
            if let Some(dom) = dom {
                shown.with(|s| {
                    node_live
                        .with(|l| related.with(|r| dom.apply(s, l, r.as_ref(), tab_stop.get())))
                });
            }
        });
    });

    // The pointer must rest on an item briefly before its card replaces the current one,
    // so that moving across the diagram towards the card does not change it.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let hovered = StoredValue::new(None::<Item>);
    let cancel_pending = move || {
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        pending.set_value(None);
    };
    let point_at = move |item: Item| {
        cancel_pending();
        hovered.set_value(Some(item));
        let handle = set_timeout_with_handle(move || active.set(Some(item)), HOVER_DWELL);
        pending.set_value(handle.ok());
    };
    let leave = move |item: Item| {
        cancel_pending();
        hovered.set_value(None);
        if active.get_untracked() == Some(item) {
            active.set(None);
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
    let profile = StoredValue::new(profile);
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

    move || {
        let lay = layout.get();
        let profile = profile.get_value();
        let (w, h) = (lay.width, lay.height);
        let types: Vec<RelationshipType> = RelationshipType::ALL
            .into_iter()
            .filter(|t| profile.relationships.iter().any(|r| r.kind == *t))
            .collect();
        let links = lay.links.iter().enumerate().map(|(l, link)| {
            let rel = &profile.relationships[link.relationship];
            let style = link_style(rel.kind);
            let arrow = format!("url(#arrow-{})", rel.kind.key());
            view! {
                <g class=format!("link link--{}", rel.kind.key()) data-item=Item::Link(l).key()
                    data-relationship=rel.id.to_string() role="button" aria-label=link_label(&profile, rel) tabindex="-1">
                    <path class="link__hit" d=link.path.clone() fill="none" stroke="transparent" stroke-width="14"/>
                    <path class="link__line" d=link.path.clone() fill="none" stroke=style.colour stroke-width=style.width
                        stroke-dasharray=style.dash opacity=link_opacity(rel.certainty)
                        marker-start=(rel.direction == Direction::ToProfile).then(|| arrow.clone())
                        marker-end=(rel.direction == Direction::FromProfile).then_some(arrow)/>
                    {(rel.certainty == Certainty::Suspected).then(|| question_mark(link.mid, style.colour))}
                </g>
            }
        }).collect_view();
        let nodes = lay.nodes.iter().enumerate().map(|(n, node)| {
            let actor = &profile.actors[node.actor];
            let label = format!(
                "{}, {}{}",
                actor.name,
                node.zone.label().to_lowercase(),
                if actor.profile.is_some() { "; has its own profile" } else { "" }
            );
            view! {
                <g class=format!("node node--{}", zone_key(node.zone)) class:has-profile=actor.profile.is_some()
                    data-item=Item::Node(n).key() data-actor=actor.id.to_string() role="button" aria-label=label tabindex="-1">
                    {label_box(&node.label, "#ffffff", "#8a8f98", TEXT, false)}
                </g>
            }
        }).collect_view();
        let centre = view! {
            <g class="node node--centre" data-item=Item::Centre.key() role="button" tabindex="0"
                aria-label=format!("{}, the organization this profile is about", profile.name)>
                {label_box(&lay.centre, "#1f4e8c", "#1f4e8c", "#ffffff", true)}
            </g>
        };
        let key = key_view(&lay);
        view! {
            <svg node_ref=svg_ref class="diagram__svg" class:is-zoomed=move || !viewport.get().is_default()
                viewBox=format!("0 0 {w} {h}") width=w height=h preserveAspectRatio="xMidYMin meet"
                font-family=FONT role="group" tabindex="-1" aria-roledescription="relationship diagram"
                aria-label=format!("Allies and rivals of {}. Arrow keys move between actors and along links; Enter opens a card; plus and minus zoom. The Table button shows the same relationships as a table.", profile.name)
                on:keydown=on_keydown on:pointerdown=on_pointerdown on:pointermove=on_pointermove
                on:pointerup=on_pointerend on:pointercancel=on_pointerend on:wheel=on_wheel
                on:pointerover=on_pointerover on:pointerout=on_pointerout on:focusin=on_focusin
                on:focusout=on_focusout on:click=on_click>
                <defs>
                    {types.iter().map(|t| arrowhead(&format!("arrow-{}", t.key()), link_style(*t).colour)).collect_view()}
                    {arrowhead("arrow-neutral", NEUTRAL)}
                </defs>
                <rect class="diagram__paper" width=w height=h fill="#ffffff"/>
                <g class="diagram__viewport" transform=move || viewport.get().transform()>
                    <g class="diagram__links">{links}</g>
                    <g class="diagram__nodes">{centre}{nodes}</g>
                    {key}
                </g>
            </svg>
        }
    }
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

/// The rendered items of one layout, and the state last written to them.
struct ItemElements {
    layout: Arc<Layout>,
    viewport: web_sys::Element,
    centre: web_sys::Element,
    nodes: Vec<web_sys::Element>,
    links: Vec<web_sys::Element>,
    /// As rendered: every link shown, every actor live, nothing highlighted, the centre
    /// the tab stop.
    shown: Vec<bool>,
    live: Vec<bool>,
    related: HashSet<Item>,
    tab: Item,
}

impl ItemElements {
    fn collect(svg: &web_sys::Element, layout: Arc<Layout>) -> Option<ItemElements> {
        // One query for all items (a query per item would be quadratic).
        let all = svg.query_selector_all("[data-item]").ok()?;
        let (mut centre, mut nodes, mut links) = (
            None,
            vec![None; layout.nodes.len()],
            vec![None; layout.links.len()],
        );
        for i in 0..all.length() {
            let element: web_sys::Element = all.item(i)?.dyn_into().ok()?;
            match Item::parse(&element.get_attribute("data-item")?)? {
                Item::Centre => centre = Some(element),
                Item::Node(n) => *nodes.get_mut(n)? = Some(element),
                Item::Link(l) => *links.get_mut(l)? = Some(element),
            }
        }
        let relationships = layout
            .links
            .iter()
            .map(|l| l.relationship)
            .max()
            .map_or(0, |m| m + 1);
        Some(ItemElements {
            viewport: svg.query_selector(".diagram__viewport").ok()??,
            centre: centre?,
            nodes: nodes.into_iter().collect::<Option<_>>()?,
            links: links.into_iter().collect::<Option<_>>()?,
            shown: vec![true; relationships],
            live: vec![true; layout.nodes.len()],
            related: HashSet::new(),
            tab: Item::Centre,
            layout,
        })
    }

    fn element(&self, item: Item) -> &web_sys::Element {
        match item {
            Item::Centre => &self.centre,
            Item::Node(n) => &self.nodes[n],
            Item::Link(l) => &self.links[l],
        }
    }

    fn apply(&mut self, shown: &[bool], live: &[bool], related: Option<&HashSet<Item>>, tab: Item) {
        for (l, link) in self.layout.links.iter().enumerate() {
            let r = link.relationship;
            if self.shown.get(r) != shown.get(r) {
                let _ = if shown[r] {
                    self.links[l].remove_attribute("display")
                } else {
                    self.links[l].set_attribute("display", "none")
                };
            }
        }
        self.shown = shown.to_vec();
        for (n, element) in self.nodes.iter().enumerate() {
            if self.live[n] != live[n] {
                let _ = if live[n] {
                    element.remove_attribute("opacity")
                } else {
                    element.set_attribute("opacity", "0.4")
                };
            }
        }
        self.live = live.to_vec();
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
    }
}

fn zone_key(zone: Zone) -> &'static str {
    match zone {
        Zone::Inner => "inner",
        Zone::Support => "support",
        Zone::Opposition => "opposition",
        Zone::Apart => "apart",
    }
}

fn label_box(
    label: &Label,
    fill: &'static str,
    stroke: &'static str,
    ink: &'static str,
    bold: bool,
) -> impl IntoView {
    let r = label.rect;
    let x = r.x + r.w / 2.0;
    let lines = label
        .baselines()
        .into_iter()
        .map(|(y, line)| view! { <tspan x=x y=y>{line.to_owned()}</tspan> })
        .collect_view();
    view! {
        <rect class="node__box" x=r.x y=r.y width=r.w height=r.h rx="6" fill=fill stroke=stroke stroke-width="1.5"/>
        <text class="node__text" text-anchor="middle" font-size=label.font fill=ink font-weight=bold.then_some("700")>{lines}</text>
    }
}

fn arrowhead(id: &str, colour: &'static str) -> impl IntoView {
    view! {
        <marker id=id.to_owned() viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9"
            markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path class="arrowhead" d="M0 0L10 5L0 10z" fill=colour/>
        </marker>
    }
}

fn question_mark(at: (f64, f64), colour: &'static str) -> impl IntoView {
    view! {
        <circle class="link__badge" cx=at.0 cy=at.1 r="8" fill="#ffffff" stroke=colour stroke-width="1.5"/>
        <text class="link__badge-text" x=at.0 y=at.1 + 4.0 text-anchor="middle" font-size="11" font-weight="700" fill=TEXT>"?"</text>
    }
}

/// The key inside the picture, so exports and printouts carry it.
fn key_view(lay: &Layout) -> impl IntoView {
    if lay.key.is_empty() {
        return None;
    }
    let length = key_sample_length();
    let items = lay.key.iter().map(|item| {
        let (x, y) = (item.x, item.y);
        let d = format!("M{x} {y}H{}", x + length);
        let sample = match item.entry {
            KeyEntry::Type(kind) => {
                let s = link_style(kind);
                view! { <path class=format!("key__line link--{}", kind.key()) d=d fill="none" stroke=s.colour stroke-width=s.width stroke-dasharray=s.dash/> }.into_any()
            }
            KeyEntry::Suspected => view! {
                <path class="key__line" d=d fill="none" stroke=NEUTRAL stroke-width="2.5" opacity=link_opacity(Certainty::Suspected)/>
                {question_mark((x + length / 2.0, y), NEUTRAL)}
            }.into_any(),
            KeyEntry::Direction => view! {
                <path class="key__line" d=d fill="none" stroke=NEUTRAL stroke-width="2.5" marker-end="url(#arrow-neutral)"/>
            }.into_any(),
        };
        let lines = item
            .label
            .baselines()
            .into_iter()
            .map(|(y, line)| view! { <tspan x=item.label.rect.x y=y>{line.to_owned()}</tspan> })
            .collect_view();
        view! {
            <g class="key__item">
                {sample}
                <text class="key__text" font-size=item.label.font fill=TEXT>{lines}</text>
            </g>
        }
    }).collect_view();
    Some(view! {
        <g class="diagram__key" aria-hidden="true">
            <text class="key__title" x=lay.key_title.0 y=lay.key_title.1 font-size="13" font-weight="700" fill=TEXT>"Key"</text>
            {items}
        </g>
    })
}

//! Draws the diagram's items straight into the DOM. The diagram can hold thousands of
//! static items; building them with plain DOM calls takes a fraction of the time and the
//! code size a component per item would. Names are set as text content, never markup.
//! Colours, dashes and widths are SVG attributes, so an exported copy looks the same
//! without the stylesheet (the stylesheet overrides them in dark mode).

use crate::decimal::fixed;
use crate::diagram::{
    key_sample_length, link_label, link_opacity, link_style, Item, KeyEntry, Label, Layout, Zone,
};
use crate::model::{Certainty, Direction, Profile, RelationshipType};
use leptos::prelude::document;
use web_sys::Element;

const SVG: &str = "http://www.w3.org/2000/svg";
pub const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
const INK: &str = "#1d1f23";
const NEUTRAL: &str = "#6b6b6b";

/// The drawn items of one layout, by index, for the canvas to update.
pub struct Drawing {
    pub content: Element,
    pub centre: Element,
    pub nodes: Vec<Element>,
    pub links: Vec<Element>,
}

fn element(name: &str, attributes: &[(&str, &str)]) -> Option<Element> {
    let element = document().create_element_ns(Some(SVG), name).ok()?;
    for (key, value) in attributes {
        element.set_attribute(key, value).ok()?;
    }
    Some(element)
}

fn child(parent: &Element, name: &str, attributes: &[(&str, &str)]) -> Option<Element> {
    let element = element(name, attributes)?;
    parent.append_child(&element).ok()?;
    Some(element)
}

fn stroke(element: &Element, colour: &str, width: f64, dash: Option<&str>) -> Option<()> {
    element.set_attribute("stroke", colour).ok()?;
    element
        .set_attribute("stroke-width", &fixed(width, 2).to_string())
        .ok()?;
    if let Some(dash) = dash {
        element.set_attribute("stroke-dasharray", dash).ok()?;
    }
    Some(())
}

fn number(x: f64) -> String {
    fixed(x, 1).to_string()
}

/// Everything inside the zoomable group: links under boxes, then the key.
pub fn draw(profile: &Profile, layout: &Layout) -> Option<Drawing> {
    let content = element("g", &[("class", "diagram__content")])?;
    let defs = child(&content, "defs", &[])?;
    for kind in RelationshipType::ALL {
        if profile.relationships.iter().any(|r| r.kind == kind) {
            arrowhead(
                &defs,
                &format!("arrow-{}", kind.key()),
                link_style(kind).colour,
            )?;
        }
    }
    arrowhead(&defs, "arrow-neutral", NEUTRAL)?;
    // For links faded out while another item has the focus (style/diagram.css).
    arrowhead(&defs, "arrow-faded", NEUTRAL)?;

    let link_group = child(&content, "g", &[("class", "diagram__links")])?;
    let links = layout
        .links
        .iter()
        .enumerate()
        .map(|(l, link)| {
            let rel = &profile.relationships[link.relationship];
            let style = link_style(rel.kind);
            let g = child(
                &link_group,
                "g",
                &[
                    ("class", &format!("link link--{}", rel.kind.key())),
                    ("data-item", &Item::Link(l).key()),
                    ("data-relationship", rel.id.as_str()),
                    ("role", "button"),
                    ("tabindex", "-1"),
                    ("aria-label", &link_label(profile, rel)),
                ],
            )?;
            child(
                &g,
                "path",
                &[
                    ("class", "link__hit"),
                    ("d", &link.path),
                    ("fill", "none"),
                    ("stroke", "transparent"),
                    ("stroke-width", "14"),
                ],
            )?;
            let line = child(
                &g,
                "path",
                &[
                    ("class", "link__line"),
                    ("d", &link.path),
                    ("fill", "none"),
                    (
                        "stroke-opacity",
                        &fixed(link_opacity(rel.certainty), 2).to_string(),
                    ),
                ],
            )?;
            stroke(&line, style.colour, style.width, style.dash)?;
            let arrow = format!("url(#arrow-{})", rel.kind.key());
            match rel.direction {
                Direction::ToProfile => line.set_attribute("marker-start", &arrow).ok()?,
                Direction::FromProfile => line.set_attribute("marker-end", &arrow).ok()?,
                Direction::Mutual => {}
            }
            if rel.certainty == Certainty::Suspected {
                question_mark(&g, link.mid, style.colour)?;
            }
            Some(g)
        })
        .collect::<Option<Vec<_>>>()?;

    let node_group = child(&content, "g", &[("class", "diagram__nodes")])?;
    let centre = child(
        &node_group,
        "g",
        &[
            ("class", "node node--centre"),
            ("data-item", &Item::Centre.key()),
            ("role", "button"),
            ("tabindex", "0"),
            (
                "aria-label",
                &format!("{}, the organization this profile is about", profile.name),
            ),
        ],
    )?;
    label_box(&centre, &layout.centre, "#1f4e8c", "#ffffff", true)?;
    let nodes = layout
        .nodes
        .iter()
        .enumerate()
        .map(|(n, node)| {
            let actor = &profile.actors[node.actor];
            let has_profile = actor.profile.is_some();
            let g = child(
                &node_group,
                "g",
                &[
                    (
                        "class",
                        &format!(
                            "node node--{}{}",
                            zone_key(node.zone),
                            if has_profile { " has-profile" } else { "" }
                        ),
                    ),
                    ("data-item", &Item::Node(n).key()),
                    ("data-actor", actor.id.as_str()),
                    ("role", "button"),
                    ("tabindex", "-1"),
                    (
                        "aria-label",
                        &format!(
                            "{}, {}{}",
                            actor.name,
                            node.zone.label().to_lowercase(),
                            if has_profile {
                                "; has its own profile"
                            } else {
                                ""
                            }
                        ),
                    ),
                ],
            )?;
            label_box(&g, &node.label, "#8a8f98", INK, false)?;
            Some(g)
        })
        .collect::<Option<Vec<_>>>()?;
    key(&content, layout)?;
    Some(Drawing {
        content,
        centre,
        nodes,
        links,
    })
}

fn zone_key(zone: Zone) -> &'static str {
    match zone {
        Zone::Inner => "inner",
        Zone::Support => "support",
        Zone::Opposition => "opposition",
        Zone::Apart => "apart",
    }
}

/// A box with its wrapped name; `stroke` also fills the centre's box.
fn label_box(parent: &Element, label: &Label, stroke: &str, ink: &str, bold: bool) -> Option<()> {
    let r = label.rect;
    let fill = if bold { stroke } else { "#ffffff" };
    child(
        parent,
        "rect",
        &[
            ("class", "node__box"),
            ("x", &number(r.left)),
            ("y", &number(r.top)),
            ("width", &number(r.width)),
            ("height", &number(r.height)),
            ("rx", "6"),
            ("fill", fill),
            ("stroke", stroke),
            ("stroke-width", "1.5"),
        ],
    )?;
    let text = child(
        parent,
        "text",
        &[
            ("class", "node__text"),
            ("text-anchor", "middle"),
            ("font-size", &number(label.font)),
            ("fill", ink),
            ("font-weight", if bold { "700" } else { "400" }),
        ],
    )?;
    lines(&text, label, r.left + r.width / 2.0)
}

fn lines(text: &Element, label: &Label, x: f64) -> Option<()> {
    for (y, line) in label.baselines() {
        let span = child(text, "tspan", &[("x", &number(x)), ("y", &number(y))])?;
        span.set_text_content(Some(line));
    }
    Some(())
}

fn arrowhead(defs: &Element, id: &str, colour: &str) -> Option<()> {
    let marker = child(
        defs,
        "marker",
        &[
            ("id", id),
            ("viewBox", "0 0 10 10"),
            ("refX", "9"),
            ("refY", "5"),
            ("markerWidth", "9"),
            ("markerHeight", "9"),
            ("markerUnits", "userSpaceOnUse"),
            ("orient", "auto-start-reverse"),
        ],
    )?;
    child(
        &marker,
        "path",
        &[
            ("class", "arrowhead"),
            ("d", "M0 0L10 5L0 10z"),
            ("fill", colour),
        ],
    )?;
    Some(())
}

fn question_mark(parent: &Element, at: (f64, f64), colour: &str) -> Option<()> {
    child(
        parent,
        "circle",
        &[
            ("class", "link__badge"),
            ("cx", &number(at.0)),
            ("cy", &number(at.1)),
            ("r", "8"),
            ("fill", "#ffffff"),
            ("stroke", colour),
            ("stroke-width", "1.5"),
        ],
    )?;
    let mark = child(
        parent,
        "text",
        &[
            ("class", "link__badge-text"),
            ("x", &number(at.0)),
            ("y", &number(at.1 + 4.0)),
            ("text-anchor", "middle"),
            ("font-size", "11"),
            ("font-weight", "700"),
            ("fill", INK),
        ],
    )?;
    mark.set_text_content(Some("?"));
    Some(())
}

/// The key inside the picture, so exports and printouts carry it.
fn key(parent: &Element, layout: &Layout) -> Option<()> {
    if layout.key.is_empty() {
        return Some(());
    }
    let group = child(
        parent,
        "g",
        &[("class", "diagram__key"), ("aria-hidden", "true")],
    )?;
    let title = child(
        &group,
        "text",
        &[
            ("class", "key__title"),
            ("x", &number(layout.key_title.0)),
            ("y", &number(layout.key_title.1)),
            ("font-size", "13"),
            ("font-weight", "700"),
            ("fill", INK),
        ],
    )?;
    title.set_text_content(Some("Key"));
    let length = key_sample_length();
    for item in &layout.key {
        let (x, y) = (item.x, item.y);
        let d = format!("M{} {}H{}", fixed(x, 1), fixed(y, 1), fixed(x + length, 1));
        let (class, colour, width, dash) = match item.entry {
            KeyEntry::Type(kind) => {
                let s = link_style(kind);
                (
                    format!("key__line link--{}", kind.key()),
                    s.colour,
                    s.width,
                    s.dash,
                )
            }
            _ => ("key__line".to_owned(), NEUTRAL, 2.5, None),
        };
        let sample = child(
            &group,
            "path",
            &[("class", &class), ("d", &d), ("fill", "none")],
        )?;
        stroke(&sample, colour, width, dash)?;
        match item.entry {
            KeyEntry::Suspected => {
                sample
                    .set_attribute(
                        "stroke-opacity",
                        &fixed(link_opacity(Certainty::Suspected), 2).to_string(),
                    )
                    .ok()?;
                question_mark(&group, (x + length / 2.0, y), NEUTRAL)?;
            }
            KeyEntry::Direction => sample
                .set_attribute("marker-end", "url(#arrow-neutral)")
                .ok()?,
            KeyEntry::Type(_) => {}
        }
        let text = child(
            &group,
            "text",
            &[
                ("class", "key__text"),
                ("font-size", &number(item.label.font)),
                ("fill", INK),
            ],
        )?;
        lines(&text, &item.label, item.label.rect.left)?;
    }
    Some(())
}

//! The diagram's picture as a tree of SVG elements, made from its layout: links under
//! boxes, then the key. The app builds it into the page with plain DOM calls
//! (`ui::diagram::diagram_drawing`, fast at thousands of items); the pre-renderer writes the
//! same tree through Leptos's renderer (`ui::diagram::still_picture`). Names are text
//! content, never markup. Colours, dashes and widths are SVG attributes, so an exported copy
//! looks the same without the stylesheet (the stylesheet overrides them in dark mode).

use crate::decimal::fixed;
use crate::diagram::{
    key_sample_length, link_label, link_opacity, link_style, Item, KeyEntry, Label, Layout, Zone,
};
use crate::model::{Certainty, Direction, Profile, RelationshipType};

pub const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
const INK: &str = "#1d1f23";
const NEUTRAL: &str = "#6b6b6b";

/// One SVG element: its name, attributes, text and children.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub name: &'static str,
    pub attributes: Vec<(&'static str, String)>,
    pub text: Option<String>,
    pub children: Vec<Shape>,
    /// The diagram item this element draws, for the app to update it as the reader works.
    pub item: Option<Item>,
}

impl Shape {
    fn new(name: &'static str, attributes: &[(&'static str, &str)]) -> Shape {
        Shape {
            name,
            attributes: attributes
                .iter()
                .map(|(key, value)| (*key, (*value).to_owned()))
                .collect(),
            text: None,
            children: Vec::new(),
            item: None,
        }
    }

    fn with(mut self, key: &'static str, value: impl Into<String>) -> Shape {
        self.attributes.push((key, value.into()));
        self
    }

    fn text(mut self, text: &str) -> Shape {
        self.text = Some(text.to_owned());
        self
    }

    fn child(mut self, child: Shape) -> Shape {
        self.children.push(child);
        self
    }

    fn stroke(self, colour: &str, width: f64, dash: Option<&str>) -> Shape {
        let shape = self
            .with("stroke", colour)
            .with("stroke-width", fixed(width, 2).to_string());
        match dash {
            Some(dash) => shape.with("stroke-dasharray", dash),
            None => shape,
        }
    }

    /// A diagram item: the app's, which the keyboard and the pointer reach; or, in a still
    /// picture (a page read without the app), a plain drawing.
    fn item(mut self, item: Item, label: String, live: bool) -> Shape {
        self = self.with("data-item", item.key());
        if live {
            self = self
                .with("role", "button")
                .with("tabindex", if item == Item::Centre { "0" } else { "-1" })
                .with("aria-label", label);
        }
        self.item = Some(item);
        self
    }
}

fn number(x: f64) -> String {
    fixed(x, 1).to_string()
}

/// Everything inside the zoomable group. `live`: the app's picture, whose items are
/// buttons; otherwise a still one. `ids` begins its arrowheads' ids, so that two pictures
/// on one page (a pre-rendered page's two frames) do not share them: a link whose
/// arrowhead is defined in the picture hidden by the stylesheet is drawn without one.
pub fn picture(profile: &Profile, layout: &Layout, live: bool, ids: &str) -> Shape {
    let mut defs = Shape::new("defs", &[]);
    for kind in RelationshipType::ALL {
        if profile.relationships.iter().any(|r| r.kind == kind) {
            defs = defs.child(arrowhead(ids, kind.key(), link_style(kind).colour));
        }
    }
    // The neutral one for the key; the faded one for links faded out while another item has
    // the focus (style/diagram.css).
    defs = defs
        .child(arrowhead(ids, "neutral", NEUTRAL))
        .child(arrowhead(ids, "faded", NEUTRAL));

    let mut links = Shape::new("g", &[("class", "diagram__links")]);
    for (l, link) in layout.links.iter().enumerate() {
        let rel = &profile.relationships[link.relationship];
        let style = link_style(rel.kind);
        let hit = Shape::new(
            "path",
            &[
                ("class", "link__hit"),
                ("d", &link.path),
                ("fill", "none"),
                ("stroke", "transparent"),
                ("stroke-width", "14"),
            ],
        );
        let mut line = Shape::new(
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
        )
        .stroke(style.colour, style.width, style.dash);
        let arrow = format!("url(#{ids}arrow-{})", rel.kind.key());
        match rel.direction {
            Direction::ToProfile => line = line.with("marker-start", arrow),
            Direction::FromProfile => line = line.with("marker-end", arrow),
            Direction::Mutual => {}
        }
        let mut g = Shape::new("g", &[("class", &format!("link link--{}", rel.kind.key()))])
            .item(Item::Link(l), link_label(profile, rel), live)
            .with("data-relationship", rel.id.as_str())
            .child(hit)
            .child(line);
        if rel.certainty == Certainty::Suspected {
            g.children.extend(question_mark(link.mid, style.colour));
        }
        links = links.child(g);
    }

    let centre = Shape::new("g", &[("class", "node node--centre")])
        .item(
            Item::Centre,
            format!("{}, the organization this profile is about", profile.name),
            live,
        )
        .child(label_box(&layout.centre, "#1f4e8c", true))
        .child(label_text(&layout.centre, "#ffffff", true));
    let mut nodes = Shape::new("g", &[("class", "diagram__nodes")]).child(centre);
    for (n, node) in layout.nodes.iter().enumerate() {
        let actor = &profile.actors[node.actor];
        let has_profile = actor.profile.is_some();
        let class = format!(
            "node node--{}{}",
            zone_key(node.zone),
            if has_profile { " has-profile" } else { "" }
        );
        let label = format!(
            "{}, {}{}",
            actor.name,
            node.zone.label().to_lowercase(),
            if has_profile {
                "; has its own profile"
            } else {
                ""
            }
        );
        nodes = nodes.child(
            Shape::new("g", &[("class", &class)])
                .item(Item::Node(n), label, live)
                .with("data-actor", actor.id.as_str())
                .child(label_box(&node.label, "#8a8f98", false))
                .child(label_text(&node.label, INK, false)),
        );
    }

    let content = Shape::new("g", &[("class", "diagram__content")])
        .child(defs)
        .child(links)
        .child(nodes);
    match key(layout, ids) {
        Some(key) => content.child(key),
        None => content,
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

/// A label's box; `stroke` also fills the centre's (`bold`).
fn label_box(label: &Label, stroke: &str, bold: bool) -> Shape {
    let r = label.rect;
    Shape::new(
        "rect",
        &[
            ("class", "node__box"),
            ("x", &number(r.left)),
            ("y", &number(r.top)),
            ("width", &number(r.width)),
            ("height", &number(r.height)),
            ("rx", "6"),
            ("fill", if bold { stroke } else { "#ffffff" }),
            ("stroke", stroke),
            ("stroke-width", "1.5"),
        ],
    )
}

/// A label's wrapped name, centred in its box.
fn label_text(label: &Label, ink: &str, bold: bool) -> Shape {
    let text = Shape::new(
        "text",
        &[
            ("class", "node__text"),
            ("text-anchor", "middle"),
            ("font-size", &number(label.font)),
            ("fill", ink),
            ("font-weight", if bold { "700" } else { "400" }),
        ],
    );
    lines(text, label, label.rect.left + label.rect.width / 2.0)
}

fn lines(mut text: Shape, label: &Label, x: f64) -> Shape {
    for (y, line) in label.baselines() {
        text = text.child(Shape::new("tspan", &[("x", &number(x)), ("y", &number(y))]).text(line));
    }
    text
}

/// The arrowhead of links of `kind` (a relationship type's key, `neutral` or `faded`), styled
/// by its class.
fn arrowhead(ids: &str, kind: &str, colour: &str) -> Shape {
    Shape::new(
        "marker",
        &[
            ("id", &format!("{ids}arrow-{kind}")),
            ("class", &format!("arrow--{kind}")),
            ("viewBox", "0 0 10 10"),
            ("refX", "9"),
            ("refY", "5"),
            ("markerWidth", "9"),
            ("markerHeight", "9"),
            ("markerUnits", "userSpaceOnUse"),
            ("orient", "auto-start-reverse"),
        ],
    )
    .child(Shape::new(
        "path",
        &[
            ("class", "arrowhead"),
            ("d", "M0 0L10 5L0 10z"),
            ("fill", colour),
        ],
    ))
}

fn question_mark(at: (f64, f64), colour: &str) -> [Shape; 2] {
    [
        Shape::new(
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
        ),
        Shape::new(
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
        )
        .text("?"),
    ]
}

/// The key inside the picture, so exports and printouts carry it.
fn key(layout: &Layout, ids: &str) -> Option<Shape> {
    if layout.key.is_empty() {
        return None;
    }
    let mut group = Shape::new("g", &[("class", "diagram__key"), ("aria-hidden", "true")]).child(
        Shape::new(
            "text",
            &[
                ("class", "key__title"),
                ("x", &number(layout.key_title.0)),
                ("y", &number(layout.key_title.1)),
                ("font-size", "13"),
                ("font-weight", "700"),
                ("fill", INK),
            ],
        )
        .text("Key"),
    );
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
        let sample = Shape::new("path", &[("class", &class), ("d", &d), ("fill", "none")])
            .stroke(colour, width, dash);
        match item.entry {
            KeyEntry::Suspected => {
                group = group.child(sample.with(
                    "stroke-opacity",
                    fixed(link_opacity(Certainty::Suspected), 2).to_string(),
                ));
                group
                    .children
                    .extend(question_mark((x + length / 2.0, y), NEUTRAL));
            }
            KeyEntry::Direction => {
                group = group.child(sample.with("marker-end", format!("url(#{ids}arrow-neutral)")));
            }
            KeyEntry::Type(_) => group = group.child(sample),
        }
        let text = Shape::new(
            "text",
            &[
                ("class", "key__text"),
                ("font-size", &number(item.label.font)),
                ("fill", INK),
            ],
        );
        group = group.child(lines(text, &item.label, item.label.rect.left));
    }
    Some(group)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagram::{layout, Frame};
    use crate::test_fixtures::mek;

    impl Shape {
        /// Every element of the tree, this one first.
        fn walk(&self) -> Box<dyn Iterator<Item = &Shape> + '_> {
            Box::new(std::iter::once(self).chain(self.children.iter().flat_map(Shape::walk)))
        }
    }

    fn attribute(shape: &Shape, key: &str) -> Option<String> {
        shape
            .attributes
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    }

    fn items(shape: &Shape) -> Vec<Item> {
        shape.walk().filter_map(|s| s.item).collect()
    }

    #[test]
    fn every_actor_and_relationship_is_an_item_once() {
        let profile = mek();
        for frame in [Frame::Wide, Frame::Narrow] {
            let layout = layout(&profile, frame);
            let items = items(&picture(&profile, &layout, true, ""));
            let links = items.iter().filter(|i| matches!(i, Item::Link(_))).count();
            let nodes = items.iter().filter(|i| matches!(i, Item::Node(_))).count();
            assert_eq!(links, profile.relationships.len());
            assert_eq!(nodes, profile.actors.len());
            assert_eq!(items.iter().filter(|i| **i == Item::Centre).count(), 1);
        }
    }

    #[test]
    fn only_the_live_picture_has_buttons_and_one_tab_stop() {
        let profile = mek();
        let layout = layout(&profile, Frame::Wide);
        let live = picture(&profile, &layout, true, "");
        let tab_stops: Vec<_> = live
            .walk()
            .filter(|s| attribute(s, "tabindex").as_deref() == Some("0"))
            .filter_map(|s| s.item)
            .collect();
        assert_eq!(tab_stops, [Item::Centre]);
        assert!(live
            .walk()
            .filter(|s| s.item.is_some())
            .all(|s| attribute(s, "role").as_deref() == Some("button")
                && attribute(s, "aria-label").is_some()));

        let still = picture(&profile, &layout, false, "");
        assert_eq!(items(&still), items(&live));
        assert!(still.walk().all(|s| ["role", "tabindex", "aria-label"]
            .iter()
            .all(|key| attribute(s, key).is_none())));
    }

    #[test]
    fn two_pictures_share_no_id_and_each_link_finds_its_arrowhead_in_its_own() {
        let profile = mek();
        let pictures = [("wide-", Frame::Wide), ("narrow-", Frame::Narrow)]
            .map(|(ids, frame)| picture(&profile, &layout(&profile, frame), false, ids));
        let ids = |picture: &Shape| -> Vec<String> {
            picture.walk().filter_map(|s| attribute(s, "id")).collect()
        };
        let [wide, narrow] = &pictures;
        assert!(ids(wide).iter().all(|id| !ids(narrow).contains(id)));
        for picture in &pictures {
            let own = ids(picture);
            let references: Vec<String> = picture
                .walk()
                .flat_map(|s| [attribute(s, "marker-start"), attribute(s, "marker-end")])
                .flatten()
                .collect();
            assert!(references.len() > profile.relationships.len() / 2);
            for reference in references {
                let id = reference.trim_start_matches("url(#").trim_end_matches(')');
                assert!(own.iter().any(|own| own == id), "{id}");
            }
        }
    }

    #[test]
    fn names_are_text_with_each_line_at_its_baseline() {
        let profile = mek();
        let layout = layout(&profile, Frame::Narrow);
        let still = picture(&profile, &layout, false, "");
        let texts: String = still.walk().filter_map(|s| s.text.clone()).collect();
        for (_, line) in layout.nodes[0].label.baselines() {
            assert!(texts.contains(line));
        }
        assert!(still.walk().any(|s| s.text.as_deref() == Some("Key")));
    }
}

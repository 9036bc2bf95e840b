//! The diagram's geometry: the organization in the centre column, its allies in a column
//! on the left, its opponents on the right, wings and fronts above it and designating
//! authorities below, and a key at the bottom.
//!
//! Everything is computed from the profile and the frame alone (no font metrics, no
//! randomness), so a profile looks the same on every load and in every browser. Boxes are
//! stacked, never placed freely, so labels cannot overlap; each link is a curve through
//! the empty gutter between the centre and its actor's column.

use super::text::wrap;
use super::zone::{actor_zones, relationships_by_actor, Zone};
use crate::decimal::fixed;
use crate::geometry::within;
pub use crate::geometry::Rect;
use crate::model::{Certainty, Direction, Profile, RelationshipType};
use std::collections::HashMap;

/// The two widths the diagram is drawn for: pages and phones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// 960 units wide, three columns.
    Wide,
    /// 340 units wide (a phone's width at 1:1) for phones: narrower columns, wings above and authorities below
    /// spanning the width.
    Narrow,
}

impl Frame {
    /// The frame for a container this many CSS pixels wide.
    pub fn for_width(css_pixels: f64) -> Frame {
        if css_pixels < 640.0 {
            Frame::Narrow
        } else {
            Frame::Wide
        }
    }

    fn geometry(self) -> Geometry {
        match self {
            Frame::Wide => Geometry {
                width: 960.0,
                margin: 16.0,
                font: 13.0,
                line: 17.0,
                pad: 8.0,
                gap: 10.0,
                band: 34.0,
                centre_font: 16.0,
                link_gap: 11.0,
                side_width: 270.0,
                gutter: 70.0,
                rows_span_page: false,
                legend_columns: 4,
            },
            Frame::Narrow => Geometry {
                width: 340.0,
                margin: 4.0,
                font: 12.0,
                line: 15.0,
                pad: 5.0,
                gap: 8.0,
                band: 26.0,
                centre_font: 12.0,
                link_gap: 9.0,
                side_width: 108.0,
                gutter: 16.0,
                rows_span_page: true,
                legend_columns: 2,
            },
        }
    }
}

struct Geometry {
    width: f64,
    margin: f64,
    font: f64,
    line: f64,
    pad: f64,
    gap: f64,
    /// Vertical room for links between the centre and the rows above and below it.
    band: f64,
    centre_font: f64,
    /// Room per link along the centre's sides.
    link_gap: f64,
    side_width: f64,
    gutter: f64,
    /// Wings and authorities span the page (narrow) or the centre column (wide).
    rows_span_page: bool,
    legend_columns: usize,
}

/// Boxes per row above and below the centre.
const PER_ROW: usize = 2;
/// Longer names are cut with an ellipsis; the full name is in the accessible label.
const MAX_LINES: usize = 5;
/// Room for a key entry's sample line before its label.
const SAMPLE: f64 = 44.0;

/// A box with its wrapped name.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    pub rect: Rect,
    pub lines: Vec<String>,
    pub font: f64,
    /// Distance between baselines.
    pub line: f64,
}

impl Label {
    /// Each line's baseline, the lines centred vertically in the box.
    pub fn baselines(&self) -> Vec<(f64, &str)> {
        let top = self.rect.top + (self.rect.height - self.line * self.lines.len() as f64) / 2.0;
        self.lines
            .iter()
            .enumerate()
            .map(|(i, line)| (top + self.line * (i as f64 + 0.75), line.as_str()))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Index into `profile.actors`.
    pub actor: usize,
    pub zone: Zone,
    pub label: Label,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Index into `profile.relationships`.
    pub relationship: usize,
    /// Index into [`Layout::nodes`].
    pub node: usize,
    /// SVG path data from the centre to the node.
    pub path: String,
    /// The curve's midpoint, where a suspected link shows its `?`.
    pub mid: (f64, f64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyEntry {
    Type(RelationshipType),
    Suspected,
    Direction,
}

impl KeyEntry {
    pub fn label(self) -> &'static str {
        match self {
            KeyEntry::Type(kind) => kind.label(),
            KeyEntry::Suspected => "Suspected or alleged (faded, ?)",
            KeyEntry::Direction => "Arrow: who acts on whom",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeyItem {
    pub entry: KeyEntry,
    /// Where the sample line starts (vertically centred on the label's first line).
    pub x: f64,
    pub y: f64,
    pub label: Label,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub frame: Frame,
    pub width: f64,
    pub height: f64,
    pub centre: Label,
    pub nodes: Vec<Node>,
    pub links: Vec<Link>,
    /// The key's heading baseline.
    pub key_title: (f64, f64),
    pub key: Vec<KeyItem>,
}

impl Layout {
    pub fn node_of_actor(&self, actor: usize) -> Option<usize> {
        self.nodes.iter().position(|n| n.actor == actor)
    }
}

pub fn layout(profile: &Profile, frame: Frame) -> Layout {
    let g = frame.geometry();
    let ties = relationships_by_actor(profile);
    let zones = actor_zones(&ties);
    let centre_x = g.margin + g.side_width + g.gutter;
    let centre_w = g.width - 2.0 * centre_x;
    let (row_x, row_w) = if g.rows_span_page {
        (g.margin, g.width - 2.0 * g.margin)
    } else {
        (centre_x, centre_w)
    };
    let row_box_w = (row_w - g.gap * (PER_ROW - 1) as f64) / PER_ROW as f64;

    let label = |text: &str, w: f64, font: f64, bold: bool| {
        let lines = wrap(text, w - 2.0 * g.pad, font, bold, MAX_LINES);
        let line = g.line * font / g.font;
        let h = lines.len().max(1) as f64 * line + 2.0 * g.pad;
        Label {
            rect: Rect {
                left: 0.0,
                top: 0.0,
                width: w,
                height: h,
            },
            lines,
            font,
            line,
        }
    };

    // Actors in each zone, earliest relationship first (then in the profile's order).
    let earliest: Vec<i32> = ties
        .iter()
        .map(|t| {
            t.iter()
                .filter_map(|r| r.period.and_then(|p| p.start_year().or(p.end_year())))
                .min()
                .unwrap_or(i32::MAX)
        })
        .collect();
    let mut by_zone: HashMap<Zone, Vec<Node>> = HashMap::new();
    let mut order: Vec<usize> = (0..profile.actors.len()).collect();
    order.sort_by_key(|&a| (earliest[a], a));
    for actor in order {
        let zone = zones[actor];
        let width = match zone {
            Zone::Support | Zone::Opposition => g.side_width,
            Zone::Inner | Zone::Apart => row_box_w,
        };
        by_zone.entry(zone).or_default().push(Node {
            actor,
            zone,
            label: label(&profile.actors[actor].name, width, g.font, false),
        });
    }
    let mut take = |zone| by_zone.remove(&zone).unwrap_or_default();
    let (mut inner, mut support, mut opposition, mut apart) = (
        take(Zone::Inner),
        take(Zone::Support),
        take(Zone::Opposition),
        take(Zone::Apart),
    );
    let mut centre = label(&profile.name, centre_w, g.centre_font, true);
    // Tall enough for the links leaving each side to stay apart.
    let links_from = |nodes: &[Node]| nodes.iter().map(|n| ties[n.actor].len()).sum::<usize>();
    let most = links_from(&support).max(links_from(&opposition));
    centre.rect.height = centre
        .rect
        .height
        .max(most as f64 * g.link_gap + 2.0 * g.pad);

    let column_height = |nodes: &[Node]| {
        nodes.iter().map(|n| n.label.rect.height).sum::<f64>()
            + g.gap * nodes.len().saturating_sub(1) as f64
    };
    let rows_height = |nodes: &[Node]| {
        nodes
            .chunks(PER_ROW)
            .map(|row| row.iter().map(|n| n.label.rect.height).fold(0.0, f64::max))
            .sum::<f64>()
            + g.gap * nodes.len().div_ceil(PER_ROW).saturating_sub(1) as f64
    };
    let with_band = |h: f64| if h > 0.0 { h + g.band } else { 0.0 };
    let (inner_h, apart_h) = (rows_height(&inner), rows_height(&apart));
    let sides_h = column_height(&support).max(column_height(&opposition));
    let top = g.margin;

    // Vertical placement: the centre (with wings above and, when wide, authorities
    // below) in the middle of the side columns; on phones everything starts at the top.
    let (centre_y, sides_top, body_bottom, apart_top);
    if g.rows_span_page {
        centre_y = top + with_band(inner_h);
        sides_top = centre_y;
        body_bottom = (centre_y + centre.rect.height).max(sides_top + sides_h);
        apart_top = body_bottom + g.band;
    } else {
        let middle_h = with_band(inner_h) + centre.rect.height + with_band(apart_h);
        let body_h = sides_h.max(middle_h);
        let lowest = top + with_band(inner_h);
        let highest = top + body_h - centre.rect.height - with_band(apart_h);
        centre_y = within(top + (body_h - centre.rect.height) / 2.0, lowest, highest);
        sides_top = top;
        body_bottom = top + body_h;
        apart_top = centre_y + centre.rect.height + g.band;
    }
    centre.rect.left = centre_x;
    centre.rect.top = centre_y;

    let stack = |nodes: &mut [Node], x: f64, y0: f64, height: f64| {
        let mut y = y0 + (height - column_height(nodes)) / 2.0;
        for node in nodes {
            node.label.rect.left = x;
            node.label.rect.top = y;
            y += node.label.rect.height + g.gap;
        }
    };
    let body_h = body_bottom - sides_top;
    stack(&mut support, g.margin, sides_top, body_h);
    stack(
        &mut opposition,
        g.width - g.margin - g.side_width,
        sides_top,
        body_h,
    );
    // Rows: the first row of wings sits just above the centre, further rows above it.
    let place_rows = |nodes: &mut [Node], first_row_y: f64, upward: bool| {
        let mut y = first_row_y;
        for row in nodes.chunks_mut(PER_ROW) {
            let h = row.iter().map(|n| n.label.rect.height).fold(0.0, f64::max);
            if upward {
                y -= h;
            }
            let used = row.len() as f64 * row_box_w + (row.len() - 1) as f64 * g.gap;
            let mut x = row_x + (row_w - used) / 2.0;
            for node in row {
                node.label.rect.left = x;
                node.label.rect.top = if upward {
                    y + h - node.label.rect.height
                } else {
                    y
                };
                x += row_box_w + g.gap;
            }
            y = if upward { y - g.gap } else { y + h + g.gap };
        }
    };
    place_rows(&mut inner, centre_y - g.band, true);
    place_rows(&mut apart, apart_top, false);
    let content_bottom = if apart.is_empty() {
        body_bottom.max(centre.rect.bottom())
    } else {
        body_bottom.max(apart_top + apart_h)
    };

    let nodes: Vec<Node> = [inner, support, opposition, apart].concat();
    let links = route_links(
        profile,
        &nodes,
        &centre,
        apart_top - g.band,
        g.rows_span_page,
    );
    let (key_title, key, height) = place_key(profile, &g, content_bottom + g.band);

    Layout {
        frame,
        width: g.width,
        height,
        centre,
        nodes,
        links,
        key_title,
        key,
    }
}

/// One curve per relationship, from an edge of the centre box to the facing edge of the
/// actor's box. Several links to one box, and all links leaving one edge of the centre,
/// are spread along that edge in the order of their far ends, so they never cross there.
fn route_links(
    profile: &Profile,
    nodes: &[Node],
    centre: &Label,
    apart_bend: f64,
    straight_to_apart: bool,
) -> Vec<Link> {
    let node_of: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (profile.actors[n.actor].id.as_str(), i))
        .collect();
    // (relationship, node, k-th of n at the node)
    let mut at_node: HashMap<usize, usize> = HashMap::new();
    let mut ends: Vec<(usize, usize, usize)> = Vec::new();
    for (r, rel) in profile.relationships.iter().enumerate() {
        if let Some(&node) = node_of.get(rel.actor.as_str()) {
            let k = at_node.entry(node).or_insert(0);
            ends.push((r, node, *k));
            *k += 1;
        }
    }
    let spread = |start: f64, length: f64, i: usize, n: usize| {
        start + length * (i as f64 + 1.0) / (n as f64 + 1.0)
    };
    let node_point = |node: usize, k: usize| {
        let rect = nodes[node].label.rect;
        let n = at_node[&node];
        match nodes[node].zone {
            Zone::Support => (rect.right(), spread(rect.top, rect.height, k, n)),
            Zone::Opposition => (rect.left, spread(rect.top, rect.height, k, n)),
            Zone::Inner => (spread(rect.left, rect.width, k, n), rect.bottom()),
            Zone::Apart => (spread(rect.left, rect.width, k, n), rect.top),
        }
    };
    let mut links = Vec::with_capacity(ends.len());
    for zone in Zone::ALL {
        let mut leaving: Vec<(usize, usize, (f64, f64))> = ends
            .iter()
            .filter(|(_, node, _)| nodes[*node].zone == zone)
            .map(|&(r, node, k)| (r, node, node_point(node, k)))
            .collect();
        let vertical = matches!(zone, Zone::Inner | Zone::Apart);
        leaving.sort_by(|a, b| {
            let key = |p: (f64, f64)| if vertical { (p.0, p.1) } else { (p.1, p.0) };
            key(a.2)
                .partial_cmp(&key(b.2))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        let c = centre.rect;
        let n = leaving.len();
        for (i, (relationship, node, (ex, ey))) in leaving.into_iter().enumerate() {
            let (sx, sy) = match zone {
                Zone::Support => (c.left, spread(c.top, c.height, i, n)),
                Zone::Opposition => (c.right(), spread(c.top, c.height, i, n)),
                Zone::Inner => (spread(c.left, c.width, i, n), c.top),
                Zone::Apart => (spread(c.left, c.width, i, n), c.bottom()),
            };
            // The path's numbers, written to a tenth of a pixel.
            let [sx1, sy1, ex1, ey1] = [sx, sy, ex, ey].map(|v| fixed(v, 1));
            let (path, mid) = if !vertical {
                let mx = (sx + ex) / 2.0;
                let mx1 = fixed(mx, 1);
                (
                    format!("M{sx1} {sy1}C{mx1} {sy1} {mx1} {ey1} {ex1} {ey1}"),
                    (mx, (sy + ey) / 2.0),
                )
            } else if zone == Zone::Apart && straight_to_apart {
                // Phones: straight down the empty centre column, bending only above the row.
                let my = (apart_bend + ey) / 2.0;
                let (bend1, my1) = (fixed(apart_bend, 1), fixed(my, 1));
                (
                    format!("M{sx1} {sy1}L{sx1} {bend1}C{sx1} {my1} {ex1} {my1} {ex1} {ey1}"),
                    (sx, (sy + apart_bend) / 2.0),
                )
            } else {
                let my = (sy + ey) / 2.0;
                let my1 = fixed(my, 1);
                (
                    format!("M{sx1} {sy1}C{sx1} {my1} {ex1} {my1} {ex1} {ey1}"),
                    ((sx + ex) / 2.0, my),
                )
            };
            links.push(Link {
                relationship,
                node,
                path,
                mid,
            });
        }
    }
    links.sort_by_key(|l| l.relationship);
    links
}

/// The key: every relationship type the profile uses, then the suspected and
/// direction conventions when they occur; in a grid under the diagram.
fn place_key(profile: &Profile, g: &Geometry, top: f64) -> ((f64, f64), Vec<KeyItem>, f64) {
    let mut entries: Vec<KeyEntry> = RelationshipType::ALL
        .into_iter()
        .filter(|t| profile.relationships.iter().any(|r| r.kind == *t))
        .map(KeyEntry::Type)
        .collect();
    if profile
        .relationships
        .iter()
        .any(|r| r.certainty == Certainty::Suspected)
    {
        entries.push(KeyEntry::Suspected);
    }
    if profile
        .relationships
        .iter()
        .any(|r| r.direction != Direction::Mutual)
    {
        entries.push(KeyEntry::Direction);
    }
    if entries.is_empty() {
        return ((g.margin, top), vec![], top);
    }
    let title = (g.margin, top + g.line * 0.75);
    let cell_w = (g.width - 2.0 * g.margin) / g.legend_columns as f64;
    let mut items = Vec::new();
    let mut y = top + g.line + g.gap;
    for row in entries.chunks(g.legend_columns) {
        let mut row_h: f64 = 0.0;
        for (c, entry) in row.iter().enumerate() {
            let x = g.margin + c as f64 * cell_w;
            let lines = wrap(
                entry.label(),
                cell_w - SAMPLE - g.gap,
                g.font,
                false,
                MAX_LINES,
            );
            let h = lines.len() as f64 * g.line;
            row_h = row_h.max(h);
            items.push(KeyItem {
                entry: *entry,
                x,
                y: y + g.line / 2.0,
                label: Label {
                    rect: Rect {
                        left: x + SAMPLE,
                        top: y,
                        width: cell_w - SAMPLE - g.gap,
                        height: h,
                    },
                    lines,
                    font: g.font,
                    line: g.line,
                },
            });
        }
        y += row_h + g.gap;
    }
    (title, items, y + g.margin)
}

/// How long a key entry's sample line is.
pub fn key_sample_length() -> f64 {
    SAMPLE - 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagram::text::text_width;
    use crate::synthetic::synthetic_profile;
    use crate::test_fixtures::mek;

    /// A pre-rendered page shows the frame the app will draw by a container query in the
    /// stylesheet: its threshold must be `for_width`'s.
    #[test]
    fn the_stylesheet_shows_the_frame_the_app_draws() {
        let css = include_str!("../../style/diagram.css");
        let query = "@container diagram (width < ";
        let at = css.find(query).expect("the frames' container query") + query.len();
        let threshold: f64 = css[at..].split("px").next().unwrap().parse().unwrap();
        assert_eq!(Frame::for_width(threshold - 0.5), Frame::Narrow);
        assert_eq!(Frame::for_width(threshold), Frame::Wide);
    }

    fn boxes(layout: &Layout) -> Vec<Rect> {
        std::iter::once(layout.centre.rect)
            .chain(layout.nodes.iter().map(|n| n.label.rect))
            .chain(layout.key.iter().map(|k| k.label.rect))
            .collect()
    }

    fn assert_no_overlaps(layout: &Layout) {
        let all = boxes(layout);
        for (i, a) in all.iter().enumerate() {
            assert!(
                a.left >= 0.0
                    && a.right() <= layout.width
                    && a.top >= 0.0
                    && a.bottom() <= layout.height
            );
            for b in &all[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
            }
        }
    }

    fn assert_labels_fit(layout: &Layout) {
        let labels = std::iter::once(&layout.centre)
            .chain(layout.nodes.iter().map(|n| &n.label))
            .chain(layout.key.iter().map(|k| &k.label));
        for label in labels {
            let bold = std::ptr::eq(label, &layout.centre);
            for line in &label.lines {
                assert!(
                    text_width(line, label.font, bold) <= label.rect.width,
                    "`{line}` overflows {:?}",
                    label.rect
                );
            }
        }
    }

    #[test]
    fn mek_has_one_box_per_actor_and_one_link_per_relationship_without_overlaps() {
        let profile = mek();
        for frame in [Frame::Wide, Frame::Narrow] {
            let layout = layout(&profile, frame);
            assert_eq!(layout.nodes.len(), profile.actors.len());
            assert_eq!(layout.links.len(), profile.relationships.len());
            assert_no_overlaps(&layout);
            assert_labels_fit(&layout);
        }
    }

    #[test]
    fn the_same_input_gives_the_same_coordinates() {
        let profile = synthetic_profile(10, 300);
        assert_eq!(layout(&profile, Frame::Wide), layout(&profile, Frame::Wide));
        assert_eq!(layout(&mek(), Frame::Narrow), layout(&mek(), Frame::Narrow));
    }

    #[test]
    fn a_thousand_actors_still_never_overlap() {
        let profile = synthetic_profile(10, 1000);
        for frame in [Frame::Wide, Frame::Narrow] {
            let layout = layout(&profile, frame);
            assert_eq!(layout.nodes.len(), 1000);
            assert_no_overlaps(&layout);
        }
    }

    #[test]
    fn sides_are_left_and_right_of_the_centre_with_wings_above() {
        let profile = mek();
        let layout = layout(&profile, Frame::Wide);
        let c = layout.centre.rect;
        for node in &layout.nodes {
            let r = node.label.rect;
            match node.zone {
                Zone::Support => assert!(r.right() < c.left),
                Zone::Opposition => assert!(r.left > c.right()),
                Zone::Inner => assert!(r.bottom() < c.top),
                Zone::Apart => assert!(r.top > c.bottom()),
            }
        }
    }

    #[test]
    fn links_start_at_the_centre_and_end_at_their_actors_box() {
        let profile = mek();
        let layout = layout(&profile, Frame::Narrow);
        for link in &layout.links {
            let node = &layout.nodes[link.node];
            assert_eq!(
                profile.actors[node.actor].id,
                profile.relationships[link.relationship].actor
            );
            let numbers: Vec<f64> = link
                .path
                .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().unwrap())
                .collect();
            let (sx, sy) = (numbers[0], numbers[1]);
            let (ex, ey) = (numbers[numbers.len() - 2], numbers[numbers.len() - 1]);
            let on_edge = |r: Rect, x: f64, y: f64| {
                let near = |a: f64, b: f64| (a - b).abs() < 0.06;
                (x >= r.left - 0.06
                    && x <= r.right() + 0.06
                    && (near(y, r.top) || near(y, r.bottom())))
                    || (y >= r.top - 0.06
                        && y <= r.bottom() + 0.06
                        && (near(x, r.left) || near(x, r.right())))
            };
            assert!(on_edge(layout.centre.rect, sx, sy), "{}", link.path);
            assert!(on_edge(node.label.rect, ex, ey), "{}", link.path);
        }
    }

    #[test]
    fn the_key_lists_the_types_in_use_and_the_conventions() {
        let layout = layout(&mek(), Frame::Wide);
        let entries: Vec<KeyEntry> = layout.key.iter().map(|k| k.entry).collect();
        assert!(entries.contains(&KeyEntry::Type(RelationshipType::StateSponsor)));
        assert!(!entries.contains(&KeyEntry::Type(RelationshipType::Rival)));
        assert!(entries.ends_with(&[KeyEntry::Suspected, KeyEntry::Direction]));
    }

    #[test]
    fn a_profile_without_actors_is_just_the_centre() {
        let mut profile = mek();
        profile.actors.clear();
        profile.relationships.clear();
        let layout = layout(&profile, Frame::Wide);
        assert!(layout.nodes.is_empty() && layout.links.is_empty() && layout.key.is_empty());
        assert!(layout.height >= layout.centre.rect.bottom());
    }
}

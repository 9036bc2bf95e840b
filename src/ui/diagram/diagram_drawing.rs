//! Builds the diagram's picture (`diagram::picture`) straight into the DOM. The diagram can
//! hold thousands of static items; plain DOM calls take a fraction of the time and the code
//! size a component per item would.

use crate::diagram::{picture, Item, Layout, Shape};
use crate::model::Profile;
use leptos::prelude::document;
use web_sys::Element;

const SVG: &str = "http://www.w3.org/2000/svg";

/// The drawn items of one layout, by index, for the canvas to update.
pub struct Drawing {
    pub content: Element,
    pub centre: Element,
    pub nodes: Vec<Element>,
    pub links: Vec<Element>,
}

pub fn draw(profile: &Profile, layout: &Layout) -> Option<Drawing> {
    let mut centre = None;
    let mut nodes = vec![None; layout.nodes.len()];
    let mut links = vec![None; layout.links.len()];
    let content = build(&picture(profile, layout, true, ""), &mut |item, element| {
        let slot = match item {
            Item::Centre => &mut centre,
            Item::Node(n) => nodes.get_mut(n)?,
            Item::Link(l) => links.get_mut(l)?,
        };
        *slot = Some(element.clone());
        Some(())
    })?;
    Some(Drawing {
        content,
        centre: centre?,
        nodes: nodes.into_iter().collect::<Option<_>>()?,
        links: links.into_iter().collect::<Option<_>>()?,
    })
}

/// The element and its descendants; `found` hears of each item's element.
fn build(shape: &Shape, found: &mut impl FnMut(Item, &Element) -> Option<()>) -> Option<Element> {
    let element = document().create_element_ns(Some(SVG), shape.name).ok()?;
    for (key, value) in &shape.attributes {
        element.set_attribute(key, value).ok()?;
    }
    if let Some(text) = &shape.text {
        element.set_text_content(Some(text));
    }
    for child in &shape.children {
        element.append_child(&build(child, found)?.into()).ok()?;
    }
    if let Some(item) = shape.item {
        found(item, &element)?;
    }
    Some(element)
}

/// Shows or hides a drawn link: by `visibility`, not `display`, so that a hidden link keeps
/// its computed style and takes no part in layout, and showing hundreds again is cheap.
pub fn show_link(link: &Element, shown: bool) {
    let _ = if shown {
        link.remove_attribute("visibility")
    } else {
        link.set_attribute("visibility", "hidden")
    };
}

/// Draws an actor live, or faded when the filter leaves it no link. Not by `opacity`: below
/// 1 it gives each node a compositing layer of its own, and a thousand of them cost Chromium
/// ~100 ms per frame.
pub fn show_node_live(node: &Element, live: bool) {
    for attribute in ["fill-opacity", "stroke-opacity"] {
        let _ = if live {
            node.remove_attribute(attribute)
        } else {
            node.set_attribute(attribute, "0.4")
        };
    }
}

//! The diagram as a pre-rendered page shows it: the picture (`diagram::picture`) written by
//! Leptos's renderer, in both frames, the stylesheet showing the one the app would draw at
//! the diagram's width (`Frame::for_width`, a container query in style/diagram.css), so
//! that the app's drawing takes its place without a change. It is a plain picture, not a
//! control: a reader without the app has the table below it.

use crate::decimal::fixed;
use crate::diagram::{layout, picture, Frame, Shape, FONT};
use crate::model::Profile;
use leptos::attr::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::attr::custom::custom_attribute;
use leptos::html::custom;
use leptos::prelude::*;

#[component]
pub fn StillPicture(profile: std::sync::Arc<Profile>) -> impl IntoView {
    let label = format!(
        "Diagram of the allies and rivals of {}. The table below lists the same relationships.",
        profile.name
    );
    [(Frame::Wide, "wide"), (Frame::Narrow, "narrow")]
        .into_iter()
        .map(|(frame, name)| {
            let layout = layout(&profile, frame);
            let (w, h) = (fixed(layout.width, 1).to_string(), fixed(layout.height, 1).to_string());
            let view_box = format!("0 0 {w} {h}");
            view! {
                <svg class=format!("diagram__svg diagram__svg--{name}") viewBox=view_box
                    width=w height=h preserveAspectRatio="xMidYMin meet"
                    font-family=FONT role="img" aria-label=label.clone()>
                    <rect class="diagram__paper" width=w.clone() height=h.clone() fill="#ffffff"/>
                    <g class="diagram__viewport">{shape_view(&picture(&profile, &layout, false, &format!("{name}-")))}</g>
                </svg>
            }
        })
        .collect_view()
}

fn shape_view(shape: &Shape) -> AnyView {
    let attributes: Vec<AnyAttribute> = shape
        .attributes
        .iter()
        .map(|(key, value)| custom_attribute(*key, value.clone()).into_any_attr())
        .collect();
    let children: Vec<AnyView> = shape.children.iter().map(shape_view).collect();
    custom(shape.name)
        .add_any_attr(attributes)
        .child((shape.text.clone(), children))
        .into_any()
}

//! Saves the diagram as it is shown (filters and year applied, zoom reset) as an SVG or
//! PNG file. Everything stays in the browser: the picture becomes a `data:` URL.

use crate::ui::shell::download::save;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The diagram as a standalone SVG document, with its size.
fn standalone(svg: &web_sys::Element) -> Option<(String, f64, f64)> {
    let copy: web_sys::Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    copy.set_attribute("xmlns", "http://www.w3.org/2000/svg")
        .ok()?;
    if let Some(viewport) = copy.query_selector(".diagram__viewport").ok()? {
        viewport.remove_attribute("transform").ok()?;
    }
    let number = |name: &str| copy.get_attribute(name)?.parse::<f64>().ok();
    let (width, height) = (number("width")?, number("height")?);
    let text = web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(&copy)
        .ok()?;
    Some((text, width, height))
}

fn svg_data_url(text: &str) -> String {
    format!(
        "data:image/svg+xml;charset=utf-8,{}",
        js_sys::encode_uri_component(text)
    )
}

pub fn download_svg(svg: &web_sys::Element, file_name: &str) {
    if let Some((text, _, _)) = standalone(svg) {
        save(&svg_data_url(&text), file_name);
    }
}

/// Draws the SVG onto a canvas at twice its size, on white, and saves that.
pub fn download_png(svg: &web_sys::Element, file_name: &str) {
    let Some((text, width, height)) = standalone(svg) else {
        return;
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let file_name = file_name.to_owned();
    let drawn = image.clone();
    let on_load = Closure::once_into_js(move || {
        const SCALE: f64 = 2.0;
        let Ok(canvas) = document()
            .create_element("canvas")
            .map(|c| c.unchecked_into::<web_sys::HtmlCanvasElement>())
        else {
            return;
        };
        canvas.set_width((width * SCALE) as u32);
        canvas.set_height((height * SCALE) as u32);
        let Some(context) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        else {
            return;
        };
        context.set_fill_style_str("#ffffff");
        context.fill_rect(0.0, 0.0, width * SCALE, height * SCALE);
        let _ = context.draw_image_with_html_image_element_and_dw_and_dh(
            &drawn,
            0.0,
            0.0,
            width * SCALE,
            height * SCALE,
        );
        if let Ok(url) = canvas.to_data_url_with_type("image/png") {
            save(&url, &file_name);
        }
    });
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_src(&svg_data_url(&text));
}

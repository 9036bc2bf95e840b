//! Files the reader saves: a download of an address (a `data:` picture) or of a text.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Saves what `href` holds under `file_name`.
pub fn save(href: &str, file_name: &str) {
    let Ok(link) = document()
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    else {
        return;
    };
    link.set_href(href);
    link.set_download(file_name);
    link.click();
}

/// Saves `text` under `file_name`, as a file of type `mime`.
pub fn save_text(text: &str, file_name: &str, mime: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    save(&url, file_name);
    let _ = web_sys::Url::revoke_object_url(&url);
}

//! A character's lowercase, by Unicode's mapping: natively the standard library's; in the
//! browser the browser's own copy of the same mapping (`String.toLowerCase`, a character at a
//! time, so without its final-sigma rule, as `char::to_lowercase`). The standard library's table
//! is some 12 KB of data, which the home page's first load would carry for its search.

/// Appends `c` lowercased to `text`.
#[cfg(not(target_arch = "wasm32"))]
pub fn push_lowercase(c: char, text: &mut String) {
    text.extend(c.to_lowercase());
}

/// Appends `c` lowercased to `text`.
#[cfg(target_arch = "wasm32")]
pub fn push_lowercase(c: char, text: &mut String) {
    text.push_str(&String::from(js_sys::JsString::from(c).to_lower_case()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowered(c: char) -> String {
        let mut text = String::new();
        push_lowercase(c, &mut text);
        text
    }

    #[test]
    fn lowercases_by_unicode_mapping_one_character_at_a_time() {
        assert_eq!(lowered('Ж'), "ж");
        assert_eq!(lowered('Σ'), "σ");
        assert_eq!(lowered('İ'), "i\u{307}");
        assert_eq!(lowered('ش'), "ش");
    }
}

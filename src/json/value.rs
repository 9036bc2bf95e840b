//! A parsed JSON value, with the place it starts at.

use std::borrow::Cow;

/// A value and where its first character is (1-based line and byte column).
#[derive(Debug, Clone, PartialEq)]
pub struct Json<'a> {
    pub kind: Kind<'a>,
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind<'a> {
    Null,
    Bool(bool),
    /// A number as written: the model has no fractional numbers, so none is converted.
    Number(String),
    String(String),
    Array(Vec<Json<'a>>),
    /// Members in the document's order, a key given twice included; keys are borrowed from
    /// the text unless they hold escapes.
    Object(Members<'a>),
}

impl Json<'_> {
    /// What the value is, as serde_json names it in `invalid type: …` messages.
    pub fn unexpected(&self) -> String {
        match &self.kind {
            Kind::Null => "null".to_owned(),
            Kind::Bool(b) => format!("boolean `{b}`"),
            Kind::Number(n) if is_integer(n) => format!("integer `{n}`"),
            Kind::Number(n) => format!("floating point `{n}`"),
            Kind::String(s) => format!("string {}", quoted(s)),
            Kind::Array(_) => "sequence".to_owned(),
            Kind::Object(_) => "map".to_owned(),
        }
    }
}

/// `s` in double quotes, escaped as Rust's `{:?}` escapes it for every character an author
/// can type (written out: `{:?}` alone brings Unicode's printable-character tables into the
/// app's wasm).
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether a JSON number is written as an integer (no fraction, no exponent).
pub fn is_integer(number: &str) -> bool {
    !number.contains(['.', 'e', 'E'])
}

/// An object's members, in the document's order.
pub type Members<'a> = Vec<(Cow<'a, str>, Json<'a>)>;

#[cfg(test)]
mod tests {
    use super::quoted;

    #[test]
    fn quotes_text_as_debug_does() {
        for text in [
            "",
            "Mujahedin-e Khalq (MEK)",
            "a \"quoted\" word, a back\\slash",
            "lines\nand\ttabs\r\0",
            "\u{1}\u{1f}\u{7f}\u{9f}",
            "Rajavi’s “ideological revolution” — Camp Ashraf, سازمان مجاهدين خلق, 🙂",
            "it's",
        ] {
            assert_eq!(quoted(text), format!("{text:?}"), "{text}");
        }
    }
}

//! Where a JSON path (`$.sections[1].blocks[0].paragraph[1].note`, as the validator names a
//! problem's place) is in a document's text: the line and column where its value starts, or,
//! when the path goes on past what the document has (a missing member), where the deepest
//! part it has starts. serde_json reads each step as raw values, which are slices of the text:
//! where a slice starts is where its value is.

use crate::json_path::{steps, Step};
use serde_json::value::RawValue;
use std::collections::HashMap;

/// The 1-based line and column where the value at `path` starts in `json`.
pub fn place_of(json: &str, path: &str) -> Option<(usize, usize)> {
    let steps = steps(path)?;
    let mut value: &RawValue = serde_json::from_str(json).ok()?;
    for step in &steps {
        match enter(value, step) {
            Some(inner) => value = inner,
            None => break,
        }
    }
    let start = value.get().as_ptr() as usize - json.as_ptr() as usize;
    Some(line_and_column(json, start))
}

/// The value inside `value` that `step` names, if it has one.
fn enter<'a>(value: &'a RawValue, step: &Step) -> Option<&'a RawValue> {
    match step {
        Step::Member(name) => {
            let mut members: HashMap<String, &RawValue> = serde_json::from_str(value.get()).ok()?;
            members.remove(name)
        }
        Step::Item(index) => {
            let items: Vec<&RawValue> = serde_json::from_str(value.get()).ok()?;
            items.get(*index).copied()
        }
    }
}

fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"id\": \"x\",\n  \"sections\": [\n    {\"id\": \"a\", \"blocks\": []},\n    {\"id\": \"b\",\n     \"blocks\": [{\"paragraph\": [\"t [x]\", {\"note\": 99}]}]}\n  ],\n  \"notes\": []\n}";

    #[test]
    fn a_path_is_found_where_its_value_starts() {
        assert_eq!(place_of(DOC, "$"), Some((1, 1)));
        assert_eq!(place_of(DOC, "$.id"), Some((2, 9)));
        assert_eq!(place_of(DOC, "$.sections[1]"), Some((5, 5)));
        assert_eq!(
            place_of(DOC, "$.sections[1].blocks[0].paragraph[1].note"),
            Some((6, 50))
        );
        assert_eq!(place_of(DOC, "$.notes"), Some((8, 12)));
    }

    #[test]
    fn a_path_past_what_the_document_has_points_at_its_deepest_part() {
        assert_eq!(place_of(DOC, "$.sections[1].heading"), Some((5, 5)));
        assert_eq!(place_of(DOC, "$.sections[7]"), Some((3, 15)));
        assert_eq!(place_of(DOC, "$.missing"), Some((1, 1)));
    }

    #[test]
    fn what_is_not_a_path_has_no_place() {
        assert_eq!(place_of(DOC, "line 3"), None);
        assert_eq!(place_of(DOC, "$.a[x]"), None);
    }

    #[test]
    fn the_mek_profile_has_every_path_the_validator_could_name() {
        let json = include_str!("../data/profiles/mek.json");
        let (line, _) = place_of(json, "$.events[3].date").unwrap();
        let text = json.lines().nth(line - 1).unwrap();
        assert!(text.trim_start().starts_with("\"date\""), "{text}");
        let (line, _) = place_of(json, "$.relationships[21]").unwrap();
        assert!(line > 1000, "{line}");
    }
}

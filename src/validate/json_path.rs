//! The JSON path of the place serde_json stopped at, found again from its line and column.
//!
//! Tracking the path while deserializing (`serde_path_to_error`) wraps every type's
//! deserializer and cost 12 % of the app's code; a document is read without it, and only a
//! failed one is scanned a second time, up to the error, by this small tokenizer.

/// Where serde_json stopped: it reports a data error after consuming the offending token (a
/// key, a scalar, the `}` or `]` that closes a container) or, for a `{` or `[` where something
/// else was expected, just before it: the first such token to reach that offset is the one the
/// error is about.
pub fn path_at(json: &str, line: usize, column: usize) -> String {
    let stop = offset_of(json, line, column);
    let bytes = json.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        match bytes[i] {
            b' ' | b'\t' | b'\n' | b'\r' | b':' => i += 1,
            b',' => {
                match stack.last_mut() {
                    Some(Frame::Array(index)) => *index += 1,
                    Some(Frame::Object(key)) => *key = None,
                    None => {}
                }
                i += 1;
            }
            b'{' | b'[' => {
                // Consuming an opener never fails: only a peeked one is the error's place.
                if start >= stop {
                    return render(&stack);
                }
                stack.push(if bytes[i] == b'{' {
                    Frame::Object(None)
                } else {
                    Frame::Array(0)
                });
                i += 1;
            }
            b'}' | b']' => {
                stack.pop();
                if start + 1 >= stop {
                    return render(&stack);
                }
                i += 1;
            }
            b'"' => {
                i = string_end(bytes, i);
                if let Some(Frame::Object(key @ None)) = stack.last_mut() {
                    let raw = &json[start..i];
                    *key = Some(serde_json::from_str(raw).unwrap_or_else(|_| raw.to_owned()));
                }
                if i >= stop {
                    return render(&stack);
                }
            }
            _ => {
                while i < bytes.len() && !b" \t\n\r,:]}".contains(&bytes[i]) {
                    i += 1;
                }
                if i >= stop {
                    return render(&stack);
                }
            }
        }
    }
    "$".to_owned()
}

/// A container being read: an object with the key of its current member, or an array with
/// the index of its current element.
enum Frame {
    Object(Option<String>),
    Array(usize),
}

/// `$.sections[3].id`, the notation the validator's messages use.
fn render(stack: &[Frame]) -> String {
    let mut path = String::from("$");
    for frame in stack {
        match frame {
            Frame::Object(Some(key)) => {
                path.push('.');
                path.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// serde_json's column counts the bytes consumed on the line: it is the offset of the next one.
fn offset_of(json: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        json.match_indices('\n')
            .nth(line - 2)
            .map_or(json.len(), |(at, _)| at + 1)
    };
    line_start + column
}

/// The offset just past the closing quote of the string opening at `open`.
fn string_end(bytes: &[u8], open: usize) -> usize {
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Profile;

    /// The path of the data error serde_json reports for `json` read as a profile, if it is one
    /// (a syntax error is located by its line and column instead).
    fn path_of_error(json: &str) -> Option<String> {
        let err = serde_json::from_str::<Profile>(json).unwrap_err();
        err.is_data()
            .then(|| path_at(json, err.line(), err.column()))
    }

    /// serde_path_to_error, which tracks the path while deserializing, is the oracle.
    fn tracked_path(json: &str) -> String {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let err = serde_path_to_error::deserialize::<_, Profile>(&mut deserializer).unwrap_err();
        match err.path().to_string().as_str() {
            "." => "$".to_owned(),
            path => format!("$.{path}"),
        }
    }

    fn mek() -> serde_json::Value {
        serde_json::from_str(include_str!("../../data/profiles/mek.json")).unwrap()
    }

    /// Every value of the document, as the pointer that reaches it.
    fn pointers(value: &serde_json::Value, at: String, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => map.iter().for_each(|(key, child)| {
                pointers(child, format!("{at}/{key}"), out);
            }),
            serde_json::Value::Array(items) => items.iter().enumerate().for_each(|(i, child)| {
                pointers(child, format!("{at}/{i}"), out);
            }),
            _ => {}
        }
        out.push(at);
    }

    /// Breaks the document at one place in each way an author can: a value of the wrong type,
    /// a member added or removed; both compact and pretty-printed. Every kind of place of the
    /// MEK profile (`/sections/N/blocks/N/paragraph/N`, …) is tried at its first instance.
    #[test]
    fn finds_the_same_path_as_tracking_it_at_every_kind_of_place_of_the_mek_profile() {
        let document = mek();
        let mut every_place = Vec::new();
        pointers(&document, String::new(), &mut every_place);
        let mut seen = std::collections::HashMap::new();
        let places: Vec<String> = every_place
            .into_iter()
            .filter(|place| {
                let kind: String = place
                    .split('/')
                    .map(|step| {
                        if step.parse::<usize>().is_ok() {
                            "N"
                        } else {
                            step
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("/");
                let count = seen.entry(kind).or_insert(0);
                *count += 1;
                *count == 1
            })
            .collect();
        let replacements = [
            serde_json::json!(5),
            serde_json::json!("x"),
            serde_json::json!({}),
            serde_json::json!([]),
            serde_json::json!(null),
            serde_json::json!(-1.5),
        ];
        let mut compared = 0;
        for place in &places {
            let mut variants: Vec<serde_json::Value> = Vec::new();
            for replacement in &replacements {
                let mut broken = document.clone();
                *broken.pointer_mut(place).unwrap() = replacement.clone();
                variants.push(broken);
            }
            if let Some(serde_json::Value::Object(members)) = document.pointer(place) {
                let mut added = document.clone();
                let map = added.pointer_mut(place).unwrap().as_object_mut().unwrap();
                map.insert("zz_unknown".into(), serde_json::json!(1));
                variants.push(added);
                for key in members.keys() {
                    let mut removed = document.clone();
                    let map = removed.pointer_mut(place).unwrap().as_object_mut().unwrap();
                    map.remove(key);
                    variants.push(removed);
                }
            }
            for broken in variants {
                for json in [
                    serde_json::to_string(&broken).unwrap(),
                    serde_json::to_string_pretty(&broken).unwrap(),
                ] {
                    if serde_json::from_str::<Profile>(&json).is_err() {
                        if let Some(path) = path_of_error(&json) {
                            assert_eq!(path, tracked_path(&json), "at {place}");
                            compared += 1;
                        }
                    }
                }
            }
        }
        assert!(compared > 1_000, "only {compared} broken documents");
    }

    #[test]
    fn a_peeked_container_is_named_by_its_key() {
        let json = r#"{"format": 1, "id": {"a": 1}}"#;
        assert_eq!(path_of_error(json).unwrap(), "$.id");
    }

    #[test]
    fn a_missing_member_is_reported_at_its_object() {
        let json = "{\n  \"format\": 1\n}";
        assert_eq!(path_of_error(json).unwrap(), "$");
    }

    #[test]
    fn keys_with_escapes_are_decoded() {
        let json = r#"{"format": 1, "i\u0064": 5}"#;
        assert_eq!(path_of_error(json).unwrap(), "$.id");
    }
}

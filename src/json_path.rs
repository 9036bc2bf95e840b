//! JSON paths as the validator names a place in a document (`$.sections[1].blocks[0].note`):
//! their steps, the steps written back as a path, and the value a path leads to.

use serde_json::Value;

/// One step of a path: a member of an object, or an item of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Member(String),
    Item(usize),
}

/// The steps of `$.a[2].b`; `None` if it is not such a path.
pub fn steps(path: &str) -> Option<Vec<Step>> {
    let mut rest = path.strip_prefix('$')?;
    let mut steps = Vec::new();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            steps.push(Step::Member(after[..end].to_owned()));
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']')?;
            steps.push(Step::Item(after[..end].parse().ok()?));
            rest = &after[end + 1..];
        } else {
            return None;
        }
    }
    Some(steps)
}

/// The value at `path` in `document`, if there is one.
pub fn value_at<'a>(document: &'a Value, path: &str) -> Option<&'a Value> {
    let mut at = document;
    for step in steps(path)? {
        at = match step {
            Step::Member(name) => at.get(name.as_str())?,
            Step::Item(index) => at.get(index)?,
        };
    }
    Some(at)
}

/// The path the steps take from the document's root.
pub fn path_of(steps: &[Step]) -> String {
    let mut path = String::from("$");
    for step in steps {
        match step {
            Step::Member(name) => {
                path.push('.');
                path.push_str(name);
            }
            Step::Item(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_its_steps() {
        let path = "$.sections[1].blocks[0].paragraph[12].note";
        let read = steps(path).unwrap();
        assert_eq!(read[0], Step::Member("sections".to_owned()));
        assert_eq!(read[1], Step::Item(1));
        assert_eq!(path_of(&read), path);
        assert_eq!(steps("$"), Some(vec![]));
        assert_eq!(steps("line 3"), None);
        assert_eq!(steps("$.a[x]"), None);
    }

    #[test]
    fn a_path_leads_to_its_value() {
        let document: Value = serde_json::from_str(r#"{"a": [{"b": "c"}, 2]}"#).unwrap();
        assert_eq!(value_at(&document, "$.a[0].b"), Some(&Value::from("c")));
        assert_eq!(value_at(&document, "$.a[1]"), Some(&Value::from(2)));
        assert_eq!(value_at(&document, "$"), Some(&document));
        assert_eq!(value_at(&document, "$.a[2]"), None);
        assert_eq!(value_at(&document, "$.b"), None);
    }
}

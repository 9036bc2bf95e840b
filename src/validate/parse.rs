//! JSON text to typed documents, with errors that name the JSON path and the line: serde
//! derive reads, `serde_path_to_error` keeps the path it was reading at, serde_json the line.

use super::{Location, Problem};
use crate::json_path::value_at;
use crate::model::{Catalog, Profile, FORMAT_VERSION};
use serde::de::DeserializeOwned;
use serde_json::error::Category;
use serde_json::Value;

pub fn parse_profile(json: &str) -> Result<Profile, Problem> {
    let profile: Profile = serde_json::from_str(json).map_err(|_| problem_in::<Profile>(json))?;
    check_format(profile.format)?;
    Ok(profile)
}

pub fn parse_catalog(json: &str) -> Result<Catalog, Problem> {
    let catalog: Catalog = serde_json::from_str(json).map_err(|_| problem_in::<Catalog>(json))?;
    check_format(catalog.format)?;
    Ok(catalog)
}

pub fn check_format(format: u32) -> Result<(), Problem> {
    if format == FORMAT_VERSION {
        Ok(())
    } else {
        Err(Problem::at(
            "$.format",
            format!("format {format} is not supported: expected {FORMAT_VERSION}"),
        ))
    }
}

/// What stops `json` being read as a `T`: it is read again, keeping the JSON path it reads at
/// (a second reading, only for a document that failed the first: tracking the path makes
/// serde's code for every type of the format a good deal larger, which the app fetches only
/// when it has a problem to show).
pub fn problem_in<T: DeserializeOwned>(json: &str) -> Problem {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Err(error) => {
            let path = json_path(error.path());
            let mut problem = problem(error.into_inner(), Some(path.clone()));
            problem.message = with_string_found(problem.message, || {
                value_at(&serde_json::from_str(json).ok()?, &path).cloned()
            });
            problem
        }
        Ok(_) => match deserializer.end() {
            Err(error) => problem(error, None),
            Ok(()) => Problem::at("$", "the document could not be read"),
        },
    }
}

/// The place serde was reading at, as the validator writes JSON paths (`$.events[3].date`).
pub(super) fn json_path(path: &serde_path_to_error::Path) -> String {
    match path.to_string().as_str() {
        "." => "$".to_owned(),
        path => format!("$.{path}"),
    }
}

/// serde writes a string it did not expect with `{:?}`, which the browser's build leaves out
/// (`-Zfmt-debug=none` in .cargo/config.toml): there, `invalid type: string , expected u32`.
/// The string is put back from the value at the error's path (`found`, looked up only then).
pub(super) fn with_string_found(message: String, found: impl FnOnce() -> Option<Value>) -> String {
    const LEFT_OUT: &str = "string , ";
    if !message.contains(LEFT_OUT) {
        return message;
    }
    match found() {
        Some(Value::String(text)) => {
            let quoted = serde_json::to_string(&text).unwrap_or_default();
            message.replacen(LEFT_OUT, &format!("string {quoted}, "), 1)
        }
        _ => message,
    }
}

/// What a reading error says without its JSON path: where in the text it stopped.
pub fn problem_at_line(error: serde_json::Error) -> Problem {
    problem(error, None)
}

/// A data error points at its JSON path, and says where its value is; any other at its line
/// and column.
fn problem(error: serde_json::Error, path: Option<String>) -> Problem {
    let (line, column) = (error.line(), error.column());
    let text = error.to_string();
    let message = text
        .strip_suffix(&format!(" at line {line} column {column}"))
        .unwrap_or(&text);
    let location = Location::LineColumn { line, column };
    let (location, message) = match (error.classify(), path) {
        (Category::Data, Some(path)) => {
            let at = format!("{message} (line {line}, column {column})");
            (Location::Path(path), at)
        }
        (Category::Eof, _) => (
            location,
            format!("the JSON ends too early ({message}): is the file cut short?"),
        ),
        _ if message == "recursion limit exceeded" => (
            location,
            "the JSON is nested too deeply (more than 128 levels of lists and objects)".to_owned(),
        ),
        _ => (location, format!("this is not valid JSON: {message}")),
    };
    Problem {
        file: String::new(),
        location,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_left_out_of_a_message_is_put_back() {
        let found = || Some(Value::from("1"));
        assert_eq!(
            with_string_found("invalid type: string , expected u32".to_owned(), found),
            r#"invalid type: string "1", expected u32"#
        );
        // As the host's build writes it, the message is whole already.
        let whole = r#"invalid type: string "1", expected u32 (line 1, column 14)"#;
        let problem = problem_in::<Catalog>(r#"{"format": "1", "profiles": []}"#);
        assert_eq!(problem.message, whole);
        assert_eq!(with_string_found(whole.to_owned(), || None), whole);
    }

    #[test]
    fn a_syntax_error_names_line_and_column() {
        let err = parse_catalog("{\n  \"format\": 1,\n  \"profiles\": [,]\n}").unwrap_err();
        assert_eq!(
            err.location,
            Location::LineColumn {
                line: 3,
                column: 16
            }
        );
        assert!(
            err.message.starts_with("this is not valid JSON"),
            "{}",
            err.message
        );
    }

    #[test]
    fn a_cut_short_file_says_so() {
        let err = parse_catalog("{\"format\": 1, \"profiles\": [").unwrap_err();
        assert!(err.message.contains("ends too early"), "{}", err.message);
    }

    #[test]
    fn a_format_error_names_the_json_path_and_what_was_expected() {
        let json = r#"{"format": 1, "profiles": [{"id": "mek", "name": 5, "last_update": "x"}]}"#;
        let err = parse_catalog(json).unwrap_err();
        assert_eq!(err.location, Location::Path("$.profiles[0].name".into()));
        assert!(err.message.contains("expected a string"), "{}", err.message);
    }

    #[test]
    fn an_unknown_field_is_reported_at_its_place() {
        let json = r#"{"format": 1, "profiles": [{"id": "mek", "name": "M", "last_update": "x", "nmae": 1}]}"#;
        let err = parse_catalog(json).unwrap_err();
        assert!(
            err.message.contains("unknown field `nmae`"),
            "{}",
            err.message
        );
        assert_eq!(err.location, Location::Path("$.profiles[0].nmae".into()));
    }

    #[test]
    fn an_unsupported_format_version_is_refused() {
        let err = parse_catalog(r#"{"format": 2, "profiles": []}"#).unwrap_err();
        assert_eq!(err.location, Location::Path("$.format".into()));
    }

    #[test]
    fn trailing_garbage_is_a_syntax_error() {
        assert!(parse_catalog(r#"{"format": 1, "profiles": []} x"#).is_err());
    }

    #[test]
    fn too_deep_nesting_is_named() {
        let item = r#"{"text": ["t"], "items": ["#;
        let deep = format!(
            r#"{{"format": 1, "id": "x", "name": "X", "publisher": "P", "last_update": {{"text": "2015", "date": "2015"}}, "sections": [{{"id": "a", "heading": "A", "blocks": [{{"list": [{}{{"text": ["t"]}}{}]}}]}}], "notes": [], "sources": []}}"#,
            item.repeat(100),
            "]}".repeat(100)
        );
        let err = parse_profile(&deep).unwrap_err();
        assert!(err.message.contains("nested too deeply"), "{}", err.message);
    }
}

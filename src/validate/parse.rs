//! JSON text to typed documents, with errors that name the JSON path and the line: serde
//! derive reads, `serde_path_to_error` keeps the path it was reading at, serde_json the line.

use super::{Location, Problem};
use crate::model::{Catalog, Profile, FORMAT_VERSION};
use serde::de::DeserializeOwned;
use serde_json::error::Category;

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
            let error = error.into_inner();
            let (line, column) = (error.line(), error.column());
            let mut problem = problem(error, Some(path));
            problem.message =
                with_string_found(problem.message, || string_ending_at(json, line, column));
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
/// The string is put back, as JSON text, from the document (`found`, looked up only then:
/// from the text at serde's line and column, or from the value at the error's path).
pub(super) fn with_string_found(message: String, found: impl FnOnce() -> Option<String>) -> String {
    const LEFT_OUT: &str = "string , ";
    if !message.contains(LEFT_OUT) {
        return message;
    }
    match found() {
        Some(quoted) => message.replacen(LEFT_OUT, &format!("string {quoted}, "), 1),
        None => message,
    }
}

/// What a reading error says without its JSON path: where in `json` it stopped (and a string
/// it did not expect, read from the text there).
pub fn problem_at_line(error: serde_json::Error, json: &str) -> Problem {
    let (line, column) = (error.line(), error.column());
    let mut problem = problem(error, None);
    problem.message = with_string_found(problem.message, || string_ending_at(json, line, column));
    problem
}

/// The JSON string whose closing quote is at `line` and `column` (serde's place for a string
/// of the wrong type), as it is written there, when no JSON path says where its value is.
fn string_ending_at(json: &str, line: usize, column: usize) -> Option<String> {
    // Bytes, not lines and patterns: this runs in the views' code, which carries no text search.
    let bytes = json.as_bytes();
    let start = match line.checked_sub(1)? {
        0 => 0,
        newlines => {
            bytes
                .iter()
                .enumerate()
                .filter(|&(_, &b)| b == b'\n')
                .nth(newlines - 1)?
                .0
                + 1
        }
    };
    let end = start.checked_add(column)?;
    let (&b'"', body) = bytes.get(start..end)?.split_last()? else {
        return None;
    };
    // Its opening quote: the last one not escaped (after an even run of backslashes).
    let mut at = body.len();
    let open = loop {
        at = body[..at].iter().rposition(|&b| b == b'"')?;
        if body[..at].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 0 {
            break at;
        }
    };
    json.get(start + open..end).map(str::to_owned)
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
        // A value of the wrong type, where no path is known: the JSON itself is valid.
        (Category::Data, None) => (location, message.to_owned()),
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
        let found = || Some(r#""1""#.to_owned());
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
    fn without_a_path_the_string_is_read_from_the_text() {
        let json = "{\n  \"format\": \"a \\\"quoted\\\" \\\\\",\n  \"profiles\": []\n}";
        let error = serde_json::from_str::<Catalog>(json).unwrap_err();
        let (line, column) = (error.line(), error.column());
        let quoted = r#"invalid type: string "a \"quoted\" \\", expected u32"#;
        // As the browser's build writes it, the string is left out, and put back from the text.
        assert_eq!(
            string_ending_at(json, line, column).as_deref(),
            Some(r#""a \"quoted\" \\""#)
        );
        assert_eq!(
            with_string_found("invalid type: string , expected u32".to_owned(), || {
                string_ending_at(json, line, column)
            }),
            quoted
        );
        let problem = problem_at_line(error, json);
        assert_eq!(problem.message, quoted);
        assert_eq!(
            problem.location,
            Location::LineColumn {
                line: 2,
                column: 29
            }
        );
        assert_eq!(
            string_ending_at(r#"{"format": "1"}"#, 1, 14).as_deref(),
            Some(r#""1""#)
        );
        // Not at a string's end: nothing is put back.
        assert_eq!(string_ending_at(json, 2, 28), None);
        assert_eq!(string_ending_at(json, 9, 1), None);
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

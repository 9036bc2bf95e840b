//! JSON text to typed documents, with errors that name the JSON path and the line.

use super::json_path::path_at;
use super::{Location, Problem};
use crate::model::{Catalog, Profile, FORMAT_VERSION};
use serde::de::DeserializeOwned;

pub fn parse_profile(json: &str) -> Result<Profile, Problem> {
    let profile: Profile = parse(json)?;
    check_format(profile.format)?;
    Ok(profile)
}

pub fn parse_catalog(json: &str) -> Result<Catalog, Problem> {
    let catalog: Catalog = parse(json)?;
    check_format(catalog.format)?;
    Ok(catalog)
}

fn check_format(format: u32) -> Result<(), Problem> {
    if format == FORMAT_VERSION {
        Ok(())
    } else {
        Err(Problem::at(
            "$.format",
            format!("format {format} is not supported: expected {FORMAT_VERSION}"),
        ))
    }
}

fn parse<T: DeserializeOwned>(json: &str) -> Result<T, Problem> {
    serde_json::from_str(json).map_err(|err| problem(json, &err))
}

/// A data error points at its JSON path; a syntax error at its line and column.
fn problem(json: &str, inner: &serde_json::Error) -> Problem {
    let message = strip_position(&inner.to_string(), inner.line(), inner.column());
    let location = if inner.is_data() {
        Location::Path(path_at(json, inner.line(), inner.column()))
    } else {
        Location::LineColumn {
            line: inner.line(),
            column: inner.column(),
        }
    };
    let message = if message == "recursion limit exceeded" {
        "the JSON is nested too deeply (more than 128 levels of lists and objects)".to_owned()
    } else if inner.is_eof() {
        format!("the JSON ends too early ({message}): is the file cut short?")
    } else if inner.is_syntax() {
        format!("this is not valid JSON: {message}")
    } else {
        format!(
            "{message} (line {}, column {})",
            inner.line(),
            inner.column()
        )
    };
    Problem {
        file: String::new(),
        location,
        message,
    }
}

/// serde_json appends "at line L column C" to its messages; the location says it better.
fn strip_position(message: &str, line: usize, column: usize) -> String {
    let suffix = format!(" at line {line} column {column}");
    message.strip_suffix(&suffix).unwrap_or(message).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

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

//! JSON text to typed documents, with errors that name the JSON path and the line.

use super::{Location, Problem};
use crate::json::{parse, DataError, FromJson, Path, SyntaxError};
use crate::model::{Catalog, Profile, FORMAT_VERSION};

// Not inlined: its code is then compiled by the browser when a profile is read, in that task,
// rather than with the code that first awaits it, as the app starts.
#[inline(never)]
pub fn parse_profile(json: &str) -> Result<Profile, Problem> {
    let profile: Profile = read(json)?;
    check_format(profile.format)?;
    Ok(profile)
}

pub fn parse_catalog(json: &str) -> Result<Catalog, Problem> {
    let catalog: Catalog = read(json)?;
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

fn read<T: FromJson>(json: &str) -> Result<T, Problem> {
    let document = parse(json).map_err(syntax_problem)?;
    T::from_json(document, &Path::Root).map_err(data_problem)
}

/// A syntax error points at its line and column.
fn syntax_problem(error: SyntaxError) -> Problem {
    let message = if error.message == crate::json::RECURSION_LIMIT {
        "the JSON is nested too deeply (more than 128 levels of lists and objects)".to_owned()
    } else if error.eof {
        format!(
            "the JSON ends too early ({}): is the file cut short?",
            error.message
        )
    } else {
        format!("this is not valid JSON: {}", error.message)
    };
    Problem {
        file: String::new(),
        location: Location::LineColumn {
            line: error.line,
            column: error.column,
        },
        message,
    }
}

/// A data error points at its JSON path, and says where its value starts.
fn data_problem(error: DataError) -> Problem {
    Problem {
        file: String::new(),
        location: Location::Path(error.path),
        message: format!(
            "{} (line {}, column {})",
            error.message, error.line, error.column
        ),
    }
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

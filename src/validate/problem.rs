//! One thing wrong with a data file, and where.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A place in the document, as a JSON path (`$.events[3].notes[0]`).
    Path(String),
    /// A place in the text, for syntax errors (1-based).
    LineColumn { line: usize, column: usize },
    /// The file as a whole.
    File,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as the author named it (empty when unknown).
    pub file: String,
    pub location: Location,
    pub message: String,
}

impl Problem {
    pub fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            file: String::new(),
            location: Location::Path(path.into()),
            message: message.into(),
        }
    }

    pub fn in_file(mut self, file: &str) -> Self {
        self.file = file.to_owned();
        self
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Path(path) => f.write_str(path),
            Location::LineColumn { line, column } => write!(f, "line {line}, column {column}"),
            Location::File => f.write_str("file"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.file.is_empty() {
            write!(f, "{}: ", self.file)?;
        }
        match self.location {
            Location::File => write!(f, "{}", self.message),
            _ => write!(f, "{}: {}", self.location, self.message),
        }
    }
}

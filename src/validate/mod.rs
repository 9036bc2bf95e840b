//! Checks a profile or a whole data folder and reports every problem at once,
//! each pointing at its exact place: file, JSON path (or line and column), what was expected.
//!
//! The app runs the same checks on what it loads, so author and reader see the same messages.

mod every_problem;
mod folder;
mod parse;
mod problem;
mod rules;

pub use every_problem::{read_every_problem, Checked};
#[cfg(not(target_arch = "wasm32"))]
pub use folder::{validate_file, validate_folder};
pub use parse::{check_format, parse_catalog, parse_profile, problem_at_line, problem_in};
pub use problem::{Location, Problem};
pub use rules::{check_catalog_entry, check_catalog_links, check_profile, RESERVED_SECTION_IDS};

//! A whole data folder: `index.json` (the catalog) and `profiles/*.json`, checked together.

#![cfg(not(target_arch = "wasm32"))]

use super::{
    check_catalog_entry, check_catalog_links, parse_catalog, read_every_problem, Location, Problem,
};
use crate::model::Catalog;
use std::fs;
use std::path::Path;

/// Every problem in the folder: each file's own, and the catalog's agreement with the files.
pub fn validate_folder(dir: &Path) -> Vec<Problem> {
    let mut problems = Vec::new();
    let catalog_path = dir.join("index.json");
    let catalog_name = catalog_path.display().to_string();
    let catalog = match read(&catalog_path) {
        Ok(text) => match parse_catalog(&text) {
            Ok(catalog) => Some(catalog),
            Err(p) => {
                problems.push(p.in_file(&catalog_name));
                None
            }
        },
        Err(p) => {
            problems.push(p.in_file(&catalog_name));
            None
        }
    };

    let profiles_dir = dir.join("profiles");
    let mut files: Vec<_> = match fs::read_dir(&profiles_dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect(),
        Err(e) => {
            problems.push(file_problem(
                &profiles_dir.display().to_string(),
                format!("cannot read the profiles folder: {e}"),
            ));
            Vec::new()
        }
    };
    files.sort();

    for file in &files {
        let name = file.display().to_string();
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (profile, mut found) = validate_file(file);
        if let Some(profile) = profile {
            if profile.id.as_str() != stem {
                found.push(Problem::at(
                    "$.id",
                    format!(
                        "id `{}` does not match the file name: expected `{stem}`",
                        profile.id
                    ),
                ));
            }
            if let Some(catalog) = &catalog {
                found.extend(check_catalog_links(&profile, catalog));
                match catalog.entry(&stem) {
                    None => found.push(file_problem("", format!("this profile is missing from {catalog_name}: add an entry with id `{stem}`"))),
                    Some(entry) => found.extend(check_catalog_entry(&profile, entry)),
                }
            }
        }
        problems.extend(found.into_iter().map(|p| p.in_file(&name)));
    }

    if let Some(catalog) = &catalog {
        problems.extend(
            missing_files(catalog, &profiles_dir)
                .into_iter()
                .map(|p| p.in_file(&catalog_name)),
        );
    }
    problems
}

/// One profile file on its own: its reading and rule problems, every one of them.
pub fn validate_file(path: &Path) -> (Option<crate::model::Profile>, Vec<Problem>) {
    match read(path) {
        Ok(text) => {
            let checked = read_every_problem(&text);
            (checked.profile, checked.problems)
        }
        Err(p) => (None, vec![p]),
    }
}

fn missing_files(catalog: &Catalog, profiles_dir: &Path) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, entry) in catalog.profiles.iter().enumerate() {
        if !seen.insert(entry.id.as_str()) {
            problems.push(Problem::at(
                format!("$.profiles[{i}].id"),
                format!("duplicate id `{}`", entry.id),
            ));
        }
        let file = profiles_dir.join(format!("{}.json", entry.id));
        if !file.is_file() {
            problems.push(Problem::at(
                format!("$.profiles[{i}].id"),
                format!("no file {} for profile `{}`", file.display(), entry.id),
            ));
        }
    }
    problems
}

fn read(path: &Path) -> Result<String, Problem> {
    fs::read_to_string(path).map_err(|e| file_problem("", format!("cannot read the file: {e}")))
}

fn file_problem(file: &str, message: String) -> Problem {
    Problem {
        file: file.to_owned(),
        location: Location::File,
        message,
    }
}

//! The components in `src/ui/` are grouped by what the reader sees (one folder each), and no
//! file imports, directly or through others, a file that imports it back.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Each `src/ui/GROUP/FILE.rs` as `GROUP::FILE`, with the files of `src/ui` it imports.
fn imports() -> BTreeMap<String, BTreeSet<String>> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut graph = BTreeMap::new();
    for group in fs::read_dir(&ui).unwrap().map(|e| e.unwrap().path()) {
        if !group.is_dir() {
            continue;
        }
        let group_name = group.file_name().unwrap().to_string_lossy().into_owned();
        for file in fs::read_dir(&group).unwrap().map(|e| e.unwrap().path()) {
            let name = file.file_stem().unwrap().to_string_lossy().into_owned();
            if name == "mod" {
                continue;
            }
            let text = fs::read_to_string(&file).unwrap();
            let mut uses = BTreeSet::new();
            for (at, _) in text.match_indices("crate::ui::") {
                let path: Vec<&str> = text[at + "crate::ui::".len()..]
                    .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .next()
                    .unwrap()
                    .split("::")
                    .collect();
                if let [group, file, ..] = path[..] {
                    uses.insert(format!("{group}::{file}"));
                }
            }
            for (at, _) in text.match_indices("super::") {
                let file = text[at + "super::".len()..]
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .next()
                    .unwrap();
                uses.insert(format!("{group_name}::{file}"));
            }
            uses.remove(&format!("{group_name}::{name}"));
            graph.insert(format!("{group_name}::{name}"), uses);
        }
    }
    graph
}

#[test]
fn every_component_lives_in_the_folder_of_what_it_shows() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let loose: Vec<_> = fs::read_dir(&ui)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && !p.ends_with("mod.rs"))
        .collect();
    assert!(loose.is_empty(), "files outside a folder: {loose:?}");
    assert!(imports().len() > 40);
}

#[test]
fn no_file_imports_a_file_that_imports_it_back() {
    let graph = imports();
    // A depth-first walk from each file: a file met again on its own path is a circle.
    fn walk(
        at: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|p| p == at) {
            return Some(path[start..].to_vec());
        }
        if done.contains(at) {
            return None;
        }
        path.push(at.to_owned());
        for next in graph.get(at).into_iter().flatten() {
            if let Some(circle) = walk(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(at.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    for file in graph.keys() {
        if let Some(circle) = walk(file, &graph, &mut Vec::new(), &mut done) {
            panic!("an import circle: {}", circle.join(" → "));
        }
    }
}

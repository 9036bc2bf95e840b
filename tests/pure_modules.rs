//! The pure logic stays free of browser types: only `src/ui` and `src/main.rs` may use them.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_browser_types_outside_the_ui() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let ui = src.join("ui");
    let pure: Vec<_> = files
        .iter()
        .filter(|f| !f.starts_with(&ui) && !f.ends_with("main.rs"))
        .collect();
    assert!(pure.len() > 10, "expected the pure modules, found {pure:?}");
    for file in pure {
        let text = fs::read_to_string(file).unwrap();
        for forbidden in ["leptos", "web_sys", "gloo", "wasm_bindgen"] {
            assert!(
                !text.contains(forbidden),
                "{} uses `{forbidden}`",
                file.display()
            );
        }
    }
}

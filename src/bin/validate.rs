//! `dossier-validate [PATH...]`: checks profile files or data folders (default `data`)
//! and prints every problem with its place. Exits 1 when there is any.

use dossier::validate::{validate_file, validate_folder, Problem};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("usage: dossier-validate [FILE.json | FOLDER]...\n\nA FOLDER holds index.json and profiles/*.json (default: data).");
        return ExitCode::SUCCESS;
    }
    let targets = if args.is_empty() {
        vec!["data".to_owned()]
    } else {
        args
    };
    let mut problems: Vec<Problem> = Vec::new();
    for target in &targets {
        let path = Path::new(target);
        if path.is_dir() {
            problems.extend(validate_folder(path));
        } else {
            problems.extend(validate_file(path).1.into_iter().map(|p| {
                if p.file.is_empty() {
                    p.in_file(target)
                } else {
                    p
                }
            }));
        }
    }
    for problem in &problems {
        eprintln!("{problem}");
    }
    if problems.is_empty() {
        println!("ok: {} checked, no problems", targets.join(", "));
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "{} problem{} found",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        );
        ExitCode::FAILURE
    }
}

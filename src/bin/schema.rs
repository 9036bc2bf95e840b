//! `dossier-schema`: writes the JSON Schemas of the profile and catalog formats
//! to `data/profile.schema.json` and `data/catalog.schema.json`.

use std::process::ExitCode;

fn main() -> ExitCode {
    for (path, schema) in dossier::schema::all() {
        if let Err(e) = std::fs::write(path, schema) {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
        println!("wrote {path}");
    }
    ExitCode::SUCCESS
}

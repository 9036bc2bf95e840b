//! `dossier-import NARRATIVE.txt ID > data/profiles/ID.json`: a START-style text narrative
//! to a draft profile. What could not be placed is reported on stderr with line numbers.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path, id] = &args[..] else {
        eprintln!("usage: dossier-import NARRATIVE.txt ID > data/profiles/ID.json");
        return ExitCode::FAILURE;
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let imported = dossier::import::import_narrative(&text, id);
    for finding in &imported.findings {
        eprintln!("{path}:{}: {}", finding.line, finding.message);
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&imported.profile).expect("a profile serializes")
    );
    eprintln!(
        "imported {} sections, {} notes, {} sources; proposed {} draft events, {} draft relationships; {} finding(s)",
        imported.profile.sections.len(),
        imported.profile.notes.len(),
        imported.profile.sources.len(),
        imported.profile.events.len(),
        imported.profile.relationships.len(),
        imported.findings.len()
    );
    ExitCode::SUCCESS
}

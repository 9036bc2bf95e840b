//! `dossier-synth EVENTS ACTORS`: prints a synthetic profile (not real data) for benchmarks.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let [events, actors] = args[..] else {
        eprintln!("usage: dossier-synth EVENTS ACTORS > synthetic.json");
        return ExitCode::FAILURE;
    };
    let profile = dossier::synthetic::synthetic_profile(events, actors);
    println!(
        "{}",
        serde_json::to_string(&profile).expect("a profile serializes")
    );
    ExitCode::SUCCESS
}

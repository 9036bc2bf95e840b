//! Diagram layout time for the MEK profile and synthetic profiles of 50, 300 and 1,000
//! actors: `cargo bench --bench diagram_layout`. Prints medians; asserts nothing.

use dossier::diagram::{layout, Frame};
use dossier::model::Profile;
use dossier::synthetic::synthetic_profile;
use std::hint::black_box;
use std::time::{Duration, Instant};

const RUNS: usize = 21;

fn median(profile: &Profile, frame: Frame) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(layout(black_box(profile), frame));
            start.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn main() {
    let mek: Profile = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/profiles/mek.json"
        ))
        .expect("data/profiles/mek.json"),
    )
    .expect("a valid profile");
    println!("diagram layout: median of {RUNS} runs, native release build, this machine");
    println!("profile                        actors  links   wide (ms)  phone (ms)");
    let synthetic = [50, 300, 1000].map(|actors| synthetic_profile(10, actors));
    for profile in std::iter::once(&mek).chain(synthetic.iter()) {
        println!(
            "{:<30} {:>6} {:>6} {:>10.3} {:>11.3}",
            profile.id.as_str(),
            profile.actors.len(),
            profile.relationships.len(),
            median(profile, Frame::Wide).as_secs_f64() * 1e3,
            median(profile, Frame::Narrow).as_secs_f64() * 1e3,
        );
    }
}

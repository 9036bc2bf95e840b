//! `dossier-oembed --base-url URL [DATA [OUT]]`: writes the oEmbed response documents and
//! discovery pages of every profile in DATA (default `data`) into OUT (default `dist`),
//! for the app published at URL. Run it after `trunk build`, before uploading `dist/`.

use dossier::embed::oembed_files;
use dossier::validate::{validate_file, validate_folder};
use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: dossier-oembed --base-url https://example.org/dossier/ [DATA [OUT]]\n\nDATA: the data folder (default: data). OUT: the built site (default: dist).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (base, rest) = match args.as_slice() {
        [flag, url, rest @ ..] if flag == "--base-url" => (url.as_str(), rest),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    if !(base.starts_with("https://") || base.starts_with("http://")) {
        eprintln!("--base-url: expected the app's public http(s) address, got `{base}`");
        return ExitCode::FAILURE;
    }
    // `https://example.org/dossier` names a folder, as hosts serve it.
    let base = if base.ends_with('/') || base.ends_with(".html") {
        base.to_owned()
    } else {
        format!("{base}/")
    };
    let data = Path::new(rest.first().map_or("data", String::as_str));
    let out = Path::new(rest.get(1).map_or("dist", String::as_str));

    let problems = validate_folder(data);
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("{problem}");
        }
        eprintln!("fix the data first: no oEmbed documents written");
        return ExitCode::FAILURE;
    }
    let mut written = 0;
    let mut profiles: Vec<_> = std::fs::read_dir(data.join("profiles"))
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    profiles.retain(|p| p.extension().is_some_and(|x| x == "json"));
    profiles.sort();
    for path in profiles {
        let Some(profile) = validate_file(&path).0 else {
            continue;
        };
        for file in oembed_files(&base, &profile) {
            let target = out.join(&file.path);
            let result = target
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|()| std::fs::write(&target, &file.contents));
            if let Err(e) = result {
                eprintln!("{}: {e}", target.display());
                return ExitCode::FAILURE;
            }
            written += 1;
        }
    }
    println!(
        "wrote {written} oEmbed files into {} for {base}",
        out.display()
    );
    ExitCode::SUCCESS
}

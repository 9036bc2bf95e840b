//! Each problem the validator must catch, on a copy of the real MEK profile with one fault added.

mod common;

use common::{mek_json, repo};
use dossier::validate::{check_profile, parse_profile, validate_folder, Location, Problem};
use serde_json::{json, Value};
use std::fs;

fn problems_with(edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut doc = mek_json();
    edit(&mut doc);
    match parse_profile(&doc.to_string()) {
        Ok(profile) => check_profile(&profile),
        Err(problem) => vec![problem],
    }
}

fn has(problems: &[Problem], path: &str, needle: &str) -> bool {
    problems
        .iter()
        .any(|p| p.location == Location::Path(path.into()) && p.message.contains(needle))
}

#[test]
fn the_real_profile_has_no_problems() {
    assert_eq!(problems_with(|_| {}), vec![]);
}

#[test]
fn a_syntax_error_names_its_line_and_column() {
    let text = fs::read_to_string(repo("data/profiles/mek.json"))
        .unwrap()
        .replacen("\"name\":", "\"name\"", 1);
    let problem = parse_profile(&text).unwrap_err();
    assert!(
        matches!(problem.location, Location::LineColumn { line: 4, .. }),
        "{problem}"
    );
}

#[test]
fn a_format_error_names_the_path_and_what_was_expected() {
    let problems = problems_with(|d| d["events"][2]["date"] = json!("sometime in 1970"));
    assert!(
        has(&problems, "$.events[2].date", "is not a date"),
        "{problems:?}"
    );
    let problems = problems_with(|d| d["relationships"][0]["certainty"] = json!("probable"));
    assert!(
        has(
            &problems,
            "$.relationships[0].certainty",
            "expected `confirmed` or `suspected`"
        ),
        "{problems:?}"
    );
    let problems =
        problems_with(|d| d["sections"][1]["blocks"][0]["paragraph"][1] = json!({"ref": 1}));
    assert!(
        has(
            &problems,
            "$.sections[1].blocks[0].paragraph[1].ref",
            "unknown field `ref`, expected `note`"
        ),
        "{problems:?}"
    );
}

#[test]
fn a_reference_to_a_missing_note_is_reported_where_it_stands() {
    let problems =
        problems_with(|d| d["sections"][1]["blocks"][0]["paragraph"][1] = json!({"note": 99}));
    assert!(
        has(
            &problems,
            "$.sections[1].blocks[0].paragraph[1].note",
            "note 99 does not exist: the profile has notes 1–59"
        ),
        "{problems:?}"
    );
    let problems = problems_with(|d| d["events"][0]["notes"] = json!([1, 77]));
    assert!(
        has(&problems, "$.events[0].notes[1]", "note 77 does not exist"),
        "{problems:?}"
    );
}

#[test]
fn a_note_nothing_cites_is_reported() {
    // The seed cites note 59 only in the last section.
    let problems = problems_with(|d| {
        let last = d["sections"].as_array_mut().unwrap().last_mut().unwrap();
        last["blocks"] = json!([{"paragraph": ["Iran: Designated terrorist group."]}]);
        d["relationships"]
            .as_array_mut()
            .unwrap()
            .retain(|r| r["id"] != "islamic-republic-designation");
        d["facts"]["designations"].as_array_mut().unwrap().pop();
    });
    assert!(
        has(&problems, "$.notes[58]", "note 59 is cited nowhere"),
        "{problems:?}"
    );
}

#[test]
fn duplicate_ids_are_reported_with_the_first_use() {
    let problems = problems_with(|d| d["events"][1]["id"] = d["events"][0]["id"].clone());
    assert!(
        has(
            &problems,
            "$.events[1].id",
            "duplicate id `founded`: already used at $.events[0]"
        ),
        "{problems:?}"
    );
    let problems = problems_with(|d| d["sections"][2]["id"] = json!("history"));
    assert!(
        has(&problems, "$.sections[2].id", "duplicate id `history`"),
        "{problems:?}"
    );
}

#[test]
fn an_unknown_actor_is_reported() {
    let problems = problems_with(|d| d["relationships"][0]["actor"] = json!("atlantis"));
    assert!(
        has(
            &problems,
            "$.relationships[0].actor",
            "actor `atlantis` is not in $.actors"
        ),
        "{problems:?}"
    );
    let problems =
        problems_with(|d| d["facts"]["designations"][0]["authority"] = json!("atlantis"));
    assert!(
        has(
            &problems,
            "$.facts.designations[0].authority",
            "actor `atlantis`"
        ),
        "{problems:?}"
    );
}

#[test]
fn a_link_that_is_not_http_is_reported() {
    for bad in [
        "javascript:alert(1)",
        "data:text/html,<script>x</script>",
        "vbscript:msgbox",
        "ftp://example.org/x",
    ] {
        let problems = problems_with(|d| d["notes"][0]["url"] = json!(bad));
        assert!(
            has(
                &problems,
                "$.notes[0].url",
                "expected an http:// or https:// URL"
            ),
            "{bad}: {problems:?}"
        );
    }
}

#[test]
fn an_event_without_notes_or_citing_beyond_its_notes_is_reported() {
    let problems = problems_with(|d| d["events"][0]["notes"] = json!([]));
    assert!(
        has(&problems, "$.events[0].notes", "cites no note"),
        "{problems:?}"
    );
    let problems = problems_with(|d| d["relationships"][0]["notes"] = json!([39]));
    assert!(
        has(
            &problems,
            "$.relationships[0].notes",
            "its text cites note 40"
        ),
        "{problems:?}"
    );
}

#[test]
fn an_editor_note_must_quote_its_section_verbatim() {
    let problems =
        problems_with(|d| d["editor_notes"][1]["quote"] = json!("Maryam Rajavi becomes"));
    assert!(
        has(
            &problems,
            "$.editor_notes[1].quote",
            "is not in section `leadership`"
        ),
        "{problems:?}"
    );
}

#[test]
fn a_section_id_may_not_take_a_view_name() {
    let problems = problems_with(|d| d["sections"][1]["id"] = json!("timeline"));
    assert!(
        has(&problems, "$.sections[1].id", "reserved"),
        "{problems:?}"
    );
}

/// A scratch data folder holding the real catalog and profile, to break in one way.
fn scratch_folder(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dossier-validator-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("profiles")).unwrap();
    fs::copy(repo("data/index.json"), dir.join("index.json")).unwrap();
    fs::copy(
        repo("data/profiles/mek.json"),
        dir.join("profiles/mek.json"),
    )
    .unwrap();
    dir
}

#[test]
fn a_catalog_entry_without_a_file_is_reported() {
    let dir = scratch_folder("no-file");
    fs::remove_file(dir.join("profiles/mek.json")).unwrap();
    let problems = validate_folder(&dir);
    assert!(
        problems.iter().any(|p| p.file.ends_with("index.json")
            && p.location == Location::Path("$.profiles[0].id".into())
            && p.message.contains("no file")),
        "{problems:?}"
    );
}

#[test]
fn a_file_missing_from_the_catalog_is_reported() {
    let dir = scratch_folder("not-listed");
    let mut doc = mek_json();
    doc["id"] = json!("other");
    fs::write(dir.join("profiles/other.json"), doc.to_string()).unwrap();
    let problems = validate_folder(&dir);
    assert!(
        problems
            .iter()
            .any(|p| p.file.ends_with("other.json") && p.message.contains("missing from")),
        "{problems:?}"
    );
}

#[test]
fn a_catalog_entry_that_disagrees_with_its_profile_is_reported() {
    let dir = scratch_folder("disagrees");
    let mut doc = mek_json();
    doc["name"] = json!("MEK");
    doc["aliases"][0] = json!("PMOI");
    doc["last_update"]["text"] = json!("February 2015");
    doc["publisher"] = json!("START");
    fs::write(dir.join("profiles/mek.json"), doc.to_string()).unwrap();
    let problems = validate_folder(&dir);
    for (path, message) in [
        (
            "$.name",
            "the catalog calls this profile “Mujahedin-E Khalq (MEK)” but the profile says “MEK”",
        ),
        (
            "$.aliases",
            "the catalog gives the aliases “Muslim Iranian Student’s Society; National",
        ),
        (
            "$.last_update.text",
            "the catalog gives the last update “January 2015” but the profile says “February 2015”",
        ),
        ("$.publisher", "but the profile says “START”"),
    ] {
        assert!(
            problems.iter().any(|p| p.file.ends_with("mek.json")
                && p.location == Location::Path(path.into())
                && p.message.contains(message)),
            "{path}: {problems:?}"
        );
    }
    assert_eq!(problems.len(), 4, "{problems:?}");
}

#[test]
fn a_file_whose_id_is_not_its_name_is_reported() {
    let dir = scratch_folder("wrong-id");
    let mut doc = mek_json();
    doc["id"] = json!("pmoi");
    fs::write(dir.join("profiles/mek.json"), doc.to_string()).unwrap();
    let problems = validate_folder(&dir);
    assert!(
        problems
            .iter()
            .any(|p| p.location == Location::Path("$.id".into())
                && p.message.contains("does not match the file name")),
        "{problems:?}"
    );
}

#[test]
fn the_command_exits_non_zero_and_names_the_file() {
    let dir = scratch_folder("command");
    let mut doc = mek_json();
    doc["notes"][3]["url"] = json!("javascript:alert(1)");
    fs::write(dir.join("profiles/mek.json"), doc.to_string()).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dossier-validate"))
        .arg(&dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("profiles/mek.json: $.notes[3].url: `javascript:alert(1)` is not a link"),
        "{stderr}"
    );
    let ok = std::process::Command::new(env!("CARGO_BIN_EXE_dossier-validate"))
        .arg(repo("data"))
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
}

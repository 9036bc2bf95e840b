//! Property-based fuzzing of everything that reads outside input: the profile and catalog
//! parsers, the validator, dates, routes and view states, and the diagram and timeline
//! logic on whatever parses. The property is always the same: no panic, whatever the input.
//! `cargo test --test fuzz` runs a quick pass; `PROPTEST_CASES=N cargo test --release --test fuzz`
//! a long one (figures in README).

mod common;

use common::mek_json;
use dossier::diagram::{layout, DiagramState, Frame};
use dossier::model::DateSpec;
use dossier::route::Route;
use dossier::timeline::{group_events, TimelineState};
use dossier::validate::{check_profile, parse_catalog, parse_profile};
use proptest::prelude::*;
use serde_json::Value;
use std::sync::OnceLock;

fn mek_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| serde_json::to_string_pretty(&mek_json()).unwrap())
}

/// Parses, and when that works, runs the validator and the views' logic on the result.
fn exercise(text: &str) {
    if let Ok(profile) = parse_profile(text) {
        let _ = check_profile(&profile);
        let _ = group_events(&profile);
        for frame in [Frame::Wide, Frame::Narrow] {
            let _ = layout(&profile, frame);
        }
    }
    let _ = parse_catalog(text);
}

/// Any JSON value, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("1965"),
            Just("1981/.."),
            Just("197X"),
            Just("note"),
            Just("wing"),
            Just("")
        ]
        .prop_map(|s| Value::String(s.to_owned())),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,10}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces the value at a pseudo-random place in `doc` (chosen by `path`) with `new`.
fn graft(doc: &mut Value, path: &[usize], new: Value) {
    let Some((&step, rest)) = path.split_first() else {
        *doc = new;
        return;
    };
    match doc {
        Value::Array(items) if !items.is_empty() => {
            let i = step % items.len();
            graft(&mut items[i], rest, new)
        }
        Value::Object(map) if !map.is_empty() => {
            let i = step % map.len();
            graft(map.values_mut().nth(i).expect("in range"), rest, new)
        }
        _ => *doc = new,
    }
}

proptest! {
    #[test]
    fn any_text_is_safe_to_parse(text in ".{0,400}") {
        exercise(&text);
    }

    #[test]
    fn the_mek_profile_with_bytes_changed_is_safe(edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..8)) {
        let mut bytes = mek_text().as_bytes().to_vec();
        for (at, byte, op) in edits {
            let i = at.index(bytes.len());
            match op {
                0 => bytes[i] = byte,
                1 => bytes.insert(i, byte),
                _ => { bytes.remove(i); }
            }
        }
        exercise(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn the_mek_profile_with_a_value_replaced_is_safe(path in prop::collection::vec(any::<usize>(), 1..7), new in any_json()) {
        let mut doc = mek_json();
        graft(&mut doc, &path, new);
        exercise(&doc.to_string());
    }

    #[test]
    fn the_mek_profile_truncated_anywhere_is_safe(at in any::<prop::sample::Index>()) {
        let text = mek_text();
        let mut cut = at.index(text.len());
        while !text.is_char_boundary(cut) { cut -= 1; }
        exercise(&text[..cut]);
    }

    #[test]
    fn dates_routes_and_view_states_never_panic(text in ".{0,60}") {
        let _ = text.parse::<DateSpec>();
        let _ = Route::parse(&text);
        let _ = Route::parse(&format!("#/p/mek/diagram?{text}"));
        let _ = DiagramState::from_query(&text);
        let _ = TimelineState::from_query(&text);
    }
}

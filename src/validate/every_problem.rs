//! Every problem of a profile's file at once, for the author's tools: a list item that cannot
//! be read (an event with an impossible date, a relationship of an unknown type) is named,
//! set aside, and the rest read and checked, so that one broken event does not hide the
//! problems after it. The places named are the file's own: an item set aside does not move
//! the ones after it.

use super::parse::{check_format, json_path, problem_at_line, with_string_found};
use super::{check_profile, Location, Problem};
use crate::json_path::{path_of, steps, value_at, Step};
use crate::json_place::place_of;
use crate::model::Profile;
use serde_json::Value;

/// How many broken items are set aside before the file is given up as too broken to read.
const MOST_SET_ASIDE: usize = 200;

/// A profile's file, checked as the validator checks it.
#[derive(Clone)]
pub struct Checked {
    /// The profile (`None` if it cannot be read even with broken list items set aside).
    pub profile: Option<Profile>,
    /// Every problem, reading and rules alike, at its place in the file.
    pub problems: Vec<Problem>,
    /// Whether nothing was set aside: the profile is the whole file.
    pub whole: bool,
}

pub fn read_every_problem(json: &str) -> Checked {
    let (profile, problems, set_aside) = read(json);
    Checked {
        profile,
        problems,
        whole: set_aside == 0,
    }
}

fn read(json: &str) -> (Option<Profile>, Vec<Problem>, usize) {
    let mut value: Value = match serde_json::from_str(json) {
        Ok(value) => value,
        Err(error) => return (None, vec![problem_at_line(error, json)], 0),
    };
    let mut set_aside = SetAside::default();
    let mut problems = Vec::new();
    loop {
        let error = match serde_path_to_error::deserialize::<_, Profile>(&value) {
            Ok(profile) => {
                if let Err(problem) = check_format(profile.format) {
                    problems.push(problem);
                    return (None, problems, set_aside.count());
                }
                let rules = check_profile(&profile).into_iter().map(|mut problem| {
                    if let Location::Path(path) = &problem.location {
                        problem.location = Location::Path(set_aside.in_file(path));
                    }
                    problem
                });
                problems.extend(rules);
                return (Some(profile), problems, set_aside.count());
            }
            Err(error) => error,
        };
        let here = json_path(error.path());
        let path = set_aside.in_file(&here);
        let message = match place_of(json, &path) {
            Some((line, column)) => format!("{} (line {line}, column {column})", error.inner()),
            None => error.inner().to_string(),
        };
        let message = with_string_found(message, || quoted_at(&value, &here));
        problems.push(Problem::at(path, message));
        // The innermost list item the error is in goes; without one, nothing can be read.
        let Some((list, index)) = innermost_item(&here) else {
            return (None, problems, set_aside.count());
        };
        if set_aside.count() >= MOST_SET_ASIDE || !remove(&mut value, &list, index) {
            return (None, problems, set_aside.count());
        }
        set_aside.record(&set_aside.in_file(&list), index);
    }
}

/// The list items set aside, by the path of their list in the file (`$.events`) and their
/// index in it.
#[derive(Default)]
struct SetAside(Vec<(String, usize)>);

impl SetAside {
    fn count(&self) -> usize {
        self.0.len()
    }

    /// `index`, an index in the list as it is now, set aside: recorded as the file's index.
    fn record(&mut self, list: &str, index: usize) {
        let in_file = self.index_in_file(list, index);
        self.0.push((list.to_owned(), in_file));
    }

    /// The file's index of the item now at `index` of `list` (a path in the file).
    fn index_in_file(&self, list: &str, index: usize) -> usize {
        let mut gone: Vec<usize> = self
            .0
            .iter()
            .filter(|(l, _)| l == list)
            .map(|(_, i)| *i)
            .collect();
        gone.sort_unstable();
        let mut in_file = index;
        for i in gone {
            if i <= in_file {
                in_file += 1;
            }
        }
        in_file
    }

    /// A path in the profile as it is now, as a path in the file.
    fn in_file(&self, path: &str) -> String {
        let Some(now) = steps(path) else {
            return path.to_owned();
        };
        let mut in_file = Vec::with_capacity(now.len());
        for step in now {
            let step = match step {
                Step::Item(index) => Step::Item(self.index_in_file(&path_of(&in_file), index)),
                member => member,
            };
            in_file.push(step);
        }
        path_of(&in_file)
    }
}

/// The path of the innermost list an item of which `path` goes through, and the item's index.
fn innermost_item(path: &str) -> Option<(String, usize)> {
    let steps = steps(path)?;
    let (at, index) = steps
        .iter()
        .enumerate()
        .rev()
        .find_map(|(at, step)| match step {
            Step::Item(index) => Some((at, *index)),
            Step::Member(_) => None,
        })?;
    Some((path_of(&steps[..at]), index))
}

/// Removes item `index` of the list at `list` (a path, `$.events`) in `value`.
fn remove(value: &mut Value, list: &str, index: usize) -> bool {
    let mut at = Some(value);
    for step in steps(list).unwrap_or_default() {
        at = at.and_then(|value| match step {
            Step::Member(name) => value.get_mut(name.as_str()),
            Step::Item(index) => value.get_mut(index),
        });
    }
    match at {
        Some(Value::Array(items)) if index < items.len() => {
            items.remove(index);
            true
        }
        _ => false,
    }
}

/// The string at `path` in `value`, as JSON text (the document being read here is a value, whose
/// errors carry no line and column to read it from).
fn quoted_at(value: &Value, path: &str) -> Option<String> {
    serde_json::to_string(value_at(value, path)?.as_str()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MEK: &str = include_str!("../../data/profiles/mek.json");

    fn paths(problems: &[Problem]) -> Vec<String> {
        problems.iter().map(|p| p.location.to_string()).collect()
    }

    fn profile_problems(json: &str) -> (Option<Profile>, Vec<Problem>) {
        let checked = read_every_problem(json);
        (checked.profile, checked.problems)
    }

    #[test]
    fn a_valid_profile_has_none() {
        let (profile, problems) = profile_problems(MEK);
        assert!(profile.is_some());
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn a_broken_item_is_named_and_the_rest_still_checked_at_their_places_in_the_file() {
        let mut doc: Value = serde_json::from_str(MEK).unwrap();
        doc["events"][3]["date"] = "in the seventies".into();
        doc["events"][5]["category"] = "nonsense".into();
        let first = doc["events"][0]["id"].clone();
        doc["events"][9]["id"] = first;
        doc["sections"][1]["blocks"][0]["paragraph"][1] = serde_json::json!({"note": 99});
        let json = serde_json::to_string_pretty(&doc).unwrap();
        let read = read_every_problem(&json);
        assert!(!read.whole);
        let (profile, problems) = (read.profile, read.problems);
        assert_eq!(
            profile.unwrap().events.len(),
            doc["events"].as_array().unwrap().len() - 2
        );
        let found = paths(&problems);
        assert!(found.contains(&"$.events[3].date".to_owned()), "{found:?}");
        assert!(
            found.contains(&"$.events[5].category".to_owned()),
            "{found:?}"
        );
        assert!(
            found.iter().any(|p| p.starts_with("$.events[9]")),
            "{found:?}"
        );
        assert!(
            found.contains(&"$.sections[1].blocks[0].paragraph[1].note".to_owned()),
            "{found:?}"
        );
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(
            problems[0].message.contains("(line "),
            "{}",
            problems[0].message
        );
    }

    #[test]
    fn a_file_that_cannot_be_read_at_all_says_why() {
        let (profile, problems) = profile_problems("{\"format\": 1,}");
        assert!(profile.is_none());
        assert!(matches!(problems[0].location, Location::LineColumn { .. }));
        let (profile, problems) = profile_problems("{\"format\": 1}");
        assert!(profile.is_none());
        assert_eq!(paths(&problems), ["$"]);
    }
}

//! The timeline's state as URL parameters, so a shared link shows exactly the same view:
//! `open=iran-1965-1979,iraq-1981&cat=attack,designation&q=embassy&event=founded`.

use super::TimelineFilter;
use crate::model::Category;
use crate::route::{percent_decode, percent_encode};
use std::collections::BTreeSet;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimelineState {
    /// Open groups by id; `all` for every group.
    pub open: BTreeSet<String>,
    pub filter: TimelineFilter,
    /// The expanded event.
    pub event: Option<String>,
}

impl TimelineState {
    pub fn from_query(query: &str) -> Self {
        let mut state = TimelineState::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(&value.replace('+', " "));
            let list = || {
                value
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
            };
            match key {
                "open" => state.open = list().collect(),
                "cat" => {
                    state.filter.categories = list().filter_map(|c| category_from_str(&c)).collect()
                }
                "q" => state.filter.text = value.clone(),
                "event" if !value.is_empty() => state.event = Some(value.clone()),
                _ => {}
            }
        }
        state
    }

    /// The query string, without `?`; empty for the default state.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        let join = |items: Vec<String>| {
            items
                .iter()
                .map(|s| percent_encode(s))
                .collect::<Vec<_>>()
                .join(",")
        };
        if !self.open.is_empty() {
            parts.push(format!(
                "open={}",
                join(self.open.iter().cloned().collect())
            ));
        }
        if !self.filter.categories.is_empty() {
            parts.push(format!(
                "cat={}",
                join(
                    self.filter
                        .categories
                        .iter()
                        .map(|c| category_key(*c).to_owned())
                        .collect()
                )
            ));
        }
        if !self.filter.text.is_empty() {
            parts.push(format!("q={}", percent_encode(&self.filter.text)));
        }
        if let Some(event) = &self.event {
            parts.push(format!("event={}", percent_encode(event)));
        }
        parts.join("&")
    }

    pub fn is_open(&self, group: &str) -> bool {
        self.open.contains("all") || self.open.contains(group)
    }

    /// Opens or closes one group (expanding `all` into the explicit list first).
    pub fn toggle_group(&mut self, group: &str, all_groups: &[String]) {
        if self.open.remove("all") {
            self.open = all_groups.iter().cloned().collect();
        }
        if !self.open.remove(group) {
            self.open.insert(group.to_owned());
        }
    }
}

/// The categories' names as in JSON (`counterterrorism`), for URLs and class names.
pub fn category_key(category: Category) -> &'static str {
    CATEGORY_NAMES
        .iter()
        .find(|(c, _)| *c == category)
        .map_or("", |(_, s)| *s)
}

const CATEGORY_NAMES: [(Category, &str); 11] = [
    (Category::Founding, "founding"),
    (Category::Leadership, "leadership"),
    (Category::Attack, "attack"),
    (Category::Conflict, "conflict"),
    (Category::Relocation, "relocation"),
    (Category::Alliance, "alliance"),
    (Category::Designation, "designation"),
    (Category::Counterterrorism, "counterterrorism"),
    (Category::Strength, "strength"),
    (Category::Political, "political"),
    (Category::Financing, "financing"),
];

fn category_from_str(s: &str) -> Option<Category> {
    CATEGORY_NAMES
        .iter()
        .find(|(_, name)| *name == s)
        .map(|(c, _)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_the_query_string() {
        let state = TimelineState {
            open: ["iran-1965-1979".to_owned(), "iraq-1981".to_owned()].into(),
            filter: TimelineFilter {
                categories: [Category::Attack, Category::Designation].into(),
                text: "u.s. embassy & co".into(),
            },
            event: Some("embassy-takeover".into()),
        };
        let query = state.to_query();
        assert_eq!(query, "open=iran-1965-1979,iraq-1981&cat=attack,designation&q=u.s.%20embassy%20%26%20co&event=embassy-takeover");
        assert_eq!(TimelineState::from_query(&query), state);
        assert_eq!(TimelineState::default().to_query(), "");
    }

    #[test]
    fn ignores_unknown_keys_and_categories() {
        let state = TimelineState::from_query("cat=attack,bogus&zoom=3&event=");
        assert_eq!(state.filter.categories, [Category::Attack].into());
        assert_eq!(state.event, None);
    }

    #[test]
    fn toggling_a_group_after_expand_all_closes_only_that_group() {
        let all = vec!["a".to_owned(), "b".to_owned()];
        let mut state = TimelineState {
            open: ["all".to_owned()].into(),
            ..Default::default()
        };
        state.toggle_group("a", &all);
        assert!(!state.is_open("a") && state.is_open("b"));
        state.toggle_group("a", &all);
        assert!(state.is_open("a"));
    }
}

//! The timeline's state as URL parameters, so a shared link shows exactly the same view:
//! `open=iran-1965-1979,iraq-1981&cat=attack,designation&q=embassy&event=founded`.

use super::TimelineFilter;
use crate::model::Category;
use crate::route::{add_query_list, percent_decode};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimelineState {
    /// Open groups by id, sorted, so that a state has one address; `all` for every group.
    /// A sorted list, not an ordered set: a few groups, and the written timeline's first code
    /// (`written_timeline`) carries this. Changed only here, which keeps it sorted.
    open: Vec<String>,
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
            let list = || value.split(',').filter(|s| !s.is_empty());
            match key {
                // One at a time: the list stays sorted, without repeats.
                "open" => {
                    state.open.clear();
                    list().for_each(|group| state.open_group(group));
                }
                "cat" => {
                    state.filter.categories = Default::default();
                    list()
                        .filter_map(category_from_str)
                        .for_each(|c| state.filter.categories.insert(c));
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
        let mut query = String::new();
        let text = Some(self.filter.text.as_str()).filter(|t| !t.is_empty());
        let mut categories = self.filter.categories.iter().map(category_key);
        add_query_list(
            &mut query,
            "open",
            &mut self.open.iter().map(String::as_str),
        );
        add_query_list(&mut query, "cat", &mut categories);
        add_query_list(&mut query, "q", &mut text.into_iter());
        add_query_list(&mut query, "event", &mut self.event.as_deref().into_iter());
        query
    }

    pub fn is_open(&self, group: &str) -> bool {
        self.open.iter().any(|open| open == "all" || open == group)
    }

    /// Every group open.
    pub fn expand_all(&mut self) {
        self.open = vec!["all".to_owned()];
    }

    /// Every group closed.
    pub fn collapse_all(&mut self) {
        self.open.clear();
    }

    /// Expands `event`, or closes it if it is the one expanded.
    pub fn toggle_event(&mut self, event: &str) {
        self.event = match self.event.take() {
            Some(expanded) if expanded == event => None,
            _ => Some(event.to_owned()),
        };
    }

    /// Opens or closes one group (expanding `all` into the explicit list first).
    pub fn toggle_group(&mut self, group: &str, all_groups: &[String]) {
        if self.close_group("all") {
            for group in all_groups {
                self.open_group(group);
            }
        }
        if !self.close_group(group) {
            self.open_group(group);
        }
    }

    fn open_group(&mut self, group: &str) {
        if let Err(at) = self.open.binary_search_by(|open| open.as_str().cmp(group)) {
            self.open.insert(at, group.to_owned());
        }
    }

    /// Whether it was open.
    fn close_group(&mut self, group: &str) -> bool {
        let found = self.open.binary_search_by(|open| open.as_str().cmp(group));
        found.map(|at| self.open.remove(at)).is_ok()
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

/// A category from its name as in JSON and URLs.
pub fn category_from_str(s: &str) -> Option<Category> {
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
    fn groups_opened_in_any_order_have_one_address() {
        let all = ["c".to_owned(), "a".to_owned(), "b".to_owned()];
        let mut state = TimelineState::default();
        for group in &all {
            state.toggle_group(group, &all);
        }
        assert_eq!(state.to_query(), "open=a,b,c");
        assert_eq!(
            TimelineState::from_query("open=b,a,b").to_query(),
            "open=a,b"
        );
        state.toggle_group("b", &all);
        assert_eq!(state.to_query(), "open=a,c");
    }

    #[test]
    fn ignores_unknown_keys_and_categories() {
        let state = TimelineState::from_query("cat=attack,bogus&zoom=3&event=");
        assert_eq!(state.filter.categories, [Category::Attack].into());
        assert_eq!(state.event, None);
    }

    #[test]
    fn toggling_an_event_expands_it_or_closes_it() {
        let mut state = TimelineState::default();
        state.toggle_event("a");
        assert_eq!(state.event.as_deref(), Some("a"));
        state.toggle_event("b");
        assert_eq!(state.event.as_deref(), Some("b"));
        state.toggle_event("b");
        assert_eq!(state.event, None);
    }

    #[test]
    fn toggling_a_group_after_expand_all_closes_only_that_group() {
        let all = vec!["a".to_owned(), "b".to_owned()];
        let mut state = TimelineState::default();
        state.expand_all();
        state.toggle_group("a", &all);
        assert!(!state.is_open("a") && state.is_open("b"));
        state.toggle_group("a", &all);
        assert!(state.is_open("a"));
    }
}

//! Which events the reader asked to see: by category and by text.

use crate::model::{plain_text, Category, Event};
use crate::search::fold;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimelineFilter {
    /// Empty: every category.
    pub categories: BTreeSet<Category>,
    pub text: String,
}

impl TimelineFilter {
    pub fn is_active(&self) -> bool {
        !self.categories.is_empty() || !self.text.trim().is_empty()
    }

    pub fn matches(&self, event: &Event) -> bool {
        (self.categories.is_empty() || self.categories.contains(&event.category))
            && self.matches_text(event)
    }

    /// Text in the title, the source's words or the date as shown, ignoring case and accents.
    pub fn matches_text(&self, event: &Event) -> bool {
        let query = fold(self.text.trim());
        query.is_empty()
            || [
                event.title.clone(),
                plain_text(&event.text),
                event.date.to_string(),
            ]
            .iter()
            .any(|s| fold(s).contains(&query))
    }
}

/// How many events of each category match the text filter (the chips' counts).
pub fn category_counts<'a>(
    events: impl IntoIterator<Item = &'a Event>,
    filter: &TimelineFilter,
) -> BTreeMap<Category, usize> {
    let mut counts = BTreeMap::new();
    for event in events.into_iter().filter(|e| filter.matches_text(e)) {
        *counts.entry(event.category).or_insert(0) += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::mek;

    #[test]
    fn filters_by_category_and_text_together() {
        let profile = mek();
        let designations = TimelineFilter {
            categories: [Category::Designation].into(),
            text: String::new(),
        };
        assert_eq!(
            profile
                .events
                .iter()
                .filter(|e| designations.matches(e))
                .count(),
            4
        );
        let eu = TimelineFilter {
            categories: [Category::Designation].into(),
            text: "eu".into(),
        };
        let ids: Vec<&str> = profile
            .events
            .iter()
            .filter(|e| eu.matches(e))
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, vec!["eu-listing", "eu-delisting"]);
        let nothing = TimelineFilter {
            categories: BTreeSet::new(),
            text: "zeppelin".into(),
        };
        assert_eq!(
            profile.events.iter().filter(|e| nothing.matches(e)).count(),
            0
        );
    }

    #[test]
    fn text_matches_ignore_case_and_accents_and_cover_the_shown_date() {
        let profile = mek();
        let f = |t: &str| TimelineFilter {
            categories: BTreeSet::new(),
            text: t.into(),
        };
        assert!(profile.events.iter().any(|e| f("KHOMEÍNI").matches(e)));
        let by_date: Vec<&str> = profile
            .events
            .iter()
            .filter(|e| f("October 8, 1997").matches(e))
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(by_date, vec!["us-designation"]);
    }

    #[test]
    fn counts_each_category_under_the_text_filter() {
        let profile = mek();
        let all = category_counts(&profile.events, &TimelineFilter::default());
        assert_eq!(all.values().sum::<usize>(), profile.events.len());
        assert_eq!(all[&Category::Strength], 6);
        let camp = category_counts(
            &profile.events,
            &TimelineFilter {
                categories: BTreeSet::new(),
                text: "camp".into(),
            },
        );
        assert_eq!(camp.values().sum::<usize>(), 2);
    }
}

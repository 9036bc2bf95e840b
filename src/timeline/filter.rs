//! Which events the reader asked to see: by category and by text.

use crate::model::{plain_text, Category, Event};
use crate::model::{KindCounts, KindSet};
use crate::search::{fold, key_matcher};
use std::sync::{Arc, OnceLock};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimelineFilter {
    /// Empty: every category.
    pub categories: KindSet<Category>,
    pub text: String,
}

impl TimelineFilter {
    pub fn is_active(&self) -> bool {
        !self.categories.is_empty() || !self.text.trim().is_empty()
    }
}

/// The events' searchable text — the title, the source's words and the date as shown —
/// folded on the first text query and kept, so that each keystroke in the filter only
/// compares strings (5,000 events: no allocation per event), and a reader who never types
/// pays nothing.
pub struct SearchIndex {
    events: Arc<Vec<Event>>,
    folded: OnceLock<Vec<String>>,
}

/// What a filter leaves of the events, in their order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filtered {
    /// Per event: matches both the text and the categories.
    pub shown: Vec<bool>,
    /// How many events of each category match the text (the chips' counts).
    pub counts: KindCounts<Category>,
}

impl SearchIndex {
    pub fn new(events: Arc<Vec<Event>>) -> Self {
        SearchIndex {
            events,
            folded: OnceLock::new(),
        }
    }

    /// Folds the text now rather than at the first text query.
    pub fn prepare(&self) {
        self.folded();
    }

    fn folded(&self) -> &[String] {
        self.folded
            .get_or_init(|| self.events.iter().map(event_search_key).collect())
    }

    /// Text matches ignore case and accents.
    pub fn apply(&self, filter: &TimelineFilter) -> Filtered {
        // Without a text, no key is looked at: none is folded.
        let keys = if filter.text.trim().is_empty() {
            &[]
        } else {
            self.folded()
        };
        let events = self.events.iter().enumerate().map(|(i, event)| {
            let key = keys.get(i).map_or("", String::as_str);
            (key, event.category)
        });
        apply_filter(events, filter)
    }
}

/// What the timeline's filter looks in for an event: its title, the source's words and the
/// date as shown, a line each, folded. A pre-rendered timeline writes it on each event, for
/// its first code to filter without reading the profile.
pub fn event_search_key(event: &Event) -> String {
    fold(
        &[
            event.title.clone(),
            plain_text(&event.text),
            event.date.to_string(),
        ]
        .join("\n"),
    )
}

/// What `filter` leaves of events given by their search key (`event_search_key`) and
/// category, in order: the app's timeline and the written one's first code both ask it.
pub fn apply_filter<'a>(
    events: impl Iterator<Item = (&'a str, Category)>,
    filter: &TimelineFilter,
) -> Filtered {
    let text_matches = key_matcher(&filter.text);
    let mut counts = KindCounts::default();
    let shown = events
        .map(|(key, category)| {
            let text_matches = text_matches(key);
            if text_matches {
                counts.add(category);
            }
            text_matches && (filter.categories.is_empty() || filter.categories.contains(category))
        })
        .collect();
    Filtered { shown, counts }
}

impl Filtered {
    pub fn count(&self) -> usize {
        self.shown.iter().filter(|s| **s).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::mek;

    fn ids(events: &[Event], filter: &TimelineFilter) -> Vec<String> {
        let shown = SearchIndex::new(Arc::new(events.to_vec()))
            .apply(filter)
            .shown;
        events
            .iter()
            .zip(shown)
            .filter(|(_, shown)| *shown)
            .map(|(e, _)| e.id.to_string())
            .collect()
    }

    fn text(t: &str) -> TimelineFilter {
        TimelineFilter {
            categories: KindSet::default(),
            text: t.into(),
        }
    }

    #[test]
    fn filters_by_category_and_text_together() {
        let profile = mek();
        let designations = TimelineFilter {
            categories: [Category::Designation].into(),
            text: String::new(),
        };
        assert_eq!(ids(&profile.events, &designations).len(), 4);
        let eu = TimelineFilter {
            categories: [Category::Designation].into(),
            text: "eu".into(),
        };
        assert_eq!(
            ids(&profile.events, &eu),
            vec!["eu-listing", "eu-delisting"]
        );
        assert!(ids(&profile.events, &text("zeppelin")).is_empty());
        assert_eq!(
            ids(&profile.events, &text("  ")).len(),
            profile.events.len()
        );
    }

    #[test]
    fn text_matches_ignore_case_and_accents_and_cover_the_shown_date() {
        let profile = mek();
        assert!(!ids(&profile.events, &text("KHOMEÍNI")).is_empty());
        assert_eq!(
            ids(&profile.events, &text("October 8, 1997")),
            vec!["us-designation"]
        );
    }

    #[test]
    fn a_query_does_not_match_across_the_title_and_the_text() {
        let profile = mek();
        let event = &profile.events[0];
        let across = format!(
            "{} {}",
            event.title.split_whitespace().last().unwrap(),
            plain_text(&event.text).split_whitespace().next().unwrap()
        );
        assert!(ids(std::slice::from_ref(event), &text(&across)).is_empty());
    }

    #[test]
    fn counts_each_category_under_the_text_filter_only() {
        let profile = mek();
        let index = SearchIndex::new(Arc::new(profile.events.clone()));
        let all = index.apply(&TimelineFilter::default());
        // Nothing is folded until a text is asked for.
        assert!(index.folded.get().is_none());
        index.prepare();
        assert_eq!(index.folded.get().map(Vec::len), Some(profile.events.len()));
        assert_eq!(all.counts.total(), profile.events.len());
        assert_eq!(all.count(), profile.events.len());
        assert_eq!(all.counts.get(Category::Strength), 6);
        let camp = index.apply(&text("camp"));
        assert_eq!(camp.counts.total(), 2);
        // Choosing a category does not change the chips' counts, only what is shown.
        let strength_camp = index.apply(&TimelineFilter {
            categories: [Category::Strength].into(),
            text: "camp".into(),
        });
        assert_eq!(strength_camp.counts, camp.counts);
        assert!(strength_camp.count() <= camp.count());
    }
}

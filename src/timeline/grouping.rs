//! Events in time order, grouped by the profile's eras (its home bases) or else by decade.

use crate::model::{Event, Profile};
use crate::search::slug;

#[derive(Debug, Clone, PartialEq)]
pub struct Group<'a> {
    /// Stable across loads: used in URLs (`open=iran-1965-1979`).
    pub id: String,
    pub label: String,
    pub start: i32,
    /// `None`: ongoing at the last update.
    pub end: Option<i32>,
    pub events: Vec<&'a Event>,
}

impl Group<'_> {
    /// `1965–1979`, `1981–present`, `1970s`.
    pub fn span_label(&self) -> String {
        match self.end {
            Some(end)
                if end == self.start + 9 && self.start % 10 == 0 && self.label.ends_with('s') =>
            {
                self.label.clone()
            }
            Some(end) if end == self.start => self.start.to_string(),
            Some(end) => format!("{}–{end}", self.start),
            None => format!("{}–present", self.start),
        }
    }
}

/// Every event exactly once, in time order (ties keep the profile's order). An era holds the
/// years from its start up to the next era's start; events before the first era get their own group.
pub fn group_events(profile: &Profile) -> Vec<Group<'_>> {
    let mut events: Vec<&Event> = profile.events.iter().collect();
    events.sort_by_key(|e| e.date.sort_key());
    let eras: Vec<(String, i32, Option<i32>)> = profile
        .facts
        .home_bases
        .iter()
        .filter_map(|h| Some((h.place.clone(), h.period.start_year()?, h.period.end_year())))
        .collect();
    if eras.is_empty() {
        by_decade(events)
    } else {
        by_era(events, &eras)
    }
}

fn by_era<'a>(events: Vec<&'a Event>, eras: &[(String, i32, Option<i32>)]) -> Vec<Group<'a>> {
    let first_start = eras[0].1;
    let mut groups: Vec<Group> = Vec::new();
    let before: Vec<&Event> = events
        .iter()
        .copied()
        .filter(|e| year_of(e) < first_start)
        .collect();
    if !before.is_empty() {
        let start = before
            .iter()
            .map(|e| year_of(e))
            .min()
            .unwrap_or(first_start);
        groups.push(Group {
            id: format!("before-{first_start}"),
            label: format!("Before {first_start}"),
            start,
            end: Some(first_start - 1),
            events: before,
        });
    }
    for (i, (place, start, end)) in eras.iter().enumerate() {
        let next_start = eras.get(i + 1).map(|e| e.1);
        let held: Vec<&Event> = events
            .iter()
            .copied()
            .filter(|e| {
                let y = year_of(e);
                y >= *start && next_start.is_none_or(|next| y < next)
            })
            .collect();
        let id = match end {
            Some(end) => format!("{}-{start}-{end}", slug(place)),
            None => format!("{}-{start}", slug(place)),
        };
        groups.push(Group {
            id,
            label: place.clone(),
            start: *start,
            end: *end,
            events: held,
        });
    }
    groups
}

fn by_decade(events: Vec<&Event>) -> Vec<Group<'_>> {
    let mut groups: Vec<Group> = Vec::new();
    for event in events {
        let decade = year_of(event).div_euclid(10) * 10;
        match groups.last_mut() {
            Some(group) if group.start == decade => group.events.push(event),
            _ => groups.push(Group {
                id: format!("{decade}s"),
                label: format!("{decade}s"),
                start: decade,
                end: Some(decade + 9),
                events: vec![event],
            }),
        }
    }
    groups
}

/// The year an event is placed at: its start (an open start counts as its end).
/// The year an event is placed at: its start, or its end when only that is known.
pub(crate) fn year_of(event: &Event) -> i32 {
    event
        .date
        .start_year()
        .or(event.date.end_year())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::mek;

    #[test]
    fn the_mek_timeline_is_grouped_by_its_home_bases() {
        let profile = mek();
        let groups = group_events(&profile);
        let summary: Vec<(&str, String, usize)> = groups
            .iter()
            .map(|g| (g.id.as_str(), g.span_label(), g.events.len()))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("iran-1965-1979", "1965–1979".to_owned(), 4),
                ("france-1979-1981", "1979–1981".to_owned(), 6),
                ("iraq-1981", "1981–present".to_owned(), 21),
            ]
        );
        assert_eq!(
            groups.iter().map(|g| g.events.len()).sum::<usize>(),
            profile.events.len()
        );
    }

    #[test]
    fn events_are_in_time_order_within_each_group() {
        for group in group_events(&mek()) {
            let keys: Vec<_> = group.events.iter().map(|e| e.date.sort_key()).collect();
            let mut sorted = keys.clone();
            sorted.sort();
            assert_eq!(keys, sorted, "{}", group.id);
        }
    }

    #[test]
    fn without_eras_events_are_grouped_by_decade() {
        let mut profile = mek();
        profile.facts.home_bases.clear();
        let groups = group_events(&profile);
        let labels: Vec<String> = groups.iter().map(|g| g.span_label()).collect();
        assert_eq!(
            labels,
            vec!["1960s", "1970s", "1980s", "1990s", "2000s", "2010s"]
        );
        assert_eq!(
            groups.iter().map(|g| g.events.len()).sum::<usize>(),
            profile.events.len()
        );
    }

    #[test]
    fn events_before_the_first_era_are_kept_in_their_own_group() {
        let mut profile = mek();
        profile.events[0].date = "1960".parse().unwrap();
        let groups = group_events(&profile);
        assert_eq!(groups[0].id, "before-1965");
        assert_eq!(groups[0].events.len(), 1);
        assert_eq!(
            groups.iter().map(|g| g.events.len()).sum::<usize>(),
            profile.events.len()
        );
    }
}

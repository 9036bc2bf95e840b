//! Which relationships the diagram (and its table) shows: those of the chosen types,
//! active in the chosen year. Undated relationships cannot be placed in a year, so
//! they stay shown whatever the year; the status line says how many there are.

use crate::model::{KindSet, Profile, Relationship, RelationshipType};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiagramFilter {
    /// Only relationships active in this year; `None` for the whole span.
    pub year: Option<i32>,
    /// Only these types; empty for all.
    pub types: KindSet<RelationshipType>,
}

impl DiagramFilter {
    pub fn is_active(&self) -> bool {
        self.year.is_some() || !self.types.is_empty()
    }

    pub fn shows(&self, relationship: &Relationship, present: i32) -> bool {
        self.shows_type(relationship.kind) && self.in_year(relationship, present)
    }

    pub fn shows_type(&self, kind: RelationshipType) -> bool {
        self.types.is_empty() || self.types.contains(kind)
    }

    pub fn in_year(&self, relationship: &Relationship, present: i32) -> bool {
        self.in_years(relationship.period.map(|p| p.years(present)))
    }

    /// Whether a relationship that held over `years` (its first and last; `None` when
    /// undated) is active in the chosen year.
    pub fn in_years(&self, years: Option<(i32, i32)>) -> bool {
        match (self.year, years) {
            (Some(year), Some((first, last))) => (first..=last).contains(&year),
            _ => true,
        }
    }
}

/// A relationship's years as a pre-rendered page writes them for the page's first code
/// (`1965..1986`; `..1986` from an open start), and read back.
pub fn years_key((first, last): (i32, i32)) -> String {
    if first == i32::MIN {
        format!("..{last}")
    } else {
        format!("{first}..{last}")
    }
}

pub fn years_from_key(key: &str) -> Option<(i32, i32)> {
    // Split at a character, not at `..`: a string pattern brings a searcher of its own.
    let (first, last) = key.split_once('.')?;
    let last = last.strip_prefix('.')?;
    let first = if first.is_empty() {
        i32::MIN
    } else {
        first.parse().ok()?
    };
    Some((first, last.parse().ok()?))
}

/// The first and last year any dated relationship covers (open ends run to the present).
pub fn year_span(profile: &Profile) -> Option<(i32, i32)> {
    let present = profile.present_year();
    let periods = profile.relationships.iter().filter_map(|r| r.period);
    let starts = periods
        .clone()
        .filter_map(|p| p.start_year().or(p.end_year()));
    let ends = periods.map(|p| p.end_year().unwrap_or(present));
    Some((starts.min()?, ends.max()?))
}

/// For each type in use, how many of its relationships the year filter lets through.
pub fn type_counts(profile: &Profile, filter: &DiagramFilter) -> BTreeMap<RelationshipType, usize> {
    let present = profile.present_year();
    let mut counts = BTreeMap::new();
    for relationship in &profile.relationships {
        let count = counts.entry(relationship.kind).or_insert(0);
        if filter.in_year(relationship, present) {
            *count += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::mek;

    fn shown(filter: &DiagramFilter) -> Vec<String> {
        let profile = mek();
        profile
            .relationships
            .iter()
            .filter(|r| filter.shows(r, profile.present_year()))
            .map(|r| r.id.to_string())
            .collect()
    }

    #[test]
    fn a_year_hides_relationships_outside_their_period() {
        let in_1990 = shown(&DiagramFilter {
            year: Some(1990),
            ..Default::default()
        });
        assert!(in_1990.contains(&"iraq-saddam-sponsor".to_owned()));
        assert!(in_1990.contains(&"france-counterterrorism".to_owned()));
        assert!(!in_1990.contains(&"france-host".to_owned()));
        assert!(!in_1990.contains(&"united-states-designation".to_owned()));
        // Undated: shown in every year.
        assert!(in_1990.contains(&"nla-wing".to_owned()));
        let in_2010 = shown(&DiagramFilter {
            year: Some(2010),
            ..Default::default()
        });
        assert!(in_2010.contains(&"united-states-designation".to_owned()));
        assert!(!in_2010.contains(&"iraq-saddam-sponsor".to_owned()));
    }

    #[test]
    fn types_narrow_the_set() {
        let filter = DiagramFilter {
            types: [RelationshipType::DesignatingAuthority].into(),
            ..Default::default()
        };
        assert_eq!(
            shown(&filter),
            [
                "islamic-republic-designation",
                "united-states-designation",
                "european-union-designation"
            ]
        );
        assert_eq!(
            shown(&DiagramFilter::default()).len(),
            mek().relationships.len()
        );
    }

    #[test]
    fn years_are_written_and_read_back() {
        for years in [(1965, 1986), (i32::MIN, 2003), (-50, -10)] {
            assert_eq!(years_from_key(&years_key(years)), Some(years));
        }
        assert_eq!(years_key((i32::MIN, 2003)), "..2003");
        assert_eq!(years_from_key("1965"), None);
        assert_eq!(years_from_key("soon..2003"), None);
    }

    #[test]
    fn the_span_runs_from_the_first_start_to_the_present() {
        assert_eq!(year_span(&mek()), Some((1965, 2015)));
    }

    #[test]
    fn counts_follow_the_year_but_not_the_types() {
        let filter = DiagramFilter {
            year: Some(2005),
            types: [RelationshipType::Wing].into(),
        };
        let counts = type_counts(&mek(), &filter);
        assert_eq!(counts[&RelationshipType::DesignatingAuthority], 3);
        assert_eq!(counts[&RelationshipType::StateSponsor], 0);
    }
}

//! The overview strip: where events cluster across the whole range, and the periods
//! (home bases, designations) drawn as spans on the same axis.

use crate::model::{DateSpec, Event, NoteNumber, Profile};

/// Events per year from `start` to `end` inclusive (an event counts in its start year).
pub fn year_histogram<'a>(
    events: impl IntoIterator<Item = &'a Event>,
    start: i32,
    end: i32,
) -> Vec<(i32, usize)> {
    let mut counts = vec![0usize; (end - start + 1).max(0) as usize];
    for event in events {
        if let Some(year) = event.date.start_year().or(event.date.end_year()) {
            if (start..=end).contains(&year) {
                counts[(year - start) as usize] += 1;
            }
        }
    }
    (start..=end).zip(counts).collect()
}

/// A decade of the strip with events: its first year, how many events, and the first year
/// that has one (where a jump to the decade lands).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecadeCount {
    pub decade: i32,
    pub events: usize,
    pub first_year: i32,
}

/// The histogram's years folded into decades, oldest first; decades without events left out.
pub fn decade_counts(histogram: &[(i32, usize)]) -> Vec<DecadeCount> {
    let mut decades: Vec<DecadeCount> = Vec::new();
    for &(year, n) in histogram.iter().filter(|(_, n)| *n > 0) {
        let decade = year.div_euclid(10) * 10;
        match decades.last_mut() {
            Some(last) if last.decade == decade => last.events += n,
            _ => decades.push(DecadeCount {
                decade,
                events: n,
                first_year: year,
            }),
        }
    }
    decades
}

#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub label: String,
    /// `None`: undated in the source (drawn across the range, marked undated).
    pub start: Option<i32>,
    pub end: Option<i32>,
    /// Ongoing at the last update.
    pub ongoing: bool,
    pub notes: Vec<NoteNumber>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PeriodRow {
    pub label: String,
    pub spans: Vec<Span>,
}

/// One row for the home bases, and one per designating authority.
pub fn period_rows(profile: &Profile) -> Vec<PeriodRow> {
    let mut rows = Vec::new();
    let bases = &profile.facts.home_bases;
    if !bases.is_empty() {
        rows.push(PeriodRow {
            label: "Home base".to_owned(),
            spans: bases
                .iter()
                .map(|h| span(h.place.clone(), Some(&h.period), h.notes.clone()))
                .collect(),
        });
    }
    for d in &profile.facts.designations {
        let authority = profile.actor_name(&d.authority).to_owned();
        let period = match (&d.listed, &d.delisted) {
            (Some(listed), Some(delisted)) => {
                format!("{}/{}", listed.to_edtf(), delisted.to_edtf())
                    .parse()
                    .ok()
            }
            (Some(listed), None) => format!("{}/..", listed.to_edtf()).parse().ok(),
            _ => None,
        };
        rows.push(PeriodRow {
            label: format!("Listed by {authority}"),
            spans: vec![span(d.status.clone(), period.as_ref(), d.notes.clone())],
        });
    }
    rows
}

fn span(label: String, period: Option<&DateSpec>, notes: Vec<NoteNumber>) -> Span {
    Span {
        label,
        start: period.and_then(DateSpec::start_year),
        end: period.and_then(DateSpec::end_year),
        ongoing: period.is_some_and(|p| p.end_year().is_none()),
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decades_fold_the_years_and_skip_the_empty_ones() {
        let histogram = [
            (1965, 2),
            (1966, 0),
            (1971, 1),
            (1979, 5),
            (1980, 0),
            (1993, 1),
            (1997, 1),
        ];
        assert_eq!(
            decade_counts(&histogram),
            vec![
                DecadeCount {
                    decade: 1960,
                    events: 2,
                    first_year: 1965
                },
                DecadeCount {
                    decade: 1970,
                    events: 6,
                    first_year: 1971
                },
                DecadeCount {
                    decade: 1990,
                    events: 2,
                    first_year: 1993
                },
            ]
        );
        assert_eq!(decade_counts(&[]), vec![]);
    }
    use crate::test_fixtures::mek;

    #[test]
    fn counts_events_per_year_over_the_range() {
        let profile = mek();
        let histogram = year_histogram(&profile.events, 1965, 2015);
        assert_eq!(histogram.len(), 51);
        assert_eq!(
            histogram.iter().map(|(_, n)| n).sum::<usize>(),
            profile.events.len()
        );
        assert_eq!(histogram.iter().find(|(y, _)| *y == 2003).unwrap().1, 5);
    }

    #[test]
    fn draws_home_bases_and_each_designation_as_spans() {
        let rows = period_rows(&mek());
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(
            labels,
            vec![
                "Home base",
                "Listed by United States",
                "Listed by European Union",
                "Listed by The Islamic Republic of Iran"
            ]
        );
        assert_eq!(
            rows[0]
                .spans
                .iter()
                .map(|s| (s.start, s.end, s.ongoing))
                .collect::<Vec<_>>(),
            vec![
                (Some(1965), Some(1979), false),
                (Some(1979), Some(1981), false),
                (Some(1981), None, true)
            ]
        );
        assert_eq!(
            (rows[1].spans[0].start, rows[1].spans[0].end),
            (Some(1997), Some(2012))
        );
        assert_eq!(
            (rows[2].spans[0].start, rows[2].spans[0].end),
            (Some(2002), Some(2009))
        );
        assert_eq!((rows[3].spans[0].start, rows[3].spans[0].end), (None, None));
    }
}

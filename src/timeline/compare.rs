//! Two profiles' timelines on one time axis, so a class can compare groups: a lane per
//! profile with every event placed by year, and the events side by side, decade by decade.

use super::grouping::year_of;
use crate::model::{Event, Profile};

pub struct Comparison<'a> {
    /// The axis: the first and last year any event of either profile touches.
    pub first: i32,
    pub last: i32,
    /// Decade marks on the axis.
    pub ticks: Vec<i32>,
    /// Each profile's events on the axis, in time order.
    pub lanes: [Vec<Mark<'a>>; 2],
    /// Decades with events in either profile, oldest first.
    pub decades: Vec<Decade<'a>>,
}

/// An event on the axis: where it starts and, for a period, where it ends (0 to 1).
pub struct Mark<'a> {
    pub event: &'a Event,
    pub start: f64,
    pub end: Option<f64>,
}

pub struct Decade<'a> {
    pub start: i32,
    pub sides: [Vec<&'a Event>; 2],
}

pub fn compare<'a>(left: &'a Profile, right: &'a Profile) -> Comparison<'a> {
    let sorted = |p: &'a Profile| {
        let mut events: Vec<&Event> = p.events.iter().collect();
        events.sort_by_key(|e| e.date.sort_key());
        events
    };
    let sides = [sorted(left), sorted(right)];
    // An open end ("1981–present") runs to its profile's present.
    let end_of = |e: &Event, p: &Profile| e.date.end_year().unwrap_or(p.present_year());
    let years = sides[0]
        .iter()
        .map(|e| (year_of(e), end_of(e, left)))
        .chain(sides[1].iter().map(|e| (year_of(e), end_of(e, right))));
    let (first, last) = years.fold((i32::MAX, i32::MIN), |(lo, hi), (start, end)| {
        (lo.min(start), hi.max(end.max(start)))
    });
    let (first, last) = if first > last { (0, 0) } else { (first, last) };
    let width = f64::from(last - first + 1);
    let at = |year: i32| f64::from(year - first) / width;

    let lane = |events: &[&'a Event], p: &Profile| -> Vec<Mark<'a>> {
        events
            .iter()
            .map(|e| {
                let start = year_of(e);
                let end = end_of(e, p);
                Mark {
                    event: e,
                    start: at(start),
                    // The end of its last year: a period ending in 1986 covers 1986.
                    end: (end > start).then(|| at(end + 1)),
                }
            })
            .collect()
    };
    let lanes = [lane(&sides[0], left), lane(&sides[1], right)];

    let decade = |year: i32| year.div_euclid(10) * 10;
    let mut starts: Vec<i32> = sides.iter().flatten().map(|e| decade(year_of(e))).collect();
    starts.sort_unstable();
    starts.dedup();
    let decades = starts
        .into_iter()
        .map(|start| Decade {
            start,
            sides: [0, 1].map(|s| {
                sides[s]
                    .iter()
                    .copied()
                    .filter(|e| decade(year_of(e)) == start)
                    .collect()
            }),
        })
        .collect();
    let ticks = (decade(first)..=last)
        .step_by(10)
        .filter(|y| *y >= first)
        .collect();
    Comparison {
        first,
        last,
        ticks,
        lanes,
        decades,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic::synthetic_profile;
    use crate::test_fixtures::mek;

    #[test]
    fn both_profiles_share_one_axis_that_holds_every_event() {
        let (a, b) = (mek(), synthetic_profile(200, 5));
        let c = compare(&a, &b);
        assert_eq!(c.lanes[0].len(), a.events.len());
        assert_eq!(c.lanes[1].len(), b.events.len());
        for mark in c.lanes.iter().flatten() {
            assert!((0.0..1.0).contains(&mark.start), "{}", mark.start);
            assert!(mark.end.is_none_or(|end| end > mark.start && end <= 1.0));
        }
        let all_years = a.events.iter().chain(&b.events).map(year_of);
        assert_eq!(c.first, all_years.clone().min().unwrap());
        assert!(c.last >= all_years.max().unwrap());
        assert!(c
            .ticks
            .iter()
            .all(|t| t % 10 == 0 && (c.first..=c.last).contains(t)));
    }

    #[test]
    fn decades_list_each_event_once_on_its_side_in_time_order() {
        let (a, b) = (mek(), synthetic_profile(200, 5));
        let c = compare(&a, &b);
        for (side, profile) in [&a, &b].into_iter().enumerate() {
            let listed: Vec<&Event> = c
                .decades
                .iter()
                .flat_map(|d| d.sides[side].iter().copied())
                .collect();
            assert_eq!(listed.len(), profile.events.len());
            assert!(listed
                .windows(2)
                .all(|w| w[0].date.sort_key() <= w[1].date.sort_key()));
        }
        assert!(c.decades.windows(2).all(|w| w[0].start < w[1].start));
        // The MEK's 1965 founding sits in the 1960s row, on the left.
        let sixties = c.decades.iter().find(|d| d.start == 1960).unwrap();
        assert!(sixties.sides[0]
            .iter()
            .any(|e| e.date.start_year() == Some(1965)));
    }

    #[test]
    fn a_profile_compared_with_itself_gives_two_equal_lanes() {
        let a = mek();
        let c = compare(&a, &a);
        let starts = |lane: &[Mark]| lane.iter().map(|m| m.start).collect::<Vec<_>>();
        assert_eq!(starts(&c.lanes[0]), starts(&c.lanes[1]));
    }
}

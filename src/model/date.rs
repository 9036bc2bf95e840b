//! Dates with their precision, written in a subset of EDTF (ISO 8601-2):
//!
//! | JSON           | meaning                | shown as          |
//! |----------------|------------------------|-------------------|
//! | `1965`         | a year                 | 1965              |
//! | `1997-10`      | a month                | October 1997      |
//! | `1997-10-08`   | a day                  | October 8, 1997   |
//! | `197X`         | a decade               | 1970s             |
//! | `2006~`        | approximate            | c. 2006           |
//! | `1979/1981`    | a range                | 1979–1981         |
//! | `1981/..`      | ongoing at last update | 1981–present      |
//! | `../1979`      | up to a date           | until 1979        |

use serde::{Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Decade,
    Year,
    Month,
    Day,
}

/// One point in time at some precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub year: i32,
    /// 1–12 when the precision is Month or Day.
    pub month: u8,
    /// 1–31 when the precision is Day.
    pub day: u8,
    pub precision: Precision,
    pub approximate: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    At(Point),
    /// `..`: open (ongoing at the end, or unknown start).
    Open,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSpec {
    Single(Point),
    Range(Bound, Bound),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for Point {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, DateError> {
        let bad = || {
            DateError(format!("`{s}` is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD or YYYX, optionally followed by ~"))
        };
        let (body, approximate) = match s.strip_suffix('~') {
            Some(body) => (body, true),
            None => (s, false),
        };
        let mut parts = body.split('-');
        let year_part = parts.next().ok_or_else(bad)?;
        if year_part.len() != 4 {
            return Err(bad());
        }
        let (year, decade) = match year_part.strip_suffix('X') {
            Some(head) if head.len() == 3 && head.bytes().all(|b| b.is_ascii_digit()) => {
                (head.parse::<i32>().map_err(|_| bad())? * 10, true)
            }
            Some(_) => return Err(bad()),
            None if year_part.bytes().all(|b| b.is_ascii_digit()) => {
                (year_part.parse().map_err(|_| bad())?, false)
            }
            None => return Err(bad()),
        };
        let number = |part: Option<&str>| -> Result<Option<u8>, DateError> {
            match part {
                None => Ok(None),
                Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(Some(p.parse().map_err(|_| bad())?))
                }
                Some(_) => Err(bad()),
            }
        };
        let month = number(parts.next())?;
        let day = number(parts.next())?;
        if parts.next().is_some() || (decade && month.is_some()) {
            return Err(bad());
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError(format!("`{s}`: there is no month {m}")));
            }
        }
        if let (Some(m), Some(d)) = (month, day) {
            if d == 0 || d > days_in_month(year, m) {
                return Err(DateError(format!(
                    "`{s}`: {} {year} has no day {d}",
                    MONTHS[m as usize - 1]
                )));
            }
        }
        let precision = match (decade, month, day) {
            (true, _, _) => Precision::Decade,
            (_, None, _) => Precision::Year,
            (_, Some(_), None) => Precision::Month,
            (_, Some(_), Some(_)) => Precision::Day,
        };
        Ok(Point {
            year,
            month: month.unwrap_or(0),
            day: day.unwrap_or(0),
            precision,
            approximate,
        })
    }
}

impl FromStr for DateSpec {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, DateError> {
        let bound = |part: &str| -> Result<Bound, DateError> {
            if part == ".." {
                Ok(Bound::Open)
            } else {
                part.parse().map(Bound::At)
            }
        };
        match s.split_once('/') {
            None => s.parse().map(DateSpec::Single),
            Some((start, end)) => {
                let (start, end) = (bound(start)?, bound(end)?);
                if let (Bound::At(a), Bound::At(b)) = (start, end) {
                    if a.sort_key() > b.sort_key() {
                        return Err(DateError(format!("`{s}`: the range ends before it starts")));
                    }
                }
                if start == Bound::Open && end == Bound::Open {
                    return Err(DateError(format!("`{s}`: a range needs at least one date")));
                }
                Ok(DateSpec::Range(start, end))
            }
        }
    }
}

impl Point {
    /// Orders points by their earliest possible moment.
    pub fn sort_key(&self) -> (i32, u8, u8) {
        (self.year, self.month, self.day)
    }

    /// The last year this point can stand for (a decade covers ten).
    pub fn last_year(&self) -> i32 {
        match self.precision {
            Precision::Decade => self.year + 9,
            _ => self.year,
        }
    }
}

impl DateSpec {
    /// The earliest year, if known.
    pub fn start_year(&self) -> Option<i32> {
        match self {
            DateSpec::Single(p) | DateSpec::Range(Bound::At(p), _) => Some(p.year),
            DateSpec::Range(Bound::Open, _) => None,
        }
    }

    /// The last year, if bounded (`..` at the end means ongoing).
    pub fn end_year(&self) -> Option<i32> {
        match self {
            DateSpec::Single(p) | DateSpec::Range(_, Bound::At(p)) => Some(p.last_year()),
            DateSpec::Range(_, Bound::Open) => None,
        }
    }

    /// Whether the date touches `year`, with `present` standing for an open end.
    pub fn covers_year(&self, year: i32, present: i32) -> bool {
        let (start, end) = self.years(present);
        (start..=end).contains(&year)
    }

    /// The first and last year the date touches: an open start from the beginning of time,
    /// an open end to `present`.
    pub fn years(&self, present: i32) -> (i32, i32) {
        (
            self.start_year().unwrap_or(i32::MIN),
            self.end_year().unwrap_or(present),
        )
    }

    /// Orders dates by their start (an open start sorts first).
    pub fn sort_key(&self) -> (i32, u8, u8) {
        match self {
            DateSpec::Single(p) | DateSpec::Range(Bound::At(p), _) => p.sort_key(),
            DateSpec::Range(Bound::Open, _) => (i32::MIN, 0, 0),
        }
    }
}

impl fmt::Display for Point {
    /// As a reader expects it: `1965`, `October 8, 1997`, `1970s`, `c. 2006`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.approximate {
            f.write_str("c. ")?;
        }
        let month = || MONTHS[usize::from(self.month.max(1)) - 1];
        match self.precision {
            Precision::Decade => write!(f, "{}s", self.year),
            Precision::Year => write!(f, "{}", self.year),
            Precision::Month => write!(f, "{} {}", month(), self.year),
            Precision::Day => write!(f, "{} {}, {}", month(), self.day, self.year),
        }
    }
}

impl fmt::Display for DateSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateSpec::Single(p) => write!(f, "{p}"),
            DateSpec::Range(Bound::At(a), Bound::At(b)) => write!(f, "{a}–{b}"),
            DateSpec::Range(Bound::At(a), Bound::Open) => write!(f, "{a}–present"),
            DateSpec::Range(Bound::Open, Bound::At(b)) => write!(f, "until {b}"),
            DateSpec::Range(Bound::Open, Bound::Open) => f.write_str("undated"),
        }
    }
}

impl DateSpec {
    /// The EDTF form used in JSON.
    pub fn to_edtf(&self) -> String {
        fn point(p: &Point) -> String {
            let body = match p.precision {
                Precision::Decade => format!("{:03}X", p.year / 10),
                Precision::Year => format!("{:04}", p.year),
                Precision::Month => format!("{:04}-{:02}", p.year, p.month),
                Precision::Day => format!("{:04}-{:02}-{:02}", p.year, p.month, p.day),
            };
            if p.approximate {
                body + "~"
            } else {
                body
            }
        }
        let bound = |b: &Bound| match b {
            Bound::At(p) => point(p),
            Bound::Open => "..".to_owned(),
        };
        match self {
            DateSpec::Single(p) => point(p),
            DateSpec::Range(a, b) => format!("{}/{}", bound(a), bound(b)),
        }
    }
}

impl Serialize for DateSpec {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_edtf())
    }
}

impl<'de> serde::Deserialize<'de> for DateSpec {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <String as serde::Deserialize>::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for DateSpec {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DateSpec".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A date in an EDTF subset: YYYY, YYYY-MM, YYYY-MM-DD, YYYX (decade), a trailing ~ for approximate, START/END ranges where either side may be `..` (open: ongoing, or unknown start).",
            "pattern": "^(([0-9]{3}X|[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)~?|\\.\\.)(/(([0-9]{3}X|[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)~?|\\.\\.))?$",
            "examples": ["1965", "1997-10-08", "197X", "2006~", "1979/1981", "1981/.."]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(s: &str) -> String {
        s.parse::<DateSpec>().unwrap().to_string()
    }

    #[test]
    fn renders_each_precision_as_a_reader_expects() {
        assert_eq!(shown("1965"), "1965");
        assert_eq!(shown("1997-10"), "October 1997");
        assert_eq!(shown("1997-10-08"), "October 8, 1997");
        assert_eq!(shown("197X"), "1970s");
        assert_eq!(shown("2006~"), "c. 2006");
        assert_eq!(shown("1979/1981"), "1979–1981");
        assert_eq!(shown("1981/.."), "1981–present");
        assert_eq!(shown("../1979"), "until 1979");
    }

    #[test]
    fn round_trips_through_edtf() {
        for s in [
            "1965",
            "1997-10",
            "1997-10-08",
            "197X",
            "2006~",
            "1979/1981",
            "1981/..",
            "../1979",
            "199X/200X",
        ] {
            assert_eq!(s.parse::<DateSpec>().unwrap().to_edtf(), s);
        }
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for s in [
            "",
            "65",
            "1997-13",
            "1997-02-30",
            "2001-02-29",
            "1981/1979",
            "../..",
            "19XX",
            "1997-1-8",
            "1997/10/08",
            "present",
        ] {
            assert!(s.parse::<DateSpec>().is_err(), "{s} should be rejected");
        }
        assert!("2000-02-29".parse::<DateSpec>().is_ok());
    }

    #[test]
    fn covers_years_with_open_ends_reaching_the_present() {
        let ongoing: DateSpec = "1981/..".parse().unwrap();
        assert!(ongoing.covers_year(2014, 2015));
        assert!(!ongoing.covers_year(1980, 2015));
        let decade: DateSpec = "197X".parse().unwrap();
        assert!(decade.covers_year(1979, 2015) && !decade.covers_year(1980, 2015));
    }
}

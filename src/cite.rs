//! "Cite this": a profile, or one view of it, as an APA (7th), MLA (9th), Chicago
//! (17th, bibliography) or BibTeX reference, with its stable URL and the access date.
//! The profile's own words are used as they are: its publisher is the author, its title
//! the title, its last update the date.

use crate::model::{Bound, DateSpec, Point, Precision, Profile, MONTHS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Apa,
    Mla,
    Chicago,
    Bibtex,
}

impl Style {
    pub const ALL: [Style; 4] = [Style::Apa, Style::Mla, Style::Chicago, Style::Bibtex];

    pub fn label(self) -> &'static str {
        match self {
            Style::Apa => "APA",
            Style::Mla => "MLA",
            Style::Chicago => "Chicago",
            Style::Bibtex => "BibTeX",
        }
    }
}

/// A calendar day: the day the reader accessed the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub year: i32,
    /// 1–12.
    pub month: u8,
    pub day: u8,
}

pub struct Work<'a> {
    pub profile: &'a Profile,
    /// The view cited ("Timeline"), or `None` for the whole profile.
    pub view: Option<&'a str>,
    /// Its stable address: the app's URL and the view's route, without transient state.
    pub url: &'a str,
    pub accessed: Day,
}

/// MLA abbreviates months longer than four letters.
const MLA_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];
const BIBTEX_MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const SITE: &str = "Dossier";

impl Work<'_> {
    fn title(&self) -> String {
        let title = self
            .profile
            .title
            .clone()
            .unwrap_or_else(|| self.profile.name.clone());
        match self.view {
            Some(view) => format!("{title}: {view}"),
            None => title,
        }
    }

    /// When the profile was last updated, as precisely as it says.
    fn published(&self) -> Option<Point> {
        match self.profile.last_update.date {
            DateSpec::Single(p) => Some(p),
            DateSpec::Range(Bound::At(p), _) => Some(p),
            DateSpec::Range(..) => None,
        }
    }

    fn month(&self, names: &[&str; 12]) -> Option<String> {
        self.published()
            .filter(|p| p.precision >= Precision::Month)
            .and_then(|p| names.get(usize::from(p.month).checked_sub(1)?))
            .map(|m| m.to_string())
    }

    fn day(&self) -> Option<u8> {
        self.published()
            .filter(|p| p.precision == Precision::Day)
            .map(|p| p.day)
    }

    fn year(&self) -> Option<i32> {
        self.published().map(|p| p.year)
    }

    pub fn cite(&self, style: Style) -> String {
        match style {
            Style::Apa => self.apa(),
            Style::Mla => self.mla(),
            Style::Chicago => self.chicago(),
            Style::Bibtex => self.bibtex(),
        }
    }

    /// Author. (Year, Month Day). Title. Site. Retrieved Month Day, Year, from URL
    fn apa(&self) -> String {
        let date = match (self.year(), self.month(&MONTHS), self.day()) {
            (Some(y), Some(m), Some(d)) => format!("{y}, {m} {d}"),
            (Some(y), Some(m), None) => format!("{y}, {m}"),
            (Some(y), None, _) => y.to_string(),
            (None, ..) => "n.d.".to_owned(),
        };
        format!(
            "{}. ({date}). {}. {SITE}. Retrieved {}, from {}",
            end_without_period(&self.profile.publisher),
            self.title(),
            long_date(self.accessed),
            self.url
        )
    }

    /// Author. "Title." Site, Day Mon. Year, URL. Accessed Day Mon. Year.
    fn mla(&self) -> String {
        let date = [
            self.day().map(|d| d.to_string()),
            self.month(&MLA_MONTHS),
            self.year().map(|y| y.to_string()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
        let accessed = &self.accessed;
        format!(
            "{}. “{}.” {SITE}, {}{}. Accessed {} {} {}.",
            end_without_period(&self.profile.publisher),
            self.title(),
            if date.is_empty() {
                String::new()
            } else {
                format!("{date}, ")
            },
            self.url,
            accessed.day,
            MLA_MONTHS[usize::from(accessed.month - 1)],
            accessed.year
        )
    }

    /// Author. "Title." Site. Month Day, Year. Accessed Month Day, Year. URL.
    fn chicago(&self) -> String {
        let date = match (self.year(), self.month(&MONTHS), self.day()) {
            (Some(y), Some(m), Some(d)) => format!("{m} {d}, {y}. "),
            (Some(y), Some(m), None) => format!("{m} {y}. "),
            (Some(y), None, _) => format!("{y}. "),
            (None, ..) => String::new(),
        };
        format!(
            "{}. “{}.” {SITE}. {date}Accessed {}. {}.",
            end_without_period(&self.profile.publisher),
            self.title(),
            long_date(self.accessed),
            self.url
        )
    }

    fn bibtex(&self) -> String {
        let key = format!(
            "dossier-{}{}",
            self.profile.id,
            self.view
                .map(|v| format!("-{}", v.to_lowercase().replace(' ', "-")))
                .unwrap_or_default()
        );
        let mut fields = vec![
            // Double braces: an organization, not "Last, First".
            (
                "author",
                format!("{{{}}}", bibtex_escape(&self.profile.publisher)),
            ),
            ("title", format!("{{{}}}", bibtex_escape(&self.title()))),
            ("howpublished", SITE.to_owned()),
        ];
        if let Some(year) = self.year() {
            fields.push(("year", year.to_string()));
        }
        if let Some(month) = self.month(&BIBTEX_MONTHS) {
            fields.push(("month", month));
        }
        fields.push(("url", self.url.to_owned()));
        let a = self.accessed;
        fields.push(("urldate", format!("{}-{:02}-{:02}", a.year, a.month, a.day)));
        let body: Vec<String> = fields
            .iter()
            .map(|(name, value)| match *name {
                // Months are BibTeX macros, not strings.
                "month" => format!("  {name} = {value}"),
                _ => format!("  {name} = {{{value}}}"),
            })
            .collect();
        format!("@misc{{{key},\n{}\n}}", body.join(",\n"))
    }
}

fn long_date(day: Day) -> String {
    format!(
        "{} {}, {}",
        MONTHS[usize::from(day.month.clamp(1, 12) - 1)],
        day.day,
        day.year
    )
}

/// "Org." not "Org..": an author ending in a period keeps only one.
fn end_without_period(text: &str) -> &str {
    text.trim_end().trim_end_matches('.')
}

/// LaTeX's special characters, escaped; URLs are not passed through this (`url` is verbatim).
fn bibtex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' | '%' | '$' | '#' | '_' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '\\' => out.push_str("\\textbackslash{}"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::mek;

    const URL: &str = "https://example.org/dossier/#/p/mek/timeline";
    const DAY: Day = Day {
        year: 2026,
        month: 11,
        day: 28,
    };

    fn timeline(profile: &Profile) -> Work<'_> {
        Work {
            profile,
            view: Some("Timeline"),
            url: URL,
            accessed: DAY,
        }
    }

    // The expected strings were written by hand from the style guides' web-page patterns.
    #[test]
    fn apa() {
        let profile = mek();
        assert_eq!(
            timeline(&profile).cite(Style::Apa),
            "A Department of Homeland Security Emeritus Center of Excellence led by the University of Maryland. (2015, January). Mujahedin-e Khalq (MEK) Narrative: Timeline. Dossier. Retrieved November 28, 2026, from https://example.org/dossier/#/p/mek/timeline"
        );
    }

    #[test]
    fn mla() {
        let profile = mek();
        assert_eq!(
            timeline(&profile).cite(Style::Mla),
            "A Department of Homeland Security Emeritus Center of Excellence led by the University of Maryland. “Mujahedin-e Khalq (MEK) Narrative: Timeline.” Dossier, Jan. 2015, https://example.org/dossier/#/p/mek/timeline. Accessed 28 Nov. 2026."
        );
    }

    #[test]
    fn chicago() {
        let profile = mek();
        assert_eq!(
            timeline(&profile).cite(Style::Chicago),
            "A Department of Homeland Security Emeritus Center of Excellence led by the University of Maryland. “Mujahedin-e Khalq (MEK) Narrative: Timeline.” Dossier. January 2015. Accessed November 28, 2026. https://example.org/dossier/#/p/mek/timeline."
        );
    }

    #[test]
    fn bibtex() {
        let profile = mek();
        assert_eq!(
            timeline(&profile).cite(Style::Bibtex),
            "@misc{dossier-mek-timeline,
  author = {{A Department of Homeland Security Emeritus Center of Excellence led by the University of Maryland}},
  title = {{Mujahedin-e Khalq (MEK) Narrative: Timeline}},
  howpublished = {Dossier},
  year = {2015},
  month = jan,
  url = {https://example.org/dossier/#/p/mek/timeline},
  urldate = {2026-11-28}
}"
        );
    }

    #[test]
    fn the_whole_profile_a_full_date_and_latex_specials() {
        let mut profile = mek();
        profile.title = None;
        profile.name = "Al-Qa'ida & Co. 100% {real} #1".into();
        profile.publisher = "START.".into();
        profile.last_update.date = "2014-07-28".parse().unwrap();
        let work = Work {
            profile: &profile,
            view: None,
            url: "https://example.org/#/p/x",
            accessed: Day {
                year: 2027,
                month: 1,
                day: 2,
            },
        };
        assert_eq!(
            work.cite(Style::Apa),
            "START. (2014, July 28). Al-Qa'ida & Co. 100% {real} #1. Dossier. Retrieved January 2, 2027, from https://example.org/#/p/x"
        );
        assert_eq!(
            work.cite(Style::Mla),
            "START. “Al-Qa'ida & Co. 100% {real} #1.” Dossier, 28 July 2014, https://example.org/#/p/x. Accessed 2 Jan. 2027."
        );
        assert_eq!(
            work.cite(Style::Chicago),
            "START. “Al-Qa'ida & Co. 100% {real} #1.” Dossier. July 28, 2014. Accessed January 2, 2027. https://example.org/#/p/x."
        );
        let bibtex = work.cite(Style::Bibtex);
        assert!(bibtex.starts_with("@misc{dossier-mek,\n"), "{bibtex}");
        assert!(bibtex.contains(r"title = {{Al-Qa'ida \& Co. 100\% \{real\} \#1}}"));
        assert!(bibtex.contains("  month = jul,\n"));
        assert!(bibtex.contains("  author = {{START.}},\n"));
    }
}

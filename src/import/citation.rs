//! Notes' links and the works they cite: the URL or DOI parsed out of each citation,
//! and notes with the same citation text grouped under one source.

use crate::model::{Profile, Source, MONTHS};
use crate::search::slug;

/// The first `http(s)://` token, without the sentence's closing period.
pub fn url_in(citation: &str) -> Option<String> {
    let start = citation
        .find("http://")
        .or_else(|| citation.find("https://"))?;
    let token = citation[start..].split_whitespace().next()?;
    Some(token.trim_end_matches(['.', ',', ';']).to_owned())
}

/// The DOI after `doi:` (`10.1093/milbal/103.1.344`).
pub fn doi_in(citation: &str) -> Option<String> {
    let lower = citation.to_ascii_lowercase();
    let start = lower.find("doi:")? + 4;
    let token = citation[start..].split_whitespace().next()?;
    let doi = token.trim_end_matches(['.', ',', ';']);
    doi.starts_with("10.").then(|| doi.to_owned())
}

/// Fills each note's `url`, `doi` and `source`, and the profile's sources.
pub fn link_notes(profile: &mut Profile) {
    let mut sources: Vec<(String, Source)> = Vec::new();
    for note in &mut profile.notes {
        note.url = url_in(&note.text);
        note.doi = doi_in(&note.text);
        let key = note.text.trim_end_matches('.').to_owned();
        if let Some((_, source)) = sources.iter().find(|(k, _)| *k == key) {
            note.source = source.id.clone();
            continue;
        }
        let mut source = describe(&note.text, note.url.clone());
        let base = source.id.to_string();
        let mut n = 2;
        while sources.iter().any(|(_, s)| s.id == source.id) {
            source.id = format!("{base}-{n}").as_str().into();
            n += 1;
        }
        note.source = source.id.clone();
        sources.push((key, source));
    }
    profile.sources = sources.into_iter().map(|(_, s)| s).collect();
}

/// The last year (19xx or 20xx) written in the text, inside parentheses or not.
fn year_in(text: &str) -> Option<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .rev()
        .find_map(super::text::year)
}

/// Author, “Title,” Publisher, Date, URL — or, without quotes, Author, Title, …, Date, URL.
fn describe(citation: &str, url: Option<String>) -> Source {
    let body = citation.split(" http").next().unwrap_or(citation);
    let body = body
        .split(", doi:")
        .next()
        .unwrap_or(body)
        .trim()
        .trim_end_matches([',', '.']);
    let (author, title, rest) = match (body.find('“'), body.find('”')) {
        (Some(open), Some(close)) if close > open => {
            let author = body[..open].trim().trim_end_matches(',').trim();
            let title = body[open + '“'.len_utf8()..close]
                .trim()
                .trim_end_matches(',');
            (
                author,
                title,
                body[close + '”'.len_utf8()..].trim_start_matches([',', ' ']),
            )
        }
        _ => {
            let (author, rest) = body.split_once(", ").unwrap_or((body, ""));
            (author, "", rest)
        }
    };
    // The date: the trailing comma-separated parts from the last one holding a year,
    // with a month name before it (`April, 2006`, `July 28, 2014`).
    let parts: Vec<&str> = rest.split(", ").collect();
    let year_at = parts.iter().rposition(|p| year_in(p).is_some());
    let (before, date) = match year_at {
        Some(at) => {
            let start = if at > 0 && MONTHS.iter().any(|m| parts[at - 1].starts_with(m)) {
                at - 1
            } else {
                at
            };
            (parts[..start].join(", "), parts[start..].join(", "))
        }
        None => (rest.to_owned(), String::new()),
    };
    let quoted = body.contains('“');
    let (title, publisher) = match (quoted, before.is_empty()) {
        (true, false) => (title.to_owned(), before),
        (true, true) => (title.to_owned(), date.clone()),
        (false, _) => (before, author.to_owned()),
    };
    let year = year_in(&date).map(|y| y.to_string()).unwrap_or_default();
    let words: Vec<&str> = title.split_whitespace().take(4).collect();
    Source {
        id: format!("{}-{year}", slug(&words.join(" "))).as_str().into(),
        author: (!author.is_empty() && author != publisher).then(|| author.to_owned()),
        title,
        publisher,
        date,
        url,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_links_out_of_citations() {
        let cfr = "Jonathan Masters, “Backgrounder: Mujahadeen-E-Khalq (MEK),” Council on Foreign Relations, July 28, 2014, http://www.cfr.org/iran/mujahadeen-e-khalq-mek/p9158.";
        assert_eq!(
            url_in(cfr).as_deref(),
            Some("http://www.cfr.org/iran/mujahadeen-e-khalq-mek/p9158")
        );
        let mb = "“Selected Non-State Armed Groups,” Military Balance 103 (2003): 344-354, doi: 10.1093/milbal/103.1.344";
        assert_eq!(doi_in(mb).as_deref(), Some("10.1093/milbal/103.1.344"));
        assert_eq!(url_in(mb), None);
    }

    #[test]
    fn describes_a_quoted_citation() {
        let s = describe("Jonathan Masters, “Backgrounder: Mujahadeen-E-Khalq (MEK),” Council on Foreign Relations, July 28, 2014, http://www.cfr.org/x.", None);
        assert_eq!(
            (
                s.author.as_deref(),
                s.title.as_str(),
                s.publisher.as_str(),
                s.date.as_str()
            ),
            (
                Some("Jonathan Masters"),
                "Backgrounder: Mujahadeen-E-Khalq (MEK)",
                "Council on Foreign Relations",
                "July 28, 2014"
            )
        );
        assert_eq!(s.id.as_str(), "backgrounder-mujahadeen-e-khalq-mek-2014");
    }

    #[test]
    fn describes_citations_without_quotes_or_with_odd_dates() {
        let crt = describe("U.S. Department of State, Country Reports on Terrorism 2010, Terrorist Organizations, August 18, 2011, http://www.state.gov/x", None);
        assert_eq!(
            (
                crt.title.as_str(),
                crt.publisher.as_str(),
                crt.date.as_str()
            ),
            (
                "Country Reports on Terrorism 2010, Terrorist Organizations",
                "U.S. Department of State",
                "August 18, 2011"
            )
        );
        let plan = describe("“Maryam Rajavi’s Ten Point Plan for Future Iran,” National Council of Resistance of Iran: Foreign Affairs Committee, April, 2006, http://x", None);
        assert_eq!(
            (plan.publisher.as_str(), plan.date.as_str()),
            (
                "National Council of Resistance of Iran: Foreign Affairs Committee",
                "April, 2006"
            )
        );
        let mb = describe("“Selected Non-State Armed Groups,” Military Balance 103 (2003): 344-354, doi: 10.1093/milbal/103.1.344", None);
        assert_eq!(
            (mb.publisher.as_str(), mb.id.as_str()),
            (
                "Military Balance 103 (2003): 344-354",
                "selected-non-state-armed-groups-2003"
            )
        );
    }
}

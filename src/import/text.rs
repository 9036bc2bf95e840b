//! Reading the narrative's lines: bullets and indentation, `[n]` references, dates.

use crate::model::{DateSpec, Inline, NoteNumber, Text, MONTHS};

/// Lines holding only spaces (including no-break spaces) are blank.
pub fn is_blank(line: &str) -> bool {
    line.chars().all(|c| c.is_whitespace())
}

const BULLETS: [char; 8] = ['•', '◦', '▪', '‣', '·', '-', '*', '–'];

/// A bulleted line: its indentation (a tab counts 4) and its content.
pub fn bullet(line: &str) -> Option<(usize, &str)> {
    let content = line.trim_start();
    let indent: usize = line[..line.len() - content.len()]
        .chars()
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum();
    let mut chars = content.chars();
    let mark = chars.next()?;
    let rest = chars.as_str();
    (BULLETS.contains(&mark) && rest.starts_with(char::is_whitespace))
        .then(|| (indent, rest.trim_start()))
}

/// Text with `[n]` references at their places; spaces stay where they are.
pub fn inline(line: &str) -> Text {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let number = after
            .find(']')
            .and_then(|close| after[..close].parse::<u32>().ok().map(|n| (n, close)));
        match number {
            Some((n, close)) => {
                push_text(&mut out, &rest[..open]);
                out.push(Inline::Note {
                    note: NoteNumber(n),
                });
                rest = &after[close + 1..];
            }
            None => {
                // Not a reference: keep the bracket as text.
                push_text(&mut out, &rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    push_text(&mut out, rest);
    out
}

/// Appends text, joining it to the text before it.
fn push_text(out: &mut Text, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(Inline::Text(t)) => t.push_str(text),
        _ => out.push(Inline::Text(text.to_owned())),
    }
}

/// A short Title Case line without references or closing punctuation.
pub fn looks_like_heading(line: &str) -> bool {
    let trimmed = line.trim();
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    !line.starts_with(char::is_whitespace)
        && (2..=6).contains(&words.len())
        && !trimmed.contains('[')
        && !trimmed.ends_with(['.', ':', ';', ','])
        && !trimmed.chars().any(|c| c.is_ascii_digit())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(*w, "and" | "of" | "over" | "the" | "in" | "to" | "for")
        })
}

/// The first date written in the text: `October 8, 1997`, `January 2015`, `1980-1988`,
/// `1981-present`, `1970s` or a bare year.
pub fn date_of(text: &str) -> Option<DateSpec> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')' || c == '[')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, word) in words.iter().enumerate() {
        if let Some(m) = MONTHS
            .iter()
            .position(|name| word.trim_end_matches('.') == *name)
        {
            let day = words.get(i + 1).and_then(|d| d.parse::<u8>().ok());
            let year = words
                .get(i + 1 + usize::from(day.is_some()))
                .and_then(|y| year(y.trim_end_matches(['.', ':', ';'])));
            if let Some(y) = year {
                let spec = match day {
                    Some(d) => format!("{y:04}-{:02}-{d:02}", m + 1),
                    None => format!("{y:04}-{:02}", m + 1),
                };
                if let Ok(date) = spec.parse() {
                    return Some(date);
                }
            }
        }
        let word = word.trim_end_matches(['.', ':', ';']);
        if let Some((a, b)) = word.split_once('-') {
            if let (Some(a), Some(b)) = (
                year(a),
                year(b)
                    .map(|b| b.to_string())
                    .or_else(|| b.eq_ignore_ascii_case("present").then(|| "..".to_owned())),
            ) {
                if let Ok(date) = format!("{a}/{b}").parse() {
                    return Some(date);
                }
            }
        }
        if let Some(decade) = word.strip_suffix('s').and_then(year) {
            if decade % 10 == 0 {
                return format!("{}X", decade / 10).parse().ok();
            }
        }
        if let Some(y) = year(word) {
            return y.to_string().parse().ok();
        }
    }
    None
}

pub fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && (word.starts_with("19") || word.starts_with("20")))
        .then(|| word.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bullets_of_any_kind_and_their_indentation() {
        assert_eq!(
            bullet("  • 1965-1979: Iran[16]"),
            Some((2, "1965-1979: Iran[16]"))
        );
        assert_eq!(bullet("\t- Fake charities."), Some((4, "Fake charities.")));
        assert_eq!(bullet("    * x"), Some((4, "x")));
        assert_eq!(bullet("-5 degrees"), None);
        assert_eq!(bullet("History"), None);
    }

    #[test]
    fn keeps_references_at_their_places_and_other_brackets_as_text() {
        let text = inline("exile. [9] and [sic] x[10]");
        assert_eq!(
            text,
            vec![
                Inline::Text("exile. ".into()),
                Inline::Note {
                    note: NoteNumber(9)
                },
                Inline::Text(" and [sic] x".into()),
                Inline::Note {
                    note: NoteNumber(10)
                }
            ]
        );
    }

    #[test]
    fn reads_the_dates_a_narrative_writes() {
        let d = |s: &str| date_of(s).map(|d| d.to_edtf());
        assert_eq!(
            d("Designated terrorist organization, October 8, 1997.[57]").as_deref(),
            Some("1997-10-08")
        );
        assert_eq!(d("January 2015").as_deref(), Some("2015-01"));
        assert_eq!(d("1980-1988 Iran-Iraq war").as_deref(), Some("1980/1988"));
        assert_eq!(d("1981-present: Iraq").as_deref(), Some("1981/.."));
        assert_eq!(d("Throughout the 1970s, the MEK").as_deref(), Some("197X"));
        assert_eq!(d("in 2003 [31]").as_deref(), Some("2003"));
        assert_eq!(d("no date here, 123 people"), None);
    }

    #[test]
    fn tells_headings_from_short_content() {
        assert!(looks_like_heading("Political Activity"));
        assert!(looks_like_heading("Leadership and Structure over Time"));
        assert!(!looks_like_heading("Leftist-Marxist"));
        assert!(!looks_like_heading("1965"));
        assert!(!looks_like_heading("Fake charities."));
    }
}

//! Catalog search: by name or alias, ignoring case, accents and apostrophe style.

use crate::model::CatalogEntry;

/// Lowercases and strips diacritics from Latin letters; folds typographic quotes and dashes.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        // Most text is ASCII: no table to look in (the timeline folds every event's text).
        if c.is_ascii() && c != '`' {
            folded.push(c.to_ascii_lowercase());
        } else {
            folded.extend(fold_char(c));
        }
    }
    folded
}

fn fold_char(c: char) -> impl Iterator<Item = char> {
    let folded: &'static str = match c {
        'À'..='Å' | 'à'..='å' | 'Ā'..='ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć'..='č' => "c",
        'Ď'..='đ' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē'..='ě' => "e",
        'Ĝ'..='ģ' => "g",
        'Ĥ'..='ħ' => "h",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ'..='ı' => "i",
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' => "k",
        'Ĺ'..='ł' => "l",
        'Ñ' | 'ñ' | 'Ń'..='ŉ' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō'..='ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ŕ'..='ř' => "r",
        'Ś'..='š' => "s",
        'ß' => "ss",
        'Ţ'..='ŧ' => "t",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ'..='ų' => "u",
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => "y",
        'Ź'..='ž' => "z",
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => "'",
        '\u{2010}'..='\u{2015}' => "-",
        // Combining marks (a decomposed accent) vanish.
        '\u{0300}'..='\u{036F}' => "",
        _ => return Folded::Other(c.to_lowercase()),
    };
    Folded::Table(folded.chars())
}

enum Folded {
    Table(std::str::Chars<'static>),
    Other(std::char::ToLowercase),
}

impl Iterator for Folded {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        match self {
            Folded::Table(chars) => chars.next(),
            Folded::Other(chars) => chars.next(),
        }
    }
}

/// A URL- and id-safe form of a text: folded, lowercase ASCII letters and digits, single hyphens.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Whether the entry's name or one of its aliases contains the query (folded).
/// An empty query matches everything.
pub fn matches(entry: &CatalogEntry, query: &str) -> bool {
    let query = fold(query.trim());
    query.is_empty()
        || std::iter::once(&entry.name)
            .chain(&entry.aliases)
            .any(|name| fold(name).contains(&query))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mek() -> CatalogEntry {
        CatalogEntry {
            id: "mek".into(),
            name: "Mujahedin-E Khalq (MEK)".into(),
            aliases: vec![
                "People’s Mujahideen of Iran (PMOI)".into(),
                "Sazeman-e Mujahadin-e Khalq-e Iran".into(),
            ],
            summary: None,
            last_update: "January 2015".into(),
            publisher: None,
        }
    }

    #[test]
    fn finds_by_alias_and_name_in_any_case() {
        assert!(matches(&mek(), "PMOI"));
        assert!(matches(&mek(), "pmoi"));
        assert!(matches(&mek(), "mujahedin"));
        assert!(matches(&mek(), "  MUJAHIDEEN of  ".trim()));
        assert!(!matches(&mek(), "hezbollah"));
    }

    #[test]
    fn ignores_accents_and_apostrophe_style() {
        assert!(matches(&mek(), "Mujahédin"));
        assert!(matches(&mek(), "people's mujahideen"));
        assert!(matches(&mek(), "SAZEMAN-E"));
        assert_eq!(fold("Mu\u{0301}jahedin Ça Œuvre"), "mujahedin ca oeuvre");
    }

    #[test]
    fn the_ascii_shortcut_folds_as_the_table_does() {
        for c in (0u8..128).map(char::from) {
            assert_eq!(
                fold(&c.to_string()),
                fold_char(c).collect::<String>(),
                "{c:?}"
            );
        }
        assert_eq!(fold("`Ali`"), "'ali'");
    }

    #[test]
    fn an_empty_query_matches_everything() {
        assert!(matches(&mek(), "   "));
    }
}

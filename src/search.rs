//! Catalog search: by name or alias, ignoring case, accents and apostrophe style.

use crate::lowercase::push_lowercase;
use crate::model::CatalogEntry;

/// Lowercases and strips diacritics from Latin letters; folds typographic quotes and dashes.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        // Most text is ASCII: no table to look in (the timeline folds every event's text).
        if c.is_ascii() && c != '`' {
            folded.push(c.to_ascii_lowercase());
        } else {
            fold_char(c, &mut folded);
        }
    }
    folded
}

fn fold_char(c: char, folded: &mut String) {
    let table: &'static str = match c {
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
        _ => return push_lowercase(c, folded),
    };
    folded.push_str(table);
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

/// What the catalog's search looks in: the entry's name and aliases, a line each, folded.
/// A pre-rendered catalog writes it on each entry, for its first code to search without
/// reading the catalog.
pub fn search_key(entry: &CatalogEntry) -> String {
    let names: Vec<&str> = std::iter::once(&entry.name)
        .chain(&entry.aliases)
        .map(String::as_str)
        .collect();
    fold(&names.join("\n"))
}

/// Whether a `search_key` matches `query`: one of its lines contains the query, folded (once,
/// for every key asked). A query holds no line break, so it cannot match across two names;
/// an empty one matches everything.
pub fn key_matcher(query: &str) -> impl Fn(&str) -> bool {
    let query = fold(query.trim());
    // A window at a time: keys are short, and `str::contains`'s searcher would be more code
    // in the home page's first load than the whole search.
    move |key| {
        query.is_empty()
            || key
                .as_bytes()
                .windows(query.len())
                .any(|window| window == query.as_bytes())
    }
}

/// The line that says how many of the `total` profiles match `query`.
pub fn count_text(shown: usize, total: usize, query: &str) -> String {
    match shown {
        n if n == total => format!("{total} profile{}", if total == 1 { "" } else { "s" }),
        0 => format!("No profile matches “{query}”."),
        n => format!("{n} of {total} profiles match."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(entry: &CatalogEntry, query: &str) -> bool {
        key_matcher(query)(&search_key(entry))
    }

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
    fn the_count_says_how_many_match() {
        assert_eq!(count_text(1, 1, ""), "1 profile");
        assert_eq!(count_text(3, 3, ""), "3 profiles");
        assert_eq!(
            count_text(0, 3, "hezbollah"),
            "No profile matches “hezbollah”."
        );
        assert_eq!(count_text(2, 3, "a"), "2 of 3 profiles match.");
    }

    #[test]
    fn a_query_does_not_match_across_two_names() {
        // "…(MEK)" then "People’s…": folded and joined, but a query has no line break.
        assert!(!matches(&mek(), "mek) people"));
        assert!(matches(&mek(), "(mek)"));
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
                {
                    let mut folded = String::new();
                    fold_char(c, &mut folded);
                    folded
                },
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

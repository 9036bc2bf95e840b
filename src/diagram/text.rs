//! Estimated text widths and line wrapping for the diagram's labels. The estimate is
//! deliberately generous so that a label fits its box in any sans-serif font: the
//! layout must not depend on the browser's font metrics to stay the same everywhere.

/// Width in em of one character of a sans-serif font, rounded up.
fn em(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | '.' | ',' | '\'' | '’' | '|' | '!' | ':' | ';' => 0.3,
        'f' | 'r' | 't' | 'I' | ' ' | '(' | ')' | '-' | '[' | ']' | '/' => 0.38,
        'm' | 'w' | 'M' | 'W' | '@' => 0.92,
        'A'..='Z' => 0.72,
        '0'..='9' => 0.58,
        'a'..='z' => 0.58,
        // Wide scripts (CJK and beyond) take a full em.
        c if c as u32 >= 0x2E80 => 1.0,
        _ => 0.75,
    }
}

pub fn text_width(text: &str, font_size: f64, bold: bool) -> f64 {
    let weight = if bold { 1.08 } else { 1.0 };
    text.chars().map(em).sum::<f64>() * font_size * weight
}

/// Wraps `text` into at most `max_lines` lines no wider than `width`: breaks between
/// words, inside a word only when it is wider than a line, and ends with `…` when cut.
pub fn wrap(text: &str, width: f64, font_size: f64, bold: bool, max_lines: usize) -> Vec<String> {
    let fits = |s: &str| text_width(s, font_size, bold) <= width;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if fits(&candidate) {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if !fits(&line) {
                line.pop();
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
        if lines.len() > max_lines {
            break;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = &mut lines[max_lines - 1];
        while !last.is_empty() && !fits(&format!("{last}…")) {
            last.pop();
        }
        last.push('…');
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_between_words_within_the_width() {
        let lines = wrap(
            "National Council of Resistance of Iran (NCRI)",
            120.0,
            13.0,
            false,
            6,
        );
        assert!(lines.len() > 1);
        assert_eq!(
            lines.join(" "),
            "National Council of Resistance of Iran (NCRI)"
        );
        assert!(lines.iter().all(|l| text_width(l, 13.0, false) <= 120.0));
    }

    #[test]
    fn breaks_a_word_longer_than_a_line() {
        let lines = wrap(&"x".repeat(60), 100.0, 12.0, false, 10);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "x".repeat(60));
    }

    #[test]
    fn cuts_very_long_names_with_an_ellipsis() {
        let lines = wrap(&"word ".repeat(20_000), 100.0, 12.0, true, 4);
        assert_eq!(lines.len(), 4);
        assert!(lines[3].ends_with('…'));
        assert!(lines.iter().all(|l| text_width(l, 12.0, true) <= 100.0));
    }

    #[test]
    fn an_empty_name_has_no_lines() {
        assert!(wrap("  ", 100.0, 12.0, false, 3).is_empty());
    }
}

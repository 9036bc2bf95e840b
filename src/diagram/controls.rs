//! What the diagram's controls say and how its year plays, for the app's view and for the
//! first code of a pre-rendered diagram page (`ui::diagram::written_diagram`) alike.

use std::time::Duration;

/// How long each year shows while playing.
pub const PLAY_STEP: Duration = Duration::from_millis(900);

/// The year Play starts from: the first, unless a year before the last is chosen already.
pub fn play_start(year: Option<i32>, (first, last): (i32, i32)) -> i32 {
    match year {
        Some(year) if year < last => year,
        _ => first,
    }
}

/// The year after `year` while playing up to `last`; `None` when the play is over.
pub fn play_next(year: Option<i32>, last: i32) -> Option<i32> {
    year.filter(|y| *y < last).map(|y| y + 1)
}

/// The status line: how many of the `total` relationships the filter shows.
pub fn status_text(shown: usize, total: usize, year: Option<i32>, undated: usize) -> String {
    let mut text = match (shown, year) {
        (0, _) => "No relationship matches these filters.".to_owned(),
        (n, None) if n == total => format!("{total} relationships"),
        (n, None) => format!("{n} of {total} relationships"),
        (n, Some(y)) => format!("{n} of {total} relationships active in {y}"),
    };
    if year.is_some() && undated > 0 {
        text.push_str(&format!(
            " (including {undated} undated, shown in every year)"
        ));
    }
    text
}

/// The year beside the slider.
pub fn year_text(year: Option<i32>) -> String {
    year.map_or_else(|| "All".to_owned(), |y| y.to_string())
}

/// The slider's value as a screen reader says it.
pub fn year_value_text(year: Option<i32>) -> String {
    year.map_or_else(|| "All years".to_owned(), |y| y.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn play_runs_from_the_chosen_year_to_the_last_then_stops() {
        assert_eq!(play_start(None, (1965, 2015)), 1965);
        assert_eq!(play_start(Some(1990), (1965, 2015)), 1990);
        assert_eq!(play_start(Some(2015), (1965, 2015)), 1965);
        assert_eq!(play_next(Some(1990), 2015), Some(1991));
        assert_eq!(play_next(Some(2015), 2015), None);
        assert_eq!(play_next(None, 2015), None);
    }

    #[test]
    fn the_status_says_what_is_shown_and_when() {
        assert_eq!(status_text(22, 22, None, 4), "22 relationships");
        assert_eq!(status_text(3, 22, None, 4), "3 of 22 relationships");
        assert_eq!(
            status_text(9, 22, Some(1990), 4),
            "9 of 22 relationships active in 1990 (including 4 undated, shown in every year)"
        );
        assert_eq!(
            status_text(9, 22, Some(1990), 0),
            "9 of 22 relationships active in 1990"
        );
        assert_eq!(
            status_text(0, 22, Some(1990), 4),
            "No relationship matches these filters. (including 4 undated, shown in every year)"
        );
        assert_eq!(year_text(None), "All");
        assert_eq!(year_value_text(Some(1990)), "1990");
    }
}

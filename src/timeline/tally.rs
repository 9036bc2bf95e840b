//! The words the timeline says its counts in: the app's view and the written page's first code
//! (`written_timeline`) say them alike.

/// The filters' status line: how many of the `total` events match.
pub fn status_text(matching: usize, total: usize) -> String {
    match matching {
        0 => "No event matches these filters.".to_owned(),
        n if n == total => format!("{total} events"),
        n => format!("{n} of {total} events match"),
    }
}

/// A group's count in its heading: its events, and how many match while a filter is on.
pub fn group_count_text(in_group: usize, matching: usize, filtering: bool) -> String {
    let noun = if in_group == 1 { "event" } else { "events" };
    if filtering {
        format!("{in_group} {noun}, {matching} match")
    } else {
        format!("{in_group} {noun}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_says_all_some_or_none() {
        assert_eq!(status_text(31, 31), "31 events");
        assert_eq!(status_text(4, 31), "4 of 31 events match");
        assert_eq!(status_text(0, 31), "No event matches these filters.");
    }

    #[test]
    fn a_group_says_its_matches_only_while_filtering() {
        assert_eq!(group_count_text(1, 1, false), "1 event");
        assert_eq!(group_count_text(12, 3, true), "12 events, 3 match");
        assert_eq!(group_count_text(12, 12, false), "12 events");
    }
}

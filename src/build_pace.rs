//! How many items of a long list the next animation frame builds: as many as fit in the
//! list's budget of milliseconds on this device, so that a slow phone builds few per frame and
//! never blocks the page for long, and a fast laptop builds many and finishes sooner.

/// How a list grows: `first` items in the first frame, then what `budget_ms` holds.
#[derive(Clone, Copy)]
pub struct Pace {
    pub first: usize,
    pub budget_ms: f64,
}

/// The budget of the lists built while a page loads (the text, its notes): a task over 50 ms
/// blocks the page, and a phone is some four times slower than the laptop that measured this.
pub const WHILE_LOADING_MS: f64 = 4.0;

/// Lists of at least this many items skip the layout and paint of the items off screen (class
/// `--long`, CSS `content-visibility`). A shorter list is laid out whole, for a cost no one
/// notices: a skipped item keeps a guessed height, and its content, measured off screen,
/// overlaps the next items' (Lighthouse's target-size audit failed the MEK's 12 works on it).
pub const SKIPS_OFFSCREEN_FROM: usize = 100;

/// The classes of a list of `len` items whose own class is `list`: `{list}--long` too when it
/// is long enough to skip its items off screen.
pub fn list_classes(list: &str, len: usize) -> String {
    if len >= SKIPS_OFFSCREEN_FROM {
        format!("{list} {list}--long")
    } else {
        list.to_owned()
    }
}

/// The share of the rest of a frame's work that a list may add to it. On a page so big that
/// laying it out costs 100 ms a frame, a list held to its own 4 ms a frame builds in
/// hundreds of frames, each paying those 100 ms; on a page that lays out in a few ms, the
/// list's own budget holds.
const SHARE_OF_FRAME: f64 = 0.25;

/// The list's budget for the next frame: its own `budget_ms`, or a share of what the last
/// frame (`frame_ms`, from one frame's build to the next, idle time included) cost besides the
/// list's `took_ms`, whichever is more.
pub fn frame_budget(budget_ms: f64, frame_ms: f64, took_ms: f64) -> f64 {
    budget_ms.max((frame_ms - took_ms) * SHARE_OF_FRAME)
}

/// The count for the next frame, from this frame's `count` and the milliseconds it took:
/// what `budget_ms` holds at this frame's pace, at least one item, at most twice as many.
pub fn next_count(count: usize, took_ms: f64, budget_ms: f64) -> usize {
    let count = count.max(1);
    if took_ms <= 0.0 {
        return count * 2; // Faster than the clock measures.
    }
    let fits = (budget_ms * count as f64 / took_ms) as usize;
    fits.clamp(1, count * 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUDGET_MS: f64 = 4.0;

    #[test]
    fn a_quick_frame_doubles_the_count_at_most() {
        assert_eq!(next_count(10, 0.5, BUDGET_MS), 20);
        assert_eq!(next_count(10, 0.0, BUDGET_MS), 20);
    }

    #[test]
    fn a_slow_frame_shrinks_the_count_to_what_fits() {
        // 10 items in 8 ms: 5 fit in 4 ms.
        assert_eq!(next_count(10, 8.0, BUDGET_MS), 5);
        assert_eq!(next_count(20, 3.0 * BUDGET_MS, BUDGET_MS), 6);
    }

    #[test]
    fn at_least_one_item() {
        assert_eq!(next_count(1, 100.0, BUDGET_MS), 1);
        assert_eq!(next_count(0, 100.0, BUDGET_MS), 1);
    }

    #[test]
    fn a_light_page_keeps_the_lists_own_budget() {
        // 60 frames a second, 4 ms of it the list's: the rest is mostly idle.
        assert_eq!(frame_budget(BUDGET_MS, 1000.0 / 60.0, 4.0), BUDGET_MS);
        assert_eq!(frame_budget(BUDGET_MS, 0.0, 4.0), BUDGET_MS); // The first frame.
    }

    #[test]
    fn a_heavy_page_lets_the_list_take_a_share_of_its_frames() {
        // 104 ms frames of which the list took 4: 100 ms of other work, a quarter of it.
        assert_eq!(frame_budget(BUDGET_MS, 104.0, 4.0), 25.0);
    }

    #[test]
    fn only_a_long_list_skips_its_items_off_screen() {
        assert_eq!(list_classes("notes__list", 59), "notes__list");
        assert_eq!(
            list_classes("notes__list", SKIPS_OFFSCREEN_FROM - 1),
            "notes__list"
        );
        assert_eq!(
            list_classes("notes__list", SKIPS_OFFSCREEN_FROM),
            "notes__list notes__list--long"
        );
    }

    #[test]
    fn a_frame_on_budget_keeps_its_count() {
        assert_eq!(next_count(7, BUDGET_MS, BUDGET_MS), 7);
    }
}

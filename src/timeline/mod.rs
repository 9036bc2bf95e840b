//! The timeline's logic: events grouped into eras (or decades), filtered by category and
//! text, the overview strip, the period spans, and the view's state as URL parameters.

mod compare;
mod filter;
mod grouping;
mod overview;
mod state;
mod tally;

pub use compare::{compare, Comparison, Decade, Mark};
pub use filter::{apply_filter, event_search_key, Filtered, SearchIndex, TimelineFilter};
pub use grouping::{group_events, Group};
pub use overview::{decade_counts, period_rows, year_histogram, DecadeCount, PeriodRow, Span};
pub use state::{category_from_str, category_key, TimelineState};
pub use tally::{group_count_text, status_text};

use crate::model::Category;

/// A category's marker: a shape that tells categories apart without colour.
pub fn category_symbol(category: Category) -> &'static str {
    match category {
        Category::Founding => "★",
        Category::Leadership => "◆",
        Category::Attack => "▲",
        Category::Conflict => "✖",
        Category::Relocation => "➜",
        Category::Alliance => "↔",
        Category::Designation => "■",
        Category::Counterterrorism => "▼",
        Category::Strength => "●",
        Category::Political => "◉",
        Category::Financing => "$",
    }
}

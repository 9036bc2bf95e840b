//! A profile's page: its title block, tabs, text, contents, notes and sources, and its other views'
//! code.

pub(crate) mod inline_text;
pub(crate) mod lazy_pane;
pub(crate) mod narrative;
pub(crate) mod notes_list;
pub(crate) mod print_header;
pub(crate) mod printed_notes;
pub(crate) mod problems_alert;
pub(crate) mod profile_header;
pub(crate) mod profile_page;
pub(crate) mod sources_list;
pub(crate) mod table_of_contents;
pub(crate) mod use_progressive_count;
pub(crate) mod use_scroll_spy;
pub(crate) mod views_nav;

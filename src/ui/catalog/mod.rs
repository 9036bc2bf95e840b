//! The home page: every profile, and the search.

pub(crate) mod catalog_page;
pub(crate) mod lazy_catalog;
pub(crate) mod written_search;

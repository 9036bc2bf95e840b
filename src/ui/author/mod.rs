//! The Author page: a profile (or a START-style narrative) dropped, picked or pasted, checked
//! by the validator, drafted by the importer, previewed as it will be published, and saved.
//! Its code is fetched on that page only.

pub(crate) mod author_page;
pub(crate) mod author_preview;
pub(crate) mod drafts_list;
pub(crate) mod excerpt;
pub(crate) mod lazy_author;
pub(crate) mod problems_list;
pub(crate) mod text_input;

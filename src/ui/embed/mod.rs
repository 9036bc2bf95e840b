//! The app inside another site's iframe, and the dialog that builds its snippet.

pub(crate) mod embed_app;
pub(crate) mod embed_dialog;
pub(crate) mod embed_mode;
pub(crate) mod embed_navigation;
pub(crate) mod embed_page;
pub(crate) mod embed_size;
pub(crate) mod embed_view;
pub(crate) mod lazy_embed_app;

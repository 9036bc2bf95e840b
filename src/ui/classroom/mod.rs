//! For the classroom: print, cite, copy, present, the keyboard shortcuts, and two profiles
//! compared.

pub(crate) mod cite_dialog;
pub(crate) mod compare_page;
pub(crate) mod copy_button;
pub(crate) mod lazy_compare;
pub(crate) mod lazy_dialogs;
pub(crate) mod modal;
pub(crate) mod shortcuts;
pub(crate) mod use_printing;

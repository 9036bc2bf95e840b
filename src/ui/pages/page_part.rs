//! A part of a page that the app makes live on a pre-rendered page. The pre-renderer writes it
//! with the rest of the page; the app, when it arrives, builds the same part with the same
//! components and puts it in the pre-rendered one's place (`take_over`). What is not in a part
//! (the profile's text, its sources) has nothing to do and stays as the pre-renderer wrote it.

use leptos::prelude::*;

/// The parts a page can have, by the name the page and the app find them under.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PartName {
    /// The site header's Present switch and shortcuts' help.
    SiteTools,
    /// A profile's tabs, and its Copy link, Cite, Embed and Footnote previews switch.
    Views,
    /// A profile's contents, marking the section being read.
    Contents,
    /// A profile's notes, with their copy buttons.
    Notes,
    /// The page's view: the catalog and its search, a profile's timeline or diagram.
    View,
    /// The one footnote preview (empty until a marker opens it).
    Preview,
    /// An embed's credit line, whose link follows the view's state.
    Credit,
}

impl PartName {
    pub fn key(self) -> &'static str {
        match self {
            PartName::SiteTools => "site-tools",
            PartName::Views => "views",
            PartName::Contents => "contents",
            PartName::Notes => "notes",
            PartName::View => "view",
            PartName::Preview => "preview",
            PartName::Credit => "credit",
        }
    }
}

/// The part's box: `display: contents`, so that it changes no layout around what it holds.
#[component]
pub fn PagePart(name: PartName, children: Children) -> impl IntoView {
    view! { <div class="part" data-part=name.key()>{children()}</div> }
}

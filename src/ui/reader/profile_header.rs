//! A profile's title block: name, aliases, last update, publisher.

use crate::model::{CatalogEntry, Profile};
use leptos::prelude::*;

/// What the title block shows: from the profile, or from its catalog entry while the profile
/// loads (the validator checks that the two agree).
#[derive(Clone)]
pub struct HeaderText {
    publisher: String,
    name: String,
    aliases: Vec<String>,
    updated: String,
    /// The last update as a date; the catalog has only its words.
    datetime: Option<String>,
}

impl HeaderText {
    pub fn of(profile: &Profile) -> Self {
        HeaderText {
            publisher: profile.publisher.clone(),
            name: profile.name.clone(),
            aliases: profile.aliases.clone(),
            updated: profile.last_update.text.clone(),
            datetime: Some(profile.last_update.date.to_edtf()),
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// `None` for an entry without the publisher line: a title block that gained a line
    /// when the profile came would move everything under it.
    pub fn of_entry(entry: &CatalogEntry) -> Option<Self> {
        Some(HeaderText {
            publisher: entry.publisher.clone()?,
            name: entry.name.clone(),
            aliases: entry.aliases.clone(),
            updated: entry.last_update.clone(),
            datetime: None,
        })
    }
}

/// `compact`: on a view (the timeline, the diagram), the name alone, on one line, so that the
/// first screen is the view's.
#[component]
pub fn ProfileHeader(header: HeaderText, #[prop(optional)] compact: bool) -> impl IntoView {
    if compact {
        return view! {
            <header class="profile-header profile-header--compact">
                <h1 class="profile-header__name">{header.name}</h1>
            </header>
        }
        .into_any();
    }
    view! {
        <header class="profile-header">
            <p class="profile-header__publisher">{header.publisher}</p>
            <h1 class="profile-header__name">{header.name}</h1>
            {(!header.aliases.is_empty()).then(|| view! {
                <p class="profile-header__aliases">
                    <span class="profile-header__label">"Aliases: "</span>
                    {header.aliases.join("; ")}
                </p>
            })}
            <p class="profile-header__updated">
                <span class="profile-header__label">"Last update: "</span>
                <time datetime=header.datetime>{header.updated}</time>
            </p>
        </header>
    }
    .into_any()
}

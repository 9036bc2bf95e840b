//! A profile's title block: name, aliases, last update, publisher.

use crate::model::Profile;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ProfileHeader(profile: Arc<Profile>) -> impl IntoView {
    view! {
        <header class="profile-header">
            <p class="profile-header__publisher">{profile.publisher.clone()}</p>
            <h1 class="profile-header__name">{profile.name.clone()}</h1>
            {(!profile.aliases.is_empty()).then(|| view! {
                <p class="profile-header__aliases">
                    <span class="profile-header__label">"Aliases: "</span>
                    {profile.aliases.join("; ")}
                </p>
            })}
            <p class="profile-header__updated">
                <span class="profile-header__label">"Last update: "</span>
                <time datetime=profile.last_update.date.to_edtf()>{profile.last_update.text.clone()}</time>
            </p>
        </header>
    }
}

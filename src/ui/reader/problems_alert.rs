//! What the validator finds wrong with a profile, shown above it.

use crate::model::Profile;
use crate::ui::shell::after_paint::after_next_paint;
use crate::validate::check_profile;
use leptos::prelude::*;
use std::sync::Arc;

/// What the validator finds wrong with the profile, shown above it (nothing when all is well).
/// In the app, checked once the profile is on screen: the check walks all of it, and for a
/// valid profile (nearly always) it adds nothing to the first frame but time. A pre-rendered
/// page has it written in.
#[component]
pub fn ProblemsAlert(profile: Arc<Profile>) -> impl IntoView {
    let problems = RwSignal::new(Vec::new());
    if is_server() {
        problems.set(check_profile(&profile));
    }
    after_next_paint(move || {
        problems.try_set(check_profile(&profile));
    });
    move || {
        problems.with(|problems| {
            (!problems.is_empty()).then(|| view! {
                <aside class="status status--warning" role="alert">
                    <h2 class="status__title">{format!("This profile has {} problem{}", problems.len(), if problems.len() == 1 { "" } else { "s" })}</h2>
                    <ul class="status__list">
                        {problems.iter().map(|p| view! { <li><code>{p.location.to_string()}</code>": "{p.message.clone()}</li> }).collect_view()}
                    </ul>
                </aside>
            })
        })
    }
}

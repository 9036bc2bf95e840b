//! The card for the pointed-at, focused or opened actor or link: the source's words
//! with their footnote markers (which preview like the reader's), period and certainty.

use crate::decimal::fixed;
use crate::diagram::{certainty_text, direction_text, link_style, period_text, Item, Layout, Zone};
use crate::model::{Certainty, Profile, Relationship, RelationshipType};
use crate::route::Route;
use crate::ui::footnotes::note_marker::note_marker;
use crate::ui::footnotes::preview_state::PreviewState;
use crate::ui::reader::inline_text::{inline_text, MarkerIds};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn RelationshipCard(
    profile: Arc<Profile>,
    layout: Memo<Arc<Layout>>,
    shown: Memo<Vec<bool>>,
    #[prop(into)] item: Signal<Option<Item>>,
    /// Opened (kept, interactive) rather than previewed while pointed at.
    #[prop(into)]
    open: Signal<bool>,
    on_close: Callback<()>,
    heading_ref: NodeRef<leptos::html::H3>,
) -> impl IntoView {
    let previews = PreviewState::get();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        // Escape closes an open footnote preview first, the card only after.
        if ev.key() == "Escape" && previews.open.with_untracked(Option::is_none) {
            ev.prevent_default();
            on_close.run(());
        }
    };
    move || {
        let item = item.get()?;
        let lay = layout.get();
        let ids = MarkerIds::new("dg-card-");
        let (title, body) = match item {
            Item::Centre => {
                let n = shown.with(|s| s.iter().filter(|v| **v).count());
                (
                    profile.name.clone(),
                    view! { <p class="card__meta">{format!("{n} of {} relationships shown. Point at or focus an actor or a link to read what the source says.", profile.relationships.len())}</p> }.into_any(),
                )
            }
            Item::Link(l) => {
                let rel = &profile.relationships[lay.links[l].relationship];
                (
                    format!(
                        "{}: {}",
                        rel.kind.label(),
                        crate::diagram::counterpart(&profile, rel)
                    ),
                    relationship_entry(&profile, rel, &ids).into_any(),
                )
            }
            Item::Node(n) => {
                let node = &lay.nodes[n];
                let actor = &profile.actors[node.actor];
                let own: Vec<usize> = lay
                    .links
                    .iter()
                    .filter(|k| k.node == n)
                    .map(|k| k.relationship)
                    .collect();
                let hidden = shown.with(|s| own.iter().filter(|r| !s[**r]).count());
                let rels: Vec<&Relationship> =
                    own.iter().map(|r| &profile.relationships[*r]).collect();
                let link = actor.profile.as_ref().map(|p| {
                    let href = Route::Profile { id: p.to_string(), anchor: None }.href();
                    view! { <p><a href=href>{format!("Open the profile of {}", actor.name)}</a></p> }
                });
                (
                    actor.name.clone(),
                    view! {
                        <p class="card__meta">{zone_phrase(node.zone)}
                            {(hidden > 0).then(|| format!(" {hidden} of its {} relationships fall outside the current filters.", rels.len()))}
                        </p>
                        {link}
                        {rels.iter().map(|rel| relationship_entry(&profile, rel, &ids)).collect_view()}
                    }
                    .into_any(),
                )
            }
        };
        // The card sits in the corner away from the item, so it never hides it.
        let x = match item {
            Item::Centre => 0.0,
            Item::Link(l) => lay.links[l].mid.0,
            Item::Node(n) => lay.nodes[n].label.rect.left + lay.nodes[n].label.rect.width / 2.0,
        };
        let on_left = x > lay.width / 2.0;
        Some(view! {
            <aside class="diagram-card" class:diagram-card--left=on_left class:diagram-card--preview=move || !open.get()
                aria-labelledby="diagram-card-title" on:keydown=on_keydown>
                <div class="diagram-card__head">
                    <h3 class="diagram-card__title" id="diagram-card-title" tabindex="-1" node_ref=heading_ref>{title}</h3>
                    <button type="button" class="diagram-card__close" aria-label="Close the card" hidden=move || !open.get() on:click=move |_| on_close.run(())>"×"</button>
                </div>
                {body}
                <p class="diagram-card__hint" hidden=move || open.get()>"Click or press Enter to keep this card open and read its notes."</p>
            </aside>
        })
    }
}

fn zone_phrase(zone: Zone) -> &'static str {
    match zone {
        Zone::Inner => "Part of the organization.",
        Zone::Support => "On the organization's side.",
        Zone::Opposition => "Against the organization.",
        Zone::Apart => "Designated the organization.",
    }
}

/// One relationship: type, period, certainty, who acts on whom, the source's words, notes.
pub fn relationship_entry(
    profile: &Arc<Profile>,
    rel: &Relationship,
    ids: &MarkerIds,
) -> impl IntoView {
    view! {
        <div class="rel-entry">
            <p class="rel-entry__meta">
                {link_sample(rel.kind)}
                <strong>{rel.kind.label()}</strong>
                " · "{period_text(rel)}
                {(rel.certainty == Certainty::Suspected).then(|| view! { " · "<span class="badge">{certainty_text(rel.certainty)}</span> })}
            </p>
            <p class="rel-entry__direction">{direction_text(profile, rel)}</p>
            <p class="rel-entry__text">{inline_text(profile, &rel.description, ids)}</p>
            <p class="rel-entry__notes">"Sources: "{rel.notes.iter().map(|n| note_marker(profile, *n, ids.next(*n))).collect_view()}</p>
        </div>
    }
}

/// A short line drawn like the type's links: the legend next to a type's name.
pub fn link_sample(kind: RelationshipType) -> impl IntoView {
    let s = link_style(kind);
    view! {
        <svg class=format!("link-sample link--{}", kind.key()) width="30" height="10" viewBox="0 0 30 10" aria-hidden="true">
            <path class="key__line" d="M1 5H29" fill="none" stroke=s.colour stroke-width=fixed(s.width.min(4.0), 2).to_string() stroke-dasharray=s.dash/>
        </svg>
    }
}

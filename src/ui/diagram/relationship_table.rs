//! The diagram's text alternative: the same relationships, filtered the same way, as a
//! table of counterpart, type, direction, certainty, period, the source's words and notes.

use crate::diagram::{certainty_text, direction_text, period_text, years_key, Layout};
use crate::model::Profile;
use crate::ui::diagram::relationship_card::link_sample;
use crate::ui::footnotes::note_marker::note_marker;
use crate::ui::reader::inline_text::{inline_text, MarkerIds};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn RelationshipTable(
    profile: Arc<Profile>,
    layout: Memo<Arc<Layout>>,
    shown: Memo<Vec<bool>>,
) -> impl IntoView {
    move || {
        let lay = layout.get();
        // In the diagram's order: wings, allies, opponents, authorities; top to bottom.
        // Nodes are numbered in that order, and each node's links by relationship.
        let mut links: Vec<(usize, usize)> = lay
            .links
            .iter()
            .filter(|l| shown.with(|s| s[l.relationship]))
            .map(|l| (l.node, l.relationship))
            .collect();
        links.sort_unstable();
        let rows: Vec<usize> = links.into_iter().map(|(_, r)| r).collect();
        let count = rows.len();
        let present = profile.present_year();
        view! {
            <div class="rel-table__scroll" tabindex="0" role="region" aria-label="Relationships table">
                <table class="rel-table">
                    <caption class="rel-table__caption"><span class="rel-table__count">{count}</span>{format!(" of {} relationships of {}", profile.relationships.len(), profile.name)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Counterpart"</th>
                            <th scope="col">"Relationship"</th>
                            <th scope="col">"Direction"</th>
                            <th scope="col">"Certainty"</th>
                            <th scope="col">"Period"</th>
                            <th scope="col">"What the source says"</th>
                            <th scope="col">"Notes"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|r| {
                            let rel = &profile.relationships[r];
                            let ids = MarkerIds::new(format!("dg-t-{}-", rel.id));
                            // What a pre-rendered page's first code filters by (`written_diagram`).
                            let years = rel.period.map(|p| years_key(p.years(present)));
                            view! {
                                <tr data-relationship=rel.id.to_string() data-type=rel.kind.key() data-years=years data-actor=rel.actor.to_string()>
                                    <th scope="row">{crate::diagram::counterpart(&profile, rel).to_owned()}</th>
                                    <td class="rel-table__type">{link_sample(rel.kind)}{rel.kind.label()}</td>
                                    <td>{direction_text(&profile, rel)}</td>
                                    <td>{certainty_text(rel.certainty)}</td>
                                    <td>{period_text(rel)}</td>
                                    <td class="rel-table__text">{inline_text(&profile, &rel.description, &ids)}</td>
                                    <td class="rel-table__notes">{rel.notes.iter().map(|n| note_marker(&profile, *n, ids.next(*n))).collect_view()}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    }
}

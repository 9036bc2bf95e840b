//! Words for a relationship, shared by the diagram's accessible labels, its cards and
//! its table: who acts on whom, and when.

use crate::model::{Certainty, Direction, Profile, Relationship};

/// The counterpart's name, or its id when the actor is missing.
pub fn counterpart<'a>(profile: &'a Profile, relationship: &'a Relationship) -> &'a str {
    profile.actor_name(&relationship.actor)
}

/// `The Shah of Iran → Mujahedin-e Khalq (MEK)`, or `… ↔ …` when mutual.
pub fn direction_text(profile: &Profile, relationship: &Relationship) -> String {
    let (actor, organization) = (counterpart(profile, relationship), profile.name.as_str());
    match relationship.direction {
        Direction::ToProfile => format!("{actor} → {organization}"),
        Direction::FromProfile => format!("{organization} → {actor}"),
        Direction::Mutual => format!("{organization} ↔ {actor}"),
    }
}

pub fn period_text(relationship: &Relationship) -> String {
    relationship
        .period
        .map_or_else(|| "Undated".to_owned(), |p| p.to_string())
}

pub fn certainty_text(certainty: Certainty) -> &'static str {
    match certainty {
        Certainty::Confirmed => "Confirmed",
        Certainty::Suspected => "Suspected",
    }
}

/// One sentence for a screen reader: type, who acts on whom, when, how sure, which notes.
pub fn link_label(profile: &Profile, relationship: &Relationship) -> String {
    let notes: Vec<String> = relationship.notes.iter().map(|n| n.to_string()).collect();
    format!(
        "{}: {}, {}, {}, note{} {}",
        relationship.kind.label(),
        direction_text(profile, relationship),
        period_text(relationship),
        certainty_text(relationship.certainty).to_lowercase(),
        if notes.len() == 1 { "" } else { "s" },
        notes.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::mek;

    #[test]
    fn describes_who_acts_on_whom_when_and_on_which_notes() {
        let profile = mek();
        let rel = |id: &str| {
            profile
                .relationships
                .iter()
                .find(|r| r.id.as_str() == id)
                .unwrap()
        };
        assert_eq!(
            link_label(&profile, rel("shah-target")),
            "Target: Mujahedin-E Khalq (MEK) → The Shah of Iran, 1965–1979, confirmed, notes 1, 19, 44"
        );
        assert_eq!(
            link_label(&profile, rel("united-states-embassy")),
            "Target: Mujahedin-E Khalq (MEK) → United States, 1979, suspected, note 5"
        );
        assert_eq!(period_text(rel("nla-wing")), "Undated");
        assert!(direction_text(&profile, rel("iraq-saddam-sponsor"))
            .starts_with("The Iraqi Government under Saddam Hussein →"));
    }
}

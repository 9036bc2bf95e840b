//! The part of a profile an embed shows, fixed by its URL when it loads. Later
//! navigation inside the embed stays inside that part; anything else opens the full site.

use crate::model::Profile;
use crate::route::{Anchor, Pane, Route};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// The whole profile: text, notes and sources.
    Whole,
    /// One headed section, with the notes it cites.
    Section(String),
    Sources,
    Pane(Pane),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedScope {
    pub profile: String,
    pub part: Part,
}

/// What a navigation inside an embed does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keep {
    Stay,
    /// Stays when the element it names is shown in the embed (a note of an embedded section).
    StayIfShown(String),
    /// Opens in the full site instead.
    Leave,
}

impl EmbedScope {
    /// The part a route names; the catalog and unknown routes name none.
    pub fn of(route: &Route) -> Option<EmbedScope> {
        let (profile, part) = match route {
            Route::Profile { id, anchor } => (
                id,
                match anchor {
                    Some(Anchor::Element(e)) if e == "sources" => Part::Sources,
                    Some(Anchor::Element(e)) => Part::Section(e.clone()),
                    None | Some(Anchor::Notes | Anchor::Note(_)) => Part::Whole,
                },
            ),
            Route::Pane { id, pane, .. } => (id, Part::Pane(*pane)),
            Route::Catalog { .. } | Route::Compare { .. } | Route::Author | Route::NotFound(_) => {
                return None
            }
        };
        Some(EmbedScope {
            profile: profile.clone(),
            part,
        })
    }

    /// The route that shows this part; `query` is a view's state (panes only).
    pub fn route(&self, query: &str) -> Route {
        let id = self.profile.clone();
        match &self.part {
            Part::Whole => Route::Profile { id, anchor: None },
            Part::Section(s) => Route::Profile {
                id,
                anchor: Some(Anchor::Element(s.clone())),
            },
            Part::Sources => Route::Profile {
                id,
                anchor: Some(Anchor::Element("sources".into())),
            },
            Part::Pane(pane) => Route::Pane {
                id,
                pane: *pane,
                query: query.to_owned(),
            },
        }
    }

    pub fn keeps(&self, route: &Route) -> Keep {
        let same_profile = match route {
            Route::Profile { id, .. } | Route::Pane { id, .. } => *id == self.profile,
            _ => false,
        };
        if !same_profile {
            return Keep::Leave;
        }
        match (&self.part, route) {
            (Part::Pane(part), Route::Pane { pane, .. }) if part == pane => Keep::Stay,
            (Part::Whole, Route::Profile { .. }) => Keep::Stay,
            (
                Part::Section(_) | Part::Sources,
                Route::Profile {
                    anchor: Some(a), ..
                },
            ) => Keep::StayIfShown(a.slug()),
            _ => Keep::Leave,
        }
    }

    /// What the embed shows, in words: "Timeline", "History", "Sources", "Profile".
    pub fn label(&self, profile: &Profile) -> String {
        match &self.part {
            Part::Whole => "Profile".into(),
            Part::Section(id) => profile
                .section(id)
                .map_or_else(|| id.clone(), |s| s.heading.clone()),
            Part::Sources => "Sources".into(),
            Part::Pane(pane) => pane.label().into(),
        }
    }

    /// The URL segment of the part: `timeline`, `sources`, a section id; none for the whole profile.
    pub fn slug(&self) -> Option<&str> {
        match &self.part {
            Part::Whole => None,
            Part::Section(id) => Some(id),
            Part::Sources => Some("sources"),
            Part::Pane(pane) => Some(pane.slug()),
        }
    }

    /// The id a snippet gives the embed, for its size messages: `dossier-mek-timeline`.
    pub fn embed_id(&self) -> String {
        format!(
            "dossier-{}-{}",
            self.profile,
            self.slug().unwrap_or("profile")
        )
    }

    /// Every part of a profile that can be embedded, in the order the reader meets them.
    pub fn all(profile: &Profile) -> Vec<EmbedScope> {
        let part = |part| EmbedScope {
            profile: profile.id.to_string(),
            part,
        };
        let mut all = vec![part(Part::Whole)];
        all.extend(Pane::ALL.map(|p| part(Part::Pane(p))));
        all.push(part(Part::Sources));
        all.extend(
            profile
                .sections
                .iter()
                .map(|s| part(Part::Section(s.id.to_string()))),
        );
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::mek;

    fn scope(hash: &str) -> EmbedScope {
        EmbedScope::of(&Route::parse(hash)).unwrap()
    }

    #[test]
    fn a_route_names_its_part() {
        assert_eq!(scope("#/p/mek").part, Part::Whole);
        assert_eq!(scope("#/p/mek/note-3").part, Part::Whole);
        assert_eq!(scope("#/p/mek/sources").part, Part::Sources);
        assert_eq!(
            scope("#/p/mek/history").part,
            Part::Section("history".into())
        );
        assert_eq!(
            scope("#/p/mek/diagram?year=1990").part,
            Part::Pane(Pane::Diagram)
        );
        assert_eq!(EmbedScope::of(&Route::parse("#/")), None);
        assert_eq!(EmbedScope::of(&Route::parse("#/x/y/z/w")), None);
    }

    #[test]
    fn navigation_stays_inside_the_embedded_part() {
        let timeline = scope("#/p/mek/timeline");
        assert_eq!(
            timeline.keeps(&Route::parse("#/p/mek/timeline?open=a")),
            Keep::Stay
        );
        assert_eq!(
            timeline.keeps(&Route::parse("#/p/mek/note-12")),
            Keep::Leave
        );
        assert_eq!(
            timeline.keeps(&Route::parse("#/p/mek/diagram")),
            Keep::Leave
        );
        assert_eq!(
            timeline.keeps(&Route::parse("#/p/other/timeline")),
            Keep::Leave
        );
        assert_eq!(timeline.keeps(&Route::parse("#/")), Keep::Leave);

        let history = scope("#/p/mek/history");
        assert_eq!(
            history.keeps(&Route::parse("#/p/mek/note-12")),
            Keep::StayIfShown("note-12".into())
        );
        assert_eq!(history.keeps(&Route::parse("#/p/mek")), Keep::Leave);

        let whole = scope("#/p/mek");
        assert_eq!(whole.keeps(&Route::parse("#/p/mek/sources")), Keep::Stay);
        assert_eq!(whole.keeps(&Route::parse("#/p/mek/timeline")), Keep::Leave);
    }

    #[test]
    fn every_part_round_trips_through_its_route() {
        let profile = mek();
        let all = EmbedScope::all(&profile);
        assert_eq!(all.len(), 4 + profile.sections.len());
        for scope in all {
            assert_eq!(EmbedScope::of(&scope.route("")), Some(scope.clone()));
            assert!(!scope.label(&profile).is_empty());
        }
    }
}

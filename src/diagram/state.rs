//! The diagram's state as URL parameters, so a shared link shows the same view:
//! `year=1990&type=state_sponsor,target&view=table&link=iraq-saddam-sponsor`.

use super::{DiagramFilter, Item, Layout};
use crate::model::{Profile, RelationshipType};
use crate::route::{add_query_list, percent_decode};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiagramState {
    pub filter: DiagramFilter,
    /// Showing the relationship table instead of the picture.
    pub table: bool,
    /// The actor or relationship whose card is open.
    pub selected: Option<Selection>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// An actor's id.
    Node(String),
    /// A relationship's id.
    Link(String),
}

impl Selection {
    /// The diagram item this selection names, if it is in the layout.
    pub fn item(&self, profile: &Profile, layout: &Layout) -> Option<Item> {
        match self {
            Selection::Node(id) => {
                let actor = profile.actors.iter().position(|a| a.id.as_str() == id)?;
                layout.node_of_actor(actor).map(Item::Node)
            }
            Selection::Link(id) => {
                let relationship = profile
                    .relationships
                    .iter()
                    .position(|r| r.id.as_str() == id)?;
                layout
                    .links
                    .iter()
                    .position(|l| l.relationship == relationship)
                    .map(Item::Link)
            }
        }
    }

    /// The selection for an item; the centre has none (its card is never kept open).
    pub fn of(item: Item, profile: &Profile, layout: &Layout) -> Option<Selection> {
        match item {
            Item::Centre => None,
            Item::Node(n) => Some(Selection::Node(
                profile.actors[layout.nodes[n].actor].id.to_string(),
            )),
            Item::Link(l) => Some(Selection::Link(
                profile.relationships[layout.links[l].relationship]
                    .id
                    .to_string(),
            )),
        }
    }
}

impl DiagramState {
    pub fn from_query(query: &str) -> Self {
        let mut state = DiagramState::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value);
            match key {
                "year" => state.filter.year = value.parse().ok(),
                "type" => {
                    state.filter.types = value
                        .split(',')
                        .filter_map(RelationshipType::from_key)
                        .collect()
                }
                "view" => state.table = value == "table",
                "node" if !value.is_empty() => state.selected = Some(Selection::Node(value)),
                "link" if !value.is_empty() => state.selected = Some(Selection::Link(value)),
                _ => {}
            }
        }
        state
    }

    /// The query string, without `?`; empty for the default state.
    pub fn to_query(&self) -> String {
        let mut query = String::new();
        let year = self.filter.year.map(|y| y.to_string());
        add_query_list(&mut query, "year", &mut year.as_deref().into_iter());
        let mut types = self.filter.types.iter().map(RelationshipType::key);
        add_query_list(&mut query, "type", &mut types);
        add_query_list(
            &mut query,
            "view",
            &mut self.table.then_some("table").into_iter(),
        );
        let (key, id) = match &self.selected {
            Some(Selection::Node(id)) => ("node", Some(id.as_str())),
            Some(Selection::Link(id)) => ("link", Some(id.as_str())),
            None => ("", None),
        };
        add_query_list(&mut query, key, &mut id.into_iter());
        query
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_the_query_string() {
        let state = DiagramState {
            filter: DiagramFilter {
                year: Some(1990),
                types: [RelationshipType::Target, RelationshipType::StateSponsor].into(),
            },
            table: true,
            selected: Some(Selection::Link("iraq-saddam-sponsor".into())),
        };
        let query = state.to_query();
        assert_eq!(
            query,
            "year=1990&type=state_sponsor,target&view=table&link=iraq-saddam-sponsor"
        );
        assert_eq!(DiagramState::from_query(&query), state);
        assert_eq!(DiagramState::default().to_query(), "");
    }

    #[test]
    fn selections_name_items_and_back() {
        use crate::diagram::{layout, Frame};
        let profile = crate::test_fixtures::mek();
        let layout = layout(&profile, Frame::Wide);
        for selection in [
            Selection::Node("france".into()),
            Selection::Link("france-host".into()),
        ] {
            let item = selection.item(&profile, &layout).unwrap();
            assert_eq!(Selection::of(item, &profile, &layout), Some(selection));
        }
        assert_eq!(
            Selection::Node("nobody".into()).item(&profile, &layout),
            None
        );
    }

    #[test]
    fn ignores_what_it_does_not_understand() {
        let state = DiagramState::from_query("year=soon&type=ally,friend&view=3d&zoom=2");
        assert_eq!(state.filter.year, None);
        assert_eq!(state.filter.types, [RelationshipType::Ally].into());
        assert!(!state.table);
    }
}

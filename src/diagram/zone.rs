//! Where an actor stands in the diagram: with the organization, against it, part of it,
//! or apart (governments that only designated it).

use crate::model::{Profile, Relationship, RelationshipType};
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Zone {
    /// Wings and fronts: drawn close to the organization.
    Inner,
    /// Allies, sponsors, supporters and hosts: the left side.
    Support,
    /// Rivals, enemies, targets and counterterrorism: the right side.
    Opposition,
    /// Designating authorities with no other tie (and actors with no relationship).
    Apart,
}

impl Zone {
    pub const ALL: [Zone; 4] = [Zone::Inner, Zone::Support, Zone::Opposition, Zone::Apart];

    pub fn label(self) -> &'static str {
        match self {
            Zone::Inner => "Wings and fronts",
            Zone::Support => "Allies and supporters",
            Zone::Opposition => "Rivals, enemies and targets",
            Zone::Apart => "Designating authorities",
        }
    }
}

/// The side a relationship type puts an actor on; `None` for designations, which
/// say nothing about whose side a government is on.
pub fn stance(kind: RelationshipType) -> Option<Zone> {
    use RelationshipType::*;
    match kind {
        Ally | StateSponsor | Supporter | Host => Some(Zone::Support),
        Wing | Front => Some(Zone::Inner),
        Rival | Enemy | Target | Counterterrorism => Some(Zone::Opposition),
        DesignatingAuthority => None,
    }
}

/// An actor's zone from all its relationships: a wing or front is inner; otherwise the
/// side most of its ties take; a tie goes to the side of its earliest relationship
/// (France hosted the group before expelling it); designations alone put it apart.
pub fn zone_of(relationships: &[&Relationship]) -> Zone {
    let stances: Vec<Zone> = relationships
        .iter()
        .filter_map(|r| stance(r.kind))
        .collect();
    if stances.contains(&Zone::Inner) {
        return Zone::Inner;
    }
    let support = stances.iter().filter(|z| **z == Zone::Support).count();
    let opposition = stances.len() - support;
    match support.cmp(&opposition) {
        std::cmp::Ordering::Greater => Zone::Support,
        std::cmp::Ordering::Less => Zone::Opposition,
        std::cmp::Ordering::Equal if support == 0 => Zone::Apart,
        std::cmp::Ordering::Equal => relationships
            .iter()
            .filter(|r| stance(r.kind).is_some())
            .min_by_key(|r| r.period.map_or((i32::MAX, 0, 0), |p| p.sort_key()))
            .and_then(|r| stance(r.kind))
            .unwrap_or(Zone::Apart),
    }
}

/// Each actor's relationships, in the profile's actor order (one pass, for big profiles).
pub fn relationships_by_actor(profile: &Profile) -> Vec<Vec<&Relationship>> {
    let index: HashMap<&str, usize> = profile
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let mut ties = vec![Vec::new(); profile.actors.len()];
    for relationship in &profile.relationships {
        if let Some(&i) = index.get(relationship.actor.as_str()) {
            ties[i].push(relationship);
        }
    }
    ties
}

/// Every actor's zone, in the profile's actor order.
pub fn actor_zones(ties: &[Vec<&Relationship>]) -> Vec<Zone> {
    ties.iter().map(|t| zone_of(t)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_fixtures::mek;

    fn zone(id: &str) -> Zone {
        let profile = mek();
        let at = profile
            .actors
            .iter()
            .position(|a| a.id.as_str() == id)
            .unwrap();
        actor_zones(&relationships_by_actor(&profile))[at]
    }

    #[test]
    fn places_the_mek_actors_where_the_seed_puts_them() {
        assert_eq!(zone("iraq-saddam"), Zone::Support);
        assert_eq!(zone("iranian-diaspora"), Zone::Support);
        assert_eq!(zone("nla"), Zone::Inner);
        assert_eq!(zone("ncri"), Zone::Inner);
        assert_eq!(zone("shah"), Zone::Opposition);
        // Supporter in 1979, then target, counterterrorism and designation.
        assert_eq!(zone("islamic-republic"), Zone::Opposition);
        assert_eq!(zone("united-states"), Zone::Opposition);
        assert_eq!(zone("european-union"), Zone::Apart);
        // Host from 1979, counterterrorism from 1986: the earlier tie decides.
        assert_eq!(zone("france"), Zone::Support);
    }
}

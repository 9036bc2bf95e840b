//! Arrow keys walk the diagram along its links: from the centre into a zone, along a
//! zone from actor to actor, and from an actor through its links back to the centre.

use super::layout::Layout;
use super::zone::Zone;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Item {
    Centre,
    /// Index into [`Layout::nodes`].
    Node(usize),
    /// Index into [`Layout::links`].
    Link(usize),
}

impl Item {
    /// A short text key (`centre`, `n3`, `l12`), for `data-item` attributes.
    pub fn key(self) -> String {
        match self {
            Item::Centre => "centre".to_owned(),
            Item::Node(n) => format!("n{n}"),
            Item::Link(l) => format!("l{l}"),
        }
    }

    pub fn parse(key: &str) -> Option<Item> {
        if key == "centre" {
            return Some(Item::Centre);
        }
        let (kind, index) = key.split_at_checked(1)?;
        let index = index.parse().ok()?;
        match kind {
            "n" => Some(Item::Node(index)),
            "l" => Some(Item::Link(index)),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrow {
    Up,
    Down,
    Left,
    Right,
}

impl Arrow {
    pub fn from_key(key: &str) -> Option<Arrow> {
        match key {
            "ArrowUp" => Some(Arrow::Up),
            "ArrowDown" => Some(Arrow::Down),
            "ArrowLeft" => Some(Arrow::Left),
            "ArrowRight" => Some(Arrow::Right),
            _ => None,
        }
    }

    fn opposite(self) -> Arrow {
        match self {
            Arrow::Up => Arrow::Down,
            Arrow::Down => Arrow::Up,
            Arrow::Left => Arrow::Right,
            Arrow::Right => Arrow::Left,
        }
    }
}

/// The direction of a zone as seen from the centre.
fn outward(zone: Zone) -> Arrow {
    match zone {
        Zone::Support => Arrow::Left,
        Zone::Opposition => Arrow::Right,
        Zone::Inner => Arrow::Up,
        Zone::Apart => Arrow::Down,
    }
}

/// -1/+1 for the arrows that run along a zone: up and down a column, across a row.
fn along(zone: Zone, arrow: Arrow) -> Option<isize> {
    match (zone, arrow) {
        (Zone::Support | Zone::Opposition, Arrow::Up)
        | (Zone::Inner | Zone::Apart, Arrow::Left) => Some(-1),
        (Zone::Support | Zone::Opposition, Arrow::Down)
        | (Zone::Inner | Zone::Apart, Arrow::Right) => Some(1),
        _ => None,
    }
}

/// Where an arrow key leads from `from`; `None` where it leads nowhere. Only links that
/// `visible` accepts (by index) are visited.
pub fn step(
    layout: &Layout,
    visible: &dyn Fn(usize) -> bool,
    from: Item,
    arrow: Arrow,
) -> Option<Item> {
    let zone_nodes = |zone: Zone| -> Vec<usize> {
        (0..layout.nodes.len())
            .filter(|&n| layout.nodes[n].zone == zone)
            .collect()
    };
    let links_of = |node: usize| -> Vec<usize> {
        (0..layout.links.len())
            .filter(|&l| layout.links[l].node == node && visible(l))
            .collect()
    };
    let neighbour = |list: &[usize], at: usize, d: isize| {
        let i = list.iter().position(|&x| x == at)?;
        list.get(i.checked_add_signed(d)?).copied()
    };
    match from {
        Item::Centre => Zone::ALL
            .into_iter()
            .find(|z| outward(*z) == arrow)
            .and_then(|z| zone_nodes(z).first().copied())
            .map(Item::Node),
        Item::Node(n) => {
            let zone = layout.nodes[n].zone;
            if arrow == outward(zone).opposite() {
                Some(links_of(n).first().map_or(Item::Centre, |&l| Item::Link(l)))
            } else {
                neighbour(&zone_nodes(zone), n, along(zone, arrow)?).map(Item::Node)
            }
        }
        Item::Link(l) => {
            let node = layout.links[l].node;
            let zone = layout.nodes[node].zone;
            if arrow == outward(zone).opposite() {
                Some(Item::Centre)
            } else if arrow == outward(zone) {
                Some(Item::Node(node))
            } else {
                neighbour(&links_of(node), l, along(zone, arrow)?).map(Item::Link)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagram::layout::{layout, Frame};
    use crate::test_fixtures::mek;

    #[test]
    fn item_keys_round_trip() {
        for item in [Item::Centre, Item::Node(3), Item::Link(12)] {
            assert_eq!(Item::parse(&item.key()), Some(item));
        }
        for bad in ["", "x1", "n", "l-1", "centred"] {
            assert_eq!(Item::parse(bad), None);
        }
    }

    #[test]
    fn walks_out_along_a_column_and_back_through_a_link() {
        let profile = mek();
        let layout = layout(&profile, Frame::Wide);
        let all = |_: usize| true;
        let name = |item: Option<Item>| match item {
            Some(Item::Node(n)) => profile.actors[layout.nodes[n].actor].id.to_string(),
            Some(Item::Link(l)) => profile.relationships[layout.links[l].relationship]
                .id
                .to_string(),
            Some(Item::Centre) => "centre".to_owned(),
            None => "nowhere".to_owned(),
        };
        let first_ally = step(&layout, &all, Item::Centre, Arrow::Left);
        let Some(Item::Node(n)) = first_ally else {
            panic!()
        };
        assert_eq!(layout.nodes[n].zone, Zone::Support);
        let below = step(&layout, &all, Item::Node(n), Arrow::Down);
        assert!(
            matches!(below, Some(Item::Node(m)) if layout.nodes[m].zone == Zone::Support && layout.nodes[m].label.rect.top > layout.nodes[n].label.rect.top)
        );
        assert_eq!(
            name(step(&layout, &all, Item::Node(n), Arrow::Up)),
            "nowhere"
        );
        // Toward the centre: first the link, then the centre; away: back to the actor.
        let link = step(&layout, &all, Item::Node(n), Arrow::Right);
        assert!(matches!(link, Some(Item::Link(_))));
        assert_eq!(
            step(&layout, &all, link.unwrap(), Arrow::Right),
            Some(Item::Centre)
        );
        assert_eq!(
            step(&layout, &all, link.unwrap(), Arrow::Left),
            Some(Item::Node(n))
        );
        // Up from the centre: a wing; down: the EU, apart.
        assert_eq!(
            name(step(&layout, &all, Item::Centre, Arrow::Down)),
            "european-union"
        );
        // The NCRI (from 1981) comes before the undated NLA.
        assert_eq!(name(step(&layout, &all, Item::Centre, Arrow::Up)), "ncri");
    }

    #[test]
    fn moves_between_the_links_of_one_actor_and_skips_hidden_ones() {
        let profile = mek();
        let layout = layout(&profile, Frame::Wide);
        let iran = layout
            .node_of_actor(
                profile
                    .actors
                    .iter()
                    .position(|a| a.id.as_str() == "islamic-republic")
                    .unwrap(),
            )
            .unwrap();
        let links: Vec<usize> = (0..layout.links.len())
            .filter(|&l| layout.links[l].node == iran)
            .collect();
        assert_eq!(links.len(), 4);
        let all = |_: usize| true;
        assert_eq!(
            step(&layout, &all, Item::Link(links[0]), Arrow::Down),
            Some(Item::Link(links[1]))
        );
        let without_second = |l: usize| l != links[1];
        assert_eq!(
            step(&layout, &without_second, Item::Link(links[0]), Arrow::Down),
            Some(Item::Link(links[2]))
        );
        // An actor with no visible link leads straight to the centre.
        let none = |_: usize| false;
        assert_eq!(
            step(&layout, &none, Item::Node(iran), Arrow::Left),
            Some(Item::Centre)
        );
    }
}

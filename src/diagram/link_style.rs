//! How each relationship type is drawn: colour (Okabe–Ito, safe for colour-blind
//! readers) and, so that greyscale prints still tell them apart, its own dash pattern
//! and width. The on-screen stylesheet may recolour them for dark mode; these are the
//! values exported pictures carry.

use crate::model::{Certainty, RelationshipType};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinkStyle {
    pub colour: &'static str,
    /// An SVG `stroke-dasharray`; `None` for a solid line.
    pub dash: Option<&'static str>,
    pub width: f64,
}

pub fn link_style(kind: RelationshipType) -> LinkStyle {
    use RelationshipType::*;
    let (colour, dash, width) = match kind {
        Ally => ("#0072b2", None, 2.5),
        StateSponsor => ("#0072b2", None, 5.0),
        Supporter => ("#0072b2", Some("6 4"), 2.0),
        Host => ("#009e73", Some("1 5"), 3.5),
        Wing => ("#555555", Some("16 4"), 3.0),
        Front => ("#555555", Some("10 3 2 3"), 2.5),
        Rival => ("#e69f00", Some("12 6"), 2.5),
        Enemy => ("#d55e00", Some("14 3 3 3 3 3"), 3.0),
        Target => ("#d55e00", Some("3 3"), 2.5),
        Counterterrorism => ("#cc79a7", Some("12 3 3 3"), 2.5),
        DesignatingAuthority => ("#6b6b6b", Some("1 2"), 2.0),
    };
    LinkStyle {
        colour,
        dash,
        width,
    }
}

/// A link's opacity: suspected ones are faded.
pub fn link_opacity(certainty: Certainty) -> f64 {
    match certainty {
        Certainty::Confirmed => 1.0,
        Certainty::Suspected => 0.55,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stylesheet_draws_each_type_in_its_exported_colour_in_light_mode() {
        let css = include_str!("../../style/diagram.css");
        for kind in RelationshipType::ALL {
            let class = format!(".link--{}", kind.key());
            let rule = css
                .lines()
                .find(|line| line.split([',', ' ']).any(|selector| selector == class))
                .unwrap_or_else(|| panic!("no rule for {class}"));
            let light = format!("light-dark({},", link_style(kind).colour);
            assert!(
                rule.contains(&light),
                "{class}: expected {light} in `{rule}`"
            );
        }
    }

    #[test]
    fn no_two_types_look_alike_in_greyscale() {
        for (i, a) in RelationshipType::ALL.iter().enumerate() {
            for b in &RelationshipType::ALL[i + 1..] {
                let (sa, sb) = (link_style(*a), link_style(*b));
                assert!(
                    sa.dash != sb.dash || (sa.width - sb.width).abs() >= 1.5,
                    "{a:?} and {b:?} differ only by colour"
                );
            }
        }
    }
}

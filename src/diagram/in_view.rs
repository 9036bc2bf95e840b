//! Which of the diagram's items are in view. With a thousand actors the picture is many
//! screens tall: the canvas writes a change to the items in view at once, and to the others
//! over the next frames (`ui::diagram_canvas`).

use super::{Layout, Viewport};

/// A horizontal band of the diagram, in its own units (`top` above `bottom`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    pub top: f64,
    pub bottom: f64,
}

impl Band {
    pub const EVERYTHING: Band = Band {
        top: f64::NEG_INFINITY,
        bottom: f64::INFINITY,
    };

    /// What a window `window_height` px tall shows of a layout `layout_height` units tall,
    /// drawn `svg_height` px tall from `svg_top` px below the window's top and zoomed and
    /// panned by `viewport`; with a quarter of a window to spare above and below (what the
    /// reader scrolls to in the next few frames is written in them).
    pub fn in_window(
        svg_top: f64,
        svg_height: f64,
        window_height: f64,
        layout_height: f64,
        viewport: Viewport,
    ) -> Band {
        if svg_height <= 0.0 || layout_height <= 0.0 {
            return Band::EVERYTHING;
        }
        let px_per_unit = svg_height / layout_height;
        let spare = window_height / 4.0;
        // Window pixels → the SVG's units → the diagram's, undoing the zoom and pan.
        let unit = |px: f64| ((px - svg_top) / px_per_unit - viewport.y) / viewport.scale;
        Band {
            top: unit(-spare),
            bottom: unit(window_height + spare),
        }
    }

    fn overlaps(&self, top: f64, bottom: f64) -> bool {
        top <= self.bottom && bottom >= self.top
    }
}

impl Layout {
    pub fn node_in(&self, node: usize, band: Band) -> bool {
        let r = self.nodes[node].label.rect;
        band.overlaps(r.top, r.top + r.height)
    }

    /// A link runs from the centre's box to its node's: it is in view if any of the span
    /// between them is.
    pub fn link_in(&self, link: usize, band: Band) -> bool {
        let (a, b) = (
            self.centre.rect,
            self.nodes[self.links[link].node].label.rect,
        );
        band.overlaps(a.top.min(b.top), (a.top + a.height).max(b.top + b.height))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagram::{layout, Frame};
    use crate::synthetic::synthetic_profile;

    #[test]
    fn the_band_is_the_window_with_a_quarter_window_to_spare_in_the_diagrams_units() {
        // Drawn at half size, its top 1,000 px above the window's: the window shows units
        // 2,000–3,600, and the band reaches 400 units beyond each side.
        let band = Band::in_window(-1000.0, 5000.0, 800.0, 10_000.0, Viewport::default());
        assert_eq!(
            band,
            Band {
                top: 1600.0,
                bottom: 4000.0
            }
        );
        // Zoomed in twice around the top-left corner: half as many units.
        let zoomed = Viewport {
            scale: 2.0,
            x: 0.0,
            y: 0.0,
        };
        let band = Band::in_window(-1000.0, 5000.0, 800.0, 10_000.0, zoomed);
        assert_eq!(
            band,
            Band {
                top: 800.0,
                bottom: 2000.0
            }
        );
        // Not laid out yet: everything counts as in view.
        assert_eq!(
            Band::in_window(0.0, 0.0, 800.0, 100.0, Viewport::default()),
            Band::EVERYTHING
        );
    }

    #[test]
    fn a_window_at_the_top_of_a_tall_diagram_sees_few_of_its_actors() {
        let profile = synthetic_profile(10, 1000);
        let lay = layout(&profile, Frame::for_width(1200.0));
        let band = Band::in_window(400.0, lay.height, 800.0, lay.height, Viewport::default());
        let nodes = (0..lay.nodes.len())
            .filter(|&n| lay.node_in(n, band))
            .count();
        assert!(
            nodes > 0 && nodes < lay.nodes.len() / 10,
            "{nodes} of {}",
            lay.nodes.len()
        );
        // Every node in view has its link at least partly in view.
        for (l, link) in lay.links.iter().enumerate() {
            if lay.node_in(link.node, band) {
                assert!(lay.link_in(l, band));
            }
        }
        assert!((0..lay.links.len()).all(|l| lay.link_in(l, Band::EVERYTHING)));
    }
}

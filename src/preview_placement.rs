//! Where a footnote preview goes: below or above its marker, never covering it,
//! shifted sideways to stay fully inside the viewport.

use crate::geometry::{within, Rect};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    pub left: f64,
    pub top: f64,
    /// The preview's height after clamping (it scrolls inside when taller).
    pub max_height: f64,
    pub above: bool,
}

/// The gap between marker and preview, and the margin kept from the viewport's edges.
pub const GAP: f64 = 8.0;
pub const MARGIN: f64 = 8.0;

/// Places a preview of `size` (width, height) for a marker at `marker` in a viewport
/// of `viewport` (width, height). Below when it fits, else above when that fits
/// better; the height is clamped to the chosen side's room, so it never covers the marker.
pub fn place(marker: Rect, size: (f64, f64), viewport: (f64, f64)) -> Placement {
    let (vw, vh) = viewport;
    let width = size.0.min(vw - 2.0 * MARGIN).max(0.0);
    let room_below = (vh - marker.bottom() - GAP - MARGIN).max(0.0);
    let room_above = (marker.top - GAP - MARGIN).max(0.0);
    let above = size.1 > room_below && room_above > room_below;
    let max_height = size.1.min(if above { room_above } else { room_below });
    let top = if above {
        marker.top - GAP - max_height
    } else {
        marker.bottom() + GAP
    };
    let centred = marker.left + marker.width / 2.0 - width / 2.0;
    let left = within(centred, MARGIN, vw - MARGIN - width);
    Placement {
        left,
        top,
        max_height,
        above,
    }
}

/// A length for CSS in whole pixels. Written as an integer: formatting floats would bring
/// `core`'s float printing into the code every page loads.
pub fn css_px(length: f64) -> String {
    format!("{}px", length.round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_lengths_are_whole_pixels() {
        assert_eq!(css_px(0.0), "0px");
        assert_eq!(css_px(12.5), "13px");
        assert_eq!(css_px(-3.4), "-3px");
        assert_eq!(css_px(319.96), "320px");
    }

    const PHONE: (f64, f64) = (320.0, 640.0);
    const PREVIEW: (f64, f64) = (360.0, 180.0);

    fn marker(left: f64, top: f64) -> Rect {
        Rect {
            left,
            top,
            width: 20.0,
            height: 18.0,
        }
    }

    fn inside(p: &Placement, width: f64, viewport: (f64, f64)) -> bool {
        p.left >= MARGIN - 1e-9
            && p.left + width.min(viewport.0 - 2.0 * MARGIN) <= viewport.0 - MARGIN + 1e-9
            && p.top >= MARGIN - 1e-9
            && p.top + p.max_height <= viewport.1 - MARGIN + 1e-9
    }

    #[test]
    fn opens_below_centred_when_there_is_room() {
        let p = place(marker(600.0, 100.0), PREVIEW, (1280.0, 800.0));
        assert!(!p.above);
        assert_eq!(p.top, 126.0);
        assert_eq!(p.left, 610.0 - 180.0);
        assert_eq!(p.max_height, 180.0);
    }

    #[test]
    fn flips_above_near_the_bottom_edge() {
        let p = place(marker(600.0, 760.0), PREVIEW, (1280.0, 800.0));
        assert!(p.above);
        assert_eq!(p.top + p.max_height, 760.0 - GAP);
    }

    #[test]
    fn shifts_sideways_near_the_left_and_right_edges() {
        let left = place(marker(2.0, 100.0), PREVIEW, (1280.0, 800.0));
        assert_eq!(left.left, MARGIN);
        let right = place(marker(1262.0, 100.0), PREVIEW, (1280.0, 800.0));
        assert_eq!(right.left + PREVIEW.0, 1280.0 - MARGIN);
    }

    #[test]
    fn stays_inside_and_off_the_marker_everywhere_on_a_320px_phone() {
        for x in (0..=300).step_by(10) {
            for y in (0..=620).step_by(20) {
                let m = marker(x as f64, y as f64);
                let p = place(m, PREVIEW, PHONE);
                let width = PREVIEW.0.min(PHONE.0 - 2.0 * MARGIN);
                assert!(inside(&p, width, PHONE), "marker at {x},{y}: {p:?}");
                let preview = Rect {
                    left: p.left,
                    top: p.top,
                    width,
                    height: p.max_height,
                };
                assert!(!preview.overlaps(&m), "covers the marker at {x},{y}: {p:?}");
            }
        }
    }
}

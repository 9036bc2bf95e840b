//! Zoom and pan, in the diagram's own units: a point `p` of the diagram is drawn at
//! `p * scale + (x, y)`.

use crate::decimal::fixed;
use crate::geometry::within;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    pub scale: f64,
    pub x: f64,
    pub y: f64,
}

impl Default for Viewport {
    fn default() -> Self {
        Viewport {
            scale: 1.0,
            x: 0.0,
            y: 0.0,
        }
    }
}

pub const MIN_SCALE: f64 = 0.5;
pub const MAX_SCALE: f64 = 4.0;
/// How much of the diagram always stays in view, so it cannot be panned away.
const KEEP: f64 = 48.0;

type Point = (f64, f64);

impl Viewport {
    pub fn is_default(&self) -> bool {
        *self == Viewport::default()
    }

    /// Zooms by `factor`, keeping the point under `at` where it is.
    pub fn zoom_at(self, factor: f64, at: Point) -> Viewport {
        let scale = within(self.scale * factor, MIN_SCALE, MAX_SCALE);
        let k = scale / self.scale;
        Viewport {
            scale,
            x: at.0 - (at.0 - self.x) * k,
            y: at.1 - (at.1 - self.y) * k,
        }
    }

    pub fn pan(self, dx: f64, dy: f64) -> Viewport {
        Viewport {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
    }

    /// Two fingers moved from `from` to `to`, starting at `start`: the diagram point
    /// between the fingers follows them, and the zoom follows their distance.
    pub fn pinch(start: Viewport, from: [Point; 2], to: [Point; 2]) -> Viewport {
        let distance =
            |p: [Point; 2]| ((p[0].0 - p[1].0).powi(2) + (p[0].1 - p[1].1).powi(2)).sqrt();
        let middle = |p: [Point; 2]| ((p[0].0 + p[1].0) / 2.0, (p[0].1 + p[1].1) / 2.0);
        let (d0, d1) = (distance(from), distance(to));
        if d0 < 1.0 {
            return start;
        }
        let (m0, m1) = (middle(from), middle(to));
        let scale = within(start.scale * d1 / d0, MIN_SCALE, MAX_SCALE);
        let content = (
            (m0.0 - start.x) / start.scale,
            (m0.1 - start.y) / start.scale,
        );
        Viewport {
            scale,
            x: m1.0 - content.0 * scale,
            y: m1.1 - content.1 * scale,
        }
    }

    /// Keeps part of a `width` × `height` diagram inside a view of the same size.
    pub fn clamped(self, width: f64, height: f64) -> Viewport {
        let keep_x = KEEP.min(width / 2.0);
        let keep_y = KEEP.min(height / 2.0);
        Viewport {
            x: within(self.x, keep_x - width * self.scale, width - keep_x),
            y: within(self.y, keep_y - height * self.scale, height - keep_y),
            ..self
        }
    }

    /// The SVG `transform` attribute.
    pub fn transform(&self) -> String {
        format!(
            "translate({} {}) scale({})",
            fixed(self.x, 2),
            fixed(self.y, 2),
            fixed(self.scale, 4)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zooming_keeps_the_point_under_the_pointer() {
        let v = Viewport::default().zoom_at(2.0, (100.0, 50.0));
        assert_eq!(v.scale, 2.0);
        // The diagram point (100, 50) is still drawn at (100, 50).
        assert_eq!((100.0 * v.scale + v.x, 50.0 * v.scale + v.y), (100.0, 50.0));
        let back = v.zoom_at(0.5, (100.0, 50.0));
        assert_eq!(back, Viewport::default());
    }

    #[test]
    fn zoom_is_bounded() {
        let mut v = Viewport::default();
        for _ in 0..20 {
            v = v.zoom_at(1.5, (0.0, 0.0));
        }
        assert_eq!(v.scale, MAX_SCALE);
        for _ in 0..20 {
            v = v.zoom_at(0.5, (0.0, 0.0));
        }
        assert_eq!(v.scale, MIN_SCALE);
    }

    #[test]
    fn pinching_apart_zooms_in_around_the_fingers() {
        let start = Viewport::default();
        let v = Viewport::pinch(
            start,
            [(90.0, 100.0), (110.0, 100.0)],
            [(80.0, 100.0), (120.0, 100.0)],
        );
        assert_eq!(v.scale, 2.0);
        assert_eq!(
            (100.0 * v.scale + v.x, 100.0 * v.scale + v.y),
            (100.0, 100.0)
        );
        // Moving both fingers pans.
        let moved = Viewport::pinch(
            start,
            [(90.0, 100.0), (110.0, 100.0)],
            [(100.0, 130.0), (120.0, 130.0)],
        );
        assert_eq!((moved.scale, moved.x, moved.y), (1.0, 10.0, 30.0));
    }

    #[test]
    fn the_diagram_cannot_be_panned_out_of_sight() {
        let v = Viewport::default()
            .pan(5000.0, -5000.0)
            .clamped(960.0, 600.0);
        assert_eq!(v.x, 960.0 - 48.0);
        assert_eq!(v.y, 48.0 - 600.0);
    }

    #[test]
    fn renders_as_an_svg_transform() {
        assert_eq!(
            Viewport::default().transform(),
            "translate(0.00 0.00) scale(1.0000)"
        );
    }
}

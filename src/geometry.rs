//! Rectangles: the diagram's boxes (in diagram units) and footnote previews (in pixels).

/// `value` brought within `low..=high` (`low` wins if they cross). Not `f64::clamp`, whose
/// check of its bounds formats floats, and so brings float formatting with its caller.
pub fn within(value: f64, low: f64, high: f64) -> f64 {
    value.min(high).max(low)
}

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.left + self.width
    }
    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.left < other.right()
            && other.left < self.right()
            && self.top < other.bottom()
            && other.top < self.bottom()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn within_bounds_a_value_as_clamp_does() {
        for (value, low, high) in [(5.0, 0.0, 3.0), (-1.0, 0.0, 3.0), (1.5, 0.0, 3.0)] {
            assert_eq!(within(value, low, high), value.clamp(low, high));
        }
        // Where `clamp` would panic, the lower bound wins.
        assert_eq!(within(1.0, 2.0, 1.0), 2.0);
    }
}

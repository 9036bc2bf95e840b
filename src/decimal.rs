//! Numbers written with a fixed count of decimals, for SVG paths and transforms and CSS
//! percentages. Written out with integer arithmetic: core's float formatting (`{:.1}`,
//! `f64::to_string`) is large, and would come with the code every page loads first.

use std::fmt;

/// `value` with exactly `places` decimals: what `format!("{value:.places$}")` writes, but for
/// a value halfway between two results (it may round the other way, a last-digit difference)
/// and negative zero (written `0`). For drawing coordinates: `|value|` under 10^(15-places).
#[derive(Clone, Copy)]
pub struct Fixed {
    value: f64,
    places: u32,
}

pub fn fixed(value: f64, places: u32) -> Fixed {
    Fixed { value, places }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scale = 10_u64.pow(self.places);
        // `as` saturates, and makes NaN 0: a drawing never gets an unparsable attribute.
        let scaled = (self.value * scale as f64).round() as i64;
        let sign = if scaled < 0 { "-" } else { "" };
        let (whole, fraction) = (scaled.unsigned_abs() / scale, scaled.unsigned_abs() % scale);
        if self.places == 0 {
            write!(f, "{sign}{whole}")
        } else {
            let width = self.places as usize;
            write!(f, "{sign}{whole}.{fraction:0width$}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn writes_what_core_writes() {
        for (value, places) in [
            (0.0, 1),
            (12.0, 1),
            (-3.04, 1),
            (1234.56, 2),
            (0.1234, 3),
            (1.0, 4),
            (99.96, 1),
            (-0.96, 1),
            (7.4, 0),
            (-7.6, 0),
            (0.001, 3),
        ] {
            assert_eq!(
                fixed(value, places).to_string(),
                format!("{value:.prec$}", prec = places as usize),
                "{value} to {places} places"
            );
        }
    }

    #[test]
    fn negative_zero_and_nan_are_plain_zero() {
        assert_eq!(fixed(-0.01, 1).to_string(), "0.0");
        assert_eq!(fixed(f64::NAN, 2).to_string(), "0.00");
    }

    proptest! {
        // Away from halfway values the result is core's; at them, one unit of the last place apart.
        #[test]
        fn matches_core_within_a_unit_of_the_last_place(value in -1.0e6f64..1.0e6, places in 0u32..5) {
            let ours = fixed(value, places).to_string();
            let core = format!("{value:.prec$}", prec = places as usize);
            let unit = 10f64.powi(-(places as i32));
            let (a, b): (f64, f64) = (ours.parse().unwrap(), core.parse().unwrap());
            prop_assert!((a - b).abs() <= unit * 1.000_001, "{} vs {}", ours, core);
            prop_assert_eq!(ours.split('.').nth(1).map_or(0, str::len), places as usize);
            let tie = ((value / unit).fract().abs() - 0.5).abs() < 1e-6;
            if !tie && core != format!("-{}", ours) {
                prop_assert_eq!(ours, core);
            }
        }
    }
}

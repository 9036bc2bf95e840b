//! A host's accent colour, made readable: links and buttons take the accent, so it is
//! darkened (light theme) or lightened (dark theme) until text in it meets WCAG AA (4.5:1)
//! on every background the theme uses.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The lightest and darkest of each theme's backgrounds (`--bg`, `--surface`, `--surface-2`
/// in `style/base.css`); the accent must read on all of them.
const LIGHT_BACKGROUNDS: [Rgb; 3] = [
    Rgb(0xfb, 0xfa, 0xf7),
    Rgb(0xff, 0xff, 0xff),
    Rgb(0xf1, 0xee, 0xe7),
];
const DARK_BACKGROUNDS: [Rgb; 3] = [
    Rgb(0x15, 0x17, 0x1b),
    Rgb(0x1c, 0x1f, 0x24),
    Rgb(0x24, 0x28, 0x31),
];
const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
const BLACK: Rgb = Rgb(0, 0, 0);
pub const AA: f64 = 4.5;

impl Rgb {
    /// `b00020`, `#b00020`, `b02` or `#b02`; anything else is `None`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let digits = text.strip_prefix('#').unwrap_or(text);
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match digits.len() {
            3 => {
                let d: Vec<String> = digits.chars().map(|c| format!("{c}{c}")).collect();
                Some(Rgb(channel(&d[0])?, channel(&d[1])?, channel(&d[2])?))
            }
            6 => Some(Rgb(
                channel(&digits[0..2])?,
                channel(&digits[2..4])?,
                channel(&digits[4..6])?,
            )),
            _ => None,
        }
    }

    /// `b00020`: the form the embed URL carries.
    pub fn hex_digits(self) -> String {
        format!("{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// `#b00020`: the form CSS and `<input type=color>` take.
    pub fn css(self) -> String {
        format!("#{}", self.hex_digits())
    }

    /// WCAG 2 relative luminance.
    fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// `share` (0–1) of the way from `self` to `other`.
    fn mix(self, other: Rgb, share: f64) -> Rgb {
        let channel =
            |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * share).round() as u8;
        Rgb(
            channel(self.0, other.0),
            channel(self.1, other.1),
            channel(self.2, other.2),
        )
    }
}

/// The accent as each theme uses it, with the text colour that reads on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accent {
    pub light: Rgb,
    pub light_text: Rgb,
    pub dark: Rgb,
    pub dark_text: Rgb,
}

impl Accent {
    pub fn of(colour: Rgb) -> Accent {
        let light = readable_on(colour, &LIGHT_BACKGROUNDS, BLACK);
        let dark = readable_on(colour, &DARK_BACKGROUNDS, WHITE);
        Accent {
            light,
            light_text: text_on(light),
            dark,
            dark_text: text_on(dark),
        }
    }
}

/// The colour, moved towards `towards` in small steps until it reads on every background.
fn readable_on(colour: Rgb, backgrounds: &[Rgb], towards: Rgb) -> Rgb {
    (0..=20)
        .map(|step| colour.mix(towards, f64::from(step) / 20.0))
        .find(|c| backgrounds.iter().all(|bg| c.contrast(*bg) >= AA))
        .unwrap_or(towards)
}

/// Black or white, whichever reads better on the colour.
fn text_on(colour: Rgb) -> Rgb {
    if colour.contrast(WHITE) >= colour.contrast(BLACK) {
        WHITE
    } else {
        BLACK
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_hex_forms_and_rejects_the_rest() {
        assert_eq!(Rgb::parse("#b00020"), Some(Rgb(0xb0, 0x00, 0x20)));
        assert_eq!(Rgb::parse("B00020"), Some(Rgb(0xb0, 0x00, 0x20)));
        assert_eq!(Rgb::parse("#0a7"), Some(Rgb(0x00, 0xaa, 0x77)));
        for bad in ["", "#", "red", "12345", "#1234567", "ggg", "+1+2+3", "é12"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
        assert_eq!(Rgb(0xb0, 0, 0x20).css(), "#b00020");
    }

    #[test]
    fn contrast_matches_wcag_reference_values() {
        assert!((WHITE.contrast(BLACK) - 21.0).abs() < 1e-9);
        assert!((Rgb(0x77, 0x77, 0x77).contrast(WHITE) - 4.48).abs() < 0.01);
    }

    #[test]
    fn every_accent_reads_on_every_background_of_both_themes() {
        // Pale, saturated, mid-grey and dark colours, including the hardest: yellow and navy.
        for hex in [
            "ffff00", "b00020", "777777", "0a0a40", "ffffff", "000000", "00c2ff", "ff7a00",
        ] {
            let accent = Accent::of(Rgb::parse(hex).unwrap());
            for bg in LIGHT_BACKGROUNDS {
                assert!(accent.light.contrast(bg) >= AA, "{hex} light on {bg:?}");
            }
            for bg in DARK_BACKGROUNDS {
                assert!(accent.dark.contrast(bg) >= AA, "{hex} dark on {bg:?}");
            }
            assert!(
                accent.light.contrast(accent.light_text) >= AA,
                "{hex} button text"
            );
            assert!(
                accent.dark.contrast(accent.dark_text) >= AA,
                "{hex} dark button text"
            );
        }
    }

    #[test]
    fn a_readable_accent_is_kept_as_given() {
        let navy = Rgb::parse("1f4e8c").unwrap();
        assert_eq!(Accent::of(navy).light, navy);
    }
}

//! The ally and rival diagram's logic: which zone each actor stands in, the
//! deterministic layout, link styles, the year and type filter, keyboard movement,
//! zoom and pan, and the view's state as URL parameters.

mod controls;
mod describe;
mod filter;
mod in_view;
mod keyboard;
mod layout;
mod link_style;
mod picture;
mod state;
mod text;
mod viewport;
mod zone;

pub use controls::{play_next, play_start, status_text, year_text, year_value_text, PLAY_STEP};
pub use describe::{certainty_text, counterpart, direction_text, link_label, period_text};
pub use filter::{type_counts, year_span, years_from_key, years_key, DiagramFilter};
pub use in_view::Band;
pub use keyboard::{step, Arrow, Item};
pub use layout::{key_sample_length, layout, Frame, KeyEntry, Label, Layout};
pub use link_style::{link_opacity, link_style, LinkStyle};
pub use picture::{picture, Shape, FONT};
pub use state::{DiagramState, Selection};
pub use viewport::Viewport;
pub use zone::Zone;

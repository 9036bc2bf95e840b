//! Embedding a profile's view in another site: the embed URL's options, the part of a
//! profile an embed shows, the size messages it posts to its host, the snippet the
//! "Embed" panel hands out and the oEmbed documents a deployment publishes.
//! Plain Rust: the browser side (`ui::embed_*`) only reads and applies these.

mod accent;
mod messages;
mod oembed;
mod options;
mod scope;
mod snippet;

pub use accent::{Accent, Rgb};
pub use messages::{embed_size_message, is_size_request, pym_height_message};
pub use oembed::{oembed_files, OembedFile};
pub use options::{EmbedOptions, Theme};
pub use scope::{EmbedScope, Keep, Part};
pub use snippet::Snippet;

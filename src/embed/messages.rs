//! What an embed says to its host page, and the one thing it listens to.
//!
//! It posts its content height in two formats hosts already understand:
//! - Pym.js (NPR): the string `pymxPYMx{id}xPYMxheightxPYMx{height}`, sent only when a Pym
//!   parent gave the embed its `childId`;
//! - AMP's `embed-size` (also read by Datawrapper-style resizers and Dossier's `embed.js`):
//!   `{"sentinel":"amp","type":"embed-size","height":N}`, plus `"id"` when it has one.
//!
//! It acts on one message only: Pym's `width` message for its own id, which it answers by
//! posting its height again. Nothing else a host sends can change what it shows.

pub fn pym_height_message(id: &str, height: u32) -> String {
    format!("pymxPYMx{id}xPYMxheightxPYMx{height}")
}

/// The `embed-size` message as JSON text (the browser posts it as an object). Written by
/// hand: ids are letters, digits, `-` and `_` (`is_well_formed_id`), nothing to escape.
pub fn embed_size_message(id: Option<&str>, height: u32) -> String {
    let id = id.map(|id| format!(r#","id":"{id}""#)).unwrap_or_default();
    format!(r#"{{"sentinel":"amp","type":"embed-size","height":{height}{id}}}"#)
}

/// Whether a message is a well-formed Pym `width` message for this embed:
/// `pymxPYMx{id}xPYMxwidthxPYMx{1–5 digits}` and nothing more.
pub fn is_size_request(message: &str, id: &str) -> bool {
    let Some(width) = message
        .strip_prefix("pymxPYMx")
        .and_then(|rest| rest.strip_prefix(id))
        .and_then(|rest| rest.strip_prefix("xPYMxwidthxPYMx"))
    else {
        return false;
    };
    !id.is_empty() && (1..=5).contains(&width.len()) && width.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn speaks_pym_and_embed_size() {
        assert_eq!(
            pym_height_message("box-1", 812),
            "pymxPYMxbox-1xPYMxheightxPYMx812"
        );
        let message: serde_json::Value =
            serde_json::from_str(&embed_size_message(Some("box-1"), 812)).unwrap();
        assert_eq!(
            message,
            json!({ "sentinel": "amp", "type": "embed-size", "height": 812, "id": "box-1" })
        );
        let anonymous: serde_json::Value =
            serde_json::from_str(&embed_size_message(None, 5)).unwrap();
        assert_eq!(anonymous.get("id"), None);
    }

    #[test]
    fn answers_only_its_own_well_formed_width_message() {
        assert!(is_size_request("pymxPYMxbox-1xPYMxwidthxPYMx640", "box-1"));
        for foreign in [
            "pymxPYMxbox-2xPYMxwidthxPYMx640",
            "pymxPYMxbox-1xPYMxheightxPYMx640",
            "pymxPYMxbox-1xPYMxwidthxPYMx",
            "pymxPYMxbox-1xPYMxwidthxPYMx640px",
            "pymxPYMxbox-1xPYMxwidthxPYMx1234567",
            "pymxPYMxbox-1xPYMxnavigateToxPYMxhttps://evil.example",
            "pymxPYMxbox-1xPYMxwidthxPYMx640xPYMxmore",
            "{\"sentinel\":\"amp\",\"type\":\"embed-size\"}",
            "",
        ] {
            assert!(!is_size_request(foreign, "box-1"), "{foreign}");
        }
        assert!(!is_size_request("pymxPYMxxPYMxwidthxPYMx640", ""));
    }
}

//! The site's keyboard shortcuts: one key each, no modifier, never while typing in a field.
//! The help overlay (`?`) lists these and the keys each view handles itself.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Help,
    Present,
    Reader,
    Timeline,
    Diagram,
    /// The catalog's search box, or the timeline's filter.
    Search,
    NextSection,
    PreviousSection,
}

/// Site-wide keys: (key as `KeyboardEvent.key` reports it, command, what it does).
pub const SITE_KEYS: [(&str, Command, &str); 8] = [
    ("?", Command::Help, "Show or hide this help"),
    (
        "p",
        Command::Present,
        "Presentation mode: large text for projectors (again to leave)",
    ),
    ("r", Command::Reader, "The profile’s text"),
    ("t", Command::Timeline, "The timeline"),
    ("d", Command::Diagram, "The allies and rivals diagram"),
    (
        "/",
        Command::Search,
        "Search the catalog, or filter the timeline",
    ),
    ("j", Command::NextSection, "Next section of the text"),
    (
        "k",
        Command::PreviousSection,
        "Previous section of the text",
    ),
];

/// Keys a view handles where the focus is: shown in the help, not dispatched here.
pub const VIEW_KEYS: [(&str, &str); 8] = [
    ("Tab", "Move between links, buttons and the diagram"),
    (
        "Enter",
        "Open a footnote, a timeline event or a diagram card",
    ),
    ("Escape", "Close a preview, a card or a dialog"),
    ("↑ ↓ Home End", "Walk the timeline’s groups and events"),
    (
        "← → ↑ ↓",
        "Walk the diagram: centre, sides, along a side, through links",
    ),
    ("+ − 0", "Zoom the diagram in, out, back"),
    ("Shift + arrows", "Pan the diagram"),
    (
        "Space",
        "Play or pause the diagram’s years (on the Play button)",
    ),
];

/// The command for a key press, if it is one: a plain key, without Ctrl, Alt or Meta
/// (Shift is how `?` is typed on most keyboards, so it is allowed).
pub fn command_for(key: &str, ctrl: bool, alt: bool, meta: bool) -> Option<Command> {
    if ctrl || alt || meta {
        return None;
    }
    SITE_KEYS
        .iter()
        .find(|(k, ..)| *k == key)
        .map(|(_, command, _)| *command)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_is_one_command_and_each_command_one_key() {
        for (i, (key, command, _)) in SITE_KEYS.iter().enumerate() {
            for (other_key, other_command, _) in &SITE_KEYS[i + 1..] {
                assert_ne!(key, other_key);
                assert_ne!(command, other_command);
            }
            assert_eq!(command_for(key, false, false, false), Some(*command));
        }
    }

    #[test]
    fn modified_and_other_keys_are_left_alone() {
        assert_eq!(command_for("t", true, false, false), None); // Ctrl+T: a new tab
        assert_eq!(command_for("p", false, false, true), None); // Cmd+P: print
        assert_eq!(command_for("d", false, true, false), None);
        assert_eq!(command_for("T", false, false, false), None);
        assert_eq!(command_for("Enter", false, false, false), None);
    }
}

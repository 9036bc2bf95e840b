//! Where a JSON path (`$.sections[1].blocks[0].paragraph[1].note`, as the validator names a
//! problem's place) is in a document's text: the line and column where its value starts, or,
//! when the path goes on past what the document has (a missing member), where the deepest
//! part it has starts. Found by reading the text once, up to the place, without building it.

/// One step of a path: a member of an object, or an item of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Member(String),
    Item(usize),
}

/// The steps of `$.a[2].b`; `None` if it is not such a path.
fn steps(path: &str) -> Option<Vec<Step>> {
    let mut rest = path.strip_prefix('$')?;
    let mut steps = Vec::new();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            steps.push(Step::Member(after[..end].to_owned()));
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = after.find(']')?;
            steps.push(Step::Item(after[..end].parse().ok()?));
            rest = &after[end + 1..];
        } else {
            return None;
        }
    }
    Some(steps)
}

/// The 1-based line and column where the value at `path` starts in `json`.
pub fn place_of(json: &str, path: &str) -> Option<(usize, usize)> {
    let steps = steps(path)?;
    let mut reader = Reader {
        bytes: json.as_bytes(),
        at: 0,
    };
    reader.space();
    let mut start = reader.at;
    for step in &steps {
        match reader.enter(step) {
            Some(found) => start = found,
            None => break,
        }
    }
    Some(line_and_column(json, start))
}

fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.at += 1;
        }
    }

    /// From the start of a value, into the value `step` names, leaving the reader at its
    /// start; `None` (the reader left where it was) if there is none.
    fn enter(&mut self, step: &Step) -> Option<usize> {
        let start = self.at;
        let found = match (self.peek()?, step) {
            (b'{', Step::Member(name)) => self.member(name),
            (b'[', Step::Item(index)) => self.item(*index),
            _ => None,
        };
        if found.is_none() {
            self.at = start;
        }
        found
    }

    fn member(&mut self, name: &str) -> Option<usize> {
        self.at += 1;
        loop {
            self.space();
            if self.peek()? != b'"' {
                return None;
            }
            let key = self.string()?;
            self.space();
            if self.peek()? != b':' {
                return None;
            }
            self.at += 1;
            self.space();
            if key == name {
                return Some(self.at);
            }
            self.past_value()?;
        }
    }

    fn item(&mut self, index: usize) -> Option<usize> {
        self.at += 1;
        let mut i = 0;
        loop {
            self.space();
            if self.peek()? == b']' {
                return None;
            }
            if i == index {
                return Some(self.at);
            }
            self.past_value()?;
            i += 1;
        }
    }

    /// Steps over a member's or an item's value and the comma after it: `None` at the list's end.
    fn past_value(&mut self) -> Option<()> {
        self.skip_value()?;
        self.space();
        if self.peek()? != b',' {
            return None;
        }
        self.at += 1;
        Some(())
    }

    /// A string's text (escapes left as written: member names have none), the reader after it.
    fn string(&mut self) -> Option<String> {
        let start = self.at + 1;
        self.skip_string()?;
        String::from_utf8(self.bytes[start..self.at - 1].to_vec()).ok()
    }

    fn skip_string(&mut self) -> Option<()> {
        self.at += 1;
        loop {
            match self.peek()? {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    return Some(());
                }
                _ => self.at += 1,
            }
        }
    }

    /// Past one value of any kind: strings, and lists and objects to their end.
    fn skip_value(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            match self.peek()? {
                b'"' => self.skip_string()?,
                b'{' | b'[' => {
                    depth += 1;
                    self.at += 1;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    self.at += 1;
                }
                b',' if depth == 0 => return Some(()),
                _ => self.at += 1,
            }
            if depth == 0
                && !matches!(self.peek(), Some(b) if b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b == b'+')
            {
                return Some(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"id\": \"x\",\n  \"sections\": [\n    {\"id\": \"a\", \"blocks\": []},\n    {\"id\": \"b\",\n     \"blocks\": [{\"paragraph\": [\"t [x]\", {\"note\": 99}]}]}\n  ],\n  \"notes\": []\n}";

    #[test]
    fn a_path_is_found_where_its_value_starts() {
        assert_eq!(place_of(DOC, "$"), Some((1, 1)));
        assert_eq!(place_of(DOC, "$.id"), Some((2, 9)));
        assert_eq!(place_of(DOC, "$.sections[1]"), Some((5, 5)));
        assert_eq!(
            place_of(DOC, "$.sections[1].blocks[0].paragraph[1].note"),
            Some((6, 50))
        );
        assert_eq!(place_of(DOC, "$.notes"), Some((8, 12)));
    }

    #[test]
    fn a_path_past_what_the_document_has_points_at_its_deepest_part() {
        assert_eq!(place_of(DOC, "$.sections[1].heading"), Some((5, 5)));
        assert_eq!(place_of(DOC, "$.sections[7]"), Some((3, 15)));
        assert_eq!(place_of(DOC, "$.missing"), Some((1, 1)));
    }

    #[test]
    fn what_is_not_a_path_has_no_place() {
        assert_eq!(place_of(DOC, "line 3"), None);
        assert_eq!(place_of(DOC, "$.a[x]"), None);
    }

    #[test]
    fn the_mek_profile_has_every_path_the_validator_could_name() {
        let json = include_str!("../data/profiles/mek.json");
        let (line, _) = place_of(json, "$.events[3].date").unwrap();
        let text = json.lines().nth(line - 1).unwrap();
        assert!(text.trim_start().starts_with("\"date\""), "{text}");
        let (line, _) = place_of(json, "$.relationships[21]").unwrap();
        assert!(line > 1000, "{line}");
    }
}

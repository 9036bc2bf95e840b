//! JSON text to a [`Json`] tree (RFC 8259), with serde_json's messages and places for
//! syntax errors.

use super::value::{Json, Kind};
use std::borrow::Cow;

/// Lists and objects nested deeper than this are refused, as serde_json refuses them.
const MAX_DEPTH: usize = 128;

/// Why a text is not JSON, and where: the 1-based line and the column of the byte that
/// broke it (for a text cut short, the end of its last line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
    /// The text ended before the value did.
    pub eof: bool,
}

pub const RECURSION_LIMIT: &str = "recursion limit exceeded";

pub fn parse(text: &str) -> Result<Json<'_>, SyntaxError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        at: 0,
        line: 1,
        line_start: 0,
        depth: 0,
    };
    let value = parser.value()?;
    parser.whitespace();
    if parser.at < parser.bytes.len() {
        return Err(parser.error("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    line: usize,
    line_start: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn whitespace(&mut self) {
        let mut at = self.at;
        while let Some(&b) = self.bytes.get(at) {
            match b {
                b' ' | b'\t' | b'\r' => at += 1,
                b'\n' => {
                    at += 1;
                    self.line += 1;
                    self.line_start = at;
                }
                _ => break,
            }
        }
        self.at = at;
    }

    /// An error at the byte `self.at` (its column counts it), or at the end of the text.
    fn error(&self, message: &'static str) -> SyntaxError {
        let eof = self.at >= self.bytes.len();
        SyntaxError {
            message,
            line: self.line,
            column: self.at.min(self.bytes.len()) - self.line_start + usize::from(!eof),
            eof,
        }
    }

    /// An error just after what was read (its last byte counted).
    fn error_after(&self, message: &'static str) -> SyntaxError {
        SyntaxError {
            message,
            line: self.line,
            column: self.at - self.line_start,
            eof: false,
        }
    }

    /// `message` where the next byte is, or `at_end` if the text stops first.
    fn expected(&self, message: &'static str, at_end: &'static str) -> SyntaxError {
        self.error(if self.peek().is_some() {
            message
        } else {
            at_end
        })
    }

    fn value(&mut self) -> Result<Json<'a>, SyntaxError> {
        self.whitespace();
        let (line, column) = (self.line, self.at - self.line_start + 1);
        let kind = match self.peek() {
            None => return Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.object()?,
            Some(b'[') => self.array()?,
            Some(b'"') => Kind::String(self.string()?),
            Some(b't') => self.word("true", Kind::Bool(true))?,
            Some(b'f') => self.word("false", Kind::Bool(false))?,
            Some(b'n') => self.word("null", Kind::Null)?,
            Some(b'-' | b'0'..=b'9') => Kind::Number(self.number()?),
            Some(_) => return Err(self.error("expected value")),
        };
        Ok(Json { kind, line, column })
    }

    fn word(&mut self, word: &'static str, kind: Kind<'a>) -> Result<Kind<'a>, SyntaxError> {
        for &expected in word.as_bytes() {
            match self.peek() {
                Some(b) if b == expected => self.at += 1,
                Some(_) => return Err(self.error("expected ident")),
                None => return Err(self.error("EOF while parsing a value")),
            }
        }
        Ok(kind)
    }

    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth >= MAX_DEPTH {
            return Err(self.error(RECURSION_LIMIT));
        }
        self.at += 1;
        Ok(())
    }

    /// After an item of an array or an object: whether another follows (a comma, consumed)
    /// or the list ends (`close`, consumed).
    fn more(
        &mut self,
        close: u8,
        expected: &'static str,
        at_end: &'static str,
    ) -> Result<bool, SyntaxError> {
        self.whitespace();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                self.whitespace();
                if self.peek() == Some(close) {
                    return Err(self.error("trailing comma"));
                }
                Ok(true)
            }
            Some(c) if c == close => {
                self.at += 1;
                Ok(false)
            }
            _ => Err(self.expected(expected, at_end)),
        }
    }

    fn array(&mut self) -> Result<Kind<'a>, SyntaxError> {
        self.enter()?;
        let mut items = Vec::new();
        self.whitespace();
        if self.peek() == Some(b']') {
            self.at += 1;
        } else {
            loop {
                items.push(self.value()?);
                if !self.more(b']', "expected `,` or `]`", "EOF while parsing a list")? {
                    break;
                }
            }
        }
        self.depth -= 1;
        Ok(Kind::Array(items))
    }

    fn object(&mut self) -> Result<Kind<'a>, SyntaxError> {
        self.enter()?;
        let mut members = Vec::new();
        self.whitespace();
        if self.peek() == Some(b'}') {
            self.at += 1;
        } else {
            loop {
                self.whitespace();
                if self.peek() != Some(b'"') {
                    return Err(
                        self.expected("key must be a string", "EOF while parsing an object")
                    );
                }
                let key = self.key()?;
                self.whitespace();
                if self.peek() != Some(b':') {
                    return Err(self.expected("expected `:`", "EOF while parsing an object"));
                }
                self.at += 1;
                members.push((key, self.value()?));
                if !self.more(b'}', "expected `,` or `}`", "EOF while parsing an object")? {
                    break;
                }
            }
        }
        self.depth -= 1;
        Ok(Kind::Object(members))
    }

    /// A member's key, borrowed from the text when it holds no escape (keys are half of a
    /// profile's strings).
    fn key(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        let start = self.at + 1;
        let end = self.bytes[start..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
            .map(|n| start + n);
        match end {
            Some(end) if self.bytes[end] == b'"' => {
                self.at = end + 1;
                Ok(Cow::Borrowed(&self.text[start..end]))
            }
            _ => self.string().map(Cow::Owned),
        }
    }

    /// A string starting at its opening quote; escapes decoded.
    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            self.at += self.bytes[start..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(self.bytes.len() - start);
            if out.is_empty() && self.peek() == Some(b'"') {
                // The common case: no escapes, one copy.
                self.at += 1;
                return Ok(self.text[start..self.at - 1].to_owned());
            }
            // Only ASCII bytes stop the scan, so `start..at` falls on character boundaries.
            out.push_str(&self.text[start..self.at]);
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => {
                    return Err(self
                        .error("control character (\\u0000-\\u001F) found while parsing a string"))
                }
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
        let Some(b) = self.peek() else {
            return Err(self.error("EOF while parsing a string"));
        };
        let simple = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                self.at += 1;
                let unit = self.hex4()?;
                let c = match unit {
                    // A trailing surrogate first: serde_json's message for it.
                    0xDC00..=0xDFFF => {
                        return Err(self.error_after("lone leading surrogate in hex escape"))
                    }
                    0xD800..=0xDBFF => {
                        for next in [b'\\', b'u'] {
                            match self.peek() {
                                None => return Err(self.error("EOF while parsing a string")),
                                Some(b) if b == next => self.at += 1,
                                Some(_) => return Err(self.error("unexpected end of hex escape")),
                            }
                        }
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(self.error_after("lone leading surrogate in hex escape"));
                        }
                        0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00)
                    }
                    unit => u32::from(unit),
                };
                // Surrogates are handled above: every other code unit is a character.
                out.extend(char::from_u32(c));
                return Ok(());
            }
            _ => return Err(self.error("invalid escape")),
        };
        self.at += 1;
        out.push(simple);
        Ok(())
    }

    /// Four hex digits, read at once as serde_json reads them.
    fn hex4(&mut self) -> Result<u16, SyntaxError> {
        let Some(digits) = self.bytes.get(self.at..self.at + 4) else {
            self.at = self.bytes.len();
            return Err(self.error("EOF while parsing a string"));
        };
        self.at += 4;
        let mut value = 0u16;
        for &b in digits {
            match (b as char).to_digit(16) {
                Some(digit) => value = value * 16 + digit as u16,
                None => return Err(self.error_after("invalid escape")),
            }
        }
        Ok(value)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as written.
    fn number(&mut self) -> Result<String, SyntaxError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                    return Err(self.error("invalid number"));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.expected("invalid number", "EOF while parsing a value")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.required_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.required_digits()?;
        }
        Ok(self.text[start..self.at].to_owned())
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }

    fn required_digits(&mut self) -> Result<(), SyntaxError> {
        if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
            return Err(self.expected("invalid number", "EOF while parsing a value"));
        }
        self.digits();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> Kind<'_> {
        parse(text).unwrap().kind
    }

    #[test]
    fn reads_every_kind_of_value_with_its_place() {
        let doc = parse(
            "{\n  \"a\": [1, -2.5e3, true, null],\n  \"b\": \"x\\u00e9\\ud83d\\ude00\\n\"\n}",
        )
        .unwrap();
        let Kind::Object(members) = doc.kind else {
            panic!("not an object")
        };
        assert_eq!(members[0].0, "a");
        assert_eq!((members[0].1.line, members[0].1.column), (2, 8));
        let Kind::Array(items) = &members[0].1.kind else {
            panic!("not an array")
        };
        assert_eq!(items[1].kind, Kind::Number("-2.5e3".into()));
        assert_eq!(
            (items[2].kind.clone(), items[3].kind.clone()),
            (Kind::Bool(true), Kind::Null)
        );
        assert_eq!(members[1].1.kind, Kind::String("xé😀\n".into()));
        assert_eq!((members[1].1.line, members[1].1.column), (3, 8));
    }

    #[test]
    fn keeps_a_key_given_twice() {
        let Kind::Object(members) = kind(r#"{"note": 1, "note": 2}"#) else {
            panic!("not an object")
        };
        assert_eq!(members.len(), 2);
    }

    /// The messages and places serde_json gives for the same texts.
    #[test]
    fn syntax_errors_are_named_as_serde_json_names_them() {
        for text in [
            "{\n  \"format\": 1,\n  \"profiles\": [,]\n}",
            "[1, 2",
            "{\"a\": 1,}",
            "[1,]",
            "{\"a\" 1}",
            "{1: 2}",
            "[1 2]",
            "{\"a\": 1 \"b\": 2}",
            "\"abc",
            "\"a\u{1}b\"",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\u12g4\"",
            "tru",
            "trux",
            "01",
            "-",
            "1.",
            "1e",
            "1.5x",
            "[] x",
            "",
            "   ",
            "{",
            "{\"a\"",
            "{\"a\":",
            "[\"a\" , ]",
            "\n\n  @",
        ] {
            let ours = parse(text).unwrap_err();
            let theirs = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
            let message = theirs.to_string();
            let message = message.split(" at line ").next().unwrap().to_owned();
            assert_eq!(
                (ours.message, ours.line, ours.column, ours.eof),
                (
                    message.as_str(),
                    theirs.line(),
                    theirs.column(),
                    theirs.is_eof()
                ),
                "{text:?}"
            );
        }
    }

    #[test]
    fn refuses_nesting_deeper_than_serde_json_does() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        for n in [127, 128, 200] {
            let ours = parse(&deep(n)).map(|_| ()).map_err(|e| e.message);
            let theirs = serde_json::from_str::<serde_json::Value>(&deep(n))
                .map(|_| ())
                .map_err(|e| e.to_string());
            assert_eq!(ours.is_ok(), theirs.is_ok(), "depth {n}");
            if let Err(message) = ours {
                assert_eq!(message, RECURSION_LIMIT);
            }
        }
    }
}

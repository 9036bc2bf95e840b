//! Reading typed values out of a [`Json`] tree, with the JSON path of every error.

use super::value::{self, is_integer, Json, Kind};
use std::fmt;

/// Where a value stands in its document: `$`, `$.sections[3].id`. Built on the stack as the
/// reader descends and written out only for an error.
#[derive(Clone, Copy)]
pub enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => f.write_str("$"),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// A value that is valid JSON but not what its place needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub path: String,
    pub message: String,
    /// Where the value (or the object missing a member) starts.
    pub line: usize,
    pub column: usize,
}

impl DataError {
    pub fn new(at: &Path, json: &Json, message: impl Into<String>) -> Self {
        DataError {
            path: at.to_string(),
            message: message.into(),
            line: json.line,
            column: json.column,
        }
    }
}

/// A type read from its JSON value; `at` is where that value stands.
pub trait FromJson: Sized {
    fn from_json(json: Json, at: &Path) -> Result<Self, DataError>;
}

pub fn invalid_type(json: &Json, at: &Path, expected: &str) -> DataError {
    DataError::new(
        at,
        json,
        format!("invalid type: {}, expected {expected}", json.unexpected()),
    )
}

pub fn unknown_field(json: &Json, at: &Path, key: &str, fields: &[&str]) -> DataError {
    DataError::new(
        at,
        json,
        format!("unknown field `{key}`, {}", one_of(fields, "fields")),
    )
}

pub fn missing_field(object: &Json, at: &Path, field: &str) -> DataError {
    DataError::new(at, object, format!("missing field `{field}`"))
}

pub fn duplicate_field(json: &Json, at: &Path, field: &str) -> DataError {
    DataError::new(at, json, format!("duplicate field `{field}`"))
}

/// serde's list of what was expected: "expected `a`", "expected `a` or `b`",
/// "expected one of `a`, `b`, `c`".
pub fn one_of(names: &[&str], what: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => format!("there are no {what}"),
        [one] => format!("expected {one}"),
        [a, b] => format!("expected {a} or {b}"),
        all => format!("expected one of {}", all.join(", ")),
    }
}

impl FromJson for String {
    fn from_json(json: Json, at: &Path) -> Result<Self, DataError> {
        match json.kind {
            Kind::String(s) => Ok(s),
            _ => Err(invalid_type(&json, at, "a string")),
        }
    }
}

impl FromJson for bool {
    fn from_json(json: Json, at: &Path) -> Result<Self, DataError> {
        match json.kind {
            Kind::Bool(b) => Ok(b),
            _ => Err(invalid_type(&json, at, "a boolean")),
        }
    }
}

/// An integer in `min..=max`, named `name` in errors as serde names its primitive types.
fn integer(json: &Json, at: &Path, name: &str, min: i64, max: i64) -> Result<i64, DataError> {
    let Kind::Number(number) = &json.kind else {
        return Err(invalid_type(json, at, name));
    };
    if !is_integer(number) {
        return Err(invalid_type(json, at, name));
    }
    match number.parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(DataError::new(
            at,
            json,
            format!("invalid value: integer `{number}`, expected {name}"),
        )),
    }
}

impl FromJson for u32 {
    fn from_json(json: Json, at: &Path) -> Result<Self, DataError> {
        integer(&json, at, "u32", 0, i64::from(u32::MAX)).map(|n| n as u32)
    }
}

impl FromJson for i32 {
    fn from_json(json: Json, at: &Path) -> Result<Self, DataError> {
        integer(&json, at, "i32", i64::from(i32::MIN), i64::from(i32::MAX)).map(|n| n as i32)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(json: Json, at: &Path) -> Result<Self, DataError> {
        match json.kind {
            Kind::Null => Ok(None),
            _ => T::from_json(json, at).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(json: Json, at: &Path) -> Result<Self, DataError> {
        match json.kind {
            Kind::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, item)| T::from_json(item, &Path::Index(at, i)))
                .collect(),
            _ => Err(invalid_type(&json, at, "a sequence")),
        }
    }
}

/// An object's members by name, for a struct to take one by one. Opening it checks what serde
/// derive with `deny_unknown_fields` checks while reading: a member the struct does not have,
/// or one given twice, is an error (the first such member in the document's order).
pub struct Members<'a, 'j> {
    slots: Vec<Option<Json<'j>>>,
    fields: &'static [&'static str],
    /// Where the object starts, for a missing member.
    object: Json<'j>,
    at: &'a Path<'a>,
}

impl<'a, 'j> Members<'a, 'j> {
    pub fn open(
        json: Json<'j>,
        at: &'a Path<'a>,
        expected: &str,
        fields: &'static [&'static str],
    ) -> Result<Self, DataError> {
        let (members, object) = members_of(json, at, expected)?;
        let mut slots: Vec<Option<Json>> = fields.iter().map(|_| None).collect();
        for (key, value) in members {
            let here = Path::Key(at, &key);
            match fields.iter().position(|f| *f == key.as_ref()) {
                None => return Err(unknown_field(&value, &here, &key, fields)),
                Some(i) if slots[i].is_some() => return Err(duplicate_field(&value, &here, &key)),
                Some(i) => slots[i] = Some(value),
            }
        }
        Ok(Members {
            slots,
            fields,
            object,
            at,
        })
    }

    fn take<T: FromJson>(&mut self, field: &str) -> Option<Result<T, DataError>> {
        let i = self.fields.iter().position(|f| *f == field)?;
        let value = self.slots[i].take()?;
        Some(T::from_json(value, &Path::Key(self.at, field)))
    }

    /// A member the struct cannot do without.
    pub fn required<T: FromJson>(&mut self, field: &str) -> Result<T, DataError> {
        self.take(field)
            .unwrap_or_else(|| Err(missing_field(&self.object, self.at, field)))
    }

    /// A member that may be left out: then its default.
    pub fn default<T: FromJson + Default>(&mut self, field: &str) -> Result<T, DataError> {
        self.take(field).unwrap_or_else(|| Ok(T::default()))
    }
}

/// An object's members, or the error for a value that is not an object.
pub fn members_of<'j>(
    json: Json<'j>,
    at: &Path,
    expected: &str,
) -> Result<(value::Members<'j>, Json<'j>), DataError> {
    match json.kind {
        Kind::Object(members) => {
            let place = Json {
                kind: Kind::Null,
                ..json
            };
            Ok((members, place))
        }
        _ => Err(invalid_type(&json, at, expected)),
    }
}

/// `FromJson` for a struct read from an object with known members (`Members`): a missing
/// `required` member is an error, a missing `default` member takes its default.
#[macro_export]
macro_rules! json_struct {
    ($ty:ident { $($json:literal => $field:ident: $kind:ident),* $(,)? }) => {
        impl $crate::json::FromJson for $ty {
            fn from_json(
                json: $crate::json::Json,
                at: &$crate::json::Path,
            ) -> Result<Self, $crate::json::DataError> {
                const FIELDS: &[&str] = &[$($json),*];
                let mut members = $crate::json::Members::open(
                    json,
                    at,
                    concat!("struct ", stringify!($ty)),
                    FIELDS,
                )?;
                Ok($ty {
                    $($field: members.$kind($json)?,)*
                })
            }
        }
    };
}

/// `FromJson` for an enum of names, read from a string as serde derive reads a unit enum.
/// The enum is `Copy`: its value is taken from a table, so that each enum costs a table, not a
/// copy of the matching and its error.
#[macro_export]
macro_rules! json_names {
    ($ty:ident { $($json:literal => $variant:ident),* $(,)? }) => {
        impl $crate::json::FromJson for $ty {
            fn from_json(
                json: $crate::json::Json,
                at: &$crate::json::Path,
            ) -> Result<Self, $crate::json::DataError> {
                const NAMES: &[&str] = &[$($json),*];
                const VALUES: &[$ty] = &[$($ty::$variant),*];
                $crate::json::variant(&json, at, concat!("enum ", stringify!($ty)), NAMES)
                    .map(|i| VALUES[i])
            }
        }
    };
}

/// Which of `names` the string `json` holds; `expected` names the enum in a type error.
pub fn variant(json: &Json, at: &Path, expected: &str, names: &[&str]) -> Result<usize, DataError> {
    let Kind::String(name) = &json.kind else {
        return Err(invalid_type(json, at, expected));
    };
    names.iter().position(|n| n == name).ok_or_else(|| {
        let message = format!("unknown variant `{name}`, {}", one_of(names, "variants"));
        DataError::new(at, json, message)
    })
}

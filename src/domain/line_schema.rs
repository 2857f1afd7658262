//! Your own event kinds: a JSON Schema (draft 2020-12 unless the file's `$schema` names another
//! draft) that every line of `kan publish batch --schema FILE` must satisfy.
//!
//! A line that fails is rejected like any invalid line (reason `schema`), with the JSON path of
//! the first failing value and what is wrong with it:
//!
//! ```text
//! $.metadata.price: expected number, got string
//! $.eventType: expected one of "login", "logout", "purchase", "view", got "signup"
//! ```
//!
//! `format` is asserted (`"format": "email"` rejects `"x"`), as most people writing one expect;
//! `$ref`s must point inside the file (kan fetches nothing over the network or from disk).
//! Lines are parsed with serde_json, which keeps the last of duplicate member names and refuses
//! numbers beyond `f64` (`1e400`), lone surrogates (`"\ud83d"`) and nesting past 128 levels.

use serde_json::Value;

use super::event::{check_utf8, RejectReason, Rejection};

/// A compiled schema, with its text kept to describe failures.
pub struct LineSchema {
    validator: jsonschema::Validator,
    schema: Value,
}

/// Longest pattern quoted in full in a message; longer ones are named by where they are.
const MAX_QUOTED_PATTERN: usize = 40;
/// Longest value quoted in full in a message.
const MAX_QUOTED_VALUE: usize = 60;

impl LineSchema {
    /// Compiles a schema file's text. The error is one line saying what is wrong with it.
    pub fn parse(text: &str) -> Result<Self, String> {
        let schema: Value = serde_json::from_str(text).map_err(|err| format!("not JSON: {err}"))?;
        if !matches!(schema, Value::Object(_) | Value::Bool(_)) {
            return Err("not a JSON Schema: expected an object or a boolean".into());
        }
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .map_err(|err| format!("not a valid JSON Schema: {}", one_line(&err.to_string())))?;
        Ok(LineSchema { validator, schema })
    }

    /// Checks one line: JSON, and valid under the schema.
    pub fn check(&self, line: &[u8]) -> Result<(), Rejection> {
        let value = parse_line(line)?;
        let mut errors = self.validator.iter_errors(&value);
        let Some(first) = errors.next() else {
            return Ok(());
        };
        let more = errors.count();
        let mut message = format!(
            "{}: {}",
            json_path(&value, first.instance_path().as_str()),
            self.describe(&first)
        );
        if more > 0 {
            message.push_str(&format!(" (and {more} more)"));
        }
        Err(Rejection {
            reason: RejectReason::Schema,
            message,
        })
    }

    /// What is wrong, in the words of `expected …, got …` where it can.
    fn describe(&self, error: &jsonschema::ValidationError<'_>) -> String {
        use jsonschema::error::{TypeKind, ValidationErrorKind as Kind};
        let instance = error.instance();
        match error.kind() {
            Kind::Type { kind } => {
                let expected = match kind {
                    TypeKind::Single(one) => one.to_string(),
                    TypeKind::Multiple(set) => set
                        .iter()
                        .map(|one| one.to_string())
                        .collect::<Vec<_>>()
                        .join(" or "),
                };
                format!("expected {expected}, got {}", type_name(instance))
            }
            Kind::Required { property } => format!("missing required field {property}"),
            Kind::Enum { options } => {
                let listed = match options.as_ref() {
                    Value::Array(options) => options
                        .iter()
                        .map(Value::to_string)
                        .collect::<Vec<_>>()
                        .join(", "),
                    other => other.to_string(),
                };
                format!("expected one of {listed}, got {}", quote(instance))
            }
            Kind::Pattern { pattern } => self.pattern_message(error, pattern),
            _ => one_line(&error.to_string()),
        }
    }

    fn pattern_message(&self, error: &jsonschema::ValidationError<'_>, pattern: &str) -> String {
        let value = quote(error.instance());
        if pattern.len() <= MAX_QUOTED_PATTERN {
            return format!("{value} does not match /{pattern}/");
        }
        // (Long patterns, like the shipped schemas' RFC 3339 one, read better described.)
        let at = error.schema_path().as_str();
        let description = at
            .strip_suffix("/pattern")
            .and_then(|parent| self.schema.pointer(parent))
            .and_then(|node| node.get("description"))
            .and_then(Value::as_str);
        match description {
            Some(description) => format!("expected {description}, got {value}"),
            None => format!("{value} does not match the pattern at #{at}"),
        }
    }
}

/// The line as a JSON value, or why it is not one.
pub(crate) fn parse_line(line: &[u8]) -> Result<Value, Rejection> {
    parse_line_as(line)
}

/// A line parsed as `T` (a `Value`, or a tree that borrows from the line), refused as
/// [`parse_line`] says.
pub(crate) fn parse_line_as<'a, T: serde::Deserialize<'a>>(line: &'a [u8]) -> Result<T, Rejection> {
    if line.trim_ascii().is_empty() {
        return Err(Rejection {
            reason: RejectReason::Empty,
            message: "empty line".into(),
        });
    }
    check_utf8(line)?;
    serde_json::from_slice(line).map_err(|err| Rejection {
        reason: RejectReason::MalformedJson,
        message: format!("malformed JSON: {err}").replace(" at line 1 column", " at column"),
    })
}

/// `/metadata/items/0/a~1b` as `$.metadata.items[0]["a/b"]`, reading `value` to tell array
/// indices from member names that are digits.
pub fn json_path(value: &Value, pointer: &str) -> String {
    let mut path = String::from("$");
    let mut at = Some(value);
    for raw in pointer.split('/').skip(1) {
        let segment = raw.replace("~1", "/").replace("~0", "~");
        match at {
            Some(Value::Array(items)) => {
                path.push_str(&format!("[{segment}]"));
                at = segment.parse::<usize>().ok().and_then(|i| items.get(i));
            }
            _ => {
                push_member(&mut path, &segment);
                at = at.and_then(|node| node.get(&segment));
            }
        }
    }
    path
}

pub(crate) fn push_member(path: &mut String, name: &str) {
    let plain = !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        path.push('.');
        path.push_str(name);
    } else {
        path.push_str(&format!("[{}]", Value::from(name)));
    }
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(number) if number.is_i64() || number.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// A value as JSON, shortened when long.
fn quote(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() <= MAX_QUOTED_VALUE {
        return text;
    }
    let head: String = text.chars().take(MAX_QUOTED_VALUE).collect();
    format!("{head}…")
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(text: &str) -> LineSchema {
        LineSchema::parse(text).expect("a valid schema")
    }

    fn error(schema: &LineSchema, line: &str) -> Rejection {
        schema.check(line.as_bytes()).expect_err(line)
    }

    const ORDER: &str = r#"{
        "type": "object",
        "required": ["userId", "metadata"],
        "properties": {
            "userId": {"type": "string", "minLength": 1},
            "eventType": {"enum": ["login", "purchase"]},
            "metadata": {
                "type": "object",
                "properties": {
                    "price": {"type": "number"},
                    "items": {"type": "array", "items": {"type": "object",
                        "properties": {"sku": {"type": "string", "pattern": "^[A-Z]-[0-9]+$"}}}},
                    "a/b": {"type": "integer"},
                    "7": {"type": "boolean"}
                }
            },
            "email": {"type": "string", "format": "email"}
        }
    }"#;

    #[test]
    fn valid_lines_pass() {
        let order = schema(ORDER);
        let line = r#"{"userId":"u1","eventType":"purchase","metadata":{"price":9.5,"items":[{"sku":"A-1"}]}}"#;
        assert_eq!(order.check(line.as_bytes()), Ok(()));
    }

    #[test]
    fn errors_name_the_json_path_of_the_failing_value() {
        let order = schema(ORDER);
        for (line, expected) in [
            (
                r#"{"userId":"u1","metadata":{"price":"9.5"}}"#,
                "$.metadata.price: expected number, got string",
            ),
            (
                r#"{"userId":"u1","eventType":"signup","metadata":{}}"#,
                r#"$.eventType: expected one of "login", "purchase", got "signup""#,
            ),
            (
                r#"{"metadata":{}}"#,
                r#"$: missing required field "userId""#,
            ),
            (
                r#"{"userId":"u1","metadata":{"items":[{"sku":"A-1"},{"sku":"a1"}]}}"#,
                r#"$.metadata.items[1].sku: "a1" does not match /^[A-Z]-[0-9]+$/"#,
            ),
            (
                r#"{"userId":"u1","metadata":{"a/b":1.5,"7":1}}"#,
                r#"$.metadata["a/b"]: expected integer, got number (and 1 more)"#,
            ),
            (
                r#"{"userId":"u1","metadata":{},"email":"nobody"}"#,
                r#"$.email: "nobody" is not a "email""#,
            ),
        ] {
            let rejection = error(&order, line);
            assert_eq!(rejection.reason, RejectReason::Schema, "{line}");
            assert_eq!(rejection.message, expected, "{line}");
        }
    }

    #[test]
    fn lines_that_are_not_json_are_malformed_not_schema_errors() {
        let order = schema(ORDER);
        assert_eq!(error(&order, "  ").reason, RejectReason::Empty);
        let broken = error(&order, r#"{"userId": "#);
        assert_eq!(broken.reason, RejectReason::MalformedJson);
        assert!(
            broken.message.starts_with("malformed JSON: "),
            "{}",
            broken.message
        );
        assert!(!broken.message.contains("line 1"), "{}", broken.message);
        let bytes = schema(ORDER).check(b"{\"userId\":\"\xff\"}").unwrap_err();
        assert_eq!(bytes.reason, RejectReason::InvalidUtf8);
    }

    #[test]
    fn long_patterns_are_described_not_quoted() {
        let described = schema(
            r#"{"properties": {"at": {"type": "string", "description": "a date like 2024-05-01",
                "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"}}}"#,
        );
        assert_eq!(
            error(&described, r#"{"at":"soon"}"#).message,
            r#"$.at: expected a date like 2024-05-01, got "soon""#
        );
        let bare = schema(
            r#"{"properties": {"at": {"pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"}}}"#,
        );
        assert_eq!(
            error(&bare, r#"{"at":"soon"}"#).message,
            r#"$.at: "soon" does not match the pattern at #/properties/at/pattern"#
        );
    }

    #[test]
    fn schemas_that_are_not_valid_say_so_in_one_line() {
        for (text, expected) in [
            ("{", "not JSON: "),
            ("[1]", "not a JSON Schema: "),
            (r#"{"type": "strng"}"#, "not a valid JSON Schema: "),
            (r#"{"minLength": -1}"#, "not a valid JSON Schema: "),
            (
                r#"{"$ref": "https://example.com/other.json"}"#,
                "not a valid JSON Schema: ",
            ),
        ] {
            let message = LineSchema::parse(text).err().expect(text);
            assert!(message.starts_with(expected), "{text}: {message}");
            assert!(!message.contains('\n'), "{text}: {message}");
        }
        assert!(LineSchema::parse("true").is_ok());
    }

    #[test]
    fn paths_quote_member_names_that_are_not_identifiers() {
        let value: Value = serde_json::from_str(r#"{"a":[{"b c":{"~x":1}}]}"#).unwrap();
        assert_eq!(json_path(&value, ""), "$");
        assert_eq!(json_path(&value, "/a/0/b c/~0x"), r#"$.a[0]["b c"]["~x"]"#);
    }
}

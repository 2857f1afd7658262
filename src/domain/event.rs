//! The analytics platform's event model — user events and page views — and its one
//! validator, shared by `kan publish` (what may be sent) and `kan watch` (what is counted).
//!
//! ```text
//! user event: {"userId": "u1", "eventType": "login|logout|purchase|view",
//!              "timestamp": "2024-05-01T12:00:00.000Z", "metadata": {…}}
//! page view:  {"userId": "u1", "url": "/pricing", "referrer": "/", "timestamp": …,
//!              "duration": 5000}
//! ```
//!
//! Parsing borrows from the input line and allocates only for strings with escapes: it runs
//! once per record on the publishing and watching hot paths.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::json_scan;
use super::platform;
use super::timestamp::{format_rfc3339_millis, parse_rfc3339_millis};

/// What a user did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EventType {
    Login,
    Logout,
    Purchase,
    View,
}

impl EventType {
    pub const ALL: [EventType; 4] = [
        EventType::Login,
        EventType::Logout,
        EventType::Purchase,
        EventType::View,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Login => "login",
            EventType::Logout => "logout",
            EventType::Purchase => "purchase",
            EventType::View => "view",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        EventType::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }
}

impl fmt::Display for EventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kinds of typed event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    UserEvent,
    PageView,
}

impl EventKind {
    /// The topic the analytics platform uses for this kind.
    pub fn default_topic(self) -> &'static str {
        match self {
            EventKind::UserEvent => platform::USER_EVENTS,
            EventKind::PageView => platform::PAGE_VIEWS,
        }
    }
}

/// Why a line was rejected; the category is what `kan watch` counts by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub reason: RejectReason,
    pub message: String,
}

/// Categories of rejection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    Empty,
    InvalidUtf8,
    MalformedJson,
    Schema,
    TooLarge,
}

impl RejectReason {
    pub fn as_str(self) -> &'static str {
        match self {
            RejectReason::Empty => "empty",
            RejectReason::InvalidUtf8 => "invalid_utf8",
            RejectReason::MalformedJson => "malformed_json",
            RejectReason::Schema => "schema",
            RejectReason::TooLarge => "too_large",
        }
    }
}

impl Rejection {
    fn new(reason: RejectReason, message: impl Into<String>) -> Self {
        Rejection {
            reason,
            message: message.into(),
        }
    }

    fn schema(message: impl Into<String>) -> Self {
        Rejection::new(RejectReason::Schema, message)
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// A user event, borrowed from its line.
#[derive(Debug, Clone, PartialEq)]
pub struct UserEventRef<'a> {
    pub user_id: Cow<'a, str>,
    pub event_type: EventType,
    /// Epoch milliseconds; `None` when the line has no timestamp.
    pub timestamp_ms: Option<i64>,
}

/// A page view, borrowed from its line.
#[derive(Debug, Clone, PartialEq)]
pub struct PageViewRef<'a> {
    pub user_id: Cow<'a, str>,
    pub url: Cow<'a, str>,
    pub referrer: Option<Cow<'a, str>>,
    pub timestamp_ms: Option<i64>,
    /// Milliseconds; `None` when the line has no duration.
    pub duration_ms: Option<u64>,
}

/// Parses and validates a user event.
pub fn parse_user_event(line: &[u8]) -> Result<UserEventRef<'_>, Rejection> {
    user_event_from(parse_object(line)?)
}

fn user_event_from(wire: Wire<'_>) -> Result<UserEventRef<'_>, Rejection> {
    Ok(UserEventRef {
        user_id: required_string(wire.user_id, "userId")?,
        event_type: match wire.event_type {
            Loose::Str(text) => EventType::parse(&text).ok_or_else(|| {
                Rejection::schema(format!(
                    "eventType '{text}' is not one of login, logout, purchase, view"
                ))
            })?,
            Loose::Missing => return Err(Rejection::schema("missing field eventType")),
            other => {
                return Err(Rejection::schema(format!(
                    "eventType must be a string, not {}",
                    other.describe()
                )))
            }
        },
        timestamp_ms: timestamp(wire.timestamp)?,
    })
    .and_then(|event| {
        match wire.metadata {
            Loose::Missing | Loose::Null | Loose::Object => Ok(()),
            other => Err(Rejection::schema(format!(
                "metadata must be an object, not {}",
                other.describe()
            ))),
        }?;
        Ok(event)
    })
}

/// Parses and validates a page view.
pub fn parse_page_view(line: &[u8]) -> Result<PageViewRef<'_>, Rejection> {
    page_view_from(parse_object(line)?)
}

fn page_view_from(wire: Wire<'_>) -> Result<PageViewRef<'_>, Rejection> {
    let user_id = required_string(wire.user_id, "userId")?;
    let url = required_string(wire.url, "url")?;
    let referrer = match wire.referrer {
        Loose::Missing | Loose::Null => None,
        Loose::Str(text) => Some(text),
        other => {
            return Err(Rejection::schema(format!(
                "referrer must be a string, not {}",
                other.describe()
            )))
        }
    };
    let duration_ms = match wire.duration {
        Loose::Missing | Loose::Null => None,
        Loose::Int(ms) if ms >= 0 => Some(ms as u64),
        Loose::Float(ms) if ms >= 0.0 && ms.is_finite() => Some(ms.round() as u64),
        other => {
            return Err(Rejection::schema(format!(
                "duration must be a non-negative number of milliseconds, not {}",
                other.describe()
            )))
        }
    };
    Ok(PageViewRef {
        user_id,
        url,
        referrer,
        timestamp_ms: timestamp(wire.timestamp)?,
        duration_ms,
    })
}

/// An event checked and ready to publish.
#[derive(Debug, Clone, PartialEq)]
pub struct Validated<'a> {
    /// The record key (the user id).
    pub key: LineKey<'a>,
    /// The record value: the line itself, or rewritten when a default was filled in.
    pub payload: Cow<'a, [u8]>,
    /// The event time, used as the record timestamp.
    pub timestamp_ms: i64,
}

/// A record key read from a line: its text and, when the key is those very bytes of the line
/// (no escapes to decode), where they are.
#[derive(Debug, Clone, PartialEq)]
pub struct LineKey<'a> {
    pub text: Cow<'a, str>,
    pub span: Option<Range<usize>>,
}

impl<'a> LineKey<'a> {
    /// A string value the scanner found at `span`: there as it is, unless it was unescaped.
    fn new(text: Cow<'a, str>, span: Range<usize>) -> Self {
        let span = matches!(text, Cow::Borrowed(_)).then_some(span);
        LineKey { text, span }
    }
}

impl PartialEq<&str> for LineKey<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

/// Validates a line for publishing; a missing timestamp becomes `now_ms` (and a missing
/// page-view duration 0), which rewrites the line.
pub fn validate_for_publish(
    kind: EventKind,
    line: &[u8],
    now_ms: i64,
) -> Result<Validated<'_>, Rejection> {
    let wire = parse_object(line)?;
    let user_id_span = wire.user_id_span.clone();
    let (timestamp_span, duration_span) = (wire.timestamp_span.clone(), wire.duration_span.clone());
    let (user_id, timestamp, fill_duration) = match kind {
        EventKind::UserEvent => {
            let event = user_event_from(wire)?;
            (event.user_id, event.timestamp_ms, false)
        }
        EventKind::PageView => {
            let view = page_view_from(wire)?;
            (view.user_id, view.timestamp_ms, view.duration_ms.is_none())
        }
    };
    let key = LineKey::new(user_id, user_id_span);
    // (Parsing checked that the whole line is UTF-8, ignored fields included.)
    if timestamp.is_some() && !fill_duration {
        return Ok(Validated {
            key,
            payload: Cow::Borrowed(line),
            timestamp_ms: timestamp.unwrap_or(now_ms),
        });
    }
    // The line as it is, with a null field replaced where it stands and a missing one appended.
    // Not re-encoded: serde_json would refuse lines the scanner accepts (a number beyond f64, a
    // lone surrogate, nesting past 128 levels), so whether a line could be published would
    // depend on whether it had a timestamp.
    let mut replaced: Vec<(Range<usize>, String)> = Vec::new();
    let mut appended = String::new();
    let mut fill = |span: Option<Range<usize>>, name: &str, value: String| match span {
        Some(span) => replaced.push((span, value)),
        None => appended.push_str(&format!(",\"{name}\":{value}")),
    };
    if timestamp.is_none() {
        fill(
            timestamp_span,
            "timestamp",
            format!("\"{}\"", format_rfc3339_millis(now_ms)),
        );
    }
    if fill_duration {
        fill(duration_span, "duration", "0".into());
    }
    replaced.sort_by_key(|(span, _)| span.start);
    // Parsing checked the line is one object: its closing brace is its last non-blank byte.
    let close = line.trim_ascii_end().len() - 1;
    let mut payload = Vec::with_capacity(line.len() + appended.len() + 32);
    let mut copied = 0;
    for (span, value) in replaced {
        payload.extend_from_slice(&line[copied..span.start]);
        payload.extend_from_slice(value.as_bytes());
        copied = span.end;
    }
    payload.extend_from_slice(&line[copied..close]);
    payload.extend_from_slice(appended.as_bytes());
    payload.extend_from_slice(&line[close..]);
    Ok(Validated {
        key,
        payload: Cow::Owned(payload),
        timestamp_ms: timestamp.unwrap_or(now_ms),
    })
}

/// Reads a top-level field as a record key (for raw lines with `--key-field`).
pub fn key_from_field<'a>(line: &'a [u8], field: &str) -> Result<LineKey<'a>, Rejection> {
    let (mut found, mut found_at) = (Loose::Missing, 0..0);
    scan_members(line, |key, value, span| {
        if key == field {
            (found, found_at) = (Loose::from(value), span);
        }
        Ok(())
    })?;
    match found {
        Loose::Str(text) if !text.is_empty() => Ok(LineKey::new(text, found_at)),
        Loose::Int(number) => Ok(LineKey {
            text: Cow::Owned(number.to_string()),
            span: None,
        }),
        Loose::Missing => Err(Rejection::schema(format!("missing key field {field}"))),
        other => Err(Rejection::schema(format!(
            "key field {field} must be a non-empty string or an integer, not {}",
            other.describe()
        ))),
    }
}

/// Checks the basics every kind shares: not empty, and an object (`{…}`) rather than other
/// JSON. (The parsers then check that the whole line is UTF-8 and valid JSON.)
pub fn check_line(line: &[u8]) -> Result<(), Rejection> {
    let trimmed = line.trim_ascii();
    if trimmed.is_empty() {
        return Err(Rejection::new(RejectReason::Empty, "empty line"));
    }
    if trimmed[0] != b'{' {
        check_utf8(line)?;
        return Err(Rejection::new(
            RejectReason::MalformedJson,
            "malformed JSON: expected an object ({…})",
        ));
    }
    Ok(())
}

/// A user event as kan builds it from flags.
#[derive(Debug, Clone, Serialize)]
pub struct UserEvent {
    #[serde(rename = "userId")]
    pub user_id: String,
    #[serde(rename = "eventType")]
    pub event_type: EventType,
    pub timestamp: String,
    pub metadata: BTreeMap<String, String>,
}

/// A page view as kan builds it from flags.
#[derive(Debug, Clone, Serialize)]
pub struct PageView {
    #[serde(rename = "userId")]
    pub user_id: String,
    pub url: String,
    pub referrer: Option<String>,
    pub timestamp: String,
    pub duration: u64,
}

/// Rejects a line with bytes that are not UTF-8, naming the first one.
pub fn check_utf8(line: &[u8]) -> Result<(), Rejection> {
    utf8(line).map(|_| ())
}

/// The line as text, or a rejection naming its first byte that is not UTF-8.
fn utf8(line: &[u8]) -> Result<&str, Rejection> {
    std::str::from_utf8(line).map_err(|err| {
        Rejection::new(
            RejectReason::InvalidUtf8,
            format!("not valid UTF-8 (byte {})", err.valid_up_to() + 1),
        )
    })
}

fn parse_object(line: &[u8]) -> Result<Wire<'_>, Rejection> {
    let mut wire = Wire::default();
    scan_members(line, |key, value, span| {
        match &*key {
            "userId" => wire.user_id_span = span,
            "timestamp" => wire.timestamp_span = Some(span),
            "duration" => wire.duration_span = Some(span),
            _ => {}
        }
        let slot = match &*key {
            "userId" => &mut wire.user_id,
            "eventType" => &mut wire.event_type,
            "timestamp" => &mut wire.timestamp,
            "metadata" => &mut wire.metadata,
            "url" => &mut wire.url,
            "referrer" => &mut wire.referrer,
            "duration" => &mut wire.duration,
            _ => return Ok(()),
        };
        if *slot != Loose::Missing {
            return Err(format!("duplicate field `{key}`"));
        }
        *slot = Loose::from(value);
        Ok(())
    })?;
    Ok(wire)
}

/// Checks that a line is one UTF-8 JSON object and hands each top-level member to `member`.
fn scan_members<'a>(
    line: &'a [u8],
    member: impl FnMut(Cow<'a, str>, json_scan::Value<'a>, Range<usize>) -> Result<(), String>,
) -> Result<(), Rejection> {
    check_line(line)?;
    json_scan::scan_object(utf8(line)?, member).map_err(|err| {
        Rejection::new(
            RejectReason::MalformedJson,
            format!("malformed JSON: {err}"),
        )
    })
}

/// A user event or a page view, told apart by its fields (`url` makes a page view).
#[derive(Debug, Clone, PartialEq)]
pub enum AnyEvent<'a> {
    User(UserEventRef<'a>),
    Page(PageViewRef<'a>),
}

/// Parses a line of either kind with one parse (for replays that mix both).
pub fn parse_any(line: &[u8]) -> Result<AnyEvent<'_>, Rejection> {
    let wire = parse_object(line)?;
    if wire.url != Loose::Missing {
        page_view_from(wire).map(AnyEvent::Page)
    } else {
        user_event_from(wire).map(AnyEvent::User)
    }
}

fn required_string<'a>(value: Loose<'a>, name: &str) -> Result<Cow<'a, str>, Rejection> {
    match value {
        Loose::Str(text) if !text.trim().is_empty() => Ok(text),
        Loose::Str(_) => Err(Rejection::schema(format!("{name} is empty"))),
        Loose::Missing => Err(Rejection::schema(format!("missing field {name}"))),
        other => Err(Rejection::schema(format!(
            "{name} must be a string, not {}",
            other.describe()
        ))),
    }
}

fn timestamp(value: Loose<'_>) -> Result<Option<i64>, Rejection> {
    match value {
        Loose::Missing | Loose::Null => Ok(None),
        Loose::Str(text) => parse_rfc3339_millis(&text).map(Some).ok_or_else(|| {
            Rejection::schema(format!(
                "timestamp '{text}' is not RFC 3339 (e.g. 2024-05-01T12:00:00Z) or epoch milliseconds"
            ))
        }),
        Loose::Int(millis) if millis >= 0 => Ok(Some(millis)),
        other => Err(Rejection::schema(format!(
            "timestamp must be an RFC 3339 string or epoch milliseconds, not {}",
            other.describe()
        ))),
    }
}

/// The fields kan reads; anything else in the object is allowed and ignored.
#[derive(Default)]
struct Wire<'a> {
    user_id: Loose<'a>,
    /// Where userId's characters are in the line.
    user_id_span: Range<usize>,
    event_type: Loose<'a>,
    timestamp: Loose<'a>,
    /// Where the timestamp's and the duration's values are, when the line has them.
    timestamp_span: Option<Range<usize>>,
    metadata: Loose<'a>,
    url: Loose<'a>,
    referrer: Loose<'a>,
    duration: Loose<'a>,
    duration_span: Option<Range<usize>>,
}

/// Any JSON value, classified without building it.
#[derive(Debug, Clone, Default, PartialEq)]
enum Loose<'a> {
    #[default]
    Missing,
    Null,
    Bool,
    Int(i64),
    Float(f64),
    Str(Cow<'a, str>),
    Array,
    Object,
}

impl Loose<'_> {
    fn describe(&self) -> String {
        match self {
            Loose::Missing => "missing".into(),
            Loose::Null => "null".into(),
            Loose::Bool => "a boolean".into(),
            Loose::Int(number) => format!("the number {number}"),
            Loose::Float(number) => format!("the number {number}"),
            Loose::Str(text) => format!("the string '{text}'"),
            Loose::Array => "an array".into(),
            Loose::Object => "an object".into(),
        }
    }
}

impl<'a> From<json_scan::Value<'a>> for Loose<'a> {
    fn from(value: json_scan::Value<'a>) -> Self {
        match value {
            json_scan::Value::Null => Loose::Null,
            json_scan::Value::Bool(_) => Loose::Bool,
            json_scan::Value::Int(number) => Loose::Int(number),
            json_scan::Value::Float(number) => Loose::Float(number),
            json_scan::Value::Str(text) => Loose::Str(text),
            json_scan::Value::Array => Loose::Array,
            json_scan::Value::Object => Loose::Object,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_714_564_800_000;

    fn reject(kind: EventKind, line: &str) -> Rejection {
        validate_for_publish(kind, line.as_bytes(), NOW).unwrap_err()
    }

    #[test]
    fn a_complete_user_event_is_sent_as_is() {
        let line = br#"{"userId":"u1","eventType":"login","timestamp":"2024-05-01T12:00:00.000Z","metadata":{"ip":"1.2.3.4"}}"#;
        let event = validate_for_publish(EventKind::UserEvent, line, 0).unwrap();
        assert_eq!(event.key, "u1");
        assert!(matches!(event.payload, Cow::Borrowed(_)));
        assert_eq!(event.timestamp_ms, NOW);
    }

    /// Found by the event fuzz target: a line the parser accepts was refused by publish when a
    /// default had to be filled in, because the line went through serde_json to add it.
    #[test]
    fn defaults_are_filled_into_any_line_the_parser_accepts() {
        let beyond_f64 =
            r#"{"userId":"user-228","url":"/blog/kafka-101","referrer":null,"tiation":3e749}"#;
        let lone_surrogate = r#"{"userId":"u1","eventType":"login","metadata":{"name":"\ud83d"}}"#;
        let null_fields = r#" {"userId":"u1","url":"/","timestamp":null,"duration":null} "#;
        for (kind, line, expected) in [
            (
                EventKind::PageView,
                beyond_f64,
                r#"{"userId":"user-228","url":"/blog/kafka-101","referrer":null,"tiation":3e749,"timestamp":"2024-05-01T12:00:00.000Z","duration":0}"#,
            ),
            (
                EventKind::UserEvent,
                lone_surrogate,
                r#"{"userId":"u1","eventType":"login","metadata":{"name":"\ud83d"},"timestamp":"2024-05-01T12:00:00.000Z"}"#,
            ),
            (
                EventKind::PageView,
                null_fields,
                r#" {"userId":"u1","url":"/","timestamp":"2024-05-01T12:00:00.000Z","duration":0} "#,
            ),
        ] {
            let event = validate_for_publish(kind, line.as_bytes(), NOW).unwrap();
            assert_eq!(std::str::from_utf8(&event.payload).unwrap(), expected);
            assert_eq!(event.timestamp_ms, NOW);
            let again = validate_for_publish(kind, &event.payload, NOW + 1).unwrap();
            assert!(matches!(again.payload, Cow::Borrowed(_)), "{line}");
            assert_eq!(again.timestamp_ms, NOW);
        }
    }

    #[test]
    fn keys_say_where_they_are_in_the_line_unless_unescaped() {
        let line = br#"{"eventType":"view","userId":"u1","timestamp":1}"#;
        let event = validate_for_publish(EventKind::UserEvent, line, NOW).unwrap();
        let span = event.key.span.clone().expect("borrowed");
        assert_eq!(&line[span], b"u1");
        let escaped = br#"{"eventType":"view","userId":"u\u0031","timestamp":1}"#;
        let event = validate_for_publish(EventKind::UserEvent, escaped, NOW).unwrap();
        assert_eq!((event.key.text.as_ref(), event.key.span), ("u1", None));
        let key = key_from_field(br#"{"v":1,"id":"k1"}"#, "id").unwrap();
        assert_eq!(key.span, Some(13..15));
        assert_eq!(key_from_field(br#"{"id":42}"#, "id").unwrap().span, None);
    }

    #[test]
    fn a_missing_timestamp_is_filled_with_now() {
        let event = validate_for_publish(
            EventKind::UserEvent,
            br#"{"userId":"u1","eventType":"view"}"#,
            NOW,
        )
        .unwrap();
        let value: serde_json::Value = serde_json::from_slice(&event.payload).unwrap();
        assert_eq!(value["timestamp"], "2024-05-01T12:00:00.000Z");
        assert_eq!(value["eventType"], "view");
        assert_eq!(event.timestamp_ms, NOW);
    }

    #[test]
    fn epoch_millis_and_offsets_are_accepted() {
        let event = validate_for_publish(
            EventKind::UserEvent,
            br#"{"userId":"u1","eventType":"purchase","timestamp":1714564800000}"#,
            0,
        )
        .unwrap();
        assert_eq!(event.timestamp_ms, NOW);
        let event = validate_for_publish(
            EventKind::UserEvent,
            br#"{"userId":"u\"1","eventType":"logout","timestamp":"2024-05-01T14:00:00+02:00"}"#,
            0,
        )
        .unwrap();
        assert_eq!(event.timestamp_ms, NOW);
        assert_eq!(event.key, "u\"1");
    }

    #[test]
    fn user_event_schema_errors_say_what_is_wrong() {
        let cases = [
            (r#"{"eventType":"login"}"#, "missing field userId"),
            (r#"{"userId":"","eventType":"login"}"#, "userId is empty"),
            (
                r#"{"userId":5,"eventType":"login"}"#,
                "userId must be a string, not the number 5",
            ),
            (
                r#"{"userId":"u","eventType":"signup"}"#,
                "eventType 'signup' is not one of login, logout, purchase, view",
            ),
            (r#"{"userId":"u"}"#, "missing field eventType"),
            (
                r#"{"userId":"u","eventType":"login","timestamp":"yesterday"}"#,
                "timestamp 'yesterday' is not RFC 3339",
            ),
            (
                r#"{"userId":"u","eventType":"login","timestamp":true}"#,
                "timestamp must be an RFC 3339 string or epoch milliseconds, not a boolean",
            ),
            (
                r#"{"userId":"u","eventType":"login","metadata":[1]}"#,
                "metadata must be an object, not an array",
            ),
        ];
        for (line, expected) in cases {
            let rejection = reject(EventKind::UserEvent, line);
            assert_eq!(rejection.reason, RejectReason::Schema, "{line}");
            assert!(
                rejection.message.starts_with(expected),
                "{line}: {}",
                rejection.message
            );
        }
    }

    #[test]
    fn page_views() {
        let view = parse_page_view(
            br#"{"userId":"u1","url":"/pricing","referrer":"/","timestamp":"2024-05-01T12:00:00Z","duration":5000}"#,
        )
        .unwrap();
        assert_eq!(view.url, "/pricing");
        assert_eq!(view.referrer.as_deref(), Some("/"));
        assert_eq!(view.duration_ms, Some(5000));
        // Missing duration is filled with 0, missing referrer stays absent.
        let event = validate_for_publish(
            EventKind::PageView,
            br#"{"userId":"u1","url":"/a","timestamp":"2024-05-01T12:00:00Z"}"#,
            0,
        )
        .unwrap();
        let value: serde_json::Value = serde_json::from_slice(&event.payload).unwrap();
        assert_eq!(value["duration"], 0);
        for (line, expected) in [
            (r#"{"userId":"u1"}"#, "missing field url"),
            (
                r#"{"userId":"u1","url":"/a","duration":-5}"#,
                "duration must be a non-negative number",
            ),
            (
                r#"{"userId":"u1","url":"/a","referrer":7}"#,
                "referrer must be a string",
            ),
        ] {
            let rejection = reject(EventKind::PageView, line);
            assert!(
                rejection.message.starts_with(expected),
                "{line}: {}",
                rejection.message
            );
        }
    }

    #[test]
    fn lines_that_are_not_json_objects() {
        assert_eq!(reject(EventKind::UserEvent, "").reason, RejectReason::Empty);
        assert_eq!(
            reject(EventKind::UserEvent, "   ").reason,
            RejectReason::Empty
        );
        let rejection = reject(EventKind::UserEvent, r#"{"userId": "u1", "#);
        assert_eq!(rejection.reason, RejectReason::MalformedJson);
        assert!(
            rejection.message.starts_with("malformed JSON: "),
            "{}",
            rejection.message
        );
        assert!(
            !rejection.message.contains("line 1"),
            "{}",
            rejection.message
        );
        assert_eq!(
            reject(EventKind::UserEvent, r#"["u1","login"]"#).reason,
            RejectReason::MalformedJson
        );
        let invalid =
            validate_for_publish(EventKind::UserEvent, b"{\"userId\":\"\xff\"}", NOW).unwrap_err();
        assert_eq!(invalid.reason, RejectReason::InvalidUtf8);
        assert_eq!(invalid.message, "not valid UTF-8 (byte 12)");
    }

    #[test]
    fn invalid_utf8_is_rejected_even_in_ignored_fields() {
        // JSON text is UTF-8 through and through: publishing and watching agree.
        let line = b"{\"userId\":\"u\",\"eventType\":\"view\",\"metadata\":{\"x\":\"\xff\"}}";
        let rejection = validate_for_publish(EventKind::UserEvent, line, NOW).unwrap_err();
        assert_eq!(rejection.reason, RejectReason::InvalidUtf8);
        assert_eq!(rejection.message, "not valid UTF-8 (byte 51)");
        assert_eq!(
            parse_user_event(line).unwrap_err().reason,
            RejectReason::InvalidUtf8
        );
    }

    #[test]
    fn what_json_parse_reads_is_not_rejected() {
        // A truncated emoji (a lone surrogate), a huge number and deep nesting in metadata:
        // all valid JSON to the Node platform that writes these events.
        let deep = format!("{}{}", "[".repeat(300), "]".repeat(300));
        let line = format!(
            r#"{{"userId":"u\ud83d","eventType":"view","timestamp":1,"metadata":{{"t":"\ud83d","n":1e400,"d":{deep}}}}}"#
        );
        let event = validate_for_publish(EventKind::UserEvent, line.as_bytes(), NOW).unwrap();
        // The key is what Node's UTF-8 encoding of that string gives (U+FFFD); the value is
        // sent as it was written.
        assert_eq!(event.key, "u\u{fffd}");
        assert_eq!(&*event.payload, line.as_bytes());
        // Where kan needs a number, an infinite one is a schema error, not a crash.
        let rejection = reject(
            EventKind::PageView,
            r#"{"userId":"u","url":"/","duration":1e400}"#,
        );
        assert_eq!(rejection.reason, RejectReason::Schema);
        assert!(
            rejection.message.contains("duration"),
            "{}",
            rejection.message
        );
    }

    #[test]
    fn duplicate_fields_are_malformed() {
        let rejection = reject(
            EventKind::UserEvent,
            r#"{"userId":"a","eventType":"view","userId":"b"}"#,
        );
        assert_eq!(rejection.reason, RejectReason::MalformedJson);
        assert_eq!(
            rejection.message,
            "malformed JSON: duplicate field `userId` at column 34"
        );
    }

    #[test]
    fn either_kind_in_one_parse() {
        let user = parse_any(br#"{"userId":"u","eventType":"login"}"#).unwrap();
        assert!(matches!(user, AnyEvent::User(ref event) if event.event_type == EventType::Login));
        let page = parse_any(br#"{"userId":"u","url":"/a","duration":5}"#).unwrap();
        assert!(matches!(page, AnyEvent::Page(ref view) if view.url == "/a"));
        assert!(parse_any(br#"{"userId":"u"}"#).is_err());
    }

    #[test]
    fn unknown_fields_are_allowed() {
        assert!(parse_user_event(
            br#"{"userId":"u","eventType":"view","sessionId":"s","extra":[1,{"a":null}]}"#
        )
        .is_ok());
    }

    #[test]
    fn key_fields_for_raw_lines() {
        assert_eq!(key_from_field(br#"{"id":"k1","v":1}"#, "id").unwrap(), "k1");
        assert_eq!(key_from_field(br#"{"id":42}"#, "id").unwrap(), "42");
        assert!(key_from_field(br#"{"v":1}"#, "id")
            .unwrap_err()
            .message
            .contains("missing key field id"));
        assert!(key_from_field(br#"{"id":null}"#, "id").is_err());
    }

    #[test]
    fn built_events_validate() {
        let event = UserEvent {
            user_id: "u9".into(),
            event_type: EventType::Purchase,
            timestamp: format_rfc3339_millis(NOW),
            metadata: BTreeMap::from([("sku".into(), "A-1".into())]),
        };
        let line = serde_json::to_vec(&event).unwrap();
        assert_eq!(
            String::from_utf8(line.clone()).unwrap(),
            r#"{"userId":"u9","eventType":"purchase","timestamp":"2024-05-01T12:00:00.000Z","metadata":{"sku":"A-1"}}"#
        );
        assert_eq!(parse_user_event(&line).unwrap().timestamp_ms, Some(NOW));
    }
}

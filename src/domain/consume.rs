//! What `kan consume` reads and how it writes it: start positions (`--from`), record filters
//! (`--filter`), and the lossless JSON envelope that `kan publish raw --envelope` reads back.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::timestamp::parse_rfc3339_millis;
use super::units::parse_duration;

/// Where to start reading each partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartSpec {
    Beginning,
    End,
    /// The group's committed offset (group mode).
    Stored,
    Offset(i64),
    /// N records before the end.
    FromEnd(i64),
    /// The first record at or after this time (epoch ms).
    Time(i64),
    /// The first record at or after now minus this.
    Ago(Duration),
}

/// Parses `beginning`, `end`, `stored`, `1234`, `-100`, `@2024-05-01T12:00:00Z`, `@-1h`.
pub fn parse_start(text: &str) -> Result<StartSpec, String> {
    let text = text.trim();
    match text {
        "beginning" | "earliest" | "start" => return Ok(StartSpec::Beginning),
        "end" | "latest" => return Ok(StartSpec::End),
        "stored" | "committed" => return Ok(StartSpec::Stored),
        _ => {}
    }
    if let Some(rest) = text.strip_prefix('@') {
        if let Some(ago) = rest.strip_prefix('-') {
            return parse_duration(ago)
                .map(StartSpec::Ago)
                .map_err(|_| format!("invalid --from '{text}': expected @-DURATION such as @-1h"));
        }
        return parse_rfc3339_millis(rest)
            .map(StartSpec::Time)
            .ok_or_else(|| {
                format!("invalid --from '{text}': expected @RFC3339 such as @2024-05-01T12:00:00Z")
            });
    }
    if let Some(count) = text.strip_prefix('-') {
        return match count.parse::<i64>() {
            Ok(count) if count > 0 => Ok(StartSpec::FromEnd(count)),
            _ => Err(format!("invalid --from '{text}': expected -N with N > 0")),
        };
    }
    match text.parse::<i64>() {
        Ok(offset) if offset >= 0 => Ok(StartSpec::Offset(offset)),
        _ => Err(format!(
            "invalid --from '{text}': expected beginning, end, stored, OFFSET, -N, @RFC3339 or @-DURATION"
        )),
    }
}

/// Resolves a start spec to an offset for one partition, given its log start and end and, for
/// time-based specs, the offset ListOffsets returned for that time (`None`: no record that
/// late, so the end). `Stored` has no offset of its own.
pub fn start_offset(
    spec: StartSpec,
    log_start: i64,
    log_end: i64,
    offset_for_time: Option<i64>,
) -> Option<i64> {
    match spec {
        StartSpec::Beginning => Some(log_start),
        StartSpec::End => Some(log_end),
        StartSpec::Stored => None,
        StartSpec::Offset(offset) => Some(offset.clamp(log_start, log_end)),
        StartSpec::FromEnd(count) => Some((log_end - count).max(log_start)),
        StartSpec::Time(_) | StartSpec::Ago(_) => {
            Some(offset_for_time.unwrap_or(log_end).clamp(log_start, log_end))
        }
    }
}

/// Progress of `--until-end`: which partitions reached the end offsets captured at start.
/// Looked up by `&str` on every record, so nothing is allocated on the hot path.
#[derive(Debug, Clone, Default)]
pub struct EndTracker {
    /// Per topic: partition → (end offset, done).
    partitions: BTreeMap<String, BTreeMap<i32, (i64, bool)>>,
}

impl EndTracker {
    /// Partitions starting at (or past) their end are done before anything is read.
    pub fn new(ends: BTreeMap<(String, i32), i64>, starts: &BTreeMap<(String, i32), i64>) -> Self {
        let mut partitions: BTreeMap<String, BTreeMap<i32, (i64, bool)>> = BTreeMap::new();
        for ((topic, partition), end) in ends {
            let done = starts
                .get(&(topic.clone(), partition))
                .is_some_and(|start| *start >= end);
            partitions
                .entry(topic)
                .or_default()
                .insert(partition, (end, done));
        }
        EndTracker { partitions }
    }

    /// A record at `offset` was read.
    pub fn record(&mut self, topic: &str, partition: i32, offset: i64) {
        if let Some((end, done)) = self
            .partitions
            .get_mut(topic)
            .and_then(|partitions| partitions.get_mut(&partition))
        {
            if offset + 1 >= *end {
                *done = true;
            }
        }
    }

    /// The consumer's positions (next offsets, past transaction markers).
    pub fn positions(&mut self, positions: &BTreeMap<(String, i32), i64>) {
        for ((topic, partition), position) in positions {
            self.record(topic, *partition, position - 1);
        }
    }

    /// Every partition in `assigned` reached its end (and something is assigned).
    pub fn finished(&self, assigned: &BTreeSet<(String, i32)>) -> bool {
        !assigned.is_empty()
            && assigned.iter().all(|(topic, partition)| {
                self.partitions
                    .get(topic)
                    .and_then(|partitions| partitions.get(partition))
                    .is_some_and(|(_, done)| *done)
            })
    }
}

/// Log start and end per (topic, partition).
pub type LogBounds = BTreeMap<(String, i32), (i64, i64)>;

/// Resolves `--from stored` per partition: the group's committed offset (clamped to the
/// log), or the fallback end of the log when it has none.
pub fn stored_offsets(
    bounds: &LogBounds,
    committed: &BTreeMap<(String, i32), Option<i64>>,
    fallback_earliest: bool,
) -> BTreeMap<(String, i32), i64> {
    bounds
        .iter()
        .map(|(key, (low, high))| {
            let offset = match committed.get(key).copied().flatten() {
                Some(offset) => offset.clamp(*low, *high),
                None if fallback_earliest => *low,
                None => *high,
            };
            (key.clone(), offset)
        })
        .collect()
}

/// One `--filter`: `FIELD=VALUE` on the JSON value (dotted path), `@key=VALUE` on the key,
/// `@header.NAME=VALUE` on a header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    Key(String),
    Header { name: String, value: String },
    Field { path: Vec<String>, value: String },
}

/// Parses one `--filter`.
pub fn parse_filter(text: &str) -> Result<Filter, String> {
    let Some((left, value)) = text.split_once('=') else {
        return Err(format!(
            "invalid --filter '{text}': expected FIELD=VALUE, @key=VALUE or @header.NAME=VALUE"
        ));
    };
    let value = value.to_string();
    if left == "@key" {
        return Ok(Filter::Key(value));
    }
    if let Some(name) = left.strip_prefix("@header.") {
        if name.is_empty() {
            return Err(format!("invalid --filter '{text}': header name is empty"));
        }
        return Ok(Filter::Header {
            name: name.to_string(),
            value,
        });
    }
    if left.is_empty() || left.starts_with('@') || left.split('.').any(str::is_empty) {
        return Err(format!(
            "invalid --filter '{text}': expected FIELD=VALUE, @key=VALUE or @header.NAME=VALUE"
        ));
    }
    Ok(Filter::Field {
        path: left.split('.').map(str::to_string).collect(),
        value,
    })
}

/// A record as the filters see it.
pub struct RecordView<'a> {
    pub key: Option<&'a [u8]>,
    pub headers: &'a [(String, Option<Vec<u8>>)],
    pub value: Option<&'a [u8]>,
}

impl Filter {
    /// True when the record passes. JSON fields compare as text: strings by content, other
    /// values by their JSON form (`true`, `42`).
    pub fn matches(&self, record: &RecordView<'_>, parsed: Option<&serde_json::Value>) -> bool {
        match self {
            Filter::Key(want) => record.key == Some(want.as_bytes()),
            Filter::Header { name, value } => record
                .headers
                .iter()
                .any(|(key, got)| key == name && got.as_deref() == Some(value.as_bytes())),
            Filter::Field { path, value } => {
                let mut current = parsed;
                for step in path {
                    current = current.and_then(|node| node.get(step));
                }
                match current {
                    Some(serde_json::Value::String(text)) => text == value,
                    Some(other) => value.parse::<serde_json::Value>().ok().as_ref() == Some(other),
                    None => false,
                }
            }
        }
    }
}

/// How bytes are written in an envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    /// Embedded JSON whose compact form is exactly the original bytes.
    Json,
    /// A UTF-8 string.
    Utf8,
    /// Standard base64 (non-UTF-8 data, or `--binary base64`).
    Base64,
}

/// One record as a JSON line: everything needed to publish it again byte for byte.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    #[serde(default)]
    pub topic: Option<String>,
    #[serde(default)]
    pub partition: Option<i32>,
    #[serde(default)]
    pub offset: Option<i64>,
    /// Epoch milliseconds.
    #[serde(default)]
    pub timestamp: Option<i64>,
    #[serde(default)]
    pub key: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_encoding: Option<Encoding>,
    #[serde(default)]
    pub headers: Vec<EnvelopeHeader>,
    #[serde(default)]
    pub value: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_encoding: Option<Encoding>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnvelopeHeader {
    pub key: String,
    pub value: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<Encoding>,
}

/// Encodes bytes for an envelope. `json_ok` allows embedding JSON (values only);
/// `force_base64` is `--binary base64`.
pub fn encode(bytes: &[u8], json_ok: bool, force_base64: bool) -> (serde_json::Value, Encoding) {
    if !force_base64 {
        if let Ok(text) = std::str::from_utf8(bytes) {
            if json_ok {
                if let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) {
                    if serde_json::to_vec(&value).is_ok_and(|compact| compact == bytes) {
                        return (value, Encoding::Json);
                    }
                }
            }
            return (serde_json::Value::String(text.to_string()), Encoding::Utf8);
        }
    }
    (
        serde_json::Value::String(base64_encode(bytes)),
        Encoding::Base64,
    )
}

/// Decodes envelope data back to bytes. A missing encoding means `default`: `Json` for values
/// (so a JSON string value keeps its quotes), `Utf8` for keys and headers.
pub fn decode(
    value: &serde_json::Value,
    encoding: Option<Encoding>,
    default: Encoding,
) -> Result<Cow<'_, [u8]>, String> {
    match (encoding.unwrap_or(default), value) {
        (Encoding::Base64, serde_json::Value::String(text)) => base64_decode(text)
            .map(Cow::Owned)
            .ok_or_else(|| "invalid base64".to_string()),
        (Encoding::Base64, _) => Err("base64 data must be a string".into()),
        (Encoding::Utf8, serde_json::Value::String(text)) => Ok(Cow::Borrowed(text.as_bytes())),
        (Encoding::Utf8, _) => Err("utf8 data must be a string".into()),
        (Encoding::Json, other) => serde_json::to_vec(other)
            .map(Cow::Owned)
            .map_err(|err| err.to_string()),
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (RFC 4648).
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        out.push(ALPHABET[(n >> 18) as usize & 63] as char);
        out.push(ALPHABET[(n >> 12) as usize & 63] as char);
        out.push(if chunk.len() > 1 {
            ALPHABET[(n >> 6) as usize & 63] as char
        } else {
            '='
        });
        out.push(if chunk.len() > 2 {
            ALPHABET[n as usize & 63] as char
        } else {
            '='
        });
    }
    out
}

/// Decodes standard base64 (padding required); `None` when malformed.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if bytes.len() % 4 != 0 {
        return None;
    }
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|v| v as u32);
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (index, chunk) in bytes.chunks(4).enumerate() {
        let last = index == bytes.len() / 4 - 1;
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &chunk[..4 - pad] {
            n = (n << 6) | value(c)?;
        }
        n <<= 6 * pad as u32;
        let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&decoded[..3 - pad]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn start_specs() {
        assert_eq!(parse_start("beginning").unwrap(), StartSpec::Beginning);
        assert_eq!(parse_start("end").unwrap(), StartSpec::End);
        assert_eq!(parse_start("stored").unwrap(), StartSpec::Stored);
        assert_eq!(parse_start("42").unwrap(), StartSpec::Offset(42));
        assert_eq!(parse_start("-10").unwrap(), StartSpec::FromEnd(10));
        assert_eq!(
            parse_start("@2024-05-01T12:00:00Z").unwrap(),
            StartSpec::Time(1_714_564_800_000)
        );
        assert_eq!(
            parse_start("@-1h").unwrap(),
            StartSpec::Ago(Duration::from_secs(3600))
        );
        for bad in ["", "soon", "-0", "@yesterday", "@-forever", "1.5"] {
            let err = parse_start(bad).unwrap_err();
            assert!(err.contains(&format!("'{}'", bad.trim())), "{bad}: {err}");
        }
    }

    #[test]
    fn start_offsets_stay_inside_the_log() {
        assert_eq!(start_offset(StartSpec::Beginning, 5, 20, None), Some(5));
        assert_eq!(start_offset(StartSpec::End, 5, 20, None), Some(20));
        assert_eq!(start_offset(StartSpec::Offset(2), 5, 20, None), Some(5));
        assert_eq!(start_offset(StartSpec::Offset(99), 5, 20, None), Some(20));
        assert_eq!(start_offset(StartSpec::FromEnd(3), 5, 20, None), Some(17));
        assert_eq!(start_offset(StartSpec::FromEnd(300), 5, 20, None), Some(5));
        assert_eq!(start_offset(StartSpec::Time(0), 5, 20, Some(12)), Some(12));
        assert_eq!(start_offset(StartSpec::Time(0), 5, 20, None), Some(20));
        assert_eq!(start_offset(StartSpec::Stored, 5, 20, None), None);
    }

    #[test]
    fn stored_offsets_fall_back_to_an_end_of_the_log() {
        let key = |p: i32| ("t".to_string(), p);
        let bounds = BTreeMap::from([(key(0), (5, 50)), (key(1), (0, 10)), (key(2), (0, 10))]);
        let committed = BTreeMap::from([(key(0), Some(2)), (key(1), Some(7)), (key(2), None)]);
        let earliest = stored_offsets(&bounds, &committed, true);
        assert_eq!(earliest[&key(0)], 5, "clamped to the log start");
        assert_eq!(earliest[&key(1)], 7);
        assert_eq!(earliest[&key(2)], 0);
        assert_eq!(stored_offsets(&bounds, &committed, false)[&key(2)], 10);
    }

    #[test]
    fn end_tracking() {
        let key = |p: i32| ("t".to_string(), p);
        let ends = BTreeMap::from([(key(0), 10), (key(1), 0), (key(2), 5)]);
        let starts = BTreeMap::from([(key(0), 0), (key(1), 0), (key(2), 5)]);
        let mut tracker = EndTracker::new(ends, &starts);
        let all: BTreeSet<_> = [key(0), key(1), key(2)].into();
        assert!(!tracker.finished(&all));
        tracker.record("t", 0, 8);
        assert!(!tracker.finished(&all));
        // A transaction marker at offset 9: the position passes the end without a record.
        tracker.positions(&BTreeMap::from([(key(0), 10)]));
        assert!(tracker.finished(&all));
        assert!(!tracker.finished(&BTreeSet::new()));
    }

    #[test]
    fn filters() {
        let headers = vec![("source".to_string(), Some(b"kan".to_vec()))];
        let value = br#"{"eventType":"login","metadata":{"page":"/a","n":3}}"#;
        let parsed: serde_json::Value = serde_json::from_slice(value).unwrap();
        let record = RecordView {
            key: Some(b"u1"),
            headers: &headers,
            value: Some(value),
        };
        let check = |text: &str| parse_filter(text).unwrap().matches(&record, Some(&parsed));
        assert!(check("eventType=login"));
        assert!(!check("eventType=logout"));
        assert!(check("metadata.page=/a"));
        assert!(check("metadata.n=3"));
        assert!(!check("metadata.missing=3"));
        assert!(check("@key=u1"));
        assert!(!check("@key=u2"));
        assert!(check("@header.source=kan"));
        assert!(!check("@header.other=kan"));
        for bad in ["noequals", "=x", "@other=1", "@header.=x", "a..b=1"] {
            assert!(parse_filter(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn encodings_round_trip_byte_for_byte() {
        for bytes in [
            &br#"{"a":1,"b":[true,null]}"#[..],
            br#"{"b":1,"a":2}"#,
            br#"{ "spaced": 1 }"#,
            br#""a json string""#,
            b"plain text",
            b"1.50",
            b"\xff\x00binary",
            b"",
        ] {
            for force in [false, true] {
                let (value, encoding) = encode(bytes, true, force);
                assert_eq!(
                    &*decode(&value, Some(encoding), Encoding::Json).unwrap(),
                    bytes
                );
            }
        }
        assert_eq!(encode(br#"{"b":1,"a":2}"#, true, false).1, Encoding::Json);
        assert_eq!(encode(br#"{ "spaced": 1 }"#, true, false).1, Encoding::Utf8);
        assert_eq!(encode(b"\xff", true, false).1, Encoding::Base64);
        assert_eq!(encode(br#"{"a":1}"#, false, false).1, Encoding::Utf8);
    }

    #[test]
    fn base64_vectors_and_errors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64_encode(plain.as_bytes()), encoded);
            assert_eq!(base64_decode(encoded).unwrap(), plain.as_bytes());
        }
        for bad in ["Zg=", "Z===", "Zg==Zg==", "!!!!"] {
            assert!(base64_decode(bad).is_none(), "{bad}");
        }
    }
}

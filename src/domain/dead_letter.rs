//! One dead-letter shape for every event kan could not use. `kan publish --on-invalid dlq`
//! (a rejected input line) and `kan watch analytics --dlq` (a record that is not a valid event)
//! both send this JSON to the dead-letter topic (`error-events` by default):
//!
//! ```json
//! {"source":"events.jsonl","line":17,"partition":null,"offset":null,
//!  "reason":"schema","error":"eventType 'signup' is not one of login, logout, purchase, view",
//!  "raw":"{\"userId\":\"u1\",\"eventType\":\"signup\"}","raw_encoding":"utf8"}
//! ```
//!
//! `source` is the file (or `stdin`) with `line` set, or the topic with `partition` and
//! `offset` set; the other location fields are `null`. `raw` is the bytes as read: the text when
//! they are UTF-8, else base64 (`raw_encoding` says which), so nothing is lost.

use serde::{Deserialize, Serialize};

use super::envelope::{base64_decode, encode, Encoding};
use super::event::{RejectReason, Rejection};

/// Where a dead event was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A line of a file, or of stdin (`source` is `stdin` then).
    Line { source: String, line: u64 },
    /// A record of a topic.
    Record {
        topic: String,
        partition: i32,
        offset: i64,
    },
}

/// An event that could not be used, with why and its bytes as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "Wire", try_from = "Wire")]
pub struct DeadLetter {
    pub origin: Origin,
    pub reason: RejectReason,
    pub error: String,
    pub raw: Vec<u8>,
}

impl DeadLetter {
    pub fn new(origin: Origin, rejection: &Rejection, raw: &[u8]) -> Self {
        DeadLetter {
            origin,
            reason: rejection.reason,
            error: rejection.message.clone(),
            raw: raw.to_vec(),
        }
    }

    /// The record value: compact JSON.
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }
}

/// The JSON shape (flat, every field always present).
#[derive(Serialize, Deserialize)]
struct Wire {
    source: String,
    line: Option<u64>,
    partition: Option<i32>,
    offset: Option<i64>,
    reason: RejectReason,
    error: String,
    raw: String,
    raw_encoding: Encoding,
}

impl From<DeadLetter> for Wire {
    fn from(letter: DeadLetter) -> Self {
        let (source, line, partition, offset) = match letter.origin {
            Origin::Line { source, line } => (source, Some(line), None, None),
            Origin::Record {
                topic,
                partition,
                offset,
            } => (topic, None, Some(partition), Some(offset)),
        };
        let (raw, raw_encoding) = encode(&letter.raw, false, false);
        Wire {
            source,
            line,
            partition,
            offset,
            reason: letter.reason,
            error: letter.error,
            raw: raw.as_str().unwrap_or_default().to_string(),
            raw_encoding,
        }
    }
}

impl TryFrom<Wire> for DeadLetter {
    type Error = String;

    fn try_from(wire: Wire) -> Result<Self, String> {
        let origin = match (wire.line, wire.partition, wire.offset) {
            (Some(line), None, None) => Origin::Line {
                source: wire.source,
                line,
            },
            (None, Some(partition), Some(offset)) => Origin::Record {
                topic: wire.source,
                partition,
                offset,
            },
            _ => return Err("a dead letter has either a line or a partition and offset".into()),
        };
        let raw = match wire.raw_encoding {
            Encoding::Utf8 => wire.raw.into_bytes(),
            Encoding::Base64 => base64_decode(&wire.raw).ok_or("raw is not valid base64")?,
            _ => return Err("raw_encoding is utf8 or base64".into()),
        };
        Ok(DeadLetter {
            origin,
            reason: wire.reason,
            error: wire.error,
            raw,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rejection(reason: RejectReason, message: &str) -> Rejection {
        Rejection {
            reason,
            message: message.into(),
        }
    }

    #[test]
    fn a_line_from_a_file() {
        let letter = DeadLetter::new(
            Origin::Line {
                source: "in.jsonl".into(),
                line: 7,
            },
            &rejection(RejectReason::Schema, "missing field userId"),
            br#"{"eventType":"view"}"#,
        );
        let json: serde_json::Value = serde_json::from_slice(&letter.to_json()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "source": "in.jsonl", "line": 7, "partition": null, "offset": null,
                "reason": "schema", "error": "missing field userId",
                "raw": r#"{"eventType":"view"}"#, "raw_encoding": "utf8"
            })
        );
        assert_eq!(
            serde_json::from_slice::<DeadLetter>(&letter.to_json()).unwrap(),
            letter
        );
    }

    #[test]
    fn a_record_that_is_not_utf8_keeps_its_bytes() {
        let letter = DeadLetter::new(
            Origin::Record {
                topic: "user-events".into(),
                partition: 2,
                offset: 41,
            },
            &rejection(RejectReason::InvalidUtf8, "not valid UTF-8 (byte 2)"),
            b"a\xffb",
        );
        let json: serde_json::Value = serde_json::from_slice(&letter.to_json()).unwrap();
        assert_eq!(json["source"], "user-events");
        assert_eq!(json["line"], serde_json::Value::Null);
        assert_eq!(
            (json["partition"].clone(), json["offset"].clone()),
            (2.into(), 41.into())
        );
        assert_eq!(json["reason"], "invalid_utf8");
        assert_eq!(json["raw"], "Yf9i");
        assert_eq!(json["raw_encoding"], "base64");
        assert_eq!(
            serde_json::from_slice::<DeadLetter>(&letter.to_json()).unwrap(),
            letter
        );
    }

    #[test]
    fn malformed_dead_letters_are_refused() {
        for text in [
            r#"{"source":"s","line":1,"partition":0,"offset":0,"reason":"schema","error":"e","raw":"","raw_encoding":"utf8"}"#,
            r#"{"source":"s","line":null,"partition":null,"offset":null,"reason":"schema","error":"e","raw":"","raw_encoding":"utf8"}"#,
            r#"{"source":"s","line":1,"partition":null,"offset":null,"reason":"schema","error":"e","raw":"!!","raw_encoding":"base64"}"#,
        ] {
            assert!(serde_json::from_str::<DeadLetter>(text).is_err(), "{text}");
        }
    }
}

//! What kan puts on the records it writes itself — published events, dead letters, emitted
//! aggregates: the same headers everywhere, and one way to send a dead letter.
//!
//! Headers: `correlation-id` (unique per record, or the user's `--correlation-id`),
//! `source: kan`, and `content-type: application/json` when the value is JSON. A
//! `content-type` the user gives with `--header` replaces kan's.

use std::fmt::Write as _;
use std::sync::atomic::AtomicBool;

use crate::domain::dead_letter::DeadLetter;
use crate::kafka::producer::{DeliveryTag, OutRecord, Publisher, SendFailure, Topic};

/// One header as it is queued: a name and a value (`None`: a header without value).
pub(crate) type Header<'a> = (&'a str, Option<&'a [u8]>);

const CONTENT_TYPE: &str = "content-type";
const JSON: &[u8] = b"application/json";

/// Correlation ids: the user's, or `<run>-<sequence>`, unique per record and cheap to make
/// (the run prefix is written once; each id only appends its sequence number).
pub(crate) struct CorrelationIds {
    fixed: Option<String>,
    prefix_len: usize,
    next: u64,
    buffer: String,
}

impl CorrelationIds {
    pub(crate) fn new(fixed: Option<String>) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|elapsed| elapsed.as_nanos() as u64)
            .unwrap_or_default();
        let run = nanos ^ (u64::from(std::process::id()) << 32);
        let mut buffer = String::with_capacity(40);
        let _ = write!(buffer, "{run:016x}-");
        CorrelationIds {
            fixed,
            prefix_len: buffer.len(),
            next: 0,
            buffer,
        }
    }

    /// The next id (borrowed until the next call).
    pub(crate) fn next_id(&mut self) -> &str {
        if let Some(fixed) = &self.fixed {
            return fixed;
        }
        self.buffer.truncate(self.prefix_len);
        self.buffer.push_str(itoa::Buffer::new().format(self.next));
        self.next += 1;
        &self.buffer
    }
}

/// Fills `out` with kan's headers for one record, then the user's `extra` ones.
pub(crate) fn kan_headers<'a>(
    out: &mut Vec<Header<'a>>,
    correlation_id: &'a str,
    json: bool,
    extra: &'a [(String, String)],
) {
    out.clear();
    out.push(("correlation-id", Some(correlation_id.as_bytes())));
    out.push(("source", Some(b"kan")));
    let own_content_type = extra
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case(CONTENT_TYPE));
    if json && !own_content_type {
        out.push((CONTENT_TYPE, Some(JSON)));
    }
    out.extend(
        extra
            .iter()
            .map(|(name, value)| (name.as_str(), Some(value.as_bytes()))),
    );
}

/// Queues a dead letter on `topic` with kan's headers, tagged with the input line it stands for
/// (0 for records read from Kafka).
pub(crate) fn send_dead_letter(
    publisher: &Publisher,
    topic: &Topic<'_>,
    ids: &mut CorrelationIds,
    letter: &DeadLetter,
    line: u64,
    stop: &AtomicBool,
) -> Result<(), SendFailure> {
    let payload = letter.to_json();
    let mut headers = Vec::with_capacity(3);
    kan_headers(&mut headers, ids.next_id(), true, &[]);
    let record = OutRecord {
        key: None,
        payload: Some(&payload),
        partition: None,
        timestamp_ms: None,
        headers: &headers,
        tag: DeliveryTag::DeadLetter { line },
    };
    publisher.send(topic, &record, stop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn correlation_ids_are_unique_or_fixed() {
        let mut ids = CorrelationIds::new(None);
        let first = ids.next_id().to_string();
        let second = ids.next_id().to_string();
        assert_ne!(first, second);
        assert!(first.ends_with("-0") && second.ends_with("-1"));
        assert_eq!(
            first.len(),
            18,
            "16 hex digits, a dash, the sequence: {first}"
        );
        for _ in 2..1_234_567 {
            ids.next_id();
        }
        assert!(ids.next_id().ends_with("-1234567"));
        let mut fixed = CorrelationIds::new(Some("trace-1".into()));
        assert_eq!(fixed.next_id(), "trace-1");
        assert_eq!(fixed.next_id(), "trace-1");
    }

    #[test]
    fn json_is_said_only_of_json_and_a_given_content_type_wins() {
        let names = |headers: &[Header<'_>]| -> Vec<String> {
            headers
                .iter()
                .map(|(name, value)| {
                    format!("{name}={}", String::from_utf8_lossy(value.unwrap_or(b"")))
                })
                .collect()
        };
        let mut headers = Vec::new();
        kan_headers(&mut headers, "c-1", true, &[]);
        assert_eq!(
            names(&headers),
            [
                "correlation-id=c-1",
                "source=kan",
                "content-type=application/json"
            ]
        );
        kan_headers(&mut headers, "c-2", false, &[]);
        assert_eq!(names(&headers), ["correlation-id=c-2", "source=kan"]);
        let extra = vec![
            ("Content-Type".to_string(), "text/csv".to_string()),
            ("tenant".to_string(), "acme".to_string()),
        ];
        kan_headers(&mut headers, "c-3", true, &extra);
        assert_eq!(
            names(&headers),
            [
                "correlation-id=c-3",
                "source=kan",
                "Content-Type=text/csv",
                "tenant=acme"
            ]
        );
    }
}

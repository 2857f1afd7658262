//! The lossless record envelope (`kan consume --format json` → `kan publish batch --kind
//! envelope`).
//!
//! Properties: a record written as an envelope line by consume's writer and read back the way
//! publish reads it has the same key, value, headers, partition, offset and timestamp, byte for
//! byte (tombstone and absent key included); and any envelope line that decodes gives bytes that
//! encode and decode to themselves again, in every encoding.

#![no_main]

use arbitrary::Arbitrary;
use kan::domain::envelope::{base64_decode, base64_encode, decode, encode, Encoding, Envelope};
use kan::domain::record::{HeaderList, LazyHeaders, Record};
use kan::render::consume::{envelope, BinaryMode};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
enum Input {
    Record {
        partition: i32,
        offset: i64,
        timestamp_ms: Option<i64>,
        key: Option<Vec<u8>>,
        value: Option<Vec<u8>>,
        headers: Vec<(String, Option<Vec<u8>>)>,
        base64: bool,
    },
    Line(Vec<u8>),
}

struct Headers(HeaderList);

impl LazyHeaders for Headers {
    fn to_vec(&self) -> HeaderList {
        self.0.clone()
    }
}

/// Bytes of an envelope field as publish reads them.
fn read(value: &serde_json::Value, encoding: Option<Encoding>, default: Encoding) -> Vec<u8> {
    decode(value, encoding, default)
        .unwrap_or_else(|err| panic!("cannot decode {value} ({encoding:?}): {err}"))
        .into_owned()
}

/// Decoded bytes encode and decode to themselves.
fn round_trip(bytes: &[u8]) {
    for (json_ok, force_base64) in [(true, false), (false, false), (true, true)] {
        let (value, encoding) = encode(bytes, json_ok, force_base64);
        assert_eq!(
            read(&value, Some(encoding), Encoding::Json),
            bytes,
            "{encoding:?}"
        );
    }
    assert_eq!(base64_decode(&base64_encode(bytes)).as_deref(), Some(bytes));
}

fuzz_target!(|input: Input| match input {
    Input::Record {
        partition,
        offset,
        timestamp_ms,
        key,
        value,
        headers,
        base64,
    } => {
        let headers = Headers(headers);
        let record = Record {
            topic: "t",
            partition,
            offset,
            timestamp_ms,
            key: key.as_deref(),
            value: value.as_deref(),
            headers: &headers,
        };
        let binary = if base64 {
            BinaryMode::Base64
        } else {
            BinaryMode::Auto
        };
        let line = serde_json::to_string(&envelope(&record, binary)).unwrap();
        assert!(!line.contains('\n'), "an envelope is one line: {line}");
        let back: Envelope = serde_json::from_str(&line)
            .unwrap_or_else(|err| panic!("cannot read back {line}: {err}"));
        assert_eq!(
            (
                back.topic.as_deref(),
                back.partition,
                back.offset,
                back.timestamp
            ),
            (Some("t"), Some(partition), Some(offset), timestamp_ms),
            "{line}"
        );
        // As publish reads them.
        let read_key = back
            .key_bytes()
            .unwrap_or_else(|err| panic!("{line}: {err}"));
        assert_eq!(read_key.map(|k| k.into_owned()), key, "key of {line}");
        let read_value = back
            .value_bytes()
            .unwrap_or_else(|err| panic!("{line}: {err}"));
        assert_eq!(read_value.map(|v| v.into_owned()), value, "value of {line}");
        let read_headers: HeaderList = back
            .headers
            .iter()
            .map(|header| {
                let value = header
                    .value
                    .as_ref()
                    .map(|value| read(value, header.encoding, Encoding::Utf8));
                (header.key.clone(), value)
            })
            .collect();
        assert_eq!(read_headers, headers.0, "headers of {line}");
    }
    Input::Line(line) => {
        let Ok(envelope) = serde_json::from_slice::<Envelope>(&line) else {
            return;
        };
        let parts = envelope
            .key
            .iter()
            .map(|key| (key, envelope.key_encoding, Encoding::Utf8))
            .chain(
                envelope
                    .value
                    .iter()
                    .map(|value| (value, envelope.value_encoding, Encoding::Json)),
            )
            .chain(envelope.headers.iter().filter_map(|header| {
                header
                    .value
                    .as_ref()
                    .map(|value| (value, header.encoding, Encoding::Utf8))
            }));
        for (value, encoding, default) in parts {
            if let Ok(bytes) = decode(value, encoding, default) {
                round_trip(&bytes);
            }
        }
    }
});

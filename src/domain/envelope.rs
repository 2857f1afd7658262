//! The lossless JSON envelope of a record (`kan consume --format json`), which
//! `kan publish raw --envelope` reads back to publish the record again byte for byte.

use std::borrow::Cow;

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};
use base64::{alphabet, Engine as _};
use serde::{Deserialize, Serialize};

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
    /// Decoded from the Schema Registry wire format with an Avro schema: the data is the
    /// decoded JSON, the original bytes are in `key_raw`/`value_raw`.
    Avro,
    /// Likewise, Protobuf (canonical proto3 JSON).
    Protobuf,
    /// Likewise, JSON Schema.
    Jsonschema,
}

impl Encoding {
    /// Whether the data was decoded with a registered schema (the bytes are in `*_raw`).
    pub fn is_schema(self) -> bool {
        matches!(
            self,
            Encoding::Avro | Encoding::Protobuf | Encoding::Jsonschema
        )
    }
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
    /// With a key decoded by a registered schema: its id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_schema_id: Option<u32>,
    /// The key's original bytes (base64) when `key` is decoded from them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_raw: Option<String>,
    /// Why the key could not be decoded as asked (`key` is then base64).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_error: Option<String>,
    #[serde(default)]
    pub headers: Vec<EnvelopeHeader>,
    #[serde(default)]
    pub value: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_encoding: Option<Encoding>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_schema_id: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_raw: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_error: Option<String>,
}

impl Envelope {
    /// The key's bytes (`None`: no key).
    pub fn key_bytes(&self) -> Result<Option<Cow<'_, [u8]>>, String> {
        data(
            self.key.as_ref(),
            self.key_encoding,
            self.key_raw.as_deref(),
            Encoding::Utf8,
        )
    }

    /// The value's bytes (`None`: a null value).
    pub fn value_bytes(&self) -> Result<Option<Cow<'_, [u8]>>, String> {
        data(
            self.value.as_ref(),
            self.value_encoding,
            self.value_raw.as_deref(),
            Encoding::Json,
        )
    }
}

/// A key's or value's bytes: from its data, or from its `_raw` bytes when the data was decoded
/// with a registered schema.
fn data<'a>(
    data: Option<&'a serde_json::Value>,
    encoding: Option<Encoding>,
    raw: Option<&str>,
    default: Encoding,
) -> Result<Option<Cow<'a, [u8]>>, String> {
    match encoding {
        Some(encoding) if encoding.is_schema() => {
            let raw = raw.ok_or_else(|| {
                format!("{encoding:?} data needs its original bytes (_raw)").to_lowercase()
            })?;
            let bytes = base64_decode(raw).ok_or("the _raw bytes are not valid base64")?;
            Ok(Some(Cow::Owned(bytes)))
        }
        _ => data.map(|data| decode(data, encoding, default)).transpose(),
    }
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
        (schema, _) => Err(format!("{schema:?} data needs its original bytes").to_lowercase()),
    }
}

/// Reads what other encoders write too: padding required, stray bits after the last byte
/// ignored (`Zh==` is `f`, as most decoders read it).
const LENIENT: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_allow_trailing_bits(true),
);

/// Standard base64 with padding (RFC 4648), as envelopes and dead letters write binary data.
pub fn base64_encode(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// Decodes standard base64 (padding required); `None` when malformed.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    LENIENT.decode(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        // Bits after the last byte are ignored, as most decoders do.
        assert_eq!(base64_decode("Zh==").unwrap(), b"f");
        for bad in ["Zg=", "Z===", "Zg==Zg==", "!!!!"] {
            assert!(base64_decode(bad).is_none(), "{bad}");
        }
    }
}

//! Records in the Confluent Schema Registry wire format, and their schemas (pure: the registry
//! is asked by `crate::registry`).
//!
//! The wire format: a magic byte 0, the schema id (4 bytes, big-endian), then the payload —
//! Avro binary, JSON, or (Protobuf) the message indexes (a zigzag varint count, then each index;
//! a single 0 byte for `[0]`, the first message of the file) followed by the message.

pub mod avro;
pub mod compatibility;
pub mod protobuf;
pub mod writer;

use serde::Serialize;

/// A registered schema's type (the registry's `schemaType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SchemaKind {
    Avro,
    Protobuf,
    #[serde(rename = "jsonschema")]
    Json,
}

impl SchemaKind {
    /// The name `--value-format` and envelopes use.
    pub fn as_str(self) -> &'static str {
        match self {
            SchemaKind::Avro => "avro",
            SchemaKind::Protobuf => "protobuf",
            SchemaKind::Json => "jsonschema",
        }
    }
}

impl SchemaKind {
    /// The schema type a file's extension names: `.avsc` Avro, `.proto` Protobuf, `.json` a
    /// JSON Schema.
    pub fn of_file(path: &std::path::Path) -> Result<SchemaKind, String> {
        match path.extension().and_then(|extension| extension.to_str()) {
            Some("avsc") => Ok(SchemaKind::Avro),
            Some("proto") => Ok(SchemaKind::Protobuf),
            Some("json") => Ok(SchemaKind::Json),
            _ => Err(format!(
                "{}: expected a .avsc (Avro), .proto (Protobuf) or .json (JSON Schema) file",
                path.display()
            )),
        }
    }

    /// Checks that `text` is a schema of this type before a registry sees it (one line saying
    /// what is wrong). Named types from other subjects (references) are not resolved here.
    pub fn check_text(self, text: &str) -> Result<(), String> {
        match self {
            SchemaKind::Avro => avro::AvroSchema::parse(text, &[]).map(drop),
            SchemaKind::Protobuf => protobuf::ProtoSchema::parse(text, &[]).map(drop),
            SchemaKind::Json => super::line_schema::LineSchema::parse(text).map(drop),
        }
    }
}

/// How the bytes of a key or value are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Wire format decoded by its schema; anything else as kan always showed it.
    Auto,
    /// JSON text.
    Json,
    /// Wire format with an Avro schema.
    Avro,
    /// Wire format with a Protobuf schema.
    Protobuf,
    /// Wire format with a JSON Schema.
    JsonSchema,
    /// UTF-8 text.
    String,
    /// Any bytes, as base64.
    Bytes,
}

impl Format {
    /// The schema type this format insists on, if any.
    pub fn kind(self) -> Option<SchemaKind> {
        match self {
            Format::Avro => Some(SchemaKind::Avro),
            Format::Protobuf => Some(SchemaKind::Protobuf),
            Format::JsonSchema => Some(SchemaKind::Json),
            _ => None,
        }
    }

    /// Whether this format needs the registry.
    pub fn needs_registry(self) -> bool {
        self.kind().is_some()
    }
}

/// What became of a record's key or value read with `--key-format`/`--value-format`.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    /// Decoded with a registered schema: `text` is compact JSON (one line, UTF-8).
    Schema {
        text: Vec<u8>,
        id: u32,
        kind: SchemaKind,
    },
    /// As kan always shows it (embedded JSON, text, or base64 when binary).
    Plain,
    /// Text, shown as a string even when it is JSON (`string`).
    Text,
    /// Opaque bytes, shown as base64 (`bytes`).
    Bytes,
    /// Could not be read as asked: shown raw (base64) with the reason.
    Failed { reason: String },
}

impl Decoded {
    /// The decoded JSON as a value (for filters and envelopes), when decoded with a schema.
    pub fn json(&self) -> Option<serde_json::Value> {
        match self {
            Decoded::Schema { text, .. } => serde_json::from_slice(text).ok(),
            _ => None,
        }
    }
}

/// The magic byte, schema id and payload of wire-format bytes; `None` when the bytes are not
/// in the wire format (too short, or another first byte).
pub fn split_wire(bytes: &[u8]) -> Option<(u32, &[u8])> {
    match bytes {
        [0, a, b, c, d, payload @ ..] => Some((u32::from_be_bytes([*a, *b, *c, *d]), payload)),
        _ => None,
    }
}

/// The wire-format prefix for `id`.
pub fn wire_prefix(id: u32) -> [u8; 5] {
    let [a, b, c, d] = id.to_be_bytes();
    [0, a, b, c, d]
}

/// Protobuf's message indexes at the start of `payload`, and the message after them.
pub fn split_message_indexes(payload: &[u8]) -> Result<(Vec<i32>, &[u8]), String> {
    let mut rest = payload;
    let count = zigzag(read_varint(&mut rest)?);
    if count == 0 {
        return Ok((vec![0], rest));
    }
    if !(1..=256).contains(&count) {
        return Err(format!("{count} message indexes"));
    }
    let indexes = (0..count)
        .map(|_| {
            let index = zigzag(read_varint(&mut rest)?);
            i32::try_from(index).map_err(|_| format!("message index {index}"))
        })
        .collect::<Result<_, String>>()?;
    Ok((indexes, rest))
}

/// The message indexes as the wire format writes them.
pub fn encode_message_indexes(indexes: &[i32]) -> Vec<u8> {
    if indexes == [0] {
        return vec![0];
    }
    let mut out = Vec::new();
    write_varint(&mut out, unzigzag(indexes.len() as i64));
    for &index in indexes {
        write_varint(&mut out, unzigzag(i64::from(index)));
    }
    out
}

fn read_varint(bytes: &mut &[u8]) -> Result<u64, String> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let (&byte, rest) = bytes.split_first().ok_or("the message indexes end early")?;
        *bytes = rest;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err("a message index varint is too long".into())
}

fn write_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn zigzag(value: u64) -> i64 {
    ((value >> 1) as i64) ^ -((value & 1) as i64)
}

fn unzigzag(value: i64) -> u64 {
    ((value << 1) ^ (value >> 63)) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wire_format_splits_into_id_and_payload() {
        assert_eq!(split_wire(&[0, 0, 0, 1, 2, 9, 9]), Some((258, &[9, 9][..])));
        assert_eq!(split_wire(&[0, 0, 0, 0, 7]), Some((7, &[][..])));
        assert_eq!(split_wire(b"{\"a\":1}"), None);
        assert_eq!(split_wire(&[0, 0, 0]), None);
        assert_eq!(wire_prefix(258), [0, 0, 0, 1, 2]);
    }

    #[test]
    fn message_indexes_round_trip() {
        for indexes in [vec![0], vec![1], vec![0, 2], vec![3, 1, 4], vec![200]] {
            let mut bytes = encode_message_indexes(&indexes);
            bytes.extend_from_slice(b"rest");
            let (read, rest) = split_message_indexes(&bytes).unwrap();
            assert_eq!((read, rest), (indexes, &b"rest"[..]));
        }
        // What Confluent's serializers write: [1] is count 1 (zigzag 2), index 1 (zigzag 2).
        assert_eq!(encode_message_indexes(&[1]), [2, 2]);
        assert!(split_message_indexes(&[0x80]).is_err());
        assert!(split_message_indexes(&[2]).is_err());
    }
}

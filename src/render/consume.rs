//! Writing consumed records to stdout: the value, key<TAB>value, or a lossless JSON envelope
//! per line. Buffered; the caller flushes before committing, so only printed records count.

use std::io::{self, BufWriter, Stdout, Write};

use crate::domain::envelope::{base64_encode, encode, Encoding, Envelope, EnvelopeHeader};
use crate::domain::record::Record;
use crate::domain::schema::{Decoded, SchemaKind};

/// How each record is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordFormat {
    /// The value only (like kcat)
    Value,
    /// key<TAB>value
    Kv,
    /// One JSON envelope per line: {topic, partition, offset, timestamp, key, headers, value}
    Json,
}

/// How binary data is written in JSON envelopes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinaryMode {
    /// Text and JSON as they are; only non-UTF-8 data as base64 (marked)
    Auto,
    /// Every key, value and header as base64
    Base64,
}

/// The record printer.
pub struct RecordWriter {
    out: BufWriter<Stdout>,
    format: RecordFormat,
    binary: BinaryMode,
}

impl RecordWriter {
    pub fn new(format: RecordFormat, binary: BinaryMode) -> Self {
        RecordWriter {
            out: BufWriter::with_capacity(256 * 1024, io::stdout()),
            format,
            binary,
        }
    }

    pub fn write(&mut self, record: &Record<'_>) -> io::Result<()> {
        self.write_decoded(record, &DecodedRecord::default())
    }

    /// Writes a record whose key and value were read with `--key-format`/`--value-format`.
    pub fn write_decoded(
        &mut self,
        record: &Record<'_>,
        decoded: &DecodedRecord,
    ) -> io::Result<()> {
        match self.format {
            RecordFormat::Value => {
                write_part(&mut self.out, record.value, decoded.value.as_ref())?;
                self.out.write_all(b"\n")
            }
            RecordFormat::Kv => {
                write_part(&mut self.out, record.key, decoded.key.as_ref())?;
                self.out.write_all(b"\t")?;
                write_part(&mut self.out, record.value, decoded.value.as_ref())?;
                self.out.write_all(b"\n")
            }
            RecordFormat::Json => {
                serde_json::to_writer(
                    &mut self.out,
                    &envelope_decoded(record, self.binary, decoded),
                )?;
                self.out.write_all(b"\n")
            }
        }
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// How a record's key and value were read (`None`: as kan always reads them).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DecodedRecord {
    pub key: Option<Decoded>,
    pub value: Option<Decoded>,
}

/// A key or value on a text line: decoded JSON (compact), base64 where it is bytes or could
/// not be decoded, else the bytes as they are.
fn write_part(
    out: &mut impl Write,
    bytes: Option<&[u8]>,
    decoded: Option<&Decoded>,
) -> io::Result<()> {
    let bytes = bytes.unwrap_or_default();
    match decoded {
        Some(Decoded::Schema { text, .. }) => out.write_all(text),
        Some(Decoded::Bytes | Decoded::Failed { .. }) => {
            out.write_all(base64_encode(bytes).as_bytes())
        }
        _ => out.write_all(bytes),
    }
}

/// One key or value in an envelope: data, its encoding when not the default, and the schema
/// parts (id, original bytes, error).
#[derive(Default)]
struct Part {
    data: Option<serde_json::Value>,
    encoding: Option<Encoding>,
    schema_id: Option<u32>,
    raw: Option<String>,
    error: Option<String>,
}

fn part(bytes: Option<&[u8]>, decoded: Option<&Decoded>, json_ok: bool, force: bool) -> Part {
    let Some(bytes) = bytes else {
        return Part::default();
    };
    // Keys and headers default to UTF-8 text, values to JSON: only the exceptions are marked.
    let marked = |encoding: Encoding| match (encoding, json_ok) {
        (Encoding::Json, true) | (Encoding::Utf8, false) => None,
        (other, _) => Some(other),
    };
    let base64 = || Some(serde_json::Value::String(base64_encode(bytes)));
    match decoded {
        Some(decoded @ Decoded::Schema { id, kind, .. }) => Part {
            data: decoded.json(),
            encoding: Some(match kind {
                SchemaKind::Avro => Encoding::Avro,
                SchemaKind::Protobuf => Encoding::Protobuf,
                SchemaKind::Json => Encoding::Jsonschema,
            }),
            schema_id: Some(*id),
            raw: Some(base64_encode(bytes)),
            error: None,
        },
        Some(Decoded::Failed { reason }) => Part {
            data: base64(),
            encoding: Some(Encoding::Base64),
            error: Some(reason.clone()),
            ..Part::default()
        },
        Some(Decoded::Bytes) => Part {
            data: base64(),
            encoding: Some(Encoding::Base64),
            ..Part::default()
        },
        Some(Decoded::Text) if !force => {
            let (data, encoding) = encode(bytes, false, false);
            Part {
                data: Some(data),
                encoding: marked(encoding),
                ..Part::default()
            }
        }
        _ => {
            let (data, encoding) = encode(bytes, json_ok, force);
            Part {
                data: Some(data),
                encoding: marked(encoding),
                ..Part::default()
            }
        }
    }
}

/// The envelope of a record. Values that are JSON (and whose compact form is exactly their
/// bytes) are embedded; other text is a string; anything else base64, marked as such.
pub fn envelope(record: &Record<'_>, binary: BinaryMode) -> Envelope {
    envelope_decoded(record, binary, &DecodedRecord::default())
}

/// [`envelope`], with key and value as they were decoded.
pub fn envelope_decoded(
    record: &Record<'_>,
    binary: BinaryMode,
    decoded: &DecodedRecord,
) -> Envelope {
    let force = binary == BinaryMode::Base64;
    let marked = |encoding: Encoding| match encoding {
        Encoding::Utf8 => None,
        other => Some(other),
    };
    let key = part(record.key, decoded.key.as_ref(), false, force);
    let value = part(record.value, decoded.value.as_ref(), true, force);
    Envelope {
        topic: Some(record.topic.to_string()),
        partition: Some(record.partition),
        offset: Some(record.offset),
        timestamp: record.timestamp_ms,
        key: key.data,
        key_encoding: key.encoding,
        key_schema_id: key.schema_id,
        key_raw: key.raw,
        key_error: key.error,
        headers: record
            .headers
            .to_vec()
            .iter()
            .map(|(name, value)| {
                let (value, encoding) = match value {
                    Some(bytes) => {
                        let (value, encoding) = encode(bytes, false, force);
                        (Some(value), marked(encoding))
                    }
                    None => (None, None),
                };
                EnvelopeHeader {
                    key: name.clone(),
                    value,
                    encoding,
                }
            })
            .collect(),
        value: value.data,
        value_encoding: value.encoding,
        value_schema_id: value.schema_id,
        value_raw: value.raw,
        value_error: value.error,
    }
}

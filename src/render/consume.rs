//! Writing consumed records to stdout: the value, key<TAB>value, or a lossless JSON envelope
//! per line. Buffered; the caller flushes before committing, so only printed records count.

use std::io::{self, BufWriter, Stdout, Write};

use crate::domain::envelope::{encode, Encoding, Envelope, EnvelopeHeader};
use crate::domain::record::Record;

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
        match self.format {
            RecordFormat::Value => {
                self.out.write_all(record.value.unwrap_or_default())?;
                self.out.write_all(b"\n")
            }
            RecordFormat::Kv => {
                self.out.write_all(record.key.unwrap_or_default())?;
                self.out.write_all(b"\t")?;
                self.out.write_all(record.value.unwrap_or_default())?;
                self.out.write_all(b"\n")
            }
            RecordFormat::Json => {
                serde_json::to_writer(&mut self.out, &envelope(record, self.binary))?;
                self.out.write_all(b"\n")
            }
        }
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The envelope of a record. Values that are JSON (and whose compact form is exactly their
/// bytes) are embedded; other text is a string; anything else base64, marked as such.
pub fn envelope(record: &Record<'_>, binary: BinaryMode) -> Envelope {
    let force = binary == BinaryMode::Base64;
    // Keys and headers default to UTF-8 text, values to JSON: only the exceptions are marked.
    let marked = |encoding: Encoding, json_ok: bool| match (encoding, json_ok) {
        (Encoding::Json, true) | (Encoding::Utf8, false) => None,
        (other, _) => Some(other),
    };
    let (key, key_encoding) = match record.key {
        Some(key) => {
            let (value, encoding) = encode(key, false, force);
            (Some(value), marked(encoding, false))
        }
        None => (None, None),
    };
    let (value, value_encoding) = match record.value {
        Some(bytes) => {
            let (value, encoding) = encode(bytes, true, force);
            (Some(value), marked(encoding, true))
        }
        None => (None, None),
    };
    Envelope {
        topic: Some(record.topic.to_string()),
        partition: Some(record.partition),
        offset: Some(record.offset),
        timestamp: record.timestamp_ms,
        key,
        key_encoding,
        headers: record
            .headers
            .to_vec()
            .iter()
            .map(|(name, value)| {
                let (value, encoding) = match value {
                    Some(bytes) => {
                        let (value, encoding) = encode(bytes, false, force);
                        (Some(value), marked(encoding, false))
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
        value,
        value_encoding,
    }
}

//! Keys and values written in the Schema Registry wire format for `kan publish
//! --value-subject`/`--key-subject`: a line's JSON encoded with the subject's schema (Avro,
//! Protobuf, or checked against a JSON Schema and sent as it is), after the magic byte and the
//! schema id (and, for Protobuf, the message indexes).

use serde_json::Value as Json;

use super::avro::node::Node;
use super::avro::AvroSchema;
use super::protobuf::ProtoSchema;
use super::{encode_message_indexes, wire_prefix, SchemaKind};
use crate::domain::event::{RejectReason, Rejection};
use crate::domain::line_schema::{parse_line, parse_line_as, LineSchema};

/// One registered schema, ready to write records with.
pub struct SchemaWriter {
    id: u32,
    /// The magic byte, the id, and Protobuf's message indexes.
    prefix: Vec<u8>,
    body: Body,
}

enum Body {
    Avro(Box<AvroSchema>),
    /// The message type written: the first in the file (message indexes `[0]`), as
    /// Confluent's serializers do for a schema with one message.
    Protobuf(ProtoSchema),
    Json(Box<LineSchema>),
}

impl SchemaWriter {
    pub fn avro(id: u32, schema: AvroSchema) -> SchemaWriter {
        SchemaWriter {
            id,
            prefix: wire_prefix(id).to_vec(),
            body: Body::Avro(Box::new(schema)),
        }
    }

    pub fn protobuf(id: u32, schema: ProtoSchema) -> Result<SchemaWriter, String> {
        schema
            .message(&[0])
            .map_err(|_| "the schema has no message type".to_string())?;
        let mut prefix = wire_prefix(id).to_vec();
        prefix.extend(encode_message_indexes(&[0]));
        Ok(SchemaWriter {
            id,
            prefix,
            body: Body::Protobuf(schema),
        })
    }

    pub fn json(id: u32, schema: LineSchema) -> SchemaWriter {
        SchemaWriter {
            id,
            prefix: wire_prefix(id).to_vec(),
            body: Body::Json(Box::new(schema)),
        }
    }

    /// The same schema under another id (`--register` compiles before the registry numbers it).
    pub fn with_id(mut self, id: u32) -> SchemaWriter {
        self.id = id;
        self.prefix[..5].copy_from_slice(&wire_prefix(id));
        self
    }

    /// The schema id every record carries.
    pub fn id(&self) -> u32 {
        self.id
    }

    pub fn kind(&self) -> SchemaKind {
        match self.body {
            Body::Avro(_) => SchemaKind::Avro,
            Body::Protobuf(_) => SchemaKind::Protobuf,
            Body::Json(_) => SchemaKind::Json,
        }
    }

    /// A value: `line` is JSON; it is encoded (or, for a JSON Schema, checked and kept).
    pub fn value(&self, line: &[u8]) -> Result<Vec<u8>, Rejection> {
        match &self.body {
            Body::Json(schema) => {
                schema.check(line)?;
                Ok([&self.prefix[..], line].concat())
            }
            Body::Avro(schema) => {
                let node: Node<'_> = parse_line_as(line)?;
                let mut out = self.prefix.clone();
                schema
                    .encode_node(&node, &mut out)
                    .map(|()| out)
                    .map_err(|message| Rejection {
                        reason: RejectReason::Schema,
                        message,
                    })
            }
            Body::Protobuf(_) => self.encoded(&parse_line(line)?),
        }
    }

    /// A key: its bytes as JSON when they are JSON that fits the schema, else as a string
    /// (`u1`, a user id, is the string "u1" for a `"string"` schema).
    pub fn key(&self, key: &[u8]) -> Result<Vec<u8>, Rejection> {
        let text = std::str::from_utf8(key).map_err(|_| Rejection {
            reason: RejectReason::InvalidUtf8,
            message: "the key is not UTF-8 text".into(),
        })?;
        let as_json = serde_json::from_str::<Json>(text).ok();
        let first = match &as_json {
            Some(json) => self.encoded(json),
            None => self.encoded(&Json::String(text.to_string())),
        };
        match (first, as_json) {
            (Ok(bytes), _) => Ok(bytes),
            (Err(err), Some(Json::String(_)) | None) => Err(err),
            (Err(err), Some(_)) => self
                .encoded(&Json::String(text.to_string()))
                .map_err(|_| err),
        }
        .map_err(|err| Rejection {
            reason: err.reason,
            message: format!("key: {}", err.message),
        })
    }

    fn encoded(&self, value: &Json) -> Result<Vec<u8>, Rejection> {
        let mut out = self.prefix.clone();
        let fitted = match &self.body {
            Body::Avro(schema) => schema.encode(value, &mut out),
            Body::Protobuf(schema) => schema.encode(&[0], value).map(|bytes| out.extend(bytes)),
            Body::Json(schema) => {
                let text = value.to_string();
                schema.check(text.as_bytes())?;
                out.extend_from_slice(text.as_bytes());
                Ok(())
            }
        };
        fitted.map(|()| out).map_err(|message| Rejection {
            reason: RejectReason::Schema,
            message,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_keys_carry_the_wire_prefix() {
        let schema = AvroSchema::parse(
            r#"{"type":"record","name":"E","fields":[{"name":"n","type":"int"}]}"#,
            &[],
        )
        .unwrap();
        let writer = SchemaWriter::avro(258, schema);
        assert_eq!(writer.value(br#"{"n": 1}"#).unwrap(), [0, 0, 0, 1, 2, 2]);
        let err = writer.value(br#"{"n": "x"}"#).unwrap_err();
        assert_eq!(
            (err.reason, err.message.as_str()),
            (RejectReason::Schema, "$.n: expected int, got string")
        );
        assert_eq!(
            writer.value(b"{oops").unwrap_err().reason,
            RejectReason::MalformedJson
        );

        let key = SchemaWriter::avro(1, AvroSchema::parse(r#""string""#, &[]).unwrap());
        assert_eq!(key.key(b"u1").unwrap(), [0, 0, 0, 0, 1, 4, b'u', b'1']);
        assert_eq!(key.key(b"\"u1\"").unwrap(), key.key(b"u1").unwrap());
        // JSON that is not a string: still the text, for a string schema.
        assert_eq!(key.key(b"42").unwrap(), [0, 0, 0, 0, 1, 4, b'4', b'2']);
        let long = SchemaWriter::avro(1, AvroSchema::parse(r#""long""#, &[]).unwrap());
        assert_eq!(long.key(b"42").unwrap(), [0, 0, 0, 0, 1, 84]);
        assert_eq!(
            long.key(b"u1").unwrap_err().message,
            "key: $: expected long, got string"
        );

        let json = SchemaWriter::json(
            3,
            LineSchema::parse(r#"{"type":"object","required":["n"]}"#).unwrap(),
        );
        assert_eq!(json.value(br#"{"n":1}"#).unwrap(), b"\0\0\0\0\x03{\"n\":1}");
        assert!(json.value(br#"{"m":1}"#).is_err());
    }
}

//! Protobuf payloads as JSON, per the canonical proto3 JSON mapping (prost-reflect's: field
//! names in lowerCamelCase, 64-bit integers as strings, enums by name, bytes as base64, fields
//! at their default value left out). Schemas arrive as `.proto` text and are compiled in
//! process (protox), their imports resolved from the registry's references and from the
//! well-known types (`google/protobuf/*.proto`).

use std::collections::HashMap;
use std::path::Path;

use prost_reflect::{DynamicMessage, FileDescriptor, MessageDescriptor, SerializeOptions};
use protox::file::{ChainFileResolver, File, FileResolver, GoogleFileResolver};
use serde_json::Value as Json;

/// The name the main schema is compiled under (the registry does not name it).
const MAIN: &str = "kan-registry-schema.proto";

/// A compiled `.proto` schema.
#[derive(Debug, Clone)]
pub struct ProtoSchema {
    file: FileDescriptor,
}

/// `.proto` sources by import name.
struct Sources(HashMap<String, String>);

impl FileResolver for Sources {
    fn resolve_path(&self, path: &Path) -> Option<String> {
        path.to_str().map(str::to_string)
    }

    fn open_file(&self, name: &str) -> Result<File, protox::Error> {
        let Some(source) = self.0.get(name) else {
            return Err(protox::Error::file_not_found(name));
        };
        // Some clients (Confluent's Python serializer) register a schema as a base64
        // FileDescriptorProto rather than as .proto text; real registries hand it back as text,
        // but accept both.
        if let Some(mut descriptor) = serialized_descriptor(source) {
            descriptor.name = Some(name.to_string());
            return Ok(File::from_file_descriptor_proto(descriptor));
        }
        File::from_source(name, source)
    }
}

impl ProtoSchema {
    /// Compiles `text`; `references` are the imported files, by the name it imports them by.
    pub fn parse(text: &str, references: &[(String, String)]) -> Result<ProtoSchema, String> {
        let mut sources: HashMap<String, String> = references.iter().cloned().collect();
        sources.insert(MAIN.to_string(), text.to_string());
        let mut resolver = ChainFileResolver::new();
        resolver.add(Sources(sources));
        resolver.add(GoogleFileResolver::new());
        let mut compiler = protox::Compiler::with_file_resolver(resolver);
        compiler.include_imports(true);
        compiler
            .open_file(MAIN)
            .map_err(|err| first_line(&err.to_string()))?;
        let file = compiler
            .descriptor_pool()
            .get_file_by_name(MAIN)
            .ok_or("the compiled schema has no file")?;
        Ok(ProtoSchema { file })
    }

    /// The message type at `indexes` (the wire format's path: a top-level message, then nested
    /// ones).
    pub fn message(&self, indexes: &[i32]) -> Result<MessageDescriptor, String> {
        let mut path = indexes.iter().map(|&index| usize::try_from(index).ok());
        let missing = || format!("no message at indexes {indexes:?}");
        let first = path.next().flatten().ok_or_else(missing)?;
        let mut message = self.file.messages().nth(first).ok_or_else(missing)?;
        for index in path {
            let index = index.ok_or_else(missing)?;
            let child = message.child_messages().nth(index);
            message = child.ok_or_else(missing)?;
        }
        Ok(message)
    }

    /// The message's indexes by full name (`analytics.UserEvent`), for encoding.
    pub fn indexes_of(&self, full_name: &str) -> Option<Vec<i32>> {
        fn search(
            messages: impl Iterator<Item = MessageDescriptor>,
            name: &str,
        ) -> Option<Vec<i32>> {
            for (index, message) in messages.enumerate() {
                let index = i32::try_from(index).ok()?;
                if message.full_name() == name {
                    return Some(vec![index]);
                }
                if let Some(mut rest) = search(message.child_messages(), name) {
                    rest.insert(0, index);
                    return Some(rest);
                }
            }
            None
        }
        search(self.file.messages(), full_name)
    }

    /// Decodes a message of the type at `indexes` into canonical JSON text (compact).
    pub fn decode(&self, indexes: &[i32], message: &[u8]) -> Result<String, String> {
        let descriptor = self.message(indexes)?;
        let decoded = DynamicMessage::decode(descriptor, message).map_err(|err| err.to_string())?;
        let mut out = serde_json::Serializer::new(Vec::new());
        decoded
            .serialize_with_options(&mut out, &SerializeOptions::new())
            .map_err(|err| err.to_string())?;
        String::from_utf8(out.into_inner()).map_err(|err| err.to_string())
    }

    /// Encodes canonical proto3 JSON as a message of the type at `indexes`; a value that does
    /// not fit names its path (`$.durationMs: invalid type: …`). Unknown fields are refused:
    /// dropping them would lose data without a word.
    pub fn encode(&self, indexes: &[i32], value: &Json) -> Result<Vec<u8>, String> {
        use prost::Message as _;
        let descriptor = self.message(indexes)?;
        let mut track = serde_path_to_error::Track::new();
        let deserializer = serde_path_to_error::Deserializer::new(value, &mut track);
        let options = prost_reflect::DeserializeOptions::new().deny_unknown_fields(true);
        match DynamicMessage::deserialize_with_options(descriptor, deserializer, &options) {
            Ok(message) => Ok(message.encode_to_vec()),
            Err(err) => Err(format!(
                "{}: {}",
                json_path(&track.path()),
                first_line(&err.to_string())
            )),
        }
    }
}

/// A serde path as `$.a.b[2]`.
fn json_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::from("$");
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => crate::domain::line_schema::push_member(&mut out, key),
            Segment::Enum { variant } => crate::domain::line_schema::push_member(&mut out, variant),
            Segment::Unknown => {}
        }
    }
    out
}

/// `text` as a base64 FileDescriptorProto, if it is one (`.proto` source never is: it has
/// spaces or semicolons).
fn serialized_descriptor(text: &str) -> Option<prost_types::FileDescriptorProto> {
    use prost::Message as _;
    let text = text.trim();
    if text.is_empty() || text.contains([' ', ';', '\n']) {
        return None;
    }
    let bytes = super::super::envelope::base64_decode(text)?;
    prost_types::FileDescriptorProto::decode(&bytes[..]).ok()
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use prost::Message as _;

    const SCHEMA: &str = r#"
        syntax = "proto3";
        package analytics;
        import "google/protobuf/timestamp.proto";
        import "common.proto";
        message PageView {
          string user_id = 1;
          string url = 2;
          int64 duration_ms = 3;
          google.protobuf.Timestamp at = 4;
          common.Source source = 5;
          message Inner { bool flag = 1; }
        }
    "#;
    const COMMON: &str = r#"
        syntax = "proto3";
        package common;
        enum Source { UNKNOWN = 0; WEB = 1; APP = 2; }
    "#;

    #[test]
    fn messages_decode_to_canonical_json() {
        let references = [("common.proto".to_string(), COMMON.to_string())];
        let schema = ProtoSchema::parse(SCHEMA, &references).unwrap();
        let descriptor = schema.message(&[0]).unwrap();
        let message = DynamicMessage::deserialize(
            descriptor,
            serde_json::json!({"userId": "u1", "url": "/a", "durationMs": "1500",
                "at": "2026-11-30T10:15:00Z", "source": "APP"}),
        )
        .unwrap();
        let bytes = message.encode_to_vec();
        assert_eq!(
            schema.decode(&[0], &bytes).unwrap(),
            r#"{"userId":"u1","url":"/a","durationMs":"1500","at":"2026-11-30T10:15:00Z","source":"APP"}"#
        );
        assert_eq!(
            schema.indexes_of("analytics.PageView.Inner"),
            Some(vec![0, 0])
        );
        assert_eq!(schema.decode(&[0, 0], &[8, 1]).unwrap(), r#"{"flag":true}"#);
        assert!(schema
            .decode(&[3], &bytes)
            .unwrap_err()
            .contains("no message"));
        assert!(schema.decode(&[0], &[0xff, 0xff]).is_err());
    }

    #[test]
    fn json_encodes_to_the_message_and_misfits_name_their_path() {
        let references = [("common.proto".to_string(), COMMON.to_string())];
        let schema = ProtoSchema::parse(SCHEMA, &references).unwrap();
        let value = serde_json::json!({"userId": "u1", "durationMs": "1500", "source": "WEB",
            "at": "2026-11-30T10:15:00Z"});
        let bytes = schema.encode(&[0], &value).unwrap();
        let decoded: serde_json::Value =
            serde_json::from_str(&schema.decode(&[0], &bytes).unwrap()).unwrap();
        assert_eq!(decoded, value);
        let inner = schema
            .encode(&[0, 0], &serde_json::json!({"flag": true}))
            .unwrap();
        assert_eq!(inner, [8, 1]);
        let misfit = |value: serde_json::Value| schema.encode(&[0], &value).unwrap_err();
        let err = misfit(serde_json::json!({"durationMs": "soon"}));
        assert!(err.starts_with("$.durationMs: "), "{err}");
        let err = misfit(serde_json::json!({"source": "TV"}));
        assert!(err.starts_with("$.source: "), "{err}");
        let err = misfit(serde_json::json!({"userId": "u1", "price": 3}));
        assert!(err.contains("price"), "{err}");
        let err = misfit(serde_json::json!([1]));
        assert!(err.starts_with("$: "), "{err}");
    }

    #[test]
    fn a_missing_import_or_bad_syntax_is_one_line() {
        let err = ProtoSchema::parse(SCHEMA, &[]).unwrap_err();
        assert!(err.contains("common.proto"), "{err}");
        assert!(!err.contains('\n'));
        assert!(ProtoSchema::parse("message {", &[]).is_err());
    }
}

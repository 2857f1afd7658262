//! Decoding record keys and values for `kan consume` and `kan watch topic`
//! (`--key-format`/`--value-format`): Schema Registry wire format by the registered schema's
//! type, or JSON/text/bytes as asked. Schemas are fetched and compiled once per id; a failure
//! (unknown id, unreachable registry, bytes that do not decode) is remembered per cause, the
//! record shown raw with the reason, and counted.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde_json::Value as Json;

use super::{Registry, RegistryError};
use crate::domain::schema::avro::AvroSchema;
use crate::domain::schema::protobuf::ProtoSchema;
use crate::domain::schema::{split_message_indexes, split_wire, Decoded, Format, SchemaKind};

/// A schema compiled for decoding.
enum Compiled {
    Avro(Box<AvroSchema>),
    Protobuf(ProtoSchema),
    Json,
}

/// A schema id's compiled schema, or why there is none.
type CompileOutcome = Result<(SchemaKind, Arc<Compiled>), String>;

/// Decodes keys and values, keeping compiled schemas and counting failures by cause.
pub struct Decoder {
    registry: Option<Arc<Registry>>,
    /// By schema id (foldhash: a lookup per record).
    compiled: HashMap<u32, CompileOutcome, foldhash::fast::FixedState>,
    /// Records that could not be decoded, by cause (the first record's reason).
    failures: BTreeMap<String, u64>,
}

impl Decoder {
    pub fn new(registry: Option<Arc<Registry>>) -> Self {
        Decoder {
            registry,
            compiled: HashMap::default(),
            failures: BTreeMap::new(),
        }
    }

    /// Decodes `bytes` as `format` says.
    pub fn decode(&mut self, bytes: &[u8], format: Format) -> Decoded {
        let outcome = match format {
            Format::Bytes => Ok(Decoded::Bytes),
            Format::String => std::str::from_utf8(bytes)
                .map(|_| Decoded::Text)
                .map_err(|_| "not UTF-8 text".to_string()),
            Format::Json => serde_json::from_slice::<Json>(bytes)
                .map(|_| Decoded::Plain)
                .map_err(|err| format!("not JSON: {err}")),
            Format::Auto => match split_wire(bytes) {
                Some((id, payload)) if self.registry.is_some() => {
                    self.with_schema(id, payload, None)
                }
                _ => Ok(Decoded::Plain),
            },
            Format::Avro | Format::Protobuf | Format::JsonSchema => match split_wire(bytes) {
                Some((id, payload)) => self.with_schema(id, payload, format.kind()),
                None => Err("not in the Schema Registry wire format".to_string()),
            },
        };
        outcome.unwrap_or_else(|reason| {
            *self.failures.entry(reason.clone()).or_insert(0) += 1;
            Decoded::Failed { reason }
        })
    }

    /// Records that could not be decoded, by cause.
    pub fn failures(&self) -> &BTreeMap<String, u64> {
        &self.failures
    }

    /// Whether `reason` is new (its first record): warn once per cause.
    pub fn first_of(&self, reason: &str) -> bool {
        self.failures.get(reason) == Some(&1)
    }

    fn with_schema(
        &mut self,
        id: u32,
        payload: &[u8],
        wanted: Option<SchemaKind>,
    ) -> Result<Decoded, String> {
        let (kind, compiled) = self.compiled(id)?;
        let compiled = &**compiled;
        if let Some(wanted) = wanted.filter(|wanted| *wanted != kind) {
            return Err(format!(
                "schema id {id} is {}, not {}",
                kind.as_str(),
                wanted.as_str()
            ));
        }
        let text = match compiled {
            Compiled::Avro(schema) => {
                // Room for the JSON, about twice the binary, without growing.
                let mut text = Vec::with_capacity(payload.len() * 3 + 64);
                schema.decode_into(payload, &mut text).map(|()| text)
            }
            Compiled::Protobuf(schema) => split_message_indexes(payload)
                .and_then(|(indexes, message)| schema.decode(&indexes, message))
                .map(String::into_bytes),
            // Parsed and written again: compact, on one line.
            Compiled::Json => serde_json::from_slice::<Json>(payload)
                .map(|json| json.to_string().into_bytes())
                .map_err(|err| err.to_string()),
        }
        .map_err(|err| format!("schema id {id} ({}): {err}", kind.as_str()))?;
        Ok(Decoded::Schema { text, id, kind })
    }

    /// The schema with this id, compiled (once; a failure is remembered too).
    fn compiled(&mut self, id: u32) -> Result<(SchemaKind, &Arc<Compiled>), String> {
        if !self.compiled.contains_key(&id) {
            let outcome = match &self.registry {
                Some(registry) => compile(registry, id),
                None => Err("no --schema-registry to look schema ids up in".to_string()),
            };
            self.compiled.insert(id, outcome);
        }
        match &self.compiled[&id] {
            Ok((kind, compiled)) => Ok((*kind, compiled)),
            Err(reason) => Err(reason.clone()),
        }
    }
}

fn compile(registry: &Registry, id: u32) -> CompileOutcome {
    let schema = registry.schema_by_id(id).map_err(|err| match err {
        RegistryError::NotFound(_) => format!("schema id {id} is not in the registry"),
        RegistryError::Failed(message)
        | RegistryError::Incompatible(message)
        | RegistryError::NotSoftDeleted(message) => message,
    })?;
    let references = references(registry, &schema.references)?;
    let compiled = match schema.kind {
        SchemaKind::Avro => {
            let texts: Vec<String> = references.into_iter().map(|(_, text)| text).collect();
            AvroSchema::parse(&schema.text, &texts).map(|schema| Compiled::Avro(Box::new(schema)))
        }
        SchemaKind::Protobuf => {
            ProtoSchema::parse(&schema.text, &references).map(Compiled::Protobuf)
        }
        SchemaKind::Json => Ok(Compiled::Json),
    }
    .map_err(|err| {
        format!(
            "schema id {id} ({}) does not compile: {err}",
            schema.kind.as_str()
        )
    })?;
    Ok((schema.kind, Arc::new(compiled)))
}

/// The referenced schemas' texts by reference name, depth first (a reference's own references
/// before it), each once.
pub fn references(
    registry: &Registry,
    references: &[super::Reference],
) -> Result<Vec<(String, String)>, String> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut stack: Vec<(super::Reference, bool)> = references
        .iter()
        .rev()
        .cloned()
        .map(|r| (r, false))
        .collect();
    while let Some((reference, expanded)) = stack.pop() {
        if out.iter().any(|(name, _)| *name == reference.name) {
            continue;
        }
        let version = reference.version.to_string();
        let schema = registry
            .subject_version(&reference.subject, &version)
            .map_err(|err| err.to_string())?;
        if expanded || schema.references.is_empty() {
            out.push((reference.name, schema.text));
            continue;
        }
        if out.len() + stack.len() > 1_000 {
            return Err("more than 1,000 schema references".into());
        }
        stack.push((reference, true));
        for nested in schema.references.iter().rev() {
            stack.push((nested.clone(), false));
        }
    }
    Ok(out)
}

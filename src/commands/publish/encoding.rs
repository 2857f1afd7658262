//! `--value-subject`, `--key-subject`, `--schema-version`, `--register`: the schemas records
//! are written with, fetched (and registered) before anything is read or sent.

use std::sync::Arc;

use crate::cli::SubjectArgs;
use crate::domain::schema::writer::SchemaWriter;
use crate::domain::schema::SchemaKind;
use crate::error::KanError;
use crate::registry::{self, Registry};
use crate::settings::Settings;

/// The writers for values and keys; `None` where records are sent as they are.
#[derive(Default, Clone)]
pub(super) struct Writers {
    pub value: Option<Arc<SchemaWriter>>,
    pub key: Option<Arc<SchemaWriter>>,
}

impl Writers {
    pub(super) fn any(&self) -> bool {
        self.value.is_some() || self.key.is_some()
    }
}

/// Fetches (or registers) the subjects' schemas and compiles them.
pub(super) fn writers(settings: &Settings, args: &SubjectArgs) -> Result<Writers, KanError> {
    if args.value_subject.is_none() && args.key_subject.is_none() {
        return Ok(Writers::default());
    }
    let registry = registry::configured(settings, "--value-subject/--key-subject")?;
    let value = match (&args.value_subject, &args.register) {
        (Some(subject), Some(file)) => Some(registered(&registry, subject, file)?),
        (Some(subject), None) => {
            let version = args.schema_version.as_deref().unwrap_or("latest");
            Some(fetched(&registry, subject, version)?)
        }
        (None, _) => None,
    };
    let key = match &args.key_subject {
        Some(subject) => Some(fetched(&registry, subject, "latest")?),
        None => None,
    };
    Ok(Writers {
        value: value.map(Arc::new),
        key: key.map(Arc::new),
    })
}

/// The subject's schema at `version`, with the schemas it references.
fn fetched(registry: &Registry, subject: &str, version: &str) -> Result<SchemaWriter, KanError> {
    let schema = registry
        .subject_version(subject, version)
        .map_err(KanError::from)?;
    let references =
        registry::decode::references(registry, &schema.references).map_err(KanError::kafka)?;
    compile(schema.id, schema.kind, &schema.text, &references).map_err(|err| {
        KanError::usage(format!(
            "subject '{subject}' version {version} (id {}, {}): {err}",
            schema.id,
            schema.kind.as_str()
        ))
    })
}

/// `--register FILE`: checked here, registered under the subject (the registry answers with
/// the existing id when the subject already has it), then written with.
fn registered(
    registry: &Registry,
    subject: &str,
    file: &std::path::Path,
) -> Result<SchemaWriter, KanError> {
    let (kind, text) = crate::commands::schemas::schema_file(file)
        .map_err(|err| KanError::usage(format!("--register {err}")))?;
    let compiled = compile(0, kind, &text, &[])
        .map_err(|err| KanError::usage(format!("--register {}: {err}", file.display())))?;
    let id = registry
        .register(subject, kind, &text)
        .map_err(KanError::from)?;
    Ok(compiled.with_id(id))
}

fn compile(
    id: u32,
    kind: SchemaKind,
    text: &str,
    references: &[(String, String)],
) -> Result<SchemaWriter, String> {
    use crate::domain::schema::{avro::AvroSchema, protobuf::ProtoSchema};
    match kind {
        SchemaKind::Avro => {
            let texts: Vec<String> = references.iter().map(|(_, text)| text.clone()).collect();
            AvroSchema::parse(text, &texts).map(|schema| SchemaWriter::avro(id, schema))
        }
        SchemaKind::Protobuf => ProtoSchema::parse(text, references)
            .and_then(|schema| SchemaWriter::protobuf(id, schema)),
        SchemaKind::Json => crate::domain::line_schema::LineSchema::parse(text)
            .map(|schema| SchemaWriter::json(id, schema)),
    }
}

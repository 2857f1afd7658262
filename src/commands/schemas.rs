//! `kan schemas list|get|register|check|delete|config`: what the Schema Registry holds, and
//! changing it. Schema files are checked here before the registry sees them; deleting is
//! destructive, so confirmed on a terminal and `--yes` otherwise.

use std::path::Path;
use std::sync::Arc;

use crate::cli::SchemasCommand;
use crate::domain::schema::compatibility::Compatibility;
use crate::domain::schema::SchemaKind;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::registry::Registry;
use crate::render::schemas::{
    CheckView, ConfigView, DeletedView, LevelSource, ReferenceView, RegisteredView, SchemaView,
    SubjectRow, SubjectsView,
};
use crate::render::Output;
use crate::settings::Settings;
use crate::terminal;

pub async fn run(settings: &Settings, output: &Output, command: SchemasCommand) -> Result<Exit> {
    let registry = Arc::new(crate::registry::configured(settings, "kan schemas")?);
    // The client blocks: keep it off the async workers.
    let output = *output;
    let yes = settings.yes;
    tokio::task::spawn_blocking(move || match command {
        SchemasCommand::List => list(&registry, &output),
        SchemasCommand::Get { subject, version } => get(&registry, &output, &subject, &version),
        SchemasCommand::Register { subject, file } => register(&registry, &output, &subject, &file),
        SchemasCommand::Check { subject, file } => check(&registry, &output, &subject, &file),
        SchemasCommand::Delete {
            subject,
            version,
            permanent,
        } => delete(
            &registry,
            &output,
            yes,
            &subject,
            version.as_deref(),
            permanent,
        ),
        SchemasCommand::Config {
            subject,
            compatibility,
        } => config(&registry, &output, subject, compatibility),
    })
    .await?
}

fn list(registry: &Registry, output: &Output) -> Result<Exit> {
    let mut subjects = Vec::new();
    for subject in registry.subjects().map_err(KanError::from)? {
        let (version, schema) = registry.latest(&subject).map_err(KanError::from)?;
        subjects.push(SubjectRow {
            compatibility: registry.compatibility(&subject).map_err(KanError::from)?,
            subject,
            version,
            id: schema.id,
            kind: schema.kind,
        });
    }
    output.emit(&SubjectsView { subjects })?;
    Ok(Exit::Success)
}

fn get(registry: &Registry, output: &Output, subject: &str, version: &str) -> Result<Exit> {
    let schema = registry
        .subject_version(subject, version)
        .map_err(KanError::from)?;
    let number = match version.parse::<i64>() {
        Ok(number) => number,
        Err(_) => registry.latest(subject).map_err(KanError::from)?.0,
    };
    output.emit(&SchemaView {
        subject: subject.to_string(),
        version: number,
        id: schema.id,
        kind: schema.kind,
        schema: schema.text,
        references: schema
            .references
            .into_iter()
            .map(|reference| ReferenceView {
                name: reference.name,
                subject: reference.subject,
                version: reference.version,
            })
            .collect(),
    })?;
    Ok(Exit::Success)
}

/// A schema file's type (from its extension) and text, checked locally; the error is one line
/// naming the file (`kan schemas register|check`, `publish --register`).
pub(crate) fn schema_file(path: &Path) -> Result<(SchemaKind, String), String> {
    let kind = SchemaKind::of_file(path)?;
    let text = std::fs::read_to_string(path).map_err(|err| format!("{}: {err}", path.display()))?;
    kind.check_text(&text).map_err(|why| {
        let label = match kind {
            SchemaKind::Avro => "Avro",
            SchemaKind::Protobuf => "Protobuf",
            SchemaKind::Json => "JSON Schema",
        };
        let why = why.lines().next().unwrap_or_default();
        format!("{} ({label}): {why}", path.display())
    })?;
    Ok((kind, text))
}

fn register(registry: &Registry, output: &Output, subject: &str, file: &Path) -> Result<Exit> {
    let (kind, text) = schema_file(file).map_err(KanError::usage)?;
    // Looked up first: registering what is there already is answered, not repeated.
    let (found, registered) = match registry
        .lookup(subject, kind, &text)
        .map_err(KanError::from)?
    {
        Some(found) => (found, false),
        None => {
            let id = registry
                .register(subject, kind, &text)
                .map_err(KanError::from)?;
            let found = registry
                .lookup(subject, kind, &text)
                .map_err(KanError::from)?
                .ok_or_else(|| {
                    KanError::kafka(format!(
                        "the registry gave '{subject}' schema id {id} but does not find it there"
                    ))
                })?;
            (found, true)
        }
    };
    output.emit(&RegisteredView {
        subject: subject.to_string(),
        id: found.id,
        version: found.version,
        kind,
        registered,
    })?;
    Ok(Exit::Success)
}

fn check(registry: &Registry, output: &Output, subject: &str, file: &Path) -> Result<Exit> {
    let (kind, text) = schema_file(file).map_err(KanError::usage)?;
    let verdict = registry
        .check_compatibility(subject, kind, &text)
        .map_err(KanError::from)?;
    let compatibility = registry.compatibility(subject).map_err(KanError::from)?;
    let view = CheckView {
        subject: subject.to_string(),
        kind,
        compatible: verdict.as_ref().is_none_or(|verdict| verdict.is_compatible),
        compatibility,
        has_versions: verdict.is_some(),
        messages: verdict.map(|verdict| verdict.messages).unwrap_or_default(),
    };
    output.emit(&view)?;
    if view.compatible {
        Ok(Exit::Success)
    } else {
        Err(KanError::Threshold(format!(
            "{} is not compatible with the latest version of '{subject}' under {compatibility}",
            file.display()
        ))
        .into())
    }
}

fn delete(
    registry: &Registry,
    output: &Output,
    yes: bool,
    subject: &str,
    version: Option<&str>,
    permanent: bool,
) -> Result<Exit> {
    // What there is to delete: a permanent delete also reaches soft-deleted versions.
    let versions = registry
        .versions(subject, permanent)
        .map_err(KanError::from)?;
    let target = match version {
        None => None,
        Some("latest") => versions.last().copied(),
        Some(number) => number.parse::<i64>().ok().filter(|n| versions.contains(n)),
    };
    let listed = |versions: &[i64]| -> String {
        let texts: Vec<String> = versions.iter().map(ToString::to_string).collect();
        texts.join(", ")
    };
    if let (Some(asked), None) = (version, target) {
        return Err(KanError::not_found(format!(
            "subject '{subject}' has no version {asked} (it has {})",
            listed(&versions)
        ))
        .into());
    }
    let how = if permanent {
        "permanently delete"
    } else {
        "delete"
    };
    let question = match target {
        Some(number) => format!("{how} version {number} of subject '{subject}'"),
        None if versions.len() == 1 => {
            format!("{how} subject '{subject}' (version {})", listed(&versions))
        }
        None => format!("{how} subject '{subject}' (versions {})", listed(&versions)),
    };
    if !terminal::confirm_destructive(&question, yes)? {
        return Err(KanError::usage("aborted: nothing was deleted").into());
    }
    let deleted = registry
        .delete(subject, target, permanent)
        .map_err(KanError::from)?;
    output.emit(&DeletedView {
        subject: subject.to_string(),
        versions: deleted,
        permanent,
    })?;
    Ok(Exit::Success)
}

fn config(
    registry: &Registry,
    output: &Output,
    subject: Option<String>,
    level: Option<Compatibility>,
) -> Result<Exit> {
    let view = match (subject, level) {
        (subject, Some(level)) => ConfigView {
            compatibility: registry
                .set_compatibility(subject.as_deref(), level)
                .map_err(KanError::from)?,
            source: match subject {
                Some(_) => LevelSource::Subject,
                None => LevelSource::Global,
            },
            subject,
            set: true,
        },
        (Some(subject), None) => {
            let own = registry
                .subject_compatibility(&subject)
                .map_err(KanError::from)?;
            let (compatibility, source) = match own {
                Some(level) => (level, LevelSource::Subject),
                None => (
                    registry.global_compatibility().map_err(KanError::from)?,
                    LevelSource::Global,
                ),
            };
            ConfigView {
                subject: Some(subject),
                compatibility,
                source,
                set: false,
            }
        }
        (None, None) => ConfigView {
            subject: None,
            compatibility: registry.global_compatibility().map_err(KanError::from)?,
            source: LevelSource::Global,
            set: false,
        },
    };
    output.emit(&view)?;
    Ok(Exit::Success)
}

//! `kan schemas list|get`: what the Schema Registry holds.

use std::sync::Arc;

use crate::cli::SchemasCommand;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::registry::Registry;
use crate::render::schemas::{ReferenceView, SchemaView, SubjectRow, SubjectsView};
use crate::render::Output;
use crate::settings::Settings;

pub async fn run(settings: &Settings, output: &Output, command: SchemasCommand) -> Result<Exit> {
    let registry = Arc::new(crate::registry::configured(settings, "kan schemas")?);
    // The client blocks: keep it off the async workers.
    let output = *output;
    tokio::task::spawn_blocking(move || match command {
        SchemasCommand::List => list(&registry, &output),
        SchemasCommand::Get { subject, version } => get(&registry, &output, &subject, &version),
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

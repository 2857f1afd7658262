//! Views of `kan schemas list|get|register|check|delete|config`.

use std::io::{self, Write};

use serde::Serialize;

use super::table::{render, Style};
use super::View;
use crate::domain::schema::compatibility::Compatibility;
use crate::domain::schema::SchemaKind;

/// `kan schemas list`.
#[derive(Debug, Serialize)]
pub struct SubjectsView {
    pub subjects: Vec<SubjectRow>,
}

#[derive(Debug, Serialize)]
pub struct SubjectRow {
    pub subject: String,
    /// The latest version.
    pub version: i64,
    pub id: u32,
    #[serde(rename = "type")]
    pub kind: SchemaKind,
    pub compatibility: Compatibility,
}

impl View for SubjectsView {
    fn ndjson_rows(&self) -> Vec<serde_json::Value> {
        super::rows(&self.subjects)
    }

    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        let mut table = style.table(["SUBJECT", "VERSION", "ID", "TYPE", "COMPATIBILITY"]);
        for row in &self.subjects {
            table.add_row(vec![
                row.subject.clone(),
                row.version.to_string(),
                row.id.to_string(),
                row.kind.as_str().to_string(),
                row.compatibility.to_string(),
            ]);
        }
        style.align_right(&mut table, &[1, 2]);
        out.write_all(render(&table).as_bytes())
    }
}

/// `kan schemas get`.
#[derive(Debug, Serialize)]
pub struct SchemaView {
    pub subject: String,
    pub version: i64,
    pub id: u32,
    #[serde(rename = "type")]
    pub kind: SchemaKind,
    /// The schema text as registered.
    pub schema: String,
    pub references: Vec<ReferenceView>,
}

#[derive(Debug, Serialize)]
pub struct ReferenceView {
    pub name: String,
    pub subject: String,
    pub version: i64,
}

impl View for SchemaView {
    /// The schema itself, pretty: Avro and JSON Schema re-indented, Protobuf as written.
    fn write_table(&self, out: &mut dyn Write, _style: &Style) -> io::Result<()> {
        let pretty = match self.kind {
            SchemaKind::Protobuf => None,
            _ => serde_json::from_str::<serde_json::Value>(&self.schema)
                .ok()
                .and_then(|value| serde_json::to_string_pretty(&value).ok()),
        };
        let text = pretty.unwrap_or_else(|| self.schema.clone());
        writeln!(out, "{}", text.trim_end())
    }
}

/// `kan schemas register`.
#[derive(Debug, Serialize)]
pub struct RegisteredView {
    pub subject: String,
    pub id: u32,
    pub version: i64,
    #[serde(rename = "type")]
    pub kind: SchemaKind,
    /// False when the subject already held this schema (nothing was registered).
    pub registered: bool,
}

impl View for RegisteredView {
    fn write_table(&self, out: &mut dyn Write, _style: &Style) -> io::Result<()> {
        if self.registered {
            writeln!(
                out,
                "registered '{}' version {} (schema id {})",
                self.subject, self.version, self.id
            )
        } else {
            writeln!(
                out,
                "already registered: '{}' version {} (schema id {}) is this schema",
                self.subject, self.version, self.id
            )
        }
    }
}

/// `kan schemas check`.
#[derive(Debug, Serialize)]
pub struct CheckView {
    pub subject: String,
    #[serde(rename = "type")]
    pub kind: SchemaKind,
    pub compatible: bool,
    /// The level the registry checked with (the subject's own, else the global one).
    pub compatibility: Compatibility,
    /// False when the subject has no versions yet: anything is compatible.
    pub has_versions: bool,
    /// The registry's reasons (empty when compatible).
    pub messages: Vec<String>,
}

impl View for CheckView {
    fn write_table(&self, out: &mut dyn Write, _style: &Style) -> io::Result<()> {
        if !self.has_versions {
            return writeln!(
                out,
                "compatible: '{}' has no versions yet: anything is compatible",
                self.subject
            );
        }
        let verdict = if self.compatible {
            "compatible"
        } else {
            "INCOMPATIBLE"
        };
        writeln!(
            out,
            "{verdict} with the latest version of '{}' under {}",
            self.subject, self.compatibility
        )?;
        for message in &self.messages {
            writeln!(out, "  {message}")?;
        }
        Ok(())
    }
}

/// `kan schemas delete`.
#[derive(Debug, Serialize)]
pub struct DeletedView {
    pub subject: String,
    /// The versions deleted.
    pub versions: Vec<i64>,
    /// Removed for good; otherwise soft-deleted (hidden, and still counted by the registry).
    pub permanent: bool,
}

impl View for DeletedView {
    fn write_table(&self, out: &mut dyn Write, _style: &Style) -> io::Result<()> {
        let how = if self.permanent {
            "permanently deleted"
        } else {
            "deleted"
        };
        let versions: Vec<String> = self.versions.iter().map(ToString::to_string).collect();
        let noun = if versions.len() == 1 {
            "version"
        } else {
            "versions"
        };
        writeln!(
            out,
            "{how} '{}' {noun} {}",
            self.subject,
            versions.join(", ")
        )
    }
}

/// Whose compatibility level applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LevelSource {
    /// The subject's own.
    Subject,
    /// The registry's global level.
    Global,
}

/// `kan schemas config`.
#[derive(Debug, Serialize)]
pub struct ConfigView {
    /// `null` for the global level.
    pub subject: Option<String>,
    /// The level in force.
    pub compatibility: Compatibility,
    pub source: LevelSource,
    /// True when this run set it (`--compatibility`).
    pub set: bool,
}

impl View for ConfigView {
    fn write_table(&self, out: &mut dyn Write, _style: &Style) -> io::Result<()> {
        let whose = match &self.subject {
            None => "global".to_string(),
            Some(subject) => format!("'{subject}'"),
        };
        let note = match (self.set, &self.subject, self.source) {
            (true, _, _) => " (set)",
            (false, None, _) => "",
            (false, Some(_), LevelSource::Subject) => " (its own level)",
            (false, Some(_), LevelSource::Global) => " (the global level: it has none of its own)",
        };
        writeln!(out, "{whose}: {}{note}", self.compatibility)
    }
}

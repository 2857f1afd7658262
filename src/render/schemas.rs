//! Views of `kan schemas list|get`.

use std::io::{self, Write};

use serde::Serialize;

use super::table::{render, Style};
use super::View;
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
    pub compatibility: String,
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
                row.compatibility.clone(),
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

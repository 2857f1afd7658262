//! The view of `kan topics truncate`: the plan, and after deleting, what the broker has. The
//! serde shape is the documented JSON output (docs/json.md).

use std::io::{self, Write};

use serde::Serialize;

use super::table::{render, Style};
use super::View;
use crate::domain::truncate_plan::{RowStatus, TruncateRow};

/// `kan topics truncate`: one row per partition.
#[derive(Debug, Serialize)]
pub struct TruncateView {
    pub topic: String,
    /// `--before` as given.
    pub before: String,
    /// False for the plan (nothing deleted yet), true once DeleteRecords was sent.
    pub executed: bool,
    /// Offsets removed (planned, or once executed, from the partitions truncated as planned).
    pub removed: i64,
    pub partitions: Vec<TruncateRow>,
}

impl TruncateView {
    /// The view of a plan; `removed` is the planned total.
    pub fn plan(topic: &str, before: &str, partitions: Vec<TruncateRow>) -> Self {
        let mut view = TruncateView {
            topic: topic.to_string(),
            before: before.to_string(),
            executed: false,
            removed: 0,
            partitions,
        };
        view.total();
        view
    }

    /// Recounts `removed` from the rows (after executing: only what was truncated as planned).
    pub fn total(&mut self) {
        self.removed = self
            .partitions
            .iter()
            .filter(|row| matches!(row.status, RowStatus::Planned | RowStatus::Truncated))
            .map(|row| row.removed)
            .sum();
    }

    /// Partitions with records to delete.
    pub fn to_delete(&self) -> Vec<&TruncateRow> {
        self.partitions
            .iter()
            .filter(|row| row.status == RowStatus::Planned)
            .collect()
    }
}

impl View for TruncateView {
    fn ndjson_rows(&self) -> Vec<serde_json::Value> {
        self.partitions
            .iter()
            .map(|row| {
                let mut value = serde_json::to_value(row).unwrap_or_default();
                if let Some(object) = value.as_object_mut() {
                    object.insert("executed".into(), self.executed.into());
                }
                value
            })
            .collect()
    }

    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        let mut headers = vec![
            "PARTITION",
            "LOG START",
            "LOG END",
            "NEW LOG START",
            "REMOVED",
        ];
        if self.executed {
            headers.push("READ BACK");
        }
        headers.extend(["STATUS", "NOTE"]);
        let mut table = style.table(headers);
        for row in &self.partitions {
            let mut cells = vec![
                row.partition.to_string(),
                row.log_start.to_string(),
                row.log_end.to_string(),
                row.new_log_start.to_string(),
                row.removed.to_string(),
            ];
            if self.executed {
                cells.push(row.log_start_after.map_or("-".into(), |at| at.to_string()));
            }
            cells.push(status_word(row.status).to_string());
            cells.push(row.note.clone().unwrap_or_default());
            table.add_row(cells);
        }
        let numbers: Vec<usize> = (0..if self.executed { 6 } else { 5 }).collect();
        style.align_right(&mut table, &numbers);
        writeln!(
            out,
            "Topic: {}  --before {}  {}",
            self.topic,
            self.before,
            if self.executed {
                format!("({} offsets removed)", self.removed)
            } else {
                format!(
                    "(plan: {} offsets to remove; nothing deleted yet)",
                    self.removed
                )
            }
        )?;
        out.write_all(render(&table).as_bytes())
    }
}

fn status_word(status: RowStatus) -> &'static str {
    match status {
        RowStatus::Planned => "planned",
        RowStatus::Unchanged => "unchanged",
        RowStatus::Truncated => "truncated",
        RowStatus::Mismatch => "MISMATCH",
        RowStatus::Failed => "FAILED",
    }
}

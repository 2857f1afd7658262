//! Views of `kan groups …` and `kan offsets reset|seek`.

use std::io::{self, Write};

use serde::Serialize;

use super::lag::LagView;
use super::table::{render, Style};
use super::View;
use crate::domain::group::{GroupInfo, GroupState};
use crate::domain::reset_plan::PlanRow;

/// `kan groups list`.
#[derive(Debug, Serialize)]
pub struct GroupsListView {
    pub groups: Vec<GroupSummary>,
}

#[derive(Debug, Serialize)]
pub struct GroupSummary {
    pub group: String,
    pub state: GroupState,
    pub protocol: String,
    pub members: usize,
}

impl View for GroupsListView {
    fn ndjson_rows(&self) -> Vec<serde_json::Value> {
        super::rows(&self.groups)
    }

    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        let mut table = style.table(["GROUP", "STATE", "PROTOCOL", "MEMBERS"]);
        for group in &self.groups {
            table.add_row(vec![
                group.group.clone(),
                group.state.to_string(),
                if group.protocol.is_empty() {
                    "-".into()
                } else {
                    group.protocol.clone()
                },
                group.members.to_string(),
            ]);
        }
        style.align_right(&mut table, &[3]);
        out.write_all(render(&table).as_bytes())
    }
}

/// `kan groups describe`.
#[derive(Debug, Serialize)]
pub struct GroupDescribeView {
    pub group: GroupInfo,
    /// Committed offsets with lag.
    pub offsets: LagView,
}

impl View for GroupDescribeView {
    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        let group = &self.group;
        writeln!(
            out,
            "Group: {}  state: {}  protocol: {}  coordinator: {}",
            group.group,
            group.state,
            if group.protocol.is_empty() {
                "-"
            } else {
                &group.protocol
            },
            group
                .coordinator
                .map_or_else(|| "-".to_string(), |id| id.to_string())
        )?;
        if group.members.is_empty() {
            writeln!(out, "Members: none")?;
        } else {
            let mut members = style.table(["MEMBER", "CLIENT", "HOST", "ASSIGNMENT"]);
            for member in &group.members {
                let assignment: Vec<String> = member
                    .assignment
                    .iter()
                    .map(|(topic, partition)| format!("{topic}/{partition}"))
                    .collect();
                members.add_row(vec![
                    member.member_id.clone(),
                    member.client_id.clone(),
                    member.host.clone(),
                    assignment.join(" "),
                ]);
            }
            out.write_all(render(&members).as_bytes())?;
        }
        writeln!(out)?;
        self.offsets.write_table(out, style)
    }
}

/// `kan offsets reset|seek`: the plan, and what happened.
#[derive(Debug, Serialize)]
pub struct ResetView {
    pub group: String,
    pub dry_run: bool,
    pub rows: Vec<PlanRow>,
    /// Where the previous offsets were saved (when applied).
    pub undo_file: Option<String>,
    /// Partitions whose committed offset after applying differs from the plan.
    pub mismatches: Vec<Mismatch>,
}

#[derive(Debug, Serialize)]
pub struct Mismatch {
    pub topic: String,
    pub partition: i32,
    pub planned: i64,
    pub committed: Option<i64>,
    pub error: Option<String>,
}

impl View for ResetView {
    fn ndjson_rows(&self) -> Vec<serde_json::Value> {
        super::rows(&self.rows)
    }

    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        let mut table = style.table(["TOPIC", "PARTITION", "CURRENT", "NEW", "DELTA", "NOTE"]);
        let number =
            |value: Option<i64>| value.map_or_else(|| "-".to_string(), |value| value.to_string());
        for row in &self.rows {
            table.add_row(vec![
                row.topic.clone(),
                row.partition.to_string(),
                number(row.current),
                number(row.new),
                row.delta
                    .map_or_else(|| "-".to_string(), |delta| format!("{delta:+}")),
                row.note.clone().unwrap_or_default(),
            ]);
        }
        style.align_right(&mut table, &[1, 2, 3, 4]);
        writeln!(
            out,
            "Group: {}{}",
            self.group,
            if self.dry_run {
                "  (dry run: nothing changed; --execute applies)"
            } else {
                ""
            }
        )?;
        out.write_all(render(&table).as_bytes())?;
        if let Some(undo) = &self.undo_file {
            writeln!(
                out,
                "Previous offsets saved to {undo} (undo with --from-file)"
            )?;
        }
        for mismatch in &self.mismatches {
            writeln!(
                out,
                "MISMATCH {}/{}: planned {}, committed {}{}",
                mismatch.topic,
                mismatch.partition,
                mismatch.planned,
                number(mismatch.committed),
                mismatch
                    .error
                    .as_deref()
                    .map(|error| format!(" ({error})"))
                    .unwrap_or_default()
            )?;
        }
        Ok(())
    }
}

/// `kan offsets for-time`: per partition, the first record at or after a time.
#[derive(Debug, Serialize)]
pub struct ForTimeView {
    pub topic: String,
    /// The time asked about (RFC 3339, UTC) and in epoch milliseconds.
    pub time: String,
    pub time_ms: i64,
    pub partitions: Vec<ForTimeRow>,
}

#[derive(Debug, Serialize)]
pub struct ForTimeRow {
    pub partition: i32,
    /// The first offset whose record's timestamp is at or after the time; `null` when no record
    /// is that late (reading from the time starts at `log_end`).
    pub offset: Option<i64>,
    /// That record's timestamp, as the broker answers it (`null` when it does not say).
    pub timestamp: Option<String>,
    pub timestamp_ms: Option<i64>,
    pub log_start: i64,
    pub log_end: i64,
}

impl View for ForTimeView {
    fn ndjson_rows(&self) -> Vec<serde_json::Value> {
        self.partitions
            .iter()
            .map(|row| {
                let mut value = serde_json::to_value(row).unwrap_or_default();
                if let Some(object) = value.as_object_mut() {
                    object.insert("topic".into(), self.topic.clone().into());
                    object.insert("time_ms".into(), self.time_ms.into());
                }
                value
            })
            .collect()
    }

    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        writeln!(out, "Topic: {}  at or after {}", self.topic, self.time)?;
        let mut table = style.table(["PARTITION", "OFFSET", "TIMESTAMP", "LOG START", "LOG END"]);
        for row in &self.partitions {
            table.add_row(vec![
                row.partition.to_string(),
                row.offset
                    .map_or_else(|| "- (none that late)".to_string(), |o| o.to_string()),
                row.timestamp.clone().unwrap_or_else(|| "-".into()),
                row.log_start.to_string(),
                row.log_end.to_string(),
            ]);
        }
        style.align_right(&mut table, &[0, 1, 3, 4]);
        out.write_all(render(&table).as_bytes())
    }
}

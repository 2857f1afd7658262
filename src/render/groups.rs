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

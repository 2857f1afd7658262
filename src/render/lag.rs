//! Views of `kan lag`: one snapshot (table or JSON), and `--watch` frames.

use std::io::{self, Write};

use serde::Serialize;

use comfy_table::Table;

use super::live::LiveFrame;
use super::table::{render, Style};
use super::View;
use crate::domain::lag::{Breach, GroupLag, LagFlag, Measure};
use crate::domain::lag_rules::Verdict;
use crate::domain::lag_trend::{Status, Trend};

/// One lag snapshot of one or more groups.
#[derive(Debug, Serialize)]
pub struct LagView {
    /// When the offsets were read (RFC 3339).
    pub generated_at: String,
    /// `last_stable_offset` (read_committed) or `high_watermark`.
    pub log_end: &'static str,
    pub groups: Vec<GroupView>,
    pub breaches: Vec<Breach>,
}

#[derive(Debug, Serialize)]
pub struct GroupView {
    #[serde(flatten)]
    pub lag: GroupLag,
    /// With --watch: the status over the window.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trend: Option<Trend>,
    /// With --rules: the rule that applies to the group and whether it is breached.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<Verdict>,
}

/// `1h2m`, `3m5s`, `45s`, `120ms`.
pub fn short_duration(millis: i64) -> String {
    if millis < 1_000 {
        return format!("{millis}ms");
    }
    let seconds = millis / 1_000;
    let (days, hours, minutes, secs) = (
        seconds / 86_400,
        seconds % 86_400 / 3_600,
        seconds % 3_600 / 60,
        seconds % 60,
    );
    match (days, hours, minutes) {
        (0, 0, 0) => format!("{secs}s"),
        (0, 0, _) => format!("{minutes}m{secs:02}s"),
        (0, _, _) => format!("{hours}h{minutes:02}m"),
        _ => format!("{days}d{hours:02}h"),
    }
}

fn flag_text(flag: LagFlag) -> &'static str {
    match flag {
        LagFlag::NoCommittedOffset => "no-commit",
        LagFlag::CommittedBelowLogStart => "below-log-start",
        LagFlag::CommittedBeyondEnd => "beyond-end",
        LagFlag::EmptyPartition => "empty",
        LagFlag::TransactionMarkersOnly => "markers-only",
    }
}

fn status_text(trend: &Trend) -> String {
    let status = match trend.status {
        Status::Unknown => "…",
        known => known.as_str(),
    };
    let eta = match (trend.status, trend.eta_ms) {
        (Status::Unknown, _) => String::new(),
        (_, Some(0)) => "  caught up".into(),
        (_, Some(eta)) => format!("  catch-up in ~{}", short_duration(eta)),
        (_, None) => "  not catching up".into(),
    };
    format!(
        "{status}  consume {:.1}/s  produce {:.1}/s{eta}",
        trend.consume_rate, trend.produce_rate
    )
}

impl View for LagView {
    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        for (index, group) in self.groups.iter().enumerate() {
            if index > 0 {
                writeln!(out)?;
            }
            for line in group.summary() {
                writeln!(out, "{line}")?;
            }
            out.write_all(render(&group.partitions_table(style)).as_bytes())?;
        }
        if self.groups.is_empty() {
            writeln!(out, "No consumer groups.")?;
        }
        for line in self.breach_lines() {
            writeln!(out, "{line}")?;
        }
        Ok(())
    }
}

impl LiveFrame for LagView {
    fn table_sets(&self) -> &'static [&'static str] {
        &["partitions", "groups only"]
    }

    fn resizable(&self) -> bool {
        false
    }

    fn header(&self) -> Vec<String> {
        let count = self.groups.len();
        let plural = if count == 1 { "" } else { "s" };
        vec![format!(
            "Lag of {count} group{plural} at {}, to the {}",
            self.generated_at,
            self.log_end.replace('_', " ")
        )]
    }

    fn tables(&self, style: &Style, set: usize) -> Vec<Vec<String>> {
        if self.groups.is_empty() {
            return vec![vec!["No consumer groups.".to_string()]];
        }
        self.groups
            .iter()
            .map(|group| {
                let mut lines = group.summary();
                if set == 0 {
                    lines.extend(
                        render(&group.partitions_table(style))
                            .lines()
                            .map(str::to_string),
                    );
                }
                lines
            })
            .collect()
    }

    fn footer(&self) -> Vec<String> {
        self.breach_lines()
    }
}

impl GroupView {
    /// The group's line, and its status when watching.
    fn summary(&self) -> Vec<String> {
        let lag = &self.lag;
        let mut line = format!(
            "Group: {}  state: {}  members: {}  lag: {}  max time lag: {}",
            lag.group,
            lag.state,
            lag.members,
            lag.total_lag,
            lag.max_time_lag_ms
                .map_or_else(|| "-".to_string(), short_duration)
        );
        if lag.lost > 0 {
            line.push_str(&format!("  lost: {}", lag.lost));
        }
        let mut lines = vec![line];
        if let Some(trend) = &self.trend {
            lines.push(format!("Status: {}", status_text(trend)));
        }
        if let Some(verdict) = self.rule.as_ref().filter(|verdict| verdict.status_breached) {
            lines.push(format!(
                "BREACH rule {} ({}): status not allowed",
                verdict.rule, verdict.groups
            ));
        }
        lines
    }

    fn partitions_table(&self, style: &Style) -> Table {
        let mut table = style.table([
            "TOPIC",
            "PARTITION",
            "COMMITTED",
            "LOG-START",
            "LOG-END",
            "LAG",
            "TIME-LAG",
            "OWNER",
            "NOTES",
        ]);
        for topic in &self.lag.topics {
            for partition in &topic.partitions {
                let mut notes: Vec<String> = partition
                    .flags
                    .iter()
                    .map(|flag| flag_text(*flag).to_string())
                    .collect();
                if partition.lost > 0 {
                    notes.push(format!("lost {}", partition.lost));
                }
                if partition.breach {
                    notes.insert(0, "BREACH".into());
                }
                table.add_row(vec![
                    topic.topic.clone(),
                    partition.partition.to_string(),
                    partition
                        .committed
                        .map_or_else(|| "-".to_string(), |offset| offset.to_string()),
                    partition.log_start.to_string(),
                    partition.log_end.to_string(),
                    partition.lag.to_string(),
                    partition
                        .time_lag_ms
                        .map_or_else(|| "-".to_string(), short_duration),
                    partition
                        .owner
                        .as_ref()
                        .map(|owner| format!("{}@{}", owner.client_id, owner.host))
                        .unwrap_or_else(|| "-".into()),
                    notes.join(","),
                ]);
            }
        }
        style.align_right(&mut table, &[1, 2, 3, 4, 5, 6]);
        table
    }
}

impl LagView {
    fn breach_lines(&self) -> Vec<String> {
        self.breaches
            .iter()
            .map(|breach| {
                let place = match (&breach.topic, breach.partition) {
                    (Some(topic), Some(partition)) => format!("{topic}/{partition}"),
                    _ => "total".into(),
                };
                let what = match &breach.measure {
                    Measure::Lag { value, threshold } => format!("lag {value} > {threshold}"),
                    Measure::TimeLagMs { value, threshold } => format!(
                        "time_lag_ms {} > {}",
                        short_duration(*value),
                        short_duration(*threshold)
                    ),
                    Measure::Status { status, allowed } => format!(
                        "status {} not in {}",
                        status.as_str(),
                        allowed
                            .iter()
                            .map(|status| status.as_str())
                            .collect::<Vec<_>>()
                            .join("|")
                    ),
                };
                format!("BREACH {} {place}: {what}", breach.group)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_at_a_glance() {
        assert_eq!(short_duration(120), "120ms");
        assert_eq!(short_duration(45_000), "45s");
        assert_eq!(short_duration(185_000), "3m05s");
        assert_eq!(short_duration(3_720_000), "1h02m");
        assert_eq!(short_duration(90_000_000), "1d01h");
    }
}

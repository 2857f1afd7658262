//! The Prometheus text exposition format (version 0.0.4) of `kan lag serve`'s `/metrics`.
//!
//! Names and labels follow kafka_exporter (`kafka_consumergroup_lag{consumergroup,topic,
//! partition}` …) so dashboards built for it work unchanged; what kan adds is named `kan_*`.
//! Every family has its HELP and TYPE lines, even when it has no sample yet. docs/metrics.md
//! lists them all; a unit test keeps the two in step.

use std::fmt::Write as _;

use super::lag::LagView;
use crate::domain::group::GroupState;
use crate::domain::lag_monitor::{Delivery, ExporterStats, PartitionRow, RefreshError};
use crate::domain::lag_trend::Status;

/// The content type Prometheus expects for this format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// What one scrape shows.
pub struct Exposition<'a> {
    /// The latest successful read (none before the first).
    pub view: Option<&'a LagView>,
    pub partitions: &'a [PartitionRow],
    pub stats: &'a ExporterStats,
}

/// One metric family: name, type and help (the docs list the same).
pub struct Family {
    pub name: &'static str,
    pub kind: &'static str,
    pub labels: &'static str,
    pub help: &'static str,
}

const fn family(
    name: &'static str,
    kind: &'static str,
    labels: &'static str,
    help: &'static str,
) -> Family {
    Family {
        name,
        kind,
        labels,
        help,
    }
}

pub const CURRENT_OFFSET: Family = family("kafka_consumergroup_current_offset", "gauge", "consumergroup, topic, partition", "Committed offset of a consumer group at a topic partition (no sample where the group never committed).");
pub const LAG: Family = family("kafka_consumergroup_lag", "gauge", "consumergroup, topic, partition", "Messages a consumer group has not read at a topic partition: log end minus committed offset (from the log start where nothing is committed or the committed offset was deleted).");
pub const LAG_SUM: Family = family(
    "kafka_consumergroup_lag_sum",
    "gauge",
    "consumergroup, topic",
    "Messages a consumer group has not read, summed over the partitions of a topic.",
);
pub const MEMBERS: Family = family(
    "kafka_consumergroup_members",
    "gauge",
    "consumergroup",
    "Members of a consumer group.",
);
pub const LOG_END: Family = family("kafka_topic_partition_current_offset", "gauge", "topic, partition", "Log end offset of a topic partition (the last stable offset with --isolation read-committed, the high watermark otherwise); partitions a followed group reads.");
pub const LOG_START: Family = family(
    "kafka_topic_partition_oldest_offset",
    "gauge",
    "topic, partition",
    "Log start offset (oldest offset still held) of a topic partition.",
);
pub const PRODUCE_RATE: Family = family(
    "kan_topic_partition_produce_rate",
    "gauge",
    "topic, partition",
    "Records per second appended to a topic partition between the last two reads of Kafka.",
);
pub const TIME_LAG: Family = family("kan_consumergroup_lag_seconds", "gauge", "consumergroup, topic, partition", "Age in seconds of the next record a consumer group would read at a topic partition (0 when caught up; no sample when unknown).");
pub const TOTAL_LAG: Family = family(
    "kan_consumergroup_total_lag",
    "gauge",
    "consumergroup",
    "Messages a consumer group has not read, over all its partitions.",
);
pub const MAX_TIME_LAG: Family = family(
    "kan_consumergroup_max_lag_seconds",
    "gauge",
    "consumergroup",
    "The largest time lag in seconds of any partition of a consumer group.",
);
pub const STATE: Family = family("kan_consumergroup_state", "gauge", "consumergroup, state", "1 for the consumer group's state as the coordinator reports it (Stable, Empty, PreparingRebalance, …), 0 for the others.");
pub const STATUS: Family = family("kan_consumergroup_status", "gauge", "consumergroup, status", "1 for the consumer group's Burrow-style status over the window (OK, WARN, STALL, STOP, REWIND, UNKNOWN), 0 for the others.");
pub const BREACH: Family = family("kan_consumergroup_breach", "gauge", "consumergroup, rule", "1 when the --rules rule that applies to a consumer group (its 1-based position in the file) is breached, 0 when not; no sample for groups no rule matches.");
pub const GROUPS: Family = family(
    "kan_consumergroups",
    "gauge",
    "",
    "Consumer groups followed at the last read.",
);
pub const UP: Family = family(
    "kan_up",
    "gauge",
    "",
    "1 when the last read of Kafka succeeded, 0 when it failed.",
);
pub const REFRESH_SECONDS: Family = family(
    "kan_refresh_duration_seconds",
    "gauge",
    "",
    "How long the last read of Kafka took, in seconds.",
);
pub const LAST_SUCCESS: Family = family(
    "kan_last_refresh_success_timestamp_seconds",
    "gauge",
    "",
    "Unix time of the last successful read of Kafka.",
);
pub const REFRESHES: Family = family(
    "kan_refreshes_total",
    "counter",
    "",
    "Reads of Kafka attempted since start.",
);
pub const REFRESH_ERRORS: Family = family("kan_refresh_errors_total", "counter", "kind", "Failed reads of Kafka since start, by kind: kafka (unreachable or a request failed), not_found (a group vanished mid-read), internal.");

pub const NOTIFICATIONS: Family = family("kan_notifications_total", "counter", "channel, result", "Notifications of group transitions since start, by channel (command, webhook) and result (sent; failed: every attempt failed, or dropped with too many waiting).");
pub const NOTIFY_FAILURES: Family = family(
    "kan_notification_attempt_failures_total",
    "counter",
    "channel",
    "Failed notification attempts since start, by channel, retried ones included.",
);

/// Every family, in the order served.
pub const FAMILIES: [&Family; 21] = [
    &CURRENT_OFFSET,
    &LAG,
    &LAG_SUM,
    &MEMBERS,
    &LOG_END,
    &LOG_START,
    &PRODUCE_RATE,
    &TIME_LAG,
    &TOTAL_LAG,
    &MAX_TIME_LAG,
    &STATE,
    &STATUS,
    &BREACH,
    &GROUPS,
    &UP,
    &REFRESH_SECONDS,
    &LAST_SUCCESS,
    &REFRESHES,
    &REFRESH_ERRORS,
    &NOTIFICATIONS,
    &NOTIFY_FAILURES,
];

const STATES: [GroupState; 8] = [
    GroupState::Unknown,
    GroupState::PreparingRebalance,
    GroupState::CompletingRebalance,
    GroupState::Stable,
    GroupState::Dead,
    GroupState::Empty,
    GroupState::Assigning,
    GroupState::Reconciling,
];

/// The whole exposition.
pub fn render(exposition: &Exposition<'_>) -> String {
    let mut text = render_kafka(exposition.view, exposition.partitions);
    text.push_str(&render_exporter(exposition.stats));
    text
}

/// The families read from Kafka (all but the exporter's own): the bulk of a scrape, the same
/// from one read to the next, so `kan lag serve` renders them once per read.
pub fn render_kafka(view: Option<&LagView>, partitions: &[PartitionRow]) -> String {
    let mut text = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = render_kafka_into(&mut text, view, partitions);
    String::from_utf8(text).unwrap_or_default()
}

/// [`render_kafka`] streamed into `sink` a block at a time, so the whole text (29 MB at 100
/// groups × 1,000 partitions) never sits in memory when the sink compresses it.
pub fn render_kafka_into(
    sink: &mut dyn std::io::Write,
    view: Option<&LagView>,
    partitions: &[PartitionRow],
) -> std::io::Result<()> {
    let mut out = Text {
        text: String::with_capacity(BLOCK + 4096),
        sink: Some(sink),
        failed: None,
    };
    group_partition_families(&mut out, view);
    group_families(&mut out, view);
    partition_families(&mut out, partitions);
    out.finish()
}

/// How much text is gathered before it goes to the sink.
const BLOCK: usize = 256 * 1024;

/// The exporter's own families (`kan_up`, refreshes, notifications…), which change between
/// reads; they come last.
pub fn render_exporter(stats: &ExporterStats) -> String {
    let mut out = Text::default();
    exporter_families(&mut out, stats);
    out.text
}

/// Text being built (writing to a String cannot fail), handed to `sink` a block at a time when
/// there is one; the first failure of the sink is kept for [`Text::finish`].
#[derive(Default)]
struct Text<'a> {
    text: String,
    sink: Option<&'a mut dyn std::io::Write>,
    failed: Option<std::io::Error>,
}

impl Text<'_> {
    fn header(&mut self, family: &Family) {
        let _ = writeln!(self.text, "# HELP {} {}", family.name, family.help);
        let _ = writeln!(self.text, "# TYPE {} {}", family.name, family.kind);
    }

    /// Hands the text gathered so far to the sink once a block is full.
    fn spill(&mut self, at_least: usize) {
        if self.text.len() < at_least {
            return;
        }
        if let Some(sink) = self.sink.as_mut() {
            if self.failed.is_none() {
                if let Err(err) = sink.write_all(self.text.as_bytes()) {
                    self.failed = Some(err);
                }
            }
            self.text.clear();
        }
    }

    fn finish(mut self) -> std::io::Result<()> {
        self.spill(0);
        match self.failed {
            Some(err) => Err(err),
            None => Ok(()),
        }
    }

    /// One sample; `labels` are (name, value) pairs, values escaped here.
    fn sample(&mut self, family: &Family, labels: &[(&str, &str)], value: f64) {
        self.text.push_str(family.name);
        if !labels.is_empty() {
            self.text.push('{');
            for (index, (name, text)) in labels.iter().enumerate() {
                if index > 0 {
                    self.text.push(',');
                }
                self.text.push_str(name);
                self.text.push_str("=\"");
                escape_into(&mut self.text, text);
                self.text.push('"');
            }
            self.text.push('}');
        }
        self.text.push(' ');
        if value.fract() == 0.0 && value.abs() < 1e15 {
            let _ = write!(self.text, "{}", value as i64);
        } else {
            let _ = write!(self.text, "{value}");
        }
        self.text.push('\n');
        self.spill(BLOCK);
    }
}

/// Label values escape backslash, double quote and newline.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
}

fn group_partition_families(out: &mut Text, view: Option<&LagView>) {
    let groups = view.map_or(&[][..], |view| &view.groups[..]);
    for family in [&CURRENT_OFFSET, &LAG, &TIME_LAG] {
        out.header(family);
        for group in groups {
            let lag = &group.lag;
            for topic in &lag.topics {
                for partition in &topic.partitions {
                    let number = partition.partition.to_string();
                    let labels = [
                        ("consumergroup", lag.group.as_str()),
                        ("topic", topic.topic.as_str()),
                        ("partition", number.as_str()),
                    ];
                    let value = match family.name {
                        name if name == CURRENT_OFFSET.name => {
                            partition.committed.map(|o| o as f64)
                        }
                        name if name == LAG.name => Some(partition.lag as f64),
                        _ => partition.time_lag_ms.map(|ms| ms as f64 / 1000.0),
                    };
                    if let Some(value) = value {
                        out.sample(family, &labels, value);
                    }
                }
            }
        }
    }
    out.header(&LAG_SUM);
    for group in groups {
        for topic in &group.lag.topics {
            let labels = [
                ("consumergroup", group.lag.group.as_str()),
                ("topic", topic.topic.as_str()),
            ];
            out.sample(&LAG_SUM, &labels, topic.total_lag as f64);
        }
    }
}

fn group_families(out: &mut Text, view: Option<&LagView>) {
    let groups = view.map_or(&[][..], |view| &view.groups[..]);
    out.header(&MEMBERS);
    for group in groups {
        let labels = [("consumergroup", group.lag.group.as_str())];
        out.sample(&MEMBERS, &labels, group.lag.members as f64);
    }
    out.header(&TOTAL_LAG);
    for group in groups {
        let labels = [("consumergroup", group.lag.group.as_str())];
        out.sample(&TOTAL_LAG, &labels, group.lag.total_lag as f64);
    }
    out.header(&MAX_TIME_LAG);
    for group in groups {
        if let Some(ms) = group.lag.max_time_lag_ms {
            let labels = [("consumergroup", group.lag.group.as_str())];
            out.sample(&MAX_TIME_LAG, &labels, ms as f64 / 1000.0);
        }
    }
    out.header(&STATE);
    for group in groups {
        for state in STATES {
            let labels = [
                ("consumergroup", group.lag.group.as_str()),
                ("state", state.as_str()),
            ];
            out.sample(
                &STATE,
                &labels,
                f64::from(u8::from(group.lag.state == state)),
            );
        }
    }
    out.header(&STATUS);
    for group in groups {
        let current = group.trend.as_ref().map_or(Status::Unknown, |t| t.status);
        for status in Status::ALL {
            let labels = [
                ("consumergroup", group.lag.group.as_str()),
                ("status", status.as_str()),
            ];
            out.sample(&STATUS, &labels, f64::from(u8::from(current == status)));
        }
    }
    out.header(&BREACH);
    for group in groups {
        if let Some(verdict) = &group.rule {
            let number = verdict.rule.to_string();
            let labels = [
                ("consumergroup", group.lag.group.as_str()),
                ("rule", number.as_str()),
            ];
            out.sample(&BREACH, &labels, f64::from(u8::from(verdict.breached)));
        }
    }
    out.header(&GROUPS);
    out.sample(&GROUPS, &[], groups.len() as f64);
}

fn partition_families(out: &mut Text, partitions: &[PartitionRow]) {
    for family in [&LOG_END, &LOG_START, &PRODUCE_RATE] {
        out.header(family);
        for row in partitions {
            let number = row.partition.to_string();
            let labels = [
                ("topic", row.topic.as_str()),
                ("partition", number.as_str()),
            ];
            let value = match family.name {
                name if name == LOG_END.name => Some(row.log_end as f64),
                name if name == LOG_START.name => Some(row.log_start as f64),
                _ => row.produce_rate,
            };
            if let Some(value) = value {
                out.sample(family, &labels, value);
            }
        }
    }
}

fn exporter_families(out: &mut Text, stats: &ExporterStats) {
    out.header(&UP);
    out.sample(&UP, &[], f64::from(u8::from(stats.up)));
    out.header(&REFRESH_SECONDS);
    out.sample(&REFRESH_SECONDS, &[], stats.refresh_seconds);
    out.header(&LAST_SUCCESS);
    if let Some(seconds) = stats.last_success_seconds {
        out.sample(&LAST_SUCCESS, &[], seconds);
    }
    out.header(&REFRESHES);
    out.sample(&REFRESHES, &[], stats.refreshes as f64);
    out.header(&REFRESH_ERRORS);
    for kind in RefreshError::ALL {
        let count = stats.errors.get(&kind).copied().unwrap_or(0);
        out.sample(&REFRESH_ERRORS, &[("kind", kind.as_str())], count as f64);
    }
    out.header(&NOTIFICATIONS);
    for channel in stats.channels() {
        for result in Delivery::ALL {
            let count = stats
                .notifications
                .get(&(channel, result))
                .copied()
                .unwrap_or(0);
            let labels = [("channel", channel.as_str()), ("result", result.as_str())];
            out.sample(&NOTIFICATIONS, &labels, count as f64);
        }
    }
    out.header(&NOTIFY_FAILURES);
    for channel in stats.channels() {
        let count = stats
            .notify_attempt_failures
            .get(&channel)
            .copied()
            .unwrap_or(0);
        out.sample(
            &NOTIFY_FAILURES,
            &[("channel", channel.as_str())],
            count as f64,
        );
    }
}

/// The metrics reference (docs/metrics.md's table), generated from [`FAMILIES`].
pub fn reference_table() -> String {
    let mut text = String::from("| metric | type | labels | help |\n|---|---|---|---|\n");
    for family in FAMILIES {
        let _ = writeln!(
            text,
            "| `{}` | {} | {} | {} |",
            family.name, family.kind, family.labels, family.help
        );
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lag::{group_lag, PartitionOffsets};
    use crate::render::lag::GroupView;

    fn view() -> LagView {
        let offsets = PartitionOffsets {
            topic: "t\"x".into(),
            partition: 0,
            committed: Some(4),
            log_start: 0,
            log_end: 10,
            next_record_timestamp_ms: Some(1_000),
            only_markers_remain: false,
            owner: None,
        };
        LagView {
            generated_at: "2024-01-01T00:00:00.000Z".into(),
            log_end: "high_watermark",
            groups: vec![GroupView {
                lag: group_lag("g", GroupState::Empty, 0, &[offsets], 3_500),
                trend: None,
                rule: None,
            }],
            breaches: Vec::new(),
        }
    }

    #[test]
    fn samples_are_labelled_escaped_and_every_family_has_help_and_type() {
        let view = view();
        let stats = ExporterStats {
            up: true,
            ..Default::default()
        };
        let rows = [PartitionRow {
            topic: "t\"x".into(),
            partition: 0,
            log_start: 0,
            log_end: 10,
            produce_rate: Some(2.5),
        }];
        let text = render(&Exposition {
            view: Some(&view),
            partitions: &rows,
            stats: &stats,
        });
        assert!(text.contains(
            "kafka_consumergroup_lag{consumergroup=\"g\",topic=\"t\\\"x\",partition=\"0\"} 6\n"
        ));
        assert!(text.contains(
            "kan_consumergroup_lag_seconds{consumergroup=\"g\",topic=\"t\\\"x\",partition=\"0\"} 2.5\n"
        ));
        assert!(text
            .contains("kan_topic_partition_produce_rate{topic=\"t\\\"x\",partition=\"0\"} 2.5\n"));
        assert!(
            text.contains("kan_consumergroup_status{consumergroup=\"g\",status=\"UNKNOWN\"} 1\n")
        );
        assert!(text.contains("kan_consumergroup_state{consumergroup=\"g\",state=\"Empty\"} 1\n"));
        assert!(text.contains("kan_up 1\n"));
        for family in FAMILIES {
            assert!(
                text.contains(&format!("# HELP {} ", family.name)),
                "{}",
                family.name
            );
            assert!(text.contains(&format!("# TYPE {} {}\n", family.name, family.kind)));
        }
        // Every sample line belongs to the family whose header came last.
        let mut current = "";
        for line in text.lines() {
            if let Some(rest) = line.strip_prefix("# TYPE ") {
                current = rest.split(' ').next().unwrap();
            } else if !line.starts_with('#') {
                let name = line.split(['{', ' ']).next().unwrap();
                assert_eq!(name, current, "{line}");
            }
        }
    }

    #[test]
    fn the_docs_list_every_metric() {
        let docs = include_str!("../../docs/metrics.md");
        assert!(
            docs.contains(&reference_table()),
            "docs/metrics.md is out of date; its table should be:\n{}",
            reference_table()
        );
    }
}

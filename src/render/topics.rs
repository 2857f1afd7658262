//! Views of `kan topics …`. The serde shapes are the documented JSON output (docs/json.md).

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::table::{render, Style};
use super::View;
use crate::domain::partition_sizing::PartitionSizing;
use crate::domain::topic::ConfigValue;
use crate::domain::topic_plan::{PlanAction, TopicPlan};
use crate::domain::units;

/// `kan topics list`.
#[derive(Debug, Serialize)]
pub struct TopicListView {
    pub topics: Vec<TopicSummary>,
}

#[derive(Debug, Serialize)]
pub struct TopicSummary {
    pub name: String,
    pub partitions: usize,
    pub replication_factor: usize,
    pub internal: bool,
    /// Configs the topic overrides (differ from the broker defaults).
    pub configs: BTreeMap<String, String>,
}

impl View for TopicListView {
    fn ndjson_rows(&self) -> Vec<serde_json::Value> {
        super::rows(&self.topics)
    }

    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        let mut table = style.table(["TOPIC", "PARTITIONS", "REPLICAS", "CONFIGS"]);
        for topic in &self.topics {
            let configs: Vec<String> = topic
                .configs
                .iter()
                .map(|(key, value)| format!("{key}={}", humanize_config(key, value)))
                .collect();
            table.add_row(vec![
                topic.name.clone(),
                topic.partitions.to_string(),
                topic.replication_factor.to_string(),
                configs.join(" "),
            ]);
        }
        style.align_right(&mut table, &[1, 2]);
        out.write_all(render(&table).as_bytes())
    }
}

/// `kan topics describe`.
#[derive(Debug, Serialize)]
pub struct TopicDescribeView {
    pub topics: Vec<TopicDetail>,
}

#[derive(Debug, Serialize)]
pub struct TopicDetail {
    pub name: String,
    pub internal: bool,
    pub replication_factor: usize,
    /// Sum of `messages` over partitions.
    pub messages: i64,
    pub partitions: Vec<PartitionDetail>,
    /// Overrides only, unless `--all-configs`.
    pub configs: Vec<ConfigValue>,
}

#[derive(Debug, Serialize)]
pub struct PartitionDetail {
    pub partition: i32,
    pub leader: Option<i32>,
    pub replicas: Vec<i32>,
    pub isr: Vec<i32>,
    pub low_watermark: Option<i64>,
    pub high_watermark: Option<i64>,
    /// high − low: exact for plain topics, an upper bound for compacted/transactional ones.
    pub messages: Option<i64>,
    /// Why the watermarks are missing, when they are.
    pub error: Option<String>,
}

fn list(ids: &[i32]) -> String {
    ids.iter().map(i32::to_string).collect::<Vec<_>>().join(",")
}

impl View for TopicDescribeView {
    fn ndjson_rows(&self) -> Vec<serde_json::Value> {
        super::rows(&self.topics)
    }

    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        for (index, topic) in self.topics.iter().enumerate() {
            if index > 0 {
                writeln!(out)?;
            }
            writeln!(
                out,
                "Topic: {}  partitions: {}  replication: {}  messages: {}{}",
                topic.name,
                topic.partitions.len(),
                topic.replication_factor,
                topic.messages,
                if topic.internal { "  (internal)" } else { "" }
            )?;
            let mut table = style.table([
                "PARTITION",
                "LEADER",
                "REPLICAS",
                "ISR",
                "LOW",
                "HIGH",
                "MESSAGES",
            ]);
            for partition in &topic.partitions {
                let number = |value: Option<i64>| {
                    value.map_or_else(|| "-".to_string(), |value| value.to_string())
                };
                table.add_row(vec![
                    partition.partition.to_string(),
                    partition
                        .leader
                        .map_or_else(|| "none".into(), |leader| leader.to_string()),
                    list(&partition.replicas),
                    list(&partition.isr),
                    number(partition.low_watermark),
                    number(partition.high_watermark),
                    partition
                        .error
                        .clone()
                        .unwrap_or_else(|| number(partition.messages)),
                ]);
            }
            style.align_right(&mut table, &[0, 1, 4, 5, 6]);
            out.write_all(render(&table).as_bytes())?;
            if topic.configs.is_empty() {
                writeln!(out, "Configs: broker defaults")?;
            } else {
                writeln!(out)?;
                let mut configs = style.table(["CONFIG", "VALUE", "SOURCE"]);
                for config in &topic.configs {
                    let value = match (&config.value, config.sensitive) {
                        (_, true) => "(sensitive)".to_string(),
                        (Some(value), false) => humanize_config(&config.name, value),
                        (None, false) => "-".to_string(),
                    };
                    configs.add_row(vec![
                        config.name.clone(),
                        value,
                        config.source.as_str().to_string(),
                    ]);
                }
                out.write_all(render(&configs).as_bytes())?;
            }
        }
        Ok(())
    }
}

/// Shows `604800000 (7days)` for duration and size settings so tables read naturally.
fn humanize_config(key: &str, value: &str) -> String {
    let Ok(number) = value.parse::<i64>() else {
        return value.to_string();
    };
    if key.ends_with(".ms") && number != 0 {
        format!("{value} ({})", units::describe_millis(number))
    } else if key.ends_with(".bytes") && number >= 1024 || number < 0 && key.ends_with(".bytes") {
        format!("{value} ({})", units::describe_bytes(number))
    } else {
        value.to_string()
    }
}

/// Outcome of one topic in create / alter / delete.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ItemStatus {
    Created,
    Exists,
    Altered,
    Deleted,
    Missing,
    Validated,
    Failed,
}

impl ItemStatus {
    fn as_str(self) -> &'static str {
        match self {
            ItemStatus::Created => "created",
            ItemStatus::Exists => "exists",
            ItemStatus::Altered => "altered",
            ItemStatus::Deleted => "deleted",
            ItemStatus::Missing => "missing",
            ItemStatus::Validated => "validated",
            ItemStatus::Failed => "failed",
        }
    }
}

/// `kan topics create|alter|delete`: one result per topic.
#[derive(Debug, Serialize)]
pub struct TopicResultsView {
    pub results: Vec<TopicResult>,
    /// Present when partitions were sized from throughput.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sizing: Option<SizingView>,
}

#[derive(Debug, Serialize)]
pub struct TopicResult {
    pub topic: String,
    pub status: ItemStatus,
    pub error: Option<String>,
    /// What was requested (create: configs; alter: set and deleted keys).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub configs: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deleted_configs: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partitions: Option<i32>,
}

#[derive(Debug, Serialize)]
pub struct SizingView {
    pub target_per_second: f64,
    pub per_partition_per_second: f64,
    pub partitions: i32,
    pub explanation: String,
}

impl From<&PartitionSizing> for SizingView {
    fn from(sizing: &PartitionSizing) -> Self {
        SizingView {
            target_per_second: sizing.target_per_second,
            per_partition_per_second: sizing.per_partition_per_second,
            partitions: sizing.partitions,
            explanation: sizing.explain(),
        }
    }
}

impl View for TopicResultsView {
    fn ndjson_rows(&self) -> Vec<serde_json::Value> {
        super::rows(&self.results)
    }

    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        let mut table = style.table(["TOPIC", "STATUS", "DETAIL"]);
        for result in &self.results {
            let detail = match &result.error {
                Some(error) => error.clone(),
                None => {
                    let mut parts = Vec::new();
                    if let Some(partitions) = result.partitions {
                        parts.push(format!("partitions={partitions}"));
                    }
                    parts.extend(
                        result
                            .configs
                            .iter()
                            .map(|(key, value)| format!("{key}={value}")),
                    );
                    parts.extend(result.deleted_configs.iter().map(|key| format!("-{key}")));
                    parts.join(" ")
                }
            };
            table.add_row(vec![
                result.topic.clone(),
                result.status.as_str().to_string(),
                detail,
            ]);
        }
        out.write_all(render(&table).as_bytes())
    }
}

/// `kan topics apply`: the plan, and with it what happened.
#[derive(Debug, Serialize)]
pub struct ApplyView {
    pub dry_run: bool,
    pub topics: Vec<AppliedTopic>,
}

/// Status of one topic's plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ApplyStatus {
    Planned,
    Applied,
    Unchanged,
    Failed,
}

#[derive(Debug, Serialize)]
pub struct AppliedTopic {
    #[serde(flatten)]
    pub plan: TopicPlan,
    pub status: ApplyStatus,
    pub error: Option<String>,
}

impl View for ApplyView {
    fn ndjson_rows(&self) -> Vec<serde_json::Value> {
        super::rows(&self.topics)
    }

    fn write_table(&self, out: &mut dyn Write, _style: &Style) -> io::Result<()> {
        for topic in &self.topics {
            let plan = &topic.plan;
            let (sign, verb) = match plan.action {
                PlanAction::Create => ("+", "create"),
                PlanAction::Alter => ("~", "alter"),
                PlanAction::Unchanged => ("=", "unchanged"),
            };
            let status = match topic.status {
                ApplyStatus::Planned | ApplyStatus::Unchanged => String::new(),
                ApplyStatus::Applied => "  [applied]".into(),
                ApplyStatus::Failed => format!(
                    "  [failed: {}]",
                    topic.error.as_deref().unwrap_or("unknown error")
                ),
            };
            writeln!(out, "{sign} {} ({verb}){status}", plan.topic)?;
            if let Some(partitions) = plan.partitions {
                let to = partitions
                    .to
                    .map_or_else(|| "broker default".to_string(), |n| n.to_string());
                match partitions.from {
                    Some(from) => writeln!(out, "    partitions: {from} -> {to}")?,
                    None => writeln!(out, "    partitions: {to}")?,
                }
            }
            if plan.action == PlanAction::Create {
                if let Some(factor) = plan.replication_factor {
                    writeln!(out, "    replication_factor: {factor}")?;
                }
            }
            for change in &plan.changes {
                match &change.from {
                    Some(from) => writeln!(out, "    {}: {from} -> {}", change.key, change.to)?,
                    None => writeln!(out, "    {}: {}", change.key, change.to)?,
                }
            }
        }
        let count = |action: PlanAction| {
            self.topics
                .iter()
                .filter(|topic| topic.plan.action == action)
                .count()
        };
        writeln!(
            out,
            "{}: {} to create, {} to alter, {} unchanged",
            if self.dry_run {
                "Plan (dry run)"
            } else {
                "Plan"
            },
            count(PlanAction::Create),
            count(PlanAction::Alter),
            count(PlanAction::Unchanged)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_values_read_naturally() {
        assert_eq!(
            humanize_config("retention.ms", "604800000"),
            "604800000 (7days)"
        );
        assert_eq!(humanize_config("retention.ms", "-1"), "-1 (unlimited)");
        assert_eq!(
            humanize_config("retention.bytes", "1073741824"),
            "1073741824 (1GiB)"
        );
        assert_eq!(humanize_config("cleanup.policy", "compact"), "compact");
        assert_eq!(humanize_config("min.insync.replicas", "2"), "2");
    }
}

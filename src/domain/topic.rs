//! Plain descriptions of topics, partitions and their configs, as kan reports them.
//! These are what the JSON output serialises: field names here are a public contract.

use std::collections::BTreeMap;

use serde::Serialize;

/// Kafka's rules for topic names.
pub fn check_topic_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("topic name is empty".into());
    }
    if name == "." || name == ".." {
        return Err(format!("invalid topic name '{name}'"));
    }
    if name.len() > 249 {
        return Err(format!(
            "invalid topic name '{name}': longer than 249 characters"
        ));
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
    {
        return Err(format!(
            "invalid topic name '{name}': '{bad}' is not allowed (use letters, digits, '.', '_', '-')"
        ));
    }
    Ok(())
}

/// The message for a partition number a topic does not have.
pub fn no_partition(topic: &str, partition: i32, count: usize) -> String {
    format!("partition {partition} does not exist in '{topic}' (it has {count})")
}

/// One partition as the cluster metadata describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartitionMetadata {
    pub partition: i32,
    /// `None` while the partition has no leader.
    pub leader: Option<i32>,
    pub replicas: Vec<i32>,
    pub isr: Vec<i32>,
}

/// One topic as the cluster metadata describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicMetadata {
    pub name: String,
    pub internal: bool,
    pub partitions: Vec<PartitionMetadata>,
}

impl TopicMetadata {
    /// The partition numbers.
    pub fn partition_ids(&self) -> Vec<i32> {
        self.partitions.iter().map(|p| p.partition).collect()
    }

    /// `(topic, partition)` for every partition.
    pub fn all_partitions(&self) -> Vec<(String, i32)> {
        self.partitions
            .iter()
            .map(|p| (self.name.clone(), p.partition))
            .collect()
    }

    /// `(topic, partition)` for every partition, or for the `wanted` ones (each must exist).
    pub fn select_partitions(&self, wanted: &[i32]) -> Result<Vec<(String, i32)>, String> {
        if wanted.is_empty() {
            return Ok(self.all_partitions());
        }
        let all = self.partition_ids();
        wanted
            .iter()
            .map(|partition| {
                if all.contains(partition) {
                    Ok((self.name.clone(), *partition))
                } else {
                    Err(no_partition(&self.name, *partition, all.len()))
                }
            })
            .collect()
    }

    /// The replication factor (replicas of the first partition; Kafka keeps them equal).
    pub fn replication_factor(&self) -> usize {
        self.partitions
            .first()
            .map_or(0, |partition| partition.replicas.len())
    }
}

/// Where a config value comes from, in Kafka's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConfigSource {
    DynamicTopic,
    DynamicBroker,
    DynamicDefaultBroker,
    StaticBroker,
    Default,
    Unknown,
}

impl ConfigSource {
    pub fn as_str(self) -> &'static str {
        match self {
            ConfigSource::DynamicTopic => "topic",
            ConfigSource::DynamicBroker => "broker",
            ConfigSource::DynamicDefaultBroker => "broker-default",
            ConfigSource::StaticBroker => "static-broker",
            ConfigSource::Default => "default",
            ConfigSource::Unknown => "unknown",
        }
    }
}

/// One config entry of a topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConfigValue {
    pub name: String,
    /// `None` for sensitive values and unset entries.
    pub value: Option<String>,
    pub source: ConfigSource,
    pub is_default: bool,
    pub read_only: bool,
    pub sensitive: bool,
}

impl ConfigValue {
    /// True when the topic overrides this key (the value differs from the defaults).
    pub fn is_override(&self) -> bool {
        !self.is_default
            && matches!(
                self.source,
                ConfigSource::DynamicTopic | ConfigSource::Unknown
            )
    }
}

/// The configs a topic overrides, as a sorted key → value map.
pub fn overrides(configs: &[ConfigValue]) -> BTreeMap<String, String> {
    configs
        .iter()
        .filter(|config| config.is_override())
        .map(|config| {
            (
                config.name.clone(),
                config.value.clone().unwrap_or_else(|| "(sensitive)".into()),
            )
        })
        .collect()
}

/// Low and high watermark of one partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Watermarks {
    pub low: i64,
    pub high: i64,
}

impl Watermarks {
    /// Records between the watermarks. Exact for plain topics; an upper bound for compacted or
    /// transactional ones (compacted-away records and commit markers still occupy offsets).
    pub fn messages(&self) -> i64 {
        (self.high - self.low).max(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(name: &str, value: &str, source: ConfigSource, is_default: bool) -> ConfigValue {
        ConfigValue {
            name: name.into(),
            value: Some(value.into()),
            source,
            is_default,
            read_only: false,
            sensitive: false,
        }
    }

    #[test]
    fn overrides_keep_only_topic_level_values() {
        let configs = vec![
            config(
                "retention.ms",
                "604800000",
                ConfigSource::DynamicTopic,
                false,
            ),
            config("segment.bytes", "1073741824", ConfigSource::Default, true),
            config(
                "min.insync.replicas",
                "2",
                ConfigSource::StaticBroker,
                false,
            ),
        ];
        let map = overrides(&configs);
        assert_eq!(map.len(), 1);
        assert_eq!(map["retention.ms"], "604800000");
    }

    #[test]
    fn message_count_never_negative() {
        assert_eq!(Watermarks { low: 5, high: 12 }.messages(), 7);
        assert_eq!(Watermarks { low: 5, high: 3 }.messages(), 0);
    }

    #[test]
    fn topic_names() {
        assert!(check_topic_name("user-events").is_ok());
        assert!(check_topic_name("a.b_c-9").is_ok());
        assert!(check_topic_name("").is_err());
        assert!(check_topic_name("..").is_err());
        assert!(check_topic_name(&"x".repeat(250)).is_err());
        let err = check_topic_name("bad topic").unwrap_err();
        assert!(err.contains("' '"), "{err}");
    }
}

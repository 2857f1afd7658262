//! `kan topics …` arguments.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::domain::position::Bound;
use crate::domain::topic_config::{self, Compression};
use crate::domain::truncate_plan;
use crate::domain::units::{self, Limit};

#[derive(Debug, Subcommand)]
pub enum TopicsCommand {
    /// Create topics with typed retention, compaction and compression settings
    Create(TopicsCreate),
    /// List topics with partitions, replication and the configs they override
    List(TopicsList),
    /// Show partitions (leader, replicas, ISR, watermarks, messages) and configs
    Describe(TopicsDescribe),
    /// Change configs incrementally (other keys are kept) or add partitions
    Alter(TopicsAlter),
    /// Delete topics (asks on a terminal; needs --yes otherwise)
    Delete(TopicsDelete),
    /// Create or align topics from a TOML/YAML file; --dry-run shows the plan only
    Apply(TopicsApply),
    /// Delete the records before an offset, a time or the end (DeleteRecords); shows the plan,
    /// asks on a terminal, needs --yes otherwise
    Truncate(TopicsTruncate),
}

/// Typed config shortcuts shared by create and alter.
#[derive(Debug, Args, Clone, Default)]
pub struct TypedConfigArgs {
    /// How long to keep records: 7d, 12h, 30m, 500ms, or "forever" (retention.ms)
    #[arg(long, value_name = "DURATION", value_parser = units::parse_duration_limit)]
    pub retention: Option<Limit<std::time::Duration>>,

    /// Size limit per partition: 1GiB, 500MB, 1048576, or "unlimited" (retention.bytes)
    #[arg(long, value_name = "SIZE", value_parser = units::parse_size_limit)]
    pub retention_bytes: Option<Limit<u64>>,

    /// Keep only the latest record per key (cleanup.policy=compact)
    #[arg(long)]
    pub compact: bool,

    /// Compression codec the broker stores records with (compression.type)
    #[arg(long, value_enum)]
    pub compression: Option<Compression>,

    /// Any other topic config as key=value (repeatable). *.ms keys accept durations, *.bytes sizes
    #[arg(long = "config", short = 'c', value_name = "KEY=VALUE", value_parser = topic_config::parse_key_value)]
    pub configs: Vec<(String, String)>,

    /// Send config keys kan does not know (for broker-specific extensions)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct TopicsCreate {
    /// Topic names
    #[arg(required = true, value_name = "NAME")]
    pub names: Vec<String>,

    /// Number of partitions (default: the broker's num.partitions)
    #[arg(short, long, value_name = "N", conflicts_with = "throughput",
          value_parser = clap::value_parser!(i32).range(1..))]
    pub partitions: Option<i32>,

    /// Replication factor (default: the broker's default.replication.factor)
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..))]
    pub replication_factor: Option<i32>,

    /// Size partitions for this target throughput, e.g. 1M/s (needs --per-partition)
    #[arg(long, value_name = "RATE", requires = "per_partition", value_parser = units::parse_rate)]
    pub throughput: Option<f64>,

    /// Throughput one partition sustains, e.g. 100K/s
    #[arg(long, value_name = "RATE", requires = "throughput", value_parser = units::parse_rate)]
    pub per_partition: Option<f64>,

    #[command(flatten)]
    pub config: TypedConfigArgs,

    /// Succeed (exit 0) when a topic already exists instead of failing
    #[arg(long)]
    pub if_not_exists: bool,

    /// Ask the broker to validate the request without creating anything
    #[arg(long)]
    pub validate_only: bool,
}

#[derive(Debug, Args)]
pub struct TopicsList {
    /// Only topics whose name matches this regular expression
    #[arg(long, value_name = "REGEX")]
    pub pattern: Option<String>,

    /// Include internal topics (__consumer_offsets …)
    #[arg(long)]
    pub internal: bool,
}

#[derive(Debug, Args)]
pub struct TopicsDescribe {
    /// Topic names (picked from the cluster on a terminal when missing)
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,

    /// Show every config, not only the ones the topic overrides
    #[arg(long)]
    pub all_configs: bool,
}

#[derive(Debug, Args)]
pub struct TopicsAlter {
    /// Topic name (picked from the cluster on a terminal when missing)
    #[arg(value_name = "NAME")]
    pub name: Option<String>,

    #[command(flatten)]
    pub config: TypedConfigArgs,

    /// Remove a topic-level override so the broker default applies again (repeatable)
    #[arg(long = "delete-config", value_name = "KEY")]
    pub delete_configs: Vec<String>,

    /// Raise the partition count to N (Kafka cannot lower it)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(i32).range(1..))]
    pub add_partitions: Option<i32>,

    /// Ask the broker to validate the change without applying it
    #[arg(long)]
    pub validate_only: bool,
}

#[derive(Debug, Args)]
pub struct TopicsDelete {
    /// Topic names (picked from the cluster on a terminal when missing)
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,

    /// Succeed (exit 0) when a topic does not exist
    #[arg(long)]
    pub if_exists: bool,
}

#[derive(Debug, Args)]
pub struct TopicsApply {
    /// Topic file (TOML, or YAML by .yaml/.yml extension)
    #[arg(short, long, value_name = "FILE")]
    pub file: PathBuf,

    /// Print the plan and change nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Accept config keys kan does not know
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct TopicsTruncate {
    /// Topic name (picked from the cluster on a terminal when missing)
    #[arg(value_name = "NAME")]
    pub name: Option<String>,

    /// Delete the records before this: an OFFSET, @RFC3339 or @-DURATION (the first record at
    /// or after that time, per partition), or end (every record); asked for on a terminal when
    /// missing
    #[arg(long, value_name = "OFFSET|@TIME|end", value_parser = truncate_plan::parse_bound)]
    pub before: Option<Bound>,

    /// Only these partitions (repeatable, or comma-separated; default: all)
    #[arg(long = "partition", short = 'p', value_name = "N", value_delimiter = ',',
          value_parser = clap::value_parser!(i32).range(0..))]
    pub partitions: Vec<i32>,

    /// Print the plan and delete nothing
    #[arg(long)]
    pub dry_run: bool,
}

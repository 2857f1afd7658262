//! `kan lag` arguments.

use std::time::Duration;

use clap::Args;

use crate::domain::isolation::Isolation;
use crate::domain::units;

#[derive(Debug, Args)]
pub struct LagArgs {
    /// Consumer group (repeatable)
    #[arg(short, long = "group", value_name = "GROUP")]
    pub groups: Vec<String>,

    /// Every consumer group in the cluster
    #[arg(long, conflicts_with = "groups")]
    pub all_groups: bool,

    /// Only these topics (repeatable); partitions of a named topic without a committed offset
    /// are included and flagged
    #[arg(short, long = "topic", value_name = "TOPIC")]
    pub topics: Vec<String>,

    /// Breach (exit 5) when a group's total lag exceeds N messages (per partition with
    /// --per-partition)
    #[arg(long, value_name = "N")]
    pub max_lag: Option<i64>,

    /// Apply --max-lag to each partition instead of each group's total
    #[arg(long, requires = "max_lag")]
    pub per_partition: bool,

    /// Breach (exit 5) when any partition's next unread record is older than this, e.g. 30s
    #[arg(long, value_name = "DURATION", value_parser = units::parse_duration)]
    pub max_time_lag: Option<Duration>,

    /// Log end used for lag: last stable offset (read-committed) or high watermark
    #[arg(long, value_enum, default_value_t = Isolation::ReadCommitted)]
    pub isolation: Isolation,

    /// Skip time lag (no record reads; offsets only)
    #[arg(long, conflicts_with = "max_time_lag")]
    pub no_time_lag: bool,

    /// Keep watching: redraw on a terminal, one NDJSON snapshot per interval otherwise
    #[arg(short, long)]
    pub watch: bool,

    /// Time between --watch snapshots
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = crate::cli::parse_timeout)]
    pub interval: Duration,

    /// Sliding window for the --watch status (OK/WARN/STALL/STOP/REWIND)
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = crate::cli::parse_timeout)]
    pub window: Duration,
}

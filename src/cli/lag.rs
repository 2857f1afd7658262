//! `kan lag` arguments.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};

use crate::domain::isolation::Isolation;
use crate::domain::listen::DEFAULT_LISTEN;
use crate::domain::units;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct LagArgs {
    /// Run as a service instead (Prometheus metrics, health, status)
    #[command(subcommand)]
    pub command: Option<LagCommand>,

    /// Consumer group (repeatable)
    #[arg(short, long = "group", value_name = "GROUP")]
    pub groups: Vec<String>,

    /// Every consumer group in the cluster
    #[arg(long, conflicts_with = "groups")]
    pub all_groups: bool,

    /// Groups whose whole name matches REGEX (repeatable; a leading ! excludes)
    #[arg(
        long = "group-pattern",
        value_name = "REGEX",
        conflicts_with = "groups"
    )]
    pub group_patterns: Vec<String>,

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

    /// Limits per group from a TOML file of [[rule]] tables (first matching rule wins; exit 5
    /// on breach); instead of --max-lag / --max-time-lag
    #[arg(long, value_name = "FILE", conflicts_with_all = ["max_lag", "max_time_lag"])]
    pub rules: Option<PathBuf>,

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

#[derive(Debug, Subcommand)]
pub enum LagCommand {
    /// Serve lag as Prometheus metrics (/metrics), with /healthz and /status, reading Kafka
    /// every --interval in the background
    Serve(LagServeArgs),
}

#[derive(Debug, Args)]
pub struct LagServeArgs {
    /// Address to serve on: IP:PORT. Another interface than loopback needs its IP given
    /// explicitly (0.0.0.0:9308 for every interface); host names are refused
    #[arg(long, value_name = "IP:PORT", default_value = DEFAULT_LISTEN)]
    pub listen: String,

    /// Follow the groups whose whole name matches REGEX (repeatable; a leading ! excludes);
    /// default: every group. Groups that appear or vanish are followed at the next read
    #[arg(long = "group-pattern", value_name = "REGEX")]
    pub group_patterns: Vec<String>,

    /// Time between reads of Kafka (scrapes serve the latest read)
    #[arg(long, value_name = "DURATION", default_value = "15s", value_parser = crate::cli::parse_timeout)]
    pub interval: Duration,

    /// Sliding window for each group's status (OK/WARN/STALL/STOP/REWIND)
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = crate::cli::parse_timeout)]
    pub window: Duration,

    /// Log end used for lag: last stable offset (read-committed) or high watermark
    #[arg(long, value_enum, default_value_t = Isolation::ReadCommitted)]
    pub isolation: Isolation,

    /// Skip time lag (no record reads; offsets only)
    #[arg(long)]
    pub no_time_lag: bool,

    /// Limits per group from a TOML file of [[rule]] tables (the file `kan lag --rules` reads);
    /// breaches show in kan_consumergroup_breach and /status
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,

    /// On each group transition (a rule's breach starting or ending with --rules, else a status
    /// change), run CMD with `sh -c`, the notification's JSON on its stdin (killed after 30s)
    #[arg(long, value_name = "CMD")]
    pub notify_command: Option<String>,

    /// On each group transition, POST the notification's JSON to URL (http or https; retried
    /// with back-off). A URL holding a token is best given in the environment variable
    #[arg(
        long,
        value_name = "URL",
        env = "KAN_NOTIFY_WEBHOOK",
        hide_env_values = true
    )]
    pub notify_webhook: Option<String>,

    /// At most one notification per group per DURATION: a change inside it is sent when it ends,
    /// unless the group is back where the last notification left it
    #[arg(long, value_name = "DURATION", default_value = "1m", value_parser = crate::cli::parse_timeout)]
    pub notify_interval: Duration,
}

//! `kan watch …` arguments.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};

use crate::domain::analytics::TimeMode;
use crate::domain::position::{parse_start, StartSpec};
use crate::domain::schema::Format;
use crate::domain::{platform, units};

#[derive(Debug, Subcommand)]
pub enum WatchCommand {
    /// Live rolling analytics of user events and page views (or a replay of files)
    Analytics(WatchAnalytics),
    /// Live per-partition record and byte rates, sizes and key skew of any topic
    Topic(WatchTopic),
}

/// When a live view stops, and how often it redraws.
#[derive(Debug, Args)]
pub struct RefreshArgs {
    /// Stop at the end offsets captured at start, print the final report, exit 0
    #[arg(short = 'e', long)]
    pub until_end: bool,

    /// Stop after this long
    #[arg(long, value_name = "DURATION", value_parser = crate::cli::parse_timeout)]
    pub duration: Option<Duration>,

    /// Time between refreshes
    #[arg(long, default_value = "1s", value_name = "DURATION", value_parser = crate::cli::parse_timeout)]
    pub interval: Duration,
}

#[derive(Debug, Args)]
pub struct WatchTopic {
    /// The topic (picked from the cluster on a terminal when missing)
    #[arg(value_name = "TOPIC")]
    pub topic: Option<String>,

    /// Where to start: end (default), beginning, OFFSET, -N, @RFC3339, @-DURATION
    #[arg(long, value_name = "WHERE", value_parser = parse_start, allow_hyphen_values = true)]
    pub from: Option<StartSpec>,

    #[command(flatten)]
    pub refresh: RefreshArgs,

    /// How many top keys to show
    #[arg(long, default_value_t = 10, value_name = "N", value_parser = parse_top)]
    pub top: usize,

    /// How to read each value (avro, protobuf, jsonschema: Schema Registry wire format); values
    /// decoded with a schema are counted by schema id, undecodable ones by cause (exit 6)
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = Format::Auto)]
    pub value_format: Format,

    /// How to read each key, as shown in the top keys (as --value-format)
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = Format::Auto)]
    pub key_format: Format,
}

#[derive(Debug, Args)]
pub struct WatchAnalytics {
    /// Replay exported events offline instead of consuming (repeatable; `-` is stdin). Lines
    /// are user events, page views, or `kan consume -f json` envelopes
    #[arg(long = "file", value_name = "FILE")]
    pub files: Vec<PathBuf>,

    #[arg(long, default_value = platform::USER_EVENTS, value_name = "TOPIC")]
    pub user_topic: String,

    #[arg(long, default_value = platform::PAGE_VIEWS, value_name = "TOPIC")]
    pub page_topic: String,

    /// Consumer group (offsets are committed after the events were applied)
    #[arg(
        short,
        long,
        default_value = platform::WATCH_GROUP,
        value_name = "GROUP"
    )]
    pub group: String,

    /// A read-only look: start at the group's offsets (or --from) without joining the group
    /// (its members keep their partitions), commit nothing and keep no state
    #[arg(long)]
    pub no_commit: bool,

    /// Where to start: stored (the group's offsets, default), beginning, end, @RFC3339, @-1h
    #[arg(long, value_name = "WHERE", value_parser = parse_start, allow_hyphen_values = true)]
    pub from: Option<StartSpec>,

    #[command(flatten)]
    pub refresh: RefreshArgs,

    /// Rolling window for active users, event types, top pages and users
    #[arg(long, default_value = "5m", value_name = "DURATION", value_parser = crate::cli::parse_timeout)]
    pub window: Duration,

    /// Sessions idle longer than this expire
    #[arg(long, default_value = "30m", value_name = "DURATION", value_parser = units::parse_duration)]
    pub session_timeout: Duration,

    /// How many top pages and users to show
    #[arg(long, default_value_t = 10, value_name = "N", value_parser = parse_top)]
    pub top: usize,

    /// Window clock
    #[arg(long, value_enum, default_value_t = TimeMode::Event)]
    pub time: TimeMode,

    /// Publish each bad event to the dead-letter topic as a dead letter {source, line,
    /// partition, offset, reason, error, raw, raw_encoding} (docs/json.md)
    #[arg(long)]
    pub dlq: bool,

    #[arg(long, default_value = platform::ERROR_EVENTS, value_name = "TOPIC")]
    pub dlq_topic: String,

    /// Publish the aggregates, keyed by metric name, to this (compacted) topic each refresh
    #[arg(long, value_name = "TOPIC")]
    pub emit: Option<String>,

    /// The group's figures from the state topic: every partition's newest snapshot merged,
    /// with who counted it and how old it is (the source topics are not read)
    #[arg(long, conflicts_with_all = ["files", "no_commit", "no_state", "dlq", "emit", "from"])]
    pub merged: bool,

    /// The compacted topic holding each partition's state (created when missing)
    #[arg(long, default_value = platform::STATE_TOPIC, value_name = "TOPIC", value_parser = parse_topic_name)]
    pub state_topic: String,

    /// How often each instance writes its partitions' state and commits the offsets it covers
    #[arg(long, default_value = "5s", value_name = "DURATION", value_parser = crate::cli::parse_timeout)]
    pub checkpoint_interval: Duration,

    /// Keep no state in Kafka: figures start from zero each run, offsets are committed each
    /// second
    #[arg(long)]
    pub no_state: bool,
}

fn parse_top(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err("--top must be at least 1".into()),
        Ok(top) => Ok(top),
        Err(_) => Err(format!("--top takes a whole number, not '{text}'")),
    }
}

/// A topic name that Kafka accepts (checked before anything is asked of the cluster).
fn parse_topic_name(text: &str) -> Result<String, String> {
    crate::domain::topic::check_topic_name(text).map(|()| text.to_string())
}

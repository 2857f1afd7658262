//! `kan publish …` arguments.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};

use crate::domain::event::EventType;
use crate::domain::platform;
use crate::domain::topic_config::{parse_key_value, Compression};
use crate::domain::units;

#[derive(Debug, Subcommand)]
pub enum PublishCommand {
    /// Publish one user event {userId, eventType, timestamp, metadata}, keyed by userId
    UserEvent(PublishUserEvent),
    /// Publish one page view {userId, url, referrer, timestamp, duration}, keyed by userId
    PageView(PublishPageView),
    /// Publish newline-delimited JSON events from a file or stdin, each line validated
    Batch(PublishBatch),
    /// Publish raw records: one --value, or each line of stdin
    Raw(PublishRaw),
}

/// What happens to lines that fail validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnInvalid {
    /// Refuse the whole input (files are validated before anything is sent)
    Fail,
    /// Report each invalid line and publish the rest
    Skip,
    /// Publish each invalid line to the dead-letter topic as a dead letter {source, line,
    /// partition, offset, reason, error, raw, raw_encoding} (docs/json.md)
    Dlq,
}

/// Kinds of batch line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchKind {
    UserEvent,
    PageView,
    Raw,
    /// `kan consume --format json` envelopes: key, headers, value, timestamp and partition
    /// published again byte for byte
    Envelope,
}

/// Producer and delivery options shared by every publish command.
#[derive(Debug, Args, Clone)]
pub struct ProducerArgs {
    /// Compression codec (default: lz4 for batches, none for single events)
    #[arg(long, value_enum)]
    pub compression: Option<Compression>,

    /// How long to wait to fill a batch (linger.ms), e.g. 5ms
    #[arg(long, value_name = "DURATION", value_parser = units::parse_duration)]
    pub linger: Option<Duration>,

    /// Maximum batch size in bytes (batch.size), e.g. 1MiB
    #[arg(long, value_name = "SIZE", value_parser = units::parse_size)]
    pub batch_size: Option<u64>,

    /// All records commit atomically or not at all (aborted on any failure)
    #[arg(long)]
    pub transactional: bool,

    /// The transactional.id (default: kan-<topic>-<pid>); implies --transactional
    #[arg(long, value_name = "ID")]
    pub transactional_id: Option<String>,

    /// Publish at most this many records per second, e.g. 500/s
    #[arg(long, value_name = "RATE", value_parser = units::parse_rate)]
    pub rate: Option<f64>,

    /// Validate and report; send nothing
    #[arg(long)]
    pub dry_run: bool,

    /// The correlation-id header for every record (default: a unique id per record)
    #[arg(long, value_name = "ID")]
    pub correlation_id: Option<String>,
}

/// Records written in the Schema Registry wire format (needs --schema-registry).
#[derive(Debug, Args, Clone, Default)]
#[command(next_help_heading = "Schema Registry")]
pub struct SubjectArgs {
    /// Encode each value (a JSON line) with this subject's schema — Avro, Protobuf or JSON
    /// Schema, as registered; a line that does not fit is invalid (--on-invalid)
    #[arg(long, value_name = "SUBJECT")]
    pub value_subject: Option<String>,

    /// The version of --value-subject's schema to use (default: latest)
    #[arg(
        long,
        value_name = "N|latest",
        value_parser = super::parse_version,
        requires = "value_subject"
    )]
    pub schema_version: Option<String>,

    /// Register this schema file (.avsc Avro, .proto Protobuf, .json JSON Schema) under
    /// --value-subject first (nothing new when it is already registered) and encode with it
    #[arg(
        long,
        value_name = "FILE",
        requires = "value_subject",
        conflicts_with = "schema_version"
    )]
    pub register: Option<PathBuf>,

    /// Encode each key with this subject's latest schema (a key that is JSON is read as JSON,
    /// else as a string)
    #[arg(long, value_name = "SUBJECT")]
    pub key_subject: Option<String>,
}

/// Input validation options for line-oriented input.
#[derive(Debug, Args, Clone)]
pub struct LineArgs {
    /// What to do with invalid lines
    #[arg(long, value_enum, default_value_t = OnInvalid::Fail)]
    pub on_invalid: OnInvalid,

    /// Dead-letter topic for --on-invalid dlq
    #[arg(long, value_name = "TOPIC", default_value = platform::ERROR_EVENTS)]
    pub dlq_topic: String,

    /// Write rejected lines, as read, to this file (to fix and publish again)
    #[arg(long, value_name = "FILE")]
    pub rejects: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PublishUserEvent {
    /// The user id (the record key); asked for on a terminal when missing
    #[arg(long = "user", value_name = "ID")]
    pub user: Option<String>,

    /// What the user did; chosen from a list on a terminal when missing
    #[arg(long = "type", value_enum, value_name = "TYPE")]
    pub event_type: Option<EventType>,

    /// Metadata entry key=value (repeatable)
    #[arg(long = "meta", value_name = "KEY=VALUE", value_parser = parse_key_value)]
    pub meta: Vec<(String, String)>,

    /// Event time, RFC 3339 (default: now)
    #[arg(long, value_name = "RFC3339")]
    pub timestamp: Option<String>,

    #[arg(long, default_value = platform::USER_EVENTS)]
    pub topic: String,

    #[command(flatten)]
    pub producer: ProducerArgs,
}

#[derive(Debug, Args)]
pub struct PublishPageView {
    /// The user id (the record key); asked for on a terminal when missing
    #[arg(long = "user", value_name = "ID")]
    pub user: Option<String>,

    /// The page, e.g. /pricing; asked for on a terminal when missing
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,

    /// Where the user came from
    #[arg(long, value_name = "URL")]
    pub referrer: Option<String>,

    /// Time on the page: 5s, 1500ms, or plain milliseconds (default 0)
    #[arg(long, value_name = "DURATION", value_parser = units::parse_duration)]
    pub duration: Option<Duration>,

    /// Event time, RFC 3339 (default: now)
    #[arg(long, value_name = "RFC3339")]
    pub timestamp: Option<String>,

    #[arg(long, default_value = platform::PAGE_VIEWS)]
    pub topic: String,

    #[command(flatten)]
    pub producer: ProducerArgs,
}

#[derive(Debug, Args)]
pub struct PublishBatch {
    /// The schema every line must follow (default with --schema: raw)
    #[arg(long, value_enum, required_unless_present = "schema")]
    pub kind: Option<BatchKind>,

    /// A JSON Schema file (draft 2020-12) every line must also satisfy: your own event kind.
    /// Alone, lines are published as raw records (--topic needed); with --kind user-event or
    /// page-view, a line must pass both the built-in check and the schema
    #[arg(long, value_name = "FILE.json")]
    pub schema: Option<PathBuf>,

    /// Newline-delimited JSON file (default: stdin; `-` also means stdin)
    #[arg(short, long, value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// Target topic (default: user-events / page-views by kind; required for raw)
    #[arg(long)]
    pub topic: Option<String>,

    /// For raw lines: key each record by this top-level JSON field
    #[arg(long, value_name = "NAME")]
    pub key_field: Option<String>,

    /// For envelopes: ignore their partitions and partition by key
    #[arg(long)]
    pub repartition: bool,

    /// Continue an earlier run of this file to this topic: lines its checkpoint records as
    /// delivered or rejected are not sent again (without a checkpoint: from the first line)
    #[arg(long)]
    pub resume: bool,

    /// Where the checkpoint of a file input is kept (default: under
    /// $XDG_STATE_HOME/kan/publish, one per file and topic; removed when every line is settled)
    #[arg(long, value_name = "FILE")]
    pub checkpoint: Option<PathBuf>,

    /// Keep no checkpoint (a later --resume starts from the first line)
    #[arg(long, conflicts_with_all = ["resume", "checkpoint"])]
    pub no_checkpoint: bool,

    #[command(flatten)]
    pub lines: LineArgs,

    #[command(flatten)]
    pub subjects: SubjectArgs,

    #[command(flatten)]
    pub producer: ProducerArgs,
}

#[derive(Debug, Args)]
pub struct PublishRaw {
    #[arg(long)]
    pub topic: String,

    /// Record key
    #[arg(long, value_name = "KEY")]
    pub key: Option<String>,

    /// Extra header key=value (repeatable)
    #[arg(long = "header", value_name = "KEY=VALUE", value_parser = parse_key_value)]
    pub headers: Vec<(String, String)>,

    /// Send to this partition instead of the key's
    #[arg(long, value_name = "N")]
    pub partition: Option<i32>,

    /// The record value (default: each line of stdin is one record)
    #[arg(long, value_name = "VALUE", conflicts_with = "envelope")]
    pub value: Option<String>,

    /// Stdin holds `kan consume --format json` envelopes: publish each losslessly (key,
    /// headers, value, timestamp, and partition unless --repartition)
    #[arg(long, conflicts_with_all = ["key", "headers", "partition"])]
    pub envelope: bool,

    /// With --envelope: ignore the envelopes' partitions and partition by key
    #[arg(long, requires = "envelope")]
    pub repartition: bool,

    /// Send one record with a null value for --key: a tombstone, which deletes that key from a
    /// compacted topic (stdin is not read)
    #[arg(long, conflicts_with_all = ["value", "envelope", "value_subject", "register", "schema_version"])]
    pub tombstone: bool,

    #[command(flatten)]
    pub subjects: SubjectArgs,

    #[command(flatten)]
    pub producer: ProducerArgs,
}

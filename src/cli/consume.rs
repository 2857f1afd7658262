//! `kan consume`, `kan groups` and `kan offsets` arguments.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};

use crate::domain::filter::{parse_filter, Filter};
use crate::domain::isolation::Isolation;
use crate::domain::position::{parse_start, parse_time, parse_until, Bound, StartSpec};
use crate::domain::schema::Format;
use crate::domain::units;
use crate::render::consume::{BinaryMode, RecordFormat};

#[derive(Debug, Args)]
pub struct ConsumeArgs {
    /// Topics to read (picked from the cluster on a terminal when missing)
    #[arg(value_name = "TOPIC")]
    pub topics: Vec<String>,

    /// Start: beginning, end, stored (the group's offsets), OFFSET, -N (N before the end),
    /// @RFC3339, @-DURATION (e.g. @-1h). Default: end, or stored with --group
    #[arg(long, value_name = "WHERE", value_parser = parse_start, allow_hyphen_values = true)]
    pub from: Option<StartSpec>,

    /// Only these partitions (repeatable; without --group)
    #[arg(short, long = "partition", value_name = "N", conflicts_with = "group")]
    pub partitions: Vec<i32>,

    /// Stop after printing N records
    #[arg(short = 'n', long, value_name = "N")]
    pub count: Option<u64>,

    /// Stop at the end offsets captured at start (as --until end)
    #[arg(short = 'e', long, conflicts_with = "until")]
    pub until_end: bool,

    /// Stop each partition before the first record at or after: end (the log end at start),
    /// now, OFFSET, @RFC3339, @-DURATION (e.g. --from @-15m --until @-5m)
    #[arg(long, value_name = "WHERE", value_parser = parse_until, allow_hyphen_values = true)]
    pub until: Option<Bound>,

    /// Consume as a member of this group and commit what was printed
    #[arg(short, long, value_name = "GROUP")]
    pub group: Option<String>,

    /// Output format of each record
    #[arg(short = 'f', long, value_enum, default_value_t = RecordFormat::Value)]
    pub format: RecordFormat,

    /// Binary data in JSON envelopes
    #[arg(long, value_enum, default_value_t = BinaryMode::Auto)]
    pub binary: BinaryMode,

    /// How to read each value (avro, protobuf, jsonschema: Schema Registry wire format)
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = Format::Auto)]
    pub value_format: Format,

    /// How to read each key (as --value-format)
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = Format::Auto)]
    pub key_format: Format,

    /// Only records where FIELD=VALUE (JSON value, dotted path), @key=VALUE or
    /// @header.NAME=VALUE; repeatable, all must match
    #[arg(long = "filter", value_name = "EXPR", value_parser = parse_filter)]
    pub filters: Vec<Filter>,

    /// Read committed (skip aborted transactions) or everything
    #[arg(long, value_enum, default_value_t = Isolation::ReadCommitted)]
    pub isolation: Isolation,
}

#[derive(Debug, Subcommand)]
pub enum GroupsCommand {
    /// Consumer groups with state, protocol and member count
    List,
    /// Members, client ids, hosts, assignments and committed offsets with lag
    Describe {
        /// The group (picked from the cluster on a terminal when missing)
        #[arg(value_name = "GROUP")]
        group: Option<String>,
    },
    /// Delete groups (asks on a terminal; needs --yes otherwise)
    Delete {
        /// The groups (picked from the cluster on a terminal when missing)
        #[arg(value_name = "GROUP")]
        groups: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum OffsetsCommand {
    /// Committed offsets of a group, with log start, end and lag
    Show {
        /// The group (picked from the cluster on a terminal when missing)
        #[arg(short, long, value_name = "GROUP")]
        group: Option<String>,
        /// Only these topics
        #[arg(short, long = "topic", value_name = "TOPIC")]
        topics: Vec<String>,
    },
    /// Per partition, the first offset at or after a time and that record's timestamp
    ForTime {
        /// The topic (picked from the cluster on a terminal when missing)
        #[arg(value_name = "TOPIC")]
        topic: Option<String>,
        /// @RFC3339, @-DURATION (e.g. @-1h) or now
        #[arg(value_name = "@TIME", value_parser = parse_time, allow_hyphen_values = true)]
        at: Option<Bound>,
        /// Only these partitions (repeatable)
        #[arg(short, long = "partition", value_name = "N")]
        partitions: Vec<i32>,
    },
    /// Plan (and with --execute apply) a reset of a group's offsets
    Reset(OffsetsReset),
    /// Move one partition of a group to an offset (consumer.seek for an idle group)
    Seek(OffsetsSeek),
}

/// Safety flags shared by reset and seek.
#[derive(Debug, Args, Clone)]
pub struct ApplyArgs {
    /// Apply the plan (the default is a dry run that changes nothing)
    #[arg(long)]
    pub execute: bool,

    /// Where to save the current offsets before applying (default: under the data dir)
    #[arg(long, value_name = "FILE")]
    pub undo_file: Option<PathBuf>,

    /// Write the plan as Kafka's reset CSV (topic,partition,offset)
    #[arg(long, value_name = "FILE")]
    pub export: Option<PathBuf>,

    /// Allow a group that has no offsets yet (its offsets are created)
    #[arg(long)]
    pub allow_new_group: bool,
}

#[derive(Debug, Args)]
#[command(group(
    ArgGroup::new("mode")
        .required(true)
        .args(["to_earliest", "to_latest", "to_offset", "shift_by", "to_datetime", "by_duration", "to_current", "from_file"])
))]
#[command(group(ArgGroup::new("targets").args(["topics", "all_topics"])))]
pub struct OffsetsReset {
    /// The group (picked from the cluster on a terminal when missing)
    #[arg(short, long, value_name = "GROUP")]
    pub group: Option<String>,

    /// TOPIC or TOPIC:0,1,2 (repeatable; one is picked from the cluster on a terminal when
    /// neither this nor --all-topics is given)
    #[arg(short, long = "topic", value_name = "TOPIC[:PARTITIONS]")]
    pub topics: Vec<String>,

    /// Every topic the group has committed offsets for
    #[arg(long)]
    pub all_topics: bool,

    /// To the log start
    #[arg(long)]
    pub to_earliest: bool,

    /// To the log end
    #[arg(long)]
    pub to_latest: bool,

    /// To this offset
    #[arg(long, value_name = "N")]
    pub to_offset: Option<i64>,

    /// Move by N (negative to go back)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub shift_by: Option<i64>,

    /// To the first record at or after this time (RFC 3339)
    #[arg(long, value_name = "RFC3339")]
    pub to_datetime: Option<String>,

    /// To the first record at or after now minus this (e.g. 1h)
    #[arg(long, value_name = "DURATION", value_parser = units::parse_duration)]
    pub by_duration: Option<std::time::Duration>,

    /// Keep the committed offsets (re-commit them)
    #[arg(long)]
    pub to_current: bool,

    /// Offsets from a CSV file (topic,partition,offset), e.g. an undo file
    #[arg(long, value_name = "FILE")]
    pub from_file: Option<PathBuf>,

    #[command(flatten)]
    pub apply: ApplyArgs,
}

#[derive(Debug, Args)]
pub struct OffsetsSeek {
    /// The group (picked from the cluster on a terminal when missing)
    #[arg(short, long, value_name = "GROUP")]
    pub group: Option<String>,

    /// The topic (picked from the cluster on a terminal when missing)
    #[arg(short, long, value_name = "TOPIC")]
    pub topic: Option<String>,

    /// The partition (picked, with its offsets, on a terminal when missing)
    #[arg(short, long, value_name = "N")]
    pub partition: Option<i32>,

    /// The offset to move to (asked for on a terminal when missing)
    #[arg(long, value_name = "N")]
    pub offset: Option<i64>,

    #[command(flatten)]
    pub apply: ApplyArgs,
}

//! The guided session's tasks: each asks what it needs (names offered from the live cluster,
//! free text checked with the parsers the flags use) and says which command does it — the
//! command line a script would run.

use std::path::Path;

use clap::ValueEnum;

use super::form::{ask_all, keep, Step};
use crate::cli::{BatchKind, OnInvalid};
use crate::commands::pick;
use crate::domain::event::EventType;
use crate::domain::position::parse_start;
use crate::domain::timestamp::now_millis;
use crate::domain::topic::check_topic_name;
use crate::domain::topic_config::{self, Compression, KNOWN_TOPIC_CONFIGS};
use crate::domain::truncate_plan;
use crate::domain::units;
use crate::error::KanError;
use crate::kafka::Admin;
use crate::render::consume::RecordFormat;
use crate::settings::Settings;
use crate::terminal::prompt::{self, Answer};

/// What the menu offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Task {
    CreateTopic,
    ApplyFile,
    AlterTopic,
    DescribeTopic,
    DeleteTopic,
    TruncateTopic,
    ListTopics,
    PublishUserEvent,
    PublishPageView,
    PublishFile,
    Consume,
    Groups,
    Lag,
    ResetOffsets,
    SeekOffset,
    WatchAnalytics,
    WatchTopic,
    Cluster,
    Settings,
    Quit,
}

/// The menu, grouped by what the tasks work on.
pub(super) const MENU: &[(Task, &str)] = &[
    (
        Task::CreateTopic,
        "topics   create a topic (sized from a throughput if you like)",
    ),
    (
        Task::ApplyFile,
        "topics   apply a topics file (the plan first)",
    ),
    (Task::AlterTopic, "topics   change a topic's configs"),
    (Task::DescribeTopic, "topics   describe a topic"),
    (Task::DeleteTopic, "topics   delete a topic"),
    (
        Task::TruncateTopic,
        "topics   delete the records before an offset or a time (the plan first)",
    ),
    (Task::ListTopics, "topics   list topics"),
    (Task::PublishUserEvent, "publish  a user event"),
    (Task::PublishPageView, "publish  a page view"),
    (Task::PublishFile, "publish  a file of events"),
    (
        Task::Consume,
        "read     consume a topic (from a position you choose)",
    ),
    (Task::Groups, "read     consumer groups"),
    (Task::Lag, "lag      of a consumer group"),
    (
        Task::ResetOffsets,
        "offsets  reset a group's offsets (the plan first)",
    ),
    (
        Task::SeekOffset,
        "offsets  move a group to an offset of one partition",
    ),
    (
        Task::WatchAnalytics,
        "watch    live analytics of user events and page views",
    ),
    (Task::WatchTopic, "watch    a topic's rates, sizes and keys"),
    (Task::Cluster, "cluster  brokers and controller"),
    (Task::Settings, "config   connection settings and profiles"),
    (Task::Quit, "quit"),
];

/// What a task decided.
pub(super) enum Plan {
    /// Run this command (`kan` and the session's global flags go in front).
    Run(Vec<String>),
    /// Show what will happen (a dry run, or a description), ask `question`, then run `then`.
    Confirm {
        preview: Vec<String>,
        question: String,
        then: Vec<String>,
    },
    /// The session's connection settings: brokers, or a profile.
    Settings,
    Quit,
}

/// The cluster, connected when a question first needs it.
pub(super) struct Cluster<'a> {
    settings: &'a Settings,
    admin: Option<Admin>,
}

impl<'a> Cluster<'a> {
    pub(super) fn new(settings: &'a Settings) -> Self {
        Cluster {
            settings,
            admin: None,
        }
    }

    fn admin(&mut self) -> Result<&Admin, KanError> {
        if self.admin.is_none() {
            self.admin = Some(Admin::connect(&self.settings.connection)?);
        }
        Ok(self.admin.as_ref().expect("connected above"))
    }
}

/// Asks what `task` needs. `None`: the person stepped back out of it.
pub(super) fn ask(task: Task, cluster: &mut Cluster<'_>) -> Result<Option<Plan>, KanError> {
    let run = |line: Option<Line>| line.map(|line| Plan::Run(line.words()));
    Ok(match task {
        Task::CreateTopic => run(create_topic()?),
        Task::ApplyFile => apply_file()?,
        Task::AlterTopic => run(alter_topic(cluster)?),
        Task::DescribeTopic => {
            let topic = given(pick::topic(cluster.admin()?, "Topic to describe")?);
            run(topic.map(|topic| Line::new(&["topics", "describe"]).arg(&topic)))
        }
        Task::DeleteTopic => delete_topic(cluster)?,
        Task::TruncateTopic => truncate_topic(cluster)?,
        Task::ListTopics => run(Some(Line::new(&["topics", "list"]))),
        Task::PublishUserEvent => run(user_event(cluster)?),
        Task::PublishPageView => run(page_view(cluster)?),
        Task::PublishFile => run(publish_file(cluster)?),
        Task::Consume => run(consume(cluster)?),
        Task::Groups => groups(cluster)?,
        Task::Lag => run(lag(cluster)?),
        Task::ResetOffsets => reset_offsets(cluster)?,
        Task::SeekOffset => seek_offset(cluster)?,
        Task::WatchAnalytics => run(watch_analytics(cluster)?),
        Task::WatchTopic => run(watch_topic(cluster)?),
        Task::Cluster => run(Some(Line::new(&["cluster"]))),
        Task::Settings => Some(Plan::Settings),
        Task::Quit => Some(Plan::Quit),
    })
}

/// A command line being built: the command's words, its flags, then its positional
/// arguments — after `--` when one starts with `-`, so `topics create -x` means the topic
/// named `-x`.
#[derive(Debug, Clone)]
pub(super) struct Line {
    /// The command's words, then its flags.
    words: Vec<String>,
    /// How many of `words` are the command's.
    command: usize,
    positionals: Vec<String>,
}

impl Line {
    fn new(command: &[&str]) -> Line {
        Line {
            words: command.iter().map(|word| word.to_string()).collect(),
            command: command.len(),
            positionals: Vec::new(),
        }
    }

    fn arg(mut self, value: &str) -> Line {
        self.positionals.push(value.to_string());
        self
    }

    /// `--flag value`, or `--flag=value` when the value starts with `-` (so it is not read as
    /// a flag of its own).
    fn flag(mut self, flag: &str, value: &str) -> Line {
        if value.starts_with('-') {
            self.words.push(format!("{flag}={value}"));
        } else {
            self.words.extend([flag.to_string(), value.to_string()]);
        }
        self
    }

    fn switch(mut self, flag: &str) -> Line {
        self.words.push(flag.to_string());
        self
    }

    /// The words: `command ARGS --flags`, or `command --flags -- ARGS` when an argument starts
    /// with `-`.
    fn words(self) -> Vec<String> {
        let mut words = self.words;
        if self.positionals.iter().any(|value| value.starts_with('-')) {
            words.push("--".into());
            words.extend(self.positionals);
        } else {
            let flags = words.split_off(self.command);
            words.extend(self.positionals);
            words.extend(flags);
        }
        words
    }
}

/// How a value is written on the command line (clap's name for it).
fn flag_value<T: ValueEnum>(value: T) -> String {
    value
        .to_possible_value()
        .map(|possible| possible.get_name().to_string())
        .unwrap_or_default()
}

fn given<T>(answer: Answer<T>) -> Option<T> {
    match answer {
        Answer::Given(value) => Some(value),
        Answer::Back => None,
    }
}

/// One of `options` (typing filters them by their text).
fn choose<T: Copy>(
    question: &str,
    options: &[(T, &str)],
    starting: usize,
) -> Result<Answer<T>, KanError> {
    let labels: Vec<&str> = options.iter().map(|(_, label)| *label).collect();
    Ok(prompt::select(question, labels, starting)?.map(|index| options[index].0))
}

/// Free text the flag's own parser accepts, kept as typed.
fn checked(
    question: &str,
    default: Option<&str>,
    help: Option<&str>,
    parse: impl Fn(&str) -> Result<(), String> + Clone + 'static,
) -> Result<Answer<String>, KanError> {
    prompt::text(question, default, help, move |text: &str| {
        parse(text.trim()).map(|()| text.trim().to_string())
    })
}

/// Partitions as a count or a throughput to size them from.
#[derive(Debug, PartialEq, Eq)]
enum Size {
    Count,
    Rate,
}

fn partitions_or_rate(text: &str) -> Result<Size, String> {
    match text.trim().parse::<i32>() {
        Ok(count) if count >= 1 => Ok(Size::Count),
        Ok(_) => Err("a topic needs at least 1 partition".into()),
        Err(_) => units::parse_rate(text).map(|_| Size::Rate).map_err(|_| {
            format!("'{text}' is neither a partition count nor a throughput such as 1M/s")
        }),
    }
}

const CODECS: &[(Option<Compression>, &str)] = &[
    (None, "the broker's default"),
    (Some(Compression::None), "none"),
    (Some(Compression::Gzip), "gzip"),
    (Some(Compression::Snappy), "snappy"),
    (Some(Compression::Lz4), "lz4"),
    (Some(Compression::Zstd), "zstd"),
];

/// The answers of the create-topic questions.
#[derive(Default)]
struct NewTopic {
    name: String,
    size: String,
    per_partition: String,
    retention: String,
    compact: bool,
    compression: Option<Compression>,
}

fn create_topic() -> Result<Option<Line>, KanError> {
    let mut new = NewTopic::default();
    let done = ask_all(6, |step| {
        Ok(match step {
            0 => keep(
                checked("Topic name", None, None, check_topic_name)?,
                &mut new.name,
            ),
            1 => keep(
                checked(
                    "Partitions",
                    Some("3"),
                    Some("a number, or a throughput to size from, e.g. 1M/s"),
                    |text| partitions_or_rate(text).map(|_| ()),
                )?,
                &mut new.size,
            ),
            2 if partitions_or_rate(&new.size) == Ok(Size::Rate) => keep(
                checked(
                    "Throughput one partition sustains",
                    Some("100K/s"),
                    None,
                    |text| units::parse_rate(text).map(|_| ()),
                )?,
                &mut new.per_partition,
            ),
            2 => Step::Skip,
            3 => keep(
                checked(
                    "Retention",
                    Some("7d"),
                    Some("7d, 12h, 30m, or forever"),
                    |text| units::parse_duration_limit(text).map(|_| ()),
                )?,
                &mut new.retention,
            ),
            4 => keep(
                prompt::confirm("Compacted (keep only the latest record per key)?", false)?,
                &mut new.compact,
            ),
            _ => keep(choose("Compression", CODECS, 0)?, &mut new.compression),
        })
    })?;
    if !done {
        return Ok(None);
    }
    let mut line = Line::new(&["topics", "create"]).arg(&new.name);
    line = match partitions_or_rate(&new.size) {
        Ok(Size::Rate) => line
            .flag("--throughput", &new.size)
            .flag("--per-partition", &new.per_partition),
        _ => line.flag("--partitions", &new.size),
    };
    line = line.flag("--retention", &new.retention);
    if new.compact {
        line = line.switch("--compact");
    }
    if let Some(codec) = new.compression {
        line = line.flag("--compression", codec.as_str());
    }
    Ok(Some(line))
}

fn apply_file() -> Result<Option<Plan>, KanError> {
    let file = checked(
        "Topics file (TOML or YAML)",
        Some("docs/examples/analytics-topics.toml"),
        None,
        |text| crate::domain::topic_spec::load(Path::new(text), false).map(|_| ()),
    )?;
    Ok(given(file).map(|file| Plan::Confirm {
        preview: Line::new(&["topics", "apply"])
            .flag("-f", &file)
            .switch("--dry-run")
            .words(),
        question: "Apply this plan?".into(),
        then: Line::new(&["topics", "apply"]).flag("-f", &file).words(),
    }))
}

fn alter_topic(cluster: &mut Cluster<'_>) -> Result<Option<Line>, KanError> {
    let Some(topic) = given(pick::topic(cluster.admin()?, "Topic to change")?) else {
        return Ok(None);
    };
    let current = current_configs(cluster.admin()?, &topic)?;
    let (mut key, mut value) = (String::new(), String::new());
    let keys: Vec<String> = KNOWN_TOPIC_CONFIGS
        .iter()
        .map(|key| {
            let now = current.get(*key).map_or("(broker default)", String::as_str);
            format!("{key:<40} {now:<22} {}", topic_config::meaning(key))
        })
        .collect();
    let done = ask_all(2, |step| {
        Ok(match step {
            0 => keep(
                prompt::select("Config", keys.clone(), 0)?
                    .map(|index| KNOWN_TOPIC_CONFIGS[index].to_string()),
                &mut key,
            ),
            _ => {
                let name = key.clone();
                let help = format!("{name}: {}", topic_config::meaning(&name));
                keep(
                    checked(
                        "New value",
                        current.get(&key).map(String::as_str),
                        Some(&help),
                        move |text| topic_config::normalize_value(&name, text).map(|_| ()),
                    )?,
                    &mut value,
                )
            }
        })
    })?;
    Ok(done.then(|| {
        Line::new(&["topics", "alter"])
            .arg(&topic)
            .flag("--config", &format!("{key}={value}"))
    }))
}

/// The configs a topic sets itself.
fn current_configs(
    admin: &Admin,
    topic: &str,
) -> Result<std::collections::BTreeMap<String, String>, KanError> {
    let names = [topic.to_string()];
    let described =
        tokio::runtime::Handle::current().block_on(admin.describe_topic_configs(&names));
    Ok(described?
        .into_iter()
        .flat_map(|(_, configs)| configs.unwrap_or_default())
        .filter_map(|config| config.value.map(|value| (config.name, value)))
        .collect())
}

fn delete_topic(cluster: &mut Cluster<'_>) -> Result<Option<Plan>, KanError> {
    let topic = given(pick::topic(cluster.admin()?, "Topic to delete")?);
    Ok(topic.map(|topic| Plan::Confirm {
        preview: Line::new(&["topics", "describe"]).arg(&topic).words(),
        question: format!("Delete topic '{topic}' and every record in it?"),
        then: Line::new(&["topics", "delete"])
            .arg(&topic)
            .switch("--yes")
            .words(),
    }))
}

/// The plan (a dry run), then (confirmed) the same with `--yes`.
fn truncate_topic(cluster: &mut Cluster<'_>) -> Result<Option<Plan>, KanError> {
    let (mut topic, mut before) = (String::new(), String::new());
    let done = ask_all(2, |step| {
        Ok(match step {
            0 => keep(
                pick::topic(cluster.admin()?, "Topic to truncate")?,
                &mut topic,
            ),
            _ => keep(
                checked(
                    "Delete the records before",
                    None,
                    Some("an offset, @2024-05-01T12:00:00Z, @-7d, or end"),
                    |text| truncate_plan::parse_bound(text).map(|_| ()),
                )?,
                &mut before,
            ),
        })
    })?;
    if !done {
        return Ok(None);
    }
    // A relative time (`@-7d`) fixed to the moment it was given: the plan shown and the run
    // confirmed cut at the same time.
    let bound = truncate_plan::parse_bound(&before).map_err(KanError::usage)?;
    let line = Line::new(&["topics", "truncate"])
        .arg(&topic)
        .flag("--before", &bound.describe(now_millis()));
    Ok(Some(Plan::Confirm {
        preview: line.clone().switch("--dry-run").words(),
        question: format!("Delete these records of topic '{topic}' for good?"),
        then: line.switch("--yes").words(),
    }))
}

fn user_event(cluster: &mut Cluster<'_>) -> Result<Option<Line>, KanError> {
    let (mut topic, mut user, mut meta) = (String::new(), String::new(), String::new());
    let mut kind = EventType::Login;
    let types: Vec<(EventType, &str)> = EventType::ALL
        .iter()
        .map(|kind| (*kind, kind.as_str()))
        .collect();
    let done = ask_all(4, |step| {
        Ok(match step {
            0 => keep(
                pick::topic_starting(
                    cluster.admin()?,
                    "Topic",
                    crate::domain::platform::USER_EVENTS,
                )?,
                &mut topic,
            ),
            1 => keep(prompt::required("User id", None)?, &mut user),
            2 => keep(choose("Event type", &types, 0)?, &mut kind),
            _ => keep(
                checked(
                    "Metadata",
                    Some(""),
                    Some("key=value pairs separated by spaces, or nothing"),
                    |text| pairs(text).map(|_| ()),
                )?,
                &mut meta,
            ),
        })
    })?;
    if !done {
        return Ok(None);
    }
    let mut line = Line::new(&["publish", "user-event"])
        .flag("--topic", &topic)
        .flag("--user", &user)
        .flag("--type", kind.as_str());
    for pair in pairs(&meta).unwrap_or_default() {
        line = line.flag("--meta", &pair);
    }
    Ok(Some(line))
}

/// `k=v k2=v2` as separate pairs, each checked as `--meta` checks it.
fn pairs(text: &str) -> Result<Vec<String>, String> {
    text.split_whitespace()
        .map(|pair| topic_config::parse_key_value(pair).map(|_| pair.to_string()))
        .collect()
}

/// The answers of the page-view questions.
#[derive(Default)]
struct PageView {
    topic: String,
    user: String,
    url: String,
    referrer: String,
    duration: String,
}

fn page_view(cluster: &mut Cluster<'_>) -> Result<Option<Line>, KanError> {
    let mut view = PageView::default();
    let done = ask_all(5, |step| {
        Ok(match step {
            0 => keep(
                pick::topic_starting(
                    cluster.admin()?,
                    "Topic",
                    crate::domain::platform::PAGE_VIEWS,
                )?,
                &mut view.topic,
            ),
            1 => keep(prompt::required("User id", None)?, &mut view.user),
            2 => keep(
                prompt::required("Page URL", Some("e.g. /pricing"))?,
                &mut view.url,
            ),
            3 => keep(
                checked(
                    "Referrer",
                    Some(""),
                    Some("where the user came from, or nothing"),
                    |_| Ok(()),
                )?,
                &mut view.referrer,
            ),
            _ => keep(
                checked("Time on the page", Some("0s"), Some("5s, 1500ms"), |text| {
                    units::parse_duration(text).map(|_| ())
                })?,
                &mut view.duration,
            ),
        })
    })?;
    if !done {
        return Ok(None);
    }
    let mut line = Line::new(&["publish", "page-view"])
        .flag("--topic", &view.topic)
        .flag("--user", &view.user)
        .flag("--url", &view.url)
        .flag("--duration", &view.duration);
    if !view.referrer.is_empty() {
        line = line.flag("--referrer", &view.referrer);
    }
    Ok(Some(line))
}

const KINDS: &[(BatchKind, &str)] = &[
    (BatchKind::UserEvent, "user events"),
    (BatchKind::PageView, "page views"),
    (BatchKind::Raw, "raw records (any JSON or text)"),
    (BatchKind::Envelope, "envelopes from `kan consume -f json`"),
];

const INVALID: &[(OnInvalid, &str)] = &[
    (
        OnInvalid::Fail,
        "fail: send nothing unless every line is valid",
    ),
    (
        OnInvalid::Skip,
        "skip: send the valid lines, report the others",
    ),
    (
        OnInvalid::Dlq,
        "dlq: also send the invalid ones to the dead-letter topic",
    ),
];

/// Whether lines of this kind name their topic themselves (typed events go to their own).
fn needs_topic(kind: BatchKind) -> bool {
    matches!(kind, BatchKind::Raw | BatchKind::Envelope)
}

fn publish_file(cluster: &mut Cluster<'_>) -> Result<Option<Line>, KanError> {
    let (mut file, mut topic) = (String::new(), String::new());
    let (mut kind, mut on_invalid) = (BatchKind::UserEvent, OnInvalid::Fail);
    let done = ask_all(4, |step| {
        Ok(match step {
            0 => keep(
                checked("File of newline-delimited JSON", None, None, |text| {
                    std::fs::metadata(text)
                        .map(|_| ())
                        .map_err(|err| format!("cannot read {text}: {err}"))
                })?,
                &mut file,
            ),
            1 => keep(choose("Each line is", KINDS, 0)?, &mut kind),
            2 if needs_topic(kind) => keep(pick::topic(cluster.admin()?, "Topic")?, &mut topic),
            2 => Step::Skip,
            _ => keep(choose("Invalid lines", INVALID, 0)?, &mut on_invalid),
        })
    })?;
    if !done {
        return Ok(None);
    }
    let mut line = Line::new(&["publish", "batch"])
        .flag("--kind", &flag_value(kind))
        .flag("-f", &file);
    if needs_topic(kind) {
        line = line.flag("--topic", &topic);
    }
    Ok(Some(line.flag("--on-invalid", &flag_value(on_invalid))))
}

/// Where to start reading, as `--from` takes it.
fn start_position(question: &str, default: &str) -> Result<Answer<String>, KanError> {
    checked(
        question,
        Some(default),
        Some("beginning, end, stored, an offset, -N (the last N), @2024-05-01T12:00:00Z, @-1h"),
        |text| parse_start(text).map(|_| ()),
    )
}

/// How many records `consume` reads.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Count {
    /// What is there now (`--until-end`).
    End,
    /// Until Ctrl-C.
    Follow,
    Records(u64),
}

fn parse_count(text: &str) -> Result<Count, String> {
    match text {
        "end" => Ok(Count::End),
        "follow" => Ok(Count::Follow),
        number => match number.parse::<u64>() {
            Ok(n) if n > 0 => Ok(Count::Records(n)),
            _ => Err(format!("'{number}' is not a count, end or follow")),
        },
    }
}

const FORMATS: &[(RecordFormat, &str)] = &[
    (RecordFormat::Value, "value: the value only"),
    (RecordFormat::Kv, "kv: key<TAB>value"),
    (
        RecordFormat::Json,
        "json: one lossless JSON envelope per record",
    ),
];

fn consume(cluster: &mut Cluster<'_>) -> Result<Option<Line>, KanError> {
    let (mut topic, mut from, mut count) = (String::new(), String::new(), String::new());
    let mut format = RecordFormat::Value;
    let done = ask_all(4, |step| {
        Ok(match step {
            0 => keep(pick::topic(cluster.admin()?, "Topic to read")?, &mut topic),
            1 => keep(start_position("Start at", "-10")?, &mut from),
            2 => keep(
                checked(
                    "How many records",
                    Some("end"),
                    Some("a number, end (what is there now), or follow (until Ctrl-C)"),
                    |text| parse_count(text).map(|_| ()),
                )?,
                &mut count,
            ),
            _ => keep(choose("Print", FORMATS, 0)?, &mut format),
        })
    })?;
    if !done {
        return Ok(None);
    }
    let mut line = Line::new(&["consume"]).arg(&topic).flag("--from", &from);
    match parse_count(&count) {
        Ok(Count::End) => line = line.switch("--until-end"),
        Ok(Count::Records(n)) => line = line.flag("-n", &n.to_string()),
        Ok(Count::Follow) | Err(_) => {}
    }
    Ok(Some(line.flag("--format", &flag_value(format))))
}

/// What to do with consumer groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GroupAction {
    List,
    Describe,
    Delete,
}

const GROUP_ACTIONS: &[(GroupAction, &str)] = &[
    (GroupAction::List, "list groups"),
    (GroupAction::Describe, "describe a group"),
    (GroupAction::Delete, "delete a group"),
];

fn groups(cluster: &mut Cluster<'_>) -> Result<Option<Plan>, KanError> {
    let Some(action) = given(choose("Consumer groups", GROUP_ACTIONS, 0)?) else {
        return Ok(None);
    };
    if action == GroupAction::List {
        return Ok(Some(Plan::Run(Line::new(&["groups", "list"]).words())));
    }
    let Some(group) = given(pick::group(cluster.admin()?, "Group")?) else {
        return Ok(None);
    };
    let describe = Line::new(&["groups", "describe"]).arg(&group).words();
    Ok(Some(match action {
        GroupAction::Delete => Plan::Confirm {
            preview: describe,
            question: format!("Delete group '{group}' and its committed offsets?"),
            then: Line::new(&["groups", "delete"])
                .arg(&group)
                .switch("--yes")
                .words(),
        },
        _ => Plan::Run(describe),
    }))
}

fn lag(cluster: &mut Cluster<'_>) -> Result<Option<Line>, KanError> {
    let (mut group, mut live) = (String::new(), false);
    let done = ask_all(2, |step| {
        Ok(match step {
            0 => keep(pick::group(cluster.admin()?, "Group")?, &mut group),
            _ => keep(
                prompt::confirm("Keep watching it (a live view)?", false)?,
                &mut live,
            ),
        })
    })?;
    let line = Line::new(&["lag"]).flag("--group", &group);
    Ok(done.then(|| if live { line.switch("--watch") } else { line }))
}

/// Where an offset reset moves a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ResetTo {
    Earliest,
    Latest,
    Datetime,
    Duration,
    Offset,
    Shift,
}

const RESET_MODES: &[(ResetTo, &str)] = &[
    (ResetTo::Earliest, "to the start of the log"),
    (ResetTo::Latest, "to the end of the log (skip everything)"),
    (ResetTo::Datetime, "to a time"),
    (ResetTo::Duration, "back by a duration"),
    (ResetTo::Offset, "to an offset"),
    (ResetTo::Shift, "forward or back by N records"),
];

impl ResetTo {
    fn flag(self) -> &'static str {
        match self {
            ResetTo::Earliest => "--to-earliest",
            ResetTo::Latest => "--to-latest",
            ResetTo::Datetime => "--to-datetime",
            ResetTo::Duration => "--by-duration",
            ResetTo::Offset => "--to-offset",
            ResetTo::Shift => "--shift-by",
        }
    }

    /// What the value looks like, for the modes that take one.
    fn help(self) -> Option<&'static str> {
        match self {
            ResetTo::Earliest | ResetTo::Latest => None,
            ResetTo::Datetime => Some("RFC 3339, e.g. 2024-05-01T12:00:00Z"),
            ResetTo::Duration => Some("e.g. 1h, 30m"),
            ResetTo::Offset => Some("an offset, 0 or more"),
            ResetTo::Shift => Some("e.g. -100 or 50"),
        }
    }

    /// A value, checked as the mode's flag checks it.
    fn check(self, text: &str) -> Result<(), String> {
        match self {
            ResetTo::Datetime => crate::domain::timestamp::parse_rfc3339_millis(text)
                .map(|_| ())
                .ok_or_else(|| {
                    format!(
                        "invalid --to-datetime '{text}': expected RFC 3339, e.g. 2024-05-01T12:00:00Z"
                    )
                }),
            ResetTo::Duration => units::parse_duration(text).map(|_| ()),
            ResetTo::Offset => match text.parse::<i64>() {
                Ok(offset) if offset >= 0 => Ok(()),
                _ => Err(format!("'{text}' is not an offset (0 or more)")),
            },
            ResetTo::Shift | ResetTo::Earliest | ResetTo::Latest => text
                .parse::<i64>()
                .map(|_| ())
                .map_err(|_| format!("'{text}' is not a number of records")),
        }
    }
}

fn reset_offsets(cluster: &mut Cluster<'_>) -> Result<Option<Plan>, KanError> {
    let (mut group, mut topic, mut value) = (String::new(), String::new(), String::new());
    let mut mode = ResetTo::Earliest;
    let done = ask_all(4, |step| {
        Ok(match step {
            0 => keep(pick::group(cluster.admin()?, "Group to reset")?, &mut group),
            1 => keep(pick::topic(cluster.admin()?, "Topic")?, &mut topic),
            2 => keep(choose("Move the group", RESET_MODES, 0)?, &mut mode),
            _ => match mode.help() {
                Some(help) => keep(
                    checked("Value", None, Some(help), move |text| mode.check(text))?,
                    &mut value,
                ),
                None => Step::Skip,
            },
        })
    })?;
    if !done {
        return Ok(None);
    }
    let line = Line::new(&["offsets", "reset"])
        .flag("--group", &group)
        .flag("--topic", &topic);
    let line = match mode.help() {
        Some(_) => line.flag(mode.flag(), &value),
        None => line.switch(mode.flag()),
    };
    Ok(Some(confirmed_reset(line, &group)))
}

/// The dry run, then (confirmed) the same with `--execute` and the undo file named up front.
fn confirmed_reset(line: Line, group: &str) -> Plan {
    let undo = crate::commands::offsets::default_undo_path(group);
    let undo = undo.display().to_string();
    Plan::Confirm {
        preview: line.clone().words(),
        question: format!(
            "Set these offsets of group '{group}'? (the current ones are saved to {undo} first)"
        ),
        then: line
            .flag("--undo-file", &undo)
            .switch("--execute")
            .switch("--yes")
            .words(),
    }
}

fn seek_offset(cluster: &mut Cluster<'_>) -> Result<Option<Plan>, KanError> {
    let (mut group, mut topic, mut offset) = (String::new(), String::new(), String::new());
    let mut partition = 0;
    let done = ask_all(4, |step| {
        Ok(match step {
            0 => keep(pick::group(cluster.admin()?, "Group")?, &mut group),
            1 => keep(pick::topic(cluster.admin()?, "Topic")?, &mut topic),
            2 => keep(
                pick::partition(cluster.admin()?, &topic, "Partition")?,
                &mut partition,
            ),
            _ => keep(
                checked("Offset", None, None, |text| ResetTo::Offset.check(text))?,
                &mut offset,
            ),
        })
    })?;
    if !done {
        return Ok(None);
    }
    let line = Line::new(&["offsets", "seek"])
        .flag("--group", &group)
        .flag("--topic", &topic)
        .flag("--partition", &partition.to_string())
        .flag("--offset", &offset);
    Ok(Some(confirmed_reset(line, &group)))
}

/// A consumer group for `watch analytics`: one of the cluster's, or a new one.
fn watch_group(cluster: &mut Cluster<'_>) -> Result<Answer<String>, KanError> {
    const NEW: &str = "(a new group: type its name next)";
    let mut names: Vec<String> = cluster
        .admin()?
        .list_groups()?
        .into_iter()
        .map(|group| group.group)
        .collect();
    let default = crate::domain::platform::WATCH_GROUP;
    if !names.iter().any(|name| name == default) {
        names.insert(0, default.to_string());
    }
    names.push(NEW.to_string());
    let starting = names.iter().position(|name| name == default).unwrap_or(0);
    let Answer::Given(index) = prompt::select("Consumer group", names.clone(), starting)? else {
        return Ok(Answer::Back);
    };
    if names[index] != NEW {
        return Ok(Answer::Given(names[index].clone()));
    }
    prompt::required(
        "New group name",
        Some("it commits what it counted; its committed offsets say where to start next time"),
    )
}

fn watch_analytics(cluster: &mut Cluster<'_>) -> Result<Option<Line>, KanError> {
    let (mut group, mut from) = (String::new(), String::new());
    let done = ask_all(2, |step| {
        Ok(match step {
            0 => keep(watch_group(cluster)?, &mut group),
            _ => keep(start_position("Start at", "stored")?, &mut from),
        })
    })?;
    Ok(done.then(|| {
        Line::new(&["watch", "analytics"])
            .flag("--group", &group)
            .flag("--from", &from)
    }))
}

fn watch_topic(cluster: &mut Cluster<'_>) -> Result<Option<Line>, KanError> {
    let (mut topic, mut from) = (String::new(), String::new());
    let done = ask_all(2, |step| {
        Ok(match step {
            0 => keep(pick::topic(cluster.admin()?, "Topic to watch")?, &mut topic),
            _ => keep(start_position("Start at", "end")?, &mut from),
        })
    })?;
    Ok(done.then(|| {
        Line::new(&["watch", "topic"])
            .arg(&topic)
            .flag("--from", &from)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partitions_are_a_count_or_a_throughput() {
        assert_eq!(partitions_or_rate("3"), Ok(Size::Count));
        assert_eq!(partitions_or_rate("1M/s"), Ok(Size::Rate));
        assert!(partitions_or_rate("0").is_err());
        assert!(partitions_or_rate("lots").unwrap_err().contains("'lots'"));
    }

    #[test]
    fn reset_values_are_checked_as_their_flags_check_them() {
        assert!(ResetTo::Datetime.check("2024-05-01T12:00:00Z").is_ok());
        assert!(ResetTo::Datetime
            .check("noon")
            .unwrap_err()
            .contains("invalid --to-datetime 'noon'"));
        assert!(ResetTo::Duration.check("7x").unwrap_err().contains("'7x'"));
        assert!(ResetTo::Offset.check("-1").is_err());
        assert!(ResetTo::Shift.check("-100").is_ok());
        for (mode, _) in RESET_MODES {
            assert!(mode.flag().starts_with("--"));
        }
    }

    #[test]
    fn metadata_pairs() {
        assert_eq!(
            pairs("ip=1.2.3.4 plan=pro").unwrap(),
            ["ip=1.2.3.4", "plan=pro"]
        );
        assert!(pairs("").unwrap().is_empty());
        assert!(pairs("oops").is_err());
    }

    #[test]
    fn every_task_is_on_the_menu_once() {
        let tasks: Vec<Task> = MENU.iter().map(|(task, _)| *task).collect();
        for (index, task) in tasks.iter().enumerate() {
            assert!(!tasks[index + 1..].contains(task), "{task:?}");
        }
        assert_eq!(tasks.len(), 20);
    }

    #[test]
    fn values_that_look_like_flags_stay_values() {
        let words = Line::new(&["topics", "create"])
            .arg("-x")
            .flag("--partitions", "3")
            .words();
        assert_eq!(words, ["topics", "create", "--partitions", "3", "--", "-x"]);
        let words = Line::new(&["topics", "create"])
            .arg("t")
            .flag("--partitions", "3")
            .words();
        assert_eq!(words, ["topics", "create", "t", "--partitions", "3"]);
        let words = Line::new(&["publish", "user-event"])
            .flag("--user", "-1")
            .words();
        assert_eq!(words, ["publish", "user-event", "--user=-1"]);
        // Both parse back to what was meant.
        use clap::Parser;
        let cli = crate::cli::Cli::try_parse_from([
            "kan",
            "topics",
            "create",
            "--partitions",
            "3",
            "--",
            "-x",
        ])
        .unwrap();
        assert!(format!("{cli:?}").contains("\"-x\""));
    }

    #[test]
    fn choices_are_written_as_their_flags_take_them() {
        assert_eq!(flag_value(BatchKind::UserEvent), "user-event");
        assert_eq!(flag_value(OnInvalid::Dlq), "dlq");
        assert_eq!(flag_value(RecordFormat::Kv), "kv");
        assert_eq!(parse_count("end"), Ok(Count::End));
        assert_eq!(parse_count("12"), Ok(Count::Records(12)));
        assert!(parse_count("0").is_err());
    }
}

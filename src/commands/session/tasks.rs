//! The guided session's tasks: each asks what it needs (names offered from the live cluster,
//! free text checked with the parsers the flags use) and says which command does it — the
//! command line a script would run.

use std::path::Path;

use super::form::{ask_all, keep, Step};
use crate::commands::pick;
use crate::domain::event::EventType;
use crate::domain::position::parse_start;
use crate::domain::topic::check_topic_name;
use crate::domain::topic_config::{self, KNOWN_TOPIC_CONFIGS};
use crate::domain::units;
use crate::error::KanError;
use crate::kafka::Admin;
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
    let run = |args: Option<Vec<String>>| args.map(Plan::Run);
    Ok(match task {
        Task::CreateTopic => run(create_topic()?),
        Task::ApplyFile => apply_file()?,
        Task::AlterTopic => run(alter_topic(cluster)?),
        Task::DescribeTopic => {
            let topic = pick::topic(cluster.admin()?, "Topic to describe")?;
            run(given(topic).map(|topic| words(&["topics", "describe", &topic])))
        }
        Task::DeleteTopic => delete_topic(cluster)?,
        Task::ListTopics => Some(Plan::Run(words(&["topics", "list"]))),
        Task::PublishUserEvent => run(user_event(cluster)?),
        Task::PublishPageView => run(page_view(cluster)?),
        Task::PublishFile => run(publish_file(cluster)?),
        Task::Consume => run(consume(cluster)?),
        Task::Groups => groups(cluster)?,
        Task::Lag => run(lag(cluster)?),
        Task::ResetOffsets => reset_offsets(cluster)?,
        Task::SeekOffset => seek_offset(cluster)?,
        Task::WatchAnalytics => run(watch_analytics()?),
        Task::WatchTopic => run(watch_topic(cluster)?),
        Task::Cluster => Some(Plan::Run(words(&["cluster"]))),
        Task::Settings => Some(Plan::Settings),
        Task::Quit => Some(Plan::Quit),
    })
}

fn words(parts: &[&str]) -> Vec<String> {
    parts.iter().map(|part| part.to_string()).collect()
}

fn given<T>(answer: Answer<T>) -> Option<T> {
    match answer {
        Answer::Given(value) => Some(value),
        Answer::Back => None,
    }
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

fn create_topic() -> Result<Option<Vec<String>>, KanError> {
    let (mut name, mut size, mut per_partition) = (String::new(), String::new(), String::new());
    let (mut retention, mut compaction, mut compression) = (String::new(), false, 0);
    let codecs = [
        "the broker's default",
        "none",
        "gzip",
        "snappy",
        "lz4",
        "zstd",
    ];
    let done = ask_all(6, |step| {
        Ok(match step {
            0 => keep(
                checked("Topic name", None, None, check_topic_name)?,
                &mut name,
            ),
            1 => keep(
                checked(
                    "Partitions",
                    Some("3"),
                    Some("a number, or a throughput to size from, e.g. 1M/s"),
                    |text| partitions_or_rate(text).map(|_| ()),
                )?,
                &mut size,
            ),
            2 if partitions_or_rate(&size) == Ok(Size::Rate) => keep(
                checked(
                    "Throughput one partition sustains",
                    Some("100K/s"),
                    None,
                    |text| units::parse_rate(text).map(|_| ()),
                )?,
                &mut per_partition,
            ),
            2 => Step::Skip,
            3 => keep(
                checked(
                    "Retention",
                    Some("7d"),
                    Some("7d, 12h, 30m, or forever"),
                    |text| units::parse_duration_limit(text).map(|_| ()),
                )?,
                &mut retention,
            ),
            4 => keep(
                prompt::confirm("Compacted (keep only the latest record per key)?", false)?,
                &mut compaction,
            ),
            _ => keep(
                prompt::select("Compression", codecs.to_vec(), 0)?,
                &mut compression,
            ),
        })
    })?;
    if !done {
        return Ok(None);
    }
    let mut args = words(&["topics", "create", &name]);
    match partitions_or_rate(&size) {
        Ok(Size::Rate) => args.extend(words(&[
            "--throughput",
            &size,
            "--per-partition",
            &per_partition,
        ])),
        _ => args.extend(words(&["--partitions", &size])),
    }
    args.extend(words(&["--retention", &retention]));
    if compaction {
        args.push("--compact".into());
    }
    if compression > 0 {
        args.extend(words(&["--compression", codecs[compression]]));
    }
    Ok(Some(args))
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

fn apply_file() -> Result<Option<Plan>, KanError> {
    let file = checked(
        "Topics file (TOML or YAML)",
        Some("docs/examples/analytics-topics.toml"),
        None,
        |text| crate::domain::topic_spec::load(Path::new(text), false).map(|_| ()),
    )?;
    Ok(given(file).map(|file| Plan::Confirm {
        preview: words(&["topics", "apply", "-f", &file, "--dry-run"]),
        question: "Apply this plan?".into(),
        then: words(&["topics", "apply", "-f", &file]),
    }))
}

fn alter_topic(cluster: &mut Cluster<'_>) -> Result<Option<Vec<String>>, KanError> {
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
                        {
                            let name = name.clone();
                            move |text| topic_config::normalize_value(&name, text).map(|_| ())
                        },
                    )?,
                    &mut value,
                )
            }
        })
    })?;
    Ok(done.then(|| {
        words(&[
            "topics",
            "alter",
            &topic,
            "--config",
            &format!("{key}={value}"),
        ])
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
        preview: words(&["topics", "describe", &topic]),
        question: format!("Delete topic '{topic}' and every record in it?"),
        then: words(&["topics", "delete", &topic, "--yes"]),
    }))
}

fn user_event(cluster: &mut Cluster<'_>) -> Result<Option<Vec<String>>, KanError> {
    let (mut topic, mut user, mut kind, mut meta) =
        (String::new(), String::new(), 0, String::new());
    let types: Vec<&str> = EventType::ALL.iter().map(|kind| kind.as_str()).collect();
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
            2 => keep(prompt::select("Event type", types.clone(), 0)?, &mut kind),
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
    let mut args = words(&["publish", "user-event", "--topic", &topic, "--user", &user]);
    args.extend(words(&["--type", types[kind]]));
    for pair in pairs(&meta).unwrap_or_default() {
        args.extend(["--meta".to_string(), pair]);
    }
    Ok(Some(args))
}

/// `k=v k2=v2` as separate pairs, each checked as `--meta` checks it.
fn pairs(text: &str) -> Result<Vec<String>, String> {
    text.split_whitespace()
        .map(|pair| topic_config::parse_key_value(pair).map(|_| pair.to_string()))
        .collect()
}

fn page_view(cluster: &mut Cluster<'_>) -> Result<Option<Vec<String>>, KanError> {
    let (mut topic, mut user, mut url) = (String::new(), String::new(), String::new());
    let (mut referrer, mut duration) = (String::new(), String::new());
    let done = ask_all(5, |step| {
        Ok(match step {
            0 => keep(
                pick::topic_starting(
                    cluster.admin()?,
                    "Topic",
                    crate::domain::platform::PAGE_VIEWS,
                )?,
                &mut topic,
            ),
            1 => keep(prompt::required("User id", None)?, &mut user),
            2 => keep(
                prompt::required("Page URL", Some("e.g. /pricing"))?,
                &mut url,
            ),
            3 => keep(
                checked(
                    "Referrer",
                    Some(""),
                    Some("where the user came from, or nothing"),
                    |_| Ok(()),
                )?,
                &mut referrer,
            ),
            _ => keep(
                checked("Time on the page", Some("0s"), Some("5s, 1500ms"), |text| {
                    units::parse_duration(text).map(|_| ())
                })?,
                &mut duration,
            ),
        })
    })?;
    if !done {
        return Ok(None);
    }
    let mut args = words(&["publish", "page-view", "--topic", &topic, "--user", &user]);
    args.extend(words(&["--url", &url, "--duration", &duration]));
    if !referrer.is_empty() {
        args.extend(words(&["--referrer", &referrer]));
    }
    Ok(Some(args))
}

fn publish_file(cluster: &mut Cluster<'_>) -> Result<Option<Vec<String>>, KanError> {
    let kinds = ["user-event", "page-view", "raw", "envelope"];
    let invalid = [
        "fail: send nothing unless every line is valid",
        "skip: send the valid lines, report the others",
        "dlq: also send the invalid ones to the dead-letter topic",
    ];
    let (mut file, mut kind, mut topic, mut on_invalid) = (String::new(), 0, String::new(), 0);
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
            1 => keep(
                prompt::select("Each line is", kinds.to_vec(), 0)?,
                &mut kind,
            ),
            2 if kind >= 2 => keep(pick::topic(cluster.admin()?, "Topic")?, &mut topic),
            2 => Step::Skip,
            _ => keep(
                prompt::select("Invalid lines", invalid.to_vec(), 0)?,
                &mut on_invalid,
            ),
        })
    })?;
    if !done {
        return Ok(None);
    }
    let mut args = words(&["publish", "batch", "--kind", kinds[kind], "-f", &file]);
    if kind >= 2 {
        args.extend(words(&["--topic", &topic]));
    }
    let mode = invalid[on_invalid].split(':').next().unwrap_or("fail");
    args.extend(words(&["--on-invalid", mode]));
    Ok(Some(args))
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

fn consume(cluster: &mut Cluster<'_>) -> Result<Option<Vec<String>>, KanError> {
    let formats = [
        "value: the value only",
        "kv: key<TAB>value",
        "json: one lossless JSON envelope per record",
    ];
    let (mut topic, mut from, mut count, mut format) =
        (String::new(), String::new(), String::new(), 0);
    let done = ask_all(4, |step| {
        Ok(match step {
            0 => keep(pick::topic(cluster.admin()?, "Topic to read")?, &mut topic),
            1 => keep(start_position("Start at", "-10")?, &mut from),
            2 => keep(
                checked(
                    "How many records",
                    Some("end"),
                    Some("a number, end (what is there now), or follow (until Ctrl-C)"),
                    |text| match text {
                        "end" | "follow" => Ok(()),
                        number => match number.parse::<u64>() {
                            Ok(n) if n > 0 => Ok(()),
                            _ => Err(format!("'{number}' is not a count, end or follow")),
                        },
                    },
                )?,
                &mut count,
            ),
            _ => keep(prompt::select("Print", formats.to_vec(), 0)?, &mut format),
        })
    })?;
    if !done {
        return Ok(None);
    }
    let mut args = words(&["consume", &topic, "--from", &from]);
    match count.as_str() {
        "end" => args.push("--until-end".into()),
        "follow" => {}
        number => args.extend(words(&["-n", number])),
    }
    let format = formats[format].split(':').next().unwrap_or("value");
    args.extend(words(&["--format", format]));
    Ok(Some(args))
}

fn groups(cluster: &mut Cluster<'_>) -> Result<Option<Plan>, KanError> {
    let actions = ["list groups", "describe a group", "delete a group"];
    let Some(action) = given(prompt::select("Consumer groups", actions.to_vec(), 0)?) else {
        return Ok(None);
    };
    if action == 0 {
        return Ok(Some(Plan::Run(words(&["groups", "list"]))));
    }
    let Some(group) = given(pick::group(cluster.admin()?, "Group")?) else {
        return Ok(None);
    };
    Ok(Some(if action == 1 {
        Plan::Run(words(&["groups", "describe", &group]))
    } else {
        Plan::Confirm {
            preview: words(&["groups", "describe", &group]),
            question: format!("Delete group '{group}' and its committed offsets?"),
            then: words(&["groups", "delete", &group, "--yes"]),
        }
    }))
}

fn lag(cluster: &mut Cluster<'_>) -> Result<Option<Vec<String>>, KanError> {
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
    let mut args = words(&["lag", "--group", &group]);
    if live {
        args.push("--watch".into());
    }
    Ok(done.then_some(args))
}

/// How an offset reset moves a group, as the question shows it and the flag it becomes (with
/// the text it needs, if any).
const RESET_MODES: &[(&str, &str, Option<&str>)] = &[
    ("to the start of the log", "--to-earliest", None),
    (
        "to the end of the log (skip everything)",
        "--to-latest",
        None,
    ),
    (
        "to a time",
        "--to-datetime",
        Some("RFC 3339, e.g. 2024-05-01T12:00:00Z"),
    ),
    ("back by a duration", "--by-duration", Some("e.g. 1h, 30m")),
    ("to an offset", "--to-offset", Some("an offset, 0 or more")),
    (
        "forward or back by N records",
        "--shift-by",
        Some("e.g. -100 or 50"),
    ),
];

fn reset_offsets(cluster: &mut Cluster<'_>) -> Result<Option<Plan>, KanError> {
    let (mut group, mut topic, mut mode, mut value) =
        (String::new(), String::new(), 0, String::new());
    let modes: Vec<&str> = RESET_MODES.iter().map(|(text, _, _)| *text).collect();
    let done = ask_all(4, |step| {
        Ok(match step {
            0 => keep(pick::group(cluster.admin()?, "Group to reset")?, &mut group),
            1 => keep(pick::topic(cluster.admin()?, "Topic")?, &mut topic),
            2 => keep(
                prompt::select("Move the group", modes.clone(), 0)?,
                &mut mode,
            ),
            _ => match RESET_MODES[mode] {
                (_, flag, Some(help)) => keep(
                    checked("Value", None, Some(help), move |text| {
                        reset_value(flag, text)
                    })?,
                    &mut value,
                ),
                _ => Step::Skip,
            },
        })
    })?;
    if !done {
        return Ok(None);
    }
    let mut plan = words(&["offsets", "reset", "--group", &group, "--topic", &topic]);
    plan.push(RESET_MODES[mode].1.to_string());
    if RESET_MODES[mode].2.is_some() {
        plan.push(value);
    }
    Ok(Some(confirmed_reset(plan, &group)))
}

/// A reset's value, checked as its flag checks it.
fn reset_value(flag: &str, text: &str) -> Result<(), String> {
    match flag {
        "--to-datetime" => crate::domain::timestamp::parse_rfc3339_millis(text)
            .map(|_| ())
            .ok_or_else(|| {
                format!(
                    "invalid --to-datetime '{text}': expected RFC 3339, e.g. 2024-05-01T12:00:00Z"
                )
            }),
        "--by-duration" => units::parse_duration(text).map(|_| ()),
        "--to-offset" => match text.parse::<i64>() {
            Ok(offset) if offset >= 0 => Ok(()),
            _ => Err(format!("'{text}' is not an offset (0 or more)")),
        },
        _ => text
            .parse::<i64>()
            .map(|_| ())
            .map_err(|_| format!("'{text}' is not a number of records")),
    }
}

/// The dry run, then (confirmed) the same with `--execute`.
fn confirmed_reset(plan: Vec<String>, group: &str) -> Plan {
    let mut then = plan.clone();
    then.extend(words(&["--execute", "--yes"]));
    Plan::Confirm {
        preview: plan,
        question: format!(
            "Set these offsets of group '{group}'? (the current ones are saved to an undo file first)"
        ),
        then,
    }
}

fn seek_offset(cluster: &mut Cluster<'_>) -> Result<Option<Plan>, KanError> {
    let (mut group, mut topic, mut partition, mut offset) =
        (String::new(), String::new(), 0, String::new());
    let done = ask_all(4, |step| {
        Ok(match step {
            0 => keep(pick::group(cluster.admin()?, "Group")?, &mut group),
            1 => keep(pick::topic(cluster.admin()?, "Topic")?, &mut topic),
            2 => keep(
                pick::partition(cluster.admin()?, &topic, "Partition")?,
                &mut partition,
            ),
            _ => keep(
                checked("Offset", None, None, |text| {
                    reset_value("--to-offset", text)
                })?,
                &mut offset,
            ),
        })
    })?;
    if !done {
        return Ok(None);
    }
    let plan = words(&[
        "offsets",
        "seek",
        "--group",
        &group,
        "--topic",
        &topic,
        "--partition",
        &partition.to_string(),
        "--offset",
        &offset,
    ]);
    Ok(Some(confirmed_reset(plan, &group)))
}

fn watch_analytics() -> Result<Option<Vec<String>>, KanError> {
    let (mut group, mut from) = (String::new(), String::new());
    let done = ask_all(2, |step| {
        Ok(match step {
            0 => keep(
                checked(
                    "Consumer group",
                    Some(crate::domain::platform::WATCH_GROUP),
                    Some("its committed offsets say where to start; it commits what it counted"),
                    |text| {
                        if text.is_empty() {
                            Err("a group name is needed".into())
                        } else {
                            Ok(())
                        }
                    },
                )?,
                &mut group,
            ),
            _ => keep(start_position("Start at", "stored")?, &mut from),
        })
    })?;
    Ok(done.then(|| words(&["watch", "analytics", "--group", &group, "--from", &from])))
}

fn watch_topic(cluster: &mut Cluster<'_>) -> Result<Option<Vec<String>>, KanError> {
    let (mut topic, mut from) = (String::new(), String::new());
    let done = ask_all(2, |step| {
        Ok(match step {
            0 => keep(pick::topic(cluster.admin()?, "Topic to watch")?, &mut topic),
            _ => keep(start_position("Start at", "end")?, &mut from),
        })
    })?;
    Ok(done.then(|| words(&["watch", "topic", &topic, "--from", &from])))
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
        assert!(reset_value("--to-datetime", "2024-05-01T12:00:00Z").is_ok());
        assert!(reset_value("--to-datetime", "noon")
            .unwrap_err()
            .contains("invalid --to-datetime 'noon'"));
        assert!(reset_value("--by-duration", "7x")
            .unwrap_err()
            .contains("'7x'"));
        assert!(reset_value("--to-offset", "-1").is_err());
        assert!(reset_value("--shift-by", "-100").is_ok());
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
        assert_eq!(tasks.len(), 19);
    }
}

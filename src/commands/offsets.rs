//! `kan offsets show|reset|seek`. Resets are planned and printed first (a dry run by
//! default), applied only with `--execute` and confirmation, never under active members, with
//! the previous offsets saved to an undo file and the result read back and checked.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::cli::{ApplyArgs, OffsetsCommand, OffsetsReset, OffsetsSeek};
use crate::commands::pick;
use crate::domain::group::GroupInfo;
use crate::domain::isolation::Isolation;
use crate::domain::position::{parse_time, Bound};
use crate::domain::reset_plan::{self, PartitionState, PlanRow, ResetMode};
use crate::domain::timestamp::{format_rfc3339_millis, now_millis, parse_rfc3339_millis};
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::kafka::groups::Committed;
use crate::kafka::Admin;
use crate::render::groups::{ForTimeRow, ForTimeView, Mismatch, ResetView};
use crate::render::Output;
use crate::settings::Settings;
use crate::terminal::{self, prompt};

pub async fn run(settings: &Settings, output: &Output, command: OffsetsCommand) -> Result<Exit> {
    let admin = Admin::connect(&settings.connection)?;
    match command {
        OffsetsCommand::Show { group, topics } => {
            let group = pick::group_or_ask(&admin, group, "Group to show", "--group")?;
            let args = super::lag::plain_args(vec![group], topics, false);
            let view = super::lag::snapshot(settings, &admin, &args)?;
            output.emit(&view)?;
            Ok(Exit::Success)
        }
        OffsetsCommand::ForTime {
            topic,
            at,
            partitions,
        } => for_time(output, &admin, topic, at, &partitions),
        OffsetsCommand::Reset(args) => reset(settings, output, &admin, args),
        OffsetsCommand::Seek(args) => seek(settings, output, &admin, args),
    }
}

/// `kan offsets for-time`: per partition, the first offset at or after a time, with that
/// record's timestamp and the log's bounds (one batched ListOffsets each).
fn for_time(
    output: &Output,
    admin: &Admin,
    topic: Option<String>,
    at: Option<Bound>,
    only: &[i32],
) -> Result<Exit> {
    let topic = pick::topic_or_ask(admin, topic, "Topic", "TOPIC")?;
    let at = match at {
        Some(at) => at,
        None if terminal::interactive() => prompt::given(prompt::text(
            "Time",
            Some("@-1h"),
            Some("@RFC3339 (e.g. @2026-11-30T10:00:00Z), @-DURATION (e.g. @-15m) or now"),
            parse_time,
        )?)?,
        None => return Err(prompt::missing("@TIME").into()),
    };
    let time_ms = at.at(now_millis()).expect("a time");
    let partitions = admin
        .topic(&topic)?
        .select_partitions(only)
        .map_err(KanError::not_found)?;
    let bounds = admin.log_bounds(&partitions, Isolation::ReadUncommitted)?;
    let found = admin.first_at_time(&partitions, time_ms, Isolation::ReadUncommitted)?;
    let rows = bounds
        .iter()
        .map(|(key, (log_start, log_end))| {
            let first = found.get(key).copied().flatten();
            let timestamp_ms = first.and_then(|(_, timestamp)| timestamp);
            ForTimeRow {
                partition: key.1,
                offset: first.map(|(offset, _)| offset),
                timestamp: timestamp_ms.map(format_rfc3339_millis),
                timestamp_ms,
                log_start: *log_start,
                log_end: *log_end,
            }
        })
        .collect();
    output.emit(&ForTimeView {
        topic,
        time: format_rfc3339_millis(time_ms),
        time_ms,
        partitions: rows,
    })?;
    Ok(Exit::Success)
}

/// The group, its committed offsets, and whether it exists at all.
fn load_group(
    admin: &Admin,
    group: &str,
    allow_new: bool,
) -> Result<(GroupInfo, Committed), KanError> {
    let info = admin
        .describe_groups(&[group.to_string()])?
        .into_iter()
        .next()
        .ok_or_else(|| KanError::no_group(group))?;
    let committed = admin
        .committed_offsets(&[group.to_string()])?
        .remove(group)
        .unwrap_or_default();
    if !info.exists(!committed.is_empty()) && !allow_new {
        return Err(KanError::not_found(format!(
            "consumer group '{group}' does not exist (--allow-new-group creates its offsets)"
        )));
    }
    Ok((info, committed))
}

fn reset(settings: &Settings, output: &Output, admin: &Admin, args: OffsetsReset) -> Result<Exit> {
    // Parse everything the user typed before asking the cluster (or the user) anything.
    let mut targets: Vec<(String, Option<Vec<i32>>)> = Vec::new();
    for text in &args.topics {
        targets.push(reset_plan::parse_topic_target(text).map_err(KanError::usage)?);
    }
    let mode = reset_mode(&args)?;
    let group = pick::group_or_ask(admin, args.group.clone(), "Group to reset", "--group")?;
    if targets.is_empty() && !args.all_topics {
        let what = "--topic or --all-topics";
        targets.push((
            pick::topic_or_ask(admin, None, "Topic to reset", what)?,
            None,
        ));
    }
    let request = Request {
        group: &group,
        targets: &targets,
        all_topics: args.all_topics,
        mode: &mode,
        apply: &args.apply,
    };
    plan_and_apply(settings, output, admin, request)
}

/// The reset mode the flags name.
fn reset_mode(args: &OffsetsReset) -> Result<ResetMode, KanError> {
    Ok(if args.to_earliest {
        ResetMode::ToEarliest
    } else if args.to_latest {
        ResetMode::ToLatest
    } else if let Some(offset) = args.to_offset {
        if offset < 0 {
            return Err(KanError::usage("--to-offset must be 0 or more"));
        }
        ResetMode::ToOffset(offset)
    } else if let Some(delta) = args.shift_by {
        ResetMode::ShiftBy(delta)
    } else if let Some(text) = &args.to_datetime {
        ResetMode::ToDatetime(parse_rfc3339_millis(text).ok_or_else(|| {
            KanError::usage(format!(
                "invalid --to-datetime '{text}': expected RFC 3339, e.g. 2024-05-01T12:00:00Z"
            ))
        })?)
    } else if let Some(ago) = args.by_duration {
        ResetMode::ByDuration(ago)
    } else if args.to_current {
        ResetMode::ToCurrent
    } else if let Some(path) = &args.from_file {
        let text = std::fs::read_to_string(path)
            .map_err(|err| KanError::usage(format!("cannot read {}: {err}", path.display())))?;
        ResetMode::FromFile(
            reset_plan::parse_csv(&text)
                .map_err(|err| KanError::usage(format!("{}: {err}", path.display())))?,
        )
    } else {
        return Err(KanError::usage("give one reset mode"));
    })
}

fn seek(settings: &Settings, output: &Output, admin: &Admin, args: OffsetsSeek) -> Result<Exit> {
    if args.offset.is_some_and(|offset| offset < 0) || args.partition.is_some_and(|p| p < 0) {
        return Err(KanError::usage("--partition and --offset must be 0 or more").into());
    }
    let group = pick::group_or_ask(admin, args.group.clone(), "Group to seek", "--group")?;
    let topic = pick::topic_or_ask(admin, args.topic.clone(), "Topic", "--topic")?;
    let partition = match args.partition {
        Some(partition) => partition,
        None if terminal::interactive() => {
            prompt::given(pick::partition(admin, &topic, "Partition")?)?
        }
        None => return Err(prompt::missing("--partition").into()),
    };
    let offset = match args.offset {
        Some(offset) => offset,
        None if terminal::interactive() => prompt::given(prompt::text(
            "Offset to move to",
            None,
            None,
            |text: &str| match text.trim().parse::<i64>() {
                Ok(offset) if offset >= 0 => Ok(offset),
                _ => Err(format!("'{text}' is not an offset (0 or more)")),
            },
        )?)?,
        None => return Err(prompt::missing("--offset").into()),
    };
    let targets = vec![(topic, Some(vec![partition]))];
    let request = Request {
        group: &group,
        targets: &targets,
        all_topics: false,
        mode: &ResetMode::ToOffset(offset),
        apply: &args.apply,
    };
    plan_and_apply(settings, output, admin, request)
}

/// What a reset or a seek asks for.
struct Request<'a> {
    group: &'a str,
    targets: &'a [(String, Option<Vec<i32>>)],
    all_topics: bool,
    mode: &'a ResetMode,
    apply: &'a ApplyArgs,
}

/// Loads the group, plans, prints, and (with --execute) applies.
fn plan_and_apply(
    settings: &Settings,
    output: &Output,
    admin: &Admin,
    request: Request<'_>,
) -> Result<Exit> {
    let (info, committed) = load_group(admin, request.group, request.apply.allow_new_group)?;
    let partitions = target_partitions(
        admin,
        &committed,
        request.targets,
        request.all_topics,
        request.mode,
    )?;
    let rows = build_plan(admin, request.mode, &partitions, &committed)?;
    apply(
        settings,
        output,
        admin,
        request.group,
        &info,
        rows,
        request.apply,
    )
}

/// The (topic, partition) pairs a reset covers.
fn target_partitions(
    admin: &Admin,
    committed: &BTreeMap<(String, i32), Option<i64>>,
    targets: &[(String, Option<Vec<i32>>)],
    all_topics: bool,
    mode: &ResetMode,
) -> Result<Vec<(String, i32)>, KanError> {
    if all_topics {
        let mut partitions: Vec<(String, i32)> = committed.keys().cloned().collect();
        if let ResetMode::FromFile(offsets) = mode {
            partitions.extend(offsets.keys().cloned());
        }
        let partitions: Vec<(String, i32)> = partitions
            .into_iter()
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if partitions.is_empty() {
            return Err(KanError::usage(
                "the group has no committed offsets; name the topics with --topic",
            ));
        }
        return Ok(partitions);
    }
    let names: Vec<&str> = targets.iter().map(|(topic, _)| topic.as_str()).collect();
    let mut partitions = Vec::new();
    for (topic, (_, wanted)) in admin.topics(&names)?.into_iter().zip(targets) {
        let wanted = wanted.as_deref().unwrap_or_default();
        partitions.extend(topic.select_partitions(wanted).map_err(KanError::usage)?);
    }
    Ok(partitions)
}

fn build_plan(
    admin: &Admin,
    mode: &ResetMode,
    partitions: &[(String, i32)],
    committed: &BTreeMap<(String, i32), Option<i64>>,
) -> Result<Vec<PlanRow>, KanError> {
    let bounds = admin.log_bounds(partitions, Isolation::ReadUncommitted)?;
    let at = match mode {
        ResetMode::ToDatetime(at) => Some(*at),
        ResetMode::ByDuration(ago) => {
            Some(now_millis() - i64::try_from(ago.as_millis()).unwrap_or(i64::MAX))
        }
        _ => None,
    };
    let for_time = match at {
        Some(at) => admin.offsets_for_time(partitions, at, Isolation::ReadUncommitted)?,
        None => BTreeMap::new(),
    };
    let mut states = Vec::new();
    for key in partitions {
        let (log_start, log_end) = *bounds.get(key).ok_or_else(|| {
            KanError::kafka(format!("no offsets returned for {}/{}", key.0, key.1))
        })?;
        states.push(PartitionState {
            topic: key.0.clone(),
            partition: key.1,
            current: committed.get(key).copied().flatten(),
            log_start,
            log_end,
            offset_for_time: for_time.get(key).copied().flatten(),
        });
    }
    Ok(reset_plan::plan(mode, &states))
}

fn apply(
    settings: &Settings,
    output: &Output,
    admin: &Admin,
    group: &str,
    info: &GroupInfo,
    rows: Vec<PlanRow>,
    apply: &ApplyArgs,
) -> Result<Exit> {
    for row in rows.iter().filter(|row| row.clamped) {
        output.warn(&format!(
            "{}/{}: {}",
            row.topic,
            row.partition,
            row.note.as_deref().unwrap_or("clamped to the log")
        ));
    }
    if let Some(path) = &apply.export {
        let plan = rows
            .iter()
            .map(|row| (row.topic.clone(), row.partition, row.new));
        write_file(path, &reset_plan::to_csv(plan))?;
        output.note(&format!("plan written to {}", path.display()));
    }
    let mut view = ResetView {
        group: group.to_string(),
        dry_run: !apply.execute,
        rows,
        undo_file: None,
        mismatches: Vec::new(),
    };
    if !apply.execute {
        output.emit(&view)?;
        return Ok(Exit::Success);
    }
    refuse_active(group, info)?;
    let changes: Vec<(String, i32, i64)> = view
        .rows
        .iter()
        .filter_map(|row| row.new.map(|new| (row.topic.clone(), row.partition, new)))
        .collect();
    if changes.is_empty() {
        output.emit(&view)?;
        return Err(KanError::usage("nothing to apply: no partition has a new offset").into());
    }
    let question = format!(
        "set {} committed offset(s) of group '{group}'",
        changes.len()
    );
    if !terminal::confirm_destructive(&question, settings.yes)? {
        return Err(KanError::usage("aborted: no offset was changed").into());
    }
    // The undo file first: if writing it fails, nothing is changed.
    let undo = apply
        .undo_file
        .clone()
        .unwrap_or_else(|| default_undo_path(group));
    write_file(&undo, &undo_text(group, &undo, &view.rows))?;
    view.undo_file = Some(undo.display().to_string());
    view.mismatches =
        set_and_read_back(admin, group, &changes).map_err(|err| unverified(err, group, &undo))?;
    output.emit(&view)?;
    if view.mismatches.is_empty() {
        return Ok(Exit::Success);
    }
    Err(KanError::Partial(format!(
        "{} of {} partitions do not have the planned offset (previous offsets in {})",
        view.mismatches.len(),
        changes.len(),
        undo.display()
    ))
    .into())
}

/// A reset that failed part-way (the broker gone or too slow) may or may not have changed the
/// offsets: the one line says so and where the previous ones are.
fn unverified(err: KanError, group: &str, undo: &Path) -> KanError {
    let note = |message: String| {
        format!(
            "{message}; the reset of group '{group}' could not be verified — its previous offsets are in {} (restore with --from-file {} --execute)",
            undo.display(),
            undo.display()
        )
    };
    match err {
        KanError::Kafka { message, detail } => KanError::Kafka {
            message: note(message),
            detail,
        },
        KanError::NotFound(message) => KanError::NotFound(note(message)),
        other => other,
    }
}

/// Offsets are never changed under active members.
fn refuse_active(group: &str, info: &GroupInfo) -> Result<(), KanError> {
    if !info.is_active() {
        return Ok(());
    }
    let members: Vec<String> = info
        .members
        .iter()
        .map(|member| {
            format!(
                "{} ({}@{})",
                member.member_id, member.client_id, member.host
            )
        })
        .collect();
    Err(KanError::kafka(format!(
        "refusing to change offsets of group '{group}': it is {} with {} active member(s): {}; stop them first",
        info.state,
        members.len(),
        if members.is_empty() { "-".to_string() } else { members.join(", ") }
    )))
}

/// The undo file: the current offsets as a CSV that `--from-file` takes back.
fn undo_text(group: &str, path: &Path, rows: &[PlanRow]) -> String {
    let mut text = format!(
        "# kan offsets undo for group {group}, saved {}\n# restore with: kan offsets reset --group {group} --all-topics --from-file {} --execute\n",
        format_rfc3339_millis(now_millis()),
        path.display()
    );
    for row in rows {
        match row.current {
            Some(current) => text.push_str(&format!("{},{},{current}\n", row.topic, row.partition)),
            None => text.push_str(&format!(
                "# {},{} had no committed offset\n",
                row.topic, row.partition
            )),
        }
    }
    text
}

/// Sets the offsets, then reads back what the group has: each partition whose committed offset
/// is not the planned one, with the broker's error for it if there was one.
fn set_and_read_back(
    admin: &Admin,
    group: &str,
    changes: &[(String, i32, i64)],
) -> Result<Vec<Mismatch>, KanError> {
    let mut errors: BTreeMap<(String, i32), String> = admin
        .alter_group_offsets(group, changes)?
        .into_iter()
        .filter_map(|(topic, partition, result)| {
            result.err().map(|err| ((topic, partition), err.message))
        })
        .collect();
    let now = admin
        .committed_offsets(&[group.to_string()])?
        .remove(group)
        .unwrap_or_default();
    let mut mismatches = Vec::new();
    for (topic, partition, planned) in changes {
        let key = (topic.clone(), *partition);
        let committed = now.get(&key).copied().flatten();
        if committed != Some(*planned) {
            mismatches.push(Mismatch {
                topic: topic.clone(),
                partition: *partition,
                planned: *planned,
                committed,
                error: errors.remove(&key),
            });
        }
    }
    Ok(mismatches)
}

pub(crate) fn default_undo_path(group: &str) -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .filter(|value| !value.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|home| Path::new(&home).join(".local").join("share"))
        })
        .unwrap_or_else(std::env::temp_dir);
    let safe: String = group
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let stamp = format_rfc3339_millis(now_millis()).replace([':', '.'], "");
    base.join("kan")
        .join("undo")
        .join(format!("{safe}-{stamp}.csv"))
}

fn write_file(path: &Path, text: &str) -> Result<(), KanError> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|err| KanError::usage(format!("cannot create {}: {err}", parent.display())))?;
    }
    std::fs::write(path, text)
        .map_err(|err| KanError::usage(format!("cannot write {}: {err}", path.display())))
}

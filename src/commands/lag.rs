//! `kan lag`: read committed offsets, log offsets and next-record timestamps in a few batched
//! requests, compute lag, check thresholds; `--watch` repeats and judges the trend.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use crate::cli::{LagArgs, LagCommand};
use crate::commands::pick;
use crate::domain::group::GroupInfo;
use crate::domain::group_select::GroupSelection;
use crate::domain::isolation::Isolation;
use crate::domain::lag::{self, Breach, GroupLag, Owner, PartitionOffsets, Thresholds};
use crate::domain::lag_monitor::Histories;
use crate::domain::lag_rules::{self, Rules, Verdict};
use crate::domain::lag_trend::{Snapshot, Status};
use crate::domain::position::LogBounds;
use crate::domain::timestamp::{format_rfc3339_millis, now_millis};
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::kafka::groups::{next_record_timestamps, Committed, NextRecord, NextRecords};
use crate::kafka::Admin;
use crate::render::lag::{GroupView, LagView};
use crate::render::live::FrameState;
use crate::render::{Output, OutputFormat};
use crate::settings::Settings;
use crate::terminal::keys::{Key, KeyReader};

pub async fn run(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    mut args: LagArgs,
) -> Result<Exit> {
    if let Some(LagCommand::Serve(serve_args)) = args.command.take() {
        return super::lag_serve::run(settings, interrupt, serve_args).await;
    }
    if args.max_lag.is_some_and(|limit| limit < 0) {
        return Err(KanError::usage("--max-lag must be 0 or more").into());
    }
    let mut query = Query::of(&args)?;
    let admin = Admin::connect(&settings.connection)?;
    if let Selection::Named(groups) = &mut query.groups {
        if groups.is_empty() {
            let group = pick::group_or_ask(
                &admin,
                None,
                "Group",
                "--group, --group-pattern or --all-groups",
            )?;
            groups.push(group);
        }
    }
    let thresholds = Thresholds {
        max_lag: args.max_lag,
        per_partition: args.per_partition,
        max_time_lag_ms: args
            .max_time_lag
            .map(|limit| i64::try_from(limit.as_millis()).unwrap_or(i64::MAX)),
    };
    let limits = match &args.rules {
        Some(path) => Limits::Rules(Arc::new(read_rules(path)?)),
        None => Limits::Flags(thresholds),
    };
    if args.watch {
        return watch(settings, output, interrupt, &admin, &args, &query, &limits).await;
    }
    let read = gather(settings, &admin, &query)?;
    let mut breaches = Vec::new();
    let mut groups = Vec::new();
    for group in read.groups {
        let mut lag = group.lag;
        // A one-shot has no window: no status, so `status_not_in` is not judged.
        let (found, rule) = judge(&mut lag, None, &limits);
        breaches.extend(found);
        groups.push(GroupView {
            lag,
            trend: None,
            rule,
        });
    }
    let view = LagView {
        generated_at: format_rfc3339_millis(now_millis()),
        log_end: args.isolation.log_end_name(),
        groups,
        breaches,
    };
    output.emit(&view)?;
    breached(&view)
}

/// What breaches: the command line's thresholds, or a rules file.
#[derive(Debug, Clone)]
pub(crate) enum Limits {
    Flags(Thresholds),
    Rules(Arc<Rules>),
}

/// Reads and checks a `--rules` file (any fault is a usage error naming file, line and key).
pub(crate) fn read_rules(path: &Path) -> Result<Rules, KanError> {
    let text = std::fs::read_to_string(path).map_err(|err| {
        KanError::usage(format!("cannot read rules file {}: {err}", path.display()))
    })?;
    lag_rules::parse(&text, &path.display().to_string()).map_err(KanError::Usage)
}

/// One group's breaches (its rows marked) and, with rules, the verdict of its rule.
fn judge(
    lag: &mut GroupLag,
    status: Option<Status>,
    limits: &Limits,
) -> (Vec<Breach>, Option<Verdict>) {
    match limits {
        Limits::Flags(thresholds) => (
            lag::check_thresholds(std::slice::from_mut(lag), thresholds),
            None,
        ),
        Limits::Rules(rules) => lag_rules::judge(rules, lag, status),
    }
}

/// Which groups to read.
#[derive(Debug, Clone)]
pub(crate) enum Selection {
    /// These, each of which must exist.
    Named(Vec<String>),
    /// Every group in the cluster that matches, listed at each read.
    Matching(GroupSelection),
}

/// What one read of lag covers.
#[derive(Debug, Clone)]
pub(crate) struct Query {
    pub groups: Selection,
    /// Only these topics (every partition of each counts).
    pub topics: Vec<String>,
    pub isolation: Isolation,
    pub no_time_lag: bool,
}

impl Query {
    /// The read `kan lag`'s arguments ask for (a bad --group-pattern is a usage error).
    pub(crate) fn of(args: &LagArgs) -> Result<Query, KanError> {
        let groups = if !args.group_patterns.is_empty() {
            Selection::Matching(
                GroupSelection::parse(&args.group_patterns).map_err(KanError::Usage)?,
            )
        } else if args.all_groups {
            Selection::Matching(GroupSelection::all())
        } else {
            let mut seen = BTreeSet::new();
            Selection::Named(
                args.groups
                    .iter()
                    .filter(|group| seen.insert(group.as_str()))
                    .cloned()
                    .collect(),
            )
        };
        Ok(Query {
            groups,
            topics: args.topics.clone(),
            isolation: args.isolation,
            no_time_lag: args.no_time_lag,
        })
    }
}

/// Exit 5 when the view breaches a threshold (or, watching with rules, a status limit).
fn breached(view: &LagView) -> Result<Exit> {
    let statuses = view
        .groups
        .iter()
        .filter(|group| group.rule.as_ref().is_some_and(|rule| rule.status_breached))
        .count();
    if view.breaches.is_empty() && statuses == 0 {
        Ok(Exit::Success)
    } else {
        Err(KanError::Threshold(format!(
            "{} lag threshold breach(es)",
            view.breaches.len() + statuses
        ))
        .into())
    }
}

/// Lag arguments for other commands that show committed offsets (groups describe, offsets
/// show): no thresholds, no watching.
pub(crate) fn plain_args(groups: Vec<String>, topics: Vec<String>, time_lag: bool) -> LagArgs {
    LagArgs {
        command: None,
        rules: None,
        groups,
        all_groups: false,
        group_patterns: Vec::new(),
        topics,
        max_lag: None,
        per_partition: false,
        max_time_lag: None,
        isolation: Isolation::ReadUncommitted,
        no_time_lag: !time_lag,
        watch: false,
        interval: std::time::Duration::from_secs(5),
        window: std::time::Duration::from_secs(300),
    }
}

/// One lag snapshot as a view (no thresholds), for commands that embed it.
pub(crate) fn snapshot(
    settings: &Settings,
    admin: &Admin,
    args: &LagArgs,
) -> Result<LagView, KanError> {
    let gathered = gather(settings, admin, &Query::of(args)?)?.groups;
    Ok(LagView {
        generated_at: format_rfc3339_millis(now_millis()),
        log_end: args.isolation.log_end_name(),
        groups: gathered
            .into_iter()
            .map(|group| GroupView {
                lag: group.lag,
                trend: None,
                rule: None,
            })
            .collect(),
        breaches: Vec::new(),
    })
}

/// One group's lag plus what the trend needs.
pub(crate) struct Gathered {
    pub info: GroupInfo,
    pub lag: GroupLag,
    pub snapshot: Snapshot,
}

/// One read of Kafka: each group's lag, and the log bounds of every partition read.
pub(crate) struct Read {
    pub groups: Vec<Gathered>,
    pub bounds: LogBounds,
    pub at_ms: i64,
}

pub(crate) fn gather(settings: &Settings, admin: &Admin, query: &Query) -> Result<Read, KanError> {
    let per_group = group_partitions(admin, query)?;
    let all: BTreeSet<(String, i32)> = per_group
        .iter()
        .flat_map(|(_, partitions)| partitions.keys().cloned())
        .collect();
    let ends = admin.log_bounds(&all.into_iter().collect::<Vec<_>>(), query.isolation)?;
    let wanted = if query.no_time_lag {
        Vec::new()
    } else {
        next_unread(&per_group, &ends)
    };
    let timestamps = tokio::task::block_in_place(|| {
        next_record_timestamps(&settings.connection, &wanted, query.isolation)
    })?;
    let now = now_millis();
    let groups = per_group
        .into_iter()
        .map(|(info, partitions)| gathered(info, &partitions, &ends, &timestamps, now))
        .collect();
    Ok(Read {
        groups,
        bounds: ends,
        at_ms: now,
    })
}

/// The groups asked for (each once), with the partitions that count for each: those with a
/// committed offset or a member, or every partition of the topics named with `--topic`.
fn group_partitions(admin: &Admin, query: &Query) -> Result<Vec<(GroupInfo, Committed)>, KanError> {
    let names: Vec<String> = match &query.groups {
        Selection::Matching(selection) => admin
            .list_groups()?
            .into_iter()
            .map(|group| group.group)
            .filter(|group| selection.matches(group))
            .collect(),
        Selection::Named(groups) => groups.clone(),
    };
    let listed = matches!(query.groups, Selection::Matching(_));
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let infos = admin.describe_groups(&names)?;
    let mut committed = admin.committed_offsets(&names)?;
    // Topics named with --topic: all their partitions count, committed or not.
    let mut named: Vec<(String, i32)> = Vec::new();
    if !query.topics.is_empty() {
        for topic in admin.topics(&query.topics)? {
            named.extend(topic.all_partitions());
        }
    }
    let mut per_group = Vec::new();
    for info in infos {
        let mut partitions = committed.remove(&info.group).unwrap_or_default();
        if !info.exists(!partitions.is_empty()) {
            if listed {
                continue;
            }
            let group = &info.group;
            return Err(KanError::no_group(group));
        }
        for member in &info.members {
            for key in &member.assignment {
                partitions.entry(key.clone()).or_insert(None);
            }
        }
        if !query.topics.is_empty() {
            partitions.retain(|(topic, _), _| query.topics.contains(topic));
            for key in &named {
                partitions.entry(key.clone()).or_insert(None);
            }
        }
        per_group.push((info, partitions));
    }
    Ok(per_group)
}

/// Where each group reads next, wherever it is behind: one record to read there for time lag
/// (groups at different offsets of the same partition get separate reads).
fn next_unread(per_group: &[(GroupInfo, Committed)], ends: &LogBounds) -> Vec<(String, i32, i64)> {
    let mut wanted: BTreeSet<(String, i32, i64)> = BTreeSet::new();
    for (_, partitions) in per_group {
        for (key, committed) in partitions {
            let Some((start, end)) = ends.get(key).copied() else {
                continue;
            };
            let next = committed.map_or(start, |offset| offset.max(start));
            if next < end {
                wanted.insert((key.0.clone(), key.1, next));
            }
        }
    }
    wanted.into_iter().collect()
}

/// One group's lag, and the sample its trend is judged from.
fn gathered(
    info: GroupInfo,
    partitions: &Committed,
    ends: &LogBounds,
    timestamps: &NextRecords,
    now: i64,
) -> Gathered {
    let offsets: Vec<PartitionOffsets> = partitions
        .iter()
        .filter_map(|(key, committed)| {
            let (start, end) = ends.get(key).copied()?;
            let next = committed.map_or(start, |offset| offset.max(start));
            let record = timestamps
                .get(&(key.0.clone(), key.1, next))
                .copied()
                .unwrap_or(NextRecord::Unknown);
            Some(PartitionOffsets {
                topic: key.0.clone(),
                partition: key.1,
                committed: *committed,
                log_start: start,
                log_end: end,
                next_record_timestamp_ms: match record {
                    NextRecord::At(timestamp) => Some(timestamp),
                    _ => None,
                },
                only_markers_remain: record == NextRecord::OnlyMarkers,
                owner: info.owner_of(&key.0, key.1).map(|member| Owner {
                    member_id: member.member_id.clone(),
                    client_id: member.client_id.clone(),
                    host: member.host.clone(),
                }),
            })
        })
        .collect();
    let lag = lag::group_lag(&info.group, info.state, info.members.len(), &offsets, now);
    let snapshot = Snapshot {
        at_ms: now,
        total_lag: lag.total_lag,
        committed: partitions
            .iter()
            .filter_map(|(key, committed)| committed.map(|offset| (key.clone(), offset)))
            .collect(),
        log_end_total: offsets.iter().map(|p| p.log_end).sum(),
    };
    Gathered {
        info,
        lag,
        snapshot,
    }
}

async fn watch(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    admin: &Admin,
    args: &LagArgs,
    query: &Query,
    limits: &Limits,
) -> Result<Exit> {
    let window_ms = i64::try_from(args.window.as_millis()).unwrap_or(i64::MAX);
    let mut history = Histories::new(window_ms);
    let redraw = crate::terminal::stdout_is_tty() && output.format() == OutputFormat::Table;
    let keys = if redraw { KeyReader::start() } else { None };
    let mut state = FrameState::default();
    let mut last: Option<LagView> = None;
    while !interrupt.requested() {
        match gather(settings, admin, query) {
            Ok(read) => {
                let view = assessed(read.groups, limits, &mut history, args.isolation);
                if !redraw {
                    // No terminal: one document (or NDJSON snapshot) per interval.
                    if output.format() == OutputFormat::Table {
                        output.emit_line(&view)?;
                    } else {
                        output.emit(&view)?;
                    }
                } else if !state.paused {
                    output.frame(&view, &state)?;
                }
                last = Some(view);
            }
            Err(err) if last.is_some() => output.warn(&format!("{err} (retrying)")),
            Err(err) => return Err(err.into()),
        }
        if wait(
            args.interval,
            interrupt,
            keys.as_ref(),
            &mut state,
            output,
            last.as_ref(),
        )
        .await?
        {
            // q: the last view as the final report (the terminal's mode back first); exit 0,
            // or 5 when it breaches a threshold, as a one-shot `kan lag` would.
            drop(keys);
            crate::render::watch::clear_screen()?;
            let Some(view) = &last else {
                return Ok(Exit::Success);
            };
            output.emit(view)?;
            return breached(view);
        }
    }
    Err(KanError::Interrupted.into())
}

/// The groups' lag with their trends over the window and their breaches (each sample joins
/// its group's history; groups no longer read are forgotten).
pub(crate) fn assessed(
    gathered: Vec<Gathered>,
    limits: &Limits,
    history: &mut Histories,
    isolation: Isolation,
) -> LagView {
    let present: BTreeSet<String> = gathered.iter().map(|g| g.info.group.clone()).collect();
    history.retain(&present.iter().map(String::as_str).collect());
    let mut groups = Vec::with_capacity(gathered.len());
    let mut breaches = Vec::new();
    for group in gathered {
        let trend = history.observe(&group.info.group, group.snapshot, group.info.is_active());
        let mut lag = group.lag;
        let (found, rule) = judge(&mut lag, Some(trend.status), limits);
        breaches.extend(found);
        groups.push(GroupView {
            lag,
            trend: Some(trend),
            rule,
        });
    }
    LagView {
        generated_at: format_rfc3339_millis(now_millis()),
        log_end: isolation.log_end_name(),
        groups,
        breaches,
    }
}

/// Waits one interval (or until Ctrl-C), acting on keys meanwhile and redrawing `last` when one
/// changes the frame. True when `q` asks to stop.
async fn wait(
    interval: std::time::Duration,
    interrupt: &Interrupt,
    keys: Option<&KeyReader>,
    state: &mut FrameState,
    output: &Output,
    last: Option<&LagView>,
) -> Result<bool> {
    let deadline = tokio::time::Instant::now() + interval;
    let tick = std::time::Duration::from_millis(100);
    while tokio::time::Instant::now() < deadline {
        tokio::select! {
            () = tokio::time::sleep(tick.min(deadline - tokio::time::Instant::now())) => {}
            () = interrupt.wait() => return Ok(false),
        }
        let Some(keys) = keys else { continue };
        let mut changed = false;
        while let Some(key) = keys.next() {
            match key {
                Key::Quit => return Ok(true),
                Key::Pause => state.paused = !state.paused,
                Key::Help => state.help = !state.help,
                Key::NextView => state.set += 1,
                Key::More | Key::Fewer => continue,
            }
            changed = true;
        }
        if let (true, Some(view)) = (changed, last) {
            output.frame(view, state)?;
        }
    }
    Ok(false)
}

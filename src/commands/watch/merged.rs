//! `kan watch analytics --merged`: the whole group's figures from its state topic — every
//! partition's newest snapshot merged exactly as one instance merges its own — without reading
//! the source topics. Says which partitions are covered, by whom, how old each snapshot is, and
//! which partitions no snapshot covers yet.

use std::collections::BTreeSet;
use std::time::Duration;

use super::analytics::engine_config;
use super::display::{resized, Display};
use super::ended;
use crate::cli::WatchAnalytics;
use crate::domain::analytics::merge::{merge, View};
use crate::domain::analytics::partition::PartitionState;
use crate::domain::analytics::state::StateIndex;
use crate::domain::analytics::{CoveredPartition, PartitionRef, Snapshot, StateView};
use crate::domain::timestamp::now_millis;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::kafka::state::StateTopic;
use crate::kafka::Admin;
use crate::render::Output;
use crate::settings::Settings;

pub(super) fn run(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    args: &WatchAnalytics,
) -> Result<Exit> {
    let admin = Admin::connect(&settings.connection)?;
    match admin.topic(&args.state_topic) {
        Err(KanError::NotFound(_)) => {
            return Err(KanError::not_found(format!(
                "no state topic '{}': start `kan watch analytics --group {}` first",
                args.state_topic, args.group
            ))
            .into())
        }
        other => other?,
    };
    let sources: Vec<PartitionRef> = admin
        .topics(&[args.user_topic.as_str(), args.page_topic.as_str()])?
        .into_iter()
        .flat_map(|topic| {
            topic
                .partition_ids()
                .into_iter()
                .map(move |partition| PartitionRef {
                    topic: topic.name.clone(),
                    partition,
                })
        })
        .collect();
    let mut store = StateTopic::open(&settings.connection, &admin, &args.state_topic)?;
    let mut merged = Merged {
        index: StateIndex::new(&args.group),
        top: args.top,
        args,
        sources,
        warned: BTreeSet::new(),
        unreadable: 0,
    };
    let mut display = Display::new(output, args.refresh.interval);
    let mut snapshot = merged.read(&mut store, &admin, output)?;
    if !args.refresh.until_end {
        display.show(output, &snapshot)?;
        loop {
            std::thread::sleep(Duration::from_millis(50));
            if display.should_stop(interrupt, args.refresh.duration, |more| {
                merged.top = resized(merged.top, more);
            }) {
                break;
            }
            if display.due() {
                snapshot = merged.read(&mut store, &admin, output)?;
                display.show(output, &snapshot)?;
            }
        }
    }
    display.finish(output, &snapshot)?;
    if merged.unreadable > 0 {
        return Err(KanError::Partial(format!(
            "{} partitions' newest state records cannot be used",
            merged.unreadable
        ))
        .into());
    }
    ended(interrupt)
}

struct Merged<'a> {
    index: StateIndex,
    top: usize,
    args: &'a WatchAnalytics,
    sources: Vec<PartitionRef>,
    /// Unreadable records already warned about (state-topic offsets).
    warned: BTreeSet<i64>,
    unreadable: usize,
}

impl Merged<'_> {
    /// Reads what was written since the last read and merges every partition's newest state.
    fn read(&mut self, store: &mut StateTopic, admin: &Admin, output: &Output) -> Result<Snapshot> {
        let index = &mut self.index;
        store.catch_up(admin, |key, value, offset| {
            index.add(key, value, offset);
        })?;
        let now = now_millis();
        let newest = self
            .index
            .entries()
            .filter_map(|(_, entry)| entry.best.as_ref())
            .max_by_key(|record| record.written_at_ms);
        let limits =
            newest.map_or_else(|| engine_config(self.args).limits(), |record| record.limits);
        let mut states: Vec<&PartitionState> = Vec::new();
        let mut covered = Vec::new();
        self.unreadable = 0;
        for ((topic, partition), entry) in self.index.entries() {
            if let Some(bad) = &entry.unreadable {
                self.unreadable += 1;
                if self.warned.insert(bad.offset) {
                    output.warn(&bad.describe(store.name()));
                }
                continue;
            }
            let Some(record) = &entry.best else { continue };
            if !record.limits.same_windows(&limits) {
                continue;
            }
            states.push(&record.state);
            covered.push(CoveredPartition {
                topic: topic.clone(),
                partition: *partition,
                offset: record.next_offset,
                instance: record.instance.clone(),
                age_ms: Some((now - record.written_at_ms).max(0)),
            });
        }
        let mut snapshot = merge(
            &states,
            &limits,
            &View {
                top: self.top,
                processing_ms: now,
            },
        );
        let missing = self
            .sources
            .iter()
            .filter(|source| {
                !covered
                    .iter()
                    .any(|c| c.topic == source.topic && c.partition == source.partition)
            })
            .cloned()
            .collect();
        snapshot.state = Some(StateView {
            topic: store.name().to_string(),
            group: self.args.group.clone(),
            partitions: covered,
            missing,
        });
        Ok(snapshot)
    }
}

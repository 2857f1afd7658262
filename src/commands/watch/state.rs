//! The state of a `watch analytics` group member, kept in the state topic: restored when the
//! group assigns a partition, written with the offsets it covers every checkpoint interval,
//! when a partition is revoked and at the end, and the group's offsets committed to match.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use crate::domain::analytics::partition::{Limits, PartitionState};
use crate::domain::analytics::state::{resume, Fallback, Resume, StateIndex, StateRecordRef};
use crate::domain::analytics::{CoveredPartition, Engine, Source, StateView};
use crate::domain::timestamp::now_millis;
use crate::error::KanError;
use crate::kafka::consumer::Reader;
use crate::kafka::state::{StateTopic, StateWrite};
use crate::kafka::Admin;
use crate::render::Output;
use crate::settings::ConnectionSettings;

type Key = (String, i32);

/// Who writes: `host/pid`.
pub(super) fn instance_name() -> String {
    let host = rustix::system::uname()
        .nodename()
        .to_string_lossy()
        .into_owned();
    format!("{host}/{}", std::process::id())
}

/// Where the partitions without state start, and how often to checkpoint.
pub(super) struct KeeperSettings<'a> {
    pub group: &'a str,
    pub state_topic: &'a str,
    pub interval: Duration,
    /// `--from` per partition, for partitions without state at their first assignment here.
    pub starts: BTreeMap<Key, i64>,
    /// True when `--from` was given (else the committed offset, or the log start, is used).
    pub from_given: bool,
}

/// What the keeper knows of a partition it owns.
#[derive(Debug, Default)]
struct Owned {
    /// The group's committed offset, as this instance knows it.
    committed: Option<i64>,
    /// The epoch its state is written under (raised when it is counted afresh).
    epoch: u32,
    /// The offset its state was last written at by this instance (`None` for a partition just
    /// assigned: it is written at the next checkpoint, under this instance's name).
    saved: Option<i64>,
    /// When its state was last written (or the restored snapshot was), and by whom (`None`:
    /// this instance).
    written: Option<(i64, Option<String>)>,
}

pub(super) struct Keeper {
    store: StateTopic,
    index: StateIndex,
    group: String,
    instance: String,
    interval: Duration,
    last_checkpoint: Instant,
    starts: BTreeMap<Key, i64>,
    from_given: bool,
    /// Partitions assigned here at least once (`--from` applies only to the first time).
    seen: BTreeSet<Key>,
    /// The partitions this instance owns now.
    owned: BTreeMap<Key, Owned>,
    /// What makes the run end with exit 6.
    problems: Vec<String>,
    output: Output,
    /// `-v`: one line per checkpoint (partitions, bytes, time to encode and to write).
    verbose: bool,
}

impl Keeper {
    /// Opens (or creates) the state topic and reads it; refuses state counted with other
    /// windows, which would not merge with this run's.
    pub fn open(
        connection: &ConnectionSettings,
        admin: &Admin,
        settings: KeeperSettings<'_>,
        limits: &Limits,
        output: Output,
    ) -> Result<Keeper, KanError> {
        let store = StateTopic::open(connection, admin, settings.state_topic)?;
        let mut keeper = Keeper {
            store,
            index: StateIndex::new(settings.group),
            group: settings.group.to_string(),
            instance: instance_name(),
            interval: settings.interval,
            last_checkpoint: Instant::now(),
            starts: settings.starts,
            from_given: settings.from_given,
            seen: BTreeSet::new(),
            owned: BTreeMap::new(),
            problems: Vec::new(),
            output,
            verbose: connection.verbose > 0,
        };
        keeper.catch_up(admin)?;
        if let Some(record) = keeper
            .index
            .entries()
            .filter_map(|(_, entry)| entry.best.as_ref())
            .find(|record| !record.limits.same_windows(limits))
        {
            return Err(KanError::usage(format!(
                "group '{}' has state in '{}' counted with other settings (window {} ms, session timeout {} ms, {} time); run with the same --window, --session-timeout and --time, or use another --group",
                keeper.group,
                keeper.store.name(),
                record.limits.window_ms,
                record.limits.session_timeout_ms,
                if record.limits.event_time { "event" } else { "processing" },
            )));
        }
        Ok(keeper)
    }

    fn catch_up(&mut self, admin: &Admin) -> Result<(), KanError> {
        let index = &mut self.index;
        let mut unreadable = Vec::new();
        self.store.catch_up(admin, |key, value, offset| {
            unreadable.extend(index.add(key, value, offset));
        })?;
        for bad in unreadable {
            self.output.warn(&bad.describe(self.store.name()));
        }
        Ok(())
    }

    /// The group gave this instance `partitions`: restore each one's newest snapshot, or start
    /// it afresh, and read on from there.
    pub fn assign(
        &mut self,
        engine: &mut Engine,
        reader: &Reader,
        admin: &Admin,
        partitions: &[Key],
    ) -> Result<BTreeMap<Key, i64>, KanError> {
        let mut starts = BTreeMap::new();
        if partitions.is_empty() {
            // A cooperative round that gives nothing still waits for the call.
            reader.assign(&starts)?;
            return Ok(starts);
        }
        self.catch_up(admin)?;
        let committed = admin
            .committed_offsets(std::slice::from_ref(&self.group))?
            .remove(&self.group)
            .unwrap_or_default();
        for key in partitions {
            let committed = committed.get(key).copied().flatten();
            let mut owned = Owned {
                committed,
                ..Owned::default()
            };
            let entry = self.index.get(&key.0, key.1);
            let next_epoch = entry.map_or(0, |entry| entry.next_epoch());
            let (state, start) = match resume(entry, committed, engine.limits()) {
                Resume::Restored(record) => {
                    let record = *record;
                    owned.epoch = record.epoch;
                    owned.written = Some((record.written_at_ms, Some(record.instance)));
                    (record.state, record.next_offset)
                }
                Resume::Fresh(fallback) => {
                    if let Some(fallback) = fallback {
                        self.fell_back(key, &fallback);
                    }
                    owned.epoch = next_epoch;
                    (PartitionState::default(), self.fresh_start(key, committed))
                }
            };
            engine.insert(Source::partition(&key.0, key.1), state, Some(start));
            self.owned.insert(key.clone(), owned);
            self.seen.insert(key.clone());
            starts.insert(key.clone(), start);
        }
        reader.assign(&starts)?;
        Ok(starts)
    }

    /// Where a partition without usable state starts: `--from` the first time it is assigned
    /// here, else the group's committed offset, else the log start.
    fn fresh_start(&self, key: &Key, committed: Option<i64>) -> i64 {
        let first = !self.seen.contains(key);
        let from = self.starts.get(key).copied();
        match (first && self.from_given, committed) {
            (true, _) | (false, None) => from.unwrap_or(0),
            (false, Some(committed)) => committed,
        }
    }

    fn fell_back(&mut self, (topic, partition): &Key, fallback: &Fallback) {
        match fallback {
            Fallback::Unreadable(bad) => {
                self.problems.push(format!(
                    "{topic}/{partition} started afresh from its committed offset: its state record at offset {} cannot be used ({})",
                    bad.offset, bad.reason
                ));
            }
            Fallback::Moved { committed, covered } => self.output.warn(&format!(
                "{topic}/{partition}: the group's committed offset {committed} was moved away from the state's {covered} (an offset reset?); counting afresh from {committed}"
            )),
            Fallback::OtherLimits => self.problems.push(format!(
                "{topic}/{partition} started afresh: its state was counted with other windows"
            )),
        }
    }

    /// The group took `partitions` away: write their state (unless `unsaved`: the assignment
    /// was lost, so another member may own them already, or a dead letter was lost), forget
    /// them, and let them go.
    pub fn revoke(
        &mut self,
        engine: &mut Engine,
        reader: &Reader,
        partitions: &[Key],
        unsaved: bool,
    ) -> Result<(), KanError> {
        if !unsaved {
            if let Err(err) = self.checkpoint(engine, reader, Some(partitions)) {
                self.problems.push(format!(
                    "the state of revoked partitions was not written ({err}); their next owner counts again from the previous snapshot"
                ));
            }
        }
        for key in partitions {
            engine.remove(&Source::partition(&key.0, key.1));
            self.owned.remove(key);
        }
        reader.unassign(partitions)
    }

    /// True when a periodic checkpoint is due.
    pub fn due(&self) -> bool {
        self.last_checkpoint.elapsed() >= self.interval
    }

    /// Writes the state of the owned partitions (or of `only`), then commits the offsets the
    /// written states cover. A failed write commits nothing.
    pub fn checkpoint(
        &mut self,
        engine: &Engine,
        reader: &Reader,
        only: Option<&[Key]>,
    ) -> Result<(), KanError> {
        self.last_checkpoint = Instant::now();
        let started = Instant::now();
        let written_at = now_millis();
        let mut writes = Vec::new();
        let mut offsets = BTreeMap::new();
        for counted in engine.sources() {
            let (Source::Partition { topic, partition }, Some(next_offset)) =
                (&counted.source, counted.next_offset)
            else {
                continue;
            };
            let key = (topic.clone(), *partition);
            if only.is_some_and(|only| !only.contains(&key)) {
                continue;
            }
            let owned = self.owned.get(&key);
            if owned.and_then(|owned| owned.saved) == Some(next_offset) {
                continue; // nothing new since the last checkpoint
            }
            let record = StateRecordRef {
                group: &self.group,
                topic,
                partition: *partition,
                next_offset,
                committed: owned.and_then(|owned| owned.committed),
                epoch: owned.map_or(0, |owned| owned.epoch),
                instance: &self.instance,
                written_at_ms: written_at,
                limits: engine.limits(),
                state: &counted.state,
            };
            writes.push(StateWrite {
                key: record.key(),
                value: record.encode(),
            });
            offsets.insert(key, next_offset);
        }
        if writes.is_empty() {
            return Ok(());
        }
        let encoded = started.elapsed();
        self.store.write(&writes)?;
        if self.verbose {
            let bytes: usize = writes.iter().map(|write| write.value.len()).sum();
            self.output.note(&format!(
                "checkpoint: {} partitions, {bytes} bytes, encoded in {:.3} ms, written in {:.3} ms",
                writes.len(),
                encoded.as_secs_f64() * 1000.0,
                (started.elapsed() - encoded).as_secs_f64() * 1000.0
            ));
        }
        for key in offsets.keys() {
            self.owned.entry(key.clone()).or_default().written = Some((written_at, None));
        }
        // Written but not committed: the next checkpoint writes the same state again and
        // retries the commit (a restore accepts a commit anywhere up to the snapshot).
        reader.commit_offsets(&offsets)?;
        for (key, offset) in offsets {
            let owned = self.owned.entry(key).or_default();
            owned.committed = Some(offset);
            owned.saved = Some(offset);
        }
        Ok(())
    }

    /// The last checkpoint: failures are kept for the exit code (the next owner replays from
    /// the previous snapshot, so nothing is lost, but this run's report must say so).
    pub fn finish(&mut self, engine: &Engine, reader: &Reader) {
        if let Err(err) = self.checkpoint(engine, reader, None) {
            self.problems.push(format!(
                "the final state was not written ({err}); the next run counts again from the previous snapshot"
            ));
        }
    }

    /// The final state could not be written, for `why`: the run ends with exit 6.
    pub fn not_written(&mut self, why: &str) {
        self.problems.push(format!(
            "{why}; the next run counts again from the previous snapshot"
        ));
    }

    /// A periodic checkpoint; a failure is retried at the next one.
    pub fn tick(&mut self, engine: &Engine, reader: &Reader) {
        if let Err(err) = self.checkpoint(engine, reader, None) {
            self.output.warn(&format!(
                "checkpoint failed, retrying in {:?}: {err}",
                self.interval
            ));
        }
    }

    /// Why the run must end with exit 6, if it must.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// Which partitions this instance owns, up to where, and how old their snapshots are.
    pub fn view(&self, engine: &Engine) -> StateView {
        let now = now_millis();
        let partitions = engine
            .sources()
            .iter()
            .filter_map(|counted| match &counted.source {
                Source::Partition { topic, partition } => {
                    let written = self
                        .owned
                        .get(&(topic.clone(), *partition))
                        .and_then(|owned| owned.written.as_ref());
                    let writer = written.and_then(|(_, writer)| writer.as_ref());
                    Some(CoveredPartition {
                        topic: topic.clone(),
                        partition: *partition,
                        offset: counted.next_offset.unwrap_or_default(),
                        instance: writer.unwrap_or(&self.instance).clone(),
                        age_ms: written.map(|(at, _)| (now - at).max(0)),
                    })
                }
                Source::File => None,
            })
            .collect();
        StateView {
            topic: self.store.name().to_string(),
            group: self.group.clone(),
            partitions,
            missing: Vec::new(),
        }
    }
}

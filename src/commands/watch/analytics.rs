//! `kan watch analytics`: the analytics engine fed from Kafka — as a member of the group,
//! committing after the events were applied, or as a read-only look (`--no-commit`) that
//! assigns the partitions itself and never joins — or from files.

use std::collections::BTreeMap;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use super::display::{resized, Display};
use super::state::{Keeper, KeeperSettings};
use super::{ended, feed, Bounds, LiveView};
use crate::cli::WatchAnalytics;
use crate::commands::records::{kan_headers, send_dead_letter, CorrelationIds};
use crate::commands::start::{start_offsets, StoredFrom};
use crate::domain::analytics::{Engine, EngineConfig, PartitionLag, Snapshot, Stream, WatchLag};
use crate::domain::dead_letter::{DeadLetter, Origin};
use crate::domain::envelope::Envelope;
use crate::domain::isolation::Isolation;
use crate::domain::position::{EndTracker, StartSpec};
use crate::domain::record::Record;
use crate::domain::timestamp::{format_rfc3339_millis, now_millis};
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::input::{LineSource, Next};
use crate::interrupt::Interrupt;
use crate::kafka::consumer::{Reader, ReaderSettings, Rebalance};
use crate::kafka::producer::{
    DeliveryTag, OutRecord, ProducerSettings, Publisher, SendFailure, Topic,
};
use crate::kafka::Admin;
use crate::render::Output;
use crate::settings::Settings;

pub(super) fn engine_config(args: &WatchAnalytics) -> EngineConfig {
    let millis = |d: Duration| i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
    EngineConfig {
        window_ms: millis(args.window),
        session_timeout_ms: millis(args.session_timeout),
        top: args.top,
        time: args.time,
        ..EngineConfig::default()
    }
}

pub(super) fn live(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    args: &WatchAnalytics,
) -> Result<Exit> {
    if args.merged {
        return super::merged::run(settings, output, interrupt, args);
    }
    // Input first: nothing is asked of the cluster for a bad --from.
    let spec = args.from.unwrap_or(StartSpec::Stored);
    if matches!(spec, StartSpec::Offset(_) | StartSpec::FromEnd(_)) {
        return Err(KanError::usage(
            "--from takes stored, beginning, end, @RFC3339 or @-DURATION here",
        )
        .into());
    }
    let topics = vec![args.user_topic.clone(), args.page_topic.clone()];
    let admin = Admin::connect(&settings.connection)?;
    let mut partitions: Vec<(String, i32)> = Vec::new();
    let mut counts = Vec::new();
    for topic in admin.topics(&topics)? {
        counts.push((topic.name.clone(), topic.partitions.len()));
        partitions.extend(topic.all_partitions());
    }
    warn_unless_copartitioned(output, &counts);
    let bounds = admin.log_bounds(&partitions, Isolation::ReadCommitted)?;
    let stored = StoredFrom {
        group: &args.group,
        fallback_earliest: true,
    };
    let starts = start_offsets(
        &admin,
        &bounds,
        spec,
        Isolation::ReadCommitted,
        Some(stored),
    )?;
    let tracker = EndTracker::new(&bounds, &starts);
    let reader_settings = ReaderSettings {
        group: Some(args.group.clone()),
        isolation: Isolation::ReadCommitted,
        reset_to_earliest: true,
    };
    let engine = Engine::new(engine_config(args));
    let keeper = keeper(settings, output, args, &admin, &engine, &starts)?;
    let mut reader = if args.no_commit {
        // A read-only look: the group's offsets (or --from), without joining the group and
        // taking partitions away from its members.
        Reader::assigned(&settings.connection, &reader_settings, &starts)?
    } else if keeper.is_some() {
        Reader::cooperative(&settings.connection, &reader_settings, &topics)?
    } else {
        Reader::subscribed(&settings.connection, &reader_settings, &topics, starts)?
    };
    let publisher = (args.dlq || args.emit.is_some())
        .then(|| Publisher::connect(&settings.connection, &ProducerSettings::default()))
        .transpose()?;
    let outputs = publisher
        .as_ref()
        .map(|publisher| SideOutputs::open(publisher, args))
        .transpose()?;
    let mut view = AnalyticsView {
        engine,
        keeper,
        page_topic: &args.page_topic,
        admin: &admin,
        partitions: &partitions,
        outputs,
    };
    let bounds = Bounds {
        topics: &topics,
        refresh: &args.refresh,
        interrupt,
    };
    feed(&mut reader, tracker, &mut view, &bounds, output)?;
    if let Some(publisher) = &publisher {
        publisher.flush(settings.connection.timeout);
    }
    // A failure outranks Ctrl-C: it is reported, and exits 6, either way.
    let problems = view
        .keeper
        .as_ref()
        .map(Keeper::problems)
        .unwrap_or_default();
    if let Some(outputs) = &view.outputs {
        if let Err(undelivered) = outputs.check_delivered() {
            problems.iter().for_each(|problem| output.warn(problem));
            return Err(undelivered);
        }
    }
    if let [first, rest @ ..] = problems {
        rest.iter().for_each(|problem| output.warn(problem));
        return Err(KanError::Partial(first.clone()).into());
    }
    ended(interrupt)
}

/// The group member's state keeper (none for `--no-state` and `--no-commit`): opens the state
/// topic, creating it when missing.
fn keeper(
    settings: &Settings,
    output: &Output,
    args: &WatchAnalytics,
    admin: &Admin,
    engine: &Engine,
    starts: &BTreeMap<(String, i32), i64>,
) -> Result<Option<Keeper>, KanError> {
    if args.no_commit || args.no_state {
        return Ok(None);
    }
    let keeper_settings = KeeperSettings {
        group: &args.group,
        state_topic: &args.state_topic,
        interval: args.checkpoint_interval,
        starts: starts.clone(),
        from_given: args.from.is_some(),
    };
    Keeper::open(
        &settings.connection,
        admin,
        keeper_settings,
        engine.limits(),
        *output,
    )
    .map(Some)
}

/// Says so when the two topics have different partition counts: a user's events and page
/// views are then counted by different instances. The figures stay exact — distinct users are
/// unions of per-partition user sets, and sessions come from user events alone — but this is
/// not how the platform lays its topics out.
fn warn_unless_copartitioned(output: &Output, counts: &[(String, usize)]) {
    if let [(users, user_count), (pages, page_count)] = counts {
        if user_count != page_count {
            output.warn(&format!(
                "{users} has {user_count} partitions and {pages} {page_count}: not co-partitioned, so a user's events and page views are counted in different partitions (distinct users are still merged from per-partition user sets: exact up to {} users, then a sketch with {:.1}% standard error)",
                crate::domain::analytics::merge::MERGED_EXACT,
                crate::domain::analytics::sketch::HyperLogLog::relative_error() * 100.0,
            ));
        }
    }
}

/// The engine as a live view: events in, analytics with the reader's lag out; with a keeper,
/// each assigned partition's state restored from and written to the state topic.
struct AnalyticsView<'a, 'p> {
    engine: Engine,
    keeper: Option<Keeper>,
    page_topic: &'a str,
    admin: &'a Admin,
    partitions: &'a [(String, i32)],
    outputs: Option<SideOutputs<'p>>,
}

impl AnalyticsView<'_, '_> {
    /// Whatever the applied records caused must be delivered before their offsets are
    /// committed (dead letters), and once a dead letter was lost nothing more is committed: the
    /// events are read again next time.
    fn side_outputs_settled(&self) -> bool {
        let Some(outputs) = &self.outputs else {
            return true;
        };
        let flushed = outputs.publisher.flush(Duration::from_secs(30));
        flushed && outputs.dead_letters_lost() == 0
    }
}

impl LiveView for AnalyticsView<'_, '_> {
    type Snapshot = Snapshot;

    fn apply(&mut self, record: &Record<'_>, now_ms: i64) {
        let stream = if record.topic == self.page_topic {
            Stream::PageViews
        } else {
            Stream::UserEvents
        };
        let slot = if self.keeper.is_some() {
            // A partition given up a moment ago may still have a record in flight.
            match self.engine.owned_slot(record.topic, record.partition) {
                Some(slot) => slot,
                None => return,
            }
        } else {
            self.engine.slot(record.topic, record.partition)
        };
        let value = record.value.unwrap_or_default();
        let outcome = self.engine.ingest_record(
            slot,
            stream,
            value,
            record.timestamp_ms,
            now_ms,
            record.offset,
        );
        if let (Err(rejection), Some(outputs)) = (outcome, &mut self.outputs) {
            let origin = Origin::Record {
                topic: record.topic.to_string(),
                partition: record.partition,
                offset: record.offset,
            };
            outputs.dead_letter(&DeadLetter::new(origin, &rejection, value));
        }
    }

    fn idle(&mut self) {
        if let Some(outputs) = &self.outputs {
            outputs.publisher.poll();
        }
    }

    fn rebalance(&mut self, reader: &Reader) -> Result<BTreeMap<(String, i32), i64>> {
        let mut starts = BTreeMap::new();
        if self.keeper.is_none() {
            return Ok(starts);
        }
        for change in reader.rebalances() {
            match change {
                Rebalance::Revoked { partitions, lost } => {
                    // A partition's state is written only once its dead letters are delivered.
                    let write = !lost && self.side_outputs_settled();
                    if let Some(keeper) = self.keeper.as_mut() {
                        keeper.revoke(&mut self.engine, reader, &partitions, !write)?;
                    }
                }
                Rebalance::Assigned(partitions) => {
                    if let Some(keeper) = self.keeper.as_mut() {
                        starts.extend(keeper.assign(
                            &mut self.engine,
                            reader,
                            self.admin,
                            &partitions,
                        )?);
                    }
                }
            }
        }
        Ok(starts)
    }

    fn commit(&mut self, reader: &mut Reader, last: bool) -> Result<()> {
        // A keeper commits only at its checkpoints: dead letters are flushed for those alone.
        let due = self
            .keeper
            .as_ref()
            .is_none_or(|keeper| last || keeper.due());
        if !due {
            return Ok(());
        }
        if !self.side_outputs_settled() {
            if let (Some(keeper), true) = (self.keeper.as_mut(), last) {
                keeper.not_written(
                    "the final state was not written: dead letters were not all delivered first",
                );
            }
            return Ok(());
        }
        match self.keeper.as_mut() {
            Some(keeper) if last => keeper.finish(&self.engine, reader),
            Some(keeper) => keeper.tick(&self.engine, reader),
            None => reader.commit()?,
        }
        Ok(())
    }

    fn snapshot(&mut self, reader: &Reader) -> Snapshot {
        let mut snapshot = self.engine.snapshot(now_millis());
        snapshot.lag = lag(self.admin, reader, self.partitions);
        snapshot.state = self.keeper.as_ref().map(|keeper| keeper.view(&self.engine));
        snapshot
    }

    fn taken(&mut self, snapshot: &Snapshot) {
        if let Some(outputs) = &mut self.outputs {
            outputs.emit(snapshot);
        }
    }

    fn resize(&mut self, more: bool) {
        self.engine.set_top(resized(self.engine.top(), more));
    }
}

/// The lag of the partitions read here, from the reader's positions (what it has read, not
/// only committed).
fn lag(admin: &Admin, reader: &Reader, partitions: &[(String, i32)]) -> Option<WatchLag> {
    // A group member reads only its own partitions (the others' members know their lag); a
    // read-only look reads them all.
    let owned: Vec<(String, i32)>;
    let partitions = if reader.group().is_some() {
        owned = reader.assignment().into_iter().collect();
        &owned[..]
    } else {
        partitions
    };
    let bounds = admin
        .log_bounds(partitions, Isolation::ReadCommitted)
        .ok()?;
    let positions = reader.positions();
    let partitions: Vec<PartitionLag> = bounds
        .iter()
        .map(|(key, (low, high))| {
            let position = positions.get(key).copied().unwrap_or(*low).max(*low);
            PartitionLag {
                topic: key.0.clone(),
                partition: key.1,
                lag: (high - position).max(0),
            }
        })
        .collect();
    Some(WatchLag {
        total: partitions.iter().map(|p| p.lag).sum(),
        partitions,
    })
}

/// What `watch analytics` writes besides the screen: dead letters (`--dlq`) and the aggregates
/// (`--emit`), through one producer with each topic's handle made once.
struct SideOutputs<'p> {
    publisher: &'p Publisher,
    dead_letters: Option<Topic<'p>>,
    emit: Option<Topic<'p>>,
    ids: CorrelationIds,
    /// Records that could not even be queued (delivery failures come back in the publisher's
    /// delivery reports), and how many of them were dead letters.
    refused: u64,
    refused_dead_letters: u64,
    first_refusal: Option<String>,
}

impl<'p> SideOutputs<'p> {
    /// Checks that the topics exist.
    fn open(publisher: &'p Publisher, args: &WatchAnalytics) -> Result<Self, KanError> {
        let handle = |wanted: bool, name: Option<&String>| -> Result<_, KanError> {
            match name.filter(|_| wanted) {
                Some(name) => {
                    publisher.partitions(name)?;
                    publisher.topic(name).map(Some)
                }
                None => Ok(None),
            }
        };
        Ok(SideOutputs {
            publisher,
            dead_letters: handle(args.dlq, Some(&args.dlq_topic))?,
            emit: handle(true, args.emit.as_ref())?,
            ids: CorrelationIds::new(None),
            refused: 0,
            refused_dead_letters: 0,
            first_refusal: None,
        })
    }

    fn dead_letter(&mut self, letter: &DeadLetter) {
        let Some(topic) = &self.dead_letters else {
            return;
        };
        // Never given up for Ctrl-C: what was read is dead-lettered before it is committed.
        let never = AtomicBool::new(false);
        let sent = send_dead_letter(self.publisher, topic, &mut self.ids, letter, 0, &never);
        if sent.is_err() {
            self.refused_dead_letters += 1;
        }
        self.note(sent);
    }

    /// Dead letters refused or not delivered so far.
    fn dead_letters_lost(&self) -> u64 {
        self.refused_dead_letters + self.publisher.stats().dlq_failed
    }

    /// Publishes the aggregates keyed by metric name (latest value per key on a compacted
    /// topic).
    fn emit(&mut self, snapshot: &Snapshot) {
        let Some(topic) = &self.emit else {
            return;
        };
        let at = format_rfc3339_millis(now_millis());
        let never = AtomicBool::new(false);
        let mut results = Vec::new();
        for (name, value) in metrics(snapshot) {
            let payload = serde_json::json!({"metric": name, "value": value, "at": at}).to_string();
            let mut headers = Vec::with_capacity(3);
            kan_headers(&mut headers, self.ids.next_id(), true, &[]);
            let record = OutRecord {
                key: Some(name.as_bytes()),
                payload: Some(payload.as_bytes()),
                partition: None,
                timestamp_ms: None,
                headers: &headers,
                tag: DeliveryTag::Record { line: 0 },
            };
            results.push(self.publisher.send(topic, &record, &never));
        }
        for sent in results {
            self.note(sent);
        }
    }

    fn note(&mut self, sent: std::result::Result<(), SendFailure>) {
        if let Err(failure) = sent {
            self.refused += 1;
            self.first_refusal.get_or_insert(match failure {
                SendFailure::Rejected(reason) => reason,
                SendFailure::Interrupted => "interrupted".into(),
            });
        }
    }

    /// Dead letters and emitted aggregates are records too: any not delivered is a failure.
    fn check_delivered(&self) -> Result<Exit> {
        let stats = self.publisher.stats();
        let in_flight = u64::try_from(self.publisher.in_flight()).unwrap_or_default();
        let undelivered = self.refused + stats.failed + stats.dlq_failed + in_flight;
        if undelivered == 0 {
            return Ok(Exit::Success);
        }
        let reason = self
            .first_refusal
            .clone()
            .or_else(|| stats.failures.first().map(|(_, reason)| reason.clone()))
            .map(|reason| format!(": {reason}"))
            .unwrap_or_default();
        let uncommitted = if self.dead_letters_lost() > 0 {
            "; offsets were not committed from the first lost dead letter on, so its event is read again next time"
        } else {
            ""
        };
        Err(KanError::Partial(format!(
            "{undelivered} dead-letter or --emit records were not delivered{reason}{uncommitted}"
        ))
        .into())
    }
}

/// The aggregates `--emit` publishes, by metric name.
fn metrics(snapshot: &Snapshot) -> [(&'static str, u64); 10] {
    [
        ("total_events", snapshot.total_events),
        ("user_events", snapshot.user_events),
        ("page_views", snapshot.page_views),
        ("distinct_users", snapshot.distinct_users),
        ("active_users", snapshot.active_users),
        ("active_sessions", snapshot.active_sessions),
        ("events_by_type.login", snapshot.events_by_type.login),
        ("events_by_type.logout", snapshot.events_by_type.logout),
        ("events_by_type.purchase", snapshot.events_by_type.purchase),
        ("events_by_type.view", snapshot.events_by_type.view),
    ]
}

/// Feeds one replayed line: an envelope goes by its topic, into its partition's state (so an
/// export replays to exactly what the live run showed, lateness included); a bare event by its
/// fields.
fn replay_line(engine: &mut Engine, line: &[u8], args: &WatchAnalytics, now: i64) {
    if line.starts_with(br#"{"topic":"#) {
        if let Ok(envelope) = serde_json::from_slice::<Envelope>(line) {
            let stream = if envelope.topic.as_deref() == Some(args.page_topic.as_str()) {
                Stream::PageViews
            } else {
                Stream::UserEvents
            };
            let value = envelope
                .value_bytes()
                .ok()
                .flatten()
                .map(|bytes| bytes.into_owned())
                .unwrap_or_default();
            let _ = match (&envelope.topic, envelope.partition) {
                (Some(topic), Some(partition)) => {
                    let slot = engine.slot(topic, partition);
                    let offset = envelope.offset.unwrap_or_default();
                    engine.ingest_record(slot, stream, &value, envelope.timestamp, now, offset)
                }
                _ => engine.ingest(stream, &value, envelope.timestamp, now),
            };
            return;
        }
    }
    let _ = engine.ingest_any(line, None, now);
}

/// `--file`: the same analytics over exported events, offline (on a terminal with the live
/// views' keys).
pub(super) fn replay(
    output: &Output,
    interrupt: &Interrupt,
    args: &WatchAnalytics,
) -> Result<Exit> {
    let mut engine = Engine::new(engine_config(args));
    let mut display = Display::new(output, args.refresh.interval);
    'files: for file in &args.files {
        let source = LineSource::open(Some(file.as_path()))?;
        loop {
            match source.next_block(Duration::from_millis(100))? {
                Next::Block(block) => {
                    let now = now_millis();
                    for (_, line) in block.lines() {
                        if !line.is_empty() {
                            replay_line(&mut engine, line, args, now);
                        }
                    }
                }
                Next::Pending => {}
                Next::End => break,
            }
            if display.should_stop(interrupt, args.refresh.duration, |more| {
                engine.set_top(resized(engine.top(), more));
            }) {
                break 'files;
            }
            if display.redraws() && display.due() {
                display.show(output, &engine.snapshot(now_millis()))?;
            }
        }
    }
    display.finish(output, &engine.snapshot(now_millis()))?;
    ended(interrupt)
}

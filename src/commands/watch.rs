//! `kan watch analytics`: feed the analytics engine from Kafka (as a group member, committing
//! after the events were applied) or from files, and redraw the tables every interval.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::cli::{WatchAnalytics, WatchCommand, WatchTopic};
use crate::domain::analytics::{Engine, EngineConfig, PartitionLag, Snapshot, Stream, WatchLag};
use crate::domain::envelope::{decode, Encoding, Envelope};
use crate::domain::isolation::Isolation;
use crate::domain::position::{EndTracker, StartSpec};
use crate::domain::timestamp::{format_rfc3339_millis, now_millis};
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::input::{LineSource, Next};
use crate::interrupt::Interrupt;
use crate::kafka::consumer::{Reader, ReaderSettings};
use crate::kafka::producer::{DeliveryTag, OutRecord, ProducerSettings, Publisher, SendFailure};
use crate::kafka::Admin;
use crate::render::watch::clear_screen;
use crate::render::{Output, OutputFormat, View};
use crate::settings::Settings;

pub async fn run(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    command: WatchCommand,
) -> Result<Exit> {
    let args = match command {
        WatchCommand::Analytics(args) => args,
        WatchCommand::Topic(args) => {
            let settings = settings.clone();
            let output = *output;
            let interrupt = interrupt.clone();
            return tokio::task::spawn_blocking(move || {
                topic(&settings, &output, &interrupt, &args)
            })
            .await?;
        }
    };
    if args.top == 0 {
        return Err(KanError::usage("--top must be at least 1").into());
    }
    let settings = settings.clone();
    let output = *output;
    let interrupt = interrupt.clone();
    tokio::task::spawn_blocking(move || {
        if args.files.is_empty() {
            live(&settings, &output, &interrupt, &args)
        } else {
            replay(&output, &interrupt, &args)
        }
    })
    .await?
}

fn engine_config(args: &WatchAnalytics) -> EngineConfig {
    let millis = |d: Duration| i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
    EngineConfig {
        window_ms: millis(args.window),
        session_timeout_ms: millis(args.session_timeout),
        top: args.top,
        time: args.time,
        ..EngineConfig::default()
    }
}

/// Draws a refresh: redrawn in place on a terminal, one JSON line per refresh with `-o json`
/// or `ndjson`, nothing in between for plain table output to a pipe (only the final report).
struct Screen {
    redraw: bool,
    json: bool,
}

impl Screen {
    fn new(output: &Output) -> Self {
        let json = output.format() != OutputFormat::Table;
        Screen {
            redraw: !json && crate::terminal::stdout_is_tty(),
            json,
        }
    }

    fn refresh<V: View>(&self, output: &Output, snapshot: &V) -> Result<()> {
        if self.json {
            output.emit_line(snapshot)?;
        } else if self.redraw {
            clear_screen()?;
            output.emit(snapshot)?;
        }
        Ok(())
    }

    fn finish<V: View>(&self, output: &Output, snapshot: &V) -> Result<()> {
        if self.json {
            output.emit_line(snapshot)?;
        } else {
            if self.redraw {
                clear_screen()?;
            }
            output.emit(snapshot)?;
        }
        Ok(())
    }
}

/// Feeds one replayed line: an envelope goes by its topic; a bare event by its fields.
fn replay_line(engine: &mut Engine, line: &[u8], args: &WatchAnalytics, now: i64) {
    if line.starts_with(br#"{"topic":"#) {
        if let Ok(envelope) = serde_json::from_slice::<Envelope>(line) {
            let stream = if envelope.topic.as_deref() == Some(args.page_topic.as_str()) {
                Stream::PageViews
            } else {
                Stream::UserEvents
            };
            let value = envelope
                .value
                .as_ref()
                .and_then(|value| decode(value, envelope.value_encoding, Encoding::Json).ok())
                .map(|bytes| bytes.into_owned())
                .unwrap_or_default();
            let _ = engine.ingest(stream, &value, envelope.timestamp, now);
            return;
        }
    }
    let _ = engine.ingest_any(line, None, now);
}

fn replay(output: &Output, interrupt: &Interrupt, args: &WatchAnalytics) -> Result<Exit> {
    let mut engine = Engine::new(engine_config(args));
    let screen = Screen::new(output);
    let started = Instant::now();
    let mut last_refresh = Instant::now();
    'files: for file in &args.files {
        let source = LineSource::open(Some(file.as_path()))?;
        loop {
            match source.next_block(Duration::from_millis(100))? {
                Next::Block(block) => {
                    let now = now_millis();
                    for (_, line) in block.lines() {
                        if line.is_empty() {
                            continue;
                        }
                        replay_line(&mut engine, line, args, now);
                    }
                }
                Next::Pending => {}
                Next::End => break,
            }
            if interrupt.requested()
                || args
                    .duration
                    .is_some_and(|limit| started.elapsed() >= limit)
            {
                break 'files;
            }
            if screen.redraw && last_refresh.elapsed() >= args.interval {
                screen.refresh(output, &engine.snapshot(now_millis()))?;
                last_refresh = Instant::now();
            }
        }
    }
    screen.finish(output, &engine.snapshot(now_millis()))?;
    if interrupt.requested() {
        return Err(KanError::Interrupted.into());
    }
    Ok(Exit::Success)
}

fn live(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    args: &WatchAnalytics,
) -> Result<Exit> {
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
    for topic in admin.topics(&topics)? {
        partitions.extend(topic.select_partitions(&[]).map_err(KanError::usage)?);
    }
    let bounds = admin.log_bounds(&partitions, Isolation::ReadCommitted)?;
    let starts = super::start::start_offsets(
        &admin,
        &bounds,
        spec,
        Isolation::ReadCommitted,
        Some(super::start::StoredFrom {
            group: &args.group,
            fallback_earliest: true,
        }),
    )?;
    let ends: BTreeMap<(String, i32), i64> = bounds
        .iter()
        .map(|(key, (_, high))| (key.clone(), *high))
        .collect();
    let mut tracker = EndTracker::new(ends, &starts);

    let mut reader = Reader::subscribed(
        &settings.connection,
        &ReaderSettings {
            group: Some(args.group.clone()),
            isolation: Isolation::ReadCommitted,
            reset_to_earliest: true,
        },
        &topics,
        starts,
    )?;
    let publisher = if args.dlq || args.emit.is_some() {
        let publisher = Publisher::connect(&settings.connection, &ProducerSettings::default())?;
        if args.dlq {
            publisher.partitions(&args.dlq_topic)?;
        }
        if let Some(topic) = &args.emit {
            publisher.partitions(topic)?;
        }
        Some(publisher)
    } else {
        None
    };
    let mut engine = Engine::new(engine_config(args));
    let screen = Screen::new(output);
    let started = Instant::now();
    let mut last_refresh = Instant::now();
    let mut last_commit = Instant::now();
    let mut since_check: u32 = 0;
    let mut refused = Refused::default();
    // The wall clock, read once per 256 records (it is only used for per-second rates).
    let mut now = now_millis();

    loop {
        if since_check == 0 {
            now = now_millis();
            if interrupt.requested()
                || args
                    .duration
                    .is_some_and(|limit| started.elapsed() >= limit)
            {
                break;
            }
            if args.until_end && tracker.finished(&reader.assignment()) {
                break;
            }
        }
        let applied = reader.next(Duration::from_millis(50), |record| {
            let stream = if record.topic == args.page_topic {
                Stream::PageViews
            } else {
                Stream::UserEvents
            };
            let value = record.value.unwrap_or_default();
            let outcome = engine.ingest(stream, value, record.timestamp_ms, now);
            if let (Err(rejection), true, Some(publisher)) = (&outcome, args.dlq, &publisher) {
                let dead = serde_json::json!({
                    "source": record.topic,
                    "partition": record.partition,
                    "offset": record.offset,
                    "error": rejection.message,
                    "reason": rejection.reason.as_str(),
                    "raw": String::from_utf8_lossy(value),
                });
                refused.note(send_json(publisher, &args.dlq_topic, None, &dead));
            }
            (stream, record.partition, record.offset)
        })?;
        match applied {
            Some((stream, partition, offset)) => {
                let topic = match stream {
                    Stream::UserEvents => &args.user_topic,
                    Stream::PageViews => &args.page_topic,
                };
                tracker.record(topic, partition, offset);
                if !args.no_commit {
                    reader.processed(topic, partition, offset);
                }
                // Clocks and locks only every so often while records are flowing.
                since_check = (since_check + 1) % 256;
                if since_check != 0 {
                    continue;
                }
            }
            None => {
                tracker.positions(&reader.positions());
                since_check = 0;
            }
        }
        if let Some(publisher) = &publisher {
            publisher.poll();
        }
        if last_commit.elapsed() >= Duration::from_secs(1) {
            commit(&mut reader, publisher.as_ref(), args)?;
            last_commit = Instant::now();
        }
        if last_refresh.elapsed() >= args.interval {
            let mut snapshot = engine.snapshot(now_millis());
            snapshot.lag = lag(&admin, &reader, &partitions);
            if let (Some(topic), Some(publisher)) = (&args.emit, &publisher) {
                emit(publisher, topic, &snapshot, &mut refused);
            }
            screen.refresh(output, &snapshot)?;
            last_refresh = Instant::now();
        }
    }
    commit(&mut reader, publisher.as_ref(), args)?;
    let mut snapshot = engine.snapshot(now_millis());
    snapshot.lag = lag(&admin, &reader, &partitions);
    if let (Some(topic), Some(publisher)) = (&args.emit, &publisher) {
        emit(publisher, topic, &snapshot, &mut refused);
        publisher.flush(settings.connection.timeout);
    }
    screen.finish(output, &snapshot)?;
    if interrupt.requested() {
        return Err(KanError::Interrupted.into());
    }
    // Dead letters and emitted aggregates are records too: any not delivered is a failure.
    if let Some(publisher) = &publisher {
        let stats = publisher.stats();
        let undelivered =
            refused.count + stats.failed + u64::try_from(publisher.in_flight()).unwrap_or_default();
        if undelivered > 0 {
            let reason = refused
                .first
                .or_else(|| stats.failures.first().map(|(_, reason)| reason.clone()))
                .map(|reason| format!(": {reason}"))
                .unwrap_or_default();
            return Err(KanError::Partial(format!(
                "{undelivered} dead-letter or --emit records were not delivered{reason}"
            ))
            .into());
        }
    }
    Ok(Exit::Success)
}

/// Commits what the engine applied; dead-letter records are flushed first, so an event is
/// never committed before its dead letter was delivered.
fn commit(reader: &mut Reader, publisher: Option<&Publisher>, args: &WatchAnalytics) -> Result<()> {
    if let Some(publisher) = publisher {
        publisher.flush(Duration::from_secs(30));
    }
    if !args.no_commit {
        reader.commit()?;
    }
    Ok(())
}

/// The group's lag from the reader's positions (what it has read, not only committed).
fn lag(admin: &Admin, reader: &Reader, partitions: &[(String, i32)]) -> Option<WatchLag> {
    let bounds = admin
        .log_bounds(partitions, Isolation::ReadCommitted)
        .ok()?;
    let positions = reader.positions();
    let mut lags = Vec::new();
    for (key, (low, high)) in &bounds {
        let position = positions.get(key).copied().unwrap_or(*low).max(*low);
        lags.push(PartitionLag {
            topic: key.0.clone(),
            partition: key.1,
            lag: (high - position).max(0),
        });
    }
    Some(WatchLag {
        total: lags.iter().map(|p| p.lag).sum(),
        partitions: lags,
    })
}

/// Dead-letter and `--emit` records that could not even be queued (delivery failures come
/// back in the publisher's delivery reports).
#[derive(Default)]
struct Refused {
    count: u64,
    first: Option<String>,
}

impl Refused {
    fn note(&mut self, sent: Result<(), String>) {
        if let Err(reason) = sent {
            self.count += 1;
            self.first.get_or_insert(reason);
        }
    }
}

/// Queues one JSON record, or says why it could not be queued.
fn send_json(
    publisher: &Publisher,
    topic: &str,
    key: Option<&str>,
    value: &serde_json::Value,
) -> Result<(), String> {
    let never = std::sync::atomic::AtomicBool::new(false);
    let payload = serde_json::to_vec(value).unwrap_or_default();
    let topic = publisher.topic(topic).map_err(|err| err.to_string())?;
    publisher
        .send(
            &topic,
            &OutRecord {
                key: key.map(str::as_bytes),
                payload: &payload,
                partition: None,
                timestamp_ms: None,
                headers: &[
                    ("source", Some(b"kan")),
                    ("content-type", Some(b"application/json")),
                ],
                tag: DeliveryTag::Record { line: 0 },
            },
            &never,
        )
        .map_err(|failure| match failure {
            SendFailure::Rejected(reason) => reason,
            SendFailure::Interrupted => "interrupted".into(),
        })
}

/// Publishes the aggregates keyed by metric name (latest value per key on a compacted topic).
fn emit(publisher: &Publisher, topic: &str, snapshot: &Snapshot, refused: &mut Refused) {
    let at = format_rfc3339_millis(now_millis());
    let metrics: [(&str, u64); 10] = [
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
    ];
    for (name, value) in metrics {
        let record = serde_json::json!({"metric": name, "value": value, "at": at});
        refused.note(send_json(publisher, topic, Some(name), &record));
    }
}

/// `kan watch topic`: reads the topic without a group and refreshes per-partition stats.
fn topic(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    args: &WatchTopic,
) -> Result<Exit> {
    if args.top == 0 {
        return Err(KanError::usage("--top must be at least 1").into());
    }
    let spec = args.from.unwrap_or(StartSpec::End);
    if spec == StartSpec::Stored {
        return Err(KanError::usage(
            "kan watch topic reads without a group: --from stored does not apply",
        )
        .into());
    }
    let admin = Admin::connect(&settings.connection)?;
    let found = admin.topic(&args.topic)?;
    let partitions: Vec<(String, i32)> = found
        .partitions
        .iter()
        .map(|p| (args.topic.clone(), p.partition))
        .collect();
    let bounds = admin.log_bounds(&partitions, Isolation::ReadUncommitted)?;
    let starts =
        super::start::start_offsets(&admin, &bounds, spec, Isolation::ReadUncommitted, None)?;
    let ends = bounds
        .iter()
        .map(|(key, (_, high))| (key.clone(), *high))
        .collect();
    let mut tracker = EndTracker::new(ends, &starts);
    let reader = Reader::assigned(
        &settings.connection,
        &ReaderSettings {
            group: None,
            isolation: Isolation::ReadUncommitted,
            reset_to_earliest: false,
        },
        &starts,
    )?;
    let numbers: Vec<i32> = partitions.iter().map(|(_, p)| *p).collect();
    let mut watch =
        crate::domain::analytics::topic::TopicWatch::new(&args.topic, &numbers, args.top);
    let screen = Screen::new(output);
    let started = Instant::now();
    let mut last_refresh = Instant::now();
    let per_partition = |bounds: crate::domain::position::LogBounds| -> BTreeMap<i32, (i64, i64)> {
        bounds
            .into_iter()
            .map(|((_, partition), range)| (partition, range))
            .collect()
    };
    loop {
        if interrupt.requested()
            || args
                .duration
                .is_some_and(|limit| started.elapsed() >= limit)
        {
            break;
        }
        if args.until_end && tracker.finished(&reader.assignment()) {
            break;
        }
        let read = reader.next(Duration::from_millis(50), |record| {
            watch.record(
                record.partition,
                record.key,
                record.value.map_or(0, <[u8]>::len),
                now_millis(),
            );
            (record.topic.to_string(), record.partition, record.offset)
        })?;
        match read {
            Some((topic, partition, offset)) => tracker.record(&topic, partition, offset),
            None => tracker.positions(&reader.positions()),
        }
        if last_refresh.elapsed() >= args.interval {
            let bounds = admin
                .log_bounds(&partitions, Isolation::ReadUncommitted)
                .map(per_partition)
                .unwrap_or_default();
            screen.refresh(output, &watch.snapshot(now_millis(), &bounds))?;
            last_refresh = Instant::now();
        }
    }
    let bounds = admin
        .log_bounds(&partitions, Isolation::ReadUncommitted)
        .map(per_partition)
        .unwrap_or_default();
    screen.finish(output, &watch.snapshot(now_millis(), &bounds))?;
    if interrupt.requested() {
        return Err(KanError::Interrupted.into());
    }
    Ok(Exit::Success)
}

//! The line pipeline behind `kan publish batch` and `kan publish raw` (stdin): read blocks of
//! lines, validate each, keep many records in flight, count every delivery report.

use std::borrow::Cow;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use super::checked::CheckedLines;
use super::{finish, producer_settings, CorrelationIds};
use crate::cli::{BatchKind, LineArgs, OnInvalid, ProducerArgs, PublishBatch, PublishRaw};
use crate::domain::event::{self, EventKind, Rejection};
use crate::domain::platform;
use crate::domain::timestamp::now_millis;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::input::{LineSource, Next};
use crate::interrupt::Interrupt;
use crate::kafka::producer::{DeliveryTag, OutRecord, Publisher, SendFailure};
use crate::render::publish::{DlqReport, LineIssue, PartitionCount, Progress, PublishReport};
use crate::render::Output;
use crate::settings::Settings;
use crate::terminal;

/// Issues kept in memory (and in the JSON report); beyond this they are only counted.
const MAX_LISTED_ISSUES: usize = 10_000;
/// Invalid lines printed on stderr before the rest are summarised.
const MAX_PRINTED_ISSUES: u64 = 20;

/// How each line becomes a record.
#[derive(Debug, Clone)]
enum LineMode {
    Typed(EventKind),
    /// `kan consume -f json` envelopes, published again byte for byte.
    Envelope {
        keep_partition: bool,
    },
    Raw {
        key_field: Option<String>,
        key: Option<String>,
        partition: Option<i32>,
    },
}

struct Job<'a> {
    settings: &'a Settings,
    output: &'a Output,
    interrupt: &'a Interrupt,
    topic: String,
    mode: LineMode,
    file: Option<PathBuf>,
    lines: LineArgs,
    producer: ProducerArgs,
    extra_headers: Vec<(String, String)>,
}

pub fn batch(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    args: PublishBatch,
) -> Result<Exit> {
    let typed = |kind: EventKind| (LineMode::Typed(kind), Some(kind.default_topic()));
    let (mode, default_topic) = match args.kind {
        BatchKind::UserEvent => typed(EventKind::UserEvent),
        BatchKind::PageView => typed(EventKind::PageView),
        BatchKind::Raw => (
            LineMode::Raw {
                key_field: args.key_field.clone(),
                key: None,
                partition: None,
            },
            None,
        ),
        BatchKind::Envelope => (
            LineMode::Envelope {
                keep_partition: !args.repartition,
            },
            None,
        ),
    };
    if args.repartition && args.kind != BatchKind::Envelope {
        return Err(KanError::usage("--repartition is for --kind envelope").into());
    }
    if args.key_field.is_some() && args.kind != BatchKind::Raw {
        return Err(KanError::usage(
            "--key-field is for --kind raw; typed events are keyed by userId",
        )
        .into());
    }
    let topic = args
        .topic
        .clone()
        .or(default_topic.map(str::to_string))
        .ok_or_else(|| KanError::usage("--kind raw and --kind envelope need --topic"))?;
    run(Job {
        settings,
        output,
        interrupt,
        topic,
        mode,
        file: args.file,
        lines: args.lines,
        producer: args.producer,
        extra_headers: Vec::new(),
    })
}

pub fn raw_lines(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    args: PublishRaw,
) -> Result<Exit> {
    run(Job {
        settings,
        output,
        interrupt,
        topic: args.topic,
        mode: if args.envelope {
            LineMode::Envelope {
                keep_partition: !args.repartition,
            }
        } else {
            LineMode::Raw {
                key_field: None,
                key: args.key,
                partition: args.partition,
            }
        },
        file: None,
        lines: LineArgs {
            on_invalid: OnInvalid::Skip,
            dlq_topic: platform::ERROR_EVENTS.into(),
            rejects: None,
        },
        producer: args.producer,
        extra_headers: args.headers,
    })
}

/// A line turned into what to send.
struct Prepared<'a> {
    key: Option<Cow<'a, [u8]>>,
    payload: Cow<'a, [u8]>,
    timestamp_ms: Option<i64>,
    /// Envelopes carry their own headers (and nothing is added to them).
    headers: Option<Vec<(String, Option<Vec<u8>>)>>,
    partition: Option<i32>,
}

fn prepare<'a>(mode: &'a LineMode, line: &'a [u8], now: i64) -> Result<Prepared<'a>, Rejection> {
    match mode {
        LineMode::Typed(kind) => {
            let event = event::validate_for_publish(*kind, line, now)?;
            Ok(Prepared {
                key: Some(cow_bytes(event.key)),
                payload: event.payload,
                timestamp_ms: Some(event.timestamp_ms),
                headers: None,
                partition: None,
            })
        }
        LineMode::Envelope { keep_partition } => envelope_record(line, *keep_partition),
        LineMode::Raw { key_field, key, .. } => {
            if line.trim_ascii().is_empty() {
                return Err(Rejection {
                    reason: event::RejectReason::Empty,
                    message: "empty line".into(),
                });
            }
            let key = match (key_field, key) {
                (Some(field), _) => Some(cow_bytes(event::key_from_field(line, field)?)),
                (None, Some(key)) => Some(Cow::Borrowed(key.as_bytes())),
                (None, None) => None,
            };
            Ok(Prepared {
                key,
                payload: Cow::Borrowed(line),
                timestamp_ms: None,
                headers: None,
                partition: None,
            })
        }
    }
}

/// A line prepared on the validation thread, pointing into its block where it can.
struct PreparedLine {
    key: Option<Bytes>,
    /// `None`: the line itself is the value.
    payload: Option<Vec<u8>>,
    timestamp_ms: Option<i64>,
    headers: Option<Vec<(String, Option<Vec<u8>>)>>,
    partition: Option<i32>,
}

/// Bytes inside the line (a range) or owned (an unescaped or decoded copy).
enum Bytes {
    Range(usize, usize),
    Owned(Vec<u8>),
}

impl Bytes {
    fn of<'a>(&'a self, line: &'a [u8]) -> &'a [u8] {
        match self {
            Bytes::Range(start, end) => &line[*start..*end],
            Bytes::Owned(bytes) => bytes,
        }
    }

    fn from_cow(cow: Cow<'_, [u8]>, line: &[u8]) -> Bytes {
        match cow {
            Cow::Borrowed(part) => {
                // Borrowed from the line itself, or from elsewhere (a --key flag).
                let base = line.as_ptr() as usize;
                let at = part.as_ptr() as usize;
                if at >= base && at + part.len() <= base + line.len() {
                    Bytes::Range(at - base, at - base + part.len())
                } else {
                    Bytes::Owned(part.to_vec())
                }
            }
            Cow::Owned(bytes) => Bytes::Owned(bytes),
        }
    }
}

fn prepare_line(mode: &LineMode, line: &[u8], now: i64) -> Result<PreparedLine, Rejection> {
    let prepared = prepare(mode, line, now)?;
    Ok(PreparedLine {
        key: prepared.key.map(|key| Bytes::from_cow(key, line)),
        payload: match prepared.payload {
            Cow::Borrowed(payload) if payload.len() == line.len() => None,
            other => Some(other.into_owned()),
        },
        timestamp_ms: prepared.timestamp_ms,
        headers: prepared.headers,
        partition: prepared.partition,
    })
}

/// A block with every line found and prepared.
struct PreparedBlock {
    block: crate::input::Block,
    lines: Vec<PreparedSpan>,
}

/// One line of a [`PreparedBlock`]: its number, where it is (`\r` excluded), what it became.
struct PreparedSpan {
    number: u64,
    start: usize,
    end: usize,
    prepared: Result<PreparedLine, Rejection>,
}

/// Validates and prepares lines on their own thread, so parsing overlaps with producing.
/// Lines the whole-file pass already checked are not parsed again (see [`CheckedLines`]).
fn spawn_preparer(
    source: LineSource,
    mode: LineMode,
    now: i64,
    checked: CheckedLines,
) -> std::sync::mpsc::Receiver<Result<PreparedBlock, KanError>> {
    let (sender, receiver) = std::sync::mpsc::sync_channel(4);
    std::thread::spawn(move || loop {
        match source.next_block(Duration::from_millis(100)) {
            Ok(Next::Block(block)) => {
                let lines = block
                    .line_spans()
                    .map(|(number, start, end)| {
                        let line = &block.data[start..end];
                        PreparedSpan {
                            number,
                            start,
                            end,
                            prepared: match checked.recall(number, line) {
                                Some(recalled) => Ok(PreparedLine {
                                    key: Some(Bytes::Range(recalled.key.0, recalled.key.1)),
                                    payload: None,
                                    timestamp_ms: Some(recalled.timestamp_ms),
                                    headers: None,
                                    partition: None,
                                }),
                                None => prepare_line(&mode, line, now),
                            },
                        }
                    })
                    .collect();
                if sender.send(Ok(PreparedBlock { block, lines })).is_err() {
                    return;
                }
            }
            Ok(Next::Pending) => {}
            Ok(Next::End) => return,
            Err(err) => {
                let _ = sender.send(Err(err));
                return;
            }
        }
    });
    receiver
}

fn cow_bytes(text: Cow<'_, str>) -> Cow<'_, [u8]> {
    match text {
        Cow::Borrowed(text) => Cow::Borrowed(text.as_bytes()),
        Cow::Owned(text) => Cow::Owned(text.into_bytes()),
    }
}

/// Decodes one envelope line (see `kan consume --format json`).
fn envelope_record(line: &[u8], keep_partition: bool) -> Result<Prepared<'static>, Rejection> {
    use crate::domain::envelope::{decode, Encoding, Envelope};
    event::check_line(line)?;
    let schema = |message: String| Rejection {
        reason: event::RejectReason::Schema,
        message,
    };
    let envelope: Envelope = serde_json::from_slice(line).map_err(|err| Rejection {
        reason: event::RejectReason::MalformedJson,
        message: format!("not an envelope: {err}").replace(" at line 1 column", " at column"),
    })?;
    let key = envelope
        .key
        .as_ref()
        .map(|key| {
            decode(key, envelope.key_encoding, Encoding::Utf8).map(|b| Cow::Owned(b.into_owned()))
        })
        .transpose()
        .map_err(|err| schema(format!("key: {err}")))?;
    let payload = match &envelope.value {
        Some(value) => decode(value, envelope.value_encoding, Encoding::Json)
            .map_err(|err| schema(format!("value: {err}")))?
            .into_owned(),
        None => Vec::new(),
    };
    let mut headers = Vec::with_capacity(envelope.headers.len());
    for header in &envelope.headers {
        let value = header
            .value
            .as_ref()
            .map(|value| decode(value, header.encoding, Encoding::Utf8).map(|b| b.into_owned()))
            .transpose()
            .map_err(|err| schema(format!("header {}: {err}", header.key)))?;
        headers.push((header.key.clone(), value));
    }
    Ok(Prepared {
        key,
        payload: Cow::Owned(payload),
        timestamp_ms: envelope.timestamp,
        headers: Some(headers),
        partition: envelope.partition.filter(|_| keep_partition),
    })
}

/// The input's name, for `FILE:LINE:` messages once the source moved to its thread.
struct Named {
    name: String,
}

/// Counts and issues gathered while reading.
#[derive(Default)]
struct Tally {
    read: u64,
    rejected: u64,
    not_sent: u64,
    /// Valid records librdkafka refused to queue.
    send_failed: u64,
    /// Dead-letter records librdkafka refused to queue.
    dlq_send_failed: u64,
    rejects: Vec<LineIssue>,
    failures: Vec<LineIssue>,
    unlisted: u64,
    printed: u64,
    bytes: u64,
}

impl Tally {
    fn reject(&mut self, source: &str, line: u64, reason: &str, output: &Output) {
        self.rejected += 1;
        if self.printed < MAX_PRINTED_ISSUES {
            output.warn(&format!("{source}:{line}: {reason}"));
            self.printed += 1;
        }
        if self.rejects.len() < MAX_LISTED_ISSUES {
            self.rejects.push(LineIssue {
                line,
                reason: reason.to_string(),
            });
        } else {
            self.unlisted += 1;
        }
    }

    fn fail(&mut self, line: u64, reason: String) {
        if self.failures.len() < MAX_LISTED_ISSUES {
            self.failures.push(LineIssue { line, reason });
        } else {
            self.unlisted += 1;
        }
    }
}

fn open_rejects(path: &Option<PathBuf>) -> Result<Option<BufWriter<File>>, KanError> {
    path.as_ref()
        .map(|path| {
            File::create(path).map(BufWriter::new).map_err(|err| {
                KanError::usage(format!("cannot write --rejects {}: {err}", path.display()))
            })
        })
        .transpose()
}

/// Reads every line once without sending, for `--dry-run` and for fail mode on files; with
/// `checked`, remembers what the sending pass can reuse.
fn validate_all(
    job: &Job<'_>,
    tally: &mut Tally,
    mut checked: Option<&mut CheckedLines>,
) -> Result<(), KanError> {
    let source = LineSource::open(job.file.as_deref())?;
    let mut rejects = open_rejects(&job.lines.rejects)?;
    let now = now_millis();
    loop {
        match source.next_block(Duration::from_millis(100))? {
            Next::Block(block) => {
                for (number, line) in block.lines() {
                    tally.read += 1;
                    match prepare_line(&job.mode, line, now) {
                        Err(rejection) => {
                            tally.reject(&source.name, number, &rejection.message, job.output);
                            if let Some(file) = rejects.as_mut() {
                                write_reject(file, line)?;
                            }
                        }
                        Ok(prepared) => {
                            if let Some(checked) = checked.as_deref_mut() {
                                remember(checked, number, line, &prepared);
                            }
                        }
                    }
                }
            }
            Next::Pending if job.interrupt.requested() => return Err(KanError::Interrupted),
            Next::Pending => {}
            Next::End => break,
        }
    }
    if let Some(mut file) = rejects {
        file.flush()
            .map_err(|err| KanError::usage(format!("cannot write --rejects: {err}")))?;
    }
    Ok(())
}

/// Remembers a valid line whose value is the line itself, keyed from within it, with a
/// timestamp (typed events, as written).
fn remember(checked: &mut CheckedLines, number: u64, line: &[u8], prepared: &PreparedLine) {
    if let PreparedLine {
        key: Some(Bytes::Range(start, end)),
        payload: None,
        timestamp_ms: Some(timestamp_ms),
        headers: None,
        partition: None,
    } = prepared
    {
        checked.remember(number, line, (*start, *end), *timestamp_ms);
    }
}

fn write_reject(file: &mut BufWriter<File>, line: &[u8]) -> Result<(), KanError> {
    file.write_all(line)
        .and_then(|()| file.write_all(b"\n"))
        .map_err(|err| KanError::usage(format!("cannot write --rejects: {err}")))
}

fn source_name(job: &Job<'_>) -> String {
    match &job.file {
        Some(path) if path.as_os_str() != "-" => path.display().to_string(),
        _ => "stdin".into(),
    }
}

fn run(job: Job<'_>) -> Result<Exit> {
    let started = Instant::now();
    let source_label = source_name(&job);
    let transactional = job.producer.transactional || job.producer.transactional_id.is_some();
    let mut report = PublishReport {
        source: source_label.clone(),
        topic: job.topic.clone(),
        dry_run: job.producer.dry_run,
        transactional,
        ..Default::default()
    };

    // Validate first when nothing may be sent unless everything is valid and the input can be
    // read twice (a file), or when only validation was asked for.
    let validate_first =
        job.lines.on_invalid == OnInvalid::Fail && job.file.is_some() && source_label != "stdin";
    let mut checked = CheckedLines::default();
    if job.producer.dry_run || validate_first {
        let mut tally = Tally::default();
        let remember = (!job.producer.dry_run).then_some(&mut checked);
        match validate_all(&job, &mut tally, remember) {
            Err(KanError::Interrupted) => {
                report.interrupted = true;
            }
            Err(err) => return Err(err.into()),
            Ok(()) => {}
        }
        if job.producer.dry_run || tally.rejected > 0 || report.interrupted {
            fill(&mut report, tally, started);
            report.not_sent = report.read - report.rejected;
            if job.producer.dry_run {
                report.not_sent = 0;
            }
            if report.interrupted {
                return finish(job.output, &report);
            }
            if report.rejected > 0 && !job.producer.dry_run {
                job.output.note(&report.summary());
                job.output.emit(&report)?;
                return Err(KanError::usage(format!(
                    "{} of {} lines in {} are invalid; nothing was sent (--on-invalid skip or dlq publishes the valid ones)",
                    report.rejected, report.read, source_label
                ))
                .into());
            }
            if job.producer.dry_run {
                job.output.note(&report.summary());
                job.output.emit(&report)?;
                return match (report.rejected, job.lines.on_invalid) {
                    (0, _) => Ok(Exit::Success),
                    (n, OnInvalid::Fail) => Err(KanError::usage(format!(
                        "{n} of {} lines are invalid",
                        report.read
                    ))
                    .into()),
                    (n, _) => Err(KanError::Partial(format!(
                        "{n} of {} lines would be rejected",
                        report.read
                    ))
                    .into()),
                };
            }
        }
    }

    let settings = producer_settings(&job.producer, &job.topic, true);
    let publisher = Publisher::connect(&job.settings.connection, &settings)?;
    let partitions = publisher.partitions(&job.topic)?;
    if let LineMode::Raw {
        partition: Some(partition),
        ..
    } = &job.mode
    {
        if *partition < 0 || *partition >= partitions {
            return Err(KanError::usage(format!(
                "partition {partition} does not exist in '{}' (it has {partitions})",
                job.topic
            ))
            .into());
        }
    }
    let dlq = job.lines.on_invalid == OnInvalid::Dlq;
    if dlq {
        publisher
            .partitions(&job.lines.dlq_topic)
            .map_err(|err| match err {
                KanError::NotFound(_) => KanError::not_found(format!(
                    "dead-letter topic '{}' does not exist (create it, or pass --dlq-topic)",
                    job.lines.dlq_topic
                )),
                other => other,
            })?;
    }
    let topic = publisher.topic(&job.topic)?;
    let dlq_topic = dlq
        .then(|| publisher.topic(&job.lines.dlq_topic))
        .transpose()?;
    if transactional {
        publisher.init_transactions()?;
        publisher.begin_transaction()?;
    }

    let source = LineSource::open(job.file.as_deref())?;
    let source_name_text = source.name.clone();
    let progress = Progress::new(
        terminal::interactive_stderr() && !job.output.quiet(),
        source.size,
    );
    let mut rejects = open_rejects(&job.lines.rejects)?;
    let mut ids = CorrelationIds::new(job.producer.correlation_id.clone());
    let content_type: &[u8] = b"application/json";
    let mut tally = Tally::default();
    let mut sent: u64 = 0;
    let mut stop_reason: Option<&'static str> = None;
    let stop: &AtomicBool = job.interrupt.flag();
    let now = now_millis();
    let prepared_blocks = spawn_preparer(source, job.mode.clone(), now, checked);
    let source = Named {
        name: source_name_text,
    };

    'reading: loop {
        let PreparedBlock { block, lines } =
            match prepared_blocks.recv_timeout(Duration::from_millis(100)) {
                Ok(prepared) => prepared?,
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                    publisher.poll();
                    if job.interrupt.requested() {
                        stop_reason = Some("interrupted");
                        break;
                    }
                    continue;
                }
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
            };
        tally.bytes += block.data.len() as u64 + 1;
        for PreparedSpan {
            number,
            start,
            end,
            prepared,
        } in lines
        {
            let line = &block.data[start..end];
            if job.interrupt.requested() {
                stop_reason = Some("interrupted");
                break 'reading;
            }
            if stop_reason.is_some() {
                tally.read += 1;
                tally.not_sent += 1;
                continue;
            }
            tally.read += 1;
            let prepared = match prepared {
                Ok(prepared) => prepared,
                Err(rejection) => {
                    tally.reject(&source.name, number, &rejection.message, job.output);
                    if let Some(file) = rejects.as_mut() {
                        write_reject(file, line)?;
                    }
                    // (A dead-letter topic handle exists exactly in dlq mode.)
                    match (job.lines.on_invalid, &dlq_topic) {
                        (OnInvalid::Fail, _) => stop_reason = Some("invalid"),
                        (OnInvalid::Skip, _) | (OnInvalid::Dlq, None) => {}
                        (OnInvalid::Dlq, Some(dlq_topic)) => {
                            let record = dead_letter(&source.name, number, &rejection, line);
                            let id = ids.next_id();
                            let headers: [(&str, Option<&[u8]>); 3] = [
                                ("correlation-id", Some(id.as_bytes())),
                                ("source", Some(b"kan")),
                                ("content-type", Some(content_type)),
                            ];
                            let out = OutRecord {
                                key: None,
                                payload: &record,
                                partition: None,
                                timestamp_ms: None,
                                headers: &headers,
                                tag: DeliveryTag::DeadLetter { line: number },
                            };
                            match publisher.send(dlq_topic, &out, stop) {
                                Ok(()) => {}
                                Err(SendFailure::Interrupted) => {
                                    stop_reason = Some("interrupted");
                                    break 'reading;
                                }
                                Err(SendFailure::Rejected(reason)) => {
                                    tally.dlq_send_failed += 1;
                                    tally.fail(number, format!("dead-letter record: {reason}"));
                                }
                            }
                        }
                    }
                    continue;
                }
            };
            if let Some(rate) = job.producer.rate {
                pace(rate, sent, started, &publisher, job.interrupt);
            }
            let mut headers: Vec<(&str, Option<&[u8]>)> =
                Vec::with_capacity(3 + job.extra_headers.len());
            match &prepared.headers {
                Some(own) => {
                    headers.extend(
                        own.iter()
                            .map(|(key, value)| (key.as_str(), value.as_deref())),
                    );
                }
                None => {
                    let id = ids.next_id();
                    headers.push(("correlation-id", Some(id.as_bytes())));
                    headers.push(("source", Some(b"kan")));
                    headers.push(("content-type", Some(content_type)));
                    for (key, value) in &job.extra_headers {
                        headers.push((key, Some(value.as_bytes())));
                    }
                }
            }
            let partition = match &job.mode {
                LineMode::Raw { partition, .. } => *partition,
                LineMode::Typed(_) => None,
                LineMode::Envelope { .. } => prepared.partition,
            };
            let out = OutRecord {
                key: prepared.key.as_ref().map(|key| key.of(line)),
                payload: prepared.payload.as_deref().unwrap_or(line),
                partition,
                timestamp_ms: prepared.timestamp_ms,
                headers: &headers,
                tag: DeliveryTag::Record { line: number },
            };
            match publisher.send(&topic, &out, stop) {
                Ok(()) => sent += 1,
                Err(SendFailure::Interrupted) => {
                    tally.not_sent += 1;
                    stop_reason = Some("interrupted");
                    break 'reading;
                }
                Err(SendFailure::Rejected(reason)) => {
                    tally.send_failed += 1;
                    tally.fail(number, reason);
                    if transactional {
                        stop_reason = Some("failed");
                    }
                }
            }
            if tally.read % 1024 == 0 {
                publisher.poll();
                if progress.is_visible() {
                    let delivered = publisher.delivered();
                    let elapsed = started.elapsed().as_secs_f64().max(1e-9);
                    progress.update(
                        tally.bytes,
                        delivered,
                        tally.read,
                        delivered as f64 / elapsed,
                    );
                }
            }
        }
    }
    let interrupted = stop_reason == Some("interrupted") || job.interrupt.requested();
    if let Some(mut file) = rejects {
        file.flush()
            .map_err(|err| KanError::usage(format!("cannot write --rejects: {err}")))?;
    }

    // Flush: everything sent gets a delivery report (bounded, so a dead broker cannot hang us).
    let limit = if interrupted {
        job.settings.connection.timeout
    } else {
        job.settings.connection.timeout.max(Duration::from_secs(30)) + Duration::from_secs(5)
    };
    let flushed = publisher.flush(limit);
    progress.finish();
    let mut stats = publisher.stats();
    let undelivered = i64::from(publisher.in_flight()).max(0) as u64;

    let mut committed = None;
    if transactional {
        let clean = stats.failed == 0
            && tally.failures.is_empty()
            && stop_reason.is_none()
            && flushed
            && !interrupted;
        if clean {
            match publisher.commit_transaction() {
                Ok(()) => committed = Some(true),
                Err(err) => {
                    tally.fail(0, err.to_string());
                    let _ = publisher.abort_transaction();
                    committed = Some(false);
                }
            }
        } else {
            if let Err(err) = publisher.abort_transaction() {
                job.output.warn(&err.to_string());
            }
            committed = Some(false);
        }
        if committed == Some(false) {
            // Aborted: nothing the broker took is visible.
            stats.partitions.clear();
        }
    }

    let mut failures = std::mem::take(&mut tally.failures);
    failures.extend(
        stats
            .failures
            .iter()
            .take(MAX_LISTED_ISSUES)
            .map(|(line, reason)| LineIssue {
                line: *line,
                reason: reason.clone(),
            }),
    );
    failures.sort_by_key(|issue| issue.line);
    for issue in failures.iter().take(MAX_PRINTED_ISSUES as usize) {
        if issue.line > 0 {
            job.output.warn(&format!(
                "{}:{}: not delivered: {}",
                source.name, issue.line, issue.reason
            ));
        }
    }
    if undelivered > 0 {
        job.output.warn(&format!(
            "{undelivered} records were still in flight when the flush limit ({}) ran out",
            humantime::format_duration(limit)
        ));
    }
    let send_failed = tally.send_failed;
    let dlq_send_failed = tally.dlq_send_failed;
    report.interrupted = interrupted;
    report.committed = committed;
    fill(&mut report, tally, started);
    if committed == Some(false) {
        // Aborted: nothing is visible, so every valid record counts as not delivered.
        report.delivered = 0;
        report.failed = report.read - report.rejected - report.not_sent;
    } else {
        report.delivered = stats.delivered;
        report.failed = send_failed + stats.failed + undelivered;
    }
    report.failures = failures;
    report.partitions = stats
        .partitions
        .iter()
        .map(|(partition, delivered)| PartitionCount {
            partition: *partition,
            delivered: *delivered,
        })
        .collect();
    if dlq {
        report.dlq = Some(DlqReport {
            topic: job.lines.dlq_topic.clone(),
            delivered: stats.dlq_delivered,
            failed: stats.dlq_failed + dlq_send_failed,
        });
    }
    let elapsed = started.elapsed().as_secs_f64().max(1e-9);
    report.records_per_second = report.delivered as f64 / elapsed;
    if stop_reason == Some("invalid") && report.delivered == 0 && report.failed == 0 {
        job.output.note(&report.summary());
        job.output.emit(&report)?;
        return Err(KanError::usage(format!(
            "invalid input in {}; nothing was sent",
            report.source
        ))
        .into());
    }
    finish(job.output, &report)
}

fn fill(report: &mut PublishReport, tally: Tally, started: Instant) {
    report.read = tally.read;
    report.rejected = tally.rejected;
    report.not_sent += tally.not_sent;
    report.rejects = tally.rejects;
    report.issues_not_listed = tally.unlisted;
    report.duration_ms = started.elapsed().as_millis() as u64;
    if report.failures.is_empty() {
        report.failures = tally.failures;
    }
}

/// The dead-letter record: `{source, line, error, raw}` (+ `raw_base64` for non-UTF-8).
fn dead_letter(source: &str, line: u64, rejection: &Rejection, raw: &[u8]) -> Vec<u8> {
    let mut record = serde_json::json!({
        "source": source,
        "line": line,
        "error": rejection.message,
        "reason": rejection.reason.as_str(),
        "raw": String::from_utf8_lossy(raw),
    });
    if std::str::from_utf8(raw).is_err() {
        record["raw_base64"] =
            serde_json::Value::String(crate::domain::envelope::base64_encode(raw));
    }
    serde_json::to_vec(&record).unwrap_or_default()
}

/// Sleeps just enough to keep `sent / elapsed` at or under `rate`, serving deliveries.
fn pace(rate: f64, sent: u64, started: Instant, publisher: &Publisher, interrupt: &Interrupt) {
    let due = started + Duration::from_secs_f64(sent as f64 / rate);
    while Instant::now() < due && !interrupt.requested() {
        publisher.poll();
        std::thread::sleep((due - Instant::now()).min(Duration::from_millis(50)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dead_letters_carry_source_line_error_and_raw() {
        let rejection = Rejection {
            reason: event::RejectReason::InvalidUtf8,
            message: "not valid UTF-8 (byte 2)".into(),
        };
        let record: serde_json::Value =
            serde_json::from_slice(&dead_letter("in.jsonl", 7, &rejection, b"a\xffb")).unwrap();
        assert_eq!(record["source"], "in.jsonl");
        assert_eq!(record["line"], 7);
        assert_eq!(record["error"], "not valid UTF-8 (byte 2)");
        assert_eq!(record["reason"], "invalid_utf8");
        assert_eq!(record["raw"], "a\u{fffd}b");
        assert_eq!(record["raw_base64"], "Yf9i");
    }

    #[test]
    fn lines_rewritten_or_keyed_from_elsewhere_are_not_remembered() {
        let mut checked = CheckedLines::default();
        // A missing timestamp is filled in: the value is not the line itself.
        let rewritten = br#"{"userId":"u1","eventType":"view"}"#;
        let typed = LineMode::Typed(EventKind::UserEvent);
        let prepared = prepare_line(&typed, rewritten, 0).unwrap();
        remember(&mut checked, 1, rewritten, &prepared);
        assert!(checked.recall(1, rewritten).is_none());
        // A --key flag: the key is not in the line (and raw lines have no timestamp).
        let raw = LineMode::Raw {
            key_field: None,
            key: Some("k".into()),
            partition: None,
        };
        let prepared = prepare_line(&raw, b"{}", 0).unwrap();
        remember(&mut checked, 2, b"{}", &prepared);
        assert!(checked.recall(2, b"{}").is_none());
    }

    #[test]
    fn the_sending_pass_reuses_checked_lines_and_parses_changed_ones() {
        let valid = r#"{"userId":"u1","eventType":"view","timestamp":5}"#;
        let mode = LineMode::Typed(EventKind::UserEvent);
        let mut checked = CheckedLines::default();
        // What the first pass saw: two valid lines.
        for (number, line) in [(1, valid), (2, valid)] {
            let prepared = prepare_line(&mode, line.as_bytes(), 0).unwrap();
            remember(&mut checked, number, line.as_bytes(), &prepared);
        }
        // What the second pass reads: line 2 was changed in between, and is now invalid.
        let text = format!(
            "{valid}\n{}\n",
            r#"{"userId":"u1","eventType":"nap","timestamp":5}"#
        );
        let source = LineSource::spawn("test".into(), None, std::io::Cursor::new(text));
        let blocks = spawn_preparer(source, mode, 0, checked);
        let mut outcomes = Vec::new();
        while let Ok(block) = blocks.recv_timeout(Duration::from_secs(10)) {
            let PreparedBlock { block, lines } = block.unwrap();
            for span in lines {
                let line = &block.data[span.start..span.end];
                outcomes.push(span.prepared.map(|prepared| {
                    let key = prepared.key.as_ref().map(|key| key.of(line).to_vec());
                    (key, prepared.timestamp_ms)
                }));
            }
        }
        assert_eq!(outcomes.len(), 2);
        assert_eq!(
            outcomes[0].as_ref().unwrap(),
            &(Some(b"u1".to_vec()), Some(5))
        );
        assert!(outcomes[1].as_ref().unwrap_err().message.contains("nap"));
    }

    #[test]
    fn raw_lines_keep_their_bytes_and_take_keys() {
        let mode = LineMode::Raw {
            key_field: Some("id".into()),
            key: None,
            partition: None,
        };
        let prepared = prepare(&mode, br#"{"id":"k","x":1}"#, 0).unwrap();
        assert_eq!(prepared.key.as_deref(), Some(&b"k"[..]));
        assert_eq!(&*prepared.payload, br#"{"id":"k","x":1}"#);
        assert!(prepare(&mode, b"", 0).is_err());
    }
}

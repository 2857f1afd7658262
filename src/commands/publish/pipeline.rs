//! The line pipeline behind `kan publish batch` and `kan publish raw` (stdin): an optional
//! first pass that checks everything, then one that reads blocks of prepared lines, keeps many
//! records in flight and counts every delivery report; then the run is settled (flushed,
//! committed or aborted) and reported. Every line read is delivered, rejected, failed or not
//! sent, and the report adds up.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::checkpoint::{self as resume, Checkpointer, Resumed};
use super::encoding::{self, Writers};
use super::lines::{self, Line, LineMode, PreparedBlock, PreparedLine, Preparer};
use super::{finish, producer_settings};
use crate::cli::{
    BatchKind, LineArgs, OnInvalid, ProducerArgs, PublishBatch, PublishRaw, SubjectArgs,
};
use crate::commands::records::{kan_headers, send_dead_letter, CorrelationIds, Header};
use crate::domain::checkpoint::LineSet;
use crate::domain::dead_letter::{DeadLetter, Origin};
use crate::domain::event::{EventKind, Rejection};
use crate::domain::line_schema::LineSchema;
use crate::domain::platform;
use crate::domain::timestamp::now_millis;
use crate::domain::topic::no_partition;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::input::{LineSource, Next};
use crate::interrupt::Interrupt;
use crate::kafka::producer::{
    DeliveryStats, DeliveryTag, OutRecord, Publisher, SendFailure, Topic,
};
use crate::render::publish::{
    CheckpointReport, DlqReport, LineIssue, PartitionCount, Progress, PublishReport,
};
use crate::render::Output;
use crate::settings::Settings;
use crate::terminal;
use clap::ValueEnum;

/// Issues kept in memory (and in the JSON report); beyond this they are only counted.
const MAX_LISTED_ISSUES: usize = 10_000;
/// Invalid lines printed on stderr before the rest are summarised.
const MAX_PRINTED_ISSUES: u64 = 20;

struct Job<'a> {
    settings: &'a Settings,
    output: &'a Output,
    interrupt: &'a Interrupt,
    topic: String,
    mode: LineMode,
    /// `--schema`: every record value must also satisfy it.
    schema: Option<Arc<LineSchema>>,
    /// `--value-subject`/`--key-subject`: values and keys in the wire format.
    writers: Writers,
    file: Option<PathBuf>,
    lines: LineArgs,
    producer: ProducerArgs,
    extra_headers: Vec<(String, String)>,
    /// For `publish batch`: the kind's name, `--checkpoint` and `--resume`.
    checkpoint: Option<CheckpointArgs>,
}

struct CheckpointArgs {
    kind: String,
    path: Option<PathBuf>,
    resume: bool,
}

impl Job<'_> {
    /// A file, as opposed to stdin (which can be read only once).
    fn reads_file(&self) -> bool {
        self.file
            .as_deref()
            .is_some_and(|path| path != Path::new("-"))
    }

    fn source_name(&self) -> String {
        match &self.file {
            Some(path) if self.reads_file() => path.display().to_string(),
            _ => "stdin".into(),
        }
    }

    fn transactional(&self) -> bool {
        self.producer.transactional || self.producer.transactional_id.is_some()
    }
}

pub fn batch(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    args: PublishBatch,
) -> Result<Exit> {
    // With --schema alone, lines are your own kind of event: raw records that the schema checks.
    let batch_kind = args.kind.unwrap_or(BatchKind::Raw);
    if args.repartition && batch_kind != BatchKind::Envelope {
        return Err(KanError::usage("--repartition is for --kind envelope").into());
    }
    if args.schema.is_some() && batch_kind == BatchKind::Envelope {
        return Err(KanError::usage(
            "--schema is for event lines, not --kind envelope (envelopes are published again as they were)",
        )
        .into());
    }
    if args.key_field.is_some() && batch_kind != BatchKind::Raw {
        return Err(KanError::usage(
            "--key-field is for --kind raw; typed events are keyed by userId",
        )
        .into());
    }
    let typed = |kind: EventKind| (LineMode::Typed(kind), Some(kind.default_topic()));
    let (mode, default_topic) = match batch_kind {
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
    let topic = args
        .topic
        .clone()
        .or(default_topic.map(str::to_string))
        .ok_or_else(|| match args.kind {
            Some(_) => KanError::usage("--kind raw and --kind envelope need --topic"),
            None => KanError::usage("--schema without --kind needs --topic"),
        })?;
    let from_file = args
        .file
        .as_deref()
        .is_some_and(|path| path != Path::new("-"));
    if (args.resume || args.checkpoint.is_some()) && !from_file {
        return Err(KanError::usage(
            "--resume and --checkpoint need -f FILE (stdin cannot be read again)",
        )
        .into());
    }
    if args.resume && (args.producer.transactional || args.producer.transactional_id.is_some()) {
        return Err(KanError::usage(
            "--resume is not for --transactional runs: a transaction is all or nothing, so run it again",
        )
        .into());
    }
    if batch_kind == BatchKind::Envelope && any_subject(&args.subjects) {
        return Err(KanError::usage(
            "--value-subject and --key-subject are for event lines, not --kind envelope (envelopes are published again as they were)",
        )
        .into());
    }
    let schema = args.schema.as_deref().map(load_schema).transpose()?;
    let writers = encoding::writers(settings, &args.subjects)?;
    let kind = batch_kind
        .to_possible_value()
        .map(|value| value.get_name().to_string())
        .unwrap_or_default();
    run(Job {
        settings,
        output,
        interrupt,
        topic,
        mode,
        schema,
        writers,
        file: args.file,
        lines: args.lines,
        producer: args.producer,
        extra_headers: Vec::new(),
        checkpoint: (!args.no_checkpoint).then_some(CheckpointArgs {
            kind,
            path: args.checkpoint,
            resume: args.resume,
        }),
    })
}

fn any_subject(args: &SubjectArgs) -> bool {
    args.value_subject.is_some() || args.key_subject.is_some()
}

/// Reads and compiles a `--schema` file; anything wrong with it is a usage error naming it.
fn load_schema(path: &Path) -> Result<Arc<LineSchema>, KanError> {
    let name = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|err| KanError::usage(format!("cannot read --schema {name}: {err}")))?;
    LineSchema::parse(&text)
        .map(Arc::new)
        .map_err(|message| KanError::usage(format!("{name}: {message}")))
}

pub fn raw_lines(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    args: PublishRaw,
) -> Result<Exit> {
    if args.envelope && any_subject(&args.subjects) {
        return Err(KanError::usage(
            "--value-subject and --key-subject are not for --envelope (envelopes are published again as they were)",
        )
        .into());
    }
    let writers = encoding::writers(settings, &args.subjects)?;
    let mode = if args.envelope {
        LineMode::Envelope {
            keep_partition: !args.repartition,
        }
    } else {
        LineMode::Raw {
            key_field: None,
            key: args.key,
            partition: args.partition,
        }
    };
    run(Job {
        settings,
        output,
        interrupt,
        topic: args.topic,
        mode,
        schema: None,
        writers,
        file: None,
        lines: LineArgs {
            on_invalid: OnInvalid::Skip,
            dlq_topic: platform::ERROR_EVENTS.into(),
            rejects: None,
        },
        producer: args.producer,
        extra_headers: args.headers,
        checkpoint: None,
    })
}

fn run(job: Job<'_>) -> Result<Exit> {
    let started = Instant::now();
    let mut preparer = match first_pass(&job, started)? {
        FirstPass::Done(outcome) => return outcome,
        FirstPass::Send(preparer) => preparer,
    };
    let settings = producer_settings(&job.producer, &job.topic, true);
    let publisher = Publisher::connect(&job.settings.connection, &settings)?;
    let outbox = Outbox::open(&job, &publisher)?;
    let (checkpointer, resumed) = start_checkpoint(&job, &publisher)?;
    let source = LineSource::open(job.file.as_deref())?;
    preparer.restamp(now_millis());
    let mut sending = Sending::new(&job, outbox, &source, started)?;
    sending.checkpoint = checkpointer;
    let resumed_run = resumed.is_some();
    sending.skip = resumed.map(|resumed| Skip {
        settled: resumed.settled,
        queued_through: resumed.queued_through,
        resent: 0,
    });
    // An error part-way (the input, --rejects) still settles what was queued and reports it —
    // dropping the producer would purge records already handed to it — then fails the run.
    let (stop, error) = match sending.send_all(lines::spawn(source, preparer)) {
        Ok(stop) => (stop, None),
        Err(error) => (Some(Stop::Failed), Some(error)),
    };
    let Sending {
        outbox,
        tally,
        progress,
        checkpoint,
        skip,
        ..
    } = sending;
    let possibly_duplicated = resumed_run.then(|| skip.map(|skip| skip.resent).unwrap_or_default());
    let mut settled = settle(&job, &outbox, tally, stop);
    progress.finish();
    let (checkpoint, error) =
        finish_checkpoint(checkpoint, &outbox, &settled, possibly_duplicated, error);
    settled.checkpoint = checkpoint;
    let outcome = report(&job, settled, started);
    match error {
        Some(error) => Err(error.into()),
        None => outcome,
    }
}

/// For a file read by `publish batch` (not a dry run, not a transaction): the first checkpoint
/// is written (and with `--resume` the last one read) before anything is sent.
fn start_checkpoint(
    job: &Job<'_>,
    publisher: &Publisher,
) -> Result<(Option<Checkpointer>, Option<Resumed>), KanError> {
    let (Some(args), Some(file)) = (&job.checkpoint, &job.file) else {
        return Ok((None, None));
    };
    if !job.reads_file() || job.transactional() {
        return Ok((None, None));
    }
    let plan = resume::Plan {
        file,
        topic: &job.topic,
        kind: &args.kind,
        path: args.path.as_deref(),
        resume: args.resume,
    };
    let (checkpointer, resumed) = match Checkpointer::start(&plan) {
        Ok(started) => started,
        // Asked for: a checkpoint that cannot be kept is an error. Not asked for (the default
        // place, e.g. a read-only home): the run goes on without one, and says so.
        Err(err) if args.path.is_some() || args.resume => return Err(err),
        Err(err) => {
            job.output.warn(&format!(
                "{err}; publishing without a checkpoint (--resume will not be possible)"
            ));
            return Ok((None, None));
        }
    };
    match &resumed {
        Some(resumed) => job.output.note(&format!(
            "resuming from {}: {} lines settled before are skipped; up to {} lines sent again may be duplicates (in flight when that run stopped)",
            checkpointer.path().display(),
            resumed.settled.len(),
            resumed.possibly_sent
        )),
        None if args.resume => job.output.note(&format!(
            "no checkpoint in {}: publishing from the first line",
            checkpointer.path().display()
        )),
        None => {}
    }
    let settled = resumed
        .as_ref()
        .map(|resumed| resumed.settled.clone())
        .unwrap_or_default();
    publisher.track_lines(settled);
    Ok((Some(checkpointer), resumed))
}

/// Writes the last checkpoint. A failure to do so becomes the run's error (unless it already has
/// one).
fn finish_checkpoint(
    checkpointer: Option<Checkpointer>,
    outbox: &Outbox<'_>,
    settled: &Settled,
    possibly_duplicated: Option<u64>,
    error: Option<KanError>,
) -> (Option<CheckpointReport>, Option<KanError>) {
    let Some(mut checkpointer) = checkpointer else {
        return (None, error);
    };
    let whole_input = settled.stop.is_none() && !settled.interrupted;
    let complete = checkpointer.finish(outbox.publisher, settled.tally.read, whole_input);
    let report = CheckpointReport {
        path: checkpointer.path().display().to_string(),
        resumed: possibly_duplicated.is_some(),
        possibly_duplicated: possibly_duplicated.unwrap_or_default(),
        complete: complete.as_ref().is_ok_and(|complete| *complete),
    };
    match complete {
        Ok(_) => (Some(report), error),
        Err(err) => (Some(report), error.or(Some(err))),
    }
}

/// Why sending stopped before the end of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// Ctrl-C or SIGTERM.
    Interrupted,
    /// An invalid line in fail mode (stdin: the lines before it were sent).
    Invalid,
    /// A record was refused in a transaction, which will be aborted, or reading or writing
    /// failed part-way.
    Failed,
}

// --- the first pass ------------------------------------------------------------------------

/// What the first pass decided.
enum FirstPass {
    /// Nothing is to be sent: the run's outcome.
    Done(Result<Exit>),
    /// Send, with what the first pass learned.
    Send(Preparer),
}

/// Checks every line without sending, for `--dry-run` and for fail mode on files (nothing is
/// sent unless every line is valid).
fn first_pass(job: &Job<'_>, started: Instant) -> Result<FirstPass> {
    let validate_first = job.lines.on_invalid == OnInvalid::Fail && job.reads_file();
    let dry_run = job.producer.dry_run;
    let mut preparer = Preparer::new(job.mode.clone(), now_millis(), !dry_run)
        .with_schema(job.schema.clone())
        .with_writers(job.writers.clone());
    if !dry_run && !validate_first {
        return Ok(FirstPass::Send(preparer));
    }
    let mut tally = Tally::default();
    let interrupted = match check_all(job, &mut preparer, &mut tally) {
        Err(KanError::Interrupted) => true,
        Err(err) => return Err(err.into()),
        Ok(()) => false,
    };
    if !dry_run && !interrupted && tally.rejected == 0 {
        return Ok(FirstPass::Send(preparer));
    }
    let mut report = new_report(job);
    report.interrupted = interrupted;
    fill(&mut report, tally, started);
    report.not_sent = if dry_run {
        0
    } else {
        report.read - report.rejected
    };
    Ok(FirstPass::Done(checked_outcome(job, &report)))
}

fn check_all(job: &Job<'_>, preparer: &mut Preparer, tally: &mut Tally) -> Result<(), KanError> {
    let source = LineSource::open(job.file.as_deref())?;
    let mut rejects = Rejects::open(job.lines.rejects.as_deref())?;
    loop {
        match source.next_block(Duration::from_millis(100))? {
            Next::Block(block) => {
                for (number, line) in block.lines() {
                    tally.read += 1;
                    if let Err(rejection) = preparer.check(number, line) {
                        tally.reject(&source.name, number, &rejection.message, job.output);
                        rejects.write(line)?;
                    }
                }
            }
            Next::Pending if job.interrupt.requested() => return Err(KanError::Interrupted),
            Next::Pending => {}
            Next::End => return rejects.finish(),
        }
    }
}

/// The outcome of a run that the first pass ended: a dry run, invalid input, or Ctrl-C.
fn checked_outcome(job: &Job<'_>, report: &PublishReport) -> Result<Exit> {
    if report.interrupted {
        return finish(job.output, report);
    }
    job.output.note(&report.summary());
    job.output.emit(report)?;
    let (read, rejected) = (report.read, report.rejected);
    if !job.producer.dry_run {
        return Err(KanError::usage(format!(
            "{rejected} of {read} lines in {} are invalid; nothing was sent (--on-invalid skip or dlq publishes the valid ones)",
            report.source
        ))
        .into());
    }
    match (rejected, job.lines.on_invalid) {
        (0, _) => Ok(Exit::Success),
        (n, OnInvalid::Fail) => {
            Err(KanError::usage(format!("{n} of {read} lines are invalid")).into())
        }
        (n, _) => Err(KanError::Partial(format!("{n} of {read} lines would be rejected")).into()),
    }
}

// --- sending -------------------------------------------------------------------------------

/// Where records go: the topic and, in dlq mode, the dead-letter topic, with their handles made
/// once.
struct Outbox<'p> {
    publisher: &'p Publisher,
    topic: Topic<'p>,
    /// Exactly in `--on-invalid dlq` mode.
    dead_letters: Option<Topic<'p>>,
    /// The run's `--key`.
    fixed_key: Vec<u8>,
    ids: CorrelationIds,
}

impl<'p> Outbox<'p> {
    /// Checks that the topics and the partition exist, and starts the transaction.
    fn open(job: &Job<'_>, publisher: &'p Publisher) -> Result<Self, KanError> {
        let partitions = publisher.partitions(&job.topic)?;
        let mut fixed_key = Vec::new();
        if let LineMode::Raw { partition, key, .. } = &job.mode {
            if let Some(partition) = partition.filter(|p| *p < 0 || *p >= partitions) {
                let count = usize::try_from(partitions).unwrap_or_default();
                return Err(KanError::usage(no_partition(&job.topic, partition, count)));
            }
            fixed_key = key.clone().unwrap_or_default().into_bytes();
        }
        let dead_letters = if job.lines.on_invalid == OnInvalid::Dlq {
            publisher
                .partitions(&job.lines.dlq_topic)
                .map_err(|err| match err {
                    KanError::NotFound(_) => KanError::not_found(format!(
                        "dead-letter topic '{}' does not exist (create it, or pass --dlq-topic)",
                        job.lines.dlq_topic
                    )),
                    other => other,
                })?;
            Some(publisher.topic(&job.lines.dlq_topic)?)
        } else {
            None
        };
        let topic = publisher.topic(&job.topic)?;
        if job.transactional() {
            publisher.init_transactions()?;
            publisher.begin_transaction()?;
        }
        Ok(Outbox {
            publisher,
            topic,
            dead_letters,
            fixed_key,
            ids: CorrelationIds::new(job.producer.correlation_id.clone()),
        })
    }
}

/// The sending pass.
struct Sending<'j, 'p> {
    job: &'j Job<'j>,
    outbox: Outbox<'p>,
    tally: Tally,
    rejects: Rejects,
    progress: Progress,
    /// The input's name, for `FILE:LINE:` messages.
    source: String,
    started: Instant,
    /// With `--rate`: when the next record may be queued.
    next_due: Option<Instant>,
    /// For a file input: its checkpoint.
    checkpoint: Option<Checkpointer>,
    /// With `--resume`: what the earlier run settled.
    skip: Option<Skip>,
}

/// With `--resume`: the lines an earlier run settled (not sent again), and how many of those
/// sent again it may have sent too.
struct Skip {
    settled: LineSet,
    queued_through: u64,
    /// Lines sent again that the earlier run had queued without an acknowledgement.
    resent: u64,
}

impl<'j, 'p> Sending<'j, 'p> {
    fn new(
        job: &'j Job<'j>,
        outbox: Outbox<'p>,
        source: &LineSource,
        started: Instant,
    ) -> Result<Self, KanError> {
        let visible = terminal::interactive_stderr() && !job.output.quiet();
        Ok(Sending {
            job,
            outbox,
            tally: Tally::default(),
            rejects: Rejects::open(job.lines.rejects.as_deref())?,
            progress: Progress::new(visible, source.size),
            source: source.name.clone(),
            started,
            next_due: None,
            checkpoint: None,
            skip: None,
        })
    }

    /// Sends every valid line of the prepared blocks, in order; the stop, if any.
    fn send_all(
        &mut self,
        blocks: Receiver<Result<PreparedBlock, KanError>>,
    ) -> Result<Option<Stop>, KanError> {
        let stop = self.send_blocks(&blocks);
        self.rejects.finish()?;
        stop
    }

    fn send_blocks(
        &mut self,
        blocks: &Receiver<Result<PreparedBlock, KanError>>,
    ) -> Result<Option<Stop>, KanError> {
        let mut stop = None;
        loop {
            let PreparedBlock { block, lines } =
                match blocks.recv_timeout(Duration::from_millis(100)) {
                    Ok(prepared) => prepared?,
                    Err(RecvTimeoutError::Timeout) => {
                        self.outbox.publisher.poll();
                        self.tick_checkpoint()?;
                        if self.job.interrupt.requested() {
                            return Ok(Some(Stop::Interrupted));
                        }
                        continue;
                    }
                    Err(RecvTimeoutError::Disconnected) => return Ok(stop),
                };
            self.tally.bytes += block.data.len() as u64 + 1;
            for line in lines {
                if self.job.interrupt.requested() {
                    return Ok(Some(Stop::Interrupted));
                }
                self.tally.read += 1;
                if stop.is_some() {
                    // After a stop the rest is read, and counted as not sent.
                    self.tally.not_sent += 1;
                    continue;
                }
                stop = self.line(line, &block.data)?;
                if stop == Some(Stop::Interrupted) {
                    return Ok(stop);
                }
                self.show_progress();
                if self.tally.read.is_multiple_of(1024) {
                    self.tick_checkpoint()?;
                }
            }
        }
    }

    /// One line: sent, or rejected (and dead-lettered in dlq mode), or skipped when an earlier
    /// run settled it.
    fn line(&mut self, line: Line, data: &[u8]) -> Result<Option<Stop>, KanError> {
        if let Some(skip) = &mut self.skip {
            if skip.settled.contains(line.number) {
                self.tally.skipped += 1;
                return Ok(None);
            }
            if line.number <= skip.queued_through && line.prepared.is_ok() {
                skip.resent += 1;
            }
        }
        if let Some(checkpoint) = &mut self.checkpoint {
            // Nothing is queued past what the checkpoint on disk allows.
            checkpoint.before_queue(line.number, self.outbox.publisher)?;
        }
        let bytes = &data[line.span];
        match line.prepared {
            Ok(prepared) => Ok(self.send(line.number, bytes, &prepared)),
            Err(rejection) => self.reject(line.number, bytes, &rejection),
        }
    }

    fn tick_checkpoint(&mut self) -> Result<(), KanError> {
        match &mut self.checkpoint {
            Some(checkpoint) => checkpoint.tick(self.outbox.publisher),
            None => Ok(()),
        }
    }

    fn reject(
        &mut self,
        number: u64,
        bytes: &[u8],
        rejection: &Rejection,
    ) -> Result<Option<Stop>, KanError> {
        self.tally
            .reject(&self.source, number, &rejection.message, self.job.output);
        self.rejects.write(bytes)?;
        match self.job.lines.on_invalid {
            OnInvalid::Fail => return Ok(Some(Stop::Invalid)),
            // Reported and done with (a dead letter is settled when it is delivered).
            OnInvalid::Skip => self.outbox.publisher.settle_line(number),
            OnInvalid::Dlq => {}
        }
        let Outbox {
            publisher,
            dead_letters: Some(topic),
            ids,
            ..
        } = &mut self.outbox
        else {
            return Ok(None);
        };
        let origin = Origin::Line {
            source: self.source.clone(),
            line: number,
        };
        let letter = DeadLetter::new(origin, rejection, bytes);
        let sent = send_dead_letter(
            publisher,
            topic,
            ids,
            &letter,
            number,
            self.job.interrupt.flag(),
        );
        match sent {
            Ok(()) => Ok(None),
            Err(SendFailure::Interrupted) => Ok(Some(Stop::Interrupted)),
            Err(SendFailure::Rejected(reason)) => {
                self.tally.dlq_send_failed += 1;
                self.tally
                    .fail(number, format!("dead-letter record: {reason}"));
                Ok(None)
            }
        }
    }

    /// Queues one record (waiting for room while the queue is full).
    fn send(&mut self, number: u64, bytes: &[u8], prepared: &PreparedLine) -> Option<Stop> {
        if let Some(rate) = self.job.producer.rate {
            self.next_due = Some(pace(
                rate,
                self.next_due,
                self.outbox.publisher,
                self.job.interrupt,
            ));
        }
        let outbox = &mut self.outbox;
        let mut headers: Vec<Header<'_>> = Vec::with_capacity(3 + self.job.extra_headers.len());
        match &prepared.headers {
            Some(own) => headers.extend(own.iter().map(|(k, v)| (k.as_str(), v.as_deref()))),
            None => kan_headers(
                &mut headers,
                outbox.ids.next_id(),
                prepared.json,
                &self.job.extra_headers,
            ),
        }
        let record = OutRecord {
            key: prepared.key.bytes(bytes, &outbox.fixed_key),
            // Absent only for an envelope whose value is null: sent as null, not as empty.
            payload: prepared.value.bytes(bytes, &[]),
            partition: prepared.partition,
            timestamp_ms: prepared.timestamp_ms,
            headers: &headers,
            tag: DeliveryTag::Record { line: number },
        };
        match outbox
            .publisher
            .send(&outbox.topic, &record, self.job.interrupt.flag())
        {
            Ok(()) => None,
            Err(SendFailure::Interrupted) => {
                self.tally.not_sent += 1;
                Some(Stop::Interrupted)
            }
            Err(SendFailure::Rejected(reason)) => {
                self.tally.send_failed += 1;
                self.tally.fail(number, reason);
                self.job.transactional().then_some(Stop::Failed)
            }
        }
    }

    /// Every 1,024 lines: serve delivery reports, and move the progress bar.
    fn show_progress(&self) {
        if !self.tally.read.is_multiple_of(1024) {
            return;
        }
        let publisher = self.outbox.publisher;
        publisher.poll();
        if self.progress.is_visible() {
            let delivered = publisher.delivered();
            let elapsed = self.started.elapsed().as_secs_f64().max(1e-9);
            self.progress.update(
                self.tally.bytes,
                delivered,
                self.tally.read,
                delivered as f64 / elapsed,
            );
        }
    }
}

/// How far behind its schedule `--rate` may fall and still catch up (a sleep overshoots by tens
/// of microseconds, more than a record's share at high rates); idle time beyond it is not saved.
const PACE_SLACK: Duration = Duration::from_millis(10);

/// Waits until `due` (serving deliveries); returns when the record after this one is due. Time
/// with nothing to send (a quiet stdin, the first pass) is not saved up: at most 10 ms of the
/// schedule can be caught up, so no second holds more than rate + rate/100 records.
fn pace(rate: f64, due: Option<Instant>, publisher: &Publisher, interrupt: &Interrupt) -> Instant {
    let now = Instant::now();
    let earliest = now.checked_sub(PACE_SLACK).unwrap_or(now);
    let due = due.map_or(now, |due| due.max(earliest));
    while Instant::now() < due && !interrupt.requested() {
        publisher.poll();
        std::thread::sleep((due - Instant::now()).min(Duration::from_millis(50)));
    }
    due + Duration::from_secs_f64(1.0 / rate)
}

// --- settling and reporting ----------------------------------------------------------------

/// How the run ended once everything sent was flushed (and the transaction decided).
struct Settled {
    tally: Tally,
    stop: Option<Stop>,
    interrupted: bool,
    stats: DeliveryStats,
    /// Records still in flight when the flush limit ran out.
    undelivered: u64,
    flush_limit: Duration,
    /// With `--transactional`: whether the transaction committed.
    committed: Option<bool>,
    checkpoint: Option<CheckpointReport>,
}

/// Flushes (bounded, so a dead broker cannot hang the run), then commits or aborts the
/// transaction.
fn settle(job: &Job<'_>, outbox: &Outbox<'_>, mut tally: Tally, stop: Option<Stop>) -> Settled {
    let publisher = outbox.publisher;
    let interrupted = stop == Some(Stop::Interrupted) || job.interrupt.requested();
    let timeout = job.settings.connection.timeout;
    let flush_limit = if interrupted {
        timeout
    } else {
        timeout.max(Duration::from_secs(30)) + Duration::from_secs(5)
    };
    let flushed = publisher.flush(flush_limit);
    let mut stats = publisher.stats();
    let undelivered = u64::try_from(publisher.in_flight()).unwrap_or_default();
    let mut committed = None;
    if job.transactional() {
        let clean = stats.failed == 0
            && tally.failures.is_empty()
            && stop.is_none()
            && flushed
            && !interrupted;
        let outcome = if clean {
            publisher.commit_transaction().map_err(|err| {
                tally.fail(0, err.to_string());
                let _ = publisher.abort_transaction();
            })
        } else {
            if let Err(err) = publisher.abort_transaction() {
                job.output.warn(&err.to_string());
            }
            Err(())
        };
        committed = Some(outcome.is_ok());
        if outcome.is_err() {
            // Aborted: nothing the broker took is visible.
            stats.partitions.clear();
        }
    }
    Settled {
        tally,
        stop,
        interrupted,
        stats,
        undelivered,
        flush_limit,
        committed,
        checkpoint: None,
    }
}

/// The report of a run that sent: what happened to every line, and the exit code.
fn report(job: &Job<'_>, settled: Settled, started: Instant) -> Result<Exit> {
    let Settled {
        mut tally,
        stop,
        interrupted,
        stats,
        undelivered,
        flush_limit,
        committed,
        checkpoint,
    } = settled;
    let source = job.source_name();
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
            let reason = &issue.reason;
            job.output
                .warn(&format!("{source}:{}: not delivered: {reason}", issue.line));
        }
    }
    if undelivered > 0 {
        job.output.warn(&format!(
            "{undelivered} records were still in flight when the flush limit ({}) ran out",
            humantime::format_duration(flush_limit)
        ));
    }
    let (send_failed, dlq_send_failed) = (tally.send_failed, tally.dlq_send_failed);
    let mut report = new_report(job);
    report.interrupted = interrupted;
    report.committed = committed;
    report.checkpoint = checkpoint;
    fill(&mut report, tally, started);
    if committed == Some(false) {
        // Aborted: nothing is visible, so every valid record counts as not delivered.
        report.delivered = 0;
        report.failed = report.read - report.rejected - report.not_sent;
    } else {
        report.delivered = stats.delivered;
        report.failed = send_failed + stats.failed + undelivered;
        report.in_doubt = stats.in_doubt + undelivered;
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
    if job.lines.on_invalid == OnInvalid::Dlq {
        report.dlq = Some(DlqReport {
            topic: job.lines.dlq_topic.clone(),
            delivered: stats.dlq_delivered,
            failed: stats.dlq_failed + dlq_send_failed,
        });
    }
    let elapsed = started.elapsed().as_secs_f64().max(1e-9);
    report.records_per_second = report.delivered as f64 / elapsed;
    if stop == Some(Stop::Invalid) && report.delivered == 0 && report.failed == 0 {
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

fn new_report(job: &Job<'_>) -> PublishReport {
    PublishReport {
        source: job.source_name(),
        topic: job.topic.clone(),
        dry_run: job.producer.dry_run,
        transactional: job.transactional(),
        ..Default::default()
    }
}

fn fill(report: &mut PublishReport, tally: Tally, started: Instant) {
    report.read = tally.read;
    report.rejected = tally.rejected;
    report.not_sent += tally.not_sent;
    report.skipped = tally.skipped;
    report.rejects = tally.rejects;
    report.issues_not_listed = tally.unlisted;
    report.duration_ms = started.elapsed().as_millis() as u64;
    if report.failures.is_empty() {
        report.failures = tally.failures;
    }
}

/// Counts and issues gathered while reading.
#[derive(Default)]
struct Tally {
    read: u64,
    rejected: u64,
    not_sent: u64,
    /// With `--resume`: lines settled by an earlier run.
    skipped: u64,
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

/// `--rejects FILE`: the rejected lines, as read.
struct Rejects(Option<BufWriter<File>>);

impl Rejects {
    fn open(path: Option<&Path>) -> Result<Self, KanError> {
        path.map(|path| {
            File::create(path).map(BufWriter::new).map_err(|err| {
                KanError::usage(format!("cannot write --rejects {}: {err}", path.display()))
            })
        })
        .transpose()
        .map(Rejects)
    }

    fn write(&mut self, line: &[u8]) -> Result<(), KanError> {
        let Some(file) = &mut self.0 else {
            return Ok(());
        };
        file.write_all(line)
            .and_then(|()| file.write_all(b"\n"))
            .map_err(rejects_error)
    }

    fn finish(&mut self) -> Result<(), KanError> {
        match &mut self.0 {
            Some(file) => file.flush().map_err(rejects_error),
            None => Ok(()),
        }
    }
}

fn rejects_error(err: std::io::Error) -> KanError {
    KanError::usage(format!("cannot write --rejects: {err}"))
}

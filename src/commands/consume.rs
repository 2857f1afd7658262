//! `kan consume`: read from any start position, filter, print; as a group member, commit
//! exactly what was printed (after it was flushed to stdout).

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::cli::ConsumeArgs;
use crate::commands::pick;
use crate::domain::filter::{Filter, RecordView};
use crate::domain::position::{Bound, EndTracker, Place, StartSpec};
use crate::domain::record::Record;
use crate::domain::schema::{Decoded, Format};
use crate::domain::timestamp::now_millis;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::kafka::consumer::{Reader, ReaderSettings};
use crate::kafka::Admin;
use crate::registry::decode::Decoder;
use crate::render::consume::{DecodedRecord, RecordWriter};
use crate::render::Output;
use crate::settings::Settings;

pub async fn run(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    mut args: ConsumeArgs,
) -> Result<Exit> {
    let isolation = args.isolation;
    let spec = args.from.unwrap_or(if args.group.is_some() {
        StartSpec::Stored
    } else {
        StartSpec::End
    });
    if spec == StartSpec::Stored && args.group.is_none() {
        return Err(KanError::usage("--from stored needs --group").into());
    }
    if args.count == Some(0) {
        return Err(KanError::usage("--count must be at least 1").into());
    }
    let decoding = Decoding::new(settings, *output, args.key_format, args.value_format)?;
    // Partitions, their log ends, and where to start each.
    let admin = Admin::connect(&settings.connection)?;
    if args.topics.is_empty() {
        let topic = pick::topic_or_ask(&admin, None, "Topic to read", "TOPIC")?;
        args.topics.push(topic);
    }
    let mut partitions: Vec<(String, i32)> = Vec::new();
    for topic in admin.topics(&args.topics)? {
        partitions.extend(
            topic
                .select_partitions(&args.partitions)
                .map_err(KanError::usage)?,
        );
    }
    let bounds = admin.log_bounds(&partitions, isolation)?;
    let starts = super::start::start_offsets(
        &admin,
        &bounds,
        spec,
        isolation,
        args.group.as_deref().map(|group| super::start::StoredFrom {
            group,
            fallback_earliest: false,
        }),
    )?;
    let until = args.until.or(args.until_end.then_some(Bound::End));
    let stops = match until {
        Some(until) => Some(super::start::stops(&admin, &bounds, until, isolation)?),
        None => None,
    };
    drop(admin);

    let settings = settings.clone();
    let output = *output;
    let interrupt = interrupt.clone();
    tokio::task::spawn_blocking(move || {
        let reader_settings = ReaderSettings {
            group: args.group.clone(),
            isolation,
            reset_to_earliest: false,
        };
        let reader = match &args.group {
            Some(_) => Reader::subscribed(
                &settings.connection,
                &reader_settings,
                &args.topics,
                starts.clone(),
            )?,
            None => Reader::assigned(&settings.connection, &reader_settings, &starts)?,
        };
        // Without a stop nothing is tracked: every record is inside.
        let tracker = stops.map_or_else(EndTracker::default, |stops| {
            EndTracker::with_stops(&stops, &starts)
        });
        read_loop(reader, &output, &interrupt, &args, tracker, decoding)
    })
    .await?
}

/// Keys and values read with `--key-format`/`--value-format`: one warning per distinct cause
/// of a record that could not be decoded.
pub(crate) struct Decoding {
    decoder: Decoder,
    key: Format,
    value: Format,
    output: Output,
}

impl Decoding {
    /// `None` when every record reads as kan always read them (no registry, formats `auto`).
    pub(crate) fn new(
        settings: &Settings,
        output: Output,
        key: Format,
        value: Format,
    ) -> Result<Option<Decoding>> {
        let needed = [("--key-format", key), ("--value-format", value)]
            .into_iter()
            .find(|(_, format)| format.needs_registry());
        let registry = if settings.connection.registry.is_some() || needed.is_some() {
            let what = needed.map_or_else(
                || "decoding".to_string(),
                |(flag, format)| format!("{flag} {}", format.kind().map_or("", |k| k.as_str())),
            );
            Some(Arc::new(crate::registry::configured(settings, &what)?))
        } else {
            None
        };
        if registry.is_none() && key == Format::Auto && value == Format::Auto {
            return Ok(None);
        }
        Ok(Some(Decoding {
            decoder: Decoder::new(registry),
            key,
            value,
            output,
        }))
    }

    pub(crate) fn record(&mut self, record: &Record<'_>) -> DecodedRecord {
        DecodedRecord {
            key: record.key.map(|key| self.one(key, self.key, "key")),
            value: record
                .value
                .map(|value| self.one(value, self.value, "value")),
        }
    }

    fn one(&mut self, bytes: &[u8], format: Format, what: &str) -> Decoded {
        let decoded = self.decoder.decode(bytes, format);
        if let Decoded::Failed { reason } = &decoded {
            if self.decoder.first_of(reason) {
                self.output.warn(&format!(
                    "a {what} could not be decoded, shown as base64: {reason}"
                ));
            }
        }
        decoded
    }

    /// Keys and values that could not be decoded, by cause.
    pub(crate) fn failures(&self) -> &std::collections::BTreeMap<String, u64> {
        self.decoder.failures()
    }

    /// Exit 6 when any record could not be decoded, naming the causes.
    pub(crate) fn verdict(&self) -> Result<()> {
        let failures = self.decoder.failures();
        if failures.is_empty() {
            return Ok(());
        }
        let total: u64 = failures.values().sum();
        let causes: Vec<String> = failures
            .iter()
            .map(|(reason, count)| format!("{count} × {reason}"))
            .collect();
        Err(KanError::Partial(format!(
            "{total} key{} or value{} could not be decoded ({})",
            if total == 1 { "" } else { "s" },
            if total == 1 { "" } else { "s" },
            causes.join("; ")
        ))
        .into())
    }
}

fn read_loop(
    reader: Reader,
    output: &Output,
    interrupt: &Interrupt,
    args: &ConsumeArgs,
    tracker: EndTracker,
    decoding: Option<Decoding>,
) -> Result<Exit> {
    let started = Instant::now();
    let mut printing = Printing::new(reader, args, tracker, decoding);
    let stop = printing.run(interrupt)?;
    if stop != Stop::BrokenPipe {
        printing.flush()?;
    }
    printing.reader.commit()?;
    if stop == Stop::BrokenPipe {
        // `kan consume … | head`: the reader has what it wanted.
        return Ok(Exit::Success);
    }
    let printed = printing.printed;
    output.note(&format!(
        "consumed {printed} record{} in {:.1}s",
        if printed == 1 { "" } else { "s" },
        started.elapsed().as_secs_f64()
    ));
    if stop == Stop::Interrupted || interrupt.requested() {
        return Err(KanError::Interrupted.into());
    }
    if let Some(decoding) = &printing.decoding {
        decoding.verdict()?;
    }
    Ok(Exit::Success)
}

/// Why reading stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    Interrupted,
    /// Every partition reached its stop (`--until`, `--until-end`).
    End,
    /// `--count` records were printed.
    Count,
    /// stdout was closed.
    BrokenPipe,
}

/// What one read did.
enum Read {
    /// Nothing to read yet (or the end of a partition).
    Nothing,
    /// A record was handled (printed or filtered out); `finished`: it was the last one of its
    /// partition before the end captured at start.
    Record { finished: bool },
    /// A record was handled, and reading stops.
    Stop(Stop),
}

/// Records flushed before they count as processed (and as committable).
const FLUSH_EVERY: usize = 1_000;

/// Reading, filtering and printing; as a group member, committing exactly what was printed.
struct Printing<'a> {
    reader: Reader,
    args: &'a ConsumeArgs,
    writer: RecordWriter,
    /// The partitions' stops (`--until`, `--until-end`; none tracked without).
    tracker: EndTracker,
    /// Whether the filters look at the JSON value, or at headers.
    needs_json: bool,
    needs_headers: bool,
    decoding: Option<Decoding>,
    printed: u64,
    /// Printed (or filtered out) but not yet flushed: (topic index, partition, offset), so
    /// nothing is allocated per record.
    unflushed: Vec<(usize, i32, i64)>,
}

impl<'a> Printing<'a> {
    fn new(
        reader: Reader,
        args: &'a ConsumeArgs,
        tracker: EndTracker,
        decoding: Option<Decoding>,
    ) -> Self {
        let any = |wanted: fn(&Filter) -> bool| args.filters.iter().any(wanted);
        Printing {
            reader,
            args,
            writer: RecordWriter::new(args.format, args.binary),
            tracker,
            needs_json: any(|filter| matches!(filter, Filter::Field { .. })),
            needs_headers: any(|filter| matches!(filter, Filter::Header { .. })),
            decoding,
            printed: 0,
            unflushed: Vec::new(),
        }
    }

    fn run(&mut self, interrupt: &Interrupt) -> Result<Stop> {
        let mut since_check: u32 = 0;
        let mut last_commit = Instant::now();
        loop {
            if interrupt.requested() {
                return Ok(Stop::Interrupted);
            }
            // Checking the assignment takes librdkafka's lock: do it when idle or now and then.
            if self.tracker.tracks_any()
                && since_check == 0
                && self.tracker.finished(&self.reader.assignment())
            {
                return Ok(Stop::End);
            }
            since_check = (since_check + 1) % 1024;
            let idle = match self.read_one()? {
                Read::Stop(stop) => return Ok(stop),
                Read::Record { finished } => {
                    if finished {
                        // A partition reached its end: see whether they all have.
                        since_check = 0;
                    }
                    false
                }
                Read::Nothing => {
                    if self.tracker.tracks_any() {
                        self.tracker.positions(&self.reader.positions());
                        self.end_overdue()?;
                        since_check = 0;
                    }
                    true
                }
            };
            // Flush when idle or every so often; only flushed records count as processed.
            if self.unflushed.len() >= FLUSH_EVERY || (idle && !self.unflushed.is_empty()) {
                if let Some(stop) = self.flush()? {
                    return Ok(stop);
                }
            }
            if last_commit.elapsed() >= Duration::from_secs(1) {
                self.reader.commit()?;
                last_commit = Instant::now();
            }
        }
    }

    /// Partitions waiting for a record later than a `--until` time that has now passed end
    /// at their current ends.
    fn end_overdue(&mut self) -> Result<()> {
        let overdue = self.tracker.overdue(now_millis());
        if overdue.is_empty() {
            return Ok(());
        }
        let positions = self.reader.positions();
        for ((topic, partition), end) in self.reader.high_watermarks(&overdue)? {
            let position = positions.get(&(topic.clone(), partition)).copied();
            self.tracker.end_at(&topic, partition, end, position);
        }
        Ok(())
    }

    /// Reads, filters and prints one record.
    fn read_one(&mut self) -> Result<Read> {
        let Printing {
            reader,
            args,
            writer,
            tracker,
            needs_json,
            needs_headers,
            decoding,
            ..
        } = self;
        let handled = reader.next(Duration::from_millis(100), |record: &Record<'_>| {
            let place = tracker.place(
                record.topic,
                record.partition,
                record.offset,
                record.timestamp_ms,
            );
            let inside = place != Place::Beyond;
            let decoded = decoding
                .as_mut()
                .filter(|_| inside)
                .map(|decoding| decoding.record(record));
            let written = (inside
                && selected(args, record, decoded.as_ref(), *needs_json, *needs_headers))
            .then(|| match &decoded {
                Some(decoded) => writer.write_decoded(record, decoded),
                None => writer.write(record),
            });
            let topic = args
                .topics
                .iter()
                .position(|topic| topic == record.topic)
                .unwrap_or(0);
            (topic, record.partition, record.offset, written, place)
        })?;
        let Some((topic, partition, offset, written, place)) = handled else {
            return Ok(Read::Nothing);
        };
        if place != Place::Inside {
            // Done: nothing more is fetched for it (a record past the stop is not processed,
            // so a group does not commit it).
            self.reader
                .pause(&[(self.args.topics[topic].clone(), partition)])?;
        }
        if place == Place::Beyond {
            return Ok(Read::Record { finished: true });
        }
        match written {
            Some(Err(err)) if err.kind() == std::io::ErrorKind::BrokenPipe => {
                return Ok(Read::Stop(Stop::BrokenPipe))
            }
            Some(Err(err)) => return Err(err.into()),
            Some(Ok(())) => self.printed += 1,
            None => {}
        }
        // Filtered-out records count as processed too: they were looked at.
        self.unflushed.push((topic, partition, offset));
        if self.args.count.is_some_and(|count| self.printed >= count) {
            return Ok(Read::Stop(Stop::Count));
        }
        Ok(Read::Record {
            finished: place == Place::Last,
        })
    }

    /// Flushes stdout, then marks the flushed records processed (so commits never run ahead
    /// of what was printed). `Some(BrokenPipe)` when stdout was closed.
    fn flush(&mut self) -> Result<Option<Stop>> {
        match self.writer.flush() {
            Ok(()) => {
                for (topic, partition, offset) in self.unflushed.drain(..) {
                    self.reader
                        .processed(&self.args.topics[topic], partition, offset);
                }
                Ok(None)
            }
            Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => {
                self.unflushed.clear();
                Ok(Some(Stop::BrokenPipe))
            }
            Err(err) => Err(color_eyre::eyre::eyre!("cannot write to stdout: {err}")),
        }
    }
}

/// Whether a record passes every `--filter`.
fn selected(
    args: &ConsumeArgs,
    record: &Record<'_>,
    decoded: Option<&DecodedRecord>,
    json: bool,
    headers: bool,
) -> bool {
    if args.filters.is_empty() {
        return true;
    }
    let headers = if headers {
        record.headers.to_vec()
    } else {
        Vec::new()
    };
    let view = RecordView {
        key: record.key,
        headers: &headers,
        value: record.value,
    };
    let read: Option<serde_json::Value> = match decoded.and_then(|decoded| decoded.value.as_ref()) {
        Some(schema @ Decoded::Schema { .. }) if json => schema.json(),
        _ if json => record
            .value
            .and_then(|value| serde_json::from_slice(value).ok()),
        _ => None,
    };
    let parsed = read.as_ref();
    args.filters
        .iter()
        .all(|filter| filter.matches(&view, parsed))
}

//! `kan consume`: read from any start position, filter, print; as a group member, commit
//! exactly what was printed (after it was flushed to stdout).

use std::time::{Duration, Instant};

use crate::cli::ConsumeArgs;
use crate::domain::filter::{Filter, RecordView};
use crate::domain::position::{EndTracker, StartSpec};
use crate::domain::record::Record;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::kafka::consumer::{Reader, ReaderSettings};
use crate::kafka::Admin;
use crate::render::consume::RecordWriter;
use crate::render::Output;
use crate::settings::Settings;

pub async fn run(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    args: ConsumeArgs,
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

    // Partitions, their log ends, and where to start each.
    let admin = Admin::connect(&settings.connection)?;
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
        let tracker = EndTracker::new(&bounds, &starts);
        read_loop(reader, &output, &interrupt, &args, tracker)
    })
    .await?
}

fn read_loop(
    mut reader: Reader,
    output: &Output,
    interrupt: &Interrupt,
    args: &ConsumeArgs,
    mut tracker: EndTracker,
) -> Result<Exit> {
    let mut writer = RecordWriter::new(args.format, args.binary);
    let needs_json = args
        .filters
        .iter()
        .any(|filter| matches!(filter, Filter::Field { .. }));
    let needs_headers = args
        .filters
        .iter()
        .any(|filter| matches!(filter, Filter::Header { .. }));
    let mut printed: u64 = 0;
    // (topic index, partition, offset): nothing allocated per record.
    let mut unflushed: Vec<(usize, i32, i64)> = Vec::new();
    let mut since_check: u32 = 0;
    let mut last_commit = Instant::now();
    let mut broken_pipe = false;
    let started = Instant::now();

    loop {
        if interrupt.requested() {
            break;
        }
        // Checking the assignment takes librdkafka's lock: do it when idle or now and then.
        if args.until_end && since_check == 0 && tracker.finished(&reader.assignment()) {
            break;
        }
        since_check = (since_check + 1) % 1024;
        let handled = reader.next(Duration::from_millis(100), |record: &Record<'_>| {
            let headers = if needs_headers {
                record.headers.to_vec()
            } else {
                Vec::new()
            };
            let view = RecordView {
                key: record.key,
                headers: &headers,
                value: record.value,
            };
            let parsed = if needs_json {
                record
                    .value
                    .and_then(|value| serde_json::from_slice(value).ok())
            } else {
                None
            };
            let keep = args
                .filters
                .iter()
                .all(|filter| filter.matches(&view, parsed.as_ref()));
            let written = if keep {
                Some(writer.write(record))
            } else {
                None
            };
            let topic = args
                .topics
                .iter()
                .position(|topic| topic == record.topic)
                .unwrap_or(0);
            (topic, record.partition, record.offset, written)
        })?;
        let handled_idle = handled.is_none();
        match handled {
            Some((topic, partition, offset, written)) => {
                match written {
                    Some(Err(err)) if err.kind() == std::io::ErrorKind::BrokenPipe => {
                        broken_pipe = true;
                        break;
                    }
                    Some(Err(err)) => return Err(err.into()),
                    Some(Ok(())) => printed += 1,
                    None => {}
                }
                tracker.record(&args.topics[topic], partition, offset);
                // Filtered-out records count as processed too: they were looked at.
                unflushed.push((topic, partition, offset));
                if args.count.is_some_and(|count| printed >= count) {
                    break;
                }
            }
            None => {
                if args.until_end {
                    tracker.positions(&reader.positions());
                    since_check = 0;
                }
            }
        }
        // Flush when idle or every 1,000 records; only flushed records count as processed.
        if unflushed.len() >= 1_000 || (handled_idle && !unflushed.is_empty()) {
            flush(
                &mut writer,
                &mut reader,
                &args.topics,
                &mut unflushed,
                &mut broken_pipe,
            )?;
        }
        if broken_pipe {
            break;
        }
        if last_commit.elapsed() >= Duration::from_secs(1) {
            reader.commit()?;
            last_commit = Instant::now();
        }
    }
    if !broken_pipe {
        flush(
            &mut writer,
            &mut reader,
            &args.topics,
            &mut unflushed,
            &mut broken_pipe,
        )?;
    }
    reader.commit()?;
    if !broken_pipe {
        output.note(&format!(
            "consumed {printed} record{} in {:.1}s",
            if printed == 1 { "" } else { "s" },
            started.elapsed().as_secs_f64()
        ));
    }
    if interrupt.requested() && !broken_pipe {
        return Err(KanError::Interrupted.into());
    }
    Ok(Exit::Success)
}

/// Flushes stdout, then marks the flushed records processed (so commits never run ahead of
/// what was printed).
fn flush(
    writer: &mut RecordWriter,
    reader: &mut Reader,
    topics: &[String],
    unflushed: &mut Vec<(usize, i32, i64)>,
    broken_pipe: &mut bool,
) -> Result<()> {
    match writer.flush() {
        Ok(()) => {
            for (topic, partition, offset) in unflushed.drain(..) {
                reader.processed(&topics[topic], partition, offset);
            }
            Ok(())
        }
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => {
            *broken_pipe = true;
            unflushed.clear();
            Ok(())
        }
        Err(err) => Err(color_eyre::eyre::eyre!("cannot write to stdout: {err}")),
    }
}

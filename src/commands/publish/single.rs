//! One record from flags: `kan publish user-event`, `page-view`, and `raw --value`. Missing
//! fields are asked for on a terminal and are usage errors without one.

use std::collections::BTreeMap;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use super::{finish, producer_settings};
use crate::cli::{ProducerArgs, PublishPageView, PublishRaw, PublishUserEvent};
use crate::commands::records::{kan_headers, CorrelationIds};
use crate::domain::event::{EventType, PageView, UserEvent};
use crate::domain::json_scan;
use crate::domain::timestamp::{format_rfc3339_millis, now_millis, parse_rfc3339_millis};
use crate::domain::topic::no_partition;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::kafka::producer::{DeliveryTag, OutRecord, Publisher, SendFailure};
use crate::render::publish::{Delivery, LineIssue, PartitionCount, PublishReport};
use crate::render::Output;
use crate::settings::Settings;
use crate::terminal::{self, prompt};

pub fn user_event(settings: &Settings, output: &Output, args: PublishUserEvent) -> Result<Exit> {
    let user = required(args.user, "--user", "User id")?;
    let event_type = match args.event_type {
        Some(kind) => kind,
        None if terminal::interactive() => {
            let names: Vec<&str> = EventType::ALL.iter().map(|kind| kind.as_str()).collect();
            EventType::ALL[prompt::given(prompt::select("Event type", names, 0)?)?]
        }
        None => return Err(prompt::missing("--type").into()),
    };
    let timestamp = event_time(args.timestamp.as_deref())?;
    let event = UserEvent {
        user_id: user.clone(),
        event_type,
        timestamp: format_rfc3339_millis(timestamp),
        metadata: args.meta.into_iter().collect::<BTreeMap<_, _>>(),
    };
    publish_event(
        settings,
        output,
        &args.producer,
        &args.topic,
        &user,
        &event,
        timestamp,
    )
}

pub fn page_view(settings: &Settings, output: &Output, args: PublishPageView) -> Result<Exit> {
    let user = required(args.user, "--user", "User id")?;
    let url = required(args.url, "--url", "Page URL")?;
    let timestamp = event_time(args.timestamp.as_deref())?;
    let view = PageView {
        user_id: user.clone(),
        url,
        referrer: args.referrer,
        timestamp: format_rfc3339_millis(timestamp),
        duration: args
            .duration
            .map_or(0, |duration| duration.as_millis() as u64),
    };
    publish_event(
        settings,
        output,
        &args.producer,
        &args.topic,
        &user,
        &view,
        timestamp,
    )
}

pub fn raw(settings: &Settings, output: &Output, args: PublishRaw, value: String) -> Result<Exit> {
    let writers = super::encoding::writers(settings, &args.subjects)?;
    let payload = match &writers.value {
        Some(writer) => writer
            .value(value.as_bytes())
            .map_err(|err| misfit("--value", err))?,
        None => value.clone().into_bytes(),
    };
    let key = raw_key(&writers, args.key.as_deref())?;
    publish_one(
        settings,
        output,
        &args.producer,
        One {
            topic: &args.topic,
            key: key.as_deref(),
            payload: Some(&payload),
            timestamp_ms: None,
            partition: args.partition,
            json: writers.value.is_none() && json_scan::is_json(value.as_bytes()),
            headers: &args.headers,
        },
    )
}

/// `raw --tombstone`: one record with `--key` and a null value (not an empty one), which
/// deletes the key from a compacted topic.
pub fn tombstone(settings: &Settings, output: &Output, args: PublishRaw) -> Result<Exit> {
    let key = match args.key.clone() {
        Some(key) => key,
        None if terminal::interactive() => {
            prompt::given(prompt::required("Key to delete (tombstone)", None)?)?
        }
        None => {
            return Err(KanError::usage(
                "--tombstone needs --key: a tombstone deletes the records of its key",
            )
            .into())
        }
    };
    let writers = super::encoding::writers(settings, &args.subjects)?;
    let key = raw_key(&writers, Some(&key))?;
    publish_one(
        settings,
        output,
        &args.producer,
        One {
            topic: &args.topic,
            key: key.as_deref(),
            payload: None,
            timestamp_ms: None,
            partition: args.partition,
            json: false,
            headers: &args.headers,
        },
    )
}

fn misfit(flag: &str, err: crate::domain::event::Rejection) -> KanError {
    KanError::usage(format!("{flag}: {}", err.message))
}

/// `--key` as given, or encoded with `--key-subject`'s schema.
fn raw_key(
    writers: &super::encoding::Writers,
    key: Option<&str>,
) -> Result<Option<Vec<u8>>, KanError> {
    match (&writers.key, key) {
        (Some(writer), Some(key)) => Ok(Some(
            writer
                .key(key.as_bytes())
                .map_err(|err| misfit("--key", err))?,
        )),
        (_, key) => Ok(key.map(|key| key.as_bytes().to_vec())),
    }
}

/// A typed event: JSON, keyed by its user, stamped with its event time.
fn publish_event(
    settings: &Settings,
    output: &Output,
    producer: &ProducerArgs,
    topic: &str,
    user: &str,
    event: &impl serde::Serialize,
    timestamp_ms: i64,
) -> Result<Exit> {
    let payload = serde_json::to_vec(event)?;
    publish_one(
        settings,
        output,
        producer,
        One {
            topic,
            key: Some(user.as_bytes()),
            payload: Some(&payload),
            timestamp_ms: Some(timestamp_ms),
            partition: None,
            json: true,
            headers: &[],
        },
    )
}

struct One<'a> {
    topic: &'a str,
    key: Option<&'a [u8]>,
    /// `None`: a null value (a tombstone).
    payload: Option<&'a [u8]>,
    timestamp_ms: Option<i64>,
    partition: Option<i32>,
    /// Whether the value is JSON (said with `content-type: application/json`).
    json: bool,
    /// The user's `--header`s.
    headers: &'a [(String, String)],
}

fn publish_one(
    settings: &Settings,
    output: &Output,
    producer: &ProducerArgs,
    one: One<'_>,
) -> Result<Exit> {
    let started = Instant::now();
    let transactional = producer.transactional || producer.transactional_id.is_some();
    let mut report = PublishReport {
        source: "flags".into(),
        topic: one.topic.to_string(),
        dry_run: producer.dry_run,
        transactional,
        read: 1,
        ..Default::default()
    };
    if producer.dry_run {
        output.note(&format!(
            "dry run: would publish to {} (key {}): {}",
            one.topic,
            one.key.map_or("none".into(), String::from_utf8_lossy),
            one.payload
                .map_or("null (a tombstone)".into(), String::from_utf8_lossy)
        ));
        report.duration_ms = started.elapsed().as_millis() as u64;
        return finish(output, &report);
    }
    let publisher = Publisher::connect(
        &settings.connection,
        &producer_settings(producer, one.topic, false),
    )?;
    let partitions = publisher.partitions(one.topic)?;
    if let Some(partition) = one.partition.filter(|p| *p < 0 || *p >= partitions) {
        let count = usize::try_from(partitions).unwrap_or_default();
        return Err(KanError::usage(no_partition(one.topic, partition, count)).into());
    }
    if transactional {
        publisher.init_transactions()?;
        publisher.begin_transaction()?;
    }
    if let Err(reason) = send(&publisher, producer, &one) {
        report.failed = 1;
        report.failures.push(LineIssue { line: 1, reason });
    }
    settle(settings, &publisher, &mut report)?;
    report.duration_ms = started.elapsed().as_millis() as u64;
    report.records_per_second = report.delivered as f64 / started.elapsed().as_secs_f64().max(1e-9);
    finish(output, &report)
}

/// Queues the record with kan's headers; why it was refused, if it was.
fn send(publisher: &Publisher, producer: &ProducerArgs, one: &One<'_>) -> Result<(), String> {
    let mut ids = CorrelationIds::new(producer.correlation_id.clone());
    let mut headers = Vec::with_capacity(3 + one.headers.len());
    kan_headers(&mut headers, ids.next_id(), one.json, one.headers);
    let topic = publisher.topic(one.topic).map_err(|err| err.to_string())?;
    let record = OutRecord {
        key: one.key,
        payload: one.payload,
        partition: one.partition,
        timestamp_ms: one.timestamp_ms,
        headers: &headers,
        tag: DeliveryTag::Record { line: 1 },
    };
    // A single record is not worth interrupting half-way: it is flushed or failed.
    let never = AtomicBool::new(false);
    match publisher.send(&topic, &record, &never) {
        Err(SendFailure::Rejected(reason)) => Err(reason),
        Ok(()) | Err(SendFailure::Interrupted) => Ok(()),
    }
}

/// Waits for the delivery report, commits or aborts the transaction, and says where the record
/// landed.
fn settle(settings: &Settings, publisher: &Publisher, report: &mut PublishReport) -> Result<()> {
    let flushed = publisher.flush(settings.connection.timeout.max(Duration::from_secs(30)));
    let stats = publisher.stats();
    if report.transactional {
        if report.failed == 0 && stats.failed == 0 && flushed {
            publisher.commit_transaction()?;
            report.committed = Some(true);
        } else {
            publisher.abort_transaction()?;
            report.committed = Some(false);
        }
    }
    if report.committed != Some(false) {
        report.delivered = stats.delivered;
    }
    if report.failed == 0 {
        report.failed = stats.failed + u64::from(!flushed);
        report
            .failures
            .extend(stats.failures.iter().map(|(line, reason)| LineIssue {
                line: *line,
                reason: reason.clone(),
            }));
    }
    if let Some((partition, offset)) = stats.last.filter(|_| report.delivered == 1) {
        report.delivery = Some(Delivery {
            topic: report.topic.clone(),
            partition,
            offset,
        });
        report.partitions.push(PartitionCount {
            partition,
            delivered: 1,
        });
    }
    Ok(())
}

/// The flag's value, or a prompt on a terminal, or a usage error naming the flag.
fn required(value: Option<String>, flag: &str, question: &str) -> Result<String, KanError> {
    match value {
        Some(value) if !value.trim().is_empty() => Ok(value),
        Some(_) => Err(KanError::usage(format!("{flag} is empty"))),
        None if terminal::interactive() => prompt::given(prompt::required(question, None)?),
        None => Err(prompt::missing(flag)),
    }
}

fn event_time(text: Option<&str>) -> Result<i64, KanError> {
    match text {
        None => Ok(now_millis()),
        Some(text) => parse_rfc3339_millis(text).ok_or_else(|| {
            KanError::usage(format!(
                "invalid --timestamp '{text}': expected RFC 3339, e.g. 2024-05-01T12:00:00Z"
            ))
        }),
    }
}

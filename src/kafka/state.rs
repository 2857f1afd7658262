//! The state topic of `kan watch analytics`: a compacted topic of partition snapshots
//! ([`crate::domain::analytics::state`]), created when missing, read from its start to its end
//! when asked to catch up, and written through its own idempotent, zstd-compressing producer.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use rdkafka::types::RDKafkaErrorCode;

use super::consumer::{Reader, ReaderSettings};
use super::producer::{DeliveryTag, OutRecord, ProducerSettings, Publisher, SendFailure};
use super::Admin;
use crate::domain::isolation::Isolation;
use crate::domain::topic_config::Compression;
use crate::error::KanError;
use crate::kafka::admin::NewTopicSpec;
use crate::settings::ConnectionSettings;

/// The largest state record, and the state topic's `max.message.bytes` when kan creates it.
pub const MAX_STATE_RECORD: usize = 64 * 1024 * 1024;

/// One state record to write.
pub struct StateWrite {
    pub key: String,
    pub value: Vec<u8>,
}

pub struct StateTopic {
    name: String,
    /// Connected at the first write (`--merged` only reads).
    publisher: OnceCell<Publisher>,
    connection: ConnectionSettings,
    /// Assigned (never a group member) to every partition of the state topic.
    reader: Reader,
    partitions: Vec<(String, i32)>,
    /// Next offset to read per partition.
    read_to: BTreeMap<(String, i32), i64>,
}

impl StateTopic {
    /// Opens the state topic, creating it (compacted) when it does not exist.
    pub fn open(
        settings: &ConnectionSettings,
        admin: &Admin,
        name: &str,
    ) -> Result<Self, KanError> {
        let topic = match admin.topic(name) {
            Ok(topic) => topic,
            Err(KanError::NotFound(_)) => {
                create(admin, name)?;
                admin.topic(name)?
            }
            Err(err) => return Err(err),
        };
        let partitions: Vec<(String, i32)> = topic
            .partition_ids()
            .into_iter()
            .map(|partition| (name.to_string(), partition))
            .collect();
        let bounds = admin.log_bounds(&partitions, Isolation::ReadCommitted)?;
        let read_to: BTreeMap<(String, i32), i64> = bounds
            .iter()
            .map(|(key, (low, _))| (key.clone(), *low))
            .collect();
        let reader = Reader::assigned(
            settings,
            &ReaderSettings {
                group: None,
                isolation: Isolation::ReadCommitted,
                reset_to_earliest: true,
            },
            &read_to,
        )?;
        Ok(StateTopic {
            name: name.to_string(),
            publisher: OnceCell::new(),
            connection: settings.clone(),
            reader,
            partitions,
            read_to,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Reads every record written up to now (the log ends at the time of the call), handing
    /// each to `take(key, value, offset)` in the topic's order.
    pub fn catch_up(
        &mut self,
        admin: &Admin,
        take: impl FnMut(Option<&[u8]>, Option<&[u8]>, i64),
    ) -> Result<(), KanError> {
        // The reader is paused between catch-ups: it is read only at a rebalance (or a
        // --merged refresh), and librdkafka would otherwise prefetch every record written
        // meanwhile — this instance's own checkpoints, and those of every other group sharing
        // the topic — into a queue nobody serves, up to queued.max.messages.kbytes (64 MiB).
        // That was the RSS growth of a live `watch analytics` under load: 11 to 26 MB a
        // minute with checkpoints every 5 s and 1 s.
        self.reader.resume(&self.partitions)?;
        let read = self.read_to_end(admin, take);
        self.reader.pause(&self.partitions)?;
        read
    }

    fn read_to_end(
        &mut self,
        admin: &Admin,
        mut take: impl FnMut(Option<&[u8]>, Option<&[u8]>, i64),
    ) -> Result<(), KanError> {
        let ends = admin.log_bounds(&self.partitions, Isolation::ReadCommitted)?;
        let limit = self.connection.timeout.max(Duration::from_secs(10));
        let deadline = Instant::now() + limit;
        let behind = |read_to: &BTreeMap<(String, i32), i64>| {
            ends.iter()
                .any(|(key, (_, high))| read_to.get(key).is_some_and(|next| next < high))
        };
        while behind(&self.read_to) {
            if Instant::now() >= deadline {
                return Err(KanError::kafka(format!(
                    "cannot read the state topic '{}' to its end within {:?}",
                    self.name, limit
                )));
            }
            let read = self.reader.next(Duration::from_millis(100), |record| {
                take(record.key, record.value, record.offset);
                (
                    (record.topic.to_string(), record.partition),
                    record.offset + 1,
                )
            })?;
            match read {
                Some((key, next)) => {
                    self.read_to.insert(key, next);
                }
                None => {
                    // Past compacted-away offsets and markers: the consumer's own position.
                    for (key, position) in self.reader.positions() {
                        let next = self.read_to.entry(key).or_default();
                        *next = (*next).max(position);
                    }
                }
            }
        }
        Ok(())
    }

    /// Writes the records and waits until each is acknowledged; the error names the first
    /// failure. Nothing may be committed on the strength of a write that failed.
    pub fn write(&self, records: &[StateWrite]) -> Result<(), KanError> {
        let publisher = match self.publisher.get() {
            Some(publisher) => publisher,
            None => {
                let publisher = Publisher::connect(
                    &self.connection,
                    &ProducerSettings {
                        compression: Some(Compression::Zstd),
                        max_message_bytes: Some(MAX_STATE_RECORD as u64 + 64 * 1024),
                        ..ProducerSettings::default()
                    },
                )?;
                self.publisher.get_or_init(|| publisher)
            }
        };
        let topic = publisher.topic(&self.name)?;
        let failed_before = publisher.stats().failed;
        let never = AtomicBool::new(false);
        for (index, record) in records.iter().enumerate() {
            if record.value.len() > MAX_STATE_RECORD {
                return Err(KanError::Partial(format!(
                    "the state of {} is {} bytes, over the state record limit of {} bytes",
                    record.key,
                    record.value.len(),
                    MAX_STATE_RECORD
                )));
            }
            let out = OutRecord {
                key: Some(record.key.as_bytes()),
                payload: Some(&record.value),
                partition: None,
                timestamp_ms: None,
                headers: &[],
                tag: DeliveryTag::Record {
                    line: index as u64 + 1,
                },
            };
            if let Err(failure) = publisher.send(&topic, &out, &never) {
                let reason = match failure {
                    SendFailure::Rejected(reason) => reason,
                    SendFailure::Interrupted => "interrupted".into(),
                };
                return Err(KanError::kafka(format!(
                    "cannot write the state of {} to '{}': {reason}",
                    record.key, self.name
                )));
            }
        }
        let flushed = publisher.flush(self.connection.timeout.max(Duration::from_secs(5)));
        let stats = publisher.stats();
        if !flushed || stats.failed > failed_before {
            let reason = stats
                .failures
                .last()
                .map(|(_, reason)| reason.clone())
                .unwrap_or_else(|| "not acknowledged in time".into());
            return Err(KanError::kafka(format!(
                "cannot write state to '{}': {reason}",
                self.name
            )));
        }
        Ok(())
    }
}

/// Creates the state topic: compacted (the newest record per partition is what counts), one
/// partition (checkpoints are few and small next to the events), records up to 64 MiB, and
/// 10-minute segments cleaned at 10% dirty, so that compaction keeps it near one record per
/// partition plus the last minutes of checkpoints — what an instance reads when it starts
/// (docs/scaling.md has the arithmetic).
fn create(admin: &Admin, name: &str) -> Result<(), KanError> {
    let spec = NewTopicSpec {
        name: name.to_string(),
        partitions: Some(1),
        replication_factor: None,
        configs: BTreeMap::from([
            ("cleanup.policy".into(), "compact".into()),
            (
                "max.message.bytes".into(),
                (MAX_STATE_RECORD + 64 * 1024).to_string(),
            ),
            ("segment.ms".into(), "600000".into()),
            ("min.cleanable.dirty.ratio".into(), "0.1".into()),
        ]),
    };
    let results = tokio::runtime::Handle::current()
        .block_on(admin.create_topics(std::slice::from_ref(&spec), false))
        .map_err(|err| cannot_create(name, &err.to_string()))?;
    match results.into_iter().next() {
        Some((_, Err(err))) if err.code != RDKafkaErrorCode::TopicAlreadyExists => {
            Err(cannot_create(name, &err.message))
        }
        _ => Ok(()),
    }
}

fn cannot_create(name: &str, reason: &str) -> KanError {
    KanError::kafka(format!(
        "cannot create the state topic '{name}': {reason} (create it compacted yourself, point --state-topic at one, or run with --no-state)"
    ))
}

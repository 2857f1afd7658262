//! Reading records: a `BaseConsumer` either assigned to explicit partitions and start offsets
//! (no group, nothing committed) or subscribed as a member of a group, where the first
//! assignment of each partition can start at a chosen offset and offsets are committed only
//! for records the caller says it has processed.
//!
//! A cooperative member ([`Reader::cooperative`]) leaves each assignment change to the caller:
//! the rebalance callback only queues it ([`Rebalance`]), and librdkafka holds the rebalance
//! until the caller has saved what it must (state of revoked partitions) and restored what it
//! needs (the start of assigned ones), then calls [`Reader::assign`] / [`Reader::unassign`].

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use rdkafka::client::ClientContext;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer, ConsumerContext, RebalanceProtocol};
use rdkafka::error::KafkaError;
use rdkafka::message::{BorrowedMessage, Headers, Message};
use rdkafka::types::RDKafkaRespErr;
use rdkafka::{Offset, TopicPartitionList};

use super::client::{consumer_config, creation_error, KanContext};
use crate::domain::isolation::Isolation;
use crate::domain::record::{HeaderList, LazyHeaders, Record};
use crate::error::KanError;
use crate::settings::ConnectionSettings;

/// A message's headers, read when asked for.
struct MessageHeaders<'a>(&'a BorrowedMessage<'a>);

impl LazyHeaders for MessageHeaders<'_> {
    fn to_vec(&self) -> HeaderList {
        self.0
            .headers()
            .map(|headers| {
                headers
                    .iter()
                    .map(|header| (header.key.to_string(), header.value.map(<[u8]>::to_vec)))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The consumer's context: logs, and the start offsets applied on first assignment.
pub struct ReaderContext {
    inner: KanContext,
    /// Start offsets for partitions not yet assigned (group mode).
    pending_starts: Mutex<BTreeMap<(String, i32), i64>>,
    /// Partitions assigned now (group mode).
    assigned: Mutex<BTreeSet<(String, i32)>>,
    /// Whether the group has given this member an assignment yet (possibly an empty one).
    rebalanced: AtomicBool,
    /// Cooperative mode: assignment changes are queued for the caller.
    deferred: bool,
    /// Set when the reader is being dropped: the callback then (un)assigns by itself.
    closing: AtomicBool,
    changes: Mutex<Vec<Rebalance>>,
    changed: AtomicBool,
}

/// An assignment change the group made, for a cooperative member to act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rebalance {
    Assigned(Vec<(String, i32)>),
    /// `lost`: the member was already out of the group (its session expired); another member
    /// may own the partitions by now, so nothing must be written or committed for them.
    Revoked {
        partitions: Vec<(String, i32)>,
        lost: bool,
    },
}

fn keys(list: &TopicPartitionList) -> Vec<(String, i32)> {
    list.elements()
        .iter()
        .map(|element| (element.topic().to_string(), element.partition()))
        .collect()
}

impl ReaderContext {
    fn queue(&self, change: Rebalance) {
        if let Ok(mut changes) = self.changes.lock() {
            changes.push(change);
            self.changed.store(true, Ordering::Release);
        }
    }

    /// Cooperative and not closing: the change waits for the caller.
    fn defer(
        &self,
        consumer: &BaseConsumer<Self>,
        err: RDKafkaRespErr,
        partitions: &TopicPartitionList,
    ) {
        match err {
            RDKafkaRespErr::RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS => {
                self.queue(Rebalance::Assigned(keys(partitions)));
            }
            RDKafkaRespErr::RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS => {
                self.queue(Rebalance::Revoked {
                    partitions: keys(partitions),
                    lost: consumer.assignment_lost(),
                });
            }
            _ => {
                let partitions = self
                    .assigned
                    .lock()
                    .map(|assigned| assigned.iter().cloned().collect())
                    .unwrap_or_default();
                self.queue(Rebalance::Revoked {
                    partitions,
                    lost: true,
                });
            }
        }
    }
}

impl ClientContext for ReaderContext {
    fn log(&self, level: rdkafka::config::RDKafkaLogLevel, fac: &str, message: &str) {
        self.inner.log(level, fac, message);
    }
    fn error(&self, error: KafkaError, reason: &str) {
        self.inner.error(error, reason);
    }
}

impl ConsumerContext for ReaderContext {
    fn rebalance(
        &self,
        consumer: &BaseConsumer<Self>,
        err: RDKafkaRespErr,
        partitions: &mut TopicPartitionList,
    ) {
        if self.deferred {
            if !self.closing.load(Ordering::Acquire) {
                self.defer(consumer, err, partitions);
                return;
            }
            // Closing: the caller has saved and committed what it had; just let go.
            if matches!(
                consumer.rebalance_protocol(),
                RebalanceProtocol::Cooperative
            ) {
                let _ = consumer.incremental_unassign(partitions);
            } else {
                let _ = consumer.unassign();
            }
            return;
        }
        match err {
            RDKafkaRespErr::RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS => {
                self.rebalanced.store(true, Ordering::Relaxed);
                let assigned_now = keys(partitions);
                if let Ok(mut pending) = self.pending_starts.lock() {
                    for key in &assigned_now {
                        if let Some(offset) = pending.remove(key) {
                            let _ = element_offset(partitions, key, offset);
                        }
                    }
                }
                if let Ok(mut assigned) = self.assigned.lock() {
                    assigned.extend(assigned_now);
                }
                let _ = consumer.assign(partitions);
            }
            RDKafkaRespErr::RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS => {
                // Commit what was processed before the partitions move to another member.
                let _ = consumer.commit_consumer_state(CommitMode::Sync);
                if let Ok(mut assigned) = self.assigned.lock() {
                    assigned.clear();
                }
                let _ = consumer.unassign();
            }
            _ => {
                let _ = consumer.unassign();
            }
        }
    }
}

/// A partition list with an offset for each partition.
fn offset_list(
    offsets: &BTreeMap<(String, i32), i64>,
    what: &str,
) -> Result<TopicPartitionList, KanError> {
    let mut list = TopicPartitionList::new();
    for ((topic, partition), offset) in offsets {
        list.add_partition_offset(topic, *partition, Offset::Offset(*offset))
            .map_err(|err| KanError::kafka(format!("cannot {what} {topic}/{partition}: {err}")))?;
    }
    Ok(list)
}

/// A partition list without offsets.
fn partition_list(partitions: &[(String, i32)]) -> TopicPartitionList {
    let mut list = TopicPartitionList::new();
    for (topic, partition) in partitions {
        list.add_partition(topic, *partition);
    }
    list
}

fn element_offset(
    list: &mut TopicPartitionList,
    (topic, partition): &(String, i32),
    offset: i64,
) -> Result<(), KafkaError> {
    list.set_partition_offset(topic, *partition, Offset::Offset(offset))
}

/// A connected reader.
pub struct Reader {
    consumer: BaseConsumer<ReaderContext>,
    group: Option<String>,
    /// Next offsets of processed records not yet committed, per topic and partition.
    processed: BTreeMap<String, BTreeMap<i32, i64>>,
}

/// How to read.
#[derive(Debug, Clone)]
pub struct ReaderSettings {
    pub group: Option<String>,
    pub isolation: Isolation,
    /// Where a group member starts when the group has no committed offset.
    pub reset_to_earliest: bool,
}

impl Reader {
    fn create(settings: &ConnectionSettings, reader: &ReaderSettings) -> Result<Self, KanError> {
        Self::create_with(settings, reader, false)
    }

    fn create_with(
        settings: &ConnectionSettings,
        reader: &ReaderSettings,
        deferred: bool,
    ) -> Result<Self, KanError> {
        let group_id = reader
            .group
            .clone()
            .unwrap_or_else(|| format!("kan-reader-{}", std::process::id()));
        let reset = if reader.reset_to_earliest {
            "earliest"
        } else {
            "latest"
        };
        let mut extra = vec![("auto.offset.reset", reset)];
        if deferred {
            // A join or a leave moves only the partitions that must move.
            extra.push(("partition.assignment.strategy", "cooperative-sticky"));
        }
        let config = consumer_config(settings, &group_id, reader.isolation, &extra)?;
        let consumer = config
            .create_with_context(ReaderContext {
                inner: KanContext::new(settings.verbose),
                pending_starts: Mutex::new(BTreeMap::new()),
                assigned: Mutex::new(BTreeSet::new()),
                rebalanced: AtomicBool::new(false),
                deferred,
                closing: AtomicBool::new(false),
                changes: Mutex::new(Vec::new()),
                changed: AtomicBool::new(false),
            })
            .map_err(creation_error)?;
        Ok(Reader {
            consumer,
            group: reader.group.clone(),
            processed: BTreeMap::new(),
        })
    }

    /// Reads the given partitions from the given offsets; commits nothing.
    pub fn assigned(
        settings: &ConnectionSettings,
        reader: &ReaderSettings,
        starts: &BTreeMap<(String, i32), i64>,
    ) -> Result<Self, KanError> {
        let this = Self::create(
            settings,
            &ReaderSettings {
                group: None,
                ..reader.clone()
            },
        )?;
        let list = offset_list(starts, "read")?;
        this.consumer
            .assign(&list)
            .map_err(|err| KanError::kafka(format!("cannot assign partitions: {err}")))?;
        Ok(this)
    }

    /// Joins the group and reads the topics; `starts` apply to each partition's first
    /// assignment (empty: the group's committed offsets).
    pub fn subscribed(
        settings: &ConnectionSettings,
        reader: &ReaderSettings,
        topics: &[String],
        starts: BTreeMap<(String, i32), i64>,
    ) -> Result<Self, KanError> {
        let this = Self::create(settings, reader)?;
        if let Ok(mut pending) = this.consumer.context().pending_starts.lock() {
            *pending = starts;
        }
        let names: Vec<&str> = topics.iter().map(String::as_str).collect();
        this.consumer
            .subscribe(&names)
            .map_err(|err| KanError::kafka(format!("cannot subscribe: {err}")))?;
        Ok(this)
    }

    /// Joins the group as a cooperative member that acts on each assignment change itself
    /// ([`Self::rebalances`], then [`Self::assign`] / [`Self::unassign`]). Offsets are committed
    /// only by [`Self::commit_offsets`].
    pub fn cooperative(
        settings: &ConnectionSettings,
        reader: &ReaderSettings,
        topics: &[String],
    ) -> Result<Self, KanError> {
        let this = Self::create_with(settings, reader, true)?;
        let names: Vec<&str> = topics.iter().map(String::as_str).collect();
        this.consumer
            .subscribe(&names)
            .map_err(|err| KanError::kafka(format!("cannot subscribe: {err}")))?;
        Ok(this)
    }

    /// The assignment changes queued since the last call (cooperative mode), oldest first.
    pub fn rebalances(&self) -> Vec<Rebalance> {
        let context = self.consumer.context();
        if !context.changed.swap(false, Ordering::AcqRel) {
            return Vec::new();
        }
        context
            .changes
            .lock()
            .map(|mut changes| std::mem::take(&mut *changes))
            .unwrap_or_default()
    }

    /// Starts reading newly assigned partitions at the given offsets (cooperative mode).
    pub fn assign(&self, starts: &BTreeMap<(String, i32), i64>) -> Result<(), KanError> {
        let list = offset_list(starts, "assign")?;
        let result = if matches!(self.consumer.rebalance_protocol(), RebalanceProtocol::Eager) {
            self.consumer.assign(&list)
        } else {
            self.consumer.incremental_assign(&list)
        };
        result.map_err(|err| KanError::kafka(format!("cannot assign partitions: {err}")))?;
        let context = self.consumer.context();
        if let Ok(mut assigned) = context.assigned.lock() {
            assigned.extend(starts.keys().cloned());
        }
        context.rebalanced.store(true, Ordering::Relaxed);
        Ok(())
    }

    /// Stops reading revoked partitions (cooperative mode).
    pub fn unassign(&self, partitions: &[(String, i32)]) -> Result<(), KanError> {
        let result = if matches!(self.consumer.rebalance_protocol(), RebalanceProtocol::Eager) {
            self.consumer.unassign()
        } else {
            self.consumer
                .incremental_unassign(&partition_list(partitions))
        };
        result.map_err(|err| KanError::kafka(format!("cannot give partitions up: {err}")))?;
        let context = self.consumer.context();
        if let Ok(mut assigned) = context.assigned.lock() {
            for key in partitions {
                assigned.remove(key);
            }
        }
        context.rebalanced.store(true, Ordering::Relaxed);
        Ok(())
    }

    /// Stops fetching the given partitions until [`Self::resume`]; what was fetched and not
    /// read is dropped, and reading resumes after the last record read.
    pub fn pause(&self, partitions: &[(String, i32)]) -> Result<(), KanError> {
        self.consumer
            .pause(&partition_list(partitions))
            .map_err(|err| KanError::kafka(format!("cannot pause partitions: {err}")))
    }

    /// Fetches the given partitions again after [`Self::pause`].
    pub fn resume(&self, partitions: &[(String, i32)]) -> Result<(), KanError> {
        self.consumer
            .resume(&partition_list(partitions))
            .map_err(|err| KanError::kafka(format!("cannot resume partitions: {err}")))
    }

    /// Commits the given next offsets, synchronously (a cooperative member's checkpoints).
    pub fn commit_offsets(&self, offsets: &BTreeMap<(String, i32), i64>) -> Result<(), KanError> {
        if offsets.is_empty() {
            return Ok(());
        }
        let list = offset_list(offsets, "commit")?;
        self.consumer
            .commit(&list, CommitMode::Sync)
            .map_err(|err| KanError::kafka(format!("cannot commit offsets: {err}")))
    }

    /// Waits up to `wait` for the next record and hands it to `handle` while librdkafka's
    /// buffer is alive. `Ok(None)`: nothing yet (or the end of a partition).
    pub fn next<R>(
        &self,
        wait: Duration,
        handle: impl FnOnce(&Record<'_>) -> R,
    ) -> Result<Option<R>, KanError> {
        match self.consumer.poll(wait) {
            None => Ok(None),
            Some(Ok(message)) => {
                let headers = MessageHeaders(&message);
                Ok(Some(handle(&Record {
                    topic: message.topic(),
                    partition: message.partition(),
                    offset: message.offset(),
                    timestamp_ms: message.timestamp().to_millis(),
                    key: message.key(),
                    value: message.payload(),
                    headers: &headers,
                })))
            }
            Some(Err(KafkaError::PartitionEOF(_))) => Ok(None),
            Some(Err(err)) => match err.rdkafka_error_code() {
                Some(code) if super::errors::is_unreachable(code) => Ok(None),
                Some(rdkafka::types::RDKafkaErrorCode::UnknownTopicOrPartition) => {
                    Err(KanError::not_found(format!("cannot read: {err}")))
                }
                Some(rdkafka::types::RDKafkaErrorCode::InconsistentGroupProtocol) => {
                    Err(KanError::kafka(format!(
                        "cannot join group '{}': its members use another partition assignment strategy ({}); stop them, use another --group, or run this one with --no-state",
                        self.group.as_deref().unwrap_or_default(),
                        if self.consumer.context().deferred {
                            "kan keeps state with cooperative-sticky"
                        } else {
                            "kan without state uses range/roundrobin"
                        }
                    )))
                }
                _ => Err(KanError::kafka(format!("cannot read: {err}"))),
            },
        }
    }

    /// Marks a record as processed (its offset is committed at the next [`Self::commit`]). A
    /// cooperative member commits only what its caller saved ([`Self::commit_offsets`]), so
    /// nothing is kept for it.
    pub fn processed(&mut self, topic: &str, partition: i32, offset: i64) {
        if self.group.is_none() || self.consumer.context().deferred {
            return;
        }
        match self.processed.get_mut(topic) {
            Some(partitions) => {
                partitions.insert(partition, offset + 1);
            }
            None => {
                self.processed
                    .insert(topic.to_string(), BTreeMap::from([(partition, offset + 1)]));
            }
        }
    }

    /// Commits everything marked processed (group mode, not a cooperative member),
    /// synchronously.
    pub fn commit(&mut self) -> Result<(), KanError> {
        if self.group.is_none() || self.processed.is_empty() {
            return Ok(());
        }
        let mut list = TopicPartitionList::new();
        for (topic, partitions) in &self.processed {
            for (partition, next) in partitions {
                list.add_partition_offset(topic, *partition, Offset::Offset(*next))
                    .map_err(|err| KanError::kafka(format!("cannot commit: {err}")))?;
            }
        }
        self.consumer
            .store_offsets(&list)
            .map_err(|err| KanError::kafka(format!("cannot store offsets: {err}")))?;
        self.consumer
            .commit(&list, CommitMode::Sync)
            .map_err(|err| KanError::kafka(format!("cannot commit offsets: {err}")))?;
        self.processed.clear();
        Ok(())
    }

    /// Next offsets to fetch per assigned partition (past transaction markers too).
    pub fn positions(&self) -> BTreeMap<(String, i32), i64> {
        let Ok(list) = self.consumer.position() else {
            return BTreeMap::new();
        };
        list.elements()
            .iter()
            .filter_map(|element| match element.offset() {
                Offset::Offset(offset) => {
                    Some(((element.topic().to_string(), element.partition()), offset))
                }
                _ => None,
            })
            .collect()
    }

    /// High watermarks of these partitions, asked of their leaders now (a `--until` time bound
    /// that has passed ends there).
    pub fn high_watermarks(
        &self,
        partitions: &[(String, i32)],
    ) -> Result<BTreeMap<(String, i32), i64>, KanError> {
        partitions
            .iter()
            .map(|(topic, partition)| {
                self.consumer
                    .fetch_watermarks(topic, *partition, Duration::from_secs(10))
                    .map(|(_, high)| ((topic.clone(), *partition), high))
                    .map_err(|err| {
                        KanError::kafka(format!(
                            "cannot read the end of {topic}/{partition}: {err}"
                        ))
                    })
            })
            .collect()
    }

    /// The group this reader is a member of (none when it assigned its partitions itself).
    pub fn group(&self) -> Option<&str> {
        self.group.as_deref()
    }

    /// Whether the group has given this member an assignment yet (an empty one included).
    pub fn rebalanced(&self) -> bool {
        self.consumer.context().rebalanced.load(Ordering::Relaxed)
    }

    /// Partitions assigned now.
    pub fn assignment(&self) -> BTreeSet<(String, i32)> {
        if self.group.is_some() {
            return self
                .consumer
                .context()
                .assigned
                .lock()
                .map(|assigned| assigned.clone())
                .unwrap_or_default();
        }
        self.consumer
            .assignment()
            .map(|list| {
                list.elements()
                    .iter()
                    .map(|element| (element.topic().to_string(), element.partition()))
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Drop for Reader {
    fn drop(&mut self) {
        // The consumer closes next: its last revocation is handled by the callback itself.
        self.consumer
            .context()
            .closing
            .store(true, Ordering::Release);
    }
}

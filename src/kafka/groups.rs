//! Consumer-group reads for `kan lag` and `kan groups`: listings, descriptions, committed
//! offsets (one request per group, run concurrently), and the timestamp of the next unread
//! record per partition (a one-record fetch) for time lag.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use rdkafka::client::ClientContext;
use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext};
use rdkafka::error::KafkaError;
use rdkafka::message::Message;
use rdkafka::{Offset, TopicPartitionList};

use super::admin::Admin;
use super::client::{consumer_config, creation_error, KanContext};
use super::native;
use crate::domain::group::{GroupInfo, GroupListing, GroupState, Member};
use crate::domain::isolation::Isolation;
use crate::error::KanError;
use crate::settings::ConnectionSettings;

/// What a probe found per (topic, partition, offset).
pub type NextRecords = BTreeMap<(String, i32, i64), NextRecord>;

/// A committed offset: `None` when the group has none for the partition.
pub type Committed = BTreeMap<(String, i32), Option<i64>>;

impl Admin {
    /// Every consumer group the cluster knows, sorted by name.
    pub fn list_groups(&self) -> Result<Vec<GroupListing>, KanError> {
        let (groups, errors) =
            tokio::task::block_in_place(|| native::list_groups(self.client(), self.timeout()))
                .map_err(|err| self.context().native("list consumer groups", &err))?;
        if groups.is_empty() {
            if let Some(err) = errors.first() {
                return Err(self.context().code(
                    "list consumer groups",
                    err.code,
                    Some(&err.message),
                ));
            }
        }
        let mut listed: Vec<GroupListing> = groups
            .into_iter()
            .map(|group| GroupListing {
                group: group.group,
                state: group.state,
                is_simple: group.is_simple,
            })
            .collect();
        listed.sort_by(|a, b| a.group.cmp(&b.group));
        Ok(listed)
    }

    /// Describes groups (one batched request). A group the cluster does not know comes back
    /// as `Dead` with no members.
    pub fn describe_groups(&self, groups: &[String]) -> Result<Vec<GroupInfo>, KanError> {
        let described = tokio::task::block_in_place(|| {
            native::describe_groups(self.client(), groups, self.timeout())
        })
        .map_err(|err| self.context().native("describe consumer groups", &err))?;
        described
            .into_iter()
            .map(|description| {
                let detail = match description.result {
                    Ok(detail) => detail,
                    // Some brokers answer "not found" where Kafka answers "Dead, no members":
                    // report both the same way.
                    Err(err) if err.code == rdkafka::types::RDKafkaErrorCode::GroupIdNotFound => {
                        return Ok(GroupInfo {
                            group: description.group,
                            state: GroupState::Dead,
                            protocol: String::new(),
                            coordinator: None,
                            members: Vec::new(),
                        })
                    }
                    Err(err) => {
                        return Err(self.context().code(
                            &format!("describe group '{}'", description.group),
                            err.code,
                            Some(&err.message),
                        ))
                    }
                };
                Ok(GroupInfo {
                    group: description.group,
                    state: detail.state,
                    protocol: detail.protocol,
                    coordinator: detail.coordinator.map(|broker| broker.id),
                    members: detail
                        .members
                        .into_iter()
                        .map(|member| Member {
                            member_id: member.member_id,
                            client_id: member.client_id,
                            host: member.host,
                            group_instance_id: member.group_instance_id,
                            assignment: member.assignment,
                        })
                        .collect(),
                })
            })
            .collect()
    }

    /// Committed offsets of several groups, fetched concurrently (one request per group: the
    /// protocol asks one group at a time).
    pub fn committed_offsets(
        &self,
        groups: &[String],
    ) -> Result<BTreeMap<String, Committed>, KanError> {
        let results: Vec<(String, Result<Committed, KanError>)> = std::thread::scope(|scope| {
            let handles: Vec<_> = groups
                .iter()
                .map(|group| scope.spawn(move || (group.clone(), self.group_offsets(group))))
                .collect();
            handles
                .into_iter()
                .map(|handle| {
                    handle.join().unwrap_or_else(|_| {
                        (
                            String::new(),
                            Err(KanError::kafka("a committed-offset request panicked")),
                        )
                    })
                })
                .collect()
        });
        results
            .into_iter()
            .map(|(group, result)| result.map(|offsets| (group, offsets)))
            .collect()
    }

    /// True when the cluster knows the group: it has a live state, members, or committed
    /// offsets. (Kafka describes unknown groups as `Dead` rather than failing.)
    pub fn group_exists(&self, info: &GroupInfo) -> Result<bool, KanError> {
        if info.exists(false) {
            return Ok(true);
        }
        let committed = self
            .committed_offsets(std::slice::from_ref(&info.group))?
            .remove(&info.group)
            .unwrap_or_default();
        Ok(info.exists(!committed.is_empty()))
    }

    /// Sets a group's committed offsets (the group must have no active members).
    pub fn alter_group_offsets(
        &self,
        group: &str,
        offsets: &[(String, i32, i64)],
    ) -> Result<Vec<native::PartitionResult>, KanError> {
        let what = format!("set offsets of group '{group}'");
        tokio::task::block_in_place(|| {
            native::alter_group_offsets(self.client(), group, offsets, self.timeout())
        })
        .map_err(|err| match &err {
            native::NativeError::Request {
                code:
                    rdkafka::types::RDKafkaErrorCode::UnknownMemberId
                    | rdkafka::types::RDKafkaErrorCode::RebalanceInProgress
                    | rdkafka::types::RDKafkaErrorCode::IllegalGeneration,
                ..
            } => KanError::kafka(format!(
                "cannot {what}: the group has active members (stop them first)"
            )),
            _ => self.context().native(&what, &err),
        })
    }

    fn group_offsets(&self, group: &str) -> Result<Committed, KanError> {
        let what = format!("read committed offsets of group '{group}'");
        let offsets = native::list_group_offsets(self.client(), group, None, false, self.timeout())
            .map_err(|err| self.context().native(&what, &err))?;
        offsets
            .into_iter()
            .map(|committed| {
                let offset = committed
                    .result
                    .map_err(|err| self.context().code(&what, err.code, Some(&err.message)))?;
                Ok(((committed.topic, committed.partition), offset))
            })
            .collect()
    }
}

/// What a one-record read from an offset found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextRecord {
    /// The next record's timestamp (ms).
    At(i64),
    /// No record before the end: only transaction markers (or nothing) remain.
    OnlyMarkers,
    /// Not found within the time allowed.
    Unknown,
}

struct ProbeContext(KanContext);

impl ClientContext for ProbeContext {
    fn log(&self, level: rdkafka::config::RDKafkaLogLevel, fac: &str, message: &str) {
        self.0.log(level, fac, message);
    }
    fn error(&self, error: KafkaError, reason: &str) {
        self.0.error(error, reason);
    }
}
impl ConsumerContext for ProbeContext {}

/// Reads one record at each (topic, partition, offset) and returns its timestamp: one
/// consumer per topic (end-of-partition events name only the partition), topics in parallel;
/// several offsets of one partition are read in successive rounds of the same consumer.
/// Nothing is committed.
pub fn next_record_timestamps(
    settings: &ConnectionSettings,
    positions: &[(String, i32, i64)],
    isolation: Isolation,
) -> Result<NextRecords, KanError> {
    let mut by_topic: BTreeMap<&str, Vec<(String, i32, i64)>> = BTreeMap::new();
    for position in positions {
        by_topic
            .entry(position.0.as_str())
            .or_default()
            .push(position.clone());
    }
    let results: Vec<Result<NextRecords, KanError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = by_topic
            .values()
            .map(|positions| scope.spawn(move || probe_topic(settings, positions, isolation)))
            .collect();
        handles
            .into_iter()
            .map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|_| Err(KanError::kafka("a timestamp probe panicked")))
            })
            .collect()
    });
    let mut found = BTreeMap::new();
    for result in results {
        found.extend(result?);
    }
    Ok(found)
}

fn probe_topic(
    settings: &ConnectionSettings,
    positions: &[(String, i32, i64)],
    isolation: Isolation,
) -> Result<NextRecords, KanError> {
    let mut found: NextRecords = positions
        .iter()
        .map(|position| (position.clone(), NextRecord::Unknown))
        .collect();
    if positions.is_empty() {
        return Ok(found);
    }
    let config = consumer_config(
        settings,
        &format!("kan-lag-probe-{}", std::process::id()),
        isolation,
        &[
            ("fetch.wait.max.ms", "10"),
            ("max.partition.fetch.bytes", "1024"),
        ],
    )?;
    let consumer: BaseConsumer<ProbeContext> = config
        .create_with_context(ProbeContext(KanContext::new(settings.verbose)))
        .map_err(creation_error)?;
    // Rounds with at most one offset per partition.
    let mut rounds: Vec<BTreeMap<i32, (String, i64)>> = Vec::new();
    for (topic, partition, offset) in positions {
        match rounds
            .iter_mut()
            .find(|round| !round.contains_key(partition))
        {
            Some(round) => {
                round.insert(*partition, (topic.clone(), *offset));
            }
            None => rounds.push(BTreeMap::from([(*partition, (topic.clone(), *offset))])),
        }
    }
    let deadline = Instant::now() + settings.timeout;
    for round in rounds {
        let mut assignment = TopicPartitionList::new();
        for (partition, (topic, offset)) in &round {
            assignment
                .add_partition_offset(topic, *partition, Offset::Offset(*offset))
                .map_err(|err| {
                    KanError::kafka(format!("cannot read {topic}/{partition}: {err}"))
                })?;
        }
        consumer
            .assign(&assignment)
            .map_err(|err| KanError::kafka(format!("cannot read record timestamps: {err}")))?;
        let mut open = round;
        while !open.is_empty() && Instant::now() < deadline {
            let Some(result) = consumer.poll(Duration::from_millis(20)) else {
                continue;
            };
            let (partition, record) = match result {
                Ok(message) => {
                    let wanted = open.get(&message.partition()).map(|(_, offset)| *offset);
                    if wanted.is_none_or(|offset| message.offset() < offset) {
                        continue;
                    }
                    (
                        message.partition(),
                        message
                            .timestamp()
                            .to_millis()
                            .map_or(NextRecord::Unknown, NextRecord::At),
                    )
                }
                // This consumer reads one topic, so the partition number is enough.
                Err(KafkaError::PartitionEOF(partition)) => (partition, NextRecord::OnlyMarkers),
                Err(_) => continue,
            };
            // Later records of a finished partition are simply ignored: pausing partitions
            // and then re-assigning trips an assertion in librdkafka 2.12.
            if let Some((topic, offset)) = open.remove(&partition) {
                found.insert((topic, partition, offset), record);
            }
        }
        let _ = consumer.unassign();
    }
    Ok(found)
}

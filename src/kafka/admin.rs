//! Topic and cluster administration: rust-rdkafka's `AdminClient` where it has the call,
//! the [`native`](super::native) wrappers where it does not (incremental configs,
//! ListOffsets, DescribeCluster).
//!
//! Every call is bounded by the `--timeout` from settings; blocking librdkafka calls run via
//! `block_in_place` so Ctrl-C stays responsive.

use std::collections::BTreeMap;
use std::future::Future;
use std::time::Duration;

use rdkafka::admin::{
    AdminClient, AdminOptions, NewPartitions, NewTopic, ResourceSpecifier, TopicReplication,
};
use rdkafka::error::KafkaResult;
use rdkafka::{Offset, TopicPartitionList};

use super::client::{client_config, creation_error, KanContext};
use super::errors::{item_from_code, RequestContext};
use super::native::{self, ConfigChange, ItemError, OffsetQuery, OffsetSpec, ResourceChanges};
use crate::domain::cluster::{BrokerInfo, ClusterInfo};
use crate::domain::isolation::Isolation;
use crate::domain::topic::{
    ConfigSource, ConfigValue, PartitionMetadata, TopicMetadata, Watermarks,
};
use crate::error::KanError;
use crate::settings::ConnectionSettings;

/// A topic to create.
#[derive(Debug, Clone)]
pub struct NewTopicSpec {
    pub name: String,
    /// `None`: the broker's default partition count.
    pub partitions: Option<i32>,
    /// `None`: the broker's default replication factor.
    pub replication_factor: Option<i32>,
    pub configs: BTreeMap<String, String>,
}

/// Watermarks per (topic, partition), or why they could not be read.
pub type WatermarkResults = BTreeMap<(String, i32), Result<Watermarks, ItemError>>;

/// One offset per partition, or why the broker gave none.
pub type OffsetResults = BTreeMap<(String, i32), Result<i64, ItemError>>;

/// Per-item outcome of a batched admin request.
pub type ItemResults = Vec<(String, Result<(), ItemError>)>;

/// A found record: its offset, and its timestamp when the broker says.
pub type FirstAtTime = (i64, Option<i64>);

/// An admin connection to one cluster.
pub struct Admin {
    client: AdminClient<KanContext>,
    brokers: String,
    timeout: Duration,
}

impl Admin {
    /// Creates the client. Nothing is sent until the first request.
    pub fn connect(settings: &ConnectionSettings) -> Result<Self, KanError> {
        let mut config = client_config(settings)?;
        // Asking for a topic's metadata must never create it.
        config.set("allow.auto.create.topics", "false");
        let client = config
            .create_with_context(KanContext::new(settings.verbose))
            .map_err(creation_error)?;
        Ok(Admin {
            client,
            brokers: settings.brokers.clone(),
            timeout: settings.timeout,
        })
    }

    /// The request timeout in force.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The underlying librdkafka client (for the sibling modules' native calls).
    pub(super) fn client(&self) -> &rdkafka::client::Client<KanContext> {
        self.client.inner()
    }

    /// Error context for failures of this client's requests.
    pub(super) fn context(&self) -> RequestContext {
        self.forward_logs();
        RequestContext {
            brokers: self.brokers.clone(),
            timeout: self.timeout,
            last_error: self.client.inner().context().last_error(),
        }
    }

    /// Hands librdkafka's queued logs to the context (printed with `-v`; errors remembered
    /// so a failure can say why). The admin client never polls them by itself.
    fn forward_logs(&self) {
        let context = self.client.inner().context();
        for log in native::drain_client_logs(self.client.inner()) {
            context.record(&log);
        }
    }

    fn options(&self) -> AdminOptions {
        AdminOptions::new()
            .request_timeout(Some(self.timeout))
            .operation_timeout(Some(self.timeout))
    }

    /// Awaits an admin future, bounded by the timeout (plus a margin for librdkafka's own).
    async fn bounded<T>(
        &self,
        what: &str,
        future: impl Future<Output = KafkaResult<T>>,
    ) -> Result<T, KanError> {
        match tokio::time::timeout(self.timeout + Duration::from_secs(2), future).await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(err)) => Err(self.context().kafka(what, &err)),
            Err(_) => Err(self.context().unreachable(what)),
        }
    }

    /// Metadata for all topics, or for one.
    pub fn metadata(&self, topic: Option<&str>) -> Result<Vec<TopicMetadata>, KanError> {
        let metadata =
            tokio::task::block_in_place(|| self.client.inner().fetch_metadata(topic, self.timeout))
                .map_err(|err| self.context().kafka("fetch metadata", &err))?;
        let mut topics = Vec::new();
        for topic in metadata.topics() {
            if let Some(code) = topic.error() {
                let code = rdkafka::types::RDKafkaErrorCode::from(code);
                if matches!(
                    code,
                    rdkafka::types::RDKafkaErrorCode::UnknownTopicOrPartition
                ) {
                    continue;
                }
                return Err(self.context().code(
                    &format!("fetch metadata of topic '{}'", topic.name()),
                    code,
                    None,
                ));
            }
            let mut partitions: Vec<PartitionMetadata> = topic
                .partitions()
                .iter()
                .map(|partition| PartitionMetadata {
                    partition: partition.id(),
                    leader: (partition.leader() >= 0).then_some(partition.leader()),
                    replicas: partition.replicas().to_vec(),
                    isr: partition.isr().to_vec(),
                })
                .collect();
            partitions.sort_by_key(|partition| partition.partition);
            topics.push(TopicMetadata {
                name: topic.name().to_string(),
                internal: topic.name().starts_with("__"),
                partitions,
            });
        }
        topics.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(topics)
    }

    /// Metadata of one topic; `NotFound` when it does not exist.
    pub fn topic(&self, name: &str) -> Result<TopicMetadata, KanError> {
        let mut found = self.topics(std::slice::from_ref(&name))?;
        Ok(found.remove(0))
    }

    /// Metadata of each named topic, in order (one request); `NotFound` naming the first that
    /// does not exist.
    pub fn topics<S: AsRef<str>>(&self, names: &[S]) -> Result<Vec<TopicMetadata>, KanError> {
        if names.is_empty() {
            return Ok(Vec::new());
        }
        let only = match names {
            [one] => Some(one.as_ref()),
            _ => None,
        };
        let metadata = self.metadata(only)?;
        names
            .iter()
            .map(|name| {
                let name = name.as_ref();
                metadata
                    .iter()
                    .find(|topic| topic.name == name)
                    .cloned()
                    .ok_or_else(|| KanError::no_topic(name))
            })
            .collect()
    }

    /// Creates topics; one result per topic, in order.
    pub async fn create_topics(
        &self,
        specs: &[NewTopicSpec],
        validate_only: bool,
    ) -> Result<ItemResults, KanError> {
        let new_topics: Vec<NewTopic<'_>> = specs
            .iter()
            .map(|spec| {
                let mut topic = NewTopic::new(
                    &spec.name,
                    spec.partitions.unwrap_or(-1),
                    TopicReplication::Fixed(spec.replication_factor.unwrap_or(-1)),
                );
                for (key, value) in &spec.configs {
                    topic = topic.set(key, value);
                }
                topic
            })
            .collect();
        let options = self.options().validate_only(validate_only);
        let results = self
            .bounded(
                "create topics",
                self.client.create_topics(&new_topics, &options),
            )
            .await?;
        Ok(item_results(results))
    }

    /// Deletes topics; one result per topic, in order.
    pub async fn delete_topics(&self, names: &[String]) -> Result<ItemResults, KanError> {
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let results = self
            .bounded(
                "delete topics",
                self.client.delete_topics(&refs, &self.options()),
            )
            .await?;
        Ok(item_results(results))
    }

    /// Deletes consumer groups; one result per group, in order.
    pub async fn delete_groups(&self, groups: &[String]) -> Result<ItemResults, KanError> {
        let names: Vec<&str> = groups.iter().map(String::as_str).collect();
        let results = self
            .bounded(
                "delete consumer groups",
                self.client.delete_groups(&names, &self.options()),
            )
            .await?;
        Ok(item_results(results))
    }

    /// Raises a topic's partition count to `total`.
    pub async fn create_partitions(
        &self,
        topic: &str,
        total: i32,
        validate_only: bool,
    ) -> Result<Result<(), ItemError>, KanError> {
        let count = usize::try_from(total)
            .map_err(|_| KanError::usage(format!("invalid partition count {total}")))?;
        let request = [NewPartitions::new(topic, count)];
        let options = self.options().validate_only(validate_only);
        let results = self
            .bounded(
                "add partitions (CreatePartitions)",
                self.client.create_partitions(&request, &options),
            )
            .await?;
        Ok(match results.into_iter().next() {
            Some(Ok(_)) => Ok(()),
            Some(Err((_, code))) => Err(item_from_code(code)),
            None => Err(ItemError {
                code: rdkafka::types::RDKafkaErrorCode::Fail,
                message: "the broker returned no result".into(),
            }),
        })
    }

    /// Deletes the records before each given offset of `topic`'s partitions (DeleteRecords):
    /// per partition, the log start the broker reports afterwards, or its error.
    pub async fn delete_records(
        &self,
        topic: &str,
        before: &[(i32, i64)],
    ) -> Result<Vec<(i32, Result<i64, ItemError>)>, KanError> {
        let mut request = TopicPartitionList::new();
        for (partition, offset) in before {
            request
                .add_partition_offset(topic, *partition, Offset::Offset(*offset))
                .map_err(|err| self.context().kafka("delete records", &err))?;
        }
        let results = self
            .bounded(
                "delete records",
                self.client.delete_records(&request, &self.options()),
            )
            .await?;
        Ok(results
            .elements_for_topic(topic)
            .into_iter()
            .map(|element| {
                let result = match (element.error(), element.offset()) {
                    (Err(err), _) => Err(ItemError {
                        code: err
                            .rdkafka_error_code()
                            .unwrap_or(rdkafka::types::RDKafkaErrorCode::Fail),
                        message: err.to_string(),
                    }),
                    (Ok(()), Offset::Offset(low)) => Ok(low),
                    (Ok(()), other) => Err(ItemError {
                        code: rdkafka::types::RDKafkaErrorCode::Fail,
                        message: format!("the broker returned no log start ({other:?})"),
                    }),
                };
                (element.partition(), result)
            })
            .collect())
    }

    /// The configs of each topic, in order.
    pub async fn describe_topic_configs(
        &self,
        names: &[String],
    ) -> Result<Vec<(String, Result<Vec<ConfigValue>, ItemError>)>, KanError> {
        if names.is_empty() {
            return Ok(Vec::new());
        }
        let resources: Vec<ResourceSpecifier<'_>> = names
            .iter()
            .map(|name| ResourceSpecifier::Topic(name))
            .collect();
        let results = self
            .bounded(
                "describe topic configs",
                self.client.describe_configs(&resources, &self.options()),
            )
            .await?;
        Ok(names
            .iter()
            .cloned()
            .zip(results)
            .map(|(name, result)| {
                let configs = result.map_err(item_from_code).map(|resource| {
                    let mut configs: Vec<ConfigValue> =
                        resource.entries.into_iter().map(config_value).collect();
                    configs.sort_by(|a, b| a.name.cmp(&b.name));
                    configs
                });
                (name, configs)
            })
            .collect())
    }

    /// Sets and deletes topic configs incrementally: keys not named are left as they are.
    pub fn alter_topic_configs(
        &self,
        topic: &str,
        set: &BTreeMap<String, String>,
        delete: &[String],
        validate_only: bool,
    ) -> Result<Result<(), ItemError>, KanError> {
        let mut changes: Vec<ConfigChange> = set
            .iter()
            .map(|(name, value)| ConfigChange {
                name: name.clone(),
                op: native::AlterOp::Set,
                value: Some(value.clone()),
            })
            .collect();
        changes.extend(delete.iter().map(|name| ConfigChange {
            name: name.clone(),
            op: native::AlterOp::Delete,
            value: None,
        }));
        let request = [ResourceChanges {
            resource: native::ConfigResource::Topic(topic.to_string()),
            changes,
        }];
        let results = tokio::task::block_in_place(|| {
            native::incremental_alter_configs(
                self.client.inner(),
                &request,
                validate_only,
                self.timeout,
            )
        })
        .map_err(|err| self.context().native("alter topic configs", &err))?;
        Ok(results
            .into_iter()
            .next()
            .map(|(_, result)| result)
            .unwrap_or(Ok(())))
    }

    /// Low and high watermarks of the given partitions, in two batched ListOffsets requests.
    pub fn watermarks(&self, partitions: &[(String, i32)]) -> Result<WatermarkResults, KanError> {
        self.log_offsets(partitions, Isolation::ReadUncommitted)
    }

    /// Log start and end of the given partitions; the end is the high watermark, or the last
    /// stable offset with `ReadCommitted`. Two batched ListOffsets requests in all.
    pub fn log_offsets(
        &self,
        partitions: &[(String, i32)],
        isolation: Isolation,
    ) -> Result<WatermarkResults, KanError> {
        let mut lows = self.listed(partitions, || OffsetSpec::Earliest, isolation)?;
        let highs = self.listed(partitions, || OffsetSpec::Latest, isolation)?;
        Ok(highs
            .into_iter()
            .map(|(key, high)| {
                let low = lows.remove(&key).unwrap_or(Ok(0));
                let combined = match (low, high) {
                    (Ok(low), Ok(high)) => Ok(Watermarks { low, high }),
                    (Err(err), _) | (_, Err(err)) => Err(err),
                };
                (key, combined)
            })
            .collect())
    }

    /// Log starts of the given partitions, in one batched ListOffsets request.
    pub fn log_starts(&self, partitions: &[(String, i32)]) -> Result<OffsetResults, KanError> {
        self.listed(
            partitions,
            || OffsetSpec::Earliest,
            Isolation::ReadUncommitted,
        )
    }

    /// One batched ListOffsets request: `spec`'s offset per partition.
    fn listed(
        &self,
        partitions: &[(String, i32)],
        spec: fn() -> OffsetSpec,
        isolation: Isolation,
    ) -> Result<OffsetResults, KanError> {
        let queries: Vec<OffsetQuery> = partitions
            .iter()
            .map(|(topic, partition)| OffsetQuery {
                topic: topic.clone(),
                partition: *partition,
                spec: spec(),
            })
            .collect();
        let listed = tokio::task::block_in_place(|| {
            native::list_offsets(self.client.inner(), &queries, isolation, self.timeout)
        })
        .map_err(|err| self.context().native("list offsets", &err))?;
        Ok(listed
            .into_iter()
            .map(|item| {
                (
                    (item.topic, item.partition),
                    item.result.map(|at| at.offset),
                )
            })
            .collect())
    }

    /// Log start and end per partition; any partition whose offsets cannot be read fails the
    /// whole call, naming it.
    pub fn log_bounds(
        &self,
        partitions: &[(String, i32)],
        isolation: Isolation,
    ) -> Result<crate::domain::position::LogBounds, KanError> {
        self.log_offsets(partitions, isolation)?
            .into_iter()
            .map(|(key, marks)| {
                let marks = marks.map_err(|err| {
                    KanError::kafka(format!(
                        "cannot read offsets of {}/{}: {}",
                        key.0, key.1, err.message
                    ))
                })?;
                // The two are read separately: a log start that moved past the end read just
                // before is the end (callers clamp to this range).
                Ok((key, (marks.low, marks.high.max(marks.low))))
            })
            .collect()
    }

    /// The first offset at or after `timestamp_ms` per partition (one batched ListOffsets);
    /// `None` where no record is that late.
    pub fn offsets_for_time(
        &self,
        partitions: &[(String, i32)],
        timestamp_ms: i64,
        isolation: Isolation,
    ) -> Result<BTreeMap<(String, i32), Option<i64>>, KanError> {
        Ok(self
            .first_at_time(partitions, timestamp_ms, isolation)?
            .into_iter()
            .map(|(key, first)| (key, first.map(|(offset, _)| offset)))
            .collect())
    }

    /// [`Self::offsets_for_time`] with the found record's timestamp, as the broker answers it
    /// (`None` when it does not say).
    pub fn first_at_time(
        &self,
        partitions: &[(String, i32)],
        timestamp_ms: i64,
        isolation: Isolation,
    ) -> Result<BTreeMap<(String, i32), Option<FirstAtTime>>, KanError> {
        let queries: Vec<OffsetQuery> = partitions
            .iter()
            .map(|(topic, partition)| OffsetQuery {
                topic: topic.clone(),
                partition: *partition,
                spec: OffsetSpec::Timestamp(timestamp_ms.max(0)),
            })
            .collect();
        let listed = tokio::task::block_in_place(|| {
            native::list_offsets(self.client.inner(), &queries, isolation, self.timeout)
        })
        .map_err(|err| self.context().native("look up offsets by time", &err))?;
        listed
            .into_iter()
            .map(|listed| {
                let found = listed.result.map_err(|err| {
                    self.context().code(
                        &format!("look up offsets of {}/{}", listed.topic, listed.partition),
                        err.code,
                        Some(&err.message),
                    )
                })?;
                Ok((
                    (listed.topic, listed.partition),
                    (found.offset >= 0).then_some((found.offset, found.timestamp)),
                ))
            })
            .collect()
    }

    /// Cluster id, controller and brokers, from metadata (served by every Kafka version,
    /// unlike DescribeCluster).
    pub fn cluster(&self) -> Result<ClusterInfo, KanError> {
        let metadata =
            tokio::task::block_in_place(|| self.client.inner().fetch_metadata(None, self.timeout))
                .map_err(|err| self.context().kafka("fetch metadata", &err))?;
        let mut brokers: Vec<BrokerInfo> = metadata
            .brokers()
            .iter()
            .map(|broker| BrokerInfo {
                id: broker.id(),
                host: broker.host().to_string(),
                port: u16::try_from(broker.port()).unwrap_or(0),
            })
            .collect();
        brokers.sort_by_key(|broker| broker.id);
        let cluster_id =
            tokio::task::block_in_place(|| self.client.inner().fetch_cluster_id(self.timeout));
        let controller_id = tokio::task::block_in_place(|| {
            native::controller_id(self.client.inner(), self.timeout)
        });
        Ok(ClusterInfo {
            cluster_id,
            controller_id,
            brokers,
        })
    }
}

impl Drop for Admin {
    fn drop(&mut self) {
        self.forward_logs();
    }
}

/// rust-rdkafka's per-item results (name, or name and code) as kan's.
fn item_results(
    results: Vec<Result<String, (String, rdkafka::types::RDKafkaErrorCode)>>,
) -> ItemResults {
    results
        .into_iter()
        .map(|result| match result {
            Ok(name) => (name, Ok(())),
            Err((name, code)) => (name, Err(item_from_code(code))),
        })
        .collect()
}

fn config_value(entry: rdkafka::admin::ConfigEntry) -> ConfigValue {
    use rdkafka::admin::ConfigSource as Source;
    ConfigValue {
        name: entry.name,
        value: entry.value,
        source: match entry.source {
            Source::DynamicTopic => ConfigSource::DynamicTopic,
            Source::DynamicBroker => ConfigSource::DynamicBroker,
            Source::DynamicDefaultBroker => ConfigSource::DynamicDefaultBroker,
            Source::StaticBroker => ConfigSource::StaticBroker,
            Source::Default => ConfigSource::Default,
            Source::Unknown => ConfigSource::Unknown,
        },
        is_default: entry.is_default,
        read_only: entry.is_read_only,
        sensitive: entry.is_sensitive,
    }
}

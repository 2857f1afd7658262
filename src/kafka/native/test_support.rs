//! Test helpers: rdkafka's in-process mock cluster and clients pointed at it.

use std::time::Duration;

use rdkafka::admin::AdminClient;
use rdkafka::client::DefaultClientContext;
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer};
use rdkafka::mocking::MockCluster;
use rdkafka::producer::{BaseProducer, BaseRecord, DefaultProducerContext, Producer};
use rdkafka::{Offset, TopicPartitionList};
use rdkafka_sys as rdsys;

use super::plumbing::{string, Native};

pub(super) type Mock = MockCluster<'static, DefaultProducerContext>;

pub(super) fn mock_cluster(brokers: i32) -> Mock {
    MockCluster::new(brokers).expect("mock cluster")
}

fn base_config(bootstrap: &str) -> ClientConfig {
    let mut config = ClientConfig::new();
    config
        .set("bootstrap.servers", bootstrap)
        // Keep librdkafka's own chatter out of the test output.
        .set("log_level", "0");
    config
}

pub(super) fn admin_client(bootstrap: &str) -> AdminClient<DefaultClientContext> {
    base_config(bootstrap).create().expect("admin client")
}

/// An admin client whose only bootstrap address refuses connections.
pub(super) fn unreachable_admin_client() -> AdminClient<DefaultClientContext> {
    base_config("127.0.0.1:1")
        .set("reconnect.backoff.ms", "10")
        .create()
        .expect("admin client")
}

/// A consumer in `group` that never subscribes (so it commits as a plain
/// "simple" consumer, with no group membership).
pub(super) fn consumer(bootstrap: &str, group: &str) -> BaseConsumer {
    base_config(bootstrap)
        .set("group.id", group)
        .set("enable.auto.commit", "false")
        .create()
        .expect("consumer")
}

/// Produces `count` records to `topic`/`partition` and waits until all are
/// acknowledged.
pub(super) fn produce(bootstrap: &str, topic: &str, partition: i32, count: usize) {
    let producer: BaseProducer = base_config(bootstrap).create().expect("producer");
    for i in 0..count {
        let payload = format!("record-{i}");
        producer
            .send(
                BaseRecord::<(), _>::to(topic)
                    .partition(partition)
                    .payload(&payload),
            )
            .expect("enqueue record");
    }
    producer.flush(Duration::from_secs(10)).expect("flush");
}

/// Commits `offsets` for `consumer`'s group synchronously, with metadata.
pub(super) fn commit(consumer: &BaseConsumer, offsets: &[(&str, i32, i64, &str)]) {
    let mut list = TopicPartitionList::new();
    for &(topic, partition, offset, metadata) in offsets {
        list.add_partition_offset(topic, partition, Offset::Offset(offset))
            .expect("add partition");
        if let Some(mut elem) = list.find_partition(topic, partition) {
            elem.set_metadata(metadata);
        }
    }
    consumer.commit(&list, CommitMode::Sync).expect("commit");
}

/// A mock cluster that also has a broker 0.
///
/// librdkafka's mock never elects a controller: its Metadata responses always
/// carry ControllerId 0 while its brokers are numbered from 1, so requests
/// that go to the controller (DescribeCluster, IncrementalAlterConfigs) wait
/// for a broker that does not exist. Adding broker 0 makes the reported
/// controller real. (rust-rdkafka's `MockCluster` does not expose its raw
/// handle, hence the direct FFI here.)
pub(super) struct ControllerMock {
    // Declared first so that it is destroyed before the client hosting it.
    mock: Native<rdsys::rd_kafka_mock_cluster_t>,
    _host: BaseProducer,
}

impl ControllerMock {
    pub(super) fn new(brokers: i32) -> Self {
        let host: BaseProducer = ClientConfig::new()
            .set("log_level", "0")
            .create()
            .expect("mock host client");
        // SAFETY: the host client outlives the mock (field order above); the
        // new mock cluster is owned by us and destroyed by Native's Drop.
        let mock = unsafe {
            Native::from_ptr(
                rdsys::rd_kafka_mock_cluster_new(host.client().native_ptr(), brokers),
                rdsys::rd_kafka_mock_cluster_destroy,
            )
        }
        .expect("mock cluster");
        // SAFETY: the mock cluster is alive; adding a broker is a
        // synchronous command to the mock thread.
        let err = unsafe { rdsys::rd_kafka_mock_broker_add(mock.ptr(), 0) };
        assert_eq!(err, rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR);
        Self { mock, _host: host }
    }

    pub(super) fn bootstrap_servers(&self) -> String {
        // SAFETY: the mock is alive; the string is copied immediately.
        unsafe { string(rdsys::rd_kafka_mock_cluster_bootstraps(self.mock.ptr())) }
    }
}

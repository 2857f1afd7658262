//! Paths a real single broker cannot show: several brokers, brokers going down, injected
//! request errors. These run `kan` against rdkafka's in-process mock cluster (librdkafka's
//! own mock broker), started inside this test process.

mod common;

use std::ops::Deref;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use common::{json, kan, stderr};
use rdkafka::config::ClientConfig;
use rdkafka::mocking::MockCluster;
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};

type Cluster = MockCluster<'static, rdkafka::producer::DefaultProducerContext>;

/// A three-broker mock cluster, used by one test at a time: when a mock broker goes down,
/// librdkafka closes its listener and binds the same port again at once, and aborts the whole
/// process if that fails — which it did when another test's connection had just been given
/// that port as its local one.
struct Isolated {
    cluster: Cluster,
    _turn: MutexGuard<'static, ()>,
}

impl Deref for Isolated {
    type Target = Cluster;

    fn deref(&self) -> &Cluster {
        &self.cluster
    }
}

fn mock() -> Isolated {
    static TURN: Mutex<()> = Mutex::new(());
    let turn = TURN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    Isolated {
        cluster: MockCluster::new(3).expect("mock cluster"),
        _turn: turn,
    }
}

#[test]
fn cluster_lists_every_broker_of_a_three_broker_cluster() {
    let cluster = mock();
    let output = kan()
        .args(["-b", &cluster.bootstrap_servers(), "-o", "json", "cluster"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let shown = json(&output);
    let ids: Vec<i64> = shown["brokers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|broker| broker["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [1, 2, 3]);
    assert!(shown["controller_id"].is_i64(), "{shown}");
}

#[test]
fn describe_reads_watermarks_from_partition_leaders_on_different_brokers() {
    let cluster = mock();
    cluster.create_topic("spread", 3, 1).unwrap();
    for (partition, leader) in [(0, 1), (1, 2), (2, 3)] {
        cluster
            .partition_leader("spread", partition, Some(leader))
            .unwrap();
    }
    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", cluster.bootstrap_servers())
        .create()
        .unwrap();
    for partition in 0..3 {
        for index in 0..(partition + 1) * 2 {
            let key = format!("k{index}");
            producer
                .send(
                    BaseRecord::to("spread")
                        .partition(partition)
                        .key(&key)
                        .payload("v"),
                )
                .unwrap();
        }
    }
    producer.flush(Duration::from_secs(10)).unwrap();

    // The mock broker does not answer DescribeConfigs: kan still reports the partitions,
    // names what is missing, and exits 6 (partial) rather than pretending success.
    let output = kan()
        .args([
            "-b",
            &cluster.bootstrap_servers(),
            "-o",
            "json",
            "--timeout",
            "2s",
        ])
        .args(["topics", "describe", "spread"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("configs of 'spread'"),
        "{}",
        stderr(&output)
    );
    let topic = &json(&output)["topics"][0];
    let highs: Vec<i64> = topic["partitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|partition| partition["high_watermark"].as_i64().unwrap())
        .collect();
    assert_eq!(highs, [2, 4, 6]);
    let leaders: Vec<i64> = topic["partitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|partition| partition["leader"].as_i64().unwrap())
        .collect();
    assert_eq!(leaders, [1, 2, 3]);
    assert_eq!(topic["messages"], 12);
}

#[test]
fn all_brokers_down_is_a_kafka_error_within_the_timeout() {
    let cluster = mock();
    let servers = cluster.bootstrap_servers();
    for broker in 1..=3 {
        cluster.broker_down(broker).unwrap();
    }
    let started = Instant::now();
    let output = kan()
        .args(["-b", &servers, "--timeout", "2s", "topics", "list"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(message.contains("no answer from Kafka"), "{message}");
    assert!(message.contains(&servers), "{message}");
    assert!(started.elapsed() < Duration::from_secs(8));
}

#[test]
fn a_slow_broker_is_waited_for_up_to_the_timeout_and_no_longer() {
    // (librdkafka's mock aborts the process when a downed broker is brought back up, so
    // slowness, not a restart, is what this test injects.)
    let cluster = mock();
    let servers = cluster.bootstrap_servers();
    for broker in 1..=3 {
        cluster
            .broker_round_trip_time(broker, Duration::from_millis(1500))
            .unwrap();
    }
    let output = kan()
        .args(["-b", &servers, "--timeout", "10s", "-o", "json", "cluster"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(json(&output)["brokers"].as_array().unwrap().len(), 3);

    let started = Instant::now();
    let output = kan()
        .args(["-b", &servers, "--timeout", "1s", "cluster"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(stderr(&output).contains("within 1s"), "{}", stderr(&output));
    assert!(started.elapsed() < Duration::from_secs(6));
}

#[test]
fn listing_without_describe_configs_still_lists_and_exits_6() {
    // The mock broker does not answer DescribeConfigs.
    let cluster = mock();
    cluster.create_topic("listed", 2, 1).unwrap();
    let output = kan()
        .args([
            "-b",
            &cluster.bootstrap_servers(),
            "-o",
            "json",
            "--timeout",
            "2s",
        ])
        .args(["topics", "list"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    let listed = json(&output);
    assert_eq!(listed["topics"][0]["name"], "listed");
    assert_eq!(listed["topics"][0]["partitions"], 2);
    assert!(stderr(&output).contains("cannot read configs of 'listed'"));
}

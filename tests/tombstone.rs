//! Tombstones against a real broker (nisshi): `kan publish raw --tombstone` sends a null value
//! (not an empty one) with its key and headers, and envelopes carry a null value through
//! `kan consume --format json` and `kan publish raw --envelope`. Read back with rdkafka
//! (`common::read_all`), which tells a null value from an empty one.

mod common;

use std::time::Duration;

use common::{broker, json, kan_broker, read_all, stderr, unique};
use rdkafka::config::ClientConfig;
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};

fn topic(prefix: &str, extra: &[&str]) -> String {
    let topic = unique(prefix);
    kan_broker()
        .args(["topics", "create", &topic, "--partitions", "1"])
        .args(extra)
        .assert()
        .success();
    topic
}

#[test]
fn a_tombstone_is_a_null_value_with_its_key_and_headers() {
    let topic = topic("tombstone", &["--compact"]);
    let output = kan_broker()
        .args(["-o", "json", "publish", "raw", "--topic", &topic])
        .args(["--key", "user-7", "--tombstone", "--header", "reason=gdpr"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(json(&output)["delivered"], 1);
    // An empty value, for contrast: a record with a value, not a tombstone.
    kan_broker()
        .args([
            "publish", "raw", "--topic", &topic, "--key", "user-8", "--value", "",
        ])
        .assert()
        .success();

    let mut records = read_all(&broker().address, &topic, false);
    records.sort_by_key(|record| record.offset);
    assert_eq!(records.len(), 2);
    let tombstone = &records[0];
    assert_eq!(tombstone.key_text().as_deref(), Some("user-7"));
    assert!(tombstone.null_value, "the value must be null, not empty");
    assert_eq!(tombstone.header("reason").as_deref(), Some("gdpr"));
    assert!(tombstone.header("correlation-id").is_some());
    assert_eq!(
        tombstone.header("content-type"),
        None,
        "a null value has no content type"
    );
    let empty = &records[1];
    assert!(!empty.null_value);
    assert!(empty.value.is_empty());
}

#[test]
fn a_tombstone_needs_a_key_and_no_value() {
    let topic = topic("tombstone-bad", &[]);
    let output = kan_broker()
        .args(["publish", "raw", "--topic", &topic, "--tombstone"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let message = stderr(&output);
    assert_eq!(message.trim().lines().count(), 1, "{message}");
    assert!(message.contains("--tombstone needs --key"), "{message}");

    for extra in [&["--value", "v"][..], &["--envelope"][..]] {
        let output = kan_broker()
            .args([
                "publish",
                "raw",
                "--topic",
                &topic,
                "--key",
                "k",
                "--tombstone",
            ])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(2),
            "{extra:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains("cannot be used with"),
            "{}",
            stderr(&output)
        );
    }
    assert!(read_all(&broker().address, &topic, false).is_empty());
}

#[test]
fn envelopes_keep_a_null_value_null_and_an_empty_one_empty() {
    let source = topic("null-envelope-src", &[]);
    let copy = topic("null-envelope-copy", &[]);
    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .create()
        .unwrap();
    producer
        .send(BaseRecord::<[u8], [u8]>::to(&source).key(&b"gone"[..]))
        .unwrap();
    producer
        .send(
            BaseRecord::<[u8], [u8]>::to(&source)
                .key(&b"blank"[..])
                .payload(&b""[..]),
        )
        .unwrap();
    producer.flush(Duration::from_secs(10)).unwrap();

    let dumped = kan_broker()
        .args([
            "consume",
            &source,
            "--from",
            "beginning",
            "-e",
            "-f",
            "json",
        ])
        .output()
        .unwrap();
    assert!(dumped.status.success(), "{}", stderr(&dumped));
    let envelopes: Vec<serde_json::Value> = String::from_utf8(dumped.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(envelopes.len(), 2);
    assert_eq!(envelopes[0]["value"], serde_json::Value::Null);
    assert_ne!(envelopes[1]["value"], serde_json::Value::Null);

    let republished = kan_broker()
        .args(["publish", "raw", "--envelope", "--topic", &copy])
        .write_stdin(dumped.stdout)
        .output()
        .unwrap();
    assert!(republished.status.success(), "{}", stderr(&republished));
    let mut records = read_all(&broker().address, &copy, false);
    records.sort_by_key(|record| record.offset);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].key_text().as_deref(), Some("gone"));
    assert!(records[0].null_value, "a null value published as empty");
    assert_eq!(records[1].key_text().as_deref(), Some("blank"));
    assert!(!records[1].null_value);
    assert!(records[1].value.is_empty());
}

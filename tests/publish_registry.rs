//! `kan publish batch|raw --value-subject/--key-subject`: JSON lines written in the Schema
//! Registry wire format with the subject's schema (Avro, Protobuf, JSON Schema), read back by
//! Confluent's own Python deserializers (an implementation kan does not use) and by kan; lines
//! that do not fit rejected with file:line and the field path under each --on-invalid mode;
//! `--register FILE`.
//!
//! No Confluent Schema Registry runs here (it needs a JVM): tests/common/registry.rs is the
//! test's stand-in for its REST API. The Python venv comes from scripts/install-python-clients
//! (scripts/test runs it); without it these tests fail with that reason, never skip.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use common::registry::{python, TestRegistry};
use common::{broker, json, kan, lines_file, read_all, stderr, temp_file, unique};
use serde_json::{json, Value};

/// The Avro schema tests/python/produce_registry.py writes with.
const AVRO: &str = r#"{
  "type": "record", "name": "UserEvent", "namespace": "analytics",
  "fields": [
    {"name": "userId", "type": "string"},
    {"name": "eventType", "type": {"type": "enum", "name": "EventType",
      "symbols": ["login", "logout", "purchase", "view"]}},
    {"name": "timestamp", "type": {"type": "long", "logicalType": "timestamp-millis"}},
    {"name": "price", "type": ["null", {"type": "bytes", "logicalType": "decimal",
      "precision": 10, "scale": 2}], "default": null},
    {"name": "either", "type": ["null", "string", "long"], "default": null},
    {"name": "day", "type": {"type": "int", "logicalType": "date"}},
    {"name": "metadata", "type": {"type": "map", "values": "string"}},
    {"name": "raw", "type": "bytes"}
  ]
}"#;

/// The message tests/python/consume_registry.py builds by hand: nested, map, repeated, oneof.
const PROTO: &str = r#"syntax = "proto3";
package analytics;
message PageView {
  string user_id = 1;
  string url = 2;
  int64 duration_ms = 3;
  map<string, string> tags = 4;
  repeated string path = 5;
  oneof source { string web = 6; string app = 7; }
  Inner inner = 8;
  message Inner { bool flag = 1; }
}
"#;

const JSON_SCHEMA: &str = r#"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "PageView", "type": "object",
  "properties": {"userId": {"type": "string"}, "url": {"type": "string"},
                 "duration": {"type": "integer"}},
  "required": ["userId", "url"]
}"#;

/// A file called `name` (the extension matters) in a directory of its own.
fn named_file(name: &str, contents: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique("schema-file"));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn one_partition_topic() -> String {
    let topic = unique("sr-publish");
    kan()
        .args(["-b", &broker().address, "topics", "create", &topic])
        .args(["--partitions", "1"])
        .assert()
        .success();
    topic
}

/// `kan publish batch --kind raw --key-field userId --value-subject T-value` (and the key
/// subject when registered), plus `extra`.
fn publish(registry: &TestRegistry, topic: &str, file: &Path, extra: &[&str]) -> Output {
    kan()
        .args(["-b", &broker().address, "--schema-registry", &registry.url])
        .args([
            "-o", "json", "publish", "batch", "--kind", "raw", "--topic", topic,
        ])
        .args(["--key-field", "userId", "--no-checkpoint", "-f"])
        .arg(file)
        .args(extra)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap()
}

/// What Confluent's deserializers read: `{"key", "value"}` per record.
fn read_with_python(
    registry: &TestRegistry,
    topic: &str,
    format: &str,
    count: usize,
) -> Vec<Value> {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/python/consume_registry.py");
    let output = Command::new(python())
        .arg(script)
        .args([
            &broker().address,
            &registry.url,
            topic,
            format,
            &count.to_string(),
        ])
        .output()
        .expect("python");
    assert!(
        output.status.success(),
        "the Python deserializer failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

/// Lines as people write them, and what Confluent's deserializers read back (Avro timestamps
/// as epoch milliseconds, unions as their plain value, canonical proto3 JSON).
fn cases(format: &str) -> (&'static str, &'static str, Vec<Value>, Vec<Value>) {
    match format {
        "avro" => (
            AVRO,
            "AVRO",
            vec![
                json!({"userId": "u1", "eventType": "purchase",
                       "timestamp": "2026-11-30T10:15:00.250Z", "price": "12.30",
                       "either": {"long": 7}, "day": "2026-11-30",
                       "metadata": {"ip": "10.0.0.7"}, "raw": "/wA="}),
                json!({"userId": "u2", "eventType": "login", "timestamp": 1_796_033_760_000i64,
                       "either": "text", "day": "1970-01-01", "metadata": {}, "raw": ""}),
            ],
            vec![
                json!({"userId": "u1", "eventType": "purchase", "timestamp": 1_796_033_700_250i64,
                       "price": "12.30", "either": 7, "day": "2026-11-30",
                       "metadata": {"ip": "10.0.0.7"}, "raw": "/wA="}),
                json!({"userId": "u2", "eventType": "login", "timestamp": 1_796_033_760_000i64,
                       "price": null, "either": "text", "day": "1970-01-01", "metadata": {},
                       "raw": ""}),
            ],
        ),
        "protobuf" => {
            let first = json!({"userId": "u1", "url": "/pricing", "durationMs": "1500",
                               "tags": {"a": "b"}, "path": ["x", "y"], "app": "ios",
                               "inner": {"flag": true}});
            (
                PROTO,
                "PROTOBUF",
                vec![
                    first.clone(),
                    json!({"userId": "u2", "url": "/", "web": "site", "duration_ms": 5}),
                ],
                vec![
                    first,
                    json!({"userId": "u2", "url": "/", "web": "site", "durationMs": "5"}),
                ],
            )
        }
        _ => {
            let lines = vec![
                json!({"userId": "u1", "url": "/pricing", "duration": 1500}),
                json!({"userId": "u2", "url": "/"}),
            ];
            (JSON_SCHEMA, "JSON", lines.clone(), lines)
        }
    }
}

#[test]
fn lines_encoded_with_a_subject_decode_in_confluents_deserializers_and_in_kan() {
    let registry = TestRegistry::start();
    for format in ["avro", "protobuf", "jsonschema"] {
        let topic = one_partition_topic();
        let (schema, kind, lines, read_back) = cases(format);
        let id = registry.register(&format!("{topic}-value"), schema, kind);
        registry.register(&format!("{topic}-key"), r#""string""#, "AVRO");
        let texts: Vec<String> = lines.iter().map(Value::to_string).collect();
        let file = lines_file("encoded.jsonl", &texts);
        let subjects = [
            "--value-subject",
            &format!("{topic}-value"),
            "--key-subject",
            &format!("{topic}-key"),
        ];
        let output = publish(&registry, &topic, &file, &subjects);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{format}: {}",
            stderr(&output)
        );
        assert_eq!(json(&output)["delivered"], 2, "{format}");

        let records = read_with_python(&registry, &topic, format, 2);
        let keys: Vec<&Value> = records.iter().map(|record| &record["key"]).collect();
        assert_eq!(keys, [&json!("u1"), &json!("u2")], "{format}");
        let values: Vec<Value> = records
            .iter()
            .map(|record| record["value"].clone())
            .collect();
        assert_eq!(values, read_back, "{format}");

        // Every value carries the subject's id; kan reads its own records back.
        for record in read_all(&broker().address, &topic, false) {
            assert_eq!(record.value[..5], [0, 0, 0, 0, id as u8], "{format}");
        }
        let consumed = kan()
            .args(["-b", &broker().address, "--schema-registry", &registry.url])
            .args(["consume", &topic, "--from", "beginning", "--until-end"])
            .output()
            .unwrap();
        assert_eq!(consumed.status.code(), Some(0), "{}", stderr(&consumed));
        let shown: Vec<Value> = String::from_utf8_lossy(&consumed.stdout)
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect();
        assert_eq!(shown.len(), 2, "{format}");
        if format != "avro" {
            assert_eq!(shown[0], read_back[0], "{format}");
        } else {
            // kan's readable Avro: what the first line said, defaults filled in.
            let mut expected = lines[0].clone();
            expected["timestamp"] = json!("2026-11-30T10:15:00.250Z");
            assert_eq!(shown[0], expected);
        }
    }
}

/// A good line, a decimal with too many digits, an unknown enum symbol, a good line.
fn avro_lines_with_misfits() -> PathBuf {
    let (_, _, lines, _) = cases("avro");
    let mut second = lines[0].clone();
    second["price"] = json!("12.345");
    let mut third = lines[1].clone();
    third["eventType"] = json!("signup");
    let texts = [&lines[0], &second, &third, &lines[1]].map(Value::to_string);
    lines_file("misfits.jsonl", &texts)
}

const PRICE_MISFIT: &str =
    "$.price: 12.345 has more than 2 digits after the point (the schema's scale)";
const EVENT_MISFIT: &str =
    r#"$.eventType: expected one of "login", "logout", "purchase", "view", got "signup""#;

#[test]
fn a_line_that_does_not_fit_is_rejected_with_its_path_under_each_mode() {
    let registry = TestRegistry::start();
    let file = avro_lines_with_misfits();
    let subject_of = |topic: &str| {
        let subject = format!("{topic}-value");
        registry.register(&subject, AVRO, "AVRO");
        subject
    };

    // fail: nothing is sent, each misfit named with file:line and its path.
    let topic = one_partition_topic();
    let subject = subject_of(&topic);
    let output = publish(&registry, &topic, &file, &["--value-subject", &subject]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let message = stderr(&output);
    let path = file.display();
    for expected in [
        format!("{path}:2: {PRICE_MISFIT}"),
        format!("{path}:3: {EVENT_MISFIT}"),
    ] {
        assert!(message.contains(&expected), "{expected}\n{message}");
    }
    assert!(read_all(&broker().address, &topic, false).is_empty());

    // skip: the two that fit are delivered, the others reported.
    let topic = one_partition_topic();
    let subject = subject_of(&topic);
    let output = publish(
        &registry,
        &topic,
        &file,
        &["--value-subject", &subject, "--on-invalid", "skip"],
    );
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(
        (report["delivered"].as_u64(), report["rejected"].as_u64()),
        (Some(2), Some(2))
    );
    let reasons: Vec<&str> = report["rejects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|issue| issue["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons, [PRICE_MISFIT, EVENT_MISFIT]);
    assert_eq!(read_all(&broker().address, &topic, false).len(), 2);

    // dlq: the misfits become dead letters with the line as it was read.
    let (topic, dlq) = (one_partition_topic(), one_partition_topic());
    let subject = subject_of(&topic);
    let output = publish(
        &registry,
        &topic,
        &file,
        &[
            "--value-subject",
            &subject,
            "--on-invalid",
            "dlq",
            "--dlq-topic",
            &dlq,
        ],
    );
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    let mut dead: Vec<Value> = read_all(&broker().address, &dlq, false)
        .iter()
        .map(|record| record.json())
        .collect();
    dead.sort_by_key(|letter| letter["line"].as_u64());
    let errors: Vec<(&Value, &Value, &Value)> = dead
        .iter()
        .map(|letter| (&letter["line"], &letter["reason"], &letter["error"]))
        .collect();
    assert_eq!(
        errors,
        [
            (&json!(2), &json!("schema"), &json!(PRICE_MISFIT)),
            (&json!(3), &json!("schema"), &json!(EVENT_MISFIT)),
        ]
    );
    let original = std::fs::read_to_string(&file).unwrap();
    assert_eq!(dead[0]["raw"], original.lines().nth(1).unwrap());
}

#[test]
fn register_adds_the_schema_once_and_encodes_with_it() {
    let registry = TestRegistry::start();
    let topic = one_partition_topic();
    let subject = format!("{topic}-value");
    let schema = named_file("user-event.avsc", AVRO);
    let (_, _, lines, _) = cases("avro");
    let file = lines_file("one.jsonl", &[lines[0].to_string()]);
    let register = [
        "--value-subject",
        &subject,
        "--register",
        schema.to_str().unwrap(),
    ];
    for _ in 0..2 {
        let output = publish(&registry, &topic, &file, &register);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    let path = format!("POST /subjects/{subject}/versions");
    assert_eq!(registry.requests_for(&path), 2);
    let versions = kan()
        .args([
            "--schema-registry",
            &registry.url,
            "-o",
            "json",
            "schemas",
            "get",
            &subject,
        ])
        .output()
        .unwrap();
    assert_eq!(
        json(&versions)["version"],
        1,
        "registered twice, one version"
    );
    let records = read_with_python(&registry, &topic, "avro", 2);
    assert_eq!(records[0]["value"], records[1]["value"]);

    // A file that is not a schema, or not named as one, is refused before the registry hears
    // of it.
    let bad = named_file("broken.avsc", r#"{"type": "record", "name": "X"}"#);
    let wrong = temp_file("schema.txt", "{}");
    for (file_given, expected) in [
        (&bad, format!("--register {}", bad.display())),
        (&wrong, "expected a .avsc".to_string()),
    ] {
        let given = [
            "--value-subject",
            &subject,
            "--register",
            file_given.to_str().unwrap(),
        ];
        let output = publish(&registry, &topic, &file, &given);
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        assert!(stderr(&output).contains(&expected), "{}", stderr(&output));
    }
    assert_eq!(registry.requests_for(&path), 2);
}

#[test]
fn raw_values_and_keys_are_encoded_too_and_misfits_are_usage_errors() {
    let registry = TestRegistry::start();
    let topic = one_partition_topic();
    registry.register(&format!("{topic}-value"), JSON_SCHEMA, "JSON");
    registry.register(&format!("{topic}-key"), r#""string""#, "AVRO");
    let raw = |value: &str| {
        kan()
            .args(["-b", &broker().address, "--schema-registry", &registry.url])
            .args([
                "publish", "raw", "--topic", &topic, "--key", "u9", "--value", value,
            ])
            .args(["--value-subject", &format!("{topic}-value")])
            .args(["--key-subject", &format!("{topic}-key")])
            .output()
            .unwrap()
    };
    let output = raw(r#"{"userId": "u9", "url": "/x"}"#);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let records = read_with_python(&registry, &topic, "jsonschema", 1);
    assert_eq!(
        records[0],
        json!({"key": "u9", "value": {"userId": "u9", "url": "/x"}})
    );
    let output = raw(r#"{"userId": "u9"}"#);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains("--value: $: missing required field \"url\""),
        "{message}"
    );
}

#[test]
fn unknown_subjects_and_missing_registries_are_one_line_errors() {
    let registry = TestRegistry::start();
    let topic = one_partition_topic();
    let file = lines_file("one.jsonl", &[r#"{"userId":"u1"}"#.to_string()]);
    let output = publish(
        &registry,
        &topic,
        &file,
        &["--value-subject", "nobody-value"],
    );
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(message.contains("nobody-value"), "{message}");
    assert_eq!(message.trim().lines().count(), 1, "{message}");

    let output = kan()
        .args(["-b", &broker().address, "publish", "batch", "--kind", "raw"])
        .args(["--topic", &topic, "--value-subject", "x-value", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("needs a Schema Registry"),
        "{}",
        stderr(&output)
    );

    let output = kan()
        .args(["-b", &broker().address, "publish", "batch", "--kind", "raw"])
        .args(["--topic", &topic, "--schema-version", "2", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("--value-subject"),
        "{}",
        stderr(&output)
    );
}

/// `kan watch topic` with a registry: keys shown decoded in the top keys, values counted by
/// schema id, a value with an id the registry does not know counted by cause, exit 6.
#[test]
fn watch_topic_shows_decoded_keys_and_counts_values_by_schema() {
    use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
    let registry = TestRegistry::start();
    let topic = one_partition_topic();
    let (schema, kind, lines, _) = cases("avro");
    let id = registry.register(&format!("{topic}-value"), schema, kind);
    registry.register(&format!("{topic}-key"), r#""string""#, "AVRO");
    let texts: Vec<String> = lines.iter().map(Value::to_string).collect();
    let subjects = [
        "--value-subject",
        &format!("{topic}-value"),
        "--key-subject",
        &format!("{topic}-key"),
    ];
    let output = publish(&registry, &topic, &lines_file("w.jsonl", &texts), &subjects);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let producer: BaseProducer = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .create()
        .unwrap();
    producer
        .send(
            BaseRecord::to(&topic)
                .key("u1")
                .payload(&[0u8, 0, 0, 0, 99, 2][..]),
        )
        .unwrap();
    producer.flush(Duration::from_secs(10)).unwrap();

    let output = kan()
        .args(["-b", &broker().address, "--schema-registry", &registry.url])
        .args([
            "-o",
            "json",
            "watch",
            "topic",
            &topic,
            "--from",
            "beginning",
        ])
        .arg("--until-end")
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("schema id 99"),
        "{}",
        stderr(&output)
    );
    let snapshot = json(&output);
    let keys: Vec<(&str, u64)> = snapshot["top_keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|key| {
            (
                key["key"].as_str().unwrap(),
                key["records"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(keys, [("u1", 2), ("u2", 1)], "{snapshot}");
    assert_eq!(
        snapshot["value_schemas"],
        json!([{"id": id, "format": "avro", "records": 2}])
    );
    assert_eq!(
        snapshot["undecodable"],
        json!({"schema id 99 is not in the registry": 1})
    );
}

/// Envelopes are sent again as they were: subjects are refused with them, before anything is
/// read or asked of the registry.
#[test]
fn subjects_with_envelopes_are_refused() {
    let registry = TestRegistry::start();
    let topic = one_partition_topic();
    let file = lines_file("envelopes.jsonl", &[r#"{"value":{"a":1}}"#.to_string()]);
    let batch = kan()
        .args(["-b", &broker().address, "--schema-registry", &registry.url])
        .args(["publish", "batch", "--kind", "envelope", "--topic", &topic])
        .args(["--value-subject", "x-value", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    let raw = kan()
        .args(["-b", &broker().address, "--schema-registry", &registry.url])
        .args(["publish", "raw", "--topic", &topic, "--envelope"])
        .args(["--key-subject", "x-key"])
        .pipe_stdin(&file)
        .unwrap()
        .output()
        .unwrap();
    for output in [batch, raw] {
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        let message = stderr(&output);
        assert!(message.contains("envelope"), "{message}");
        assert_eq!(message.trim().lines().count(), 1, "{message}");
    }
    assert_eq!(
        registry.requests_for("GET /subjects/x-value/versions/latest"),
        0
    );
    assert!(read_all(&broker().address, &topic, false).is_empty());
}

//! Schema Registry wire format read by `kan consume`: records encoded by Confluent's own Python
//! serializers (Avro, Protobuf, JSON Schema — an implementation kan does not use) against a
//! test registry decode to the JSON kan documents; envelopes keep the original bytes, so
//! `kan publish raw --envelope` re-publishes them byte for byte (read back with rdkafka); records
//! that cannot be decoded are shown raw with the reason, warned about once per cause, and exit 6.
//!
//! No Confluent Schema Registry runs here (it needs a JVM): tests/common/registry.rs is the
//! test's stand-in for its REST API. The Python venv comes from scripts/install-python-clients
//! (scripts/test runs it); without it these tests fail with that reason, never skip.

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use base64::Engine as _;
use common::registry::TestRegistry;
use common::{broker, kan, read_all, unique};
use serde_json::{json, Value};

fn python() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let python = target.join("py-clients/bin/python");
    assert!(
        python.is_file(),
        "{} is missing: run scripts/install-python-clients (scripts/test does)",
        python.display()
    );
    python
}

fn one_partition_topic(topic: &str) {
    kan()
        .args([
            "-b",
            &broker().address,
            "topics",
            "create",
            topic,
            "--partitions",
            "1",
        ])
        .assert()
        .success();
}

/// A one-partition topic with what Confluent's serializer for `format` wrote.
fn produced(registry: &TestRegistry, format: &str) -> String {
    let topic = unique(&format!("sr-{format}"));
    one_partition_topic(&topic);
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/python/produce_registry.py");
    let output = Command::new(python())
        .arg(script)
        .args([&broker().address, &registry.url, &topic, format])
        .output()
        .expect("python");
    assert!(
        output.status.success(),
        "the Python serializer failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    topic
}

/// `kan consume` of the whole topic: exit code, stdout lines, stderr.
fn consume(registry_url: &str, topic: &str, extra: &[&str]) -> (Option<i32>, Vec<String>, String) {
    let output = kan()
        .args([
            "-b",
            &broker().address,
            "--schema-registry",
            registry_url,
            "consume",
            topic,
        ])
        .args(["--from", "beginning", "--until-end"])
        .args(extra)
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let lines = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    (
        output.status.code(),
        lines,
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn expected(format: &str) -> Vec<Value> {
    match format {
        "avro" => vec![
            json!({"userId": "u1", "eventType": "purchase", "timestamp": "2026-11-30T10:15:00.250Z",
                   "price": "12.30", "either": {"long": 7}, "day": "2026-11-30",
                   "metadata": {"ip": "10.0.0.7"}, "raw": "/wA="}),
            json!({"userId": "u2", "eventType": "login", "timestamp": "2026-11-30T10:16:00.000Z",
                   "price": null, "either": {"string": "text"}, "day": "1970-01-01",
                   "metadata": {}, "raw": ""}),
        ],
        // Canonical proto3 JSON: lowerCamelCase, int64 as a string, defaults left out.
        "protobuf" => vec![
            json!({"userId": "u1", "url": "/pricing", "durationMs": "1500", "referrer": "/"}),
            json!({"userId": "u2", "url": "/"}),
        ],
        _ => vec![
            json!({"userId": "u1", "url": "/pricing", "duration": 1500}),
            json!({"userId": "u2", "url": "/"}),
        ],
    }
}

/// Every format: the JSON kan documents, the schema id and type, the original bytes kept (equal
/// to what rdkafka reads), the key untouched, each schema fetched once; and the envelopes
/// re-published byte for byte.
#[test]
fn records_from_confluents_serializers_decode_and_republish_byte_for_byte() {
    let registry = TestRegistry::start();
    for format in ["avro", "protobuf", "jsonschema"] {
        let topic = produced(&registry, format);
        let (code, lines, stderr) = consume(&registry.url, &topic, &["-f", "json"]);
        assert_eq!(code, Some(0), "{format}: {stderr}");
        let originals = read_all(&broker().address, &topic, true);
        assert_eq!(lines.len(), 2, "{format}: {lines:?}");
        for (index, line) in lines.iter().enumerate() {
            let envelope: Value = serde_json::from_str(line).unwrap();
            assert_eq!(
                envelope["value"],
                expected(format)[index],
                "{format} #{index}"
            );
            assert_eq!(envelope["value_encoding"], format, "{line}");
            assert_eq!(envelope["key"], format!("k{index}"));
            let raw = base64::engine::general_purpose::STANDARD
                .decode(envelope["value_raw"].as_str().unwrap())
                .unwrap();
            assert_eq!(
                raw, originals[index].value,
                "{format}: value_raw is the record's bytes"
            );
            let id = u32::from_be_bytes(raw[1..5].try_into().unwrap());
            assert_eq!(envelope["value_schema_id"], id);
        }
        let id = u32::from_be_bytes(originals[0].value[1..5].try_into().unwrap());
        // Two records, one run: the schema was fetched once (the Python client never asks).
        assert_eq!(
            registry.requests_for(&format!("GET /schemas/ids/{id}")),
            1,
            "{format}"
        );

        // The envelopes back into Kafka: the same bytes.
        let copy = unique(&format!("sr-copy-{format}"));
        one_partition_topic(&copy);
        kan()
            .args([
                "-b",
                &broker().address,
                "publish",
                "raw",
                "--topic",
                &copy,
                "--envelope",
            ])
            .write_stdin(lines.join("\n") + "\n")
            .assert()
            .success();
        let copied = read_all(&broker().address, &copy, true);
        let values = |records: &[common::ReadRecord]| -> Vec<Vec<u8>> {
            records.iter().map(|r| r.value.clone()).collect()
        };
        assert_eq!(
            values(&copied),
            values(&originals),
            "{format}: byte for byte"
        );
    }
}

/// `-f value` prints the decoded JSON, and `--filter` looks inside it.
#[test]
fn values_print_as_json_and_filters_look_inside_them() {
    let registry = TestRegistry::start();
    let topic = produced(&registry, "avro");
    let (code, lines, stderr) =
        consume(&registry.url, &topic, &["--filter", "metadata.ip=10.0.0.7"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(lines.len(), 1, "{lines:?}");
    let value: Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(value, expected("avro")[0]);
    assert!(
        !lines[0].contains('\n') && !lines[0].contains(": "),
        "compact: {}",
        lines[0]
    );
}

/// An id the registry does not know, a record not in the wire format read as avro, and an
/// unreachable registry: shown as base64 with the reason, one warning per cause, exit 6.
#[test]
fn records_that_cannot_be_decoded_are_shown_raw_counted_and_exit_6() {
    let registry = TestRegistry::start();
    let topic = unique("sr-bad");
    one_partition_topic(&topic);
    // Schema id 99, which the registry does not have, twice; then plain JSON.
    let unknown = r#"{"value":"AAAAAGMCAw==","value_encoding":"base64"}"#;
    kan()
        .args([
            "-b",
            &broker().address,
            "publish",
            "raw",
            "--topic",
            &topic,
            "--envelope",
        ])
        .write_stdin(format!(
            "{unknown}\n{unknown}\n{{\"value\":{{\"plain\":1}}}}\n"
        ))
        .assert()
        .success();
    let (code, lines, stderr) = consume(&registry.url, &topic, &["-f", "json"]);
    assert_eq!(code, Some(6), "{stderr}");
    assert_eq!(lines.len(), 3);
    let first: Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(first["value"], "AAAAAGMCAw==");
    assert_eq!(first["value_encoding"], "base64");
    assert_eq!(first["value_error"], "schema id 99 is not in the registry");
    // auto: a record not in the wire format is shown as always.
    let third: Value = serde_json::from_str(&lines[2]).unwrap();
    assert_eq!(third["value"], json!({"plain": 1}));
    assert_eq!(
        stderr
            .matches("could not be decoded, shown as base64")
            .count(),
        1,
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "2 keys or values could not be decoded (2 × schema id 99 is not in the registry)"
        ),
        "{stderr}"
    );

    // Read as avro, the plain record is not in the wire format.
    let (code, _, stderr) = consume(&registry.url, &topic, &["--value-format", "avro"]);
    assert_eq!(code, Some(6));
    assert!(
        stderr.contains("not in the Schema Registry wire format"),
        "{stderr}"
    );

    // A registry that is not there: the same, with the reason.
    let closed = format!("http://127.0.0.1:{}", common::free_port());
    let (code, lines, stderr) = consume(&closed, &topic, &["-f", "json"]);
    assert_eq!(code, Some(6), "{stderr}");
    assert_eq!(lines.len(), 3);
    assert!(stderr.contains("schema id 99: unreachable"), "{stderr}");
}

#[test]
fn schema_formats_without_a_registry_are_usage_errors() {
    let output = kan()
        .args([
            "-b",
            &broker().address,
            "consume",
            "anything",
            "--value-format",
            "protobuf",
        ])
        .env_remove("KAN_SCHEMA_REGISTRY_URL")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("--value-format protobuf needs a Schema Registry"),
        "{stderr}"
    );
    let output = kan()
        .args(["--schema-registry", "ftp://x", "consume", "anything"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

/// Each bad registry setting: one line naming it, exit 2, before any broker is asked.
#[test]
fn bad_registry_settings_are_one_line_usage_errors() {
    let missing_ca = std::env::temp_dir().join(unique("no-such-ca.pem"));
    let not_pem = common::temp_file("not.pem", "no certificate here\n");
    let cases: [(Vec<String>, String); 5] = [
        (
            vec!["--schema-registry".into(), "ftp://x".into()],
            "--schema-registry: expected an http:// or https:// URL, got 'ftp://x'".into(),
        ),
        (
            vec!["--schema-registry-user".into(), "u".into()],
            "--schema-registry-user and --schema-registry-ca need --schema-registry URL".into(),
        ),
        (
            vec![
                "--schema-registry".into(),
                "http://127.0.0.1:1".into(),
                "--schema-registry-user".into(),
                "u".into(),
            ],
            "--schema-registry-user needs a password: set KAN_SCHEMA_REGISTRY_PASSWORD".into(),
        ),
        (
            vec![
                "--schema-registry".into(),
                "https://127.0.0.1:1".into(),
                "--schema-registry-ca".into(),
                missing_ca.display().to_string(),
            ],
            format!("--schema-registry-ca {}: ", missing_ca.display()),
        ),
        (
            vec![
                "--schema-registry".into(),
                "https://127.0.0.1:1".into(),
                "--schema-registry-ca".into(),
                not_pem.display().to_string(),
            ],
            format!(
                "--schema-registry-ca {}: no PEM certificate in it",
                not_pem.display()
            ),
        ),
    ];
    for (args, message) in cases {
        let output = kan()
            .args(["-b", "127.0.0.1:1"])
            .args(&args)
            .args(["schemas", "list"])
            .env_remove("KAN_SCHEMA_REGISTRY_PASSWORD")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.contains(&message), "{args:?}: {stderr}");
    }
    let output = kan()
        .args([
            "--schema-registry",
            "http://127.0.0.1:1",
            "schemas",
            "get",
            "s",
            "--version",
            "0",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr.contains("expected a version number (1, 2, …) or latest, got '0'"),
        "{stderr}"
    );
    let output = kan()
        .args(["schemas", "list"])
        .env_remove("KAN_SCHEMA_REGISTRY_URL")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("kan schemas needs a Schema Registry: --schema-registry URL"),
        "{stderr}"
    );
}

/// `kan schemas list` and `get`: what the registry holds, as JSON and as a pretty schema.
#[test]
fn schemas_list_and_get_show_what_the_registry_holds() {
    let registry = TestRegistry::start();
    let avro = r#"{"type":"record","name":"A","fields":[{"name":"x","type":"long"}]}"#;
    let first = registry.register("a-value", avro, "AVRO");
    let second = registry.register(
        "a-value",
        r#"{"type":"record","name":"A","fields":[{"name":"x","type":"long"},{"name":"y","type":"string","default":""}]}"#,
        "AVRO",
    );
    let proto = registry.register(
        "b-value",
        "syntax = \"proto3\";\nmessage B { int32 n = 1; }\n",
        "PROTOBUF",
    );
    assert_eq!((first, second, proto), (1, 2, 3));
    let schemas = |args: &[&str]| {
        kan()
            .args(["--schema-registry", &registry.url])
            .args(args)
            .output()
            .unwrap()
    };
    let output = schemas(&["-o", "json", "schemas", "list"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let list: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        list,
        json!({"subjects": [
            {"subject": "a-value", "version": 2, "id": 2, "type": "avro", "compatibility": "BACKWARD"},
            {"subject": "b-value", "version": 1, "id": 3, "type": "protobuf", "compatibility": "BACKWARD"}
        ]})
    );
    let output = schemas(&["schemas", "get", "a-value", "--version", "1"]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        text.starts_with("{\n  \"type\": \"record\""),
        "pretty: {text}"
    );
    let output = schemas(&["-o", "json", "schemas", "get", "b-value"]);
    let got: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        (
            got["version"].clone(),
            got["id"].clone(),
            got["type"].clone()
        ),
        (json!(1), json!(3), json!("protobuf"))
    );

    let output = schemas(&["schemas", "get", "nope"]);
    assert_eq!(output.status.code(), Some(4));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no subject 'nope'"), "{stderr}");
    let output = schemas(&["schemas", "get", "a-value", "--version", "0"]);
    assert_eq!(output.status.code(), Some(2));
    let output = kan()
        .args(["schemas", "list"])
        .env_remove("KAN_SCHEMA_REGISTRY_URL")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

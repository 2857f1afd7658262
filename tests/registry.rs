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
use common::registry::{python, TestRegistry};
use common::{broker, kan, read_all, unique};
use serde_json::{json, Value};

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

/// A schema file named for its type (`ext`: avsc, proto, json).
fn schema_file(ext: &str, text: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique("schemas"));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("schema.{ext}"));
    std::fs::write(&path, text).unwrap();
    path
}

/// `kan --schema-registry URL ARGS…`: exit code, stdout, stderr.
fn schemas(registry: &TestRegistry, args: &[&str]) -> (Option<i32>, String, String) {
    let output = kan()
        .args(["--schema-registry", &registry.url])
        .args(args)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn json_of(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|err| panic!("{err}: {stdout}"))
}

const USER_V1: &str = r#"{"type":"record","name":"User","fields":[{"name":"id","type":"long"}]}"#;
/// v1 with a field that has a default: compatible under every level.
const USER_V2: &str = r#"{"type":"record","name":"User","fields":[{"name":"id","type":"long"},{"name":"name","type":"string","default":""}]}"#;
/// v1 with a field without a default: not BACKWARD compatible.
const USER_NO_DEFAULT: &str = r#"{"type":"record","name":"User","fields":[{"name":"id","type":"long"},{"name":"email","type":"string"}]}"#;

/// `kan schemas register`: the type from the extension, checked before anything is sent;
/// registering twice adds one version and says so; what it registered reads back with `get`;
/// one the subject's level refuses exits 5 with the registry's reason.
#[test]
fn schemas_register_is_checked_first_and_idempotent() {
    let registry = TestRegistry::start();
    let v1 = schema_file("avsc", USER_V1);
    let path = v1.display().to_string();

    let (code, stdout, stderr) = schemas(
        &registry,
        &["-o", "json", "schemas", "register", "user-value", &path],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let first = json_of(&stdout);
    assert_eq!(
        first,
        json!({"subject": "user-value", "id": 1, "version": 1, "type": "avro", "registered": true})
    );
    let (code, stdout, stderr) = schemas(&registry, &["schemas", "register", "user-value", &path]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stdout.trim(),
        "already registered: 'user-value' version 1 (schema id 1) is this schema"
    );
    let (_, stdout, _) = schemas(
        &registry,
        &["-o", "json", "schemas", "register", "user-value", &path],
    );
    assert_eq!(json_of(&stdout)["registered"], false);
    assert_eq!(json_of(&stdout)["id"], first["id"]);
    assert_eq!(registry.versions("user-value"), [(1, false)]);
    assert_eq!(
        registry.requests_for("POST /subjects/user-value/versions"),
        1
    );

    let (code, stdout, _) = schemas(&registry, &["-o", "json", "schemas", "get", "user-value"]);
    assert_eq!(code, Some(0));
    let got = json_of(&stdout);
    assert_eq!(
        (got["schema"].as_str(), got["version"].as_i64()),
        (Some(USER_V1), Some(1))
    );

    // A second version, in table form.
    let v2 = schema_file("avsc", USER_V2);
    let (code, stdout, stderr) = schemas(
        &registry,
        &[
            "schemas",
            "register",
            "user-value",
            &v2.display().to_string(),
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stdout.trim(),
        "registered 'user-value' version 2 (schema id 2)"
    );

    // Refused by BACKWARD: exit 5, the registry's reason on one line, no version added.
    let bad = schema_file("avsc", USER_NO_DEFAULT);
    let (code, _, stderr) = schemas(
        &registry,
        &[
            "schemas",
            "register",
            "user-value",
            &bad.display().to_string(),
        ],
    );
    assert_eq!(code, Some(5), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("incompatible") && stderr.contains("'email'"),
        "{stderr}"
    );
    assert_eq!(registry.versions("user-value"), [(1, false), (2, false)]);

    // Checked here first: not sent at all.
    let before = registry.requests().len();
    let broken = schema_file(
        "avsc",
        r#"{"type":"record","name":"User","fields":[{"name":"id"}]}"#,
    );
    let (code, _, stderr) = schemas(
        &registry,
        &[
            "schemas",
            "register",
            "user-value",
            &broken.display().to_string(),
        ],
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains(&format!("{} (Avro): ", broken.display())),
        "{stderr}"
    );
    let text = schema_file("txt", USER_V1);
    let (code, _, stderr) = schemas(
        &registry,
        &[
            "schemas",
            "register",
            "user-value",
            &text.display().to_string(),
        ],
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains("expected a .avsc (Avro), .proto"),
        "{stderr}"
    );
    assert_eq!(
        registry.requests().len(),
        before,
        "{:?}",
        registry.requests()
    );

    // Protobuf, typed by its extension.
    let proto = schema_file(
        "proto",
        "syntax = \"proto3\";\nmessage B { int32 n = 1; }\n",
    );
    let (code, stdout, stderr) = schemas(
        &registry,
        &[
            "-o",
            "json",
            "schemas",
            "register",
            "b-value",
            &proto.display().to_string(),
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(json_of(&stdout)["type"], "protobuf");
}

/// `kan schemas check`: the registry's verdict against the latest version, the level in force
/// and its reasons; exit 5 when incompatible; a subject without versions takes anything.
#[test]
fn schemas_check_gives_the_registrys_verdict_and_exits_5_when_incompatible() {
    let registry = TestRegistry::start();
    registry.register("user-value", USER_V1, "AVRO");
    let compatible = schema_file("avsc", USER_V2).display().to_string();
    let incompatible = schema_file("avsc", USER_NO_DEFAULT).display().to_string();

    let (code, stdout, stderr) = schemas(
        &registry,
        &["-o", "json", "schemas", "check", "user-value", &compatible],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        json_of(&stdout),
        json!({"subject": "user-value", "type": "avro", "compatible": true,
               "compatibility": "BACKWARD", "has_versions": true, "messages": []})
    );
    assert_eq!(
        registry.requests_for("POST /compatibility/subjects/user-value/versions/latest"),
        1
    );

    let (code, stdout, stderr) = schemas(
        &registry,
        &[
            "-o",
            "json",
            "schemas",
            "check",
            "user-value",
            &incompatible,
        ],
    );
    assert_eq!(code, Some(5), "{stderr}");
    let verdict = json_of(&stdout);
    assert_eq!(verdict["compatible"], false);
    assert_eq!(verdict["compatibility"], "BACKWARD");
    let messages = verdict["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 1, "{verdict}");
    assert!(
        messages[0]
            .as_str()
            .unwrap()
            .contains("the field 'email' in the new schema has no default"),
        "{verdict}"
    );
    assert_eq!(
        stderr.trim(),
        format!(
            "breach: {incompatible} is not compatible with the latest version of 'user-value' \
             under BACKWARD"
        )
    );
    // The table: the verdict, the level, the registry's reasons.
    let (code, stdout, _) = schemas(
        &registry,
        &["schemas", "check", "user-value", &incompatible],
    );
    assert_eq!(code, Some(5));
    assert!(
        stdout.starts_with("INCOMPATIBLE with the latest version of 'user-value' under BACKWARD\n  READER_FIELD_MISSING_DEFAULT_VALUE"),
        "{stdout}"
    );
    // Nothing was registered by checking.
    assert_eq!(registry.versions("user-value"), [(1, false)]);

    // Under NONE the same file passes.
    let (code, _, stderr) = schemas(
        &registry,
        &["schemas", "config", "user-value", "--compatibility", "NONE"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let (code, stdout, _) = schemas(
        &registry,
        &["schemas", "check", "user-value", &incompatible],
    );
    assert_eq!(code, Some(0), "{stdout}");
    assert_eq!(
        stdout.trim(),
        "compatible with the latest version of 'user-value' under NONE"
    );

    // No versions yet: anything is compatible.
    let (code, stdout, stderr) =
        schemas(&registry, &["schemas", "check", "new-value", &incompatible]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stdout.trim(),
        "compatible: 'new-value' has no versions yet: anything is compatible"
    );
    let (_, stdout, _) = schemas(
        &registry,
        &["-o", "json", "schemas", "check", "new-value", &incompatible],
    );
    assert_eq!(
        (
            json_of(&stdout)["compatible"].clone(),
            json_of(&stdout)["has_versions"].clone()
        ),
        (json!(true), json!(false))
    );
}

/// `kan schemas delete`: refused without a terminal or --yes (nothing deleted); one version,
/// a whole subject (soft: gone from list and get), then for good; --permanent alone soft-deletes
/// first when the registry says so; unknown subjects and versions exit 4 with one line.
#[test]
fn schemas_delete_is_confirmed_soft_then_permanent() {
    let registry = TestRegistry::start();
    registry.register("d-value", USER_V1, "AVRO");
    registry.register("d-value", USER_V2, "AVRO");
    registry.register("keep-value", USER_V1, "AVRO");

    let (code, _, stderr) = schemas(&registry, &["schemas", "delete", "d-value"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "refusing to delete subject 'd-value' (versions 1, 2) without confirmation: no \
             terminal to ask on; pass --yes"
        ),
        "{stderr}"
    );
    assert!(
        !registry.requests().iter().any(|r| r.starts_with("DELETE")),
        "{:?}",
        registry.requests()
    );
    assert_eq!(registry.versions("d-value"), [(1, false), (2, false)]);

    // One version: the other stays.
    let (code, stdout, stderr) = schemas(
        &registry,
        &[
            "-o",
            "json",
            "--yes",
            "schemas",
            "delete",
            "d-value",
            "--version",
            "1",
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        json_of(&stdout),
        json!({"subject": "d-value", "versions": [1], "permanent": false})
    );
    assert_eq!(registry.versions("d-value"), [(1, true), (2, false)]);
    let (code, _, _) = schemas(&registry, &["schemas", "get", "d-value", "--version", "1"]);
    assert_eq!(code, Some(4));
    let (code, stdout, _) = schemas(&registry, &["-o", "json", "schemas", "get", "d-value"]);
    assert_eq!(
        (code, json_of(&stdout)["version"].clone()),
        (Some(0), json!(2))
    );

    // The subject (soft): no longer listed.
    let (code, stdout, stderr) = schemas(&registry, &["-y", "schemas", "delete", "d-value"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stdout.trim(), "deleted 'd-value' version 2");
    let (_, stdout, _) = schemas(&registry, &["-o", "json", "schemas", "list"]);
    let listed: Vec<Value> = json_of(&stdout)["subjects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["subject"].clone())
        .collect();
    assert_eq!(listed, [json!("keep-value")], "{stdout}");
    assert_eq!(registry.versions("d-value"), [(1, true), (2, true)]);

    // For good: both soft-deleted versions go.
    let (code, stdout, stderr) = schemas(
        &registry,
        &[
            "-o",
            "json",
            "-y",
            "schemas",
            "delete",
            "d-value",
            "--permanent",
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        json_of(&stdout),
        json!({"subject": "d-value", "versions": [1, 2], "permanent": true})
    );
    assert!(registry.versions("d-value").is_empty());

    // --permanent on what was never soft-deleted: refused (40405), soft-deleted, then removed.
    registry.register("p-value", USER_V1, "AVRO");
    let (code, stdout, stderr) = schemas(
        &registry,
        &["-y", "schemas", "delete", "p-value", "--permanent"],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stdout.trim(), "permanently deleted 'p-value' version 1");
    assert!(registry.versions("p-value").is_empty());
    assert_eq!(registry.requests_for("DELETE /subjects/p-value"), 3);
    // The same for one version (40407): the latest, version 2, and only it.
    registry.register("v-value", USER_V1, "AVRO");
    registry.register("v-value", USER_V2, "AVRO");
    let (code, stdout, stderr) = schemas(
        &registry,
        &[
            "-o",
            "json",
            "-y",
            "schemas",
            "delete",
            "v-value",
            "--version",
            "latest",
            "--permanent",
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        json_of(&stdout),
        json!({"subject": "v-value", "versions": [2], "permanent": true})
    );
    assert_eq!(registry.versions("v-value"), [(1, false)]);
    assert_eq!(
        registry.requests_for("DELETE /subjects/v-value/versions/2"),
        3
    );

    // Unknown: exit 4, one line, nothing deleted.
    let before = registry.requests_for("DELETE /subjects/nope");
    let (code, _, stderr) = schemas(&registry, &["-y", "schemas", "delete", "nope"]);
    assert_eq!(code, Some(4), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no subject 'nope'"), "{stderr}");
    assert_eq!(registry.requests_for("DELETE /subjects/nope"), before);
    let (code, _, stderr) = schemas(
        &registry,
        &["-y", "schemas", "delete", "keep-value", "--version", "7"],
    );
    assert_eq!(code, Some(4), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("subject 'keep-value' has no version 7 (it has 1)"),
        "{stderr}"
    );
    assert_eq!(registry.versions("keep-value"), [(1, false)]);
}

/// `kan schemas config`: the level in force and whose it is; setting a subject's and the
/// global level, as `schemas list` then shows.
#[test]
fn schemas_config_shows_and_sets_compatibility_levels() {
    let registry = TestRegistry::start();
    registry.register("a-value", USER_V1, "AVRO");
    registry.register("b-value", USER_V1, "AVRO");
    let config = |args: &[&str]| {
        let (code, stdout, stderr) = schemas(
            &registry,
            &[&["-o", "json", "schemas", "config"], args].concat(),
        );
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        json_of(&stdout)
    };
    assert_eq!(
        config(&[]),
        json!({"subject": null, "compatibility": "BACKWARD", "source": "global", "set": false})
    );
    assert_eq!(
        config(&["a-value"]),
        json!({"subject": "a-value", "compatibility": "BACKWARD", "source": "global", "set": false})
    );
    assert_eq!(
        config(&["a-value", "--compatibility", "FULL"]),
        json!({"subject": "a-value", "compatibility": "FULL", "source": "subject", "set": true})
    );
    assert_eq!(registry.requests_for("PUT /config/a-value"), 1);
    assert_eq!(
        config(&["a-value"]),
        json!({"subject": "a-value", "compatibility": "FULL", "source": "subject", "set": false})
    );
    assert_eq!(
        config(&["--compatibility", "forward_transitive"]),
        json!({"subject": null, "compatibility": "FORWARD_TRANSITIVE", "source": "global", "set": true})
    );
    assert_eq!(registry.requests_for("PUT /config"), 1);
    assert_eq!(config(&[])["compatibility"], "FORWARD_TRANSITIVE");

    let (_, stdout, _) = schemas(&registry, &["-o", "json", "schemas", "list"]);
    let levels: Vec<(Value, Value)> = json_of(&stdout)["subjects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| (row["subject"].clone(), row["compatibility"].clone()))
        .collect();
    assert_eq!(
        levels,
        [
            (json!("a-value"), json!("FULL")),
            (json!("b-value"), json!("FORWARD_TRANSITIVE"))
        ]
    );

    // Tables.
    let (_, stdout, _) = schemas(&registry, &["schemas", "config", "a-value"]);
    assert_eq!(stdout.trim(), "'a-value': FULL (its own level)");
    let (_, stdout, _) = schemas(&registry, &["schemas", "config", "b-value"]);
    assert_eq!(
        stdout.trim(),
        "'b-value': FORWARD_TRANSITIVE (the global level: it has none of its own)"
    );
    let (_, stdout, _) = schemas(&registry, &["schemas", "config", "--compatibility", "NONE"]);
    assert_eq!(stdout.trim(), "global: NONE (set)");

    // Not a level: a usage error, nothing sent.
    let before = registry.requests().len();
    let (code, _, stderr) = schemas(
        &registry,
        &[
            "schemas",
            "config",
            "a-value",
            "--compatibility",
            "SOMETIMES",
        ],
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert_eq!(registry.requests().len(), before);
}

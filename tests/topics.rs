//! `kan topics …` end to end against a real broker (nisshi), through the real binary. What
//! the broker has is read back with rdkafka (metadata for partitions and existence,
//! DescribeConfigs for configs), not only with `kan topics describe`.

mod common;

use std::time::{Duration, Instant};

use common::{
    broker, config_of, json, kan, kan_broker, partition_count, produce, stderr, temp_file, unique,
};
use predicates::prelude::*;
use rdkafka::admin::ConfigSource;

fn create(name: &str, extra: &[&str]) {
    kan_broker()
        .args(["topics", "create", name])
        .args(extra)
        .assert()
        .success();
}

fn describe_json(name: &str) -> serde_json::Value {
    let output = kan_broker()
        .args(["-o", "json", "topics", "describe", "--all-configs", name])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    json(&output)["topics"][0].clone()
}

/// Where the broker's value of a topic config comes from (rdkafka's DescribeConfigs), or None
/// when it reports no such key.
fn config_source(topic: &str, key: &str) -> Option<ConfigSource> {
    use rdkafka::admin::{AdminClient, AdminOptions, ResourceSpecifier};
    use rdkafka::client::DefaultClientContext;
    let admin: AdminClient<DefaultClientContext> = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .create()
        .expect("admin client");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let results = runtime
        .block_on(admin.describe_configs(
            &[ResourceSpecifier::Topic(topic)],
            &AdminOptions::new().request_timeout(Some(Duration::from_secs(10))),
        ))
        .expect("describe configs");
    let resource = results
        .into_iter()
        .next()
        .expect("one resource")
        .expect("the topic's configs");
    resource
        .entries
        .into_iter()
        .find(|entry| entry.name == key)
        .map(|entry| entry.source)
}

/// Waits (bounded) until the broker's metadata no longer lists `topic`.
fn wait_until_gone(topic: &str) {
    common::wait_for(
        &format!("topic {topic} to leave the metadata after its delete"),
        Duration::from_secs(10),
        || partition_count(topic).is_none(),
    );
}

fn config_value(topic: &serde_json::Value, key: &str) -> Option<String> {
    topic["configs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|config| config["name"] == key)
        .and_then(|config| config["value"].as_str().map(str::to_string))
}

#[test]
fn create_with_typed_settings_then_describe() {
    let name = unique("typed");
    let output = kan_broker()
        .args(["-o", "json", "topics", "create", &name, "--partitions", "3"])
        .args(["--retention", "7d", "--compact", "--compression", "zstd"])
        .args(["--retention-bytes", "1GiB", "--config", "segment.ms=1h"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let created = json(&output);
    assert_eq!(created["results"][0]["topic"], name.as_str());
    assert_eq!(created["results"][0]["status"], "created");
    assert_eq!(created["results"][0]["error"], serde_json::Value::Null);
    assert_eq!(created["results"][0]["partitions"], 3);

    let topic = describe_json(&name);
    assert_eq!(topic["name"], name.as_str());
    assert_eq!(topic["partitions"].as_array().unwrap().len(), 3);
    assert_eq!(topic["replication_factor"], 1);
    assert_eq!(
        config_value(&topic, "retention.ms").as_deref(),
        Some("604800000")
    );
    assert_eq!(
        config_value(&topic, "retention.bytes").as_deref(),
        Some("1073741824")
    );
    assert_eq!(
        config_value(&topic, "cleanup.policy").as_deref(),
        Some("compact")
    );
    assert_eq!(
        config_value(&topic, "compression.type").as_deref(),
        Some("zstd")
    );
    assert_eq!(
        config_value(&topic, "segment.ms").as_deref(),
        Some("3600000")
    );

    // The broker itself (rdkafka, not kan) has the same.
    assert_eq!(partition_count(&name), Some(3));
    for (key, value) in [
        ("retention.ms", "604800000"),
        ("retention.bytes", "1073741824"),
        ("cleanup.policy", "compact"),
        ("compression.type", "zstd"),
        ("segment.ms", "3600000"),
    ] {
        assert_eq!(config_of(&name, key).as_deref(), Some(value), "{key}");
    }
}

#[test]
fn describe_reports_watermarks_and_message_counts() {
    let name = unique("marks");
    create(&name, &["--partitions", "2"]);
    produce(&broker().address, &name, 0, 7);
    produce(&broker().address, &name, 1, 3);
    let topic = describe_json(&name);
    let partitions = topic["partitions"].as_array().unwrap();
    assert_eq!(partitions[0]["partition"], 0);
    assert_eq!(partitions[0]["low_watermark"], 0);
    assert_eq!(partitions[0]["high_watermark"], 7);
    assert_eq!(partitions[0]["messages"], 7);
    assert_eq!(partitions[1]["high_watermark"], 3);
    assert_eq!(topic["messages"], 10);
    assert!(partitions[0]["leader"].is_i64());
    assert_eq!(partitions[0]["replicas"].as_array().unwrap().len(), 1);
    assert_eq!(partitions[0]["isr"].as_array().unwrap().len(), 1);

    // The table form carries the same numbers.
    kan_broker()
        .args(["topics", "describe", &name])
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "Topic: {name}  partitions: 2  replication: 1  messages: 10"
        )));
}

#[test]
fn creating_an_existing_topic_fails_unless_if_not_exists() {
    let name = unique("exists");
    create(&name, &["--partitions", "1"]);
    let output = kan_broker()
        .args(["topics", "create", &name, "--partitions", "1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(&format!("topic '{name}' already exists")),
        "{}",
        stderr(&output)
    );

    let output = kan_broker()
        .args(["-o", "json", "topics", "create", &name, "--if-not-exists"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(json(&output)["results"][0]["status"], "exists");
}

#[test]
fn list_shows_partitions_replication_and_overrides() {
    let prefix = unique("listed");
    let a = format!("{prefix}-a");
    let b = format!("{prefix}-b");
    create(&a, &["--partitions", "2", "--retention", "1d"]);
    create(&b, &["--partitions", "1"]);
    let output = kan_broker()
        .args(["-o", "json", "topics", "list", "--pattern"])
        .arg(format!("^{prefix}-"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let listed = json(&output);
    let topics = listed["topics"].as_array().unwrap();
    assert_eq!(topics.len(), 2, "{listed}");
    assert_eq!(topics[0]["name"], a.as_str());
    assert_eq!(topics[0]["partitions"], 2);
    assert_eq!(topics[0]["replication_factor"], 1);
    assert_eq!(topics[0]["internal"], false);
    assert_eq!(topics[0]["configs"]["retention.ms"], "86400000");
    assert_eq!(topics[1]["name"], b.as_str());
    let keys: Vec<&String> = topics[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "name",
            "partitions",
            "replication_factor",
            "internal",
            "configs"
        ]
    );

    // NDJSON: one topic per line.
    let output = kan_broker()
        .args(["-o", "ndjson", "topics", "list", "--pattern"])
        .arg(format!("^{prefix}-"))
        .output()
        .unwrap();
    let lines: Vec<&str> = std::str::from_utf8(&output.stdout)
        .unwrap()
        .lines()
        .collect();
    assert_eq!(lines.len(), 2);
    let first: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(first["name"], a.as_str());
}

#[test]
fn alter_is_incremental_and_can_delete_overrides() {
    let name = unique("alter");
    create(&name, &["--retention", "7d", "--compression", "zstd"]);
    let output = kan_broker()
        .args(["-o", "json", "topics", "alter", &name, "--retention", "1d"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(json(&output)["results"][0]["status"], "altered");
    let topic = describe_json(&name);
    assert_eq!(
        config_value(&topic, "retention.ms").as_deref(),
        Some("86400000")
    );
    // The key not named in the alter keeps its value (no whole-set clobbering).
    assert_eq!(
        config_value(&topic, "compression.type").as_deref(),
        Some("zstd")
    );
    // And so says the broker (rdkafka).
    assert_eq!(
        config_of(&name, "retention.ms").as_deref(),
        Some("86400000")
    );
    assert_eq!(
        config_of(&name, "compression.type").as_deref(),
        Some("zstd")
    );
    assert_eq!(
        config_source(&name, "compression.type"),
        Some(ConfigSource::DynamicTopic)
    );

    kan_broker()
        .args([
            "topics",
            "alter",
            &name,
            "--delete-config",
            "compression.type",
        ])
        .assert()
        .success();
    let output = kan_broker()
        .args(["-o", "json", "topics", "describe", &name])
        .output()
        .unwrap();
    let overrides: Vec<String> = json(&output)["topics"][0]["configs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|config| config["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(overrides, ["retention.ms"]);
    // The broker no longer has the override (its default applies); the other one stays.
    assert_ne!(
        config_source(&name, "compression.type"),
        Some(ConfigSource::DynamicTopic),
        "compression.type is still overridden: {:?}",
        config_of(&name, "compression.type")
    );
    assert_ne!(
        config_of(&name, "compression.type").as_deref(),
        Some("zstd")
    );
    assert_eq!(
        config_of(&name, "retention.ms").as_deref(),
        Some("86400000")
    );
    assert_eq!(
        config_source(&name, "retention.ms"),
        Some(ConfigSource::DynamicTopic)
    );
}

#[test]
fn alter_missing_topic_is_not_found() {
    let output = kan_broker()
        .args(["topics", "alter", &unique("ghost"), "--retention", "1d"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(stderr(&output).contains("does not exist"));
}

#[test]
fn add_partitions_reports_an_unsupporting_broker_clearly() {
    // nisshi does not implement CreatePartitions: kan must say so, exit 3, and change nothing.
    let name = unique("grow");
    create(&name, &["--partitions", "1"]);
    let output = kan_broker()
        .args(["topics", "alter", &name, "--add-partitions", "3"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(
            "cannot add partitions (CreatePartitions): the broker does not support this request"
        ),
        "{}",
        stderr(&output)
    );
    assert_eq!(
        describe_json(&name)["partitions"].as_array().unwrap().len(),
        1
    );
    assert_eq!(partition_count(&name), Some(1), "the broker's metadata");

    // Fewer partitions than today is refused before any request.
    let output = kan_broker()
        .args(["topics", "alter", &name, "--add-partitions", "1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("has 1 partitions"));
}

#[test]
fn delete_needs_confirmation_without_a_terminal() {
    let name = unique("doomed");
    create(&name, &[]);
    let output = kan_broker()
        .args(["topics", "delete", &name])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("pass --yes"),
        "{}",
        stderr(&output)
    );
    // Still there (the broker's metadata).
    assert!(partition_count(&name).is_some(), "deleted without --yes");

    let output = kan_broker()
        .args(["-o", "json", "topics", "delete", "--yes", &name])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(json(&output)["results"][0]["status"], "deleted");
    // Gone from the broker's metadata (rdkafka)…
    wait_until_gone(&name);

    // …and kan agrees.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let code = kan_broker()
            .args(["topics", "describe", &name])
            .output()
            .unwrap()
            .status
            .code();
        if code == Some(4) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "topic still described after delete"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn missing_topics_are_not_found() {
    let ghost = unique("ghost");
    let output = kan_broker()
        .args(["topics", "describe", &ghost])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4));
    assert_eq!(
        stderr(&output).trim(),
        format!("error: topic '{ghost}' does not exist")
    );

    let output = kan_broker()
        .args(["topics", "delete", "--yes", &ghost])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));

    let output = kan_broker()
        .args([
            "-o",
            "json",
            "topics",
            "delete",
            "--yes",
            "--if-exists",
            &ghost,
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(json(&output)["results"][0]["status"], "missing");
}

#[test]
fn partial_failure_exits_6_and_reports_each_topic() {
    let existing = unique("partial");
    let fresh = unique("partial");
    create(&existing, &[]);
    let output = kan_broker()
        .args(["-o", "json", "topics", "create", &existing, &fresh])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    let results = json(&output)["results"].as_array().unwrap().clone();
    let status = |topic: &str| {
        results
            .iter()
            .find(|result| result["topic"] == topic)
            .map(|result| result["status"].as_str().unwrap().to_string())
    };
    assert_eq!(status(&existing).as_deref(), Some("failed"));
    assert_eq!(status(&fresh).as_deref(), Some("created"));
    assert!(stderr(&output).contains("1 of 2 topics failed"));
    assert!(
        partition_count(&fresh).is_some(),
        "the created one is missing"
    );
}

#[test]
fn throughput_sizing_shows_the_arithmetic() {
    let name = unique("sized");
    let output = kan_broker()
        .args(["-o", "json", "topics", "create", &name])
        .args(["--throughput", "1M/s", "--per-partition", "100K/s"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let created = json(&output);
    assert_eq!(created["sizing"]["partitions"], 10);
    assert_eq!(
        created["sizing"]["explanation"],
        "partitions = ceil(1,000,000/s ÷ 100,000/s) = 10"
    );
    assert!(stderr(&output).contains("partitions = ceil(1,000,000/s ÷ 100,000/s) = 10"));
    assert_eq!(
        describe_json(&name)["partitions"].as_array().unwrap().len(),
        10
    );
    assert_eq!(partition_count(&name), Some(10), "the broker's metadata");
}

#[test]
fn validate_only_creates_nothing() {
    let name = unique("dry");
    let output = kan_broker()
        .args(["-o", "json", "topics", "create", &name, "--validate-only"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(json(&output)["results"][0]["status"], "validated");
    kan_broker()
        .args(["topics", "describe", &name])
        .assert()
        .code(4);
    assert_eq!(partition_count(&name), None, "the broker has the topic");
}

#[test]
fn apply_plans_creates_and_converges() {
    let prefix = unique("applied");
    let spec = format!(
        r#"
[[topics]]
name = "{prefix}-events"
partitions = 3
retention = "7d"
compression = "gzip"

[[topics]]
name = "{prefix}-state"
partitions = 1
compact = true
"#
    );
    let file = temp_file("topics.toml", &spec);

    // Dry run: a plan, nothing created.
    let output = kan_broker()
        .args(["-o", "json", "topics", "apply", "--dry-run", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let plan = json(&output);
    assert_eq!(plan["dry_run"], true);
    assert_eq!(plan["topics"][0]["action"], "create");
    assert_eq!(plan["topics"][0]["status"], "planned");
    assert_eq!(plan["topics"][0]["partitions"]["to"], 3);
    kan_broker()
        .args(["topics", "describe", &format!("{prefix}-events")])
        .assert()
        .code(4);
    assert_eq!(partition_count(&format!("{prefix}-events")), None);
    assert_eq!(partition_count(&format!("{prefix}-state")), None);

    // Apply: both created.
    let output = kan_broker()
        .args(["-o", "json", "topics", "apply", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let applied = json(&output);
    assert_eq!(applied["topics"][0]["status"], "applied");
    assert_eq!(applied["topics"][1]["status"], "applied");
    let events = describe_json(&format!("{prefix}-events"));
    assert_eq!(
        config_value(&events, "compression.type").as_deref(),
        Some("gzip")
    );
    // The broker (rdkafka) has what the file says.
    let (events_name, state_name) = (format!("{prefix}-events"), format!("{prefix}-state"));
    assert_eq!(partition_count(&events_name), Some(3));
    assert_eq!(partition_count(&state_name), Some(1));
    assert_eq!(
        config_of(&events_name, "retention.ms").as_deref(),
        Some("604800000")
    );
    assert_eq!(
        config_of(&events_name, "compression.type").as_deref(),
        Some("gzip")
    );
    assert_eq!(
        config_of(&state_name, "cleanup.policy").as_deref(),
        Some("compact")
    );

    // Again: nothing to do.
    let output = kan_broker()
        .args(["-o", "json", "topics", "apply", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    let again = json(&output);
    assert_eq!(again["topics"][0]["action"], "unchanged");
    assert_eq!(again["topics"][1]["action"], "unchanged");

    // A changed retention becomes an alter of exactly that key.
    let changed = temp_file("topics.toml", &spec.replace("\"7d\"", "\"2d\""));
    let output = kan_broker()
        .args(["-o", "json", "topics", "apply", "-f"])
        .arg(&changed)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let altered = json(&output);
    assert_eq!(altered["topics"][0]["action"], "alter");
    assert_eq!(altered["topics"][0]["changes"][0]["key"], "retention.ms");
    assert_eq!(altered["topics"][0]["changes"][0]["from"], "604800000");
    assert_eq!(altered["topics"][0]["changes"][0]["to"], "172800000");
    let events = describe_json(&format!("{prefix}-events"));
    assert_eq!(
        config_value(&events, "retention.ms").as_deref(),
        Some("172800000")
    );
    assert_eq!(
        config_value(&events, "compression.type").as_deref(),
        Some("gzip")
    );
    assert_eq!(
        config_of(&events_name, "retention.ms").as_deref(),
        Some("172800000")
    );
    assert_eq!(
        config_of(&events_name, "compression.type").as_deref(),
        Some("gzip")
    );

    // Shrinking partitions is refused before anything changes.
    let shrink = temp_file(
        "topics.toml",
        &spec.replace("partitions = 3", "partitions = 2"),
    );
    let output = kan_broker()
        .args(["topics", "apply", "-f"])
        .arg(&shrink)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot reduce partitions from 3 to 2"));
    assert_eq!(partition_count(&events_name), Some(3));
}

#[test]
fn apply_file_errors_name_file_and_line() {
    let file = temp_file(
        "bad.toml",
        "[[topics]]\nname = \"x\"\nretention = \"soon\"\n",
    );
    let output = kan()
        .args(["topics", "apply", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains(&file.display().to_string()), "{message}");
    assert!(message.contains("'soon'"), "{message}");

    let file = temp_file("bad.toml", "[[topics]]\nname = \"x\"\nparitions = 3\n");
    let output = kan()
        .args(["topics", "apply", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains(":line 3:") || stderr(&output).contains(": line 3:"));
}

#[test]
fn bad_values_are_rejected_before_any_request() {
    // Pointing at a closed port proves nothing was sent: these fail fast with exit 2.
    let cases: &[(&[&str], &str)] = &[
        (&["--retention", "7 parsecs"], "'7 parsecs'"),
        (&["--retention-bytes", "lots"], "'lots'"),
        (
            &["--config", "retension.ms=1"],
            "did you mean 'retention.ms'",
        ),
        (&["--config", "retention.ms=soon"], "'soon'"),
        (&["--config", "novalue"], "'novalue'"),
        (&["--partitions", "0"], "0"),
        (&["--compression", "brotli"], "brotli"),
        (
            &["--throughput", "fast", "--per-partition", "1K/s"],
            "'fast'",
        ),
    ];
    for (args, needle) in cases {
        let started = Instant::now();
        let output = kan()
            .args(["-b", "127.0.0.1:1", "topics", "create", "t"])
            .args(*args)
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains(needle),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(started.elapsed() < Duration::from_secs(5));
    }
    let output = kan()
        .args(["-b", "127.0.0.1:1", "topics", "create", "bad name"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("invalid topic name 'bad name'"));
}

#[test]
fn unknown_config_keys_pass_with_force_and_the_broker_decides() {
    let name = unique("forced");
    let output = kan_broker()
        .args(["topics", "create", &name, "--config", "kan.test.key=1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unknown topic config 'kan.test.key'"));
    assert!(stderr(&output).contains("--force"));

    // With --force the request goes out and the broker decides: the test broker keeps unknown
    // keys, so the topic exists with it — read back with rdkafka's admin API, not with kan.
    let forced = kan_broker()
        .args([
            "topics",
            "create",
            &name,
            "--config",
            "kan.test.key=1",
            "--force",
        ])
        .output()
        .unwrap();
    assert!(forced.status.success(), "{}", stderr(&forced));
    assert_eq!(
        common::config_of(&name, "kan.test.key").as_deref(),
        Some("1"),
        "the broker does not have the forced key"
    );
}

#[test]
fn unreachable_broker_fails_within_the_timeout() {
    let started = Instant::now();
    let output = kan()
        .args(["-b", "127.0.0.1:1", "--timeout", "2s", "topics", "list"])
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(message.contains("127.0.0.1:1"), "{message}");
    assert!(message.contains("within 2s"), "{message}");
    assert_eq!(message.trim().lines().count(), 1, "one line: {message}");
    assert!(elapsed < Duration::from_secs(8), "took {elapsed:?}");
}

/// Runs kan on a pseudo-terminal, answering its one question (`asks`, waited for with a
/// deadline) with `answer`.
fn on_a_terminal(args: &[&str], asks: &str, answer: &str) -> (i32, String) {
    let mut terminal = common::pty::Terminal::kan(args);
    terminal.expect(asks);
    terminal.answer(answer);
    terminal.finish()
}

#[test]
fn delete_asks_on_a_terminal_and_respects_the_answer() {
    let name = unique("asked");
    create(&name, &[]);

    let question = format!("delete topic '{name}'");
    let (code, screen) = on_a_terminal(&["topics", "delete", &name], &question, "n");
    assert_eq!(code, 2, "{screen}");
    assert!(partition_count(&name).is_some(), "declined, yet deleted");

    let (code, screen) = on_a_terminal(&["topics", "delete", &name], &question, "y");
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("deleted"), "{screen}");
    wait_until_gone(&name);
}

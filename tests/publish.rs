//! `kan publish …` against a real broker (nisshi): keys, headers, ordering, exact counts,
//! invalid-line handling in every mode, and each bad input's exit code and message.

mod common;

use std::collections::BTreeMap;

use common::{broker, json, kan, kan_broker, lines_file, read_all, stderr, unique};

/// `kan -o json publish batch --kind user-event --topic TOPIC`, to which each test adds its input.
fn user_events_json(topic: &str) -> assert_cmd::Command {
    let mut command = kan_broker();
    command.args([
        "-o",
        "json",
        "publish",
        "batch",
        "--kind",
        "user-event",
        "--topic",
        topic,
    ]);
    command
}

fn topic(partitions: u32) -> String {
    let name = unique("pub");
    kan_broker()
        .args([
            "topics",
            "create",
            &name,
            "--partitions",
            &partitions.to_string(),
        ])
        .assert()
        .success();
    name
}

fn user_event(user: &str, kind: &str, seq: usize) -> String {
    format!(
        r#"{{"userId":"{user}","eventType":"{kind}","timestamp":"2024-05-01T12:00:{:02}.000Z","metadata":{{"seq":{seq}}}}}"#,
        seq % 60
    )
}

#[test]
fn a_user_event_lands_keyed_with_the_three_headers() {
    let topic = topic(3);
    let output = kan_broker()
        .args([
            "-o",
            "json",
            "publish",
            "user-event",
            "--user",
            "u-42",
            "--type",
            "purchase",
        ])
        .args([
            "--meta",
            "sku=A-1",
            "--meta",
            "amount=9.99",
            "--topic",
            &topic,
        ])
        .args(["--timestamp", "2024-05-01T12:00:00Z"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["delivered"], 1);
    assert_eq!(report["delivery"]["topic"], topic.as_str());

    let records = read_all(&broker().address, &topic, false);
    assert_eq!(records.len(), 1);
    let record = &records[0];
    assert_eq!(report["delivery"]["partition"], record.partition);
    assert_eq!(record.key_text().as_deref(), Some("u-42"));
    assert_eq!(record.header("source").as_deref(), Some("kan"));
    assert_eq!(
        record.header("content-type").as_deref(),
        Some("application/json")
    );
    assert!(!record.header("correlation-id").unwrap().is_empty());
    let value = record.json();
    assert_eq!(value["userId"], "u-42");
    assert_eq!(value["eventType"], "purchase");
    assert_eq!(value["timestamp"], "2024-05-01T12:00:00.000Z");
    assert_eq!(value["metadata"]["sku"], "A-1");
    assert_eq!(value["metadata"]["amount"], "9.99");
    // The record's own timestamp is the event time.
    assert_eq!(record.timestamp, Some(1_714_564_800_000));
}

#[test]
fn a_page_view_carries_duration_in_milliseconds() {
    let topic = topic(1);
    kan_broker()
        .args(["publish", "page-view", "--user", "u1", "--url", "/pricing"])
        .args(["--referrer", "/home", "--duration", "5s", "--topic", &topic])
        .args(["--correlation-id", "trace-7"])
        .assert()
        .success();
    let records = read_all(&broker().address, &topic, false);
    let value = records[0].json();
    assert_eq!(value["url"], "/pricing");
    assert_eq!(value["referrer"], "/home");
    assert_eq!(value["duration"], 5000);
    assert_eq!(
        records[0].header("correlation-id").as_deref(),
        Some("trace-7")
    );
}

#[test]
fn a_batch_of_n_lines_gives_exactly_n_records_each_user_in_one_partition_in_order() {
    let topic = topic(3);
    let users = ["alice", "bob", "carol", "dave", "erin"];
    let kinds = ["login", "view", "purchase", "logout"];
    let lines: Vec<String> = (0..500)
        .map(|seq| user_event(users[seq % users.len()], kinds[seq % kinds.len()], seq))
        .collect();
    let file = lines_file("batch.jsonl", &lines);
    let output = user_events_json(&topic)
        .arg("-f")
        .arg(&file)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["read"], 500);
    assert_eq!(report["delivered"], 500);
    assert_eq!(report["rejected"], 0);
    assert_eq!(report["failed"], 0);
    let per_partition: u64 = report["partitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|count| count["delivered"].as_u64().unwrap())
        .sum();
    assert_eq!(per_partition, 500);

    // Watermarks agree.
    let described = kan_broker()
        .args(["-o", "json", "topics", "describe", &topic])
        .output()
        .unwrap();
    assert_eq!(json(&described)["topics"][0]["messages"], 500);

    let records = read_all(&broker().address, &topic, false);
    assert_eq!(records.len(), 500);
    let mut partition_of: BTreeMap<String, i32> = BTreeMap::new();
    let mut last_seq: BTreeMap<String, i64> = BTreeMap::new();
    let mut ordered = records.clone();
    ordered.sort_by_key(|record| (record.partition, record.offset));
    for record in &ordered {
        let user = record.key_text().unwrap();
        let value = record.json();
        assert_eq!(value["userId"], user.as_str());
        let partition = *partition_of.entry(user.clone()).or_insert(record.partition);
        assert_eq!(partition, record.partition, "{user} spread over partitions");
        let seq = value["metadata"]["seq"].as_i64().unwrap();
        let previous = last_seq.insert(user.clone(), seq);
        assert!(
            previous.is_none_or(|p| p < seq),
            "{user}: {seq} after {previous:?}"
        );
    }
    assert_eq!(partition_of.len(), users.len());
}

fn mixed_lines() -> Vec<String> {
    vec![
        user_event("u1", "login", 1),
        r#"{"userId":"u2","eventType":"signup"}"#.to_string(),
        "this is not json".to_string(),
        String::new(),
        r#"{"userId":7,"eventType":"view"}"#.to_string(),
        user_event("u3", "view", 6),
        r#"{"userId":"u4","eventType":"view","timestamp":"last tuesday"}"#.to_string(),
        r#"{"userId":"u5","eventType":"logout"}"#.to_string(),
    ]
}

#[test]
fn invalid_lines_fail_the_whole_file_by_default_and_nothing_is_sent() {
    let topic = topic(1);
    let file = lines_file("mixed.jsonl", &mixed_lines());
    let output = user_events_json(&topic)
        .arg("-f")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["read"], 8);
    assert_eq!(report["rejected"], 5);
    assert_eq!(report["delivered"], 0);
    let message = stderr(&output);
    let path = file.display().to_string();
    for (line, reason) in [
        (
            2,
            "eventType 'signup' is not one of login, logout, purchase, view",
        ),
        (3, "malformed JSON"),
        (4, "empty line"),
        (5, "userId must be a string, not the number 7"),
        (7, "timestamp 'last tuesday' is not RFC 3339"),
    ] {
        assert!(
            message.contains(&format!("{path}:{line}: {reason}")),
            "{line}: {message}"
        );
    }
    assert!(message.contains("nothing was sent"), "{message}");
    assert!(read_all(&broker().address, &topic, false).is_empty());
}

#[test]
fn skip_publishes_the_valid_lines_and_writes_the_rejects() {
    let topic = topic(1);
    let file = lines_file("mixed.jsonl", &mixed_lines());
    let rejects = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique("rejects"));
    let output = user_events_json(&topic)
        .args(["--on-invalid", "skip", "--rejects"])
        .arg(&rejects)
        .arg("-f")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["read"], 8);
    assert_eq!(report["delivered"], 3);
    assert_eq!(report["rejected"], 5);
    assert_eq!(report["failed"], 0);
    let lines: Vec<u64> = report["rejects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|issue| issue["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [2, 3, 4, 5, 7]);
    let written = std::fs::read_to_string(&rejects).unwrap();
    let expected: Vec<&str> = [1, 2, 3, 4, 6]
        .iter()
        .map(|i| mixed_lines_static()[*i])
        .collect();
    assert_eq!(written.lines().collect::<Vec<_>>(), expected);

    let records = read_all(&broker().address, &topic, false);
    let users: Vec<String> = records.iter().map(|r| r.key_text().unwrap()).collect();
    assert_eq!(users, ["u1", "u3", "u5"]);
    // The line without a timestamp got one.
    assert!(records[2].json()["timestamp"]
        .as_str()
        .unwrap()
        .ends_with('Z'));
}

fn mixed_lines_static() -> Vec<&'static str> {
    mixed_lines()
        .into_iter()
        .map(|line| &*Box::leak(line.into_boxed_str()))
        .collect()
}

#[test]
fn dlq_sends_each_invalid_line_to_the_dead_letter_topic() {
    let topic = topic(1);
    let dlq = unique("dlq");
    kan_broker()
        .args(["topics", "create", &dlq])
        .assert()
        .success();
    let file = lines_file("mixed.jsonl", &mixed_lines());
    let output = user_events_json(&topic)
        .args(["--on-invalid", "dlq", "--dlq-topic", &dlq, "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["delivered"], 3);
    assert_eq!(report["rejected"], 5);
    assert_eq!(report["dlq"]["delivered"], 5);
    assert_eq!(report["dlq"]["failed"], 0);

    let dead = read_all(&broker().address, &dlq, false);
    assert_eq!(dead.len(), 5);
    let mut by_line: Vec<serde_json::Value> = dead.iter().map(|record| record.json()).collect();
    by_line.sort_by_key(|record| record["line"].as_u64());
    assert_eq!(by_line[0]["line"], 2);
    assert_eq!(by_line[0]["source"], file.display().to_string());
    assert_eq!(by_line[0]["raw"], r#"{"userId":"u2","eventType":"signup"}"#);
    assert_eq!(
        by_line[0]["error"],
        "eventType 'signup' is not one of login, logout, purchase, view"
    );
    assert_eq!(by_line[1]["raw"], "this is not json");
    assert_eq!(by_line[2]["error"], "empty line");
    assert_eq!(dead[0].header("source").as_deref(), Some("kan"));
}

#[test]
fn a_missing_dead_letter_topic_is_reported_before_sending() {
    let topic = topic(1);
    let file = lines_file("mixed.jsonl", &mixed_lines());
    let output = kan_broker()
        .args([
            "publish",
            "batch",
            "--kind",
            "user-event",
            "--topic",
            &topic,
        ])
        .args(["--on-invalid", "dlq", "--dlq-topic", &unique("nodlq"), "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(stderr(&output).contains("dead-letter topic"));
    assert!(read_all(&broker().address, &topic, false).is_empty());
}

#[test]
fn stdin_raw_lines_with_key_headers_and_partition() {
    let topic = topic(2);
    let output = kan_broker()
        .args([
            "-o", "json", "publish", "raw", "--topic", &topic, "--key", "k1",
        ])
        .args(["--header", "tenant=acme", "--partition", "1"])
        .write_stdin("first\nsecond\n\nthird")
        .output()
        .unwrap();
    // The empty line is rejected (reported), the three others delivered.
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["delivered"], 3);
    assert_eq!(report["rejected"], 1);
    assert_eq!(report["rejects"][0]["line"], 3);
    let records = read_all(&broker().address, &topic, false);
    let values: Vec<String> = records
        .iter()
        .map(|record| String::from_utf8(record.value.clone()).unwrap())
        .collect();
    assert_eq!(values, ["first", "second", "third"]);
    assert!(records.iter().all(|record| record.partition == 1));
    assert_eq!(records[0].header("tenant").as_deref(), Some("acme"));
    assert_eq!(records[0].key_text().as_deref(), Some("k1"));
}

#[test]
fn raw_batch_keys_by_a_json_field() {
    let topic = topic(1);
    let output = kan_broker()
        .args([
            "-o", "json", "publish", "batch", "--kind", "raw", "--topic", &topic,
        ])
        .args(["--key-field", "orderId", "--on-invalid", "skip"])
        .write_stdin("{\"orderId\":\"o-1\",\"total\":5}\n{\"total\":6}\n")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert!(stderr(&output).contains("stdin:2: missing key field orderId"));
    let records = read_all(&broker().address, &topic, false);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].key_text().as_deref(), Some("o-1"));
}

#[test]
fn dry_run_validates_and_sends_nothing() {
    let topic = topic(1);
    let good: Vec<String> = (0..10).map(|i| user_event("u", "view", i)).collect();
    let file = lines_file("good.jsonl", &good);
    let output = kan_broker()
        .args([
            "-o",
            "json",
            "publish",
            "batch",
            "--kind",
            "user-event",
            "--dry-run",
        ])
        .args(["--topic", &topic, "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["dry_run"], true);
    assert_eq!(report["read"], 10);
    assert_eq!(report["delivered"], 0);
    assert!(read_all(&broker().address, &topic, false).is_empty());
}

#[test]
fn a_record_over_the_size_limit_fails_alone_with_its_line() {
    let topic = topic(1);
    let huge = format!(
        r#"{{"userId":"big","eventType":"view","metadata":{{"blob":"{}"}}}}"#,
        "x".repeat(1_200_000)
    );
    let lines = vec![
        user_event("a", "login", 1),
        huge,
        user_event("b", "login", 2),
    ];
    let file = lines_file("huge.jsonl", &lines);
    let output = user_events_json(&topic)
        .arg("-f")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["delivered"], 2);
    assert_eq!(report["failed"], 1);
    assert_eq!(report["failures"][0]["line"], 2);
    let message = stderr(&output);
    assert!(
        message.contains(":2: not delivered: record of"),
        "{message}"
    );
    assert!(message.contains("larger than"), "{message}");
    assert_eq!(read_all(&broker().address, &topic, false).len(), 2);
}

#[test]
fn bad_inputs_exit_with_their_codes_and_messages() {
    let topic = topic(1);
    let cases: Vec<(Vec<String>, i32, &str)> = vec![
        (
            vec![
                "publish".into(),
                "user-event".into(),
                "--type".into(),
                "login".into(),
            ],
            2,
            "missing --user",
        ),
        (
            vec![
                "publish".into(),
                "user-event".into(),
                "--user".into(),
                "u".into(),
            ],
            2,
            "missing --type",
        ),
        (
            vec![
                "publish".into(),
                "user-event".into(),
                "--user".into(),
                "u".into(),
                "--type".into(),
                "signup".into(),
            ],
            2,
            "signup",
        ),
        (
            vec![
                "publish".into(),
                "user-event".into(),
                "--user".into(),
                "u".into(),
                "--type".into(),
                "login".into(),
                "--meta".into(),
                "novalue".into(),
            ],
            2,
            "'novalue'",
        ),
        (
            vec![
                "publish".into(),
                "user-event".into(),
                "--user".into(),
                "u".into(),
                "--type".into(),
                "login".into(),
                "--timestamp".into(),
                "noon".into(),
            ],
            2,
            "invalid --timestamp 'noon'",
        ),
        (
            vec![
                "publish".into(),
                "page-view".into(),
                "--user".into(),
                "u".into(),
                "--url".into(),
                "/".into(),
                "--duration".into(),
                "a while".into(),
            ],
            2,
            "'a while'",
        ),
        (
            vec![
                "publish".into(),
                "batch".into(),
                "--kind".into(),
                "user-event".into(),
                "-f".into(),
                "/nonexistent/events.jsonl".into(),
            ],
            2,
            "cannot read /nonexistent/events.jsonl",
        ),
        (
            vec![
                "publish".into(),
                "user-event".into(),
                "--user".into(),
                "u".into(),
                "--type".into(),
                "login".into(),
                "--topic".into(),
                unique("absent"),
            ],
            4,
            "does not exist",
        ),
        (
            vec![
                "publish".into(),
                "batch".into(),
                "--kind".into(),
                "raw".into(),
            ],
            2,
            "--kind raw and --kind envelope need --topic",
        ),
        (
            vec![
                "publish".into(),
                "raw".into(),
                "--topic".into(),
                topic.clone(),
                "--value".into(),
                "v".into(),
                "--partition".into(),
                "7".into(),
            ],
            2,
            "partition 7 does not exist",
        ),
    ];
    for (args, code, needle) in cases {
        let output = kan_broker().args(&args).write_stdin("").output().unwrap();
        assert_eq!(
            output.status.code(),
            Some(code),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains(needle),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    assert!(read_all(&broker().address, &topic, false).is_empty());
}

#[test]
fn invalid_utf8_is_rejected_with_its_line() {
    let topic = topic(1);
    let mut bytes = user_event("a", "login", 1).into_bytes();
    bytes.extend_from_slice(b"\n{\"userId\":\"\xff\xfe\",\"eventType\":\"view\"}\n");
    let file = common::temp_file("utf8.jsonl", "");
    std::fs::write(&file, &bytes).unwrap();
    let output = kan_broker()
        .args([
            "publish",
            "batch",
            "--kind",
            "user-event",
            "--topic",
            &topic,
            "-f",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(&format!("{}:2: not valid UTF-8", file.display())),
        "{}",
        stderr(&output)
    );
}

#[test]
fn stdin_in_fail_mode_stops_at_the_first_invalid_line() {
    let topic = topic(1);
    let input = format!(
        "{}\n{}\n{}\n",
        user_event("a", "login", 1),
        "{broken",
        user_event("b", "login", 2)
    );
    let output = user_events_json(&topic)
        .write_stdin(input)
        .output()
        .unwrap();
    // Stdin cannot be read twice: the line before the bad one was sent, the one after not.
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["delivered"], 1);
    assert_eq!(report["rejected"], 1);
    assert_eq!(report["not_sent"], 1);
    assert!(stderr(&output).contains("stdin:2: malformed JSON"));
    assert_eq!(read_all(&broker().address, &topic, false).len(), 1);
}

#[test]
fn option_combinations_that_make_no_sense_are_usage_errors() {
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "publish",
                "batch",
                "--kind",
                "user-event",
                "--key-field",
                "id",
            ],
            "--key-field is for --kind raw",
        ),
        (
            &[
                "publish",
                "batch",
                "--kind",
                "raw",
                "--topic",
                "t",
                "--repartition",
            ],
            "--repartition is for --kind envelope",
        ),
        (
            &[
                "publish",
                "raw",
                "--topic",
                "t",
                "--envelope",
                "--value",
                "v",
            ],
            "cannot be used with",
        ),
    ];
    for (args, needle) in cases {
        let output = kan()
            .args(["-b", "127.0.0.1:1"])
            .args(*args)
            .write_stdin("")
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
    }
}

#[test]
fn dead_letters_have_one_documented_shape_and_keep_bytes_that_are_not_utf8() {
    let (topic, dlq) = (topic(1), topic(1));
    let mut text = mixed_lines()[..3].join("\n").into_bytes();
    text.extend_from_slice(b"\n{\"userId\":\"u\xff\"}\n");
    let file = common::temp_file("dead.jsonl", "");
    std::fs::write(&file, &text).unwrap();
    let output = user_events_json(&topic)
        .args(["--on-invalid", "dlq", "--dlq-topic", &dlq, "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    let mut dead: Vec<serde_json::Value> = read_all(&broker().address, &dlq, false)
        .iter()
        .map(common::ReadRecord::json)
        .collect();
    dead.sort_by_key(|letter| letter["line"].as_u64());
    assert_eq!(dead.len(), 3);
    let source = file.display().to_string();
    assert_eq!(
        dead[0],
        serde_json::json!({
            "source": source, "line": 2, "partition": null, "offset": null,
            "reason": "schema",
            "error": "eventType 'signup' is not one of login, logout, purchase, view",
            "raw": r#"{"userId":"u2","eventType":"signup"}"#, "raw_encoding": "utf8"
        })
    );
    assert_eq!(dead[1]["reason"], "malformed_json");
    // Bytes that are not UTF-8 travel as base64, marked, and decode to the line as read.
    assert_eq!(dead[2]["reason"], "invalid_utf8");
    assert_eq!(dead[2]["raw_encoding"], "base64");
    assert_eq!(dead[2]["raw"], "eyJ1c2VySWQiOiJ1/yJ9");
}

#[test]
fn content_type_says_json_only_of_json_and_a_given_one_wins() {
    let topic = topic(1);
    let output = kan_broker()
        .args(["publish", "raw", "--topic", &topic])
        .write_stdin("plain text\n{\"a\":1}\n[1,2]\n")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    kan_broker()
        .args(["publish", "raw", "--topic", &topic, "--value", "a,b,c"])
        .args(["--header", "content-type=text/csv"])
        .assert()
        .success();
    kan_broker()
        .args(["publish", "raw", "--topic", &topic, "--value", "{\"b\":2}"])
        .assert()
        .success();
    let records = read_all(&broker().address, &topic, false);
    let seen: Vec<(String, Option<String>, Option<String>)> = records
        .iter()
        .map(|record| {
            (
                String::from_utf8_lossy(&record.value).to_string(),
                record.header("content-type"),
                record.header("source"),
            )
        })
        .collect();
    let kan = Some("kan".to_string());
    let json = Some("application/json".to_string());
    assert_eq!(
        seen,
        [
            ("plain text".to_string(), None, kan.clone()),
            ("{\"a\":1}".to_string(), json.clone(), kan.clone()),
            ("[1,2]".to_string(), json.clone(), kan.clone()),
            (
                "a,b,c".to_string(),
                Some("text/csv".to_string()),
                kan.clone()
            ),
            ("{\"b\":2}".to_string(), json, kan),
        ]
    );
    // A given content-type replaces kan's rather than joining it.
    let csv = &records[3];
    let count = csv
        .headers
        .iter()
        .filter(|(name, _)| name == "content-type")
        .count();
    assert_eq!(count, 1);
}

/// Kafka's own murmur2 reference vectors (`org.apache.kafka.common.utils.UtilsTest`): a key lands
/// where the Java client's default partitioner puts it, `(murmur2(key) & 0x7fffffff) % count` —
/// pinned to the Java hashes, read back with rdkafka.
#[test]
fn keys_land_in_the_partitions_java_clients_pick() {
    const JAVA_MURMUR2: [(&str, i32); 6] = [
        ("21", -973_932_308),
        ("foobar", -790_332_482),
        ("a-little-bit-long-string", -985_981_536),
        ("a-little-bit-longer-string", -1_486_304_829),
        (
            "lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8",
            -58_897_971,
        ),
        ("abc", 479_470_107),
    ];
    const PARTITIONS: u32 = 12;
    let topic = topic(PARTITIONS);
    for (key, _) in JAVA_MURMUR2 {
        kan_broker()
            .args([
                "publish", "raw", "--topic", &topic, "--key", key, "--value", "{}",
            ])
            .assert()
            .success();
    }
    let landed: BTreeMap<String, i32> = read_all(&broker().address, &topic, false)
        .into_iter()
        .map(|record| (record.key_text().unwrap(), record.partition))
        .collect();
    assert_eq!(landed.len(), JAVA_MURMUR2.len());
    for (key, hash) in JAVA_MURMUR2 {
        let expected = ((hash as u32 & 0x7fff_ffff) % PARTITIONS) as i32;
        assert_eq!(landed[key], expected, "key {key}");
    }
}

/// An error part-way (here: `--rejects` cannot be written) still delivers what was queued and
/// reports it before failing — nothing already handed to the producer is dropped.
#[test]
fn a_failure_part_way_still_delivers_and_reports_what_was_queued() {
    let topic = topic(1);
    let file = lines_file("mixed.jsonl", &mixed_lines());
    let output = user_events_json(&topic)
        .args(["--on-invalid", "skip", "--rejects", "/dev/full", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("cannot write --rejects"),
        "{}",
        stderr(&output)
    );
    let report = json(&output);
    assert_eq!(report["delivered"], 3, "{report}");
    assert_eq!(read_all(&broker().address, &topic, false).len(), 3);
}

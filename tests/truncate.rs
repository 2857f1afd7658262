//! `kan topics truncate` against a real broker (nisshi): DeleteRecords by offset, by time and
//! to the end, on all or some partitions. What remains is read back with rdkafka
//! (`common::read_all`) and the log starts with rdkafka's watermarks, never with kan.

mod common;

use std::time::Duration;

use common::{broker, json, kan_broker, produce, read_all, stderr, unique};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};

/// A topic with `counts[p]` records (`{"n":i}`, offsets 0..count) in partition p.
fn topic_with(counts: &[usize]) -> String {
    let topic = unique("truncate");
    kan_broker()
        .args(["topics", "create", &topic, "--partitions"])
        .arg(counts.len().to_string())
        .assert()
        .success();
    for (partition, count) in counts.iter().enumerate() {
        produce(&broker().address, &topic, partition as i32, *count);
    }
    topic
}

/// Low and high watermark of a partition, as rdkafka reads them.
fn watermarks(topic: &str, partition: i32) -> (i64, i64) {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .create()
        .expect("consumer");
    consumer
        .fetch_watermarks(topic, partition, Duration::from_secs(10))
        .expect("watermarks")
}

/// Per partition, the `n` of each record left, in offset order (offset = n for `topic_with`).
fn remaining(topic: &str, partitions: usize) -> Vec<Vec<i64>> {
    let mut left = vec![Vec::new(); partitions];
    let mut records = read_all(&broker().address, topic, false);
    records.sort_by_key(|record| (record.partition, record.offset));
    for record in records {
        assert_eq!(record.json()["n"].as_i64(), Some(record.offset));
        left[record.partition as usize].push(record.offset);
    }
    left
}

fn truncate(topic: &str, extra: &[&str]) -> std::process::Output {
    kan_broker()
        .args(["-o", "json", "topics", "truncate", topic])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn an_offset_bound_deletes_exactly_the_records_before_it_in_every_partition() {
    let topic = topic_with(&[10, 10, 6]);
    let output = truncate(&topic, &["--before", "4", "--yes"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["topic"], topic.as_str());
    assert_eq!(report["before"], "4");
    assert_eq!(report["executed"], true);
    assert_eq!(report["removed"], 12);
    let rows = report["partitions"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    for (partition, row) in rows.iter().enumerate() {
        assert_eq!(row["topic"], topic.as_str());
        assert_eq!(row["partition"], partition);
        assert_eq!(row["log_start"], 0);
        assert_eq!(row["log_end"], if partition == 2 { 6 } else { 10 });
        assert_eq!(row["new_log_start"], 4);
        assert_eq!(row["removed"], 4);
        assert_eq!(row["status"], "truncated");
        assert_eq!(row["log_start_after"], 4);
        assert_eq!(row["note"], serde_json::Value::Null);
    }
    assert_eq!(
        remaining(&topic, 3),
        vec![
            (4..10).collect::<Vec<_>>(),
            (4..10).collect(),
            (4..6).collect()
        ]
    );
    for partition in 0..3 {
        assert_eq!(watermarks(&topic, partition).0, 4);
    }

    // Again, before an offset the logs now start after: nothing to delete, said per partition.
    let output = truncate(&topic, &["--before", "2", "--yes"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["executed"], false);
    assert_eq!(report["removed"], 0);
    for row in report["partitions"].as_array().unwrap() {
        assert_eq!(row["status"], "unchanged");
        assert_eq!(row["removed"], 0);
        assert_eq!(row["new_log_start"], 4);
        assert_eq!(
            row["note"],
            "2 is before the log start 4: nothing to delete"
        );
    }
    assert!(stderr(&output).contains("nothing to delete"));
    assert_eq!(remaining(&topic, 3)[0], (4..10).collect::<Vec<_>>());
}

#[test]
fn end_on_some_partitions_empties_them_and_leaves_the_others() {
    let topic = topic_with(&[5, 7, 3]);
    let output = truncate(
        &topic,
        &["--before", "end", "--partition", "1", "-p", "2", "--yes"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["before"], "end");
    assert_eq!(report["removed"], 10);
    let rows = report["partitions"].as_array().unwrap();
    let partitions: Vec<i64> = rows
        .iter()
        .map(|r| r["partition"].as_i64().unwrap())
        .collect();
    assert_eq!(partitions, vec![1, 2]);
    assert_eq!(rows[0]["new_log_start"], 7);
    assert_eq!(rows[1]["new_log_start"], 3);
    assert_eq!(
        remaining(&topic, 3),
        vec![(0..5).collect::<Vec<_>>(), vec![], vec![]]
    );
    assert_eq!(watermarks(&topic, 0), (0, 5));
    assert_eq!(watermarks(&topic, 1), (7, 7));
    assert_eq!(watermarks(&topic, 2), (3, 3));
}

/// Records at known times: partition p gets one record per `times[p]` entry (ms), `n` = offset.
fn topic_at_times(times: &[Vec<i64>]) -> String {
    let topic = unique("truncate-time");
    kan_broker()
        .args(["topics", "create", &topic, "--partitions"])
        .arg(times.len().to_string())
        .assert()
        .success();
    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .create()
        .expect("producer");
    for (partition, stamps) in times.iter().enumerate() {
        for (n, at) in stamps.iter().enumerate() {
            let value = format!("{{\"n\":{n}}}");
            producer
                .send(
                    BaseRecord::<(), _>::to(&topic)
                        .partition(partition as i32)
                        .payload(&value)
                        .timestamp(*at),
                )
                .expect("queued");
        }
    }
    producer.flush(Duration::from_secs(10)).expect("flush");
    topic
}

#[test]
fn a_time_bound_deletes_the_records_before_the_first_at_or_after_it() {
    const T: i64 = 1_714_564_800_000; // 2024-05-01T12:00:00Z
    let second = |s: i64| T + s * 1000;
    let topic = topic_at_times(&[
        (0..10).map(second).collect(),
        (0..4).map(second).collect(),
        vec![second(7), second(8)],
    ]);
    // 12:00:05: partition 0 keeps 5.., partition 1 has nothing that late (all go), partition
    // 2 starts later (nothing goes).
    let output = truncate(&topic, &["--before", "@2024-05-01T12:00:05Z", "--yes"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = json(&output);
    assert_eq!(report["before"], "@2024-05-01T12:00:05.000Z");
    let rows = report["partitions"].as_array().unwrap();
    let starts: Vec<i64> = rows
        .iter()
        .map(|r| r["new_log_start"].as_i64().unwrap())
        .collect();
    assert_eq!(starts, vec![5, 4, 0]);
    assert_eq!(rows[2]["status"], "unchanged");
    assert_eq!(report["removed"], 9);
    assert_eq!(
        remaining(&topic, 3),
        vec![(5..10).collect::<Vec<_>>(), vec![], vec![0, 1]]
    );
}

#[test]
fn a_relative_time_bound_deletes_what_is_older() {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    let hours_ago = |h: i64| now - h * 3_600_000;
    let topic = topic_at_times(&[vec![hours_ago(3), hours_ago(2), hours_ago(0), now]]);
    let output = truncate(&topic, &["--before", "@-1h", "--yes"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(json(&output)["partitions"][0]["new_log_start"], 2);
    assert_eq!(remaining(&topic, 1), vec![vec![2, 3]]);
}

#[test]
fn without_a_terminal_or_yes_the_plan_is_printed_and_nothing_is_deleted() {
    let topic = topic_with(&[6, 6]);
    let output = truncate(&topic, &["--before", "3"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let plan = json(&output);
    assert_eq!(plan["executed"], false);
    assert_eq!(plan["removed"], 6);
    for row in plan["partitions"].as_array().unwrap() {
        assert_eq!(row["status"], "planned");
        assert_eq!(row["new_log_start"], 3);
        assert_eq!(row["removed"], 3);
        assert_eq!(row["log_start_after"], serde_json::Value::Null);
    }
    let message = stderr(&output);
    assert_eq!(message.trim().lines().count(), 1, "{message}");
    assert!(message.contains("pass --yes"), "{message}");
    assert_eq!(remaining(&topic, 2), vec![(0..6).collect::<Vec<_>>(); 2]);

    // --dry-run: the same plan, exit 0, still nothing deleted.
    let output = truncate(&topic, &["--before", "3", "--dry-run"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(json(&output), plan);
    assert_eq!(watermarks(&topic, 0), (0, 6));

    // The table says the same for people.
    let output = kan_broker()
        .args(["topics", "truncate", &topic, "--before", "3", "--dry-run"])
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&output.stdout);
    assert!(table.contains("NEW LOG START"), "{table}");
    assert!(table.contains("nothing deleted yet"), "{table}");
}

#[test]
fn a_bound_past_the_end_is_refused_naming_the_partition_and_nothing_is_deleted() {
    let topic = topic_with(&[10, 4]);
    let output = truncate(&topic, &["--before", "8", "--yes"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let message = stderr(&output);
    assert_eq!(message.trim().lines().count(), 1, "{message}");
    assert!(message.contains("partition 1 ends at 4"), "{message}");
    assert!(!message.contains("partition 0"), "{message}");
    assert!(output.stdout.is_empty());
    assert_eq!(watermarks(&topic, 0), (0, 10));
    assert_eq!(watermarks(&topic, 1), (0, 4));
}

#[test]
fn unknown_topics_and_partitions_are_not_found_and_bad_bounds_are_usage_errors() {
    let missing = unique("no-such-topic");
    let output = truncate(&missing, &["--before", "1", "--yes"]);
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(stderr(&output).contains(&format!("topic '{missing}' does not exist")));

    let topic = topic_with(&[3, 3]);
    let output = truncate(&topic, &["--before", "1", "--partition", "7", "--yes"]);
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("partition 7 does not exist"),
        "{}",
        stderr(&output)
    );

    for bad in ["soon", "-3", "beginning", "@yesterday"] {
        let output = truncate(&topic, &[&format!("--before={bad}"), "--yes"]);
        assert_eq!(output.status.code(), Some(2), "{bad}: {}", stderr(&output));
        assert!(stderr(&output).contains(&format!("invalid --before '{bad}'")));
    }
    let output = truncate(&topic, &["--yes"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("missing --before"),
        "{}",
        stderr(&output)
    );
    assert_eq!(watermarks(&topic, 0), (0, 3));
}

#[test]
fn ndjson_has_one_line_per_partition() {
    let topic = topic_with(&[2, 2]);
    let output = kan_broker()
        .args([
            "-o", "ndjson", "topics", "truncate", &topic, "--before", "1", "--yes",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    for (partition, line) in lines.iter().enumerate() {
        assert_eq!(line["partition"], partition);
        assert_eq!(line["executed"], true);
        assert_eq!(line["status"], "truncated");
        assert_eq!(line["log_start_after"], 1);
    }
}

#[test]
fn on_a_terminal_the_plan_is_shown_and_confirmed_before_deleting() {
    use common::pty::{Terminal, ENTER};
    let topic = topic_with(&[5]);
    // Declined: nothing deleted, exit 2.
    let mut terminal = Terminal::kan(&["topics", "truncate", &topic]);
    terminal.expect("Delete the records before");
    terminal.answer("3");
    terminal.expect("NEW LOG START");
    terminal.expect("delete 3 offset(s) from 1 partition(s)");
    terminal.type_text("n");
    terminal.send(ENTER);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 2, "{screen}");
    assert_eq!(watermarks(&topic, 0), (0, 5));
    // Confirmed: deleted, and the result read back is shown.
    let mut terminal = Terminal::kan(&["topics", "truncate", &topic, "--before", "3"]);
    terminal.expect("delete 3 offset(s) from 1 partition(s)");
    terminal.type_text("y");
    terminal.send(ENTER);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("truncated"), "{screen}");
    assert_eq!(remaining(&topic, 1), vec![vec![3, 4]]);
}

#[test]
fn the_guided_session_shows_the_plan_and_truncates_only_once_confirmed() {
    use common::pty::{Terminal, ESC};
    let topic = topic_with(&[6]);
    let mut terminal = Terminal::kan(&[]);
    for answer in ["n", "y"] {
        terminal.expect("What would you like to do?");
        terminal.answer("delete the records before");
        terminal.expect("Topic to truncate");
        terminal.answer(&topic);
        terminal.expect("Delete the records before");
        terminal.answer("4");
        // The plan first: the dry run's table.
        terminal.expect("nothing deleted yet");
        terminal.expect("Delete these records");
        terminal.answer(answer);
        if answer == "n" {
            terminal.expect("Nothing was changed.");
            assert_eq!(watermarks(&topic, 0), (0, 6));
        } else {
            terminal.expect("offsets removed");
        }
    }
    terminal.expect("What would you like to do?");
    terminal.send(ESC);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains(&format!("topics truncate {topic} --before 4 --yes")),
        "{screen}"
    );
    assert_eq!(remaining(&topic, 1), vec![vec![4, 5]]);
}

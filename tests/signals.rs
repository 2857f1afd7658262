//! SIGTERM and SIGINT at seeded random moments of `publish`, `consume --group` and `watch
//! analytics`: each exits 130, its report is exact, and commits are never ahead of what was
//! printed. What reached Kafka is read back with rdkafka.

mod common;

use std::collections::BTreeMap;
use std::time::Duration;

use common::fault::{Running, Seeded};
use common::*;

fn create_topic(topic: &str, partitions: u32) {
    kan_broker()
        .args(["topics", "create", topic, "--partitions"])
        .arg(partitions.to_string())
        .assert()
        .success();
}

/// SIGTERM or SIGINT, alternately.
fn signal_for(iteration: usize) -> &'static str {
    if iteration.is_multiple_of(2) {
        "TERM"
    } else {
        "INT"
    }
}

#[test]
fn publish_stopped_by_a_signal_exits_130_and_reports_exactly_what_is_in_the_topic() {
    const LINES: u64 = 20_000;
    let lines: Vec<String> = (1..=LINES)
        .map(|n| {
            format!(
                r#"{{"userId":"u{}","eventType":"view","metadata":{{"n":{n}}}}}"#,
                n % 31
            )
        })
        .collect();
    let file = lines_file("signals.jsonl", &lines);
    let mut random = Seeded::new(0x5167_7e12);
    for iteration in 0..6 {
        let topic = unique("sig-publish");
        create_topic(&topic, 3);
        let delay = Duration::from_millis(random.between(100, 3_000));
        let running = Running::start(
            &[
                "-b",
                &broker().address,
                "publish",
                "batch",
                "--kind",
                "user-event",
                "-f",
                file.to_str().unwrap(),
                "--topic",
                &topic,
                "--on-invalid",
                "skip",
                "--rate",
                "5000/s",
                "--no-checkpoint",
                "-o",
                "json",
            ],
            &[],
        );
        std::thread::sleep(delay);
        running.signal(signal_for(iteration));
        let ended = running.wait(Duration::from_secs(60));
        let context = format!(
            "iteration {iteration}, SIG{} after {delay:?}",
            signal_for(iteration)
        );
        assert_eq!(ended.code, Some(130), "{context}: {}", ended.stderr);
        let report = ended.json();
        let count = |field: &str| report[field].as_u64().unwrap();
        assert_eq!(report["interrupted"], true, "{context}");
        assert_eq!(
            count("read"),
            count("delivered") + count("rejected") + count("failed") + count("not_sent"),
            "{context}: {report}"
        );
        assert!(
            count("read") < LINES,
            "{context}: the signal came after the end"
        );
        let records = read_all(&broker().address, &topic, false);
        assert_eq!(
            records.len() as u64,
            count("delivered"),
            "{context}: {report}"
        );
        // What is in the topic is the first lines read, each once.
        let mut numbers: Vec<u64> = records
            .iter()
            .map(|record| record.json()["metadata"]["n"].as_u64().unwrap())
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(numbers.len(), records.len(), "{context}: duplicates");
        assert!(
            numbers.iter().all(|n| *n <= count("read")),
            "{context}: a line past those read"
        );
    }
}

#[test]
fn consume_group_stopped_by_a_signal_commits_exactly_what_it_printed() {
    let topic = unique("sig-consume");
    create_topic(&topic, 3);
    for partition in 0..3 {
        produce(&broker().address, &topic, partition, 30_000);
    }
    let mut random = Seeded::new(0xc0_25e5);
    for iteration in 0..6 {
        let group = unique("sig-consumers");
        let delay = Duration::from_millis(random.between(50, 1_500));
        let mut running = Running::start(
            &[
                "-b",
                &broker().address,
                "consume",
                &topic,
                "--group",
                &group,
                "--from",
                "beginning",
                "-f",
                "json",
            ],
            &[],
        );
        running.wait_for_stdout(Duration::from_secs(30));
        std::thread::sleep(delay);
        running.signal(signal_for(iteration));
        let ended = running.wait(Duration::from_secs(60));
        let context = format!(
            "iteration {iteration}, SIG{} after {delay:?}",
            signal_for(iteration)
        );
        assert_eq!(ended.code, Some(130), "{context}: {}", ended.stderr);
        let mut next: BTreeMap<i32, i64> = BTreeMap::new();
        let mut printed = 0u64;
        for line in ended.stdout.lines() {
            let envelope: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|err| panic!("{context}: a torn line ({err}): {line}"));
            let partition = envelope["partition"].as_i64().unwrap() as i32;
            let offset = envelope["offset"].as_i64().unwrap();
            let expected = next.get(&partition).copied().unwrap_or(0);
            assert_eq!(
                offset, expected,
                "{context}: partition {partition} skipped or repeated"
            );
            next.insert(partition, offset + 1);
            printed += 1;
        }
        assert!(
            printed > 0 && printed < 90_000,
            "{context}: printed {printed}"
        );
        let commits = committed_offsets(&group, &topic);
        for partition in 0..3 {
            let committed = commits.get(&partition).copied().flatten();
            let expected = next.get(&partition).copied();
            assert_eq!(
                committed, expected,
                "{context}: partition {partition}: committed vs printed"
            );
        }
        assert!(
            ended.stderr.contains(&printed.to_string()),
            "{context}: the report does not give the count {printed}: {}",
            ended.stderr
        );
    }
}

#[test]
fn watch_analytics_stopped_by_a_signal_exits_130_having_committed_what_its_last_snapshot_counted() {
    let users = unique("sig-users");
    let pages = unique("sig-pages");
    create_topic(&users, 2);
    create_topic(&pages, 1);
    let lines: Vec<String> = (0..60_000)
        .map(|n| format!(r#"{{"userId":"u{}","eventType":"view"}}"#, n % 50))
        .collect();
    kan_broker()
        .args([
            "publish",
            "batch",
            "--kind",
            "user-event",
            "--topic",
            &users,
            "--no-checkpoint",
            "-f",
        ])
        .arg(lines_file("sig-watch.jsonl", &lines))
        .assert()
        .success();
    let mut random = Seeded::new(0x3a7c_4001);
    for iteration in 0..4 {
        let group = unique("sig-watchers");
        let delay = Duration::from_millis(random.between(100, 1_500));
        let mut running = Running::start(
            &[
                "-b",
                &broker().address,
                "-o",
                "json",
                "watch",
                "analytics",
                "--user-topic",
                &users,
                "--page-topic",
                &pages,
                "--group",
                &group,
                "--from",
                "beginning",
                "--interval",
                "200ms",
                "--checkpoint-interval",
                "300ms",
            ],
            &[],
        );
        running.wait_for_stdout(Duration::from_secs(30));
        std::thread::sleep(delay);
        running.signal(signal_for(iteration));
        let ended = running.wait(Duration::from_secs(60));
        let context = format!(
            "iteration {iteration}, SIG{} after {delay:?}",
            signal_for(iteration)
        );
        assert_eq!(ended.code, Some(130), "{context}: {}", ended.stderr);
        let last: serde_json::Value = serde_json::from_str(ended.stdout.lines().last().unwrap())
            .unwrap_or_else(|err| panic!("{context}: the last snapshot is torn ({err})"));
        let counted = last["user_events"].as_i64().unwrap();
        let committed: i64 = committed_offsets(&group, &users)
            .values()
            .map(|offset| offset.unwrap_or(0))
            .sum();
        // At exit the state is written and the commits follow it: exactly what was counted.
        assert_eq!(committed, counted, "{context}: {}", ended.stderr);
    }
}

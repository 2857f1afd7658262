//! `kan lag` against a real broker: known records, known committed offsets, exact lag.

mod common;

use std::time::{Duration, Instant};

use common::{broker, commit, json, kan, kan_broker, stderr, unique};
use rdkafka::config::ClientConfig;
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
use rdkafka::{Offset, TopicPartitionList};

const MINUTE_MS: i64 = 60_000;

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

/// A topic with `counts[p]` records in partition p, all stamped `age_ms` ago.
fn topic_with(counts: &[usize], age_ms: i64) -> String {
    let name = unique("lag");
    kan_broker()
        .args([
            "topics",
            "create",
            &name,
            "--partitions",
            &counts.len().to_string(),
        ])
        .assert()
        .success();
    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .create()
        .unwrap();
    let stamp = now_ms() - age_ms;
    for (partition, count) in counts.iter().enumerate() {
        for index in 0..*count {
            let key = format!("k{index}");
            producer
                .send(
                    BaseRecord::to(&name)
                        .partition(partition as i32)
                        .key(&key)
                        .payload("{}")
                        .timestamp(stamp),
                )
                .unwrap();
        }
    }
    producer.flush(Duration::from_secs(30)).unwrap();
    name
}

fn lag_json(args: &[&str]) -> (Option<i32>, serde_json::Value, String) {
    let output = kan_broker()
        .args(["-o", "json", "lag"])
        .args(args)
        .output()
        .unwrap();
    let code = output.status.code();
    let err = stderr(&output);
    (code, json(&output), err)
}

#[test]
fn exact_lag_per_partition_topic_and_group() {
    let topic = topic_with(&[10, 20, 30], 2 * MINUTE_MS);
    let group = unique("analytics");
    commit(&group, &topic, &[(0, 4), (1, 20), (2, 0)]);

    let (code, report, err) = lag_json(&["--group", &group]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(report["log_end"], "last_stable_offset");
    let group_lag = &report["groups"][0];
    assert_eq!(group_lag["group"], group.as_str());
    assert_eq!(group_lag["state"], "Empty");
    assert_eq!(group_lag["total_lag"], 36);
    assert_eq!(group_lag["max_lag"], 30);
    let topic_lag = &group_lag["topics"][0];
    assert_eq!(topic_lag["topic"], topic.as_str());
    assert_eq!(topic_lag["total_lag"], 36);
    let partitions = topic_lag["partitions"].as_array().unwrap();
    let row = |p: usize, field: &str| partitions[p][field].clone();
    assert_eq!(
        (
            row(0, "committed"),
            row(0, "log_start"),
            row(0, "log_end"),
            row(0, "lag")
        ),
        (4.into(), 0.into(), 10.into(), 6.into())
    );
    assert_eq!((row(1, "committed"), row(1, "lag")), (20.into(), 0.into()));
    assert_eq!((row(2, "committed"), row(2, "lag")), (0.into(), 30.into()));
    assert_eq!(row(1, "time_lag_ms"), 0);
    for p in [0, 2] {
        let time_lag = row(p, "time_lag_ms").as_i64().unwrap();
        assert!(
            (2 * MINUTE_MS - 5_000..2 * MINUTE_MS + 30_000).contains(&time_lag),
            "partition {p}: time lag {time_lag}"
        );
    }
    assert_eq!(row(0, "owner"), serde_json::Value::Null);
    assert!(report["breaches"].as_array().unwrap().is_empty());
    let max_time = group_lag["max_time_lag_ms"].as_i64().unwrap();
    assert!(max_time >= 2 * MINUTE_MS - 5_000);

    // The table form names the group and the totals.
    kan_broker()
        .args(["lag", "--group", &group])
        .assert()
        .success()
        .stdout(predicates::str::contains(format!(
            "Group: {group}  state: Empty"
        )))
        .stdout(predicates::str::contains("lag: 36"));
}

#[test]
fn thresholds_set_the_exit_code_and_mark_rows() {
    let topic = topic_with(&[10, 20, 30], 2 * MINUTE_MS);
    let group = unique("thresholds");
    commit(&group, &topic, &[(0, 4), (1, 20), (2, 0)]);

    let (code, _, _) = lag_json(&["--group", &group, "--max-lag", "36"]);
    assert_eq!(code, Some(0));

    let (code, report, err) = lag_json(&["--group", &group, "--max-lag", "35"]);
    assert_eq!(code, Some(5));
    assert_eq!(err.trim(), "breach: 1 lag threshold breach(es)");
    let breaches = report["breaches"].as_array().unwrap();
    assert_eq!(breaches.len(), 1);
    assert_eq!(breaches[0]["metric"], "lag");
    assert_eq!(breaches[0]["value"], 36);
    assert_eq!(breaches[0]["partition"], serde_json::Value::Null);

    let (code, report, _) = lag_json(&["--group", &group, "--max-lag", "10", "--per-partition"]);
    assert_eq!(code, Some(5));
    let breaches = report["breaches"].as_array().unwrap();
    assert_eq!(breaches.len(), 1);
    assert_eq!(breaches[0]["partition"], 2);
    let partitions = report["groups"][0]["topics"][0]["partitions"]
        .as_array()
        .unwrap();
    assert_eq!(partitions[2]["breach"], true);
    assert_eq!(partitions[0]["breach"], false);

    let (code, report, _) = lag_json(&["--group", &group, "--max-time-lag", "30s"]);
    assert_eq!(code, Some(5));
    let breached: Vec<i64> = report["breaches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|breach| breach["partition"].as_i64().unwrap())
        .collect();
    assert_eq!(breached, [0, 2]);

    let (code, _, _) = lag_json(&["--group", &group, "--max-time-lag", "1h"]);
    assert_eq!(code, Some(0));
}

#[test]
fn named_topics_include_partitions_without_commits_and_deleted_offsets_count_as_lost() {
    let topic = topic_with(&[10, 5], 0);
    let group = unique("edges");
    commit(&group, &topic, &[(0, 2)]);
    // Records below offset 6 of partition 0 are deleted: the group's offset 2 is gone.
    let admin: rdkafka::admin::AdminClient<rdkafka::client::DefaultClientContext> =
        ClientConfig::new()
            .set("bootstrap.servers", &broker().address)
            .create()
            .unwrap();
    let mut list = TopicPartitionList::new();
    list.add_partition_offset(&topic, 0, Offset::Offset(6))
        .unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime
        .block_on(admin.delete_records(&list, &rdkafka::admin::AdminOptions::new()))
        .unwrap();

    let (code, report, err) = lag_json(&["--group", &group, "--topic", &topic]);
    assert_eq!(code, Some(0), "{err}");
    let partitions = report["groups"][0]["topics"][0]["partitions"]
        .as_array()
        .unwrap();
    assert_eq!(partitions[0]["log_start"], 6);
    assert_eq!(partitions[0]["lag"], 4);
    assert_eq!(partitions[0]["lost"], 4);
    assert_eq!(partitions[0]["flags"][0], "committed_below_log_start");
    assert_eq!(partitions[1]["committed"], serde_json::Value::Null);
    assert_eq!(partitions[1]["lag"], 5);
    assert_eq!(partitions[1]["flags"][0], "no_committed_offset");
    assert_eq!(report["groups"][0]["lost"], 4);
}

#[test]
fn unknown_group_and_unreachable_broker() {
    let output = kan_broker()
        .args(["lag", "--group", &unique("ghost")])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(stderr(&output).contains("does not exist"));

    let started = Instant::now();
    let output = kan()
        .args([
            "-b",
            "127.0.0.1:1",
            "--timeout",
            "2s",
            "lag",
            "--group",
            "g",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(started.elapsed() < Duration::from_secs(10));

    let output = kan().args(["lag"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn watch_prints_ndjson_snapshots_with_a_status_and_exits_130_on_ctrl_c() {
    let topic = topic_with(&[10], 0);
    let group = unique("watched");
    commit(&group, &topic, &[(0, 3)]);
    let mut child = Running(
        std::process::Command::new(assert_cmd::cargo::cargo_bin("kan"))
            .args(["-b", &broker().address, "lag", "--group", &group])
            .args(["--watch", "--interval", "300ms"])
            .env_remove("KAN_BROKERS")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    // Lines arrive on a channel from a reader thread, so every wait below has a deadline even
    // when kan stops writing without exiting.
    let stdout = child.0.stdout.take().unwrap();
    let (sender, lines) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in std::io::BufRead::lines(std::io::BufReader::new(stdout)) {
            let Ok(line) = line else { break };
            if sender.send(line).is_err() {
                break;
            }
        }
        // Dropping the sender tells the test that stdout closed.
    });
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut text = Vec::new();
    while text.len() < 3 {
        let left = deadline.saturating_duration_since(Instant::now());
        match lines.recv_timeout(left) {
            Ok(line) => text.push(line),
            Err(err) => panic!("{} snapshots within 60 s ({err}): {text:?}", text.len()),
        }
    }
    // Then SIGINT, as Ctrl-C would send.
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.0.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(30);
    let code = loop {
        if let Some(status) = child.0.try_wait().unwrap() {
            break status.code();
        }
        assert!(
            Instant::now() < deadline,
            "kan lag --watch did not exit within 30 s of SIGINT"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    // Whatever it printed before exiting (the channel ends when stdout closes).
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match lines.recv_timeout(left) {
            Ok(line) => text.push(line),
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
            Err(err) => panic!("stdout still open 30 s after SIGINT ({err})"),
        }
    }
    let text = text.join("\n");
    assert_eq!(code, Some(130), "exit code after Ctrl-C");
    let frames: Vec<serde_json::Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert!(frames.len() >= 3, "{text}");
    let last = frames.last().unwrap();
    assert_eq!(last["groups"][0]["total_lag"], 7);
    // No member and no movement while behind: STOP.
    assert_eq!(last["groups"][0]["trend"]["status"], "STOP");
    assert_eq!(frames[0]["groups"][0]["trend"]["status"], "UNKNOWN");
}

/// A child process killed when dropped, so a failing test leaves no kan running.
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        if matches!(self.0.try_wait(), Ok(None)) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

#[test]
fn several_groups_at_different_offsets_of_one_partition_all_get_time_lag() {
    // Reading one partition at several offsets takes several probe rounds on one consumer.
    let topic = topic_with(&[20, 20], MINUTE_MS);
    let groups: Vec<String> = (0..4).map(|_| unique("rounds")).collect();
    for (index, group) in groups.iter().enumerate() {
        let offset = 2 + 3 * index as i64;
        commit(group, &topic, &[(0, offset), (1, offset)]);
    }
    let mut args = Vec::new();
    for group in &groups {
        args.push("--group");
        args.push(group.as_str());
    }
    let (code, report, err) = lag_json(&args);
    assert_eq!(code, Some(0), "{err}");
    let groups = report["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 4);
    for (index, group) in groups.iter().enumerate() {
        let offset = 2 + 3 * index as i64;
        for partition in group["topics"][0]["partitions"].as_array().unwrap() {
            assert_eq!(partition["lag"], 20 - offset);
            let time_lag = partition["time_lag_ms"].as_i64().expect("time lag read");
            assert!(
                (MINUTE_MS - 5_000..MINUTE_MS + 30_000).contains(&time_lag),
                "{time_lag}"
            );
        }
    }
}

#[test]
fn a_negative_max_lag_is_a_usage_error() {
    let output = kan()
        .args(["-b", "127.0.0.1:1", "lag", "--group", "g", "--max-lag=-1"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("--max-lag must be 0 or more"));
}

//! `kan consume --until` and `kan offsets for-time` against a real broker. Records are written
//! with rdkafka at known timestamps, so which ones a time range holds, and the first offset at
//! or after a time, are known without asking kan; a group's commits are read back with rdkafka.

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use common::{broker, committed_offsets, json, kan_broker, stderr, unique};
use rdkafka::config::ClientConfig;
use rdkafka::producer::{BaseProducer, BaseRecord, Producer};

const PARTITIONS: i32 = 3;
const PER_PARTITION: i64 = 30;

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

fn rfc3339(ms: i64) -> String {
    let seconds = ms.div_euclid(1000);
    let time = std::process::Command::new("date")
        .args(["-u", "-d", &format!("@{seconds}"), "+%Y-%m-%dT%H:%M:%S"])
        .output()
        .unwrap();
    format!(
        "{}.{:03}Z",
        String::from_utf8(time.stdout).unwrap().trim(),
        ms.rem_euclid(1000)
    )
}

/// A 3-partition topic; partition p holds `p{p}-{i}` for i in 0..30, record i stamped
/// `base + i s` (plus p ms, so partitions differ). `base` is an hour ago.
fn stamped_topic() -> (String, i64) {
    let topic = unique("range");
    kan_broker()
        .args(["topics", "create", &topic, "--partitions", "3"])
        .assert()
        .success();
    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .create()
        .unwrap();
    let base = (now_ms() - 3_600_000) / 1000 * 1000;
    for partition in 0..PARTITIONS {
        for index in 0..PER_PARTITION {
            let value = format!("p{partition}-{index}");
            producer
                .send(
                    BaseRecord::<(), _>::to(&topic)
                        .partition(partition)
                        .payload(&value)
                        .timestamp(base + index * 1000 + i64::from(partition)),
                )
                .unwrap();
        }
    }
    producer.flush(Duration::from_secs(10)).unwrap();
    (topic, base)
}

/// `kan consume` values (one per line), exit code 0 required.
fn values(args: &[&str]) -> Vec<String> {
    let output = kan_broker()
        .args(["-q", "consume"])
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    let mut lines: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    lines.sort();
    lines
}

/// The values with index in `range` in every partition, sorted as `values` sorts.
fn expected(range: std::ops::Range<i64>) -> Vec<String> {
    let mut all: Vec<String> = (0..PARTITIONS)
        .flat_map(|p| range.clone().map(move |i| format!("p{p}-{i}")))
        .collect();
    all.sort();
    all
}

#[test]
fn a_time_range_holds_exactly_the_records_stamped_inside_it() {
    let (topic, base) = stamped_topic();
    // [base+10 s, base+20 s): records 10..19 (each partition's are p ms later: 10 is inside,
    // 20 is not).
    let from = format!("@{}", rfc3339(base + 10_000));
    let until = format!("@{}", rfc3339(base + 20_000));
    assert_eq!(
        values(&[&topic, "--from", &from, "--until", &until]),
        expected(10..20)
    );
    // A bound between two records: 10.5 s stops before 11.
    let until = format!("@{}", rfc3339(base + 10_500));
    assert_eq!(
        values(&[&topic, "--from", &from, "--until", &until]),
        expected(10..11)
    );
    // Offsets and relative times: the first 5 of each partition; 45 min ago is after them all
    // (an hour ago + 30 s), so the end of each log.
    assert_eq!(
        values(&[&topic, "--from", "beginning", "--until", "5"]),
        expected(0..5)
    );
    assert_eq!(
        values(&[&topic, "--from", "beginning", "--until", "@-45m"]),
        expected(0..PER_PARTITION)
    );
    // Every format and --filter work inside the range.
    let output = kan_broker()
        .args([
            "-q", "consume", &topic, "--from", &from, "--until", &until, "-f", "json",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let stamps: Vec<i64> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line).unwrap()["timestamp"]
                .as_i64()
                .unwrap()
        })
        .collect();
    assert_eq!(stamps.len(), 3);
    assert!(
        stamps
            .iter()
            .all(|ts| (base + 10_000..base + 10_500).contains(ts)),
        "{stamps:?}"
    );
    // A range that holds nothing, and one that ends before it starts: nothing, exit 0.
    let early = format!("@{}", rfc3339(base - 60_000));
    assert_eq!(
        values(&[&topic, "--from", "beginning", "--until", &early]),
        Vec::<String>::new()
    );
    assert_eq!(
        values(&[&topic, "--from", "20", "--until", "10"]),
        Vec::<String>::new()
    );
}

#[test]
fn a_group_reading_a_range_commits_through_its_end_only() {
    let (topic, base) = stamped_topic();
    let group = unique("range-group");
    let until = format!("@{}", rfc3339(base + 12_000));
    assert_eq!(
        values(&[
            &topic,
            "--group",
            &group,
            "--from",
            "beginning",
            "--until",
            &until
        ]),
        expected(0..12)
    );
    let committed = committed_offsets(&group, &topic);
    assert_eq!(
        committed,
        (0..PARTITIONS)
            .map(|p| (p, Some(12)))
            .collect::<BTreeMap<_, _>>(),
        "the record past the bound was not committed"
    );
    // The next run from the stored offsets reads the rest.
    assert_eq!(
        values(&[&topic, "--group", &group, "--until", "end"]),
        expected(12..PER_PARTITION)
    );
}

#[test]
fn until_now_and_a_bound_in_the_future_end_without_more_records() {
    let (topic, _) = stamped_topic();
    assert_eq!(
        values(&[&topic, "--from", "beginning", "--until", "now"]),
        expected(0..PER_PARTITION)
    );
    // No record is that late: kan waits for one until the time has passed, then ends at the
    // log end of then.
    let started = Instant::now();
    let future = format!("@{}", rfc3339(now_ms() + 2_000));
    assert_eq!(values(&[&topic, "--until", &future]), Vec::<String>::new());
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(900) && waited < Duration::from_secs(15),
        "{waited:?}"
    );
}

#[test]
fn bad_until_bounds_are_usage_errors() {
    let (topic, _) = stamped_topic();
    for (args, needle) in [
        (vec!["--until", "beginning"], "invalid --until 'beginning'"),
        (vec!["--until", "-5"], "invalid --until '-5'"),
        (
            vec!["--until", "@yesterday"],
            "invalid --until '@yesterday'",
        ),
        (vec!["--until", "10", "--until-end"], "cannot be used with"),
    ] {
        let output = kan_broker()
            .args(["consume", &topic])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&output).contains(needle),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn offsets_for_time_finds_the_first_record_at_or_after_a_time() {
    let (topic, base) = stamped_topic();
    let at = format!("@{}", rfc3339(base + 7_500));
    let output = kan_broker()
        .args(["-o", "json", "offsets", "for-time", &topic, &at])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let view = json(&output);
    assert_eq!(view["topic"], topic);
    assert_eq!(view["time_ms"], base + 7_500);
    assert_eq!(view["time"], rfc3339(base + 7_500));
    let rows = view["partitions"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    for (partition, row) in rows.iter().enumerate() {
        let stamp = base + 8_000 + partition as i64;
        assert_eq!(
            row,
            &serde_json::json!({"partition": partition, "offset": 8, "timestamp": rfc3339(stamp),
                "timestamp_ms": stamp, "log_start": 0, "log_end": PER_PARTITION})
        );
    }
    // After every record: no offset, the log end says where reading from then starts.
    let output = kan_broker()
        .args([
            "-o", "ndjson", "offsets", "for-time", &topic, "@-1m", "-p", "2",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let line: serde_json::Value =
        serde_json::from_str(String::from_utf8(output.stdout).unwrap().trim()).unwrap();
    assert_eq!(
        line,
        serde_json::json!({"topic": topic, "time_ms": line["time_ms"], "partition": 2,
            "offset": null, "timestamp": null, "timestamp_ms": null, "log_start": 0,
            "log_end": PER_PARTITION})
    );
    // The table names the topic and every partition.
    let output = kan_broker()
        .args(["offsets", "for-time", &topic, &at])
        .output()
        .unwrap();
    let table = String::from_utf8(output.stdout).unwrap();
    assert!(table.contains(&rfc3339(base + 8_000)), "{table}");
    assert_eq!(table.lines().count(), 5, "{table}");
}

#[test]
fn offsets_for_time_refuses_bad_input() {
    let (topic, _) = stamped_topic();
    for (args, code, needle) in [
        (vec![topic.as_str(), "12"], 2, "invalid time '12'"),
        (vec![topic.as_str(), "@soon"], 2, "invalid time '@soon'"),
        (vec![topic.as_str()], 2, "@TIME"),
        (vec!["no-such-topic-here", "now"], 4, "no-such-topic-here"),
        (vec![topic.as_str(), "now", "-p", "7"], 4, "partition 7"),
    ] {
        let output = kan_broker()
            .args(["offsets", "for-time"])
            .args(&args)
            .output()
            .unwrap();
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
}

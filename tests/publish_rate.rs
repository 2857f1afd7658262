//! `kan publish … --rate N/s` against a real broker: the records/second bound holds, measured
//! on the records' own timestamps as the broker stored them (read back with rdkafka) and on
//! the wall clock. (In a file of its own: tests/publish.rs belongs to another change.)

mod common;

use std::io::Write;
use std::time::{Duration, Instant};

use common::{broker, json, kan_broker, lines_file, read_all, stderr, unique};

/// The most records any window of `window_ms` (half-open) holds, by their timestamps.
fn most_in_any_window(stamps: &[i64], window_ms: i64) -> usize {
    let mut sorted = stamps.to_vec();
    sorted.sort_unstable();
    (0..sorted.len())
        .map(|first| {
            sorted[first..]
                .iter()
                .take_while(|stamp| **stamp < sorted[first] + window_ms)
                .count()
        })
        .max()
        .unwrap_or(0)
}

/// Create times of every record of `topic`, as the broker stored them (rdkafka).
fn stamps(topic: &str) -> Vec<i64> {
    read_all(&broker().address, topic, false)
        .iter()
        .map(|record| record.timestamp.expect("a create time"))
        .collect()
}

fn paced_topic() -> String {
    let topic = unique("paced");
    kan_broker()
        .args(["topics", "create", &topic, "--partitions", "1"])
        .assert()
        .success();
    topic
}

const RATE: usize = 5;

#[test]
fn rate_bounds_records_per_second() {
    let topic = paced_topic();
    const COUNT: usize = 12;
    let lines: Vec<String> = (0..COUNT)
        .map(|index| format!("{{\"n\":{index}}}"))
        .collect();
    let file = lines_file("paced.jsonl", &lines);
    let started = Instant::now();
    let output = kan_broker()
        .args([
            "-o", "json", "publish", "batch", "--kind", "raw", "--topic", &topic,
        ])
        .args(["--rate", "5/s", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(json(&output)["delivered"], COUNT);

    // At most RATE records in any second (one more for the window's edges), by the records'
    // create times: a bound a slow machine cannot break, since slowness only spreads them.
    let stamps = stamps(&topic);
    assert_eq!(stamps.len(), COUNT);
    let most = most_in_any_window(&stamps, 1000);
    assert!(
        most <= RATE + 1,
        "{most} records within one second at --rate 5/s: {stamps:?}"
    );
    // The wall clock agrees: 12 records at 5/s take at least 11/5 s…
    let least = Duration::from_secs_f64((COUNT - 1) as f64 / RATE as f64);
    assert!(elapsed >= least, "{COUNT} records in {elapsed:?} at 5/s");
    // …and the bound is not a crawl.
    assert!(elapsed < Duration::from_secs(30), "took {elapsed:?}");
}

/// A quiet spell on stdin must not bank sending credit that a later burst of lines spends at
/// once: `tail -f app.log | kan publish raw --rate 5/s` after a quiet minute would otherwise
/// send the next 300 lines in a few milliseconds.
#[test]
fn rate_holds_after_a_quiet_spell_on_stdin() {
    let topic = paced_topic();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("kan"))
        .args(["-b", &broker().address, "-o", "json", "publish", "raw"])
        .args(["--topic", &topic, "--rate", "5/s"])
        .env_remove("KAN_BROKERS")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    writeln!(stdin, "{{\"n\":0}}").unwrap();
    stdin.flush().unwrap();
    common::wait_for(
        "the first line to reach the broker",
        Duration::from_secs(30),
        || !stamps(&topic).is_empty(),
    );
    // The quiet spell (deliberate, not a readiness wait): longer than the burst below takes
    // at 5/s.
    std::thread::sleep(Duration::from_secs(3));
    const BURST: usize = 12;
    for index in 1..=BURST {
        writeln!(stdin, "{{\"n\":{index}}}").unwrap();
    }
    drop(stdin);
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("kan publish raw did not end within 60 s of its stdin closing");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(json(&output)["delivered"], BURST + 1);
    let stamps = stamps(&topic);
    assert_eq!(stamps.len(), BURST + 1);
    let most = most_in_any_window(&stamps, 1000);
    assert!(
        most <= RATE + 1,
        "{most} records within one second at --rate 5/s after a quiet spell: {stamps:?}"
    );
}

#[test]
fn rate_must_be_a_positive_rate() {
    for value in ["0/s", "fast", "-5/s"] {
        let output = common::kan()
            .args(["-b", "127.0.0.1:1", "publish", "batch", "--kind", "raw"])
            .args(["--topic", "t"])
            .arg(format!("--rate={value}"))
            .write_stdin("{}\n")
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(2),
            "{value}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains(&format!("invalid rate '{value}'")),
            "{value}: {}",
            stderr(&output)
        );
    }
}

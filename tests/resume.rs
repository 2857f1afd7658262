//! `kan publish batch -f FILE` killed at random points, then `--resume`d: nothing is lost, and
//! duplicates stay within the bound the resumed run reports. Also the checkpoint's life cycle and
//! its refusals. Records are read back with rdkafka, not kan.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::fault::{Running, Seeded};
use common::*;

/// Lines of user events numbered in their metadata (`n` = the line number).
fn numbered_events(count: u64) -> PathBuf {
    let lines: Vec<String> = (1..=count)
        .map(|n| {
            format!(
                r#"{{"userId":"u{}","eventType":"view","timestamp":"2026-01-02T03:04:05Z","metadata":{{"n":{n}}}}}"#,
                n % 97
            )
        })
        .collect();
    lines_file("numbered.jsonl", &lines)
}

fn state_home() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique("state"));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn create_topic(topic: &str, partitions: u32) {
    kan_broker()
        .args(["topics", "create", topic, "--partitions"])
        .arg(partitions.to_string())
        .arg("--yes")
        .assert()
        .success();
}

/// How many times each line number is in the topic, and whether each key's records are in
/// line order within its partition.
fn line_counts(topic: &str) -> BTreeMap<u64, u64> {
    let mut counts = BTreeMap::new();
    for record in read_all(&broker().address, topic, false) {
        let n = record.json()["metadata"]["n"].as_u64().expect("n");
        *counts.entry(n).or_default() += 1;
    }
    counts
}

/// Waits until the topic holds at least `target` records (the sum of its high watermarks) or
/// the run has ended.
fn wait_until_records(topic: &str, target: u64, run: &mut Running) {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    let consumer: BaseConsumer = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .create()
        .expect("consumer");
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while !run.is_done() && std::time::Instant::now() < deadline {
        let records: i64 = (0..3)
            .map(|partition| {
                consumer
                    .fetch_watermarks(topic, partition, Duration::from_secs(10))
                    .map_or(0, |(_, high)| high)
            })
            .sum();
        if records as u64 >= target {
            return;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn publish_args<'a>(file: &'a str, topic: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "-b",
        &broker().address,
        "publish",
        "batch",
        "--kind",
        "user-event",
        "-f",
        file,
        "--topic",
        topic,
        "-o",
        "json",
    ];
    args.extend_from_slice(extra);
    args
}

#[test]
fn killed_runs_resume_without_losing_a_line_and_within_the_stated_duplicates() {
    const LINES: u64 = 60_000;
    let file = numbered_events(LINES);
    let file = file.to_str().unwrap();
    let mut random = Seeded::new(0x6b61_6e13);
    let (mut total_duplicates, mut total_bound) = (0, 0);
    let (mut progress_kills, mut killed_mid_send) = (0, 0);
    for iteration in 0..20 {
        let topic = unique("resume");
        create_topic(&topic, 3);
        let home = state_home();
        let home_env = [("XDG_STATE_HOME", home.to_str().unwrap())];
        // Half the runs validate the whole file first (fail mode), half stream (skip mode).
        let mode = if random.next().is_multiple_of(2) {
            "fail"
        } else {
            "skip"
        };
        let mut first = Running::start(
            &publish_args(file, &topic, &["--on-invalid", mode]),
            &home_env,
        );
        // One run in four is killed at a moment in time (often during start-up or the
        // validation pass); the others once a random number of records has reached the topic,
        // so those kills land mid-send on a machine of any speed.
        let moment = if random.next().is_multiple_of(4) {
            let delay = Duration::from_millis(random.between(5, 400));
            std::thread::sleep(delay);
            format!("killed after {delay:?}")
        } else {
            progress_kills += 1;
            let target = random.between(1, LINES * 9 / 10);
            wait_until_records(&topic, target, &mut first);
            format!("killed at {target}+ records")
        };
        first.signal("KILL");
        let killed = first.wait(Duration::from_secs(30));
        let before = line_counts(&topic).len();
        if killed.code.is_none() && before > 0 {
            killed_mid_send += 1;
        }
        let resumed = Running::start(
            &publish_args(file, &topic, &["--on-invalid", mode, "--resume"]),
            &home_env,
        )
        .wait(Duration::from_secs(60));
        let context = format!(
            "iteration {iteration} ({mode}, {moment}, {before} lines in the topic then):\n{}",
            resumed.stderr
        );
        assert_eq!(resumed.code, Some(0), "{context}");
        let report = resumed.json();
        let counts = line_counts(&topic);
        assert_eq!(counts.len() as u64, LINES, "lines missing: {context}");
        assert_eq!(
            counts.keys().next_back(),
            Some(&LINES),
            "a line that is not in the file: {context}"
        );
        let duplicates: u64 = counts.values().map(|count| count - 1).sum();
        let bound = report["checkpoint"]["possibly_duplicated"]
            .as_u64()
            .unwrap();
        assert!(
            duplicates <= bound,
            "{duplicates} duplicates, but the report bounds them by {bound}: {context}"
        );
        assert_eq!(
            report["skipped"].as_u64().unwrap() + report["delivered"].as_u64().unwrap(),
            LINES,
            "{report}"
        );
        assert_eq!(report["checkpoint"]["complete"], true, "{report}");
        total_duplicates += duplicates;
        total_bound += bound;
    }
    // Most kills must have landed while records were being sent, or the test proves little.
    assert!(
        killed_mid_send >= progress_kills * 2 / 3 && progress_kills >= 10,
        "only {killed_mid_send} of 20 kills landed mid-send ({progress_kills} timed by progress)"
    );
    eprintln!(
        "20 kills, {killed_mid_send} mid-send: {total_duplicates} duplicates in all, bound {total_bound}"
    );
}

#[test]
fn a_checkpoint_records_a_finished_run_as_complete_and_an_interrupted_one_as_resumable() {
    let topic = unique("resume-life");
    create_topic(&topic, 1);
    let home = state_home();
    let file = numbered_events(2_000);
    // Complete: a resumed run would send nothing.
    let done = kan_broker()
        .env("XDG_STATE_HOME", &home)
        .args(["publish", "batch", "--kind", "user-event", "-f"])
        .arg(&file)
        .args(["--topic", &topic, "-o", "json"])
        .output()
        .unwrap();
    assert!(done.status.success(), "{}", stderr(&done));
    let report = json(&done);
    assert_eq!(report["checkpoint"]["complete"], true);
    assert_eq!(report["checkpoint"]["resumed"], false);
    let default_path = report["checkpoint"]["path"].as_str().unwrap().to_string();
    assert!(Path::new(&default_path).exists());
    assert!(
        default_path.starts_with(home.to_str().unwrap()),
        "{default_path}"
    );
    let again = kan_broker()
        .env("XDG_STATE_HOME", &home)
        .args(["publish", "batch", "--kind", "user-event", "-f"])
        .arg(&file)
        .args(["--topic", &topic, "--resume", "-o", "json"])
        .output()
        .unwrap();
    assert!(again.status.success(), "{}", stderr(&again));
    let report = json(&again);
    assert_eq!(
        (report["delivered"].as_u64(), report["skipped"].as_u64()),
        (Some(0), Some(2_000)),
        "{report}"
    );

    // SIGTERM while pacing at 500/s: the run stops, reports, and keeps its checkpoint.
    let checkpoint = home.join("explicit.json");
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
            "--rate",
            "500/s",
            "--checkpoint",
            checkpoint.to_str().unwrap(),
            "-o",
            "json",
        ],
        &[],
    );
    std::thread::sleep(Duration::from_millis(1_200));
    running.signal("TERM");
    let stopped = running.wait(Duration::from_secs(30));
    assert_eq!(stopped.code, Some(130), "{}", stopped.stderr);
    let report = stopped.json();
    assert_eq!(report["checkpoint"]["complete"], false, "{report}");
    assert!(checkpoint.exists());
    assert!(
        stopped.stderr.contains("run again with --resume"),
        "{}",
        stopped.stderr
    );
    let delivered = report["delivered"].as_u64().unwrap();
    assert!(delivered > 0 && delivered < 2_000, "{report}");

    // Resumed: only the rest is sent, and the checkpoint goes.
    let resumed = kan_broker()
        .args(["publish", "batch", "--kind", "user-event", "-f"])
        .arg(&file)
        .args(["--topic", &topic, "--resume", "-o", "json", "--checkpoint"])
        .arg(&checkpoint)
        .output()
        .unwrap();
    assert!(resumed.status.success(), "{}", stderr(&resumed));
    let report = json(&resumed);
    assert_eq!(report["skipped"].as_u64().unwrap(), delivered, "{report}");
    assert_eq!(report["delivered"].as_u64().unwrap(), 2_000 - delivered);
    assert_eq!(report["checkpoint"]["resumed"], true);
    // SIGTERM flushed everything queued: nothing was in doubt.
    assert_eq!(report["checkpoint"]["possibly_duplicated"], 0, "{report}");
    assert_eq!(report["checkpoint"]["complete"], true, "{report}");
    let counts = line_counts(&topic);
    assert_eq!(counts.len(), 2_000);
    // The first full run, then the interrupted one and its resumption: each line twice.
    assert!(counts.values().all(|count| *count == 2), "{counts:?}");
}

#[test]
fn rejected_lines_are_settled_so_a_resumed_run_does_not_reject_them_again() {
    let topic = unique("resume-rejects");
    create_topic(&topic, 1);
    let mut lines: Vec<String> = (1..=300)
        .map(|n| format!(r#"{{"userId":"u{n}","eventType":"view","metadata":{{"n":{n}}}}}"#))
        .collect();
    lines[9] = r#"{"userId":"u10","eventType":"signup"}"#.into();
    let file = lines_file("rejects.jsonl", &lines);
    let checkpoint = state_home().join("cp.json");
    let run = |extra: &[&str]| {
        kan_broker()
            .args(["publish", "batch", "--kind", "user-event", "-f"])
            .arg(&file)
            .args(["--topic", &topic, "--on-invalid", "skip", "-o", "json"])
            .arg("--checkpoint")
            .arg(&checkpoint)
            .args(extra)
            .output()
            .unwrap()
    };
    // One rejected line: exit 6, but every line is settled, so nothing is left to resume.
    let first = run(&[]);
    assert_eq!(first.status.code(), Some(6), "{}", stderr(&first));
    assert_eq!(json(&first)["checkpoint"]["complete"], true);
    let again = run(&["--resume"]);
    assert!(again.status.success(), "{}", stderr(&again));
    let report = json(&again);
    assert_eq!(
        (report["skipped"].as_u64(), report["rejected"].as_u64()),
        (Some(300), Some(0)),
        "{report}"
    );
    assert_eq!(read_all(&broker().address, &topic, false).len(), 299);
}

#[test]
fn a_checkpoint_that_does_not_match_the_file_is_refused_and_nothing_is_sent() {
    let topic = unique("resume-refuse");
    create_topic(&topic, 1);
    let file = numbered_events(50);
    let checkpoint = state_home().join("cp.json");
    let kan_with = |topic: &str, kind: &str| {
        let mut command = kan_broker();
        command
            .args(["publish", "batch", "--kind", kind, "-f"])
            .arg(&file)
            .args(["--topic", topic, "--resume", "--checkpoint"])
            .arg(&checkpoint);
        command
    };
    let saved = serde_json::json!({
        "format": "kan-publish-checkpoint", "version": 1, "file": file.display().to_string(),
        "identity": {"size": 1, "modified_ns": 0, "head_hash": "0"},
        "topic": topic, "kind": "user-event", "settled": [[1, 10]], "queued_through": 20,
        "written_at": "2026-11-30T10:00:00.000Z"
    });
    std::fs::write(&checkpoint, saved.to_string()).unwrap();
    let changed = kan_with(&topic, "user-event").output().unwrap();
    assert_eq!(changed.status.code(), Some(2));
    let message = stderr(&changed);
    assert!(
        message.contains(&format!("cannot resume from {}", checkpoint.display()))
            && message.contains("the file changed since it was written (its size differs)")
            && message.contains("delete it to publish"),
        "{message}"
    );
    assert_eq!(message.trim().lines().count(), 1, "{message}");

    std::fs::write(&checkpoint, "not json").unwrap();
    let garbage = kan_with(&topic, "user-event").output().unwrap();
    assert_eq!(garbage.status.code(), Some(2));
    assert!(stderr(&garbage).contains("it is not a kan publish checkpoint"));

    // Nothing was sent by the refused runs.
    assert!(read_all(&broker().address, &topic, false).is_empty());

    let stdin = kan_broker()
        .args([
            "publish",
            "batch",
            "--kind",
            "user-event",
            "--topic",
            &topic,
            "--resume",
        ])
        .write_stdin("{}\n")
        .output()
        .unwrap();
    assert_eq!(stdin.status.code(), Some(2));
    assert!(stderr(&stdin).contains("--resume and --checkpoint need -f FILE"));

    let transactional = kan_broker()
        .args(["publish", "batch", "--kind", "user-event", "-f"])
        .arg(&file)
        .args(["--topic", &topic, "--resume", "--transactional"])
        .output()
        .unwrap();
    assert_eq!(transactional.status.code(), Some(2));
    assert!(stderr(&transactional).contains("--resume is not for --transactional runs"));

    let both = kan_broker()
        .args(["publish", "batch", "--kind", "user-event", "-f"])
        .arg(&file)
        .args(["--topic", &topic, "--resume", "--no-checkpoint"])
        .output()
        .unwrap();
    assert_eq!(both.status.code(), Some(2));
    assert!(
        stderr(&both).contains("'--resume' cannot be used with '--no-checkpoint'"),
        "{}",
        stderr(&both)
    );
}

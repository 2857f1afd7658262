//! Real faults on a real broker whose data survives them (nisshi with SQLite storage): killed
//! with `kill -9` and restarted on the same port, or frozen with SIGSTOP. Every check of what
//! reached Kafka reads it back with rdkafka, not kan.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::fault::{FaultyBroker, Running};
use common::pty::Terminal;
use common::*;

fn create_topic(broker: &FaultyBroker, topic: &str, partitions: u32) {
    kan()
        .args([
            "-b",
            &broker.address,
            "topics",
            "create",
            topic,
            "--partitions",
        ])
        .arg(partitions.to_string())
        .assert()
        .success();
}

/// User events with their line number in `metadata.n`, keyed by one of 97 users, stamped when
/// published (the broker's 7-day retention would delete old timestamps on restart).
fn numbered_events(count: u64) -> PathBuf {
    let lines: Vec<String> = (1..=count)
        .map(|n| {
            let kind = ["login", "view", "purchase", "logout"][(n % 4) as usize];
            format!(
                r#"{{"userId":"u{}","eventType":"{kind}","metadata":{{"n":{n}}}}}"#,
                n % 97
            )
        })
        .collect();
    lines_file("faults.jsonl", &lines)
}

/// Committed offsets of `group` per partition of `topic` (those with one), read with rdkafka.
fn committed(address: &str, group: &str, topic: &str) -> BTreeMap<i32, i64> {
    committed_offsets_at(address, group, topic)
        .into_iter()
        .filter_map(|(partition, offset)| Some((partition, offset?)))
        .collect()
}

/// Kills the broker after `after`, restarts it `down` later; returns whether `running` was
/// still going when the broker died.
fn outage(
    broker: &mut FaultyBroker,
    running: &mut Running,
    after: Duration,
    down: Duration,
) -> bool {
    std::thread::sleep(after);
    let mid_run = !running.is_done();
    broker.kill();
    std::thread::sleep(down);
    broker.restart();
    mid_run
}

#[test]
fn publish_batch_across_two_broker_kills_delivers_every_line_exactly_once_in_key_order() {
    const LINES: u64 = 30_000;
    let mut broker = FaultyBroker::start("fault-publish");
    let topic = unique("fault-publish");
    create_topic(&broker, &topic, 3);
    let file = numbered_events(LINES);
    // Paced well under what the SQLite broker sustains (about 2,700 records/s alone, 1,300/s
    // beside the rest of the suite, measured), so the run spans both outages without a
    // backlog past the delivery timeout: 30 s. (The issue's 200,000 lines would take 75-150 s
    // against this broker, and a backlog times out; docs/benchmarks.md has the figures.)
    let mut running = Running::start(
        &[
            "-b",
            &broker.address,
            "publish",
            "batch",
            "--kind",
            "user-event",
            "-f",
            file.to_str().unwrap(),
            "--topic",
            &topic,
            "--rate",
            "1000/s",
            "--no-checkpoint",
            "-o",
            "json",
        ],
        &[],
    );
    let first = outage(
        &mut broker,
        &mut running,
        Duration::from_millis(5_000),
        Duration::from_millis(700),
    );
    let second = outage(
        &mut broker,
        &mut running,
        Duration::from_millis(5_000),
        Duration::from_millis(700),
    );
    assert!(
        first && second,
        "the run ended before an outage ({first}, {second}): {}",
        running.stderr_so_far()
    );
    let ended = running.wait(Duration::from_secs(240));
    let report = ended.json();
    let records = read_all(&broker.address, &topic, false);
    let mut seen: BTreeMap<u64, u64> = BTreeMap::new();
    // Per key, line numbers must rise with the offset (one key stays on one partition).
    let mut last_of_key: BTreeMap<String, (i32, u64)> = BTreeMap::new();
    let mut out_of_order = Vec::new();
    let mut sorted = records.clone();
    sorted.sort_by_key(|record| (record.partition, record.offset));
    for record in &sorted {
        let n = record.json()["metadata"]["n"].as_u64().unwrap();
        *seen.entry(n).or_default() += 1;
        let key = record.key_text().unwrap();
        if let Some((partition, previous)) = last_of_key.insert(key.clone(), (record.partition, n))
        {
            assert_eq!(partition, record.partition, "key {key} moved partitions");
            if previous >= n {
                out_of_order.push((key, record.partition, record.offset, previous, n));
            }
        }
    }
    let duplicates: Vec<_> = seen.iter().filter(|(_, count)| **count > 1).collect();
    let delivered = report["delivered"].as_u64().unwrap();
    let failed = report["failed"].as_u64().unwrap();
    let in_doubt = report["in_doubt"].as_u64().unwrap();
    assert_eq!(delivered + failed, LINES, "{report}");
    match ended.code {
        Some(0) => {
            assert_eq!(seen.len() as u64, LINES, "{}", ended.stderr);
            assert!(
                duplicates.is_empty(),
                "duplicated lines: {:?}",
                &duplicates[..duplicates.len().min(10)]
            );
            assert!(
                out_of_order.is_empty(),
                "{} records out of key order (key, partition, offset, previous line, line): {:?}",
                out_of_order.len(),
                &out_of_order[..out_of_order.len().min(10)]
            );
        }
        // The outage outlasted the delivery timeout: every line missing is listed as failed, and
        // a failed line that is in the topic anyway was reported as in doubt. Duplicates and
        // order are not promised here: once records time out in flight, librdkafka's idempotent
        // producer bumps its epoch and its exactly-once and ordering guarantees are gone (a
        // 200,000-line run past the timeout had 18,319 lines twice and 284 records out of key
        // order, with 52,377 failed, 31,951 of them in doubt).
        Some(6) | Some(3) => {
            let listed: Vec<u64> = report["failures"]
                .as_array()
                .unwrap()
                .iter()
                .map(|issue| issue["line"].as_u64().unwrap())
                .collect();
            // The report lists 10,000 failures at the most and counts the rest.
            let unlisted = report["issues_not_listed"].as_u64().unwrap();
            assert_eq!(listed.len() as u64 + unlisted, failed, "{report}");
            let listed: BTreeSet<u64> = listed.into_iter().collect();
            let missing: Vec<u64> = (1..=LINES).filter(|n| !seen.contains_key(n)).collect();
            assert!(missing.len() as u64 <= failed, "{}", ended.stderr);
            if unlisted == 0 {
                assert!(
                    missing.iter().all(|n| listed.contains(n)),
                    "a line missing from the topic is not listed as failed: {}",
                    ended.stderr
                );
            }
            // Every delivered line is in the topic; the rest there were failed and in doubt.
            assert!(seen.len() as u64 >= delivered, "{report}");
            let written_anyway = seen.len() as u64 - delivered;
            assert!(
                written_anyway <= in_doubt,
                "{written_anyway} failed lines are in the topic, {in_doubt} in doubt: {}",
                ended.stderr
            );
        }
        other => panic!("exit {other:?}: {}", ended.stderr),
    }
}

/// Produces `count` records round-robin over `partitions` partitions (rdkafka, not kan).
fn produce_spread(address: &str, topic: &str, partitions: i32, count: usize) {
    for partition in 0..partitions {
        produce(address, topic, partition, count / partitions as usize);
    }
}

#[test]
fn consume_group_across_a_broker_restart_prints_every_record_once_and_commits_what_it_printed() {
    const RECORDS: usize = 60_000;
    let mut broker = FaultyBroker::start("fault-consume");
    let topic = unique("fault-consume");
    create_topic(&broker, &topic, 3);
    produce_spread(&broker.address, &topic, 3, RECORDS);
    let group = unique("fault-consumers");
    let mut running = Running::start(
        &[
            "-b",
            &broker.address,
            "consume",
            &topic,
            "--group",
            &group,
            "--from",
            "beginning",
            "--until-end",
            "-f",
            "json",
        ],
        &[],
    );
    // Down as soon as the first records are out, for longer than a fetch takes to fail.
    running.wait_for_stdout(Duration::from_secs(60));
    let mid_run = outage(
        &mut broker,
        &mut running,
        Duration::ZERO,
        Duration::from_millis(1_500),
    );
    assert!(mid_run, "kan consume ended before the broker went down");
    let ended = running.wait(Duration::from_secs(120));
    assert_eq!(ended.code, Some(0), "{}", ended.stderr);
    let mut printed: BTreeMap<(i64, i64), u32> = BTreeMap::new();
    for line in ended.stdout.lines() {
        let envelope: serde_json::Value = serde_json::from_str(line).unwrap();
        let at = (
            envelope["partition"].as_i64().unwrap(),
            envelope["offset"].as_i64().unwrap(),
        );
        *printed.entry(at).or_default() += 1;
    }
    assert_eq!(printed.len(), RECORDS, "{}", ended.stderr);
    assert!(
        printed.values().all(|count| *count == 1),
        "a record was printed twice"
    );
    // Committed: exactly up to what was printed, per partition.
    let commits = committed(&broker.address, &group, &topic);
    for partition in 0..3 {
        let last = printed
            .keys()
            .filter(|(p, _)| *p == i64::from(partition))
            .map(|(_, offset)| *offset)
            .max()
            .unwrap();
        assert_eq!(
            commits.get(&partition),
            Some(&(last + 1)),
            "partition {partition}"
        );
    }
}

#[test]
fn watch_analytics_across_a_broker_restart_counts_every_event_exactly() {
    const EVENTS: u64 = 40_000;
    let mut broker = FaultyBroker::start("fault-watch");
    let users = unique("fault-users");
    let pages = unique("fault-pages");
    create_topic(&broker, &users, 2);
    create_topic(&broker, &pages, 1);
    let file = numbered_events(EVENTS);
    kan()
        .args([
            "-b",
            &broker.address,
            "publish",
            "batch",
            "--kind",
            "user-event",
            "--topic",
            &users,
            "--no-checkpoint",
            // The SQLite broker stores 1,300-2,700 records/s: room past the 30 s default.
            "--timeout",
            "120s",
            "-f",
        ])
        .arg(&file)
        .timeout(Duration::from_secs(180))
        .assert()
        .success();
    let group = unique("fault-watchers");
    let mut running = Running::start(
        &[
            "-b",
            &broker.address,
            "-v",
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
            "--until-end",
            "--checkpoint-interval",
            "200ms",
        ],
        &[],
    );
    // Down once the first snapshot state is written (the run is under way).
    running.wait_for_stderr("checkpoint", Duration::from_secs(60));
    let mid_run = outage(
        &mut broker,
        &mut running,
        Duration::ZERO,
        Duration::from_millis(1_500),
    );
    assert!(mid_run, "kan watch ended before the broker went down");
    let ended = running.wait(Duration::from_secs(120));
    assert_eq!(ended.code, Some(0), "{}", ended.stderr);
    let last: serde_json::Value =
        serde_json::from_str(ended.stdout.lines().last().expect("a snapshot")).unwrap();
    assert_eq!(last["user_events"], EVENTS, "{}", ended.stderr);
    for (kind, remainder) in [("logout", 3), ("login", 0), ("view", 1), ("purchase", 2)] {
        let expected = (1..=EVENTS).filter(|n| n % 4 == remainder).count() as u64;
        assert_eq!(last["events_by_type"][kind], expected, "{kind}");
    }
    assert_eq!(last["distinct_users"], 97);
    // Commits follow the written state: nothing is left behind, nothing beyond the end.
    assert_eq!(
        committed(&broker.address, &group, &users)
            .values()
            .sum::<i64>(),
        EVENTS as i64
    );
}

/// Runs `kan ARGS --timeout 2s` against a frozen broker: it must end within its timeout (plus
/// start-up) with exit 3 and one line on stderr.
fn ends_in_time_against_a_frozen_broker(broker: &FaultyBroker, args: &[&str]) -> String {
    let mut all = vec!["-b", broker.address.as_str(), "--timeout", "2s"];
    all.extend_from_slice(args);
    let started = Instant::now();
    let ended = Running::start(&all, &[]).wait(Duration::from_secs(30));
    let elapsed = started.elapsed();
    assert_eq!(ended.code, Some(3), "kan {args:?}: {}", ended.stderr);
    assert!(
        elapsed < Duration::from_secs(10),
        "kan {args:?} took {elapsed:?} with --timeout 2s"
    );
    let message = ended.stderr.trim().to_string();
    assert_eq!(message.lines().count(), 1, "kan {args:?}: {message}");
    message
}

#[test]
fn a_frozen_broker_ends_lag_describe_and_reset_within_their_timeout_with_one_line() {
    let broker = FaultyBroker::start("fault-frozen");
    let topic = unique("fault-frozen");
    create_topic(&broker, &topic, 2);
    produce_spread(&broker.address, &topic, 2, 100);
    let group = unique("fault-frozen-group");
    kan()
        .args([
            "-b",
            &broker.address,
            "consume",
            &topic,
            "--group",
            &group,
            "--from",
            "beginning",
            "--until-end",
            "-f",
            "json",
        ])
        .assert()
        .success();
    broker.freeze();
    for args in [
        vec!["lag", "--group", group.as_str()],
        vec!["topics", "describe", topic.as_str()],
        vec![
            "offsets",
            "reset",
            "--group",
            group.as_str(),
            "--topic",
            topic.as_str(),
            "--to-earliest",
            "--execute",
            "--yes",
        ],
    ] {
        let message = ends_in_time_against_a_frozen_broker(&broker, &args);
        assert!(message.contains("error:"), "{message}");
    }
    broker.thaw();
    // Nothing was changed by the reset that could not even plan.
    assert_eq!(
        committed(&broker.address, &group, &topic)
            .values()
            .sum::<i64>(),
        100
    );
}

#[test]
fn a_reset_confirmed_while_the_broker_hangs_says_it_is_unverified_and_names_its_undo_file() {
    let broker = FaultyBroker::start("fault-reset");
    let topic = unique("fault-reset");
    create_topic(&broker, &topic, 1);
    produce(&broker.address, &topic, 0, 20);
    let group = unique("fault-reset-group");
    kan()
        .args([
            "-b",
            &broker.address,
            "consume",
            &topic,
            "--group",
            &group,
            "--from",
            "beginning",
            "--until-end",
            "-f",
            "json",
        ])
        .assert()
        .success();
    let mut terminal = Terminal::start(
        &[
            "-b",
            &broker.address,
            "--timeout",
            "2s",
            "offsets",
            "reset",
            "--group",
            &group,
            "--topic",
            &topic,
            "--to-earliest",
            "--execute",
        ],
        &[],
    );
    // The plan is made; the broker hangs before the answer.
    terminal.expect(&format!("set 1 committed offset(s) of group '{group}'?"));
    broker.freeze();
    let started = Instant::now();
    terminal.answer("y");
    let (code, screen) = terminal.finish();
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    broker.thaw();
    assert_eq!(code, 3, "{screen}");
    let undo_dir = terminal.dir.join("kan").join("undo");
    let undo: Vec<_> = std::fs::read_dir(&undo_dir)
        .unwrap_or_else(|err| panic!("no undo dir {}: {err}\n{screen}", undo_dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(undo.len(), 1, "{undo:?}");
    let flat = screen.replace(['\r', '\n'], "");
    assert!(
        flat.contains("could not be verified") && flat.contains(&undo[0].display().to_string()),
        "{screen}"
    );
    let saved = std::fs::read_to_string(&undo[0]).unwrap();
    assert!(saved.contains(&format!("{topic},0,20")), "{saved}");
    // Whatever the broker did with the request, the offset is the old one or the planned one.
    let now = committed(&broker.address, &group, &topic)[&0];
    assert!(now == 20 || now == 0, "committed {now}");
}

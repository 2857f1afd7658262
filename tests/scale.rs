//! `kan watch analytics` beyond one process, against the test broker: instances in one group
//! split the partitions, keep each partition's state in the state topic, and `--merged` shows
//! the group's figures — exactly the known answers of a generated data set, through joins,
//! SIGKILLs and restarts, zombie snapshots and unreadable state records.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{broker, kan_broker, lines_file, stderr, unique};

const T0: i64 = 1_714_564_800_000;

/// Events with known answers, every one inside one 5-minute window (so the window's figures
/// are the totals): each user logs in, views, sometimes purchases, sometimes logs out, and
/// views pages. A user's events are in time order (as the platform produces them).
struct Dataset {
    /// Per user, in order: (is a page view, line).
    batches: Vec<Vec<String>>,
    page_batches: Vec<Vec<String>>,
    user_events: u64,
    page_views: u64,
    by_type: BTreeMap<&'static str, u64>,
    users: u64,
    sessions: u64,
    pages: BTreeMap<String, u64>,
}

/// `users` users; their events cut into `parts` batches by position (a session can open in one
/// batch and close in a later one).
fn dataset(users: i64, parts: usize) -> Dataset {
    let mut user_lines: Vec<Vec<String>> = Vec::new();
    let mut page_lines: Vec<Vec<String>> = Vec::new();
    let mut data = Dataset {
        batches: vec![Vec::new(); parts],
        page_batches: vec![Vec::new(); parts],
        user_events: 0,
        page_views: 0,
        by_type: BTreeMap::new(),
        users: users as u64,
        sessions: 0,
        pages: BTreeMap::new(),
    };
    for index in 0..users {
        let user = format!("user-{index:04}");
        let t = T0 + (index % 120) * 1000;
        let mut events = Vec::new();
        let mut push = |kind: &'static str, at: i64, data: &mut Dataset| {
            events.push(format!(
                r#"{{"userId":"{user}","eventType":"{kind}","timestamp":{at}}}"#
            ));
            *data.by_type.entry(kind).or_default() += 1;
            data.user_events += 1;
        };
        push("login", t, &mut data);
        for view in 0..(index % 4) {
            push("view", t + 100 + view, &mut data);
        }
        if index % 3 == 0 {
            push("purchase", t + 200, &mut data);
        }
        if index % 5 == 0 {
            push("logout", t + 300, &mut data);
        } else {
            data.sessions += 1;
        }
        user_lines.push(events);
        let mut views = Vec::new();
        for n in 0..(index % 3 + 1) {
            let url = format!("/page/{}", (index + n) % 17);
            views.push(format!(
                r#"{{"userId":"{user}","url":"{url}","duration":{},"timestamp":{}}}"#,
                1000 + n * 10,
                t + 400 + n
            ));
            *data.pages.entry(url).or_default() += 1;
            data.page_views += 1;
        }
        page_lines.push(views);
    }
    // Batch b holds the b-th share of each user's events, so sessions span batches.
    for events in user_lines {
        for (position, line) in events.iter().enumerate() {
            data.batches[position * parts / events.len()].push(line.clone());
        }
    }
    for views in page_lines {
        for (position, line) in views.iter().enumerate() {
            data.page_batches[position * parts / views.len()].push(line.clone());
        }
    }
    data
}

impl Dataset {
    fn total(&self) -> u64 {
        self.user_events + self.page_views
    }

    /// The snapshot holds exactly the known answers.
    fn check(&self, snapshot: &serde_json::Value) {
        assert_eq!(snapshot["total_events"], self.total(), "{snapshot}");
        assert_eq!(snapshot["user_events"], self.user_events);
        assert_eq!(snapshot["page_views"], self.page_views);
        for (kind, count) in &self.by_type {
            assert_eq!(snapshot["events_by_type"][kind], *count, "{kind}");
            assert_eq!(snapshot["events_by_type_window"][kind], *count, "{kind}");
        }
        assert_eq!(snapshot["distinct_users"], self.users);
        assert_eq!(snapshot["distinct_users_exact"], true);
        assert_eq!(snapshot["active_users"], self.users);
        assert_eq!(snapshot["active_sessions"], self.sessions);
        assert_eq!(snapshot["page_views_window"], self.page_views);
        assert_eq!(snapshot["window"]["late_events"], 0);
        let mut expected: Vec<(&String, &u64)> = self.pages.iter().collect();
        expected.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let top = snapshot["top_pages"].as_array().unwrap();
        for (got, (url, views)) in top.iter().zip(expected) {
            assert_eq!(got["url"], url.as_str());
            assert_eq!(got["views"], *views);
        }
    }
}

/// Topics and names one test uses alone.
struct Setup {
    users: String,
    pages: String,
    group: String,
    state: String,
}

impl Setup {
    fn new(tag: &str, user_partitions: u32, page_partitions: u32) -> Setup {
        let setup = Setup {
            users: unique(&format!("{tag}-users")),
            pages: unique(&format!("{tag}-pages")),
            group: unique(&format!("{tag}-group")),
            state: unique(&format!("{tag}-state")),
        };
        for (topic, partitions) in [
            (&setup.users, user_partitions),
            (&setup.pages, page_partitions),
        ] {
            kan_broker()
                .args([
                    "topics",
                    "create",
                    topic,
                    "--partitions",
                    &partitions.to_string(),
                ])
                .assert()
                .success();
        }
        setup
    }

    /// Publishes one batch of both kinds (keyed by user, as the platform does).
    fn publish(&self, data: &Dataset, batch: usize) {
        for (topic, lines, kind) in [
            (&self.users, &data.batches[batch], "user-event"),
            (&self.pages, &data.page_batches[batch], "page-view"),
        ] {
            if lines.is_empty() {
                continue;
            }
            let file = lines_file("scale.jsonl", lines);
            kan_broker()
                .args(["publish", "batch", "--kind", kind, "--topic", topic, "-f"])
                .arg(&file)
                .assert()
                .success();
        }
    }

    fn watch_args(&self) -> Vec<String> {
        [
            "watch",
            "analytics",
            "--user-topic",
            &self.users,
            "--page-topic",
            &self.pages,
            "--group",
            &self.group,
            "--state-topic",
            &self.state,
        ]
        .iter()
        .map(|arg| arg.to_string())
        .collect()
    }

    /// A live instance in the background (short session timeout, so a killed one is noticed
    /// quickly; checkpoints every second).
    fn instance(&self, name: &str) -> Instance {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
        let log = dir.join(unique(&format!("instance-{name}")));
        let child = Command::new(assert_cmd::cargo::cargo_bin("kan"))
            .env("XDG_CONFIG_HOME", dir.join("empty-config-home"))
            .env_remove("KAN_BROKERS")
            .args(["-b", &broker().address, "-o", "json"])
            .args([
                "-X",
                "session.timeout.ms=6000",
                "-X",
                "heartbeat.interval.ms=500",
            ])
            .args(self.watch_args())
            .args(["--checkpoint-interval", "1s", "--interval", "1s"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("kan instance");
        Instance { child, log }
    }

    /// `--merged --until-end -o json`: the group's figures from the state topic.
    fn merged(&self) -> (std::process::Output, serde_json::Value) {
        let output = kan_broker()
            .args(["-o", "json"])
            .args(self.watch_args())
            .args(["--merged", "--until-end"])
            .output()
            .unwrap();
        let value = serde_json::from_slice(&output.stdout).unwrap_or(serde_json::Value::Null);
        (output, value)
    }

    /// Waits until the merged view satisfies `done`; panics with the last view and the
    /// instances' logs when it does not within `limit`.
    fn wait_merged(
        &self,
        limit: Duration,
        instances: &[&Instance],
        done: impl Fn(&serde_json::Value) -> bool,
    ) -> serde_json::Value {
        let deadline = Instant::now() + limit;
        loop {
            let (output, value) = self.merged();
            if output.status.success() && done(&value) {
                return value;
            }
            if Instant::now() >= deadline {
                let logs: Vec<String> = instances.iter().map(|i| i.log()).collect();
                panic!(
                    "merged view never got there:\n{value}\n{}\nlogs:\n{}",
                    stderr(&output),
                    logs.join("\n---\n")
                );
            }
            std::thread::sleep(Duration::from_millis(500));
        }
    }

    /// The group's total lag, read with rdkafka (committed offsets against the log ends).
    fn lag(&self) -> i64 {
        common::group_lag(&self.group, &[&self.users, &self.pages])
    }

    /// The state topic's records of this group, checked with rdkafka: one `GROUP/TOPIC/P` key
    /// for each source partition, each newest value a version-1 kan state record.
    fn check_state_records(&self, partitions: usize) {
        let mut newest: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for (key, value, _) in state_records(self) {
            newest.insert(key, value);
        }
        let prefix = format!("{}/", self.group);
        assert_eq!(newest.len(), partitions, "{:?}", newest.keys());
        for (key, value) in &newest {
            assert!(key.starts_with(&prefix), "{key}");
            assert_eq!(&value[..6], b"KANS\x01\x00", "{key}");
        }
    }
}

struct Instance {
    child: Child,
    log: PathBuf,
}

impl Instance {
    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    /// SIGTERM: the instance writes its state and exits 130.
    fn stop(self) -> String {
        let (code, log) = self.terminate();
        assert_eq!(code, Some(130), "{log}");
        log
    }

    /// SIGTERM; the exit code and the log.
    fn terminate(mut self) -> (Option<i32>, String) {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return (status.code(), self.log());
            }
            assert!(Instant::now() < deadline, "did not stop: {}", self.log());
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

fn instances_of(merged: &serde_json::Value) -> BTreeSet<String> {
    merged["state"]["partitions"]
        .as_array()
        .map(|partitions| {
            partitions
                .iter()
                .map(|p| p["instance"].as_str().unwrap().to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn covered(merged: &serde_json::Value) -> usize {
    merged["state"]["partitions"].as_array().map_or(0, Vec::len)
}

#[test]
fn three_instances_until_end_then_merged_equals_the_known_answers() {
    let data = dataset(600, 1);
    let setup = Setup::new("trio", 6, 6);
    setup.publish(&data, 0);
    let runs: Vec<Child> = (0..3)
        .map(|_| {
            Command::new(assert_cmd::cargo::cargo_bin("kan"))
                .env(
                    "XDG_CONFIG_HOME",
                    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("empty-config-home"),
                )
                .args(["-b", &broker().address, "-o", "json"])
                .args(setup.watch_args())
                .arg("--until-end")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for run in runs {
        let output = run.wait_with_output().unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
        // Each instance's lag covers its own partitions, all read to the end (the others'
        // partitions are not its lag).
        let text = String::from_utf8(output.stdout).unwrap();
        let last: serde_json::Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
        assert_eq!(last["lag"]["total"], 0, "{}", last["lag"]);
    }
    let (output, merged) = setup.merged();
    assert!(output.status.success(), "{}", stderr(&output));
    data.check(&merged);
    assert_eq!(covered(&merged), 12, "{merged}");
    assert_eq!(merged["state"]["missing"], serde_json::json!([]));
    assert_eq!(merged["state"]["group"], setup.group.as_str());
    assert_eq!(setup.lag(), 0, "the group's offsets follow the snapshots");
    setup.check_state_records(12);
    // The state topic kan created, as the broker describes it.
    assert_eq!(
        common::config_of(&setup.state, "cleanup.policy").as_deref(),
        Some("compact")
    );
    assert_eq!(
        common::config_of(&setup.state, "max.message.bytes").as_deref(),
        Some("67174400")
    );
}

#[test]
fn instances_share_the_work_and_a_fourth_joining_mid_run_counts_nothing_twice() {
    let data = dataset(900, 3);
    let setup = Setup::new("join", 6, 6);
    let first: Vec<Instance> = (0..3).map(|n| setup.instance(&n.to_string())).collect();
    let all: Vec<&Instance> = first.iter().collect();
    // Every partition is covered (empty states are written too), by all three instances.
    setup.wait_merged(Duration::from_secs(60), &all, |merged| {
        covered(merged) == 12 && instances_of(merged).len() == 3
    });
    setup.publish(&data, 0);
    setup.publish(&data, 1);
    let fourth = setup.instance("4");
    let mut all = all;
    all.push(&fourth);
    setup.wait_merged(Duration::from_secs(60), &all, |merged| {
        instances_of(merged).len() == 4
    });
    setup.publish(&data, 2);
    let merged = setup.wait_merged(Duration::from_secs(60), &all, |merged| {
        merged["total_events"] == data.total()
    });
    data.check(&merged);
    for instance in first {
        instance.stop();
    }
    fourth.stop();
    let (_, after) = setup.merged();
    data.check(&after);
    assert_eq!(setup.lag(), 0);
}

#[test]
fn instances_killed_with_sigkill_twice_lose_and_double_nothing() {
    let data = dataset(900, 4);
    let setup = Setup::new("kill", 6, 6);
    let a = setup.instance("a");
    let b = setup.instance("b");
    let c = setup.instance("c");
    setup.wait_merged(Duration::from_secs(60), &[&a, &b, &c], |merged| {
        covered(merged) == 12 && instances_of(merged).len() == 3
    });
    setup.publish(&data, 0);
    // Killed right after its partitions got new events: some counted, not all checkpointed.
    std::thread::sleep(Duration::from_millis(300));
    a.kill();
    setup.publish(&data, 1);
    let a2 = setup.instance("a2");
    setup.publish(&data, 2);
    std::thread::sleep(Duration::from_millis(1500));
    b.kill();
    setup.publish(&data, 3);
    let merged = setup.wait_merged(Duration::from_secs(90), &[&a2, &c], |merged| {
        merged["total_events"] == data.total() && covered(merged) == 12
    });
    data.check(&merged);
    // Quiet for two checkpoint intervals: nothing more arrives (nothing was counted twice).
    std::thread::sleep(Duration::from_secs(2));
    let (_, again) = setup.merged();
    data.check(&again);
    let logs = format!("{}\n---\n{}", a2.stop(), c.stop());
    assert_eq!(setup.lag(), 0, "{logs}");
}

#[test]
fn topics_not_co_partitioned_are_named_and_distinct_users_stay_exact() {
    let data = dataset(300, 1);
    let setup = Setup::new("skew", 3, 4);
    setup.publish(&data, 0);
    let output = kan_broker()
        .args(["-o", "json"])
        .args(setup.watch_args())
        .arg("--until-end")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stderr(&output);
    assert!(
        text.contains(&format!(
            "{} has 3 partitions and {} 4: not co-partitioned",
            setup.users, setup.pages
        )),
        "{text}"
    );
    let (_, merged) = setup.merged();
    data.check(&merged);
    assert_eq!(covered(&merged), 7);
}

/// Reads the state topic's records (key, value) with rdkafka (not kan).
fn state_records(setup: &Setup) -> Vec<(String, Vec<u8>, i64)> {
    common::read_all(&broker().address, &setup.state, false)
        .into_iter()
        .map(|record| {
            (
                record.key_text().unwrap_or_default(),
                record.value.clone(),
                record.offset,
            )
        })
        .collect()
}

fn produce_raw(setup: &Setup, key: &str, value: &[u8]) {
    use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
    let producer: BaseProducer = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .set("message.max.bytes", "10000000")
        .create()
        .unwrap();
    producer
        .send(BaseRecord::to(&setup.state).key(key).payload(value))
        .map_err(|(err, _)| err)
        .unwrap();
    producer.flush(Duration::from_secs(10)).unwrap();
}

fn until_end(setup: &Setup, extra: &[&str]) -> std::process::Output {
    kan_broker()
        .args(["-o", "json"])
        .args(setup.watch_args())
        .arg("--until-end")
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn a_zombie_snapshot_with_a_lower_offset_never_wins() {
    let data = dataset(300, 2);
    let setup = Setup::new("zombie", 2, 2);
    setup.publish(&data, 0);
    assert!(until_end(&setup, &[]).status.success());
    let old = state_records(&setup);
    setup.publish(&data, 1);
    assert!(until_end(&setup, &[]).status.success());
    // The instance that wrote the first snapshots wakes up and writes them again, late.
    for (key, value, _) in &old {
        produce_raw(&setup, key, value);
    }
    let (output, merged) = setup.merged();
    assert!(output.status.success(), "{}", stderr(&output));
    data.check(&merged);
    // A new run restores the newest snapshots, not the zombie's: nothing new, same answers.
    let again = until_end(&setup, &[]);
    assert!(again.status.success(), "{}", stderr(&again));
    let text = String::from_utf8(again.stdout).unwrap();
    data.check(&serde_json::from_str(text.lines().last().unwrap()).unwrap());
}

#[test]
fn an_unreadable_state_record_is_named_and_its_partition_starts_from_the_committed_offset() {
    let data = dataset(200, 2);
    let setup = Setup::new("garbage", 2, 2);
    setup.publish(&data, 0);
    assert!(until_end(&setup, &[]).status.success());
    let key = format!("{}/{}/0", setup.group, setup.users);
    produce_raw(&setup, &key, b"{\"written by\":\"another tool\"}");
    let offset = state_records(&setup).last().unwrap().2;
    // The merged view names it and exits 6.
    let (merged_output, _) = setup.merged();
    assert_eq!(
        merged_output.status.code(),
        Some(6),
        "{}",
        stderr(&merged_output)
    );
    assert!(stderr(&merged_output).contains(&format!("state record {key} at offset {offset}")));
    assert!(
        stderr(&merged_output).contains("1 partitions' newest state records cannot be used"),
        "{}",
        stderr(&merged_output)
    );
    setup.publish(&data, 1);
    let output = until_end(&setup, &[]);
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    let text = stderr(&output);
    assert!(
        text.contains(&format!("state record {key} at offset {offset}")),
        "{text}"
    );
    assert!(text.contains("not a kan state record"), "{text}");
    assert!(
        text.contains(&format!(
            "{}/0 started afresh from its committed offset",
            setup.users
        )),
        "{text}"
    );
    // That run wrote a usable record again: the next run and the merged view are clean, and
    // count the partition from the committed offset on (its earlier events are gone with the
    // unreadable record; every other partition is exact).
    let fixed = until_end(&setup, &[]);
    assert!(fixed.status.success(), "{}", stderr(&fixed));
    let (output, merged) = setup.merged();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(merged["total_events"].as_u64().unwrap() < data.total());
}

#[test]
fn state_counted_with_other_windows_is_refused_and_bad_flags_are_usage_errors() {
    let data = dataset(50, 1);
    let setup = Setup::new("limits", 2, 2);
    setup.publish(&data, 0);
    assert!(until_end(&setup, &[]).status.success());
    let output = until_end(&setup, &["--window", "10m"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("counted with other settings (window 300000 ms"),
        "{}",
        stderr(&output)
    );
    for conflict in [
        &["--merged", "--no-state"][..],
        &["--merged", "--from", "beginning"],
        &["--merged", "--dlq"],
        &["--merged", "--no-commit"],
        &["--merged", "--emit", "x"],
    ] {
        let output = until_end(&setup, conflict);
        assert_eq!(output.status.code(), Some(2), "{conflict:?}");
        assert!(
            stderr(&output).contains("the argument '--merged' cannot be used with"),
            "{conflict:?}: {}",
            stderr(&output)
        );
    }
    let bad = kan_broker()
        .args([
            "watch",
            "analytics",
            "--until-end",
            "--state-topic",
            "bad name!",
        ])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("invalid topic name 'bad name!'"),
        "{}",
        stderr(&bad)
    );
    let missing = kan_broker()
        .args([
            "watch",
            "analytics",
            "--merged",
            "--until-end",
            "--state-topic",
        ])
        .arg(unique("no-such-state"))
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(4), "{}", stderr(&missing));
    assert!(stderr(&missing).contains("start `kan watch analytics --group"));
}

#[test]
fn a_failure_is_still_reported_after_sigterm_and_exits_6() {
    let data = dataset(100, 1);
    let setup = Setup::new("term", 2, 2);
    setup.publish(&data, 0);
    assert!(until_end(&setup, &[]).status.success());
    let key = format!("{}/{}/0", setup.group, setup.users);
    produce_raw(&setup, &key, b"not a state record");
    let instance = setup.instance("t");
    // Wait until the live instance has taken the partition over (its fresh record is there).
    setup.wait_merged(Duration::from_secs(60), &[&instance], |merged| {
        covered(merged) == 4
    });
    let (code, log) = instance.terminate();
    assert_eq!(code, Some(6), "a failure outranks the interruption: {log}");
    assert!(
        log.contains(&format!(
            "{}/0 started afresh from its committed offset",
            setup.users
        )),
        "{log}"
    );
}

#[test]
fn offsets_moved_back_are_counted_afresh_once() {
    let data = dataset(200, 1);
    let setup = Setup::new("moved", 2, 2);
    setup.publish(&data, 0);
    assert!(until_end(&setup, &[]).status.success());
    kan_broker()
        .args(["offsets", "reset", "--group", &setup.group, "--all-topics"])
        .args(["--to-earliest", "--execute", "--yes"])
        .assert()
        .success();
    assert_eq!(
        setup.lag(),
        data.total() as i64,
        "the reset, read with rdkafka"
    );
    // Counted afresh from the log start, with a warning per partition: the same answers.
    let afresh = until_end(&setup, &[]);
    assert!(afresh.status.success(), "{}", stderr(&afresh));
    let text = stderr(&afresh);
    assert_eq!(
        text.matches("was moved away from the state's").count(),
        4,
        "{text}"
    );
    let last = String::from_utf8(afresh.stdout).unwrap();
    data.check(&serde_json::from_str(last.lines().last().unwrap()).unwrap());
    // The fresh count is the state from now on: the next run restores it, without a warning.
    let again = until_end(&setup, &[]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(!stderr(&again).contains("moved away"), "{}", stderr(&again));
    assert_eq!(setup.lag(), 0);
}

#[test]
fn a_group_whose_members_assign_eagerly_is_refused_clearly() {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    let setup = Setup::new("eager", 1, 1);
    let member: BaseConsumer = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .set("group.id", &setup.group)
        .set("partition.assignment.strategy", "range")
        .create()
        .unwrap();
    member.subscribe(&[&setup.users]).unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while member.assignment().map(|list| list.count()).unwrap_or(0) == 0 {
        assert!(Instant::now() < deadline, "the eager member never joined");
        let _ = member.poll(Duration::from_millis(100));
    }
    let output = until_end(&setup, &[]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(&format!(
            "cannot join group '{}': its members use another partition assignment strategy",
            setup.group
        )),
        "{}",
        stderr(&output)
    );
}

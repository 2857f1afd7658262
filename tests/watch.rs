//! `kan watch analytics`: exact answers from a generated set of events with known counts, live
//! against a real broker and replayed from files; commits, DLQ, and the terminal view.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::Duration;

use common::{broker, kan, kan_broker, lines_file, read_all, stderr, unique};

const T0: i64 = 1_714_564_800_000;

/// Events with known answers: 40 users, each logs in, views pages, some purchase, some log
/// out; all within two minutes so the 5-minute window holds them all.
struct Dataset {
    user_lines: Vec<String>,
    page_lines: Vec<String>,
    by_type: BTreeMap<&'static str, u64>,
    users: BTreeSet<String>,
    sessions: u64,
    page_views: BTreeMap<String, (u64, u64)>,
}

fn dataset() -> Dataset {
    let pages = ["/", "/pricing", "/docs", "/checkout"];
    let mut data = Dataset {
        user_lines: Vec::new(),
        page_lines: Vec::new(),
        by_type: BTreeMap::new(),
        users: BTreeSet::new(),
        sessions: 0,
        page_views: BTreeMap::new(),
    };
    for index in 0..40i64 {
        let user = format!("u{index:02}");
        let t = T0 + index * 1000;
        let mut event = |kind: &'static str, at: i64| {
            data.user_lines.push(format!(
                r#"{{"userId":"{user}","eventType":"{kind}","timestamp":{at}}}"#
            ));
            *data.by_type.entry(kind).or_default() += 1;
        };
        event("login", t);
        for view in 0..(index % 3 + 1) {
            event("view", t + 10 + view);
        }
        if index % 4 == 0 {
            event("purchase", t + 20);
        }
        if index % 5 == 0 {
            event("logout", t + 30);
        } else {
            data.sessions += 1;
        }
        for (n, page) in pages.iter().enumerate().take((index % 4 + 1) as usize) {
            let duration = 1000 * (n as u64 + 1);
            data.page_lines.push(format!(
                r#"{{"userId":"{user}","url":"{page}","duration":{duration},"timestamp":{}}}"#,
                t + 40 + n as i64
            ));
            let entry = data.page_views.entry(page.to_string()).or_default();
            entry.0 += 1;
            entry.1 += duration;
        }
        data.users.insert(user);
    }
    data
}

fn check(snapshot: &serde_json::Value, data: &Dataset) {
    let total = (data.user_lines.len() + data.page_lines.len()) as u64;
    assert_eq!(snapshot["total_events"], total);
    assert_eq!(snapshot["user_events"], data.user_lines.len() as u64);
    assert_eq!(snapshot["page_views"], data.page_lines.len() as u64);
    for (kind, count) in &data.by_type {
        assert_eq!(snapshot["events_by_type"][kind], *count, "{kind}");
        assert_eq!(snapshot["events_by_type_window"][kind], *count, "{kind}");
    }
    assert_eq!(snapshot["distinct_users"], data.users.len() as u64);
    assert_eq!(snapshot["distinct_users_exact"], true);
    assert_eq!(snapshot["active_users"], data.users.len() as u64);
    assert_eq!(snapshot["active_sessions"], data.sessions);
    let mut expected: Vec<(&String, &(u64, u64))> = data.page_views.iter().collect();
    expected.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(b.0)));
    let top = snapshot["top_pages"].as_array().unwrap();
    assert_eq!(top.len(), expected.len());
    for (got, (url, (views, durations))) in top.iter().zip(expected) {
        assert_eq!(got["url"], url.as_str());
        assert_eq!(got["views"], *views);
        let average = (*durations as f64 / *views as f64 * 10.0).round() / 10.0;
        assert_eq!(got["avg_duration_ms"].as_f64().unwrap(), average);
    }
}

fn topic(name: &str) -> String {
    kan_broker()
        .args(["topics", "create", name, "--partitions", "2"])
        .assert()
        .success();
    name.to_string()
}

fn publish(topic: &str, lines: &[String], kind: &str) {
    let file = lines_file("watch.jsonl", lines);
    kan_broker()
        .args(["publish", "batch", "--kind", kind, "--topic", topic, "-f"])
        .arg(&file)
        .assert()
        .success();
}

fn watch(users: &str, pages: &str, group: &str, extra: &[&str]) -> std::process::Output {
    kan_broker()
        .args(["-o", "json", "watch", "analytics", "--until-end"])
        .args([
            "--user-topic",
            users,
            "--page-topic",
            pages,
            "--group",
            group,
        ])
        .args(extra)
        .output()
        .unwrap()
}

fn last_snapshot(output: &std::process::Output) -> serde_json::Value {
    let text = String::from_utf8(output.stdout.clone()).unwrap();
    let last = text
        .lines()
        .last()
        .unwrap_or_else(|| panic!("no snapshot: {}", stderr(output)));
    serde_json::from_str(last).unwrap()
}

#[test]
fn live_until_end_reports_exactly_the_known_answers_and_commits() {
    let data = dataset();
    let users = topic(&unique("w-users"));
    let pages = topic(&unique("w-pages"));
    let dlq = topic(&unique("w-dlq"));
    publish(&users, &data.user_lines, "user-event");
    publish(&pages, &data.page_lines, "page-view");
    // Two bad records that a producer without validation let through.
    kan_broker()
        .args(["publish", "raw", "--topic", &users, "--value", "{not json"])
        .assert()
        .success();
    kan_broker()
        .args([
            "publish",
            "raw",
            "--topic",
            &pages,
            "--value",
            r#"{"userId":"x"}"#,
        ])
        .assert()
        .success();

    let group = unique("watcher");
    let output = watch(
        &users,
        &pages,
        &group,
        &["--from", "beginning", "--dlq", "--dlq-topic", &dlq],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let snapshot = last_snapshot(&output);
    check(&snapshot, &data);
    assert_eq!(snapshot["bad_events"]["total"], 2);
    assert_eq!(snapshot["bad_events"]["by_reason"]["malformed_json"], 1);
    assert_eq!(snapshot["bad_events"]["by_reason"]["schema"], 1);
    assert_eq!(snapshot["lag"]["total"], 0);

    // The dead letters name where the bad events came from.
    let dead = read_all(&broker().address, &dlq, false);
    assert_eq!(dead.len(), 2);
    let sources: BTreeSet<String> = dead
        .iter()
        .map(|record| record.json()["source"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(sources, BTreeSet::from([users.clone(), pages.clone()]));
    assert!(dead.iter().all(|record| record.json()["offset"].is_i64()));
    assert!(dead
        .iter()
        .any(|record| record.json()["raw"] == "{not json"));
    // The one dead-letter shape (as publish writes it), located by partition and offset.
    let letter = dead
        .iter()
        .map(|record| record.json())
        .find(|letter| letter["raw"] == "{not json")
        .unwrap();
    assert_eq!(letter["line"], serde_json::Value::Null);
    assert!(letter["partition"].is_i64());
    assert_eq!(letter["reason"], "malformed_json");
    assert_eq!(letter["raw_encoding"], "utf8");
    assert!(letter["error"]
        .as_str()
        .unwrap()
        .starts_with("malformed JSON"));
    assert_eq!(dead[0].header("source").as_deref(), Some("kan"));
    assert_eq!(
        dead[0].header("content-type").as_deref(),
        Some("application/json")
    );

    // Committed offsets equal the end offsets (read with rdkafka).
    assert_eq!(common::group_lag(&group, &[&users, &pages]), 0);

    // A second run with the same group has nothing new to read: it restores the group's state
    // from the state topic and reports the same figures.
    let again = watch(&users, &pages, &group, &[]);
    assert!(again.status.success(), "{}", stderr(&again));
    let restored = last_snapshot(&again);
    check(&restored, &data);
    assert_eq!(restored["state"]["group"], group.as_str());
    assert_eq!(restored["state"]["topic"], "kan-analytics-state");
    // Without state, a run counts only what it reads itself: nothing.
    let stateless = watch(&users, &pages, &group, &["--no-state"]);
    assert!(stateless.status.success(), "{}", stderr(&stateless));
    assert_eq!(last_snapshot(&stateless)["total_events"], 0);
    assert_eq!(last_snapshot(&stateless)["state"], serde_json::Value::Null);
}

#[test]
fn replaying_files_gives_the_same_answers() {
    let data = dataset();
    let mut lines = data.user_lines.clone();
    lines.extend(data.page_lines.iter().cloned());
    let file = lines_file("replay.jsonl", &lines);
    let output = kan()
        .args(["-o", "json", "watch", "analytics", "--file"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let snapshot = last_snapshot(&output);
    check(&snapshot, &data);
    // Replays measure rates on the events' clock: the last 5 minutes are the whole seconds
    // before the latest event's second, and every earlier event is inside them.
    let seconds = |lines: &[String]| -> Vec<i64> {
        lines
            .iter()
            .map(|line| {
                let value: serde_json::Value = serde_json::from_str(line).unwrap();
                value["timestamp"].as_i64().unwrap().div_euclid(1000)
            })
            .collect()
    };
    let (user_seconds, page_seconds) = (seconds(&data.user_lines), seconds(&data.page_lines));
    let latest = *user_seconds.iter().chain(&page_seconds).max().unwrap();
    let before_latest = |seconds: &[i64]| seconds.iter().filter(|s| **s < latest).count() as f64;
    let rates = &snapshot["rates"];
    let per_5m = rates["user_events"]["last_5m"].as_f64().unwrap();
    assert!(
        (per_5m - before_latest(&user_seconds) / 300.0).abs() < 1e-9,
        "{rates}"
    );
    let per_5m = rates["page_views"]["last_5m"].as_f64().unwrap();
    assert!(
        (per_5m - before_latest(&page_seconds) / 300.0).abs() < 1e-9,
        "{rates}"
    );
    assert!(rates["overall"].as_f64().unwrap() > 1.0, "{rates}");

    // Two files (one from stdin) add up the same way.
    let users = lines_file("users.jsonl", &data.user_lines);
    let output = kan()
        .args(["-o", "json", "watch", "analytics", "--file"])
        .arg(&users)
        .args(["--file", "-"])
        .write_stdin(data.page_lines.join("\n"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    check(&last_snapshot(&output), &data);
}

#[test]
fn the_shipped_sample_replays_without_a_cluster() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples/sample-events.jsonl");
    let text = std::fs::read_to_string(&sample).unwrap();
    let mut good = 0u64;
    let mut users = BTreeSet::new();
    let mut logins = 0u64;
    for line in text.lines() {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let user_event = matches!(
            value["eventType"].as_str(),
            Some("login" | "logout" | "purchase" | "view")
        );
        let page_view = value["url"].is_string() && value["userId"].is_string();
        if user_event && value["userId"].is_string() || page_view {
            good += 1;
            users.insert(value["userId"].as_str().unwrap().to_string());
            logins += u64::from(value["eventType"] == "login");
        }
    }
    let output = kan()
        .args(["-o", "json", "watch", "analytics", "--file"])
        .arg(&sample)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let snapshot = last_snapshot(&output);
    assert_eq!(snapshot["total_events"], good);
    assert_eq!(snapshot["distinct_users"], users.len() as u64);
    assert_eq!(snapshot["events_by_type"]["login"], logins);
    assert_eq!(
        snapshot["bad_events"]["total"],
        text.lines().count() as u64 - good
    );
    // The table form is what the README shows.
    kan()
        .args(["watch", "analytics", "--file"])
        .arg(&sample)
        .assert()
        .success()
        .stdout(predicates::str::contains("TOP PAGES"))
        .stdout(predicates::str::contains("EVENT TYPE"));
}

#[test]
fn the_terminal_view_redraws_and_ctrl_c_commits_then_exits_130() {
    let data = dataset();
    let users = topic(&unique("tty-users"));
    let pages = topic(&unique("tty-pages"));
    publish(&users, &data.user_lines, "user-event");
    publish(&pages, &data.page_lines, "page-view");
    let group = unique("tty-watcher");
    let mut terminal = common::pty::Terminal::watch_analytics(&users, &pages, &group, "200ms");
    // Wait until a frame shows every event, let it redraw a few times, then press Ctrl-C.
    let total = data.user_lines.len() + data.page_lines.len();
    terminal.expect_within(&format!("Events: {total} ("), Duration::from_secs(60));
    let drawn = terminal.screen().matches("q quit  space pause").count();
    terminal.expect_count("q quit  space pause", drawn + 2, Duration::from_secs(30));
    terminal.send(common::pty::CTRL_C);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 130, "{screen}");
    let frames = screen.matches("q quit  space pause").count();
    assert!(frames >= 3, "{frames} frames: {screen}");
    assert!(screen.contains("TOP PAGES"), "{screen}");
    let (before, after) = terminal.modes();
    assert_eq!(before, after, "the terminal's mode changed");
    // What was applied was committed before exiting (read with rdkafka).
    assert_eq!(common::group_lag(&group, &[&users, &pages]), 0);
}

/// A member that joined the group and then stopped polling (a watch killed without leaving,
/// say): the next watch must wait for the broker to rebalance, and says so meanwhile.
#[test]
fn a_watch_joining_a_busy_group_says_so_instead_of_drawing_zeros() {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    use rdkafka::ClientConfig;
    let data = dataset();
    let users = topic(&unique("joining-users"));
    let pages = topic(&unique("joining-pages"));
    publish(&users, &data.user_lines, "user-event");
    publish(&pages, &data.page_lines, "page-view");
    let group = unique("joining");
    let stale: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .set("group.id", &group)
        .set("session.timeout.ms", "6000")
        .set("enable.auto.commit", "false")
        // As kan's members assign (a group's members must agree on a protocol).
        .set("partition.assignment.strategy", "cooperative-sticky")
        .create()
        .expect("member");
    stale.subscribe(&[&users, &pages]).expect("subscribe");
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while stale.assignment().map(|list| list.count()).unwrap_or(0) == 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the member never got partitions"
        );
        let _ = stale.poll(Duration::from_millis(100));
    }
    // From here on the member does not poll: it holds its partitions until it is dropped.
    let mut terminal = common::pty::Terminal::watch_analytics(&users, &pages, &group, "200ms");
    terminal.expect(&format!(
        "joining group {group} (waiting for the group to rebalance, "
    ));
    drop(stale);
    let total = data.user_lines.len() + data.page_lines.len();
    terminal.expect_within(&format!("Events: {total} ("), Duration::from_secs(60));
    terminal.send("q");
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
}

#[test]
fn bad_arguments() {
    let output = kan_broker()
        .args([
            "watch",
            "analytics",
            "--user-topic",
            &unique("absent"),
            "--until-end",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    let output = kan()
        .args(["watch", "analytics", "--file", "/nonexistent/events.jsonl"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("/nonexistent/events.jsonl"));
    kan()
        .args(["watch", "analytics", "--file", "x", "--top", "0"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--top must be at least 1"));
    kan_broker()
        .args(["watch", "analytics", "--from", "5", "--until-end"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "--from takes stored, beginning, end",
        ));
    kan_broker()
        .args(["watch", "topic", "t", "--from", "stored"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--from stored does not apply"));
    kan_broker()
        .args(["watch", "topic", "t", "--top", "0"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--top must be at least 1"));
}

#[test]
fn a_dead_letter_that_cannot_be_sent_is_a_partial_failure() {
    let users = topic(&unique("w-big-users"));
    let pages = topic(&unique("w-big-pages"));
    let dlq = topic(&unique("w-big-dlq"));
    // 600 kB of quotes: a bad event the broker takes, but as the dead letter's JSON string
    // every quote is escaped, and the dead letter outgrows the producer's 1 MB limit.
    kan_broker()
        .args(["publish", "raw", "--topic", &users])
        .write_stdin(format!("{}\n", "\"".repeat(600_000)))
        .assert()
        .success();
    let group = unique("w-big");
    let output = watch(
        &users,
        &pages,
        &group,
        &["--from", "beginning", "--dlq", "--dlq-topic", &dlq],
    );
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    assert_eq!(last_snapshot(&output)["bad_events"]["total"], 1);
    let message = stderr(&output);
    assert!(
        message.contains("1 dead-letter or --emit records were not delivered: record of"),
        "{message}"
    );
    assert!(read_all(&broker().address, &dlq, false).is_empty());
    // The event whose dead letter was lost is not committed: the next run reads it again.
    assert!(message.contains("read again next time"), "{message}");
    assert!(committed(&group, &[&users, &pages]).is_empty());
}

#[test]
fn watch_topic_reports_partitions_sizes_and_key_skew() {
    let name = unique("watched-topic");
    kan_broker()
        .args(["topics", "create", &name, "--partitions", "2"])
        .assert()
        .success();
    common::produce(&broker().address, &name, 0, 12);
    common::produce(&broker().address, &name, 1, 4);
    let output = kan_broker()
        .args([
            "-o",
            "json",
            "watch",
            "topic",
            &name,
            "--from",
            "beginning",
            "--until-end",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let snapshot = last_snapshot(&output);
    assert_eq!(snapshot["topic"], name.as_str());
    assert_eq!(snapshot["records"], 16);
    let partitions = snapshot["partitions"].as_array().unwrap();
    assert_eq!(partitions[0]["records"], 12);
    assert_eq!(partitions[1]["records"], 4);
    assert_eq!(partitions[0]["log_end"], 12);
    // Keys key-0..key-3 appear in both partitions: 2 records each; the rest once.
    assert_eq!(snapshot["top_keys"][0]["records"], 2);
    assert_eq!(snapshot["partition_skew"].as_f64().unwrap(), 1.5);
    // Bytes: keys "key-N" and values {"n":N}.
    let expected_bytes: u64 = (0..12)
        .chain(0..4)
        .map(|i: u64| format!("key-{i}").len() as u64 + format!("{{\"n\":{i}}}").len() as u64)
        .sum();
    assert_eq!(snapshot["bytes"], expected_bytes);
}

/// A group member in the test process that counts its rebalances.
mod member {
    use std::collections::BTreeSet;
    use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    use rdkafka::consumer::{BaseConsumer, Consumer, ConsumerContext, Rebalance};
    use rdkafka::{ClientConfig, ClientContext};

    #[derive(Default)]
    pub struct Rebalances {
        pub assigned: Mutex<BTreeSet<(String, i32)>>,
        pub assigns: AtomicU32,
        pub revokes: AtomicU32,
    }

    pub struct Counting(pub Arc<Rebalances>);

    impl ClientContext for Counting {}

    impl ConsumerContext for Counting {
        fn post_rebalance(&self, _: &BaseConsumer<Self>, rebalance: &Rebalance<'_>) {
            match rebalance {
                Rebalance::Assign(list) => {
                    self.0.assigns.fetch_add(1, Ordering::SeqCst);
                    *self.0.assigned.lock().unwrap() = list
                        .elements()
                        .iter()
                        .map(|element| (element.topic().to_string(), element.partition()))
                        .collect();
                }
                Rebalance::Revoke(_) => {
                    self.0.revokes.fetch_add(1, Ordering::SeqCst);
                    self.0.assigned.lock().unwrap().clear();
                }
                Rebalance::Error(_) => {}
            }
        }
    }

    /// Joins `group` on `topics` and polls on a thread until `stop`; waits until it owns
    /// `partitions` partitions.
    pub fn join(
        address: &str,
        group: &str,
        topics: &[&str],
        partitions: usize,
        stop: Arc<AtomicBool>,
    ) -> (Arc<Rebalances>, std::thread::JoinHandle<()>) {
        let rebalances = Arc::new(Rebalances::default());
        let consumer: BaseConsumer<Counting> = ClientConfig::new()
            .set("bootstrap.servers", address)
            .set("group.id", group)
            .set("enable.auto.commit", "false")
            .set("heartbeat.interval.ms", "300")
            .set("session.timeout.ms", "6000")
            .create_with_context(Counting(rebalances.clone()))
            .expect("member");
        consumer.subscribe(topics).expect("subscribe");
        let handle = std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                let _ = consumer.poll(Duration::from_millis(50));
            }
        });
        let deadline = Instant::now() + Duration::from_secs(60);
        while rebalances.assigned.lock().unwrap().len() < partitions {
            assert!(
                Instant::now() < deadline,
                "the member was not assigned {partitions} partitions within 60 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        (rebalances, handle)
    }
}

/// The group's committed offsets, read without joining it.
fn committed(group: &str, topics: &[&str]) -> BTreeMap<(String, i32), i64> {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    use rdkafka::{ClientConfig, Offset, TopicPartitionList};
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .set("group.id", group)
        .create()
        .expect("consumer");
    let mut list = TopicPartitionList::new();
    for topic in topics {
        for partition in 0..2 {
            list.add_partition(topic, partition);
        }
    }
    let committed = consumer
        .committed_offsets(list, Duration::from_secs(10))
        .expect("committed offsets");
    committed
        .elements()
        .iter()
        .filter_map(|element| match element.offset() {
            Offset::Offset(offset) => {
                Some(((element.topic().to_string(), element.partition()), offset))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_read_only_look_starts_at_the_groups_offsets_and_leaves_its_members_alone() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    let data = dataset();
    let users = topic(&unique("ro-users"));
    let pages = topic(&unique("ro-pages"));
    publish(&users, &data.user_lines, "user-event");
    publish(&pages, &data.page_lines, "page-view");
    let group = unique("ro-group");
    // The group has read every user event already, and no page view.
    let mut ends: BTreeMap<i32, i64> = BTreeMap::new();
    for record in read_all(&broker().address, &users, false) {
        ends.insert(record.partition, record.offset + 1);
    }
    let ends: Vec<(i32, i64)> = ends.into_iter().collect();
    common::commit(&group, &users, &ends);
    let before = committed(&group, &[&users, &pages]);

    let stop = Arc::new(AtomicBool::new(false));
    let (rebalances, member) = member::join(
        &broker().address,
        &group,
        &[&users, &pages],
        4,
        stop.clone(),
    );
    let output = watch(&users, &pages, &group, &["--no-commit"]);
    // Not a readiness wait but the window in which the wrong behaviour would show: a rebalance
    // started by the look reaches the member at its next heartbeat (every 300 ms) and revokes
    // its partitions; 2 s is several heartbeats. Nothing positive marks "no rebalance came".
    std::thread::sleep(Duration::from_secs(2));
    // (Counted before the member leaves: leaving revokes its partitions.)
    let (revokes, assigns) = (
        rebalances.revokes.load(Ordering::SeqCst),
        rebalances.assigns.load(Ordering::SeqCst),
    );
    let owned = rebalances.assigned.lock().unwrap().len();
    stop.store(true, Ordering::SeqCst);
    member.join().unwrap();

    assert!(output.status.success(), "{}", stderr(&output));
    let snapshot = last_snapshot(&output);
    assert_eq!(snapshot["user_events"], 0, "the committed user events");
    assert_eq!(snapshot["page_views"], data.page_lines.len() as u64);
    assert_eq!(revokes, 0, "the member lost partitions to the look");
    assert_eq!((assigns, owned), (1, 4));
    assert_eq!(
        committed(&group, &[&users, &pages]),
        before,
        "nothing committed"
    );
}

#[test]
fn top_takes_a_whole_number_of_at_least_one() {
    for (value, message) in [
        ("0", "--top must be at least 1"),
        ("ten", "--top takes a whole number, not 'ten'"),
    ] {
        kan()
            .args(["watch", "analytics", "--file", "x", "--top", value])
            .assert()
            .code(2)
            .stderr(predicates::str::contains(message));
    }
}

#[test]
fn emit_publishes_the_final_aggregates_keyed_by_metric_name() {
    let data = dataset();
    let users = topic(&unique("emit-users"));
    let pages = topic(&unique("emit-pages"));
    let emitted = unique("emit-out");
    kan_broker()
        .args([
            "topics",
            "create",
            &emitted,
            "--partitions",
            "1",
            "--compact",
        ])
        .assert()
        .success();
    publish(&users, &data.user_lines, "user-event");
    publish(&pages, &data.page_lines, "page-view");
    let group = unique("emitter");
    let output = watch(
        &users,
        &pages,
        &group,
        &["--from", "beginning", "--emit", &emitted],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let snapshot = last_snapshot(&output);
    check(&snapshot, &data);

    // Read back with rdkafka: the newest record of each key is the final figure.
    let records = read_all(&broker().address, &emitted, false);
    assert!(!records.is_empty(), "nothing was emitted");
    let mut latest: BTreeMap<String, serde_json::Value> = BTreeMap::new();
    for record in &records {
        let key = record.key_text().expect("emitted records are keyed");
        let value = record.json();
        assert_eq!(value["metric"], key.as_str(), "{value}");
        assert!(value["at"].is_string(), "{value}");
        assert_eq!(record.header("source").as_deref(), Some("kan"));
        assert_eq!(
            record.header("content-type").as_deref(),
            Some("application/json")
        );
        latest.insert(key, value["value"].clone());
    }
    let total = (data.user_lines.len() + data.page_lines.len()) as u64;
    let mut expected: BTreeMap<String, serde_json::Value> = BTreeMap::from([
        ("total_events".to_string(), total.into()),
        (
            "user_events".to_string(),
            (data.user_lines.len() as u64).into(),
        ),
        (
            "page_views".to_string(),
            (data.page_lines.len() as u64).into(),
        ),
        (
            "distinct_users".to_string(),
            (data.users.len() as u64).into(),
        ),
        ("active_users".to_string(), (data.users.len() as u64).into()),
        ("active_sessions".to_string(), data.sessions.into()),
    ]);
    for kind in ["login", "logout", "purchase", "view"] {
        expected.insert(
            format!("events_by_type.{kind}"),
            data.by_type.get(kind).copied().unwrap_or(0).into(),
        );
    }
    assert_eq!(latest, expected);
}

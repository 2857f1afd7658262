//! `kan offsets` and `kan groups` against a real broker: every reset mode lands exactly the
//! planned offsets, dry runs change nothing, active groups are refused, undo restores.
//! Every committed offset is read back with rdkafka (`common::committed_offsets`), never with
//! kan, so a bug shared by kan's writer and kan's reader cannot pass.

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::{
    broker, commit, committed_offsets, json, kan_broker, produce, stderr, temp_file, unique,
};
use rdkafka::config::ClientConfig;
use rdkafka::consumer::{BaseConsumer, Consumer};

/// A two-partition topic with 10 records in each, and a group committed at (3, 5).
fn setup() -> (String, String) {
    let topic = unique("offsets");
    kan_broker()
        .args(["topics", "create", &topic, "--partitions", "2"])
        .assert()
        .success();
    produce(&broker().address, &topic, 0, 10);
    produce(&broker().address, &topic, 1, 10);
    let group = unique("resettable");
    commit(&group, &topic, &[(0, 3), (1, 5)]);
    (topic, group)
}

/// The group's committed offsets on partitions 0 and 1 of `topic`, read with rdkafka.
fn committed(group: &str, topic: &str) -> Vec<Option<i64>> {
    let offsets = committed_offsets(group, topic);
    assert_eq!(offsets.keys().copied().collect::<Vec<_>>(), [0, 1]);
    offsets.into_values().collect()
}

/// What `kan offsets show` says the group has committed (checked against rdkafka's reading).
fn shown_by_kan(group: &str) -> Vec<Option<i64>> {
    let output = kan_broker()
        .args(["-o", "json", "offsets", "show", "--group", group])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    json(&output)["groups"][0]["topics"][0]["partitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|partition| partition["committed"].as_i64())
        .collect()
}

fn reset(group: &str, topic: &str, mode: &[&str], execute: bool) -> std::process::Output {
    let mut command = kan_broker();
    command
        .args([
            "-o", "json", "offsets", "reset", "--group", group, "--topic", topic,
        ])
        .args(mode);
    if execute {
        command
            .args(["--execute", "--yes", "--undo-file"])
            .arg(std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique("undo")));
    }
    command.output().unwrap()
}

#[test]
fn dry_run_is_the_default_and_changes_nothing() {
    let (topic, group) = setup();
    let output = reset(&group, &topic, &["--to-earliest"], false);
    assert!(output.status.success(), "{}", stderr(&output));
    let plan = json(&output);
    assert_eq!(plan["dry_run"], true);
    let rows = plan["rows"].as_array().unwrap();
    assert_eq!(
        (
            rows[0]["current"].clone(),
            rows[0]["new"].clone(),
            rows[0]["delta"].clone()
        ),
        (3.into(), 0.into(), (-3).into())
    );
    assert_eq!(
        (rows[1]["current"].clone(), rows[1]["new"].clone()),
        (5.into(), 0.into())
    );
    assert_eq!(committed(&group, &topic), [Some(3), Some(5)]);
    // kan's own reading agrees with rdkafka's.
    assert_eq!(shown_by_kan(&group), [Some(3), Some(5)]);
}

#[test]
fn every_mode_lands_exactly_the_plan() {
    let (topic, group) = setup();
    let csv = temp_file("plan.csv", &format!("{topic},0,6\n{topic},1,1\n"));
    let cases: Vec<(Vec<String>, [i64; 2])> = vec![
        (vec!["--to-earliest".into()], [0, 0]),
        (vec!["--to-latest".into()], [10, 10]),
        (vec!["--to-offset".into(), "4".into()], [4, 4]),
        (vec!["--shift-by".into(), "-2".into()], [2, 2]),
        (vec!["--shift-by".into(), "50".into()], [10, 10]),
        (vec!["--to-current".into()], [10, 10]),
        (
            vec!["--from-file".into(), csv.display().to_string()],
            [6, 1],
        ),
        // The records were produced moments ago: an hour back is before all of them…
        (vec!["--by-duration".into(), "1h".into()], [0, 0]),
        // …and a time in the future is after all of them: the end.
        (
            vec!["--to-datetime".into(), "2999-01-01T00:00:00Z".into()],
            [10, 10],
        ),
        (
            vec!["--to-datetime".into(), "2000-01-01T00:00:00Z".into()],
            [0, 0],
        ),
    ];
    for (mode, expected) in cases {
        let mode: Vec<&str> = mode.iter().map(String::as_str).collect();
        let output = reset(&group, &topic, &mode, true);
        assert!(output.status.success(), "{mode:?}: {}", stderr(&output));
        let report = json(&output);
        assert_eq!(report["dry_run"], false);
        assert!(report["mismatches"].as_array().unwrap().is_empty());
        assert_eq!(
            committed(&group, &topic),
            expected.map(Some),
            "{mode:?}: rdkafka reads another offset than kan reported"
        );
    }
}

#[test]
fn out_of_range_offsets_are_clamped_with_a_warning() {
    let (topic, group) = setup();
    let output = reset(&group, &topic, &["--to-offset", "99"], true);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("99 is outside [0, 10]; using 10"),
        "{}",
        stderr(&output)
    );
    assert_eq!(json(&output)["rows"][0]["clamped"], true);
    assert_eq!(committed(&group, &topic), [Some(10), Some(10)]);
}

#[test]
fn partition_lists_export_and_undo() {
    let (topic, group) = setup();
    let export = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique("export.csv"));
    let undo = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique("undo.csv"));
    let output = kan_broker()
        .args(["-o", "json", "offsets", "reset", "--group", &group])
        .args([
            "--topic",
            &format!("{topic}:1"),
            "--to-offset",
            "8",
            "--execute",
            "--yes",
        ])
        .arg("--export")
        .arg(&export)
        .arg("--undo-file")
        .arg(&undo)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(json(&output)["rows"].as_array().unwrap().len(), 1);
    assert_eq!(committed(&group, &topic), [Some(3), Some(8)]);
    assert_eq!(
        std::fs::read_to_string(&export).unwrap(),
        format!("{topic},1,8\n")
    );
    let saved = std::fs::read_to_string(&undo).unwrap();
    assert!(saved.contains(&format!("{topic},1,5\n")), "{saved}");

    // Undo: the saved file is a valid --from-file plan, and the broker has the old offsets back.
    let output = kan_broker()
        .args([
            "offsets",
            "reset",
            "--group",
            &group,
            "--all-topics",
            "--execute",
            "--yes",
        ])
        .arg("--from-file")
        .arg(&undo)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(committed(&group, &topic), [Some(3), Some(5)]);
}

#[test]
fn seek_moves_one_partition() {
    let (topic, group) = setup();
    let output = kan_broker()
        .args(["offsets", "seek", "--group", &group, "--topic", &topic])
        .args(["--partition", "0", "--offset", "9", "--execute", "--yes"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(committed(&group, &topic), [Some(9), Some(5)]);
}

#[test]
fn an_active_group_is_refused_and_left_unchanged() {
    let (topic, group) = setup();
    let running = Arc::new(AtomicBool::new(true));
    let member = std::thread::spawn({
        let (topic, group, running) = (topic.clone(), group.clone(), running.clone());
        move || {
            let consumer: BaseConsumer = ClientConfig::new()
                .set("bootstrap.servers", &broker().address)
                .set("group.id", &group)
                .set("client.id", "busy-member")
                .set("enable.auto.commit", "false")
                .create()
                .unwrap();
            consumer.subscribe(&[&topic]).unwrap();
            while running.load(Ordering::Relaxed) {
                let _ = consumer.poll(Duration::from_millis(100));
            }
        }
    });
    // Wait until the member has joined. (nisshi 0.8.1 answers DescribeGroups with the state
    // but an empty member list, so the state is what this waits for.)
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let output = kan_broker()
            .args(["-o", "json", "groups", "describe", &group])
            .output()
            .unwrap();
        if output.status.success() && json(&output)["group"]["state"] == "Stable" {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "member never joined");
        std::thread::sleep(Duration::from_millis(300));
    }
    let output = reset(&group, &topic, &["--to-earliest"], true);
    running.store(false, Ordering::Relaxed);
    member.join().unwrap();
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(message.contains("refusing to change offsets"), "{message}");
    assert!(message.contains("it is Stable"), "{message}");
    assert_eq!(committed(&group, &topic), [Some(3), Some(5)]);
}

#[test]
fn bad_inputs() {
    let (topic, group) = setup();
    let absent = unique("absent");
    let nobody = unique("nobody-here");
    let partition_seven = format!("{topic}:7");
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            vec![
                "--group",
                &nobody,
                "--topic",
                &topic,
                "--to-earliest",
                "--execute",
                "--yes",
            ],
            4,
            "does not exist",
        ),
        (
            vec!["--group", &group, "--topic", "t:a,b", "--to-earliest"],
            2,
            "invalid --topic 't:a,b'",
        ),
        (
            vec![
                "--group",
                &group,
                "--topic",
                &topic,
                "--to-datetime",
                "noon",
            ],
            2,
            "invalid --to-datetime 'noon'",
        ),
        (vec!["--group", &group, "--topic", &topic], 2, "required"),
        (
            vec![
                "--group",
                &group,
                "--topic",
                &topic,
                "--to-earliest",
                "--to-latest",
            ],
            2,
            "cannot be used with",
        ),
        (
            vec!["--group", &group, "--topic", &absent, "--to-earliest"],
            4,
            "does not exist",
        ),
        (
            vec![
                "--group",
                &group,
                "--topic",
                &partition_seven,
                "--to-earliest",
            ],
            2,
            "partition 7 does not exist",
        ),
        (
            vec![
                "--group",
                &group,
                "--topic",
                &topic,
                "--to-earliest",
                "--execute",
            ],
            2,
            "pass --yes",
        ),
    ];
    for (args, code, needle) in cases {
        let output = kan_broker()
            .args(["offsets", "reset"])
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
    assert_eq!(committed(&group, &topic), [Some(3), Some(5)]);
    // The refused unknown group got no offsets.
    assert_eq!(committed(&nobody, &topic), [None, None]);
}

#[test]
fn allow_new_group_creates_the_offsets_of_a_group_that_does_not_exist() {
    let (topic, _) = setup();
    let fresh = unique("fresh-group");
    // Without the flag: not found, and nothing is created.
    let output = reset(&fresh, &topic, &["--to-offset", "4"], true);
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("--allow-new-group"),
        "{}",
        stderr(&output)
    );
    assert_eq!(committed(&fresh, &topic), [None, None]);

    // A dry run with the flag plans from nothing and changes nothing.
    let output = reset(
        &fresh,
        &topic,
        &["--to-offset", "4", "--allow-new-group"],
        false,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let plan = json(&output);
    assert_eq!(plan["rows"][0]["current"], serde_json::Value::Null);
    assert_eq!(plan["rows"][0]["new"], 4);
    assert_eq!(committed(&fresh, &topic), [None, None]);

    // Executed: the broker has the offsets (read with rdkafka).
    let output = reset(
        &fresh,
        &topic,
        &["--to-offset", "4", "--allow-new-group"],
        true,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(json(&output)["mismatches"].as_array().unwrap().is_empty());
    assert_eq!(committed(&fresh, &topic), [Some(4), Some(4)]);
    // …and the group exists for kan now: no flag needed any more.
    let output = reset(&fresh, &topic, &["--to-earliest"], true);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(committed(&fresh, &topic), [Some(0), Some(0)]);
}

#[test]
fn a_broker_that_stores_another_offset_is_reported_and_exits_6() {
    // A broker of its own behind a proxy that turns a committed offset of 7 into 6: kan plans 7,
    // the broker keeps 6, and kan's read-back must catch it.
    // (No field of a one-partition OffsetCommit request other than the offset holds seven zero
    // bytes and then a 7; the hook rewrites only while armed, so the setup's commit is kept.)
    let armed = Arc::new(AtomicBool::new(false));
    let rewritten = Arc::new(std::sync::atomic::AtomicU32::new(0));
    let hook: common::proxy::Hook = {
        let (armed, rewritten) = (armed.clone(), rewritten.clone());
        Arc::new(move |frame: &mut [u8]| {
            const OFFSET_COMMIT: i16 = 8;
            if common::proxy::api(frame).0 != OFFSET_COMMIT || !armed.load(Ordering::SeqCst) {
                return;
            }
            let needle = 7i64.to_be_bytes();
            if let Some(at) = frame[8..].windows(8).position(|window| window == needle) {
                frame[8 + at..16 + at].copy_from_slice(&6i64.to_be_bytes());
                rewritten.fetch_add(1, Ordering::SeqCst);
            }
        })
    };
    let listen = format!("127.0.0.1:{}", common::free_port());
    let proxy = common::proxy::start(listen.clone(), hook);
    let cheat = common::start_broker_advertising(&listen, &proxy, "rewriting");
    let topic = unique("misread");
    common::kan()
        .args(["-b", &cheat.address, "topics", "create", &topic])
        .args(["--partitions", "1"])
        .assert()
        .success();
    produce(&cheat.address, &topic, 0, 10);
    let group = unique("misread-group");
    let committed_here = || common::committed_offsets_at(&cheat.address, &group, &topic);
    {
        use rdkafka::consumer::CommitMode;
        use rdkafka::{Offset, TopicPartitionList};
        let consumer: BaseConsumer = ClientConfig::new()
            .set("bootstrap.servers", &cheat.address)
            .set("group.id", &group)
            .set("enable.auto.commit", "false")
            .create()
            .unwrap();
        let mut list = TopicPartitionList::new();
        list.add_partition_offset(&topic, 0, Offset::Offset(2))
            .unwrap();
        consumer.commit(&list, CommitMode::Sync).unwrap();
    }
    assert_eq!(committed_here()[&0], Some(2));

    armed.store(true, Ordering::SeqCst);
    let undo = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique("undo"));
    let output = common::kan()
        .args(["-b", &cheat.address, "-o", "json", "offsets", "reset"])
        .args(["--group", &group, "--topic", &topic, "--to-offset", "7"])
        .args(["--execute", "--yes", "--undo-file"])
        .arg(&undo)
        .output()
        .unwrap();
    assert!(
        rewritten.load(Ordering::SeqCst) >= 1,
        "the proxy saw no OffsetCommit with offset 7: {}",
        stderr(&output)
    );
    // What the broker really has (rdkafka): 6, not the planned 7.
    assert_eq!(committed_here()[&0], Some(6));
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains("1 of 1 partitions do not have the planned offset"),
        "{message}"
    );
    assert!(message.contains(&undo.display().to_string()), "{message}");
    let report = json(&output);
    let mismatches = report["mismatches"].as_array().unwrap();
    assert_eq!(mismatches.len(), 1, "{report}");
    assert_eq!(mismatches[0]["topic"], topic.as_str());
    assert_eq!(mismatches[0]["partition"], 0);
    assert_eq!(mismatches[0]["planned"], 7);
    assert_eq!(mismatches[0]["committed"], 6);
    // The undo file still holds the offset from before the reset.
    let saved = std::fs::read_to_string(&undo).unwrap();
    assert!(saved.contains(&format!("{topic},0,2\n")), "{saved}");
    cheat.stop();
}

#[test]
fn groups_list_describe_and_delete() {
    let (topic, group) = setup();
    let output = kan_broker()
        .args(["-o", "json", "groups", "list"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let listed = json(&output);
    let entry = listed["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["group"] == group.as_str())
        .cloned()
        .expect("group listed");
    assert_eq!(entry["state"], "Empty");
    assert_eq!(entry["members"], 0);

    let output = kan_broker()
        .args(["-o", "json", "groups", "describe", &group])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let described = json(&output);
    assert_eq!(described["offsets"]["groups"][0]["total_lag"], 12);
    assert_eq!(
        described["offsets"]["groups"][0]["topics"][0]["topic"],
        topic.as_str()
    );

    kan_broker()
        .args(["groups", "delete", &group])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("pass --yes"));
    let output = kan_broker()
        .args(["-o", "json", "groups", "delete", "--yes", &group])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(json(&output)["results"][0]["status"], "deleted");
    kan_broker()
        .args(["groups", "describe", &group])
        .assert()
        .code(4);
    kan_broker()
        .args(["groups", "delete", "--yes", &unique("never")])
        .assert()
        .code(4);
}

//! `kan offsets` and `kan groups` against a real broker: every reset mode lands exactly the
//! planned offsets, dry runs change nothing, active groups are refused, undo restores.

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::{broker, commit, json, kan_broker, produce, stderr, temp_file, unique};
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

fn committed(group: &str) -> Vec<i64> {
    let output = kan_broker()
        .args(["-o", "json", "offsets", "show", "--group", group])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    json(&output)["groups"][0]["topics"][0]["partitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|partition| partition["committed"].as_i64().unwrap_or(-1))
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
    assert_eq!(committed(&group), [3, 5]);
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
        assert_eq!(committed(&group), expected, "{mode:?}");
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
    assert_eq!(committed(&group), [10, 10]);
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
    assert_eq!(committed(&group), [3, 8]);
    assert_eq!(
        std::fs::read_to_string(&export).unwrap(),
        format!("{topic},1,8\n")
    );
    let saved = std::fs::read_to_string(&undo).unwrap();
    assert!(saved.contains(&format!("{topic},1,5\n")), "{saved}");

    // Undo: the saved file is a valid --from-file plan.
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
    assert_eq!(committed(&group), [3, 5]);
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
    assert_eq!(committed(&group), [9, 5]);
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
    assert_eq!(committed(&group), [3, 5]);
}

#[test]
fn bad_inputs() {
    let (topic, group) = setup();
    let absent = unique("absent");
    let partition_seven = format!("{topic}:7");
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            vec!["--group", "nobody-here", "--topic", &topic, "--to-earliest"],
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
    assert_eq!(committed(&group), [3, 5]);
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

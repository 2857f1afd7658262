//! kan on a terminal, driven through a pseudo-terminal against the test broker: the guided
//! session, the pickers, the live views' keys and shell completion of live names.
//! Every result is checked independently (rdkafka admin and consumer calls), not from kan's
//! own output.

mod common;

use std::net::TcpListener;
use std::time::{Duration, Instant};

use common::pty::{Terminal, CTRL_C, ESC};
use common::{
    broker, commit, committed_offset, kan, kan_broker, produce, read_all, stderr, unique,
};
use rdkafka::admin::{AdminClient, AdminOptions, ResourceSpecifier};
use rdkafka::client::DefaultClientContext;
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::ClientConfig;

fn create_topic(name: &str, partitions: &str) {
    kan_broker()
        .args(["topics", "create", name, "--partitions", partitions])
        .assert()
        .success();
}

fn consumer() -> BaseConsumer {
    ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .set("group.id", unique("checker"))
        .set("enable.auto.commit", "false")
        .create()
        .expect("consumer")
}

/// The topic's partition count, or None when the broker does not have it.
fn partition_count(topic: &str) -> Option<usize> {
    let metadata = consumer()
        .fetch_metadata(Some(topic), Duration::from_secs(10))
        .expect("metadata");
    metadata
        .topics()
        .iter()
        .find(|found| found.name() == topic && found.error().is_none())
        .map(|found| found.partitions().len())
}

/// A topic config's value, from the broker.
fn topic_config(topic: &str, key: &str) -> Option<String> {
    let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .create()
        .expect("admin");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let results = runtime
        .block_on(admin.describe_configs(
            [&ResourceSpecifier::Topic(topic)],
            &AdminOptions::new().request_timeout(Some(Duration::from_secs(10))),
        ))
        .expect("describe configs");
    let resource = results.into_iter().next().unwrap().expect("topic configs");
    resource
        .entries
        .into_iter()
        .find(|entry| entry.name == key)
        .and_then(|entry| entry.value)
}

fn delete_topic(topic: &str) {
    kan_broker()
        .args(["topics", "delete", topic, "--yes"])
        .assert()
        .success();
}

/// The `$ kan …` line the session printed before running a task (without the `$ `).
fn printed_command(before: &str) -> String {
    before
        .lines()
        .rev()
        .find_map(|line| line.trim().strip_prefix("$ ").map(str::to_string))
        .unwrap_or_else(|| panic!("no command line printed in:\n{before}"))
}

/// Runs a printed command line (`kan -b … ARGS`) without a terminal.
fn run_printed(line: &str) -> std::process::Output {
    let words = shlex::split(line).expect("a shell-quoted command line");
    assert_eq!(words[0], "kan", "{line}");
    kan().args(&words[1..]).output().unwrap()
}

/// Picks `task` from the session's menu (typing filters it).
fn choose_task(terminal: &mut Terminal, task: &str) {
    terminal.expect("What would you like to do?");
    terminal.answer(task);
}

#[test]
fn session_creates_a_topic_and_a_typo_or_esc_never_ends_it() {
    let name = unique("session-create");
    let mut terminal = Terminal::kan(&[]);
    choose_task(&mut terminal, "create a topic");
    terminal.expect("Topic name");
    terminal.answer(&name);
    terminal.expect("Partitions");
    terminal.answer("2");
    terminal.expect("Retention");
    // A typo is said in one line and asked again; it never ends the session.
    terminal.answer("7x");
    terminal.expect("invalid duration '7x'");
    // Esc steps back one question: partitions again, answered differently this time.
    terminal.send(ESC);
    terminal.expect("Partitions");
    terminal.answer("4");
    terminal.expect("Retention");
    terminal.answer("");
    terminal.expect("Compacted");
    terminal.answer("");
    terminal.expect("Compression");
    terminal.answer("");
    let before = terminal.expect("created");
    let line = printed_command(&before);
    assert_eq!(
        line,
        format!(
            "kan --brokers {} topics create {name} --partitions 4 --retention 7d",
            broker().address
        )
    );
    // Back at the menu after the task; Ctrl-C there leaves with 130, the terminal restored.
    terminal.expect("What would you like to do?");
    terminal.send(CTRL_C);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 130, "{screen}");

    assert_eq!(partition_count(&name), Some(4));
    assert_eq!(
        topic_config(&name, "retention.ms").as_deref(),
        Some("604800000")
    );

    // The printed command line does the same without a terminal.
    delete_topic(&name);
    let output = run_printed(&line);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(partition_count(&name), Some(4));
    assert_eq!(
        topic_config(&name, "retention.ms").as_deref(),
        Some("604800000")
    );
}

#[test]
fn ctrl_c_at_the_menu_exits_130_and_restores_the_terminal() {
    let mut terminal = Terminal::kan(&[]);
    terminal.expect("What would you like to do?");
    // Ctrl-C once the menu has taken the filter text.
    terminal.type_text("watch");
    terminal.send(CTRL_C);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 130, "{screen}");
    assert!(!screen.contains("panicked"), "{screen}");
    let (before, after) = terminal.modes();
    assert_eq!(before, after, "the terminal's mode changed");
    assert!(before.contains(" icanon"), "{before}");
}

#[test]
fn session_publishes_a_user_event_and_its_command_line_does_the_same() {
    let topic = unique("session-events");
    create_topic(&topic, "1");
    // A user id that looks like a flag, and brokers from the environment: the printed line
    // still does the same on its own.
    let user = format!("-{}", unique("user"));
    let address = broker().address.clone();
    let mut terminal = Terminal::start(&[], &[("KAN_BROKERS", address.as_str())]);
    choose_task(&mut terminal, "a user event");
    terminal.expect("Topic");
    terminal.answer(&topic);
    terminal.expect("User id");
    terminal.answer(&user);
    terminal.expect("Event type");
    terminal.answer("purchase");
    terminal.expect("Metadata");
    terminal.answer("plan=pro");
    let before = terminal.expect("What would you like to do?");
    let line = printed_command(&before);
    assert!(
        line.starts_with(&format!("kan --brokers {address} publish")),
        "{line}"
    );
    assert!(line.contains("--user=-"), "{line}");
    terminal.send(ESC);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");

    let records = read_all(&broker().address, &topic, false);
    assert_eq!(records.len(), 1, "{screen}");
    let event = records[0].json();
    assert_eq!(event["userId"], user.as_str());
    assert_eq!(event["eventType"], "purchase");
    assert_eq!(event["metadata"]["plan"], "pro");

    let output = run_printed(&line);
    assert!(output.status.success(), "{line}: {}", stderr(&output));
    let records = read_all(&broker().address, &topic, false);
    assert_eq!(records.len(), 2);
    let again = records[1].json();
    for field in ["userId", "eventType", "metadata"] {
        assert_eq!(again[field], event[field], "{field}");
    }
}

#[test]
fn session_offset_reset_changes_nothing_until_confirmed_then_writes_the_undo_file() {
    let topic = unique("session-reset");
    create_topic(&topic, "1");
    produce(&broker().address, &topic, 0, 10);
    let group = unique("session-group");
    commit(&group, &topic, &[(0, 5)]);

    let mut terminal = Terminal::kan(&[]);
    for answer in ["n", "y"] {
        choose_task(&mut terminal, "reset a group");
        terminal.expect("Group to reset");
        terminal.answer(&group);
        terminal.expect("Topic");
        terminal.answer(&topic);
        terminal.expect("Move the group");
        terminal.answer("start of the log");
        // The plan first: the dry run's table.
        terminal.expect("dry run: nothing changed");
        terminal.expect("Set these offsets");
        terminal.answer(answer);
        if answer == "n" {
            terminal.expect("Nothing was changed.");
            assert_eq!(committed_offset(&group, &topic), Some(5));
        } else {
            let before = terminal.expect("Previous offsets saved to ");
            let line = printed_command(&before);
            assert!(line.ends_with("--execute --yes"), "{line}");
            assert!(line.contains("--to-earliest --undo-file "), "{line}");
        }
    }
    terminal.expect("What would you like to do?");
    terminal.send(ESC);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert_eq!(committed_offset(&group, &topic), Some(0));
    let undo: Vec<_> = std::fs::read_dir(terminal_undo_dir(&screen))
        .expect("the undo file's directory")
        .collect();
    assert_eq!(undo.len(), 1, "{screen}");
    let text = std::fs::read_to_string(undo[0].as_ref().unwrap().path()).unwrap();
    assert!(text.contains(&topic) && text.contains('5'), "{text}");
}

/// The directory of the undo file the screen names.
fn terminal_undo_dir(screen: &str) -> std::path::PathBuf {
    let line = screen
        .lines()
        .find(|line| line.contains("Previous offsets saved to "))
        .expect("the undo file is named");
    let path = line
        .split("saved to ")
        .nth(1)
        .and_then(|rest| rest.split(" (undo").next())
        .expect("a path");
    std::path::Path::new(path.trim())
        .parent()
        .expect("a directory")
        .to_path_buf()
}

/// A topic with records and a group that has committed on it, for the pickers.
fn picker_fixture() -> (String, String) {
    let topic = unique("picked");
    create_topic(&topic, "2");
    produce(&broker().address, &topic, 0, 5);
    let group = unique("picked-group");
    commit(&group, &topic, &[(0, 2)]);
    (topic, group)
}

/// One question a command asks: its text, what is typed, and (for a picker) the entry the
/// typing leaves on offer — shown with what only the broker knows (a partition count, a group's
/// state, a partition's offsets).
struct Question<'a> {
    asks: &'a str,
    typed: &'a str,
    /// A picker's entry: the name, and on the same line what the broker says about it.
    offered: Option<(String, String)>,
}

fn asks<'a>(asks: &'a str, typed: &'a str, offered: Option<(String, String)>) -> Question<'a> {
    Question {
        asks,
        typed,
        offered,
    }
}

/// Runs `args` on a terminal, answering each question, and returns the exit code and screen.
fn with_answers(args: &[&str], questions: &[Question<'_>]) -> (i32, String) {
    let mut terminal = Terminal::kan(args);
    for question in questions {
        terminal.expect(question.asks);
        if let Some((name, about)) = &question.offered {
            // The picker has taken what was typed once it offers the entry.
            terminal.send(question.typed);
            terminal.expect("> ");
            terminal.expect(name);
            let between = terminal.expect(about);
            assert!(
                !between.contains('\n'),
                "{name} is offered without {about:?}: {between:?}"
            );
        } else {
            terminal.type_text(question.typed);
        }
        terminal.send(common::pty::ENTER);
    }
    terminal.finish()
}

/// Every command that picks a missing name, how it asks, and what its output shows.
#[test]
fn commands_missing_a_name_pick_it_from_the_cluster() {
    let (topic, group) = picker_fixture();
    let topic_entry = Some((topic.clone(), "2 partitions".to_string()));
    let group_entry = Some((group.clone(), "Empty".to_string()));
    let cases: Vec<(Vec<&str>, Vec<Question>, &str)> = vec![
        (
            vec!["topics", "describe"],
            vec![asks("Topic to describe", &topic, topic_entry.clone())],
            "messages: 5",
        ),
        (
            vec!["topics", "alter", "--retention", "1h"],
            vec![asks("Topic to alter", &topic, topic_entry.clone())],
            "retention.ms=3600000",
        ),
        (
            vec!["consume", "--from", "beginning", "-n", "1"],
            vec![asks("Topic to read", &topic, topic_entry.clone())],
            "{\"n\":0}",
        ),
        (
            vec!["groups", "describe"],
            vec![asks("Group to describe", &group, group_entry.clone())],
            "Members: none",
        ),
        (
            vec!["lag"],
            vec![asks("Group", &group, group_entry.clone())],
            "LAG",
        ),
        (
            vec!["offsets", "reset", "--to-earliest"],
            vec![
                asks("Group to reset", &group, group_entry.clone()),
                asks("Topic to reset", &topic, topic_entry.clone()),
            ],
            "dry run",
        ),
        (
            vec!["offsets", "seek"],
            vec![
                asks("Group to seek", &group, group_entry.clone()),
                asks("Topic", &topic, topic_entry.clone()),
                asks(
                    "Partition",
                    "",
                    Some(("0".to_string(), "offsets 0..5 (5 records)".to_string())),
                ),
                asks("Offset to move to", "3", None),
            ],
            "dry run",
        ),
        (
            vec!["watch", "topic", "--from", "beginning", "--until-end"],
            vec![asks("Topic to watch", &topic, topic_entry.clone())],
            "records: 5",
        ),
    ];
    for (args, questions, shown) in cases {
        let (code, screen) = with_answers(&args, &questions);
        assert_eq!(code, 0, "{args:?}: {screen}");
        let last_question = questions.last().unwrap().asks;
        let after = screen.rsplit(last_question).next().unwrap_or_default();
        assert!(
            after.contains(shown),
            "{args:?} should show {shown}: {screen}"
        );
    }
    assert_eq!(
        topic_config(&topic, "retention.ms").as_deref(),
        Some("3600000")
    );
    // The seek was a dry run: the group stays where it was.
    assert_eq!(committed_offset(&group, &topic), Some(2));
}

#[test]
fn topics_delete_picks_and_confirms_on_a_terminal() {
    let topic = unique("picked-delete");
    create_topic(&topic, "1");
    let (code, screen) = with_answers(
        &["topics", "delete"],
        &[
            asks(
                "Topic to delete",
                &topic,
                Some((topic.clone(), "1 partition".to_string())),
            ),
            asks("delete topic", "n", None),
        ],
    );
    assert_eq!(code, 2, "declined: {screen}");
    assert_eq!(partition_count(&topic), Some(1));
    let (code, screen) = with_answers(
        &["topics", "delete"],
        &[
            asks(
                "Topic to delete",
                &topic,
                Some((topic.clone(), "1 partition".to_string())),
            ),
            asks("delete topic", "y", None),
        ],
    );
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("deleted"), "{screen}");
    assert_eq!(partition_count(&topic), None);
}

/// Every command that picks a missing name, as it is typed without the name.
const PICKING: &[&[&str]] = &[
    &["topics", "describe"],
    &["topics", "alter", "--retention", "1h"],
    &["topics", "delete"],
    &["consume"],
    &["groups", "describe"],
    &["lag"],
    &["offsets", "reset", "--to-earliest"],
    &["offsets", "seek"],
    &["watch", "topic"],
];

#[test]
fn without_a_terminal_a_missing_name_is_a_usage_error() {
    for args in PICKING {
        let output = kan_broker().args(*args).output().unwrap();
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        let message = stderr(&output);
        assert!(message.contains("missing"), "{args:?}: {message}");
        assert!(
            message.contains("no terminal to ask on"),
            "{args:?}: {message}"
        );
    }
}

#[test]
fn no_input_turns_the_pickers_off_on_a_terminal() {
    for (flag, env) in [
        (Some("--no-input"), None),
        (None, Some(("KAN_NO_INPUT", "1"))),
    ] {
        for args in PICKING {
            let address = broker().address.clone();
            let mut all = vec!["-b", address.as_str()];
            all.extend(flag);
            all.extend_from_slice(args);
            let env: Vec<(&str, &str)> = env.into_iter().collect();
            let (code, screen) = Terminal::start(&all, &env).finish();
            assert_eq!(code, 2, "{all:?}: {screen}");
            assert!(
                screen.contains("missing") && screen.contains("prompts are off (--no-input)"),
                "{all:?}: {screen}"
            );
        }
    }
}

#[test]
fn bare_kan_without_a_terminal_prints_the_usage_and_exits_2() {
    let output = kan().output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(
        stderr(&output).contains("Usage: kan"),
        "{}",
        stderr(&output)
    );
    // And with --no-input on a terminal.
    let (code, screen) = Terminal::start(&["--no-input"], &[]).finish();
    assert_eq!(code, 2, "{screen}");
    assert!(screen.contains("Usage: kan"), "{screen}");
}

#[test]
fn ctrl_c_at_a_publish_prompt_exits_130() {
    let topic = unique("prompted");
    create_topic(&topic, "1");
    let mut terminal = Terminal::kan(&["publish", "user-event", "--topic", &topic, "--user", "u1"]);
    terminal.expect("Event type");
    terminal.send(CTRL_C);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 130, "{screen}");
    assert!(!screen.contains("IO error"), "{screen}");
    let (before, after) = terminal.modes();
    assert_eq!(before, after, "the terminal's mode changed");
    assert!(read_all(&broker().address, &topic, false).is_empty());
}

#[test]
fn topics_apply_ends_its_output_with_a_newline_on_a_terminal() {
    let topic = unique("applied");
    let file = common::temp_file(
        "topics.toml",
        &format!("[[topics]]\nname = \"{topic}\"\npartitions = 1\n"),
    );
    let file = file.to_string_lossy().to_string();
    for args in [
        vec!["topics", "apply", "-f", file.as_str(), "--dry-run"],
        vec!["topics", "apply", "-f", file.as_str(), "--yes"],
    ] {
        let (code, screen) = Terminal::kan(&args).finish();
        assert_eq!(code, 0, "{args:?}: {screen}");
        let before = screen.split("kan exited").next().unwrap();
        assert!(
            before.ends_with('\n'),
            "{args:?}: output does not end its last line: {before:?}"
        );
    }
    assert_eq!(partition_count(&topic), Some(1));
}

// ---- shell completion of live names ----

/// Runs the completion entry point as the bash script does: `KAN_COMPLETE=bash kan -- WORDS`, the
/// word under the cursor last.
fn complete(words: &[&str]) -> (Vec<String>, Duration) {
    let started = Instant::now();
    let output = kan()
        .env("KAN_COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .env("_CLAP_IFS", "\n")
        .arg("--")
        .args(words)
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "",
        "a completion never prints into the shell"
    );
    let candidates = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    (candidates, elapsed)
}

#[test]
fn completion_offers_the_brokers_topics_and_groups() {
    let (topic, group) = picker_fixture();
    let address = broker().address.clone();
    let prefix = &topic[..topic.len() - 3];
    let (topics, _) = complete(&["kan", "-b", &address, "topics", "describe", prefix]);
    assert_eq!(topics, std::slice::from_ref(&topic));
    let (topics, _) = complete(&["kan", "-b", &address, "consume", ""]);
    assert!(topics.contains(&topic), "{topics:?}");
    let (groups, _) = complete(&["kan", "-b", &address, "lag", "--group", &group[..12]]);
    assert!(groups.contains(&group), "{groups:?}");
    // The environment's brokers count, as for any command.
    let output = kan()
        .env("KAN_BROKERS", &address)
        .env("KAN_COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "3")
        .args(["--", "kan", "groups", "describe", &group])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), group);
}

#[test]
fn completion_with_the_broker_unreachable_returns_nothing_within_1_5_seconds() {
    // A listener that never answers: connections are accepted by the kernel and then hang.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = silent.local_addr().unwrap().to_string();
    let (topics, elapsed) = complete(&["kan", "-b", &address, "topics", "describe", "x"]);
    assert!(topics.is_empty(), "{topics:?}");
    assert!(elapsed < Duration::from_millis(1500), "took {elapsed:?}");
    let (groups, elapsed) = complete(&["kan", "-b", &address, "lag", "--group", "x"]);
    assert!(groups.is_empty(), "{groups:?}");
    assert!(elapsed < Duration::from_millis(1500), "took {elapsed:?}");
    drop(silent);
}

#[test]
fn completion_offers_profile_names() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique("profiles"));
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        "[profiles.staging]\nbrokers = \"s:9092\"\n[profiles.prod]\nbrokers = \"p:9092\"\n",
    )
    .unwrap();
    let output = kan()
        .env("KAN_CONFIG", &config)
        .env("KAN_COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "2")
        .args(["--", "kan", "--profile", "st"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "staging");
}

#[test]
fn the_bash_script_completes_topic_names_through_kan() {
    let (topic, _) = picker_fixture();
    let kan_path = assert_cmd::cargo::cargo_bin("kan");
    let dir = kan_path.parent().unwrap().to_string_lossy().to_string();
    let script = format!(
        r#"source <(kan completions bash)
COMP_WORDS=(kan -b {address} topics describe {prefix})
COMP_CWORD=5
COMP_LINE="${{COMP_WORDS[*]}}"
COMP_POINT=${{#COMP_LINE}}
_clap_complete_kan kan {prefix} describe
printf '%s\n' "${{COMPREPLY[@]}}""#,
        address = broker().address,
        prefix = &topic[..topic.len() - 2],
    );
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .env("PATH", format!("{dir}:{}", std::env::var("PATH").unwrap()))
        .env_remove("KAN_BROKERS")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let candidates = String::from_utf8_lossy(&output.stdout);
    assert_eq!(candidates.trim(), topic, "{}", stderr(&output));
}

// ---- keys in the live views ----

fn analytics_fixture(events: usize) -> (String, String) {
    let users = unique("live-users");
    let pages = unique("live-pages");
    create_topic(&users, "1");
    create_topic(&pages, "1");
    publish_events(&users, &pages, 0, events);
    (users, pages)
}

fn publish_events(users: &str, pages: &str, from: usize, count: usize) {
    let now = chrono_now_millis();
    let events: Vec<String> = (from..from + count)
        .map(|index| {
            format!(
                r#"{{"userId":"u{}","eventType":"view","timestamp":{},"metadata":{{}}}}"#,
                index % 7,
                now + index as i64
            )
        })
        .collect();
    let views: Vec<String> = (from..from + count)
        .map(|index| {
            format!(
                r#"{{"userId":"u{}","url":"/p{}","referrer":"","timestamp":{},"duration":1000}}"#,
                index % 7,
                index % 3,
                now + index as i64
            )
        })
        .collect();
    for (topic, lines, kind) in [(users, events, "user-event"), (pages, views, "page-view")] {
        let file = common::lines_file("live.ndjson", &lines);
        kan_broker()
            .args(["publish", "batch", "--kind", kind, "--topic", topic, "-f"])
            .arg(&file)
            .assert()
            .success();
    }
}

fn chrono_now_millis() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

fn committed_total(group: &str, topics: &[&str]) -> i64 {
    topics
        .iter()
        .map(|topic| committed_offset(group, topic).unwrap_or(0))
        .sum()
}

#[test]
fn q_ends_watch_analytics_with_the_final_report_and_exit_0() {
    let (users, pages) = analytics_fixture(20);
    let group = unique("live-group");
    let mut terminal = Terminal::watch_analytics(&users, &pages, &group, "300ms");
    terminal.expect("q quit  space pause");
    terminal.expect("TOP PAGES");
    terminal.send("q");
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    // The final report follows the last live frame (the one with the key hint).
    let last_frame = screen.rfind("q quit  space pause").unwrap();
    let report = &screen[last_frame..];
    assert_eq!(report.matches("TOP PAGES").count(), 2, "{report}");
    assert!(report.contains("Events: 40"), "{report}");
    assert_eq!(committed_total(&group, &[&users, &pages]), 40);
}

#[test]
fn space_pauses_the_redraw_while_offsets_keep_being_committed() {
    let (users, pages) = analytics_fixture(10);
    let group = unique("paused-group");
    let mut terminal = Terminal::watch_analytics(&users, &pages, &group, "200ms");
    terminal.expect("TOP PAGES");
    let started = Instant::now();
    while committed_total(&group, &[&users, &pages]) < 20 {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "nothing committed"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    terminal.send(" ");
    terminal.expect("paused (space resumes)");
    // The pause notice is drawn; let its write settle before measuring the screen (a frame
    // after this is what the test catches, so this is a margin, not a readiness wait).
    std::thread::sleep(Duration::from_millis(500));
    let frozen = terminal.screen().len();
    publish_events(&users, &pages, 10, 10);
    let started = Instant::now();
    while committed_total(&group, &[&users, &pages]) < 40 {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "commits stopped while paused"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(
        terminal.screen().len(),
        frozen,
        "the screen was redrawn while paused"
    );
    terminal.send(" ");
    terminal.expect("TOP PAGES");
    terminal.send("q");
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
}

#[test]
fn q_ends_lag_watch_with_exit_0_or_5_on_a_breach() {
    let (topic, group) = picker_fixture();
    let mut terminal = Terminal::kan(&["lag", "--group", &group, "--watch", "--interval", "300ms"]);
    terminal.expect("q quit");
    terminal.expect(&topic);
    terminal.send("q");
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains(&topic), "{screen}");
    let (before, after) = terminal.modes();
    assert_eq!(before, after, "the terminal's mode changed");
    // With a threshold the last view breaches, q ends it as a one-shot `kan lag` would: 5.
    let mut terminal = Terminal::kan(&[
        "lag",
        "--group",
        &group,
        "--watch",
        "--interval",
        "300ms",
        "--max-lag",
        "1",
    ]);
    terminal.expect("q quit");
    terminal.expect(&topic);
    terminal.send("q");
    let (code, screen) = terminal.finish();
    assert_eq!(code, 5, "{screen}");
    assert!(
        screen.contains("breach: 1 lag threshold breach(es)"),
        "{screen}"
    );
}

#[test]
fn a_file_replay_on_a_terminal_takes_keys() {
    // A FIFO kept open: the replay waits for more lines until q.
    let fifo = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique("replay.fifo"));
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let path = fifo.to_string_lossy().to_string();
    let mut terminal =
        Terminal::kan(&["watch", "analytics", "--file", &path, "--interval", "200ms"]);
    // Opening a FIFO for writing blocks until kan opens it for reading: open it on a thread,
    // with a deadline.
    let (opened, receiver) = std::sync::mpsc::channel();
    let path_for_writer = fifo.clone();
    std::thread::spawn(move || {
        let _ = opened.send(
            std::fs::OpenOptions::new()
                .write(true)
                .open(&path_for_writer),
        );
    });
    let mut writer = receiver
        .recv_timeout(Duration::from_secs(30))
        .unwrap_or_else(|_| {
            panic!(
                "kan did not open the FIFO within 30 s; the terminal shows:\n{}",
                terminal.screen()
            )
        })
        .expect("open the FIFO for writing");
    use std::io::Write;
    writeln!(
        writer,
        r#"{{"userId":"u1","eventType":"login","timestamp":1714564800000}}"#
    )
    .unwrap();
    writer.flush().unwrap();
    terminal.expect("q quit  space pause");
    terminal.expect("Events: 1 (");
    terminal.send("q");
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    drop(writer);
}

#[test]
fn a_complete_variable_meant_for_another_tool_is_ignored() {
    let output = kan()
        .env("COMPLETE", "bash")
        .arg("--version")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("kan "));
}

//! The user contract that needs no broker: help and exit codes, settings precedence,
//! generated docs kept in sync, closed pipes.

mod common;

use std::io::Read;
use std::path::Path;
use std::process::Stdio;

use common::{json, kan, stderr, temp_file};
use predicates::prelude::*;

#[test]
fn help_documents_exit_codes() {
    let output = kan().arg("--help").output().unwrap();
    assert!(output.status.success());
    let help = String::from_utf8(output.stdout).unwrap();
    for line in [
        "0    success",
        "2    usage error",
        "3    Kafka/broker error",
        "4    not found",
        "5    threshold breached",
        "6    partial failure",
        "130    interrupted",
    ] {
        assert!(help.contains(line), "missing '{line}' in:\n{help}");
    }
}

#[test]
fn readme_documents_the_same_exit_codes() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    for row in [
        "| 0 |", "| 1 |", "| 2 |", "| 3 |", "| 4 |", "| 5 |", "| 6 |", "| 130 |",
    ] {
        assert!(readme.contains(row), "README lacks exit code row {row}");
    }
}

#[test]
fn usage_errors_exit_2() {
    kan().arg("frobnicate").assert().code(2);
    kan()
        .args(["topics", "create"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("NAME"));
    kan()
        .args(["--timeout", "0s", "topics", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'0s'"));
}

fn committed(relative: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(relative))
        .unwrap_or_else(|err| panic!("{relative}: {err}; run scripts/generate"))
}

#[test]
fn committed_completions_are_current() {
    for (shell, file) in [
        ("bash", "completions/kan.bash"),
        ("zsh", "completions/_kan"),
        ("fish", "completions/kan.fish"),
        ("powershell", "completions/_kan.ps1"),
        ("elvish", "completions/kan.elv"),
    ] {
        let output = kan()
            .args(["completions", "--static", shell])
            .output()
            .unwrap();
        assert!(output.status.success());
        assert!(
            String::from_utf8(output.stdout).unwrap() == committed(file),
            "{file} is stale: run scripts/generate and commit the result"
        );
    }
}

#[test]
fn committed_man_pages_are_current() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(common::unique("man"));
    kan()
        .args(["man", "--out-dir"])
        .arg(&dir)
        .assert()
        .success();
    let mut generated: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    generated.sort();
    assert!(generated.contains(&"kan.1".to_string()));
    assert!(generated.contains(&"kan-topics-create.1".to_string()));
    let committed_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/man");
    let mut committed_pages: Vec<String> = std::fs::read_dir(&committed_dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    committed_pages.sort();
    assert_eq!(
        generated, committed_pages,
        "docs/man is stale: run scripts/generate"
    );
    for page in generated {
        let fresh = std::fs::read_to_string(dir.join(&page)).unwrap();
        assert!(
            fresh == committed(&format!("docs/man/{page}")),
            "docs/man/{page} is stale: run scripts/generate"
        );
    }
}

#[test]
fn settings_precedence_flag_env_profile_default() {
    let config = temp_file(
        "config.toml",
        r#"
default_profile = "local"

[profiles.local]
brokers = "profile-host:9092"
timeout = "3s"

[profiles.secure]
brokers = "secure-host:9093"
security_protocol = "sasl_ssl"
sasl_mechanism = "scram-sha-512"
sasl_username = "analytics"
sasl_password = "hunter2"

[profiles.secure.properties]
"client.id" = "from-profile"
"#,
    );
    let show = |args: &[&str], env: &[(&str, &str)]| {
        let mut command = kan();
        command.env("KAN_CONFIG", &config);
        for (key, value) in env {
            command.env(key, value);
        }
        let output = command
            .args(["-o", "json", "config", "show"])
            .args(args)
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
        json(&output)
    };

    // Default profile from the file.
    let shown = show(&[], &[]);
    assert_eq!(shown["profile"], "local");
    assert_eq!(shown["settings"]["brokers"]["value"], "profile-host:9092");
    assert_eq!(shown["settings"]["brokers"]["origin"], "profile local");
    assert_eq!(shown["settings"]["timeout"]["value"], "3s");

    // KAFKA_BROKERS beats the profile; KAN_BROKERS beats KAFKA_BROKERS; the flag beats all.
    let shown = show(&[], &[("KAFKA_BROKERS", "kafka-env:1")]);
    assert_eq!(shown["settings"]["brokers"]["value"], "kafka-env:1");
    assert_eq!(shown["settings"]["brokers"]["origin"], "env KAFKA_BROKERS");
    let shown = show(
        &[],
        &[
            ("KAFKA_BROKERS", "kafka-env:1"),
            ("KAN_BROKERS", "kan-env:2"),
        ],
    );
    assert_eq!(shown["settings"]["brokers"]["value"], "kan-env:2");
    assert_eq!(shown["settings"]["brokers"]["origin"], "env KAN_BROKERS");
    let shown = show(&["-b", "flag:3"], &[("KAN_BROKERS", "kan-env:2")]);
    assert_eq!(shown["settings"]["brokers"]["value"], "flag:3");
    assert_eq!(shown["settings"]["brokers"]["origin"], "flag");

    // Another profile; secrets masked; -X beats the profile's properties.
    let shown = show(&["--profile", "secure", "-X", "client.id=from-flag"], &[]);
    assert_eq!(shown["settings"]["security_protocol"]["value"], "sasl_ssl");
    assert_eq!(
        shown["settings"]["sasl_mechanism"]["value"],
        "SCRAM-SHA-512"
    );
    assert_eq!(shown["settings"]["sasl_username"]["value"], "analytics");
    assert_eq!(shown["settings"]["sasl_password"]["value"], "****");
    assert_eq!(shown["properties"]["client.id"], "from-flag");
    let text = shown.to_string();
    assert!(!text.contains("hunter2"), "secret leaked: {text}");

    // No config file at all: built-in defaults.
    let output = kan()
        .args(["-o", "json", "config", "show"])
        .output()
        .unwrap();
    let shown = json(&output);
    assert_eq!(shown["settings"]["brokers"]["value"], "127.0.0.1:9092");
    assert_eq!(shown["settings"]["brokers"]["origin"], "default");
    assert_eq!(shown["settings"]["timeout"]["value"], "10s");
}

#[test]
fn profiles_are_listed() {
    let config = temp_file(
        "config.toml",
        "default_profile = \"b\"\n[profiles.a]\nbrokers = \"a:1\"\n[profiles.b]\nbrokers = \"b:1\"\n",
    );
    let output = kan()
        .env("KAN_CONFIG", &config)
        .args(["-o", "json", "config", "profiles"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let listed = json(&output);
    assert_eq!(listed["profiles"][0]["name"], "a");
    assert_eq!(listed["profiles"][1]["default"], true);
}

#[test]
fn config_file_problems_are_usage_errors() {
    let config = temp_file("config.toml", "[profiles.a]\nbrokers = \"a:1\"\n");
    let output = kan()
        .env("KAN_CONFIG", &config)
        .args(["--profile", "nope", "config", "show"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unknown profile 'nope'"));
    assert!(stderr(&output).contains("profiles: a"));

    let broken = temp_file(
        "config.toml",
        "[profiles.a]\nbrokers = \"a:1\"\nbrokerz = 1\n",
    );
    let output = kan()
        .env("KAN_CONFIG", &broken)
        .args(["config", "show"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains(&format!("{}:3", broken.display())),
        "{}",
        stderr(&output)
    );

    let output = kan()
        .env("KAN_CONFIG", "/nonexistent/kan.toml")
        .args(["config", "show"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("/nonexistent/kan.toml"));
}

#[test]
fn sasl_without_password_and_no_terminal_is_a_usage_error() {
    let output = kan()
        .args(["-b", "127.0.0.1:1", "--sasl-mechanism", "scram-sha-256"])
        .args(["--sasl-username", "u", "topics", "list"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("KAN_SASL_PASSWORD"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn bad_client_properties_are_usage_errors() {
    let output = kan()
        .args([
            "-b",
            "127.0.0.1:1",
            "-X",
            "no.such.property=1",
            "topics",
            "list",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no.such.property"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn closed_stdout_pipe_exits_quietly() {
    // The PowerShell completion script is larger than a pipe buffer (64 KiB), so kan is
    // certainly still writing when the reader goes away.
    let size =
        std::fs::metadata(Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/_kan.ps1"))
            .unwrap()
            .len();
    assert!(
        size > 65_536,
        "the test needs more output than a pipe holds"
    );
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("kan"))
        .args(["completions", "--static", "powershell"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
}

#[test]
fn docker_compose_is_valid_and_matches_the_defaults() {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docker-compose.yml"))
            .unwrap();
    let compose: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
    let kafka = &compose["services"]["kafka"];
    assert!(kafka["image"].as_str().unwrap().starts_with("apache/kafka"));
    let ports: Vec<&str> = kafka["ports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|port| port.as_str().unwrap())
        .collect();
    assert!(
        ports.iter().any(|port| port.ends_with("9092:9092")),
        "{ports:?}"
    );
    let environment = &kafka["environment"];
    assert_eq!(environment["KAFKA_PROCESS_ROLES"], "broker,controller");
    assert!(
        compose["services"].as_object().unwrap().len() >= 2,
        "a web UI service too"
    );
}

#[test]
fn config_show_lists_the_schema_registry_settings_with_their_origins_and_masks_the_password() {
    let config = temp_file(
        "config.toml",
        "[profiles.reg]\nschema_registry_url = \"https://registry.example:8081\"\n\
         schema_registry_user = \"analytics\"\nschema_registry_password = \"hunter2\"\n",
    );
    let show = |args: &[&str], env: &[(&str, &str)]| {
        let mut command = kan();
        command.env("KAN_CONFIG", &config);
        for (key, value) in env {
            command.env(key, value);
        }
        let output = command
            .args(["-o", "json", "--profile", "reg", "config", "show"])
            .args(args)
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", stderr(&output));
        json(&output)
    };
    let shown = show(&[], &[]);
    let setting = |shown: &serde_json::Value, key: &str| {
        let entry = &shown["settings"][key];
        (entry["value"].clone(), entry["origin"].clone())
    };
    assert_eq!(
        setting(&shown, "schema_registry_url"),
        (
            serde_json::json!("https://registry.example:8081"),
            serde_json::json!("profile reg")
        )
    );
    assert_eq!(
        setting(&shown, "schema_registry_user"),
        (
            serde_json::json!("analytics"),
            serde_json::json!("profile reg")
        )
    );
    assert_eq!(
        shown["settings"]["schema_registry_password"]["value"],
        "****"
    );
    assert!(!shown.to_string().contains("hunter2"), "{shown}");

    // The environment beats the profile, the flag beats both.
    let shown = show(
        &["--schema-registry-user", "flagged"],
        &[("KAN_SCHEMA_REGISTRY_URL", "http://env-registry:8081")],
    );
    assert_eq!(
        setting(&shown, "schema_registry_url"),
        (
            serde_json::json!("http://env-registry:8081"),
            serde_json::json!("env KAN_SCHEMA_REGISTRY_URL")
        )
    );
    assert_eq!(
        setting(&shown, "schema_registry_user"),
        (serde_json::json!("flagged"), serde_json::json!("flag"))
    );
}

//! TLS and SASL/SCRAM end to end: nisshi serves TLS with a self-signed certificate and
//! SCRAM-SHA-512 users from SQLite storage; kan must connect with the right settings and fail
//! with exit 3 and a reason with the wrong ones.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;

use common::{free_port, json, kan, nisshi_binary, start_broker, start_broker_on, stderr, unique};

/// A self-signed certificate for 127.0.0.1 (SAN IP), made with the openssl CLI.
fn self_signed(dir: &Path) -> (PathBuf, PathBuf) {
    let cert = dir.join("cert.pem");
    let key = dir.join("key.pem");
    let status = StdCommand::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        ])
        .args([
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl is needed to make the test certificate");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    (cert, key)
}

fn temp_dir(tag: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique(tag));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn tls_with_the_right_ca_works_and_without_it_fails_clearly() {
    let dir = temp_dir("tls");
    let (cert, key) = self_signed(&dir);
    let broker = start_broker(
        &[
            "--cert",
            cert.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
        ],
        "tls",
    );

    // --ssl-ca alone implies security.protocol=ssl.
    let topic = unique("tls");
    let output = kan()
        .args(["-b", &broker.address, "--ssl-ca"])
        .arg(&cert)
        .args([
            "-o",
            "json",
            "topics",
            "create",
            &topic,
            "--partitions",
            "2",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(json(&output)["results"][0]["status"], "created");

    // Without the CA the certificate cannot be verified.
    let output = kan()
        .args([
            "-b",
            &broker.address,
            "--security-protocol",
            "ssl",
            "--timeout",
            "3s",
        ])
        .args(["topics", "list"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(message.contains("certificate"), "{message}");

    // Plaintext against a TLS listener gets no Kafka answer.
    let output = kan()
        .args(["-b", &broker.address, "--timeout", "3s", "topics", "list"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    broker.stop();
}

#[test]
fn sasl_scram_with_the_right_password_works_and_the_wrong_one_fails() {
    // nisshi resolves sqlite paths against its working directory (the test temp dir).
    let storage = format!("sqlite://{}.db", unique("sasl"));
    let port = free_port();

    // Users live in the broker's storage: create one on an open broker, then restart the
    // same storage with authentication required.
    let open = start_broker_on(port, &["--storage-engine", &storage], "sasl-setup");
    let created = StdCommand::new(nisshi_binary())
        .args([
            "user",
            "create",
            "--broker",
            &format!("tcp://{}", open.address),
        ])
        .args(["--mechanism", "scram512", "analytics", "s3cret"])
        .output()
        .unwrap();
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    open.stop();
    let broker = start_broker_on(
        port,
        &["--storage-engine", &storage, "--authentication"],
        "sasl",
    );

    let topic = unique("sasl");
    let output = kan()
        .env("KAN_SASL_PASSWORD", "s3cret")
        .args(["-b", &broker.address, "--sasl-mechanism", "scram-sha-512"])
        .args(["--sasl-username", "analytics", "-o", "json"])
        .args(["topics", "create", &topic])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));

    let output = kan()
        .env("KAN_SASL_PASSWORD", "wrong")
        .args(["-b", &broker.address, "--sasl-mechanism", "scram-sha-512"])
        .args(["--sasl-username", "analytics", "--timeout", "3s"])
        .args(["topics", "list"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.to_lowercase().contains("authentication"),
        "{message}"
    );

    // The same settings from a profile, password included.
    let config = common::temp_file(
        "config.toml",
        &format!(
            "[profiles.secure]\nbrokers = \"{}\"\nsasl_mechanism = \"scram-sha-512\"\nsasl_username = \"analytics\"\nsasl_password = \"s3cret\"\n",
            broker.address
        ),
    );
    let output = kan()
        .env("KAN_CONFIG", &config)
        .args(["--profile", "secure", "-o", "json", "topics", "list"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let names: Vec<String> = json(&output)["topics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|topic| topic["name"].as_str().unwrap().to_string())
        .collect();
    assert!(names.contains(&topic), "{names:?}");
    broker.stop();
}

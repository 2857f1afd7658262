//! `kan users`: SCRAM credentials made, rotated and deleted by kan, checked by logging in with
//! another client (rdkafka in this process) over SASL/SCRAM, and by reading the broker's own
//! credential table; the password never in kan's output, `-vv` included.
//!
//! The broker is nisshi with SQLite storage (the only engine that stores credentials) and
//! `--authentication`: kan itself logs in as an admin made with `nisshi user create` first.
//! nisshi 0.8.1 applies AlterUserScramCredentials but answers every
//! DescribeUserScramCredentials with no users at all (nisshi-storage's
//! `service/describe_user_scram_credentials.rs` returns the default response). So the broker is
//! reached through a proxy here that answers DescribeUserScramCredentials itself, as Kafka does
//! (`RESOURCE_NOT_FOUND` for a named user without credentials), from nisshi's `scram_credential`
//! table; every other request, AlterUserScramCredentials included, goes to nisshi.

mod common;

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Command as StdCommand, Output};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use common::pty::Terminal;
use common::{
    free_port, json, kan, nisshi_binary, start_broker_advertising_with, start_broker_on, stderr,
    unique, Broker,
};
use rdkafka::consumer::{BaseConsumer, Consumer};
use rdkafka::ClientConfig;

const ADMIN: &str = "kan-admin";
const ADMIN_PASSWORD: &str = "admin-pw-Q7";

/// The secured broker shared by this binary's tests, behind the describing proxy.
struct Cluster {
    /// Where clients connect (the proxy, which the broker advertises).
    address: String,
    /// nisshi's SQLite file.
    db: PathBuf,
    _broker: Broker,
}

fn cluster() -> &'static Cluster {
    static CLUSTER: OnceLock<Cluster> = OnceLock::new();
    CLUSTER.get_or_init(start_cluster)
}

fn start_cluster() -> Cluster {
    let name = format!("{}.db", unique("users"));
    let storage = format!("sqlite://{name}");
    let db = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(&name);
    let port = free_port();

    // The admin kan logs in as: made on the open broker, which then restarts with
    // authentication required.
    let open = start_broker_on(port, &["--storage-engine", &storage], "users-setup");
    let created = StdCommand::new(nisshi_binary())
        .args(["user", "create", "--broker"])
        .arg(format!("tcp://{}", open.address))
        .args(["--mechanism", "scram512", ADMIN, ADMIN_PASSWORD])
        .output()
        .unwrap();
    assert!(created.status.success(), "{}", stderr(&created));
    open.stop();

    let listener = TcpListener::bind("127.0.0.1:0").expect("proxy listener");
    let address = listener.local_addr().unwrap().to_string();
    describing_proxy(listener, format!("127.0.0.1:{port}"), db.clone());
    let broker = start_broker_advertising_with(
        &format!("127.0.0.1:{port}"),
        &address,
        &["--storage-engine", &storage, "--authentication"],
        "users",
    );
    Cluster {
        address,
        db,
        _broker: broker,
    }
}

/// `kan -b <proxy>` logged in as the admin.
fn kan_admin() -> assert_cmd::Command {
    let mut command = kan();
    command
        .env("KAN_SASL_PASSWORD", ADMIN_PASSWORD)
        .args([
            "-b",
            &cluster().address,
            "--sasl-mechanism",
            "scram-sha-512",
        ])
        .args(["--sasl-username", ADMIN]);
    command
}

/// `kan users create USER --mechanism M [extra]` with the password in the environment.
fn create(user: &str, mechanism: &str, password: &str, extra: &[&str]) -> Output {
    kan_admin()
        .env("KAN_NEW_USER_PASSWORD", password)
        .args([
            "-vv",
            "-o",
            "json",
            "users",
            "create",
            user,
            "--mechanism",
            mechanism,
        ])
        .args(extra)
        .output()
        .unwrap()
}

/// Fails when `secret` appears anywhere in what the command wrote.
fn assert_never_shown(output: &Output, secret: &str) {
    for (stream, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
        assert!(
            !bytes
                .windows(secret.len())
                .any(|window| window == secret.as_bytes()),
            "the password is in {stream}:\n{}",
            String::from_utf8_lossy(bytes)
        );
    }
}

/// Whether `user`/`password` can log in with `mechanism` (SCRAM-SHA-256|512) and read the
/// cluster's metadata: another client than kan (rdkafka, in this process).
fn can_log_in(mechanism: &str, user: &str, password: &str) -> bool {
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", &cluster().address)
        .set("security.protocol", "sasl_plaintext")
        .set("sasl.mechanism", mechanism)
        .set("sasl.username", user)
        .set("sasl.password", password)
        .set("log_level", "0")
        .create()
        .expect("client");
    consumer
        .fetch_metadata(None, Duration::from_secs(4))
        .is_ok_and(|metadata| !metadata.brokers().is_empty())
}

/// The broker's stored credentials of `user`: (mechanism 1=SHA-256 2=SHA-512, iterations, salt
/// as hex), read from its SQLite file.
fn stored(user: &str) -> Vec<(i32, i32, String)> {
    sqlite_rows(
        &cluster().db,
        &format!(
            "select mechanism, iterations, hex(salt) from scram_credential \
             where username = '{user}' order by mechanism"
        ),
    )
    .into_iter()
    .map(|row| {
        let fields: Vec<&str> = row.split('|').collect();
        (
            fields[0].parse().unwrap(),
            fields[1].parse().unwrap(),
            fields[2].to_string(),
        )
    })
    .collect()
}

/// Rows of a query on nisshi's SQLite file, fields joined by `|`, read with Python's sqlite3
/// module (in the test venv scripts/test installs: no sqlite3 CLI needed on a fresh machine).
fn sqlite_rows(db: &std::path::Path, query: &str) -> Vec<String> {
    const READ: &str = "import sqlite3, sys\n\
        db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)\n\
        for row in db.execute(sys.argv[2]): print('|'.join(str(f) for f in row))\n";
    let output = StdCommand::new(common::registry::python())
        .args(["-c", READ])
        .arg(db)
        .arg(query)
        .output()
        .expect("the test venv's python runs");
    assert!(output.status.success(), "{}", stderr(&output));
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect()
}

/// `kan users list -o json`'s entry for `user`, if any.
fn listed(user: &str) -> Option<serde_json::Value> {
    let output = kan_admin()
        .args(["-o", "json", "users", "list"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    json(&output)["users"]
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["user"] == user)
        .cloned()
}

#[test]
fn create_login_rotate_and_delete_a_sha256_user() {
    let user = unique("svc");
    let (first, second) = ("first-Pw-8f2a91", "second-Pw-3c77d0");

    let output = create(&user, "scram-sha-256", first, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_never_shown(&output, first);
    assert_eq!(
        json(&output),
        serde_json::json!({"user": user, "mechanism": "SCRAM-SHA-256",
            "iterations": 4096, "status": "created"})
    );
    // Stored with Kafka's minimum iterations and a random 64-byte salt.
    let rows = stored(&user);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!((rows[0].0, rows[0].1, rows[0].2.len()), (1, 4096, 128));
    assert_eq!(
        listed(&user),
        Some(serde_json::json!({"user": user, "credentials": [
            {"mechanism": "SCRAM-SHA-256", "iterations": 4096}]}))
    );
    // The table too.
    let output = kan_admin().args(["users", "list"]).output().unwrap();
    let table = String::from_utf8_lossy(&output.stdout).to_string();
    let row = table
        .lines()
        .find(|line| line.starts_with(&user))
        .unwrap_or_else(|| panic!("{table}"));
    assert_eq!(
        row.split_whitespace().collect::<Vec<_>>(),
        [user.as_str(), "SCRAM-SHA-256", "4096"]
    );

    assert!(can_log_in("SCRAM-SHA-256", &user, first));
    assert!(!can_log_in("SCRAM-SHA-256", &user, "not-the-password"));
    assert!(!can_log_in("SCRAM-SHA-512", &user, first));

    // Rotation: the same command again says "updated"; only the new password works, with a
    // new salt.
    let output = create(&user, "scram-sha-256", second, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_never_shown(&output, second);
    assert_eq!(json(&output)["status"], "updated");
    let rotated = stored(&user);
    assert_eq!(rotated.len(), 1, "{rotated:?}");
    assert_ne!(rotated[0].2, rows[0].2, "the salt was reused");
    assert!(can_log_in("SCRAM-SHA-256", &user, second));
    assert!(!can_log_in("SCRAM-SHA-256", &user, first));

    let output = kan_admin()
        .args(["-vv", "-o", "json", "users", "delete", &user, "--yes"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_never_shown(&output, second);
    assert_eq!(
        json(&output),
        serde_json::json!({"user": user, "mechanisms": ["SCRAM-SHA-256"],
            "status": "deleted", "error": null})
    );
    assert!(stored(&user).is_empty());
    assert_eq!(listed(&user), None);
    assert!(!can_log_in("SCRAM-SHA-256", &user, second));
}

#[test]
fn sha512_with_iterations_and_delete_by_mechanism_then_all() {
    let user = unique("svc512");
    let password = "sha512-Pw-e41b0c";

    let output = create(&user, "scram-sha-512", password, &["--iterations", "8192"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_never_shown(&output, password);
    assert_eq!(json(&output)["iterations"], 8192);
    // A second mechanism for the same user is "created", not "updated".
    let output = create(&user, "scram-sha-256", password, &[]);
    assert_eq!(json(&output)["status"], "created");
    let rows = stored(&user);
    assert_eq!(
        rows.iter().map(|row| (row.0, row.1)).collect::<Vec<_>>(),
        [(1, 4096), (2, 8192)]
    );
    assert_eq!(
        listed(&user),
        Some(serde_json::json!({"user": user, "credentials": [
            {"mechanism": "SCRAM-SHA-256", "iterations": 4096},
            {"mechanism": "SCRAM-SHA-512", "iterations": 8192}]}))
    );
    assert!(can_log_in("SCRAM-SHA-512", &user, password));
    assert!(!can_log_in("SCRAM-SHA-512", &user, "wrong"));

    // One mechanism: the other stays.
    let output = kan_admin()
        .args([
            "users",
            "delete",
            &user,
            "--mechanism",
            "scram-sha-512",
            "--yes",
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stored(&user).len(), 1);
    assert!(!can_log_in("SCRAM-SHA-512", &user, password));
    assert!(can_log_in("SCRAM-SHA-256", &user, password));

    // Deleting a mechanism the user does not have is "not found", and nothing changes.
    let output = kan_admin()
        .args([
            "users",
            "delete",
            &user,
            "--mechanism",
            "scram-sha-512",
            "--yes",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(stderr(&output).contains("has no SCRAM-SHA-512 credential"));
    assert_eq!(stored(&user).len(), 1);

    // Without --mechanism: every one it has (found by describing first).
    let output = kan_admin()
        .args(["-o", "json", "users", "delete", &user, "--yes"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        json(&output)["mechanisms"],
        serde_json::json!(["SCRAM-SHA-256"])
    );
    assert!(stored(&user).is_empty());
    assert!(!can_log_in("SCRAM-SHA-256", &user, password));
}

#[test]
fn refusals_are_usage_errors_and_change_nothing() {
    let user = unique("keep");
    let password = "keep-Pw-90ad1e";
    let output = create(&user, "scram-sha-256", password, &[]);
    assert!(output.status.success(), "{}", stderr(&output));

    // No terminal and no --yes: refused, the user stays.
    let output = kan_admin()
        .args(["users", "delete", &user])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains("--yes"), "{message}");
    assert!(can_log_in("SCRAM-SHA-256", &user, password));

    // No password source: no terminal and no KAN_NEW_USER_PASSWORD.
    let output = kan_admin()
        .args(["users", "create", &user, "--mechanism", "scram-sha-256"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains("KAN_NEW_USER_PASSWORD"), "{message}");
    // An empty one is no password either.
    let output = create(&user, "scram-sha-256", "", &[]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("KAN_NEW_USER_PASSWORD"));

    // Iterations outside Kafka's limits, refused before anything is sent.
    for bad in ["4095", "16385"] {
        let output = create(&user, "scram-sha-256", "other-Pw-1", &["--iterations", bad]);
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        assert_never_shown(&output, "other-Pw-1");
        assert!(
            stderr(&output).contains("4096 to 16384"),
            "{}",
            stderr(&output)
        );
    }
    // A missing mechanism without a terminal, an empty name, iterations that are no number.
    for (args, needle) in [
        (vec!["users", "create", user.as_str()], "--mechanism"),
        (
            vec!["users", "create", "", "--mechanism", "scram-sha-256"],
            "a user name must not be empty",
        ),
        (
            vec![
                "users",
                "create",
                user.as_str(),
                "--mechanism",
                "scram-sha-256",
                "--iterations",
                "lots",
            ],
            "--iterations",
        ),
    ] {
        let output = kan_admin()
            .args(&args)
            .env("KAN_NEW_USER_PASSWORD", "other-Pw-2")
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains(needle),
            "{args:?}: {}",
            stderr(&output)
        );
        assert_never_shown(&output, "other-Pw-2");
    }
    // None of that touched the credential.
    assert_eq!(stored(&user).len(), 1);
    assert!(can_log_in("SCRAM-SHA-256", &user, password));
}

#[test]
fn deleting_an_unknown_user_is_not_found() {
    let user = unique("nobody");
    let output = kan_admin()
        .args(["users", "delete", &user, "--yes"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains(&user), "{message}");
}

#[test]
fn on_a_terminal_the_password_is_asked_twice_and_never_echoed() {
    let user = unique("tty");
    let password = "Typed-Pw-55e1c9";
    let address = cluster().address.clone();
    let args = [
        "-b",
        address.as_str(),
        "--sasl-mechanism",
        "scram-sha-512",
        "--sasl-username",
        ADMIN,
        "users",
        "create",
        user.as_str(),
        "--mechanism",
        "scram-sha-256",
    ];
    let mut terminal = Terminal::start(&args, &[("KAN_SASL_PASSWORD", ADMIN_PASSWORD)]);
    terminal.expect(&format!("New password for {user}"));
    terminal.send(password);
    terminal.send(common::pty::ENTER);
    // A different second entry is refused and both are asked again.
    terminal.expect("Again, to confirm");
    terminal.send("not-the-same");
    terminal.send(common::pty::ENTER);
    terminal.expect("The two entries differ");
    terminal.send(password);
    terminal.send(common::pty::ENTER);
    terminal.expect("Again, to confirm");
    terminal.send(password);
    terminal.send(common::pty::ENTER);
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("created"), "{screen}");
    assert!(
        !screen.contains(password),
        "the password was echoed:\n{screen}"
    );
    assert!(can_log_in("SCRAM-SHA-256", &user, password));

    // Deleting asks, naming what goes.
    let args = [
        "-b",
        address.as_str(),
        "--sasl-mechanism",
        "scram-sha-512",
        "--sasl-username",
        ADMIN,
        "users",
        "delete",
        user.as_str(),
    ];
    let mut terminal = Terminal::start(&args, &[("KAN_SASL_PASSWORD", ADMIN_PASSWORD)]);
    terminal.expect(&format!(
        "delete the SCRAM-SHA-256 credential of user '{user}'?"
    ));
    terminal.answer("y");
    let (code, screen) = terminal.finish();
    assert_eq!(code, 0, "{screen}");
    assert!(stored(&user).is_empty());
}

#[test]
fn a_broker_that_cannot_store_credentials_is_a_kafka_error() {
    // nisshi's in-memory storage answers AlterUserScramCredentials with UNSUPPORTED_VERSION for
    // the user, naming the engine.
    let output = common::kan_broker()
        .env("KAN_NEW_USER_PASSWORD", "memory-Pw-77")
        .args([
            "-vv",
            "users",
            "create",
            "svc",
            "--mechanism",
            "scram-sha-256",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let message = stderr(&output);
    let error: Vec<&str> = message
        .lines()
        .filter(|line| line.starts_with("error:"))
        .collect();
    assert_eq!(error.len(), 1, "{message}");
    assert!(error[0].contains("user 'svc'"), "{message}");
    assert!(output.stdout.is_empty());
    assert_never_shown(&output, "memory-Pw-77");
}

/// A proxy in front of nisshi that answers DescribeUserScramCredentials (api key 50) from
/// nisshi's credential table and forwards everything else. Frames to the client are written
/// whole, under one lock, so answers from both sides never interleave.
fn describing_proxy(listener: TcpListener, upstream: String, db: PathBuf) {
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let Ok(server) = TcpStream::connect(&upstream) else {
                continue; // the broker is not up yet: the client retries
            };
            let db = db.clone();
            let to_client = Arc::new(Mutex::new(client.try_clone().unwrap()));
            let back = to_client.clone();
            let mut from_server = server.try_clone().unwrap();
            std::thread::spawn(move || {
                while let Some(frame) = read_frame(&mut from_server) {
                    if write_frame(&back, &frame).is_err() {
                        break;
                    }
                }
                let _ = back.lock().unwrap().shutdown(Shutdown::Both);
            });
            std::thread::spawn(move || forward(client, server, &to_client, &db));
        }
    });
}

fn forward(
    mut client: TcpStream,
    mut server: TcpStream,
    to_client: &Mutex<TcpStream>,
    db: &std::path::Path,
) {
    while let Some(frame) = read_frame(&mut client) {
        let sent = if frame.len() >= 8 && common::proxy::api(&frame).0 == 50 {
            write_frame(to_client, &describe_answer(&frame, db))
        } else {
            server
                .write_all(&(frame.len() as i32).to_be_bytes())
                .and_then(|()| server.write_all(&frame))
        };
        if sent.is_err() {
            break;
        }
    }
    let _ = server.shutdown(Shutdown::Both);
}

fn read_frame(stream: &mut TcpStream) -> Option<Vec<u8>> {
    let mut size = [0u8; 4];
    stream.read_exact(&mut size).ok()?;
    let mut frame = vec![0u8; i32::from_be_bytes(size).max(0) as usize];
    stream.read_exact(&mut frame).ok()?;
    Some(frame)
}

fn write_frame(to: &Mutex<TcpStream>, frame: &[u8]) -> std::io::Result<()> {
    let mut stream = to.lock().unwrap();
    stream.write_all(&(frame.len() as i32).to_be_bytes())?;
    stream.write_all(frame)
}

/// The DescribeUserScramCredentials (v0, flexible) response to `request`, as Kafka answers it.
fn describe_answer(request: &[u8], db: &std::path::Path) -> Vec<u8> {
    let correlation = &request[4..8];
    let mut at = common::proxy::body_start(request, true);
    // Users: a compact nullable array of {name, tags}; null (0) or empty (1, what librdkafka
    // sends) = every user.
    let count = varint(request, &mut at);
    let asked: Option<Vec<String>> = (count > 1).then(|| {
        (1..count)
            .map(|_| {
                let length = varint(request, &mut at) - 1;
                let name = String::from_utf8_lossy(&request[at..at + length]).to_string();
                at += length;
                varint(request, &mut at); // tags
                name
            })
            .collect()
    });
    let rows = sqlite_rows(
        db,
        "select username, mechanism, iterations from scram_credential order by username, mechanism",
    );
    let mut users: Vec<(String, Vec<(i8, i32)>)> = Vec::new();
    for row in rows {
        let fields: Vec<&str> = row.split('|').collect();
        let credential = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
        match users.last_mut() {
            Some((user, credentials)) if user == fields[0] => credentials.push(credential),
            _ => users.push((fields[0].to_string(), vec![credential])),
        }
    }
    let answered: Vec<(String, Vec<(i8, i32)>)> = match asked {
        None => users,
        Some(names) => names
            .into_iter()
            .map(|name| {
                let credentials = users
                    .iter()
                    .find(|(user, _)| *user == name)
                    .map(|(_, credentials)| credentials.clone())
                    .unwrap_or_default();
                (name, credentials)
            })
            .collect(),
    };
    let mut body = correlation.to_vec();
    body.push(0); // response header tags
    body.extend_from_slice(&0i32.to_be_bytes()); // throttle
    body.extend_from_slice(&0i16.to_be_bytes()); // error code
    body.push(0); // error message: null
    put_varint(&mut body, answered.len() + 1);
    for (user, credentials) in answered {
        put_varint(&mut body, user.len() + 1);
        body.extend_from_slice(user.as_bytes());
        if credentials.is_empty() {
            body.extend_from_slice(&91i16.to_be_bytes()); // RESOURCE_NOT_FOUND
            let message = b"Attempt to describe a user credential that does not exist";
            put_varint(&mut body, message.len() + 1);
            body.extend_from_slice(message);
        } else {
            body.extend_from_slice(&0i16.to_be_bytes());
            body.push(0);
        }
        put_varint(&mut body, credentials.len() + 1);
        for (mechanism, iterations) in credentials {
            body.push(mechanism as u8);
            body.extend_from_slice(&iterations.to_be_bytes());
            body.push(0);
        }
        body.push(0);
    }
    body.push(0);
    body
}

/// An unsigned varint (the compact lengths).
fn varint(bytes: &[u8], at: &mut usize) -> usize {
    let (mut value, mut shift) = (0usize, 0);
    loop {
        let byte = bytes[*at];
        *at += 1;
        value |= usize::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return value;
        }
        shift += 7;
    }
}

fn put_varint(out: &mut Vec<u8>, mut value: usize) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7f) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

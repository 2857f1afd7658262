//! Test harness: a real Kafka-compatible broker (nisshi) started once per test binary on a
//! free loopback port, plus helpers to run the `kan` binary against it.
//!
//! The broker runs under a tiny shell watchdog that kills it when this test process exits
//! (its stdin pipe closes), so no broker outlives the run even when a test panics.

#![allow(dead_code)]

pub mod fault;
pub mod pty;
pub mod registry;

use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command as StdCommand, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use assert_cmd::Command;

/// A running broker.
pub struct Broker {
    pub address: String,
    pub log: PathBuf,
    _watchdog: Mutex<(Child, ChildStdin)>,
}

/// Where nisshi is: `$NISSHI_BIN`, else on `PATH`, else `~/.cargo/bin/nisshi`.
pub fn nisshi_binary() -> PathBuf {
    if let Some(path) = std::env::var_os("NISSHI_BIN") {
        return PathBuf::from(path);
    }
    if let Some(paths) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&paths) {
            let candidate = dir.join("nisshi");
            if candidate.is_file() {
                return candidate;
            }
        }
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    let candidate = home.join(".cargo/bin/nisshi");
    assert!(
        candidate.is_file(),
        "the nisshi broker is not installed: run scripts/install-nisshi (or set NISSHI_BIN)"
    );
    candidate
}

/// A free TCP port on 127.0.0.1.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("no free loopback port")
}

/// Starts nisshi with extra arguments and waits. It runs in `CARGO_TARGET_TMPDIR`, so a
/// relative `sqlite://NAME` storage lands there. until it accepts Kafka requests.
pub fn start_broker(extra: &[&str], tag: &str) -> Broker {
    // A free port can be taken by another test binary between our probe and nisshi's bind:
    // that start fails with "address in use", and another port is tried.
    let mut last = String::new();
    for _ in 0..5 {
        match try_start_broker(free_port(), extra, tag) {
            Ok(broker) => return broker,
            Err(log) if log.to_lowercase().contains("in use") => last = log,
            Err(log) => panic!("{log}"),
        }
    }
    panic!("no port found for nisshi in 5 tries; the last start said:\n{last}");
}

/// Starts nisshi on a given port (to restart a broker where clients expect it).
pub fn start_broker_on(port: u16, extra: &[&str], tag: &str) -> Broker {
    try_start_broker(port, extra, tag).unwrap_or_else(|log| panic!("{log}"))
}

fn try_start_broker(port: u16, extra: &[&str], tag: &str) -> Result<Broker, String> {
    let address = format!("127.0.0.1:{port}");
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let log = dir.join(format!("nisshi-{tag}-{port}.log"));
    let mut args = vec![
        nisshi_binary().display().to_string(),
        "broker".to_string(),
        "--listener-url".to_string(),
        format!("tcp://{address}"),
        "--advertised-listener-url".to_string(),
        format!("tcp://{address}"),
    ];
    if !extra.contains(&"--storage-engine") {
        args.push("--storage-engine".into());
        args.push("memory://nisshi/".into());
    }
    args.extend(extra.iter().map(|arg| arg.to_string()));
    let (mut child, stdin) = launch(&dir, &args, &log);
    // A broker that wants TLS or SASL is probed by its port alone (a plain metadata request
    // cannot pass its handshake).
    let secured = extra
        .iter()
        .any(|arg| *arg == "--cert" || *arg == "--authentication");
    wait_until_ready(&address, &log, &mut child, !secured)?;
    Ok(Broker {
        address,
        log,
        _watchdog: Mutex::new((child, stdin)),
    })
}

/// Runs `command` (the broker) under a tiny shell watchdog in `dir`, its output in `log` and its
/// pid in `LOG.pid`: the broker runs until it exits, or until our stdin closes (this test
/// process ended), whichever comes first. (Background jobs get /dev/null as stdin, so the pipe is
/// passed to the reader as fd 3.)
fn launch(dir: &Path, command: &[String], log: &Path) -> (Child, ChildStdin) {
    let quoted: Vec<String> = command
        .iter()
        .map(|arg| format!("'{}'", arg.replace('\'', "'\\''")))
        .collect();
    let script = format!(
        "exec 3<&0; {} >'{}' 2>&1 3<&- & pid=$!; echo $pid >'{}.pid'; (read _ignored <&3; kill $pid 2>/dev/null) & wait $pid",
        quoted.join(" "),
        log.display(),
        log.display()
    );
    let mut child = StdCommand::new("sh")
        .current_dir(dir)
        .arg("-c")
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("cannot start the nisshi watchdog");
    let stdin = child.stdin.take().expect("watchdog stdin");
    (child, stdin)
}

/// Waits until the broker answers a metadata request naming itself — not merely until its
/// port is open — with a deadline. `Err`: the broker exited first (its log).
fn wait_until_ready(
    address: &str,
    log: &Path,
    child: &mut Child,
    plain: bool,
) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(60);
    let exited = |child: &mut Child| -> Option<String> {
        let status = child.try_wait().ok()??;
        let output = std::fs::read_to_string(log).unwrap_or_default();
        Some(format!(
            "nisshi exited ({status}) before serving {address}; its log:\n{output}"
        ))
    };
    while Instant::now() < deadline {
        if let Some(log) = exited(child) {
            return Err(log);
        }
        if TcpStream::connect(address).is_ok() && (!plain || answers_metadata(address)) {
            if !plain {
                // The port is open; give the broker a moment to finish registering itself.
                std::thread::sleep(Duration::from_millis(300));
            }
            // Still ours (a broker that lost the port to another exits at once).
            return match exited(child) {
                Some(log) => Err(log),
                None => Ok(()),
            };
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let output = std::fs::read_to_string(log).unwrap_or_default();
    panic!("nisshi did not serve metadata on {address} within 60s; its log:\n{output}");
}

/// True when a metadata request to `address` lists a broker at that address.
fn answers_metadata(address: &str) -> bool {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    let Ok(client) = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", address)
        .set("log_level", "0")
        .create::<BaseConsumer>()
    else {
        return false;
    };
    client
        .fetch_metadata(None, Duration::from_secs(2))
        .is_ok_and(|metadata| {
            metadata
                .brokers()
                .iter()
                .any(|broker| format!("{}:{}", broker.host(), broker.port()) == address)
        })
}

impl Broker {
    /// The broker's process id.
    pub fn pid(&self) -> i32 {
        let file = format!("{}.pid", self.log.display());
        std::fs::read_to_string(&file)
            .ok()
            .and_then(|text| text.trim().parse().ok())
            .unwrap_or_else(|| panic!("no broker pid in {file}"))
    }

    /// Stops the broker and waits until it is gone.
    pub fn stop(self) {
        let (mut child, stdin) = self._watchdog.into_inner().expect("watchdog lock");
        drop(stdin);
        let _ = child.wait();
    }
}

/// The broker shared by every test of this binary (started on first use).
pub fn broker() -> &'static Broker {
    static BROKER: OnceLock<Broker> = OnceLock::new();
    BROKER.get_or_init(|| start_broker(&[], "shared"))
}

/// `kan` with a clean environment: no inherited KAN_*/KAFKA_* settings, no user config file.
pub fn kan() -> Command {
    let mut command = Command::cargo_bin("kan").expect("kan binary");
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy().to_string();
        if key.starts_with("KAN_") || key.starts_with("KAFKA_") || key == "NO_COLOR" {
            command.env_remove(&key);
        }
    }
    command.env("XDG_CONFIG_HOME", empty_config_home());
    // Publish checkpoints land in the test's temp dir, not the user's home.
    command.env(
        "XDG_STATE_HOME",
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("state-home"),
    );
    command.timeout(Duration::from_secs(60));
    command
}

/// `kan -b <shared broker>`.
pub fn kan_broker() -> Command {
    let mut command = kan();
    command.arg("-b").arg(&broker().address);
    command
}

fn empty_config_home() -> PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("empty-config-home");
        std::fs::create_dir_all(&dir).expect("config home");
        dir
    })
    .clone()
}

/// A topic name no other test (or earlier run against a reused broker) uses.
pub fn unique(prefix: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    format!(
        "{prefix}-{}-{}-{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// Parses a command's stdout as JSON, with the output in the panic message when it is not.
pub fn json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "stdout is not JSON ({err}):\nstdout: {}\nstderr: {}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// stderr as text.
pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).to_string()
}

/// Produces `count` records with keys `key-i` to one partition, flushing before returning.
pub fn produce(address: &str, topic: &str, partition: i32, count: usize) {
    use rdkafka::config::ClientConfig;
    use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", address)
        .set("linger.ms", "5")
        .create()
        .expect("producer");
    for index in 0..count {
        let key = format!("key-{index}");
        let value = format!("{{\"n\":{index}}}");
        let mut record = BaseRecord::to(topic)
            .partition(partition)
            .key(&key)
            .payload(&value);
        loop {
            match producer.send(record) {
                Ok(()) => break,
                Err((_, returned)) => {
                    producer.poll(Duration::from_millis(50));
                    record = returned;
                }
            }
        }
    }
    // Generous: the SQLite broker of the fault tests stores only 1,300-2,700 records/s.
    producer
        .flush(Duration::from_secs(120))
        .expect("records delivered");
}

/// Writes a file into the test temp dir and returns its path.
pub fn temp_file(name: &str, contents: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique(name));
    let mut file = std::fs::File::create(&path).expect("temp file");
    file.write_all(contents.as_bytes())
        .expect("write temp file");
    path
}

/// A record read back in a test.
#[derive(Debug, Clone)]
pub struct ReadRecord {
    pub partition: i32,
    pub offset: i64,
    pub key: Option<Vec<u8>>,
    /// Empty for a null value too; `null_value` tells the two apart.
    pub value: Vec<u8>,
    /// The record's value is null (a tombstone), not merely empty.
    pub null_value: bool,
    pub headers: Vec<(String, Vec<u8>)>,
    pub timestamp: Option<i64>,
}

impl ReadRecord {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.value).expect("record value is JSON")
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| String::from_utf8_lossy(value).to_string())
    }

    pub fn key_text(&self) -> Option<String> {
        self.key
            .as_ref()
            .map(|key| String::from_utf8_lossy(key).to_string())
    }
}

/// Reads every record of a topic from the beginning to the current end of each partition.
pub fn read_all(address: &str, topic: &str, read_committed: bool) -> Vec<ReadRecord> {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    use rdkafka::message::{Headers, Message};
    use rdkafka::{ClientConfig, Offset, TopicPartitionList};

    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", address)
        .set("group.id", unique("reader"))
        .set("enable.auto.commit", "false")
        .set("enable.partition.eof", "true")
        .set(
            "isolation.level",
            if read_committed {
                "read_committed"
            } else {
                "read_uncommitted"
            },
        )
        .create()
        .expect("consumer");
    let metadata = consumer
        .fetch_metadata(Some(topic), Duration::from_secs(10))
        .expect("metadata");
    let partitions: Vec<i32> = metadata.topics()[0]
        .partitions()
        .iter()
        .map(|partition| partition.id())
        .collect();
    let mut assignment = TopicPartitionList::new();
    let mut open = std::collections::BTreeSet::new();
    for partition in &partitions {
        let (low, high) = consumer
            .fetch_watermarks(topic, *partition, Duration::from_secs(10))
            .expect("watermarks");
        if high > low {
            assignment
                .add_partition_offset(topic, *partition, Offset::Beginning)
                .unwrap();
            open.insert(*partition);
        }
    }
    let mut records = Vec::new();
    if open.is_empty() {
        return records;
    }
    consumer.assign(&assignment).expect("assign");
    // Generous: the fault tests' SQLite broker reads slowly on a loaded machine.
    let deadline = Instant::now() + Duration::from_secs(120);
    while !open.is_empty() && Instant::now() < deadline {
        match consumer.poll(Duration::from_millis(200)) {
            Some(Ok(message)) => records.push(ReadRecord {
                partition: message.partition(),
                offset: message.offset(),
                key: message.key().map(<[u8]>::to_vec),
                value: message.payload().map(<[u8]>::to_vec).unwrap_or_default(),
                null_value: message.payload().is_none(),
                headers: message
                    .headers()
                    .map(|headers| {
                        headers
                            .iter()
                            .map(|header| {
                                (
                                    header.key.to_string(),
                                    header.value.map(<[u8]>::to_vec).unwrap_or_default(),
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                timestamp: message.timestamp().to_millis(),
            }),
            Some(Err(rdkafka::error::KafkaError::PartitionEOF(partition))) => {
                open.remove(&partition);
            }
            Some(Err(err)) => panic!("consume failed: {err}"),
            None => {}
        }
    }
    assert!(
        open.is_empty(),
        "did not reach the end of partitions {open:?}"
    );
    records
}

/// Writes `lines` (each followed by a newline) to a temp file.
pub fn lines_file(name: &str, lines: &[String]) -> PathBuf {
    let mut text = lines.join("\n");
    text.push('\n');
    temp_file(name, &text)
}

/// Commits offsets for a group without joining it (as `kafka-consumer-groups` does).
pub fn commit(group: &str, topic: &str, offsets: &[(i32, i64)]) {
    use rdkafka::consumer::{CommitMode, Consumer};
    use rdkafka::{Offset, TopicPartitionList};
    let consumer = group_consumer(group);
    let mut list = TopicPartitionList::new();
    for (partition, offset) in offsets {
        list.add_partition_offset(topic, *partition, Offset::Offset(*offset))
            .expect("partition offset");
    }
    consumer.commit(&list, CommitMode::Sync).expect("commit");
}

/// A group's committed offset on partition 0 of `topic` (None: nothing committed), read with
/// rdkafka.
pub fn committed_offset(group: &str, topic: &str) -> Option<i64> {
    use rdkafka::consumer::Consumer;
    use rdkafka::{Offset, TopicPartitionList};
    let consumer = group_consumer(group);
    let mut list = TopicPartitionList::new();
    list.add_partition(topic, 0);
    let found = consumer
        .committed_offsets(list, Duration::from_secs(10))
        .expect("committed offsets");
    match found.elements()[0].offset() {
        Offset::Offset(offset) => Some(offset),
        _ => None,
    }
}

/// A consumer of `group` on the shared broker that never joins it (for commits and reads of
/// committed offsets).
fn group_consumer(group: &str) -> rdkafka::consumer::BaseConsumer {
    rdkafka::ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .set("group.id", group)
        .set("enable.auto.commit", "false")
        .create()
        .expect("consumer")
}

/// A group's lag over every partition of `topics` — log end minus committed offset (the log
/// start where nothing is committed) — read with rdkafka, not kan.
pub fn group_lag(group: &str, topics: &[&str]) -> i64 {
    use rdkafka::consumer::Consumer;
    use rdkafka::{Offset, TopicPartitionList};
    let consumer = group_consumer(group);
    let timeout = Duration::from_secs(10);
    let mut list = TopicPartitionList::new();
    let mut bounds = std::collections::BTreeMap::new();
    for topic in topics {
        let metadata = consumer
            .fetch_metadata(Some(topic), timeout)
            .expect("metadata");
        for partition in metadata.topics()[0].partitions() {
            let id = partition.id();
            list.add_partition(topic, id);
            let marks = consumer
                .fetch_watermarks(topic, id, timeout)
                .expect("watermarks");
            bounds.insert((topic.to_string(), id), marks);
        }
    }
    let committed = consumer
        .committed_offsets(list, timeout)
        .expect("committed offsets");
    committed
        .elements()
        .iter()
        .map(|element| {
            let (low, high) = bounds[&(element.topic().to_string(), element.partition())];
            let position = match element.offset() {
                Offset::Offset(offset) => offset,
                _ => low,
            };
            high - position
        })
        .sum()
}

/// A topic config's value as the broker reports it (rdkafka's DescribeConfigs).
pub fn config_of(topic: &str, key: &str) -> Option<String> {
    use rdkafka::admin::{AdminClient, AdminOptions, ResourceSpecifier};
    use rdkafka::client::DefaultClientContext;
    let admin: AdminClient<DefaultClientContext> = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .create()
        .expect("admin client");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let results = runtime
        .block_on(admin.describe_configs(
            &[ResourceSpecifier::Topic(topic)],
            &AdminOptions::new().request_timeout(Some(Duration::from_secs(10))),
        ))
        .expect("describe configs");
    let resource = results.into_iter().next()?.ok()?;
    resource
        .entries
        .into_iter()
        .find(|entry| entry.name == key)
        .and_then(|entry| entry.value)
}

// ---- Independent read-backs (rdkafka, never kan) and bounded waits ----

/// A group's committed offset on every partition of `topic` (None: nothing committed there),
/// read with rdkafka from the shared broker, not with kan.
pub fn committed_offsets(group: &str, topic: &str) -> std::collections::BTreeMap<i32, Option<i64>> {
    committed_offsets_at(&broker().address, group, topic)
}

/// [`committed_offsets`] from the broker at `address`.
pub fn committed_offsets_at(
    address: &str,
    group: &str,
    topic: &str,
) -> std::collections::BTreeMap<i32, Option<i64>> {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    use rdkafka::{Offset, TopicPartitionList};
    let consumer: BaseConsumer = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", address)
        .set("group.id", group)
        .set("enable.auto.commit", "false")
        .create()
        .expect("consumer");
    let timeout = Duration::from_secs(10);
    let metadata = consumer
        .fetch_metadata(Some(topic), timeout)
        .expect("metadata");
    let mut list = TopicPartitionList::new();
    for partition in metadata.topics()[0].partitions() {
        list.add_partition(topic, partition.id());
    }
    assert!(list.count() > 0, "topic {topic} has no partitions");
    let found = consumer
        .committed_offsets(list, timeout)
        .expect("committed offsets");
    found
        .elements()
        .iter()
        .map(|element| {
            let offset = match element.offset() {
                Offset::Offset(offset) => Some(offset),
                _ => None,
            };
            (element.partition(), offset)
        })
        .collect()
}

/// The partition count of `topic` from cluster metadata (rdkafka), or None when the broker
/// does not have the topic.
pub fn partition_count(topic: &str) -> Option<usize> {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    let consumer: BaseConsumer = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .set("allow.auto.create.topics", "false")
        .create()
        .expect("consumer");
    let metadata = consumer
        .fetch_metadata(Some(topic), Duration::from_secs(10))
        .expect("metadata");
    metadata
        .topics()
        .iter()
        .find(|found| found.name() == topic && found.error().is_none())
        .map(|found| found.partitions().len())
}

/// Polls `done` every 100 ms until it holds; panics with `what` when `patience` runs out.
pub fn wait_for(what: &str, patience: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + patience;
    while !done() {
        assert!(
            Instant::now() < deadline,
            "gave up after {patience:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Starts nisshi listening on `listen` but advertising `advertised` in its metadata (a proxy
/// in front of it, say): clients that bootstrap through `advertised` stay on it. Ready when a
/// metadata request through `advertised` names `advertised`, so whatever listens there must
/// already forward to `listen`. The broker's `address` is `advertised`.
pub fn start_broker_advertising(listen: &str, advertised: &str, tag: &str) -> Broker {
    start_broker_advertising_with(listen, advertised, &[], tag)
}

/// [`start_broker_advertising`] with extra broker arguments (`--storage-engine` replaces the
/// in-memory default; with `--authentication` readiness is the open port alone).
pub fn start_broker_advertising_with(
    listen: &str,
    advertised: &str,
    extra: &[&str],
    tag: &str,
) -> Broker {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let log = dir.join(format!("nisshi-{tag}-{}.log", listen.replace(':', "-")));
    let mut args = vec![
        nisshi_binary().display().to_string(),
        "broker".to_string(),
        "--listener-url".to_string(),
        format!("tcp://{listen}"),
        "--advertised-listener-url".to_string(),
        format!("tcp://{advertised}"),
    ];
    if !extra.contains(&"--storage-engine") {
        args.push("--storage-engine".into());
        args.push("memory://nisshi/".into());
    }
    args.extend(extra.iter().map(|arg| arg.to_string()));
    let plain = !extra.contains(&"--authentication");
    let (mut child, stdin) = launch(&dir, &args, &log);
    if let Err(log) = wait_until_ready(advertised, &log, &mut child, plain) {
        panic!("{log}");
    }
    Broker {
        address: advertised.to_string(),
        log,
        _watchdog: Mutex::new((child, stdin)),
    }
}

/// A TCP proxy in front of a broker (started with [`start_broker_advertising`], so clients stay
/// on it) that hands every request frame — the bytes after the 4-byte size: api key, version,
/// correlation id, client id, body — to `hook` before forwarding it. The hook may change bytes
/// in place (not the length). Responses pass through untouched.
pub mod proxy {
    use std::io::{Read, Write};
    use std::net::{Shutdown, TcpListener, TcpStream};
    use std::sync::Arc;

    pub type Hook = Arc<dyn Fn(&mut [u8]) + Send + Sync>;

    /// Listens on a free loopback port (returned) and forwards each connection to `upstream`.
    pub fn start(upstream: String, hook: Hook) -> String {
        let listener = TcpListener::bind("127.0.0.1:0").expect("proxy listener");
        let address = listener.local_addr().unwrap().to_string();
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let Ok(server) = TcpStream::connect(&upstream) else {
                    continue; // the broker is not up yet: the client retries
                };
                let hook = hook.clone();
                std::thread::spawn(move || {
                    let (mut from_server, mut to_client) =
                        (server.try_clone().unwrap(), client.try_clone().unwrap());
                    std::thread::spawn(move || {
                        let _ = std::io::copy(&mut from_server, &mut to_client);
                        let _ = to_client.shutdown(Shutdown::Both);
                    });
                    forward_requests(client, server, &hook);
                });
            }
        });
        address
    }

    fn forward_requests(mut client: TcpStream, mut server: TcpStream, hook: &Hook) {
        loop {
            let mut size = [0u8; 4];
            if client.read_exact(&mut size).is_err() {
                break;
            }
            let mut frame = vec![0u8; i32::from_be_bytes(size).max(0) as usize];
            if client.read_exact(&mut frame).is_err() {
                break;
            }
            if frame.len() >= 8 {
                hook(&mut frame);
            }
            if server.write_all(&size).is_err() || server.write_all(&frame).is_err() {
                break;
            }
        }
        let _ = server.shutdown(Shutdown::Both);
    }

    /// A request's api key and version.
    pub fn api(frame: &[u8]) -> (i16, i16) {
        (
            i16::from_be_bytes([frame[0], frame[1]]),
            i16::from_be_bytes([frame[2], frame[3]]),
        )
    }

    /// Where a request's body starts: after api key, version, correlation id, the client id
    /// (a nullable int16-length string in every header version) and, for flexible versions,
    /// the header's tagged fields (assumed empty: one zero byte, as librdkafka sends them).
    pub fn body_start(frame: &[u8], flexible: bool) -> usize {
        let length = i16::from_be_bytes([frame[8], frame[9]]).max(0) as usize;
        10 + length + usize::from(flexible)
    }
}

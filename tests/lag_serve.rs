//! `kan lag serve` against a real broker, scraped by a real Prometheus: the lag Prometheus
//! stores equals the lag computed from offsets read with rdkafka (not kan).
//!
//! nisshi lists no members in DescribeGroups, so `kafka_consumergroup_members` is 0 here; the
//! metric's rendering from a group with members is covered by render::metrics's unit tests
//! (and the member count itself by tests/watch.rs against group state kan writes).

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use common::{broker, commit, committed_offsets, free_port, kan, produce, unique, wait_for};

// ---- HTTP, by hand: a GET is a few lines, and the test must not share kan's HTTP stack ----

/// `GET path` on `address`: the status code and the body.
fn get(address: &str, path: &str) -> std::io::Result<(u16, String)> {
    let mut stream = TcpStream::connect(address)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {address}\r\n\r\n")?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_string())
        .unwrap_or_default();
    Ok((status, body))
}

/// `GET path` with extra request headers: the response head and the raw body bytes.
fn get_raw(address: &str, path: &str, headers: &str) -> std::io::Result<(String, Vec<u8>)> {
    let mut stream = TcpStream::connect(address)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(
        stream,
        "GET {path} HTTP/1.0\r\nHost: {address}\r\n{headers}\r\n"
    )?;
    let mut response = Vec::new();
    stream.read_to_end(&mut response)?;
    let split = response
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .unwrap_or(response.len());
    let head = String::from_utf8_lossy(&response[..split]).into_owned();
    let body = response.get(split + 4..).unwrap_or_default().to_vec();
    Ok((head, body))
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (byte as char).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

// ---- Processes that die with the test ----

/// A background process killed when dropped; its stderr goes to a file.
struct Service {
    child: Child,
    stderr: PathBuf,
}

impl Service {
    fn start(program: &Path, args: &[&str], tag: &str) -> Service {
        let stderr =
            PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{}.err", unique(tag)));
        let child = Command::new(program)
            .args(args)
            .env_remove("KAN_BROKERS")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&stderr).expect("stderr file"))
            .spawn()
            .unwrap_or_else(|err| panic!("cannot start {}: {err}", program.display()));
        Service { child, stderr }
    }

    fn kan_serve(args: &[&str]) -> Service {
        let mut all = vec!["-b", &broker().address, "lag", "serve"];
        all.extend_from_slice(args);
        Service::start(&assert_cmd::cargo::cargo_bin("kan"), &all, "serve")
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// Sends SIGTERM and waits (bounded) for the exit code.
    fn terminate(&mut self) -> Option<i32> {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill");
        assert!(status.success());
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return status.code();
            }
            assert!(
                Instant::now() < deadline,
                "not ended 15 s after SIGTERM:\n{}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

// ---- Prometheus ----

/// The prometheus binary, installed from Debian's package when missing. A failed install
/// fails the test with apt's words: it is never skipped.
fn prometheus_binary() -> PathBuf {
    static INSTALL: Mutex<()> = Mutex::new(());
    let _once = INSTALL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let find = || {
        ["/usr/bin/prometheus", "/usr/local/bin/prometheus"]
            .iter()
            .map(PathBuf::from)
            .find(|path| path.is_file())
    };
    if let Some(path) = find() {
        return path;
    }
    let apt = |args: &[&str]| {
        let output = Command::new("apt-get")
            .args(args)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .output()
            .unwrap_or_else(|err| {
                panic!("prometheus is not installed and apt-get cannot run: {err}")
            });
        assert!(
            output.status.success(),
            "prometheus is not installed and `apt-get {}` failed ({}):\n{}",
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    };
    apt(&["update"]);
    apt(&["install", "-y", "--no-install-recommends", "prometheus"]);
    find().expect("apt-get installed prometheus, but no /usr/bin/prometheus")
}

/// A Prometheus scraping `target` every 500 ms, on a free loopback port.
struct Prometheus {
    address: String,
    _service: Service,
}

impl Prometheus {
    fn start(target: &str) -> Prometheus {
        let binary = prometheus_binary();
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique("prometheus"));
        std::fs::create_dir_all(&dir).unwrap();
        let config = dir.join("prometheus.yml");
        std::fs::write(
            &config,
            format!(
                "global:\n  scrape_interval: 500ms\n  scrape_timeout: 400ms\n\
                 scrape_configs:\n  - job_name: kan\n    static_configs:\n      - targets: ['{target}']\n"
            ),
        )
        .unwrap();
        let address = format!("127.0.0.1:{}", free_port());
        let service = Service::start(
            &binary,
            &[
                &format!("--config.file={}", config.display()),
                &format!("--storage.tsdb.path={}", dir.join("data").display()),
                &format!("--web.listen-address={address}"),
            ],
            "prometheus",
        );
        let prometheus = Prometheus {
            address,
            _service: service,
        };
        wait_for("Prometheus to be ready", Duration::from_secs(60), || {
            get(&prometheus.address, "/-/ready").is_ok_and(|(code, _)| code == 200)
        });
        prometheus
    }

    /// An instant query: each series' labels and value.
    fn query(&self, query: &str) -> Vec<(serde_json::Value, f64)> {
        let path = format!("/api/v1/query?query={}", percent_encode(query));
        let (code, body) = get(&self.address, &path).expect("query Prometheus");
        assert_eq!(code, 200, "{body}");
        let answer: serde_json::Value = serde_json::from_str(&body).expect("JSON");
        assert_eq!(answer["status"], "success", "{body}");
        answer["data"]["result"]
            .as_array()
            .expect("a vector")
            .iter()
            .map(|series| {
                let value = series["value"][1].as_str().unwrap().parse().unwrap();
                (series["metric"].clone(), value)
            })
            .collect()
    }
}

// ---- Independent expectations ----

/// Log end (high watermark) per partition of `topic`, read with rdkafka.
fn high_watermarks(topic: &str, partitions: i32) -> Vec<i64> {
    use rdkafka::consumer::{BaseConsumer, Consumer};
    let consumer: BaseConsumer = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", &broker().address)
        .create()
        .unwrap();
    (0..partitions)
        .map(|partition| {
            consumer
                .fetch_watermarks(topic, partition, Duration::from_secs(10))
                .unwrap()
                .1
        })
        .collect()
}

fn topic_with(counts: &[usize]) -> String {
    let topic = unique("serve");
    kan()
        .args(["-b", &broker().address, "topics", "create", &topic])
        .args(["--partitions", &counts.len().to_string()])
        .assert()
        .success();
    for (partition, count) in counts.iter().enumerate() {
        produce(&broker().address, &topic, partition as i32, *count);
    }
    topic
}

/// `kan lag serve` reading every 300 ms, following `group` only, plus `extra` flags.
fn serve_group(address: &str, group: &str, extra: &[&str]) -> Service {
    let mut args = vec![
        "--listen",
        address,
        "--interval",
        "300ms",
        "--group-pattern",
        group,
    ];
    args.extend_from_slice(extra);
    Service::kan_serve(&args)
}

fn serve_address() -> String {
    format!("127.0.0.1:{}", free_port())
}

fn wait_healthy(address: &str, service: &Service) {
    wait_for(
        "kan lag serve to answer /healthz with 200",
        Duration::from_secs(60),
        || get(address, "/healthz").is_ok_and(|(code, _)| code == 200),
    );
    assert!(
        service.stderr().contains("serving http://"),
        "{}",
        service.stderr()
    );
}

#[test]
fn prometheus_stores_the_exact_lag_and_the_endpoints_answer() {
    let topic = topic_with(&[10, 20, 30]);
    let prefix = unique("watched");
    let group = format!("{prefix}-a");
    commit(&group, &topic, &[(0, 4), (1, 20), (2, 0)]);
    let excluded = format!("{prefix}-skip");
    commit(&excluded, &topic, &[(0, 1)]);

    let address = serve_address();
    let pattern = format!("{prefix}-.*");
    let mut serve = Service::kan_serve(&[
        "--listen",
        &address,
        "--interval",
        "500ms",
        "--group-pattern",
        &pattern,
        "--group-pattern",
        &format!("!{excluded}"),
    ]);
    wait_healthy(&address, &serve);

    // What the lag is, from rdkafka's reads of committed offsets and log ends.
    let committed = committed_offsets(&group, &topic);
    let ends = high_watermarks(&topic, 3);
    let expected: Vec<i64> = (0..3)
        .map(|p| ends[p as usize] - committed[&p].unwrap_or(0))
        .collect();
    assert_eq!(expected, [6, 0, 30], "the setup itself");

    let prometheus = Prometheus::start(&address);
    let query = format!("kafka_consumergroup_lag{{consumergroup=\"{group}\"}}");
    let mut series = Vec::new();
    wait_for(
        "Prometheus to store three lag series",
        Duration::from_secs(60),
        || {
            series = prometheus.query(&query);
            series.len() == 3
        },
    );
    for (labels, value) in &series {
        assert_eq!(labels["topic"], topic.as_str());
        let partition: usize = labels["partition"].as_str().unwrap().parse().unwrap();
        assert_eq!(*value, expected[partition] as f64, "partition {partition}");
    }
    let sum = prometheus.query(&format!(
        "kafka_consumergroup_lag_sum{{consumergroup=\"{group}\",topic=\"{topic}\"}}"
    ));
    assert_eq!(sum.len(), 1);
    assert_eq!(sum[0].1, 36.0);
    assert!(prometheus
        .query(&format!(
            "kafka_consumergroup_lag{{consumergroup=\"{excluded}\"}}"
        ))
        .is_empty());
    let up = prometheus.query("kan_up");
    assert_eq!(up.len(), 1);
    assert_eq!(up[0].1, 1.0);

    // A group that appears later is followed without a restart.
    let late = format!("{prefix}-late");
    commit(&late, &topic, &[(2, 25)]);
    wait_for("the new group in /metrics", Duration::from_secs(30), || {
        get(&address, "/metrics").is_ok_and(|(_, body)| {
            body.contains(&format!(
                "kafka_consumergroup_lag{{consumergroup=\"{late}\",topic=\"{topic}\",partition=\"2\"}} 5\n"
            ))
        })
    });

    // /metrics: HELP and TYPE for every family, and a scrape is fast (the latest read is
    // served, Kafka is not asked).
    let started = Instant::now();
    let (code, metrics) = get(&address, "/metrics").unwrap();
    let scrape = started.elapsed();
    assert_eq!(code, 200);
    eprintln!(
        "scrape of /metrics took {scrape:?} ({} bytes)",
        metrics.len()
    );
    assert!(scrape < Duration::from_millis(100), "{scrape:?}");
    for family in [
        "kafka_consumergroup_lag",
        "kafka_consumergroup_current_offset",
        "kafka_consumergroup_lag_sum",
        "kafka_topic_partition_current_offset",
        "kafka_topic_partition_oldest_offset",
        "kan_consumergroup_lag_seconds",
        "kan_consumergroup_status",
        "kafka_consumergroup_members",
        "kan_up",
        "kan_refresh_duration_seconds",
        "kan_refresh_errors_total",
    ] {
        assert!(metrics.contains(&format!("# HELP {family} ")), "{family}");
        assert!(metrics.contains(&format!("# TYPE {family} ")), "{family}");
    }
    assert!(metrics.contains(&format!(
        "kafka_consumergroup_current_offset{{consumergroup=\"{group}\",topic=\"{topic}\",partition=\"0\"}} 4\n"
    )));
    assert!(metrics.contains(&format!(
        "kafka_topic_partition_current_offset{{topic=\"{topic}\",partition=\"2\"}} 30\n"
    )));
    assert!(metrics.contains(&format!(
        "kafka_consumergroup_members{{consumergroup=\"{group}\"}} 0\n"
    )));
    let refresh: f64 = metrics
        .lines()
        .find_map(|line| line.strip_prefix("kan_refresh_duration_seconds "))
        .unwrap()
        .parse()
        .unwrap();
    eprintln!("one read of Kafka took {refresh:.3} s");

    // Gzip, as Prometheus asks for it: the same text (two gzip members, read as one stream).
    let (head, gzipped) = get_raw(&address, "/metrics", "Accept-Encoding: gzip\r\n").unwrap();
    assert!(
        head.to_ascii_lowercase().contains("content-encoding: gzip"),
        "{head}"
    );
    let mut unzipped = String::new();
    flate2::read::MultiGzDecoder::new(&gzipped[..])
        .read_to_string(&mut unzipped)
        .unwrap();
    let kafka_part = |text: &str| text[..text.find("# HELP kan_up ").unwrap()].to_string();
    assert_eq!(kafka_part(&unzipped), kafka_part(&metrics));
    assert!(unzipped.contains("\nkan_up 1\n"), "{unzipped}");

    // /status: the kan lag -o json document, with each group's status.
    let (code, status) = get(&address, "/status").unwrap();
    assert_eq!(code, 200);
    let status: serde_json::Value = serde_json::from_str(&status).unwrap();
    assert_eq!(status["log_end"], "last_stable_offset");
    let groups = status["groups"].as_array().unwrap();
    let ours = groups
        .iter()
        .find(|g| g["group"] == group.as_str())
        .unwrap();
    assert_eq!(ours["total_lag"], 36);
    assert_eq!(ours["topics"][0]["partitions"][0]["committed"], 4);
    assert!(["OK", "STOP", "UNKNOWN"].contains(&ours["trend"]["status"].as_str().unwrap()));
    assert!(groups.iter().all(|g| g["group"] != excluded.as_str()));
    assert!(status["breaches"].as_array().unwrap().is_empty());

    let (code, _) = get(&address, "/nope").unwrap();
    assert_eq!(code, 404);

    assert_eq!(serve.terminate(), Some(130), "{}", serve.stderr());
}

#[test]
fn bad_inputs_are_one_line_errors_with_their_exit_codes() {
    let run = |args: &[&str]| {
        let output = kan()
            .args(["-b", &broker().address, "lag", "serve"])
            .args(args)
            .timeout(Duration::from_secs(30))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr).to_string();
        assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
        (output.status.code(), stderr)
    };
    let (code, err) = run(&["--group-pattern", "ok", "--group-pattern", "bad("]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("invalid --group-pattern 'bad('"), "{err}");

    for listen in ["metrics.example.com:9308", ":9308"] {
        let (code, err) = run(&["--listen", listen]);
        assert_eq!(code, Some(2), "{err}");
        assert!(err.contains("refusing --listen"), "{err}");
    }

    for url in ["ftp://hooks.example.com/x", "hooks.example.com/x"] {
        let (code, err) = run(&["--listen", &serve_address(), "--notify-webhook", url]);
        assert_eq!(code, Some(2), "{err}");
        assert!(
            err.contains("--notify-webhook: expected an http:// or https:// URL"),
            "{err}"
        );
    }
    // A bad duration is clap's error (its usual "try --help" line follows the one that says it).
    let output = kan()
        .args(["lag", "serve", "--notify-interval", "soon"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert!(
        err.starts_with("error: invalid value 'soon' for '--notify-interval"),
        "{err}"
    );

    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let (code, err) = run(&["--listen", &address]);
    assert_eq!(code, Some(3), "{err}");
    assert_eq!(
        err.trim(),
        format!("error: cannot listen on {address}: address already in use")
    );

    // The one-shot takes the same patterns.
    let output = kan()
        .args(["-b", &broker().address, "lag", "--group-pattern", "("])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn one_shot_lag_selects_groups_by_pattern() {
    let topic = topic_with(&[5]);
    let prefix = unique("oneshot");
    for (suffix, offset) in [("a", 1), ("b", 2), ("x", 3)] {
        commit(&format!("{prefix}-{suffix}"), &topic, &[(0, offset)]);
    }
    let output = kan()
        .args(["-b", &broker().address, "-o", "json", "lag"])
        .args(["--group-pattern", &format!("{prefix}-.*")])
        .args(["--group-pattern", &format!("!{prefix}-x")])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let report = common::json(&output);
    let found: Vec<(String, i64)> = report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["group"].as_str().unwrap().to_string(),
                g["total_lag"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [(format!("{prefix}-a"), 4), (format!("{prefix}-b"), 3)]
    );
}

#[test]
fn one_shot_rules_exit_5_on_breach_and_malformed_files_exit_2() {
    let topic = topic_with(&[10, 20]);
    let prefix = unique("ruled");
    let behind = format!("{prefix}-behind");
    let close = format!("{prefix}-close");
    commit(&behind, &topic, &[(0, 0), (1, 0)]); // 30 behind
    commit(&close, &topic, &[(0, 9), (1, 19)]); // 2 behind
    let rules = common::temp_file(
        "rules.toml",
        &format!(
            "[[rule]]\ngroups = \"{behind}\"\nmax_lag = 25\n\n\
             [[rule]]\ngroups = \"{prefix}-.*\"\nmax_lag = 5\nmax_time_lag = \"1h\"\n\
             status_not_in = [\"OK\"]\n"
        ),
    );
    let rules = rules.display().to_string();
    let output = kan()
        .args([
            "-b",
            &broker().address,
            "-o",
            "json",
            "lag",
            "--rules",
            &rules,
        ])
        .args(["--group-pattern", &format!("{prefix}-.*")])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(5), "{}", common::stderr(&output));
    let report = common::json(&output);
    let breaches = report["breaches"].as_array().unwrap();
    assert_eq!(breaches.len(), 1, "{report}");
    assert_eq!(breaches[0]["group"], behind.as_str());
    assert_eq!(
        (breaches[0]["value"].as_i64(), breaches[0]["rule"].as_i64()),
        (Some(30), Some(1))
    );
    let verdicts: Vec<(String, i64, bool)> = report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["group"].as_str().unwrap().to_string(),
                g["rule"]["rule"].as_i64().unwrap(),
                g["rule"]["breached"].as_bool().unwrap(),
            )
        })
        .collect();
    // The catch-all's status_not_in is not judged by a one-shot (no window, no status).
    assert_eq!(
        verdicts,
        [(behind.clone(), 1, true), (close.clone(), 2, false)]
    );

    // Only the close group: within its rule, exit 0.
    kan()
        .args([
            "-b",
            &broker().address,
            "lag",
            "--rules",
            &rules,
            "--group",
            &close,
        ])
        .assert()
        .code(0);

    // A malformed file: exit 2, one line with file:line and the key, nothing asked of Kafka.
    let bad = common::temp_file("bad.toml", "[[rule]]\ngroups = \"x\"\nmax_lag = \"lots\"\n");
    let output = kan()
        .args(["-b", "127.0.0.1:1", "lag", "--group", "g", "--rules"])
        .arg(&bad)
        .output()
        .unwrap();
    let err = common::stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(&format!("error: {}:3: max_lag: ", bad.display())),
        "{err}"
    );
    let output = kan()
        .args(["-b", "127.0.0.1:1", "lag", "serve", "--rules"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", common::stderr(&output));
}

#[test]
fn serve_shows_rule_breaches_in_metrics_and_status() {
    let topic = topic_with(&[10]);
    let group = unique("served-rule");
    commit(&group, &topic, &[(0, 2)]);
    let rules = common::temp_file("rules.toml", "[[rule]]\ngroups = \".*\"\nmax_lag = 5\n");
    let address = serve_address();
    let serve = serve_group(&address, &group, &["--rules", &rules.display().to_string()]);
    wait_healthy(&address, &serve);
    let breach = format!("kan_consumergroup_breach{{consumergroup=\"{group}\",rule=\"1\"}}");
    wait_for("the breach in /metrics", Duration::from_secs(30), || {
        get(&address, "/metrics").is_ok_and(|(_, body)| body.contains(&format!("{breach} 1\n")))
    });
    let (_, status) = get(&address, "/status").unwrap();
    let status: serde_json::Value = serde_json::from_str(&status).unwrap();
    assert_eq!(status["breaches"][0]["group"], group.as_str());
    assert_eq!(status["breaches"][0]["value"], 8);
    assert_eq!(status["groups"][0]["rule"]["breached"], true);
    // Caught up: no longer breached.
    commit(&group, &topic, &[(0, 10)]);
    wait_for("the breach to clear", Duration::from_secs(30), || {
        get(&address, "/metrics").is_ok_and(|(_, body)| body.contains(&format!("{breach} 0\n")))
    });
}

/// A broker killed with `kill -9` and restarted on the same port (SQLite storage keeps the
/// committed offsets): `kan_up` goes 0 then 1, `/healthz` 503 then 200, and kan keeps serving.
#[test]
fn broker_killed_and_restarted_up_goes_0_then_1() {
    let mut faulty = common::fault::FaultyBroker::start("serve-fault");
    let topic = unique("fault");
    kan()
        .args(["-b", &faulty.address, "topics", "create", &topic])
        .assert()
        .success();
    produce(&faulty.address, &topic, 0, 10);
    let group = unique("fault-group");
    {
        use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer};
        let consumer: BaseConsumer = rdkafka::ClientConfig::new()
            .set("bootstrap.servers", &faulty.address)
            .set("group.id", &group)
            .create()
            .unwrap();
        let mut list = rdkafka::TopicPartitionList::new();
        list.add_partition_offset(&topic, 0, rdkafka::Offset::Offset(3))
            .unwrap();
        consumer.commit(&list, CommitMode::Sync).unwrap();
    }
    let address = serve_address();
    let program = assert_cmd::cargo::cargo_bin("kan");
    let mut serve = Service::start(
        &program,
        &[
            "-b",
            &faulty.address,
            "--timeout",
            "2s",
            "lag",
            "serve",
            "--listen",
            &address,
            "--interval",
            "300ms",
            "--group-pattern",
            &group,
        ],
        "serve-fault",
    );
    wait_healthy(&address, &serve);
    let lag_line = format!(
        "kafka_consumergroup_lag{{consumergroup=\"{group}\",topic=\"{topic}\",partition=\"0\"}} 7\n"
    );
    wait_for("lag 7 served", Duration::from_secs(30), || {
        get(&address, "/metrics").is_ok_and(|(_, body)| body.contains(&lag_line))
    });

    faulty.kill();
    wait_for("kan_up 0 after the kill", Duration::from_secs(60), || {
        get(&address, "/metrics").is_ok_and(|(_, body)| body.contains("\nkan_up 0\n"))
    });
    wait_for("/healthz 503", Duration::from_secs(60), || {
        get(&address, "/healthz").is_ok_and(|(code, _)| code == 503)
    });
    let (_, metrics) = get(&address, "/metrics").unwrap();
    assert!(
        !metrics.contains("kan_refresh_errors_total{kind=\"kafka\"} 0\n"),
        "the failed reads are counted:\n{metrics}"
    );
    // The last good read stays served meanwhile.
    assert!(metrics.contains(&lag_line));
    assert!(
        serve.stderr().contains("Kafka read failed"),
        "{}",
        serve.stderr()
    );

    faulty.restart();
    wait_for(
        "kan_up 1 after the restart",
        Duration::from_secs(90),
        || get(&address, "/metrics").is_ok_and(|(_, body)| body.contains("\nkan_up 1\n")),
    );
    wait_for("/healthz 200", Duration::from_secs(30), || {
        get(&address, "/healthz").is_ok_and(|(code, _)| code == 200)
    });
    assert!(get(&address, "/metrics").unwrap().1.contains(&lag_line));
    assert!(
        serve.stderr().contains("Kafka read succeeded again"),
        "{}",
        serve.stderr()
    );
    assert_eq!(serve.terminate(), Some(130), "{}", serve.stderr());
}

// ---- Notifications ----

/// A webhook receiver: answers each POST with the next of `statuses` (the last one repeats)
/// and keeps every request's body, in order. HTTP parsed by hand, apart from kan's stack.
struct Receiver {
    address: String,
    bodies: std::sync::Arc<Mutex<Vec<String>>>,
}

impl Receiver {
    fn start(statuses: &'static [u16]) -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap().to_string();
        let bodies = std::sync::Arc::new(Mutex::new(Vec::new()));
        let kept = bodies.clone();
        std::thread::spawn(move || {
            for (index, stream) in listener.incoming().enumerate() {
                let Ok(mut stream) = stream else { return };
                let Some(body) = read_request(&mut stream) else {
                    continue;
                };
                kept.lock().unwrap().push(body);
                let status = statuses[index.min(statuses.len() - 1)];
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                );
            }
        });
        Receiver { address, bodies }
    }

    fn url(&self) -> String {
        format!("http://{}/hooks/T0/SECRET-TOKEN", self.address)
    }

    fn bodies(&self) -> Vec<String> {
        self.bodies.lock().unwrap().clone()
    }
}

/// One request's body (by its Content-Length).
fn read_request(stream: &mut TcpStream) -> Option<String> {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    let mut data = Vec::new();
    let mut buffer = [0; 4096];
    loop {
        let read = stream.read(&mut buffer).ok()?;
        if read == 0 {
            return None;
        }
        data.extend_from_slice(&buffer[..read]);
        let text = String::from_utf8_lossy(&data).into_owned();
        let Some((head, body)) = text.split_once("\r\n\r\n") else {
            continue;
        };
        assert!(head.starts_with("POST /hooks/T0/SECRET-TOKEN "), "{head}");
        assert!(
            head.to_ascii_lowercase()
                .contains("content-type: application/json"),
            "{head}"
        );
        let length: usize = head
            .lines()
            .find_map(|line| {
                let (name, value) = line.split_once(':')?;
                name.eq_ignore_ascii_case("content-length")
                    .then(|| value.trim().parse().ok())?
            })
            .unwrap_or(0);
        if body.len() >= length {
            return Some(body[..length].to_string());
        }
    }
}

fn metric_value(address: &str, series: &str) -> Option<f64> {
    let (_, body) = get(address, "/metrics").ok()?;
    body.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' ')?.parse().ok())
}

fn group_breached(address: &str, group: &str) -> Option<bool> {
    let (_, status) = get(address, "/status").ok()?;
    let status: serde_json::Value = serde_json::from_str(&status).ok()?;
    status["groups"]
        .as_array()?
        .iter()
        .find(|g| g["group"] == group)?["rule"]["breached"]
        .as_bool()
}

/// A group falling behind past its rule notifies once through the command and the webhook (the
/// webhook's first answer is a 503: the retry delivers it); flapping back and forth inside the
/// rate limit notifies nothing more; the recovery is sent once, when the limit ends.
#[test]
fn a_breach_and_its_recovery_notify_once_each_through_command_and_webhook() {
    let topic = topic_with(&[10]);
    let group = unique("notified");
    commit(&group, &topic, &[(0, 10)]);
    let rules = common::temp_file("rules.toml", "[[rule]]\ngroups = \".*\"\nmax_lag = 5\n");
    let sink = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique("notified.jsonl"));
    let receiver = Receiver::start(&[503, 200]);
    let address = serve_address();
    let limit = Duration::from_secs(15);
    let mut serve = serve_group(
        &address,
        &group,
        &[
            "--rules",
            &rules.display().to_string(),
            "--notify-command",
            &format!("cat >> '{}'", sink.display()),
            "--notify-webhook",
            &receiver.url(),
            "--notify-interval",
            "15s",
        ],
    );
    wait_healthy(&address, &serve);
    let breached = |want: bool| {
        wait_for(
            &format!("/status to say breached: {want}"),
            Duration::from_secs(30),
            || group_breached(&address, &group) == Some(want),
        );
    };
    breached(false);
    let lines = || {
        std::fs::read_to_string(&sink)
            .unwrap_or_default()
            .lines()
            .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("JSON lines"))
            .collect::<Vec<_>>()
    };

    // The group falls behind: 8 new records, nothing consumed.
    produce(&broker().address, &topic, 0, 8);
    wait_for("the breach's notification", Duration::from_secs(30), || {
        lines().len() == 1 && receiver.bodies().len() == 2
    });
    let first_at = Instant::now();
    let first = &lines()[0];
    assert_eq!(first["group"], group.as_str());
    assert_eq!(
        (first["old_breached"].clone(), first["breached"].clone()),
        (false.into(), true.into())
    );
    assert_eq!(first["lag"], 8);
    assert_eq!(first["rule"]["rule"], 1);
    assert_eq!(first["breaches"][0]["metric"], "lag");
    assert_eq!(first["breaches"][0]["value"], 8);
    // The webhook got the command's JSON, twice: the 503, then the retry.
    let bodies = receiver.bodies();
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&bodies[0]).unwrap(),
        *first
    );
    assert_eq!(bodies[0], bodies[1]);

    // Flapping inside the limit (caught up, behind again, caught up): each state is seen by a
    // read, none is sent.
    commit(&group, &topic, &[(0, 18)]);
    breached(false);
    produce(&broker().address, &topic, 0, 8);
    breached(true);
    commit(&group, &topic, &[(0, 26)]);
    breached(false);
    assert!(
        first_at.elapsed() < limit - Duration::from_secs(2),
        "the machine is too slow for this test's timeline: the flaps took {:?}",
        first_at.elapsed()
    );
    assert_eq!(
        lines().len(),
        1,
        "flapping inside the limit sent: {:?}",
        lines()
    );

    wait_for("the recovery's notification", limit * 2, || {
        lines().len() == 2
    });
    let second = &lines()[1];
    assert!(first_at.elapsed() >= limit - Duration::from_secs(1));
    assert_eq!(
        (second["old_breached"].clone(), second["breached"].clone()),
        (true.into(), false.into())
    );
    assert_eq!(second["lag"], 0);
    assert_eq!(second["breaches"], serde_json::json!([]));
    assert!(second["changes"].as_u64().unwrap() >= 3, "{second}");
    wait_for("the recovery's webhook", Duration::from_secs(30), || {
        receiver.bodies().len() == 3
    });
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(lines().len(), 2);
    assert_eq!(receiver.bodies().len(), 3);

    let counted = |series: &str| metric_value(&address, series);
    assert_eq!(
        counted("kan_notifications_total{channel=\"command\",result=\"sent\"}"),
        Some(2.0)
    );
    assert_eq!(
        counted("kan_notifications_total{channel=\"webhook\",result=\"sent\"}"),
        Some(2.0)
    );
    assert_eq!(
        counted("kan_notifications_total{channel=\"webhook\",result=\"failed\"}"),
        Some(0.0)
    );
    assert_eq!(
        counted("kan_notification_attempt_failures_total{channel=\"webhook\"}"),
        Some(1.0)
    );
    assert_eq!(serve.terminate(), Some(130));
    assert!(
        !serve.stderr().contains("SECRET-TOKEN"),
        "{}",
        serve.stderr()
    );
}

/// Without rules a status change notifies (UNKNOWN → STOP for a group that never commits). A
/// failing command and a webhook answering 500 to every attempt are counted and logged; the
/// service keeps serving.
#[test]
fn failed_notifications_are_counted_and_logged_and_the_service_goes_on() {
    let topic = topic_with(&[10]);
    let group = unique("stopped");
    commit(&group, &topic, &[(0, 2)]);
    let receiver = Receiver::start(&[500]);
    let address = serve_address();
    let mut serve = serve_group(
        &address,
        &group,
        &[
            "--notify-command",
            "cat >/dev/null; exit 3",
            "--notify-webhook",
            &receiver.url(),
        ],
    );
    wait_healthy(&address, &serve);
    let failed = |channel: &str| {
        metric_value(
            &address,
            &format!("kan_notifications_total{{channel=\"{channel}\",result=\"failed\"}}"),
        )
    };
    wait_for("both channels to fail", Duration::from_secs(60), || {
        failed("command") == Some(1.0) && failed("webhook") == Some(1.0)
    });
    // Four attempts: the first and three retries after 1, 2 and 4 s.
    assert_eq!(receiver.bodies().len(), 4);
    let body: serde_json::Value = serde_json::from_str(&receiver.bodies()[0]).unwrap();
    assert_eq!(
        (body["old_status"].clone(), body["new_status"].clone()),
        ("UNKNOWN".into(), "STOP".into())
    );
    assert_eq!(body["rule"], serde_json::Value::Null);
    assert_eq!(
        metric_value(
            &address,
            "kan_notification_attempt_failures_total{channel=\"webhook\"}"
        ),
        Some(4.0)
    );
    assert_eq!(get(&address, "/healthz").unwrap().0, 200);
    let stderr = serve.stderr();
    assert!(stderr.contains("notification (command) failed"), "{stderr}");
    assert!(stderr.contains("notification (webhook) failed"), "{stderr}");
    assert!(stderr.contains("http://127.0.0.1:"), "{stderr}");
    assert!(!stderr.contains("SECRET-TOKEN"), "{stderr}");
    assert_eq!(serve.terminate(), Some(130));
}

//! Faults for tests: a broker whose data survives `kill -9` (SQLite storage) that can be
//! killed, restarted on the same port and frozen (SIGSTOP); `kan` run in the background with its
//! output in files, signalled and awaited with a deadline; and a seeded random source.

use std::path::PathBuf;
use std::process::{Child, Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use super::{start_broker, start_broker_on, unique, Broker};

/// A broker that keeps its data in a SQLite file across kills and restarts.
pub struct FaultyBroker {
    pub address: String,
    port: u16,
    storage: String,
    tag: String,
    running: Option<Broker>,
}

impl FaultyBroker {
    pub fn start(tag: &str) -> FaultyBroker {
        // Relative: nisshi runs in CARGO_TARGET_TMPDIR.
        let storage = format!("sqlite://{}.db", unique(tag));
        let broker = start_broker(&["--storage-engine", &storage], tag);
        let port = broker
            .address
            .rsplit(':')
            .next()
            .and_then(|port| port.parse().ok())
            .expect("broker port");
        FaultyBroker {
            address: broker.address.clone(),
            port,
            storage,
            tag: tag.to_string(),
            running: Some(broker),
        }
    }

    fn pid(&self) -> i32 {
        self.running
            .as_ref()
            .expect("the broker is not running")
            .pid()
    }

    /// `kill -9`: the broker dies at once, mid-request.
    pub fn kill(&mut self) {
        signal(self.pid(), "KILL");
        if let Some(broker) = self.running.take() {
            broker.stop();
        }
    }

    /// Starts it again on the same port with the same storage.
    pub fn restart(&mut self) {
        assert!(self.running.is_none(), "the broker is still running");
        // The port was just released; another process could take it, but nothing else in this
        // test binary asks for this one.
        self.running = Some(start_broker_on(
            self.port,
            &["--storage-engine", &self.storage],
            &self.tag,
        ));
    }

    /// SIGSTOP: the broker keeps its connections open but answers nothing (a hang).
    pub fn freeze(&self) {
        signal(self.pid(), "STOP");
    }

    /// SIGCONT after [`Self::freeze`].
    pub fn thaw(&self) {
        signal(self.pid(), "CONT");
    }

    /// The broker's log so far (for failure messages).
    pub fn log(&self) -> String {
        self.running
            .as_ref()
            .map(|broker| std::fs::read_to_string(&broker.log).unwrap_or_default())
            .unwrap_or_default()
    }
}

impl Drop for FaultyBroker {
    fn drop(&mut self) {
        if let Some(broker) = &self.running {
            // A frozen broker cannot stop; let it go first.
            signal_quietly(broker.pid(), "CONT");
        }
    }
}

fn signal(pid: i32, name: &str) {
    let status = StdCommand::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .status()
        .expect("kill");
    assert!(status.success(), "kill -{name} {pid} failed");
}

fn signal_quietly(pid: i32, name: &str) {
    let _ = StdCommand::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .stderr(Stdio::null())
        .status();
}

/// `kan` running in the background, its stdout and stderr going to files.
pub struct Running {
    child: Child,
    stdout: PathBuf,
    stderr: PathBuf,
    started: Instant,
}

/// How a background `kan` ended.
#[derive(Debug)]
pub struct Ended {
    /// `None`: killed by a signal.
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub elapsed: Duration,
}

impl Ended {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|err| {
            panic!(
                "stdout is not JSON ({err}):\nstdout: {}\nstderr: {}",
                self.stdout, self.stderr
            )
        })
    }
}

impl Running {
    /// Starts `kan ARGS` (with the clean environment of `super::kan`) and `env`.
    pub fn start(args: &[&str], env: &[(&str, &str)]) -> Running {
        let binary = assert_cmd::cargo::cargo_bin("kan");
        let tag = unique("run");
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
        let stdout = dir.join(format!("{tag}.out"));
        let stderr = dir.join(format!("{tag}.err"));
        let mut command = StdCommand::new(binary);
        for (key, _) in std::env::vars_os() {
            let key = key.to_string_lossy().to_string();
            if key.starts_with("KAN_") || key.starts_with("KAFKA_") || key == "NO_COLOR" {
                command.env_remove(&key);
            }
        }
        command
            .env("XDG_CONFIG_HOME", dir.join("empty-config-home"))
            .env("XDG_STATE_HOME", dir.join("state-home"))
            .envs(env.iter().copied())
            .args(args)
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&stdout).expect("stdout file"))
            .stderr(std::fs::File::create(&stderr).expect("stderr file"));
        Running {
            child: command.spawn().expect("start kan"),
            stdout,
            stderr,
            started: Instant::now(),
        }
    }

    pub fn pid(&self) -> i32 {
        self.child.id() as i32
    }

    /// Sends a signal by name (`TERM`, `INT`, `KILL`).
    pub fn signal(&self, name: &str) {
        signal_quietly(self.pid(), name);
    }

    /// What it has written on stderr so far.
    pub fn stderr_so_far(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// Whether it has ended.
    pub fn is_done(&mut self) -> bool {
        self.child.try_wait().expect("try_wait").is_some()
    }

    /// Waits until `stderr` contains `text`, failing the test after `limit`.
    pub fn wait_for_stderr(&mut self, text: &str, limit: Duration) {
        let deadline = Instant::now() + limit;
        while !self.stderr_so_far().contains(text) {
            assert!(
                !self.is_done(),
                "kan ended before saying {text:?}:\n{}",
                self.stderr_so_far()
            );
            assert!(
                Instant::now() < deadline,
                "kan did not say {text:?} within {limit:?}:\n{}",
                self.stderr_so_far()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until something is on stdout, failing the test after `limit`.
    pub fn wait_for_stdout(&mut self, limit: Duration) {
        let deadline = Instant::now() + limit;
        while std::fs::metadata(&self.stdout).map_or(0, |meta| meta.len()) == 0 {
            assert!(
                !self.is_done(),
                "kan ended before writing to stdout:\n{}",
                self.stderr_so_far()
            );
            assert!(
                Instant::now() < deadline,
                "kan wrote nothing to stdout within {limit:?}:\n{}",
                self.stderr_so_far()
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Waits for it to end, killing it and failing the test after `limit`.
    pub fn wait(mut self, limit: Duration) -> Ended {
        let deadline = Instant::now() + limit;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                break status;
            }
            if Instant::now() >= deadline {
                let _ = self.child.kill();
                let _ = self.child.wait();
                panic!(
                    "kan did not end within {limit:?}; stderr:\n{}",
                    self.stderr_so_far()
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        Ended {
            code: status.code(),
            stdout: std::fs::read_to_string(&self.stdout).unwrap_or_default(),
            stderr: std::fs::read_to_string(&self.stderr).unwrap_or_default(),
            elapsed: self.started.elapsed(),
        }
    }
}

/// A small seeded random source (splitmix64), so a failing iteration can be replayed.
pub struct Seeded(u64);

impl Seeded {
    pub fn new(seed: u64) -> Seeded {
        Seeded(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `low..high`.
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low).max(1)
    }
}

//! kan on a pseudo-terminal, driven like a person at a keyboard: type keys, wait for text to
//! appear (escape sequences stripped), read the exit code, and compare the terminal's mode
//! (`stty -a`) before and after.
//!
//! rexpect's `PtyProcess` makes the terminal (the child is a session leader with the pty as its
//! controlling terminal, so Ctrl-C reaches it as a signal); the output is collected here as
//! bytes and stripped with `strip-ansi-escapes`, because the prompts redraw with cursor
//! movements and rexpect's own stripping reads bytes as characters. A bash wrapper sets the
//! window size (40x160), records `stty -a` around kan, and prints `kan exited N` last.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rexpect::process::{PtyProcess, WaitStatus};

use super::{broker, unique};

/// How long a test waits for text to appear.
const PATIENCE: Duration = Duration::from_secs(30);

const WRAPPER: &str = r#"stty rows 40 cols 160
stty -a > "$KAN_PTY_DIR/before"
"$@"
code=$?
stty -a > "$KAN_PTY_DIR/after"
printf 'kan exited %s\n' "$code"
exit "$code"
"#;

pub const ENTER: &str = "\r";
pub const ESC: &str = "\x1b";
pub const CTRL_C: &str = "\x03";
pub const DOWN: &str = "\x1b[B";

/// kan running on a pseudo-terminal.
pub struct Terminal {
    process: PtyProcess,
    writer: std::fs::File,
    output: Arc<Mutex<Vec<u8>>>,
    /// How far into the stripped output earlier expectations matched.
    seen: usize,
    /// Where the wrapper writes `stty -a` and where kan keeps undo files.
    pub dir: PathBuf,
}

impl Terminal {
    /// `kan -b <test broker> ARGS` on a fresh terminal.
    pub fn kan(args: &[&str]) -> Terminal {
        let address = broker().address.clone();
        let mut all = vec!["-b", address.as_str()];
        all.extend_from_slice(args);
        Terminal::start(&all, &[])
    }

    /// `kan watch analytics` of the given topics as `group`, from the beginning, redrawing
    /// every `interval`.
    pub fn watch_analytics(users: &str, pages: &str, group: &str, interval: &str) -> Terminal {
        Terminal::kan(&[
            "watch",
            "analytics",
            "--user-topic",
            users,
            "--page-topic",
            pages,
            "--group",
            group,
            "--from",
            "beginning",
            "--interval",
            interval,
        ])
    }

    /// `kan ARGS` with extra environment variables.
    pub fn start(args: &[&str], env: &[(&str, &str)]) -> Terminal {
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(unique("pty"));
        std::fs::create_dir_all(dir.join("config")).expect("pty dir");
        let mut command = Command::new("bash");
        command
            .arg("-c")
            .arg(WRAPPER)
            .arg("bash")
            .arg(assert_cmd::cargo::cargo_bin("kan"))
            .args(args);
        for (key, _) in std::env::vars_os() {
            let key = key.to_string_lossy().to_string();
            if key.starts_with("KAN_") || key.starts_with("KAFKA_") || key == "NO_COLOR" {
                command.env_remove(&key);
            }
        }
        command
            .env("KAN_PTY_DIR", &dir)
            .env("XDG_CONFIG_HOME", dir.join("config"))
            .env("XDG_DATA_HOME", &dir)
            .env("XDG_STATE_HOME", &dir)
            .env("TERM", "xterm-256color");
        for (key, value) in env {
            command.env(key, value);
        }
        let mut process = PtyProcess::new(command).expect("kan on a pseudo-terminal");
        process.set_kill_timeout(Some(5_000));
        let mut reader = process.get_file_handle().expect("pty reader");
        let writer = process.get_file_handle().expect("pty writer");
        let output = Arc::new(Mutex::new(Vec::new()));
        let collected = output.clone();
        std::thread::spawn(move || {
            let mut chunk = [0u8; 4096];
            // A read error (EIO once every holder of the terminal has gone) is the end.
            while let Ok(count) = reader.read(&mut chunk) {
                if count == 0 {
                    break;
                }
                collected.lock().unwrap().extend_from_slice(&chunk[..count]);
            }
        });
        Terminal {
            process,
            writer,
            output,
            seen: 0,
            dir,
        }
    }

    /// Everything shown so far, escape sequences stripped.
    pub fn screen(&self) -> String {
        let raw = self.output.lock().unwrap().clone();
        String::from_utf8_lossy(&strip_ansi_escapes::strip(raw)).to_string()
    }

    /// Waits until `text` appears after what earlier expectations matched; returns what came
    /// before it. Panics with the screen when it does not come.
    pub fn expect(&mut self, text: &str) -> String {
        self.expect_within(text, PATIENCE)
    }

    pub fn expect_within(&mut self, text: &str, patience: Duration) -> String {
        let started = Instant::now();
        loop {
            let screen = self.screen();
            let from = self.seen.min(screen.len());
            if let Some(at) = screen[from..].find(text) {
                self.seen = from + at + text.len();
                return screen[from..from + at].to_string();
            }
            if started.elapsed() > patience {
                panic!(
                    "{text:?} did not appear within {patience:?}; the terminal shows:\n{}",
                    &screen[from..]
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Types `keys` (text, or one of [`ENTER`], [`ESC`], [`CTRL_C`], …).
    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("type");
        self.writer.flush().expect("type");
    }

    /// Types a line and Enter, as separate writes (so Enter is a key of its own): Enter goes
    /// once the prompt shows what was typed.
    pub fn answer(&mut self, text: &str) {
        self.type_text(text);
        self.send(ENTER);
    }

    /// Types `text` and waits (with a deadline) until the terminal echoes it: the prompt has
    /// read every key, so whatever is typed next is a key of its own. Nothing to wait for when
    /// `text` is empty.
    pub fn type_text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let mark = self.output.lock().unwrap().len();
        self.send(text);
        let started = Instant::now();
        loop {
            let since = self.output.lock().unwrap()[mark..].to_vec();
            let shown = String::from_utf8_lossy(&strip_ansi_escapes::strip(since)).to_string();
            if shown.contains(text) {
                return;
            }
            if started.elapsed() > PATIENCE {
                panic!(
                    "what was typed ({text:?}) was not echoed within {PATIENCE:?}; since then \
                     the terminal shows:\n{shown}"
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits (with a deadline) until `text` has appeared `times` times in everything shown so
    /// far — e.g. a number of redrawn frames.
    pub fn expect_count(&mut self, text: &str, times: usize, patience: Duration) {
        let started = Instant::now();
        loop {
            let screen = self.screen();
            let count = screen.matches(text).count();
            if count >= times {
                return;
            }
            if started.elapsed() > patience {
                panic!(
                    "{text:?} appeared {count} times, not {times}, within {patience:?}; the \
                     terminal shows:\n{screen}"
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for kan to end; its exit code and the whole screen.
    pub fn finish(&mut self) -> (i32, String) {
        self.expect("kan exited ");
        let status = wait_with_patience(&self.process);
        let code = match status {
            WaitStatus::Exited(_, code) => code,
            other => panic!("kan did not exit normally: {other:?}\n{}", self.screen()),
        };
        (code, self.screen())
    }

    /// `stty -a` before kan started and after it ended.
    pub fn modes(&self) -> (String, String) {
        let read = |name: &str| {
            std::fs::read_to_string(self.dir.join(name))
                .unwrap_or_else(|err| panic!("stty -a {name}: {err}"))
        };
        (read("before"), read("after"))
    }
}

fn wait_with_patience(process: &PtyProcess) -> WaitStatus {
    let started = Instant::now();
    loop {
        match process.status() {
            Some(WaitStatus::StillAlive) | None => {}
            Some(status) => return status,
        }
        assert!(
            started.elapsed() < PATIENCE,
            "the wrapper shell did not exit"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

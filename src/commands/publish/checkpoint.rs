//! The checkpoint of `kan publish batch -f FILE` (the format is in `domain::checkpoint`): where
//! it lives, reading it for `--resume`, and writing it as the run goes.
//!
//! It is written by rename over a temporary file in the same directory, so a kill at any moment
//! leaves the previous checkpoint or the new one, never a torn file. It is not fsynced: it
//! protects against the process being killed, not against the machine losing power, and an
//! fsync every 200 ms would sit on the sending thread.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, UNIX_EPOCH};

use crate::domain::checkpoint::{self, Checkpoint, FileIdentity, LineSet};
use crate::domain::timestamp::{format_rfc3339_millis, now_millis};
use crate::error::KanError;
use crate::kafka::producer::Publisher;

/// How far ahead of the last line queued a checkpoint lets the run go before the next one must
/// be written. It bounds what a kill may leave unacknowledged; the producer's own queue holds
/// 100,000 records, so a smaller window would stall sending on checkpoint writes.
const WINDOW: u64 = 100_000;
/// How often the settled lines are written while sending.
const EVERY: Duration = Duration::from_millis(200);
/// The part of the file whose hash identifies it (with its size and modification time).
const HEAD: u64 = 64 * 1024;

/// What `--resume` found.
pub(super) struct Resumed {
    pub settled: LineSet,
    /// How many lines the killed or failed run may have delivered without an acknowledgement.
    pub possibly_sent: u64,
    /// No line past this one was queued by that run.
    pub queued_through: u64,
}

/// Writes the checkpoint of a run.
pub(super) struct Checkpointer {
    path: PathBuf,
    saved: Checkpoint,
    written: Instant,
}

/// Where the checkpoint and what the run is, as the pipeline knows it.
pub(super) struct Plan<'a> {
    pub file: &'a Path,
    pub topic: &'a str,
    pub kind: &'a str,
    /// `--checkpoint PATH` (else one under kan's state directory).
    pub path: Option<&'a Path>,
    pub resume: bool,
}

impl Checkpointer {
    /// Reads the checkpoint when resuming, and writes the first one before anything is sent:
    /// until it is on disk, nothing may be queued.
    pub fn start(plan: &Plan<'_>) -> Result<(Checkpointer, Option<Resumed>), KanError> {
        let path = plan
            .path
            .map(Path::to_path_buf)
            .unwrap_or_else(|| default_path(plan.file, plan.topic));
        let identity = identify(plan.file)?;
        let resumed = if plan.resume {
            read(&path)?
                .map(|saved| resumed(&saved, &path, &identity, plan))
                .transpose()?
        } else {
            None
        };
        let settled = resumed
            .as_ref()
            .map(|resumed| resumed.settled.ranges())
            .unwrap_or_default();
        let mut checkpointer = Checkpointer {
            path,
            saved: Checkpoint {
                format: checkpoint::FORMAT.into(),
                version: checkpoint::VERSION,
                file: plan.file.display().to_string(),
                identity,
                topic: plan.topic.into(),
                kind: plan.kind.into(),
                settled,
                queued_through: 0,
                written_at: String::new(),
            },
            written: Instant::now(),
        };
        checkpointer.save(WINDOW)?;
        Ok((checkpointer, resumed))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Before line `line` is queued: when it is past what the checkpoint allows, a new one
    /// moves the limit on.
    pub fn before_queue(&mut self, line: u64, publisher: &Publisher) -> Result<(), KanError> {
        if line <= self.saved.queued_through {
            return Ok(());
        }
        self.update(publisher);
        self.save(line + WINDOW)
    }

    /// While sending: writes the settled lines every 200 ms.
    pub fn tick(&mut self, publisher: &Publisher) -> Result<(), KanError> {
        if self.written.elapsed() < EVERY {
            return Ok(());
        }
        self.update(publisher);
        self.save(self.saved.queued_through)
    }

    /// At the end: writes the final checkpoint. Returns whether the input is complete (read to
    /// its end, every line settled): a later `--resume` then sends nothing. When everything
    /// queued got a delivery report and none failed, no line is left in doubt.
    pub fn finish(
        &mut self,
        publisher: &Publisher,
        read: u64,
        whole_input: bool,
    ) -> Result<bool, KanError> {
        self.update(publisher);
        let settled = publisher
            .with_settled(|settled| settled.count_through(read))
            .unwrap_or_default();
        let stats = publisher.stats();
        let all_told = publisher.in_flight() == 0 && stats.failed == 0 && stats.dlq_failed == 0;
        let queued_through = if all_told {
            0
        } else {
            self.saved.queued_through
        };
        self.save(queued_through)?;
        Ok(whole_input && settled == read)
    }

    fn update(&mut self, publisher: &Publisher) {
        if let Some(ranges) = publisher.with_settled(LineSet::ranges) {
            self.saved.settled = ranges;
        }
    }

    /// Writes the checkpoint, allowing lines up to `queued_through` to be queued.
    fn save(&mut self, queued_through: u64) -> Result<(), KanError> {
        self.saved.queued_through = queued_through;
        self.saved.written_at = format_rfc3339_millis(now_millis());
        let text =
            serde_json::to_vec(&self.saved).map_err(|err| KanError::usage(err.to_string()))?;
        write_atomically(&self.path, &text).map_err(|err| self.error(&err))?;
        self.written = Instant::now();
        Ok(())
    }

    fn error(&self, err: &std::io::Error) -> KanError {
        KanError::usage(format!(
            "cannot write the checkpoint {}: {err}",
            self.path.display()
        ))
    }
}

fn resumed(
    saved: &Checkpoint,
    path: &Path,
    identity: &FileIdentity,
    plan: &Plan<'_>,
) -> Result<Resumed, KanError> {
    let settled = saved
        .settled_for(identity, plan.topic, plan.kind)
        .map_err(|mismatch| {
            KanError::usage(format!(
                "cannot resume from {}: {mismatch} (delete it to publish {} from the start)",
                path.display(),
                plan.file.display()
            ))
        })?;
    Ok(Resumed {
        possibly_sent: saved.possibly_sent(&settled),
        queued_through: saved.queued_through,
        settled,
    })
}

/// The checkpoint at `path`; `None` when there is none.
fn read(path: &Path) -> Result<Option<Checkpoint>, KanError> {
    let text = match std::fs::read(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => {
            return Err(KanError::usage(format!(
                "cannot read the checkpoint {}: {err}",
                path.display()
            )))
        }
    };
    serde_json::from_slice(&text).map(Some).map_err(|err| {
        KanError::usage(format!(
            "cannot resume from {}: it is not a kan publish checkpoint ({err})",
            path.display()
        ))
    })
}

/// Size, modification time and a hash of the first 64 KiB.
fn identify(file: &Path) -> Result<FileIdentity, KanError> {
    let unreadable =
        |err: std::io::Error| KanError::usage(format!("cannot read {}: {err}", file.display()));
    let metadata = std::fs::metadata(file).map_err(unreadable)?;
    let modified_ns = metadata
        .modified()
        .ok()
        .and_then(|time| time.duration_since(UNIX_EPOCH).ok())
        .map(|since| since.as_nanos() as i128)
        .unwrap_or_default();
    let mut head = Vec::new();
    std::fs::File::open(file)
        .and_then(|opened| opened.take(HEAD).read_to_end(&mut head))
        .map_err(unreadable)?;
    Ok(FileIdentity {
        size: metadata.len(),
        modified_ns,
        head_hash: format!("{:016x}", xxhash_rust::xxh3::xxh3_64(&head)),
    })
}

/// `$XDG_STATE_HOME/kan/publish/NAME-HASH.json` (else `~/.local/state/…`), one per input file
/// and topic.
pub(super) fn default_path(file: &Path, topic: &str) -> PathBuf {
    let base = std::env::var_os("XDG_STATE_HOME")
        .filter(|value| !value.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|home| Path::new(&home).join(".local").join("state"))
        })
        .unwrap_or_else(std::env::temp_dir);
    let absolute = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
    let mut identity = absolute.as_os_str().as_encoded_bytes().to_vec();
    identity.push(0);
    identity.extend_from_slice(topic.as_bytes());
    let name: String = file
        .file_name()
        .map(|name| name.to_string_lossy().to_string())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    base.join("kan").join("publish").join(format!(
        "{name}-{:016x}.json",
        xxhash_rust::xxh3::xxh3_64(&identity)
    ))
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".{}.tmp", std::process::id()));
    let temporary = PathBuf::from(temporary);
    std::fs::write(&temporary, bytes)?;
    std::fs::rename(&temporary, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temporary);
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_writes_replace_the_whole_file_and_leave_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deep").join("cp.json");
        write_atomically(&path, b"first, longer").unwrap();
        write_atomically(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("cp.json")]);
    }

    #[test]
    fn default_paths_differ_by_file_and_topic_and_keep_the_name_readable() {
        let a = default_path(Path::new("/data/events 1.jsonl"), "user-events");
        let b = default_path(Path::new("/data/events 1.jsonl"), "page-views");
        let c = default_path(Path::new("/other/events 1.jsonl"), "user-events");
        assert!(a != b && a != c && b != c);
        let name = a.file_name().unwrap().to_string_lossy().to_string();
        assert!(name.starts_with("events_1.jsonl-"), "{name}");
        assert!(
            a.ends_with(Path::new("kan/publish").join(&name)),
            "{}",
            a.display()
        );
    }

    #[test]
    fn the_identity_changes_with_the_content() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"abc\n").unwrap();
        let first = identify(&path).unwrap();
        std::fs::write(&path, b"abd\n").unwrap();
        let second = identify(&path).unwrap();
        assert_eq!(first.size, second.size);
        assert_ne!(first.head_hash, second.head_hash);
    }
}

//! The report of a publish run (stdout with `-o json|ndjson`; the summary on stderr) and its
//! progress bar (stderr, terminals only).

use std::io::{self, Write};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use super::table::Style;
use super::View;

/// What happened to every line read.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PublishReport {
    /// `stdin`, a file path, or `flags` for a single event built from flags.
    pub source: String,
    pub topic: String,
    pub dry_run: bool,
    pub transactional: bool,
    /// With --transactional: whether the transaction committed.
    pub committed: Option<bool>,
    pub interrupted: bool,
    /// Lines (or events) read.
    pub read: u64,
    /// Records the broker acknowledged (visible to consumers).
    pub delivered: u64,
    /// Lines that failed validation (skipped, or sent to the dead-letter topic).
    pub rejected: u64,
    /// Valid records the broker did not acknowledge.
    pub failed: u64,
    /// Of `failed`: records that may have been written anyway (the broker may have served the
    /// request whose acknowledgement never came, or they were still in flight at the end).
    pub in_doubt: u64,
    /// Valid records never sent (after a stop or an invalid line in fail mode).
    pub not_sent: u64,
    /// With --resume: lines the checkpoint records as settled by an earlier run, not sent again.
    pub skipped: u64,
    /// For a file input: its checkpoint.
    pub checkpoint: Option<CheckpointReport>,
    pub dlq: Option<DlqReport>,
    pub partitions: Vec<PartitionCount>,
    pub duration_ms: u64,
    pub records_per_second: f64,
    pub rejects: Vec<LineIssue>,
    pub failures: Vec<LineIssue>,
    /// Issues beyond the ones listed (kept bounded in memory).
    pub issues_not_listed: u64,
    /// For single events: where the record landed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
}

/// The checkpoint of a file input.
#[derive(Debug, Clone, Serialize)]
pub struct CheckpointReport {
    pub path: String,
    /// Whether this run continued an earlier one (--resume found its checkpoint).
    pub resumed: bool,
    /// With --resume: lines the earlier run may have delivered without an acknowledgement, so
    /// sending them again may have duplicated at most this many records.
    pub possibly_duplicated: u64,
    /// Whether the whole input is settled (a `--resume` would send nothing).
    pub complete: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct DlqReport {
    pub topic: String,
    pub delivered: u64,
    pub failed: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct PartitionCount {
    pub partition: i32,
    pub delivered: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct LineIssue {
    pub line: u64,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Delivery {
    pub topic: String,
    pub partition: i32,
    pub offset: i64,
}

impl PublishReport {
    /// The one-paragraph summary for stderr.
    pub fn summary(&self) -> String {
        let mut text = format!(
            "{}read {}, delivered {}, rejected {}, failed {}",
            if self.dry_run { "dry run: " } else { "" },
            self.read,
            self.delivered,
            self.rejected,
            self.failed
        );
        if self.in_doubt > 0 {
            text.push_str(&format!(
                " ({} may have been written anyway)",
                self.in_doubt
            ));
        }
        if self.not_sent > 0 {
            text.push_str(&format!(", not sent {}", self.not_sent));
        }
        if self.skipped > 0 {
            text.push_str(&format!(", skipped {} (settled before)", self.skipped));
        }
        text.push_str(&format!(
            " in {:.2}s ({:.0} records/s)",
            self.duration_ms as f64 / 1000.0,
            self.records_per_second
        ));
        if let Some(delivery) = &self.delivery {
            text.push_str(&format!(
                "\n{} partition {} offset {}",
                delivery.topic, delivery.partition, delivery.offset
            ));
        } else if !self.partitions.is_empty() {
            let parts: Vec<String> = self
                .partitions
                .iter()
                .map(|count| format!("{}={}", count.partition, count.delivered))
                .collect();
            text.push_str(&format!("\n{} partitions: {}", self.topic, parts.join(" ")));
        }
        if let Some(dlq) = &self.dlq {
            text.push_str(&format!(
                "\ndead-letter topic {}: delivered {}, failed {}",
                dlq.topic, dlq.delivered, dlq.failed
            ));
        }
        if let Some(checkpoint) = self.checkpoint.as_ref().filter(|c| !c.complete) {
            text.push_str(&format!(
                "\ncheckpoint in {}: run again with --resume to send only what is left",
                checkpoint.path
            ));
        }
        if let Some(committed) = self.committed {
            text.push_str(if committed {
                "\ntransaction committed"
            } else {
                "\ntransaction aborted: nothing is visible to read_committed consumers"
            });
        }
        text
    }
}

impl View for PublishReport {
    fn write_table(&self, out: &mut dyn Write, _style: &Style) -> io::Result<()> {
        // Table mode: a single event's coordinates are the data; batches report on stderr.
        if let Some(delivery) = &self.delivery {
            writeln!(
                out,
                "{}\t{}\t{}",
                delivery.topic, delivery.partition, delivery.offset
            )?;
        }
        Ok(())
    }
}

/// A progress bar on stderr, or nothing at all when there is no terminal or with `--quiet`.
pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    pub fn new(enabled: bool, total_bytes: Option<u64>) -> Self {
        if !enabled {
            return Progress { bar: None };
        }
        let bar = match total_bytes {
            Some(total) => {
                let bar = ProgressBar::new(total);
                bar.set_style(
                    ProgressStyle::with_template(
                        "{bar:30} {bytes}/{total_bytes} {msg} ({elapsed}, eta {eta})",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
                );
                bar
            }
            None => {
                let bar = ProgressBar::new_spinner();
                bar.set_style(
                    ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                );
                bar
            }
        };
        bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress { bar: Some(bar) }
    }

    /// True when a bar is drawn (a terminal, no `--quiet`).
    pub fn is_visible(&self) -> bool {
        self.bar.is_some()
    }

    /// Moves the bar; `bytes` is the input consumed so far.
    pub fn update(&self, bytes: u64, delivered: u64, read: u64, per_second: f64) {
        if let Some(bar) = &self.bar {
            bar.set_position(bytes);
            bar.set_message(format!("{delivered}/{read} delivered, {per_second:.0}/s"));
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

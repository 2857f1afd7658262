//! `kan publish …`: typed single events from flags, batches of validated lines, raw records.
//! Every event read is either delivered or reported as rejected or failed — never dropped.

mod checked;
mod pipeline;
mod single;

use std::fmt::Write as _;

use crate::cli::{ProducerArgs, PublishCommand};
use crate::domain::topic_config::Compression;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::kafka::producer::ProducerSettings;
use crate::render::publish::PublishReport;
use crate::render::Output;
use crate::settings::Settings;

pub async fn run(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    command: PublishCommand,
) -> Result<Exit> {
    let settings = settings.clone();
    let output = *output;
    let interrupt = interrupt.clone();
    // Publishing drives a blocking producer loop; keep it off the async workers.
    tokio::task::spawn_blocking(move || match command {
        PublishCommand::UserEvent(args) => single::user_event(&settings, &output, args),
        PublishCommand::PageView(args) => single::page_view(&settings, &output, args),
        PublishCommand::Batch(args) => pipeline::batch(&settings, &output, &interrupt, args),
        PublishCommand::Raw(args) => match args.value.clone() {
            Some(value) => single::raw(&settings, &output, args, value),
            None => pipeline::raw_lines(&settings, &output, &interrupt, args),
        },
    })
    .await?
}

/// Producer settings from the shared flags; `batch` picks lz4 as the default codec.
fn producer_settings(args: &ProducerArgs, topic: &str, batch: bool) -> ProducerSettings {
    let transactional = args.transactional || args.transactional_id.is_some();
    ProducerSettings {
        compression: args
            .compression
            .or(if batch { Some(Compression::Lz4) } else { None }),
        linger: args.linger,
        batch_size: args.batch_size,
        transactional_id: transactional.then(|| {
            args.transactional_id
                .clone()
                .unwrap_or_else(|| format!("kan-{topic}-{}", std::process::id()))
        }),
    }
}

/// Correlation ids: the user's, or `<run>-<sequence>`, unique per record and cheap to make
/// (the run prefix is written once; each id only appends its sequence number).
pub(crate) struct CorrelationIds {
    fixed: Option<String>,
    prefix_len: usize,
    next: u64,
    buffer: String,
}

impl CorrelationIds {
    pub(crate) fn new(fixed: Option<String>) -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|elapsed| elapsed.as_nanos() as u64)
            .unwrap_or_default();
        let run = nanos ^ (u64::from(std::process::id()) << 32);
        let mut buffer = String::with_capacity(40);
        let _ = write!(buffer, "{run:016x}-");
        CorrelationIds {
            fixed,
            prefix_len: buffer.len(),
            next: 0,
            buffer,
        }
    }

    /// The next id (borrowed until the next call).
    pub(crate) fn next_id(&mut self) -> &str {
        if let Some(fixed) = &self.fixed {
            return fixed;
        }
        self.buffer.truncate(self.prefix_len);
        self.buffer.push_str(itoa::Buffer::new().format(self.next));
        self.next += 1;
        &self.buffer
    }
}

/// Prints the summary on stderr, the report on stdout (per `-o`), and picks the exit code.
fn finish(output: &Output, report: &PublishReport) -> Result<Exit> {
    output.note(&report.summary());
    output.emit(report)?;
    if report.interrupted {
        return Err(KanError::Interrupted.into());
    }
    if report.committed == Some(false) {
        return Err(KanError::kafka(format!(
            "transaction aborted: none of the {} records is visible{}",
            report.read,
            report
                .failures
                .first()
                .map(|issue| format!(" (line {}: {})", issue.line, issue.reason))
                .unwrap_or_default()
        ))
        .into());
    }
    if report.failed == 0 && report.rejected == 0 && report.not_sent == 0 {
        return Ok(Exit::Success);
    }
    if report.delivered == 0 && report.failed > 0 {
        let first = report
            .failures
            .first()
            .map(|issue| issue.reason.clone())
            .unwrap_or_else(|| "unknown reason".into());
        return Err(KanError::kafka(format!(
            "no record was delivered: {} failed ({first})",
            report.failed
        ))
        .into());
    }
    Err(KanError::Partial(format!(
        "{} of {} not delivered: {} rejected, {} failed{}",
        report.read - report.delivered,
        report.read,
        report.rejected,
        report.failed,
        if report.not_sent > 0 {
            format!(", {} not sent", report.not_sent)
        } else {
            String::new()
        }
    ))
    .into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn correlation_ids_are_unique_or_fixed() {
        let mut ids = CorrelationIds::new(None);
        let first = ids.next_id().to_string();
        let second = ids.next_id().to_string();
        assert_ne!(first, second);
        assert!(first.ends_with("-0") && second.ends_with("-1"));
        assert_eq!(
            first.len(),
            18,
            "16 hex digits, a dash, the sequence: {first}"
        );
        for _ in 2..1_234_567 {
            ids.next_id();
        }
        assert!(ids.next_id().ends_with("-1234567"));
        let mut fixed = CorrelationIds::new(Some("trace-1".into()));
        assert_eq!(fixed.next_id(), "trace-1");
        assert_eq!(fixed.next_id(), "trace-1");
    }
}

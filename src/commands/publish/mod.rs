//! `kan publish …`: typed single events from flags, batches of validated lines, raw records.
//! Every event read is either delivered or reported as rejected or failed — never dropped.

mod checked;
mod checkpoint;
mod encoding;
mod lines;
mod pipeline;
mod single;

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
        PublishCommand::Raw(args) if args.tombstone => single::tombstone(&settings, &output, args),
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
        max_message_bytes: None,
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

//! kan — operate Kafka and watch what flows through it.
//!
//! Layers, from the outside in:
//! - [`cli`]: clap types only; what the user typed.
//! - [`settings`]: resolves flags > environment > profile file > defaults into plain settings.
//! - [`commands`]: glue that runs one command with those settings.
//! - [`kafka`]: the only module that talks to rdkafka/librdkafka.
//! - [`domain`]: pure logic (units, topic configs, plans), unit-tested without a broker.
//! - [`render`]: the only writer to stdout (tables, JSON, NDJSON).

pub mod cli;
pub mod commands;
pub mod domain;
pub mod error;
pub mod exit;
pub mod input;
pub mod interrupt;
pub mod kafka;
pub mod registry;
pub mod render;
pub mod settings;
pub mod terminal;

use std::process::ExitCode;

use error::KanError;
use exit::Exit;

/// Parses the command line, runs the command and turns its outcome into a documented exit code.
pub fn main() -> ExitCode {
    commands::complete::complete_if_asked();
    let (cli, matches) = commands::parse_args();
    terminal::mode::remember();
    let verbose = cli.global.verbose;
    terminal::set_no_input(cli.global.no_input);
    let color = terminal::stderr_color(cli.global.no_color);
    if verbose > 0 {
        let _ = color_eyre::config::HookBuilder::default()
            .display_env_section(false)
            .install();
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            terminal::print_error(&format!("cannot start the async runtime: {err}"), color);
            return Exit::Unexpected.into();
        }
    };
    let outcome = runtime.block_on(commands::run_interruptible(cli, matches));
    // librdkafka threads may still be winding down; do not wait for stragglers.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    // Whatever a prompt or a live view left behind (an interrupted prompt, say).
    terminal::mode::restore();
    match outcome {
        Ok(code) => code.into(),
        Err(report) => report_failure(&report, verbose, color).into(),
    }
}

/// Prints a failure on stderr and picks the exit code.
fn report_failure(report: &color_eyre::Report, verbose: u8, color: bool) -> Exit {
    if let Some(err) = report.downcast_ref::<KanError>() {
        match err {
            // The signal handler already said so.
            KanError::Interrupted => {}
            // Not an error of kan's: the data crossed a line the user drew.
            KanError::Threshold(message) => eprintln!("breach: {message}"),
            other => terminal::print_error(&other.to_string(), color),
        }
        if verbose > 0 {
            if let KanError::Kafka {
                detail: Some(detail),
                ..
            } = err
            {
                eprintln!("  detail: {detail}");
            }
        }
        return err.exit();
    }
    if let Some(io) = report.downcast_ref::<std::io::Error>() {
        if io.kind() == std::io::ErrorKind::BrokenPipe {
            // `kan … | head`: the reader has what it wanted.
            return Exit::Success;
        }
    }
    if verbose > 0 {
        eprintln!("{report:?}");
    } else {
        let chain: Vec<String> = report.chain().map(|cause| cause.to_string()).collect();
        terminal::print_error(&chain.join(": "), color);
    }
    Exit::Unexpected
}

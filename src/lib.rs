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
pub mod render;
pub mod settings;
pub mod terminal;

use std::process::ExitCode;

/// Parses the command line, runs the command and turns its outcome into a documented exit code.
pub fn main() -> ExitCode {
    let (cli, matches) = commands::parse_args();
    let verbose = cli.global.verbose;
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
            return exit::Exit::Unexpected.into();
        }
    };
    let outcome = runtime.block_on(commands::run_interruptible(cli, matches));
    // librdkafka threads may still be winding down; do not wait for stragglers.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    match outcome {
        Ok(code) => code.into(),
        Err(report) => error::report(&report, verbose, color).into(),
    }
}

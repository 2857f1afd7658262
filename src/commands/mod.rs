//! Glue: one function per command, taking resolved settings and returning an exit code.

mod cluster;
mod config;
mod consume;
mod docs;
mod groups;
mod lag;
mod offsets;
mod publish;
mod records;
mod start;
mod topics;
mod watch;

use clap::{ArgMatches, CommandFactory, FromArgMatches};

use crate::cli::{Cli, Command, ConfigCommand};
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::render::Output;
use crate::settings;

/// Parses the process arguments (kept as matches so settings can tell flags from env vars).
pub fn parse_args() -> (Cli, ArgMatches) {
    let matches = Cli::command().get_matches();
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => (cli, matches),
        Err(err) => err.exit(),
    }
}

/// Runs the command, racing it against Ctrl-C / SIGTERM: an interrupted admin command stops
/// where it is and exits 130 (nothing half-applied is hidden: each request is atomic per item).
///
/// Commands that stream (publish, consume, watch) handle the interrupt themselves: they
/// flush, commit and report first. A second signal always exits at once.
pub async fn run_interruptible(cli: Cli, matches: ArgMatches) -> Result<Exit> {
    let interrupt = Interrupt::new();
    let graceful = matches!(
        cli.command,
        Command::Publish(_)
            | Command::Consume(_)
            | Command::Watch(_)
            | Command::Lag(crate::cli::LagArgs { watch: true, .. })
    );
    tokio::spawn({
        let interrupt = interrupt.clone();
        async move {
            loop {
                shutdown_signal().await;
                if interrupt.request() {
                    eprintln!("interrupted again: exiting now");
                    std::process::exit(i32::from(Exit::Interrupted.code()));
                }
                if graceful {
                    eprintln!(
                        "interrupted: finishing what is in flight (Ctrl-C again to exit now)"
                    );
                } else {
                    eprintln!("interrupted");
                }
            }
        }
    });
    let task = tokio::spawn(run(cli, matches, interrupt.clone()));
    if graceful {
        return task.await?;
    }
    tokio::select! {
        joined = task => joined?,
        () = interrupt.wait() => Err(KanError::Interrupted.into()),
    }
}

/// Resolves when the user asks kan to stop (SIGINT, or SIGTERM on Unix).
pub async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut terminate) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = terminate.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

async fn run(cli: Cli, matches: ArgMatches, interrupt: Interrupt) -> Result<Exit> {
    // Commands that need no connection settings run before they are resolved, so a broken
    // config file never stops `kan completions` or `kan man`.
    match &cli.command {
        Command::Completions { shell } => return docs::completions(*shell),
        Command::Man { out_dir } => return docs::man(out_dir.as_deref()),
        Command::Config(ConfigCommand::Profiles) => {
            let output = Output::new(settings::output_only(&cli.global));
            return config::profiles(&output);
        }
        _ => {}
    }
    let settings = settings::resolve(&cli.global, &matches)?;
    let output = Output::new(settings.output);
    match cli.command {
        Command::Topics(command) => topics::run(&settings, &output, command).await,
        Command::Publish(command) => publish::run(&settings, &output, &interrupt, command).await,
        Command::Lag(args) => lag::run(&settings, &output, &interrupt, args).await,
        Command::Watch(command) => watch::run(&settings, &output, &interrupt, command).await,
        Command::Consume(args) => consume::run(&settings, &output, &interrupt, args).await,
        Command::Groups(command) => groups::run(&settings, &output, command).await,
        Command::Offsets(command) => offsets::run(&settings, &output, command).await,
        Command::Cluster => cluster::run(&settings, &output),
        Command::Config(ConfigCommand::Show) => config::show(&settings, &output),
        Command::Config(ConfigCommand::Profiles)
        | Command::Completions { .. }
        | Command::Man { .. } => Ok(Exit::Success),
    }
}

/// Maps a list of per-item errors to the run's outcome: none → success, all → the first
/// error's own class (one clear line), some → partial failure.
pub(crate) fn outcome(total: usize, mut failures: Vec<KanError>, noun: &str) -> Result<Exit> {
    match failures.len() {
        0 => Ok(Exit::Success),
        n if n == total => Err(failures.remove(0).into()),
        n => {
            let first = failures.remove(0);
            Err(KanError::Partial(format!("{n} of {total} {noun} failed (first: {first})")).into())
        }
    }
}

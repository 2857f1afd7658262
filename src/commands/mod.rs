//! Glue: one function per command, taking resolved settings and returning an exit code.

mod cluster;
pub mod complete;
mod config;
mod consume;
mod docs;
mod groups;
mod lag;
mod lag_serve;
mod offsets;
mod pick;
mod publish;
mod records;
mod schemas;
mod session;
mod start;
mod topics;
mod users;
mod watch;

use std::io::Write;

use clap::{ArgMatches, CommandFactory, FromArgMatches};

use crate::cli::{Cli, Command, ConfigCommand, GlobalArgs};
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

/// Runs the command (or, without one, the guided session), racing it against Ctrl-C /
/// SIGTERM.
pub async fn run_interruptible(cli: Cli, matches: ArgMatches) -> Result<Exit> {
    let Some(command) = cli.command else {
        return session::start(cli.global, matches).await;
    };
    let current = Current::new(Interrupt::new(), graceful(&command));
    let interrupt = current.interrupt();
    listen_for_signals(current.clone());
    let graceful = graceful(&command);
    run_racing(command, cli.global, matches, interrupt, graceful).await
}

/// Commands that stream (publish, consume, watch, lag --watch) handle Ctrl-C themselves: they
/// flush, commit and report first.
fn graceful(command: &Command) -> bool {
    matches!(
        command,
        Command::Publish(_)
            | Command::Consume(_)
            | Command::Watch(_)
            | Command::Lag(crate::cli::LagArgs { watch: true, .. })
            | Command::Lag(crate::cli::LagArgs {
                command: Some(_),
                ..
            })
    )
}

/// The interrupt that a signal requests now, and whether its command finishes gracefully.
#[derive(Clone)]
pub(crate) struct Current(std::sync::Arc<std::sync::Mutex<(Interrupt, bool)>>);

impl Current {
    pub(crate) fn new(interrupt: Interrupt, graceful: bool) -> Self {
        Current(std::sync::Arc::new(std::sync::Mutex::new((
            interrupt, graceful,
        ))))
    }

    /// From now on signals go to `interrupt`.
    pub(crate) fn set(&self, interrupt: Interrupt, graceful: bool) {
        if let Ok(mut current) = self.0.lock() {
            *current = (interrupt, graceful);
        }
    }

    pub(crate) fn interrupt(&self) -> Interrupt {
        self.0
            .lock()
            .map(|current| current.0.clone())
            .unwrap_or_default()
    }

    fn graceful(&self) -> bool {
        self.0.lock().map(|current| current.1).unwrap_or(false)
    }
}

/// Turns SIGINT, SIGTERM and SIGHUP into a request to stop; a second one exits at once.
pub(crate) fn listen_for_signals(current: Current) {
    tokio::spawn(async move {
        loop {
            shutdown_signal().await;
            let interrupt = current.interrupt();
            // Never eprintln! here: a closed terminal (SIGHUP) fails the write, and a panic
            // would end this task and with it every later signal.
            let say = |text: &str| {
                let _ = writeln!(std::io::stderr(), "{text}");
            };
            if interrupt.request() {
                say("interrupted again: exiting now");
                crate::terminal::keys::restore();
                crate::terminal::mode::restore();
                std::process::exit(i32::from(Exit::Interrupted.code()));
            }
            if current.graceful() {
                say("interrupted: finishing what is in flight (Ctrl-C again to exit now)");
            } else {
                say("interrupted");
            }
        }
    });
}

/// Runs one command: an interrupted admin command is cancelled where it is and exits 130
/// (nothing half-applied is hidden: each request is atomic per item); a graceful one is waited
/// for.
pub(crate) async fn run_racing(
    command: Command,
    global: GlobalArgs,
    matches: ArgMatches,
    interrupt: Interrupt,
    graceful: bool,
) -> Result<Exit> {
    let mut task = tokio::spawn(run(command, global, matches, interrupt.clone()));
    if graceful {
        return task.await?;
    }
    tokio::select! {
        joined = &mut task => joined?,
        () = interrupt.wait() => {
            // Stopped where it is (the guided session goes on, so nothing may run on behind
            // its back): cancelled at its next await, and waited for.
            task.abort();
            let _ = task.await;
            Err(KanError::Interrupted.into())
        }
    }
}

/// Resolves when the user asks kan to stop: SIGINT, or on Unix SIGTERM, and SIGHUP (a closed
/// terminal is handled like SIGTERM: commit what was applied, leave the group, exit).
pub async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
        ) {
            (Ok(mut terminate), Ok(mut hangup)) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = terminate.recv() => {}
                    _ = hangup.recv() => {}
                }
            }
            _ => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

async fn run(
    command: Command,
    global: GlobalArgs,
    matches: ArgMatches,
    interrupt: Interrupt,
) -> Result<Exit> {
    // Commands that need no connection settings run before they are resolved, so a broken
    // config file never stops `kan completions` or `kan man`.
    match &command {
        Command::Completions {
            shell,
            static_script,
        } => return complete::registration(*shell, *static_script),
        Command::Man { out_dir } => return docs::man(out_dir.as_deref()),
        Command::Config(ConfigCommand::Profiles) => {
            let output = Output::new(settings::output_only(&global));
            return config::profiles(&output);
        }
        _ => {}
    }
    let settings = settings::resolve(&global, &matches)?;
    let output = Output::new(settings.output);
    match command {
        Command::Topics(command) => topics::run(&settings, &output, command).await,
        Command::Publish(command) => publish::run(&settings, &output, &interrupt, command).await,
        Command::Lag(args) => lag::run(&settings, &output, &interrupt, args).await,
        Command::Watch(command) => watch::run(&settings, &output, &interrupt, command).await,
        Command::Consume(args) => consume::run(&settings, &output, &interrupt, args).await,
        Command::Groups(command) => groups::run(&settings, &output, command).await,
        Command::Offsets(command) => offsets::run(&settings, &output, command).await,
        Command::Cluster => cluster::run(&settings, &output),
        Command::Users(command) => users::run(&settings, &output, command),
        Command::Schemas(command) => schemas::run(&settings, &output, command).await,
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

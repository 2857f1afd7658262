//! Shell completion of live names: `kan topics describe <TAB>` offers the cluster's topics,
//! `--group <TAB>` its consumer groups, `--profile <TAB>` the config file's profiles.
//!
//! The shell script `kan completions bash|zsh|fish|…` prints calls back into kan with
//! `KAN_COMPLETE=<shell>` set (clap_complete's dynamic completion); [`complete_if_asked`] answers
//! that call before anything else runs. The connection comes from the words typed so far
//! (`-b`, `--profile`, …), then the environment and the profile, as for any command. Asking the
//! cluster is bounded by [`BUDGET`] and silent: a completion never hangs the shell and never
//! prints an error into it.

use std::ffi::{OsStr, OsString};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use clap::{Arg, CommandFactory, FromArgMatches};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
use clap_complete::CompleteEnv;

use crate::cli::{Cli, GlobalArgs, Shell};
use crate::error::Result;
use crate::exit::Exit;
use crate::kafka::Admin;
use crate::settings;

/// The environment variable the shell scripts set when they ask for completions (kan's own
/// name, so a `COMPLETE` set for another tool never turns kan into a completer).
const VARIABLE: &str = "KAN_COMPLETE";
/// How long a completion may wait for the cluster, all requests included.
pub const BUDGET: Duration = Duration::from_millis(900);

/// Answers a completion request from the shell and exits; returns when there is none.
pub fn complete_if_asked() {
    CompleteEnv::with_factory(command).var(VARIABLE).complete();
}

/// `kan completions <shell>`: the script that registers kan's completion with the shell.
/// `static_script` prints the self-contained script instead, which never asks the cluster.
pub fn registration(shell: Shell, static_script: bool) -> Result<Exit> {
    let mut buffer = Vec::new();
    if static_script {
        let mut command = Cli::command();
        clap_complete::generate(aot_shell(shell), &mut command, "kan", &mut buffer);
    } else {
        let command = command();
        let completer = completer_path();
        env_shell(shell).write_registration(
            VARIABLE,
            command.get_name(),
            "kan",
            &completer,
            &mut buffer,
        )?;
    }
    crate::render::write_raw(&buffer)?;
    Ok(Exit::Success)
}

fn aot_shell(shell: Shell) -> clap_complete::Shell {
    match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
        Shell::Powershell => clap_complete::Shell::PowerShell,
        Shell::Elvish => clap_complete::Shell::Elvish,
    }
}

fn env_shell(shell: Shell) -> &'static dyn EnvCompleter {
    match shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::Powershell => &Powershell,
        Shell::Elvish => &Elvish,
    }
}

/// What the shell should run to complete: `kan` when it was found on the PATH, the absolute
/// path of this binary when it was started by path.
fn completer_path() -> String {
    let invoked = std::env::args_os().next().unwrap_or_else(|| "kan".into());
    if std::path::Path::new(&invoked).components().count() > 1 {
        if let Ok(path) = std::env::current_exe() {
            return path.to_string_lossy().into_owned();
        }
    }
    invoked.to_string_lossy().into_owned()
}

/// What a cluster or config name in kan's arguments refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Names {
    Topics,
    Groups,
    Profiles,
}

/// kan's command with a live-name completer on every argument that names a topic, a group or a
/// profile.
fn command() -> clap::Command {
    with_completers(Cli::command(), &[])
}

fn with_completers(command: clap::Command, path: &[&str]) -> clap::Command {
    let mut path: Vec<String> = path.iter().map(|part| part.to_string()).collect();
    path.push(command.get_name().to_string());
    let parts: Vec<&str> = path.iter().map(String::as_str).collect();
    let command = command.mut_args(|arg| match names_of(&parts, &arg) {
        Some(names) => arg.add(ArgValueCompleter::new(move |current: &OsStr| {
            candidates(names, current)
        })),
        None => arg,
    });
    command.mut_subcommands(|sub| with_completers(sub, &parts))
}

/// Which names `arg` of the command at `path` (`["kan", "topics", "describe"]`) takes.
fn names_of(path: &[&str], arg: &Arg) -> Option<Names> {
    if arg.get_id() == "profile" {
        return Some(Names::Profiles);
    }
    let value_name = arg
        .get_value_names()
        .and_then(|names| names.first())
        .map(|name| name.as_str());
    match value_name {
        Some("TOPIC" | "TOPIC[:PARTITIONS]") => Some(Names::Topics),
        Some("GROUP") => Some(Names::Groups),
        // `topics describe|alter|delete|truncate NAME` name existing topics; `topics create
        // NAME` a new one.
        Some("NAME")
            if matches!(
                path,
                [_, "topics", "describe" | "alter" | "delete" | "truncate"]
            ) && matches!(arg.get_id().as_str(), "name" | "names") =>
        {
            Some(Names::Topics)
        }
        _ => None,
    }
}

/// The names starting with `current`, each with a short description; nothing on any failure.
fn candidates(names: Names, current: &OsStr) -> Vec<CompletionCandidate> {
    let Some(prefix) = current.to_str() else {
        return Vec::new();
    };
    let found = match names {
        Names::Profiles => profiles(),
        Names::Topics | Names::Groups => within_budget(names),
    };
    found
        .into_iter()
        .filter(|(name, _)| name.starts_with(prefix))
        .map(|(name, help)| CompletionCandidate::new(name).help(Some(help.into())))
        .collect()
}

fn profiles() -> Vec<(String, String)> {
    let Ok((_, file)) = settings::load_config_file() else {
        return Vec::new();
    };
    file.profiles
        .iter()
        .map(|(name, profile)| {
            let brokers = profile.brokers.clone().unwrap_or_default();
            (name.clone(), brokers)
        })
        .collect()
}

/// Asks the cluster on a thread of its own and gives up after [`BUDGET`]; the thread is left
/// behind (the process exits right after printing the candidates).
fn within_budget(names: Names) -> Vec<(String, String)> {
    let (sender, receiver) = mpsc::channel();
    let spawned = thread::Builder::new()
        .name("kan-complete".into())
        .spawn(move || {
            let _ = sender.send(from_cluster(names));
        });
    if spawned.is_err() {
        return Vec::new();
    }
    receiver
        .recv_timeout(BUDGET)
        .ok()
        .flatten()
        .unwrap_or_default()
}

fn from_cluster(names: Names) -> Option<Vec<(String, String)>> {
    let mut settings = typed_settings()?;
    settings.connection.timeout = BUDGET;
    let admin = Admin::connect(&settings.connection).ok()?;
    match names {
        Names::Topics => {
            let topics = admin.metadata(None).ok()?;
            Some(
                topics
                    .into_iter()
                    .filter(|topic| !topic.internal)
                    .map(|topic| {
                        let count = topic.partitions.len();
                        let plural = if count == 1 { "" } else { "s" };
                        (topic.name, format!("{count} partition{plural}"))
                    })
                    .collect(),
            )
        }
        Names::Groups => {
            let groups = admin.list_groups().ok()?;
            Some(
                groups
                    .into_iter()
                    .map(|group| (group.group, group.state.to_string()))
                    .collect(),
            )
        }
        Names::Profiles => None,
    }
}

/// The connection settings the words typed so far resolve to (flags, then the environment and
/// the profile). The word being completed is left out: it is not finished.
fn typed_settings() -> Option<settings::Settings> {
    // The shell owns the terminal: never prompt (for a SASL password, say) and never log.
    crate::terminal::set_no_input(true);
    let words = typed_words();
    let matches = Cli::command()
        .ignore_errors(true)
        .try_get_matches_from(words)
        .ok()?;
    let mut global = GlobalArgs::from_arg_matches(&matches).ok()?;
    global.verbose = 0;
    let mut settings = settings::resolve(&global, &matches).ok()?;
    settings.connection.verbose = 0;
    Some(settings)
}

/// The command line the shell passed after `--`, without the word under the cursor.
fn typed_words() -> Vec<OsString> {
    let mut words: Vec<OsString> = std::env::args_os()
        .skip_while(|word| word != "--")
        .skip(1)
        .collect();
    let index = std::env::var("_CLAP_COMPLETE_INDEX")
        .ok()
        .and_then(|index| index.parse::<usize>().ok())
        .filter(|index| *index < words.len())
        .unwrap_or_else(|| words.len().saturating_sub(1));
    if index < words.len() && index > 0 {
        words.remove(index);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the arguments of the command at `path` complete.
    fn completes(path: &[&str]) -> Vec<Names> {
        let mut command = command();
        command.build();
        let mut current = &command;
        for part in &path[1..] {
            current = current.find_subcommand(part).expect("subcommand");
        }
        current
            .get_arguments()
            .filter_map(|arg| names_of(path, arg))
            .collect()
    }

    #[test]
    fn topic_names_complete_where_an_existing_topic_is_named() {
        for path in [
            &["kan", "topics", "describe"][..],
            &["kan", "topics", "alter"],
            &["kan", "topics", "delete"],
            &["kan", "topics", "truncate"],
            &["kan", "consume"],
            &["kan", "watch", "topic"],
            &["kan", "offsets", "reset"],
            &["kan", "lag"],
        ] {
            assert!(completes(path).contains(&Names::Topics), "{path:?}");
        }
        assert!(
            !completes(&["kan", "topics", "create"]).contains(&Names::Topics),
            "a new topic's name is not completed from the cluster"
        );
    }

    #[test]
    fn group_and_profile_names_complete() {
        for path in [
            &["kan", "lag"][..],
            &["kan", "groups", "describe"],
            &["kan", "groups", "delete"],
            &["kan", "offsets", "seek"],
            &["kan", "consume"],
        ] {
            assert!(completes(path).contains(&Names::Groups), "{path:?}");
        }
        assert!(completes(&["kan", "cluster"]).contains(&Names::Profiles));
        assert!(!completes(&["kan", "cluster"]).contains(&Names::Topics));
    }
}

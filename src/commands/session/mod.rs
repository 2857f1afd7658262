//! `kan` with no command on a terminal: a guided session. A menu of tasks (typing filters it);
//! each task asks what it needs — names offered from the live cluster, free text checked as
//! typed with the flags' own parsers, Esc stepping back one question — prints the command line
//! that does the same without a terminal, runs that very command, and comes back to the menu.
//! Destructive tasks show what will happen first and need an explicit yes. Ctrl-C at a
//! question leaves with exit 130; Ctrl-C while a task runs stops the task.
//!
//! Without a terminal (or with `--no-input`), `kan` alone prints the usage and exits 2.

mod form;
mod tasks;

use clap::parser::ValueSource;
use clap::{ArgMatches, CommandFactory, FromArgMatches};

use super::{listen_for_signals, run_racing, Current};
use crate::cli::{Cli, GlobalArgs};
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::settings::{self, Settings};
use crate::terminal::{self, prompt, prompt::Answer};
use tasks::{Cluster, Plan, Task, MENU};

pub(super) async fn start(global: GlobalArgs, matches: ArgMatches) -> Result<Exit> {
    if !terminal::interactive() {
        eprintln!("{}", Cli::command().render_help());
        return Ok(Exit::Usage);
    }
    let current = Current::new(Interrupt::new(), false);
    listen_for_signals(current.clone());
    let mut session = Session {
        global: repeated_flags(&matches),
        settings: settings::resolve(&global, &matches)?,
        current,
    };
    tokio::task::block_in_place(|| session.run())
}

/// The session: the global flags every command line repeats, and the settings they resolve to.
struct Session {
    /// Global flags given on kan's command line (never a secret: passwords are no flags).
    global: Vec<String>,
    settings: Settings,
    /// Where a Ctrl-C goes while a task runs.
    current: Current,
}

impl Session {
    fn run(&mut self) -> Result<Exit> {
        eprintln!(
            "kan — {} (Esc goes back, Ctrl-C leaves; every task shows its command line)",
            self.settings.connection.brokers
        );
        loop {
            let idle = Interrupt::new();
            self.current.set(idle.clone(), false);
            let items: Vec<&str> = MENU.iter().map(|(_, text)| *text).collect();
            let task = match prompt::select("What would you like to do?", items, 0)? {
                Answer::Given(index) => MENU[index].0,
                Answer::Back => return Ok(Exit::Success),
            };
            if idle.requested() {
                return Err(KanError::Interrupted.into());
            }
            if !self.task(task)? {
                return Ok(Exit::Success);
            }
        }
    }

    /// Asks, shows and runs one task. False: quit.
    fn task(&mut self, task: Task) -> Result<bool> {
        let mut cluster = Cluster::new(&self.settings);
        let idle = self.current.interrupt();
        let asked = tasks::ask(task, &mut cluster);
        if idle.requested() {
            // Ctrl-C while the cluster was being asked (no prompt was reading keys).
            return Err(KanError::Interrupted.into());
        }
        let plan = match asked {
            Ok(Some(plan)) => plan,
            Ok(None) => return Ok(true),
            Err(KanError::Interrupted) => return Err(KanError::Interrupted.into()),
            Err(KanError::Kafka { message, .. }) => {
                // The cluster cannot be asked: say so, and offer the settings instead.
                terminal::print_error(&message, self.settings.output.stderr_color);
                self.change_settings()?;
                return Ok(true);
            }
            Err(err) => {
                // Nothing to pick, a profile missing, …: said in one line; the session goes on.
                terminal::print_error(&err.to_string(), self.settings.output.stderr_color);
                return Ok(true);
            }
        };
        match plan {
            Plan::Run(args) => self.execute(&args),
            Plan::Confirm {
                preview,
                question,
                then,
            } => {
                if self.execute(&preview)
                    && prompt::confirm(&question, false)? == Answer::Given(true)
                {
                    self.execute(&then);
                } else {
                    eprintln!("Nothing was changed.");
                }
                true
            }
            Plan::Settings => {
                self.execute(&["config".into(), "show".into()]);
                self.change_settings()?;
                true
            }
            Plan::Quit => return Ok(false),
        };
        Ok(true)
    }

    /// Prints `kan ARGS` with the session's flags, then runs it as that command line would run.
    /// True when it succeeded.
    fn execute(&self, args: &[String]) -> bool {
        let mut argv = vec!["kan".to_string()];
        argv.extend(self.global.iter().cloned());
        argv.extend(args.iter().cloned());
        eprintln!("\n$ {}", shown(&argv));
        let outcome = self.run_command(argv);
        let color = self.settings.output.stderr_color;
        match outcome {
            Ok(Exit::Success) => true,
            Ok(exit) => {
                eprintln!("(exit {})", exit.code());
                false
            }
            Err(report) => {
                match report.downcast_ref::<KanError>() {
                    Some(KanError::Interrupted) => eprintln!("(stopped)"),
                    Some(err) => terminal::print_error(&err.to_string(), color),
                    None => terminal::print_error(&format!("{report:#}"), color),
                }
                false
            }
        }
    }

    fn run_command(&self, argv: Vec<String>) -> Result<Exit> {
        let matches = Cli::command().try_get_matches_from(&argv)?;
        let cli = Cli::from_arg_matches(&matches)?;
        let command = cli
            .command
            .ok_or_else(|| KanError::usage("the session built a command line without a command"))?;
        let interrupt = Interrupt::new();
        let graceful = super::graceful(&command);
        self.current.set(interrupt.clone(), graceful);
        let runtime = tokio::runtime::Handle::current();
        runtime.block_on(run_racing(
            command, cli.global, matches, interrupt, graceful,
        ))
    }

    /// Brokers or a profile, for when the cluster cannot be reached (or on request).
    fn change_settings(&mut self) -> Result<()> {
        let choices = ["other brokers", "a profile", "keep these settings"];
        let choice = match prompt::select("Connect with", choices.to_vec(), 0)? {
            Answer::Given(choice) => choice,
            Answer::Back => return Ok(()),
        };
        let flag = match choice {
            0 => prompt::required("Brokers (host:port,…)", None)?.map(|brokers| ("-b", brokers)),
            1 => pick_profile()?.map(|profile| ("--profile", profile)),
            _ => return Ok(()),
        };
        let Answer::Given((flag, value)) = flag else {
            return Ok(());
        };
        let mut global = without(&self.global, &["-b", "--brokers", "--profile"]);
        global.extend([flag.to_string(), value]);
        let mut argv = vec!["kan".to_string()];
        argv.extend(global.iter().cloned());
        let matches = Cli::command().try_get_matches_from(&argv)?;
        let cli = Cli::from_arg_matches(&matches)?;
        match settings::resolve(&cli.global, &matches) {
            Ok(resolved) => {
                self.settings = resolved;
                self.global = global;
                eprintln!("Now using {}.", self.settings.connection.brokers);
            }
            Err(err) => terminal::print_error(&err.to_string(), self.settings.output.stderr_color),
        }
        Ok(())
    }
}

/// One of the config file's profiles.
fn pick_profile() -> Result<Answer<String>, KanError> {
    let (_, file) = settings::load_config_file()?;
    let names: Vec<String> = file.profiles.keys().cloned().collect();
    if names.is_empty() {
        return Err(KanError::usage(
            "the config file has no profiles (see `kan config profiles`)",
        ));
    }
    Ok(prompt::select("Profile", names.clone(), 0)?.map(|index| names[index].clone()))
}

/// `flags` without the given options (and their values).
fn without(flags: &[String], options: &[&str]) -> Vec<String> {
    let mut kept = Vec::new();
    let mut skip_value = false;
    for flag in flags {
        if skip_value {
            skip_value = false;
        } else if options.contains(&flag.as_str()) {
            skip_value = true;
        } else {
            kept.push(flag.clone());
        }
    }
    kept
}

/// `argv` as a shell line, secret `-X` values hidden.
fn shown(argv: &[String]) -> String {
    let mut words: Vec<String> = Vec::with_capacity(argv.len());
    let mut property = false;
    for word in argv {
        let masked = match word.split_once('=') {
            Some((key, _)) if property && settings::is_secret(key) => format!("{key}=****"),
            _ => word.clone(),
        };
        property = word == "-X";
        words.push(masked);
    }
    shlex::try_join(words.iter().map(String::as_str)).unwrap_or_else(|_| words.join(" "))
}

/// The global settings given on the command line or in the environment, as flags to repeat in
/// every command line the session shows and runs, so that the line does the same elsewhere
/// (values from a profile come with `--profile`).
fn repeated_flags(matches: &ArgMatches) -> Vec<String> {
    const WITH_VALUES: &[(&str, &str)] = &[
        ("brokers", "--brokers"),
        ("profile", "--profile"),
        ("security_protocol", "--security-protocol"),
        ("sasl_mechanism", "--sasl-mechanism"),
        ("sasl_username", "--sasl-username"),
        ("ssl_ca", "--ssl-ca"),
        ("ssl_cert", "--ssl-cert"),
        ("ssl_key", "--ssl-key"),
        ("property", "-X"),
        ("timeout", "--timeout"),
        ("output", "--output"),
    ];
    const SWITCHES: &[(&str, &str)] = &[
        ("quiet", "--quiet"),
        ("no_color", "--no-color"),
        ("yes", "--yes"),
    ];
    let given = |id: &str| {
        matches!(
            matches.value_source(id),
            Some(ValueSource::CommandLine | ValueSource::EnvVariable)
        )
    };
    let mut flags = Vec::new();
    for (id, flag) in WITH_VALUES {
        if !given(id) {
            continue;
        }
        for value in matches.get_raw(id).into_iter().flatten() {
            flags.extend([flag.to_string(), value.to_string_lossy().into_owned()]);
        }
    }
    for (id, flag) in SWITCHES {
        if given(id) && matches.get_flag(id) {
            flags.push(flag.to_string());
        }
    }
    if given("verbose") {
        flags.extend((0..matches.get_count("verbose")).map(|_| "-v".to_string()));
    }
    if !given("brokers") {
        // The one environment variable clap does not read itself.
        if let Some(brokers) = std::env::var("KAFKA_BROKERS")
            .ok()
            .filter(|v| !v.is_empty())
        {
            flags.extend(["--brokers".to_string(), brokers]);
        }
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(args: &[&str]) -> ArgMatches {
        Cli::command().try_get_matches_from(args).unwrap()
    }

    #[test]
    fn the_flags_given_are_repeated_and_nothing_else() {
        let flags = repeated_flags(&matches(&[
            "kan",
            "-b",
            "h:1",
            "-X",
            "a=b",
            "-X",
            "c=d",
            "--timeout",
            "5s",
            "-vv",
            "--no-color",
        ]));
        assert_eq!(
            flags,
            [
                "--brokers",
                "h:1",
                "-X",
                "a=b",
                "-X",
                "c=d",
                "--timeout",
                "5s",
                "--no-color",
                "-v",
                "-v"
            ]
        );
        assert!(repeated_flags(&matches(&["kan"])).is_empty());
    }

    #[test]
    fn secret_properties_are_hidden_in_the_line_shown() {
        let argv: Vec<String> = ["kan", "-X", "sasl.password=hunter2", "-X", "linger.ms=5"]
            .iter()
            .map(|word| word.to_string())
            .collect();
        assert_eq!(shown(&argv), "kan -X 'sasl.password=****' -X 'linger.ms=5'");
    }

    #[test]
    fn flags_are_dropped_with_their_values() {
        let flags: Vec<String> = ["-b", "h:1", "--timeout", "5s", "--profile", "p"]
            .iter()
            .map(|flag| flag.to_string())
            .collect();
        assert_eq!(
            without(&flags, &["-b", "--brokers", "--profile"]),
            ["--timeout", "5s"]
        );
    }
}

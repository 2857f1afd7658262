//! The documented exit codes: scripts branch on these, so they never change meaning.

use std::process::ExitCode;

/// Every way `kan` can end. The numbers are part of the public contract (README, `kan --help`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything asked for was done.
    Success,
    /// A bug or an environment failure nobody planned for.
    Unexpected,
    /// The command line or an input file was invalid; nothing was sent to Kafka.
    Usage,
    /// The broker was unreachable, refused, or a request failed.
    Kafka,
    /// A named topic or group does not exist.
    NotFound,
    /// A threshold given on the command line was breached (for example `kan lag --max-lag`), or
    /// a schema is incompatible under its subject's level (`kan schemas check|register`).
    ThresholdBreached,
    /// Some items succeeded and some failed; the report says which.
    PartialFailure,
    /// Stopped by Ctrl-C (SIGINT) or SIGTERM after flushing and reporting.
    Interrupted,
}

impl Exit {
    /// The process exit status for this outcome.
    pub const fn code(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::Unexpected => 1,
            Exit::Usage => 2,
            Exit::Kafka => 3,
            Exit::NotFound => 4,
            Exit::ThresholdBreached => 5,
            Exit::PartialFailure => 6,
            Exit::Interrupted => 130,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> Self {
        ExitCode::from(exit.code())
    }
}

/// The exit-code table shown at the end of `kan --help` (the README carries the same table).
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
    0    success
    1    unexpected error (a bug, or the environment failed)
    2    usage error or invalid input; nothing was sent
    3    Kafka/broker error (unreachable, not authorized, request failed);
         kan lag serve: the --listen address is in use
    4    not found (topic, group, SCRAM user, schema subject or version)
    5    threshold breached (kan lag --max-lag / --max-time-lag / --rules);
         a schema incompatible (kan schemas check|register)
    6    partial failure (some items or records failed; the report lists them)
  130    interrupted (Ctrl-C) after flushing and reporting";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_table_lists_every_code() {
        for exit in [
            Exit::Success,
            Exit::Unexpected,
            Exit::Usage,
            Exit::Kafka,
            Exit::NotFound,
            Exit::ThresholdBreached,
            Exit::PartialFailure,
            Exit::Interrupted,
        ] {
            let needle = format!("{:>5}    ", exit.code());
            assert!(
                EXIT_CODES_HELP.contains(&needle),
                "exit code {} missing from help",
                exit.code()
            );
        }
    }
}

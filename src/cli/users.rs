//! `kan users` arguments.

use clap::Subcommand;

use crate::domain::users::{self, ScramMechanism, MIN_ITERATIONS};

#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// Users with SCRAM credentials: each mechanism and its iterations
    List,
    /// Create a SCRAM user, or set a new password for one (says which): the password from a
    /// hidden prompt (asked twice) or KAN_NEW_USER_PASSWORD, never a flag
    Create {
        /// The user name
        #[arg(value_name = "NAME", value_parser = parse_user)]
        user: String,
        /// The SCRAM mechanism (asked for on a terminal when missing)
        #[arg(long, value_enum)]
        mechanism: Option<ScramMechanism>,
        /// PBKDF2 iterations, 4096 (Kafka's minimum) to 16384 (its maximum)
        #[arg(
            long,
            value_name = "N",
            default_value_t = MIN_ITERATIONS,
            value_parser = users::parse_iterations
        )]
        iterations: i32,
    },
    /// Delete a user's SCRAM credentials: every mechanism it has, or only --mechanism; asks on
    /// a terminal, needs --yes without one
    Delete {
        /// The user name
        #[arg(value_name = "NAME", value_parser = parse_user)]
        user: String,
        /// Only this mechanism's credential
        #[arg(long, value_enum)]
        mechanism: Option<ScramMechanism>,
    },
}

fn parse_user(text: &str) -> Result<String, String> {
    if text.is_empty() {
        return Err("a user name must not be empty".into());
    }
    Ok(text.to_string())
}

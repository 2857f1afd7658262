//! The command line, as clap types only. No logic lives here: `settings` resolves these
//! values and `commands` acts on them.

mod consume;
mod lag;
mod publish;
mod topics;
mod users;
mod values;
mod watch;

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use consume::*;
pub use lag::*;
pub use publish::*;
pub use topics::*;
pub use users::*;
pub use watch::*;

use crate::domain::schema::compatibility::Compatibility;
use crate::domain::security::{SaslMechanism, SecurityProtocol};
use crate::domain::units;
use crate::exit::EXIT_CODES_HELP;
use crate::render::OutputFormat;

/// Operate Kafka and watch what flows through it.
#[derive(Debug, Parser)]
#[command(
    name = "kan",
    version,
    about = "Operate Kafka and watch what flows through it",
    long_about = "Operate Kafka and watch what flows through it.\n\n\
kan wraps Kafka's admin, producer and consumer APIs for people and for scripts: \
typed topic management, validated event publishing, consuming, consumer groups and \
offsets, lag with thresholds, and live analytics. Data goes to stdout, diagnostics to \
stderr; without a terminal kan never prompts and destructive actions need --yes. Run kan \
with no command on a terminal for a guided session.",
    after_help = EXIT_CODES_HELP,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    /// Without one, a terminal gets a guided session (the usage otherwise)
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum SchemasCommand {
    /// Subjects with their latest version, schema type and compatibility level
    List,
    /// A subject's schema, pretty-printed (the latest version unless --version)
    #[command(disable_version_flag = true)]
    Get {
        #[arg(value_name = "SUBJECT")]
        subject: String,
        /// A version number, or latest
        #[arg(
            long = "version",
            id = "schema_version",
            value_name = "N|latest",
            default_value = "latest",
            value_parser = parse_version
        )]
        version: String,
    },
    /// Register a schema file under a subject: its type from the extension (.avsc Avro,
    /// .proto Protobuf, .json JSON Schema), checked here first; a schema the subject already
    /// holds is not registered again
    Register {
        #[arg(value_name = "SUBJECT")]
        subject: String,
        /// The schema file
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Check a schema file against the subject's latest version under its compatibility level
    /// (exit 5 when incompatible)
    Check {
        #[arg(value_name = "SUBJECT")]
        subject: String,
        /// The schema file (.avsc, .proto or .json)
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Delete a subject, or one version of it (soft unless --permanent); asks on a terminal,
    /// needs --yes without one
    #[command(disable_version_flag = true)]
    Delete {
        #[arg(value_name = "SUBJECT")]
        subject: String,
        /// Only this version (a number, or latest)
        #[arg(
            long = "version",
            id = "schema_version",
            value_name = "N|latest",
            value_parser = parse_version
        )]
        version: Option<String>,
        /// Remove for good (soft-deleting first when that was not done yet)
        #[arg(long)]
        permanent: bool,
    },
    /// Show a subject's compatibility level (its own, else the global one) or the global
    /// level; set it with --compatibility
    Config {
        /// A subject (without one: the registry's global level)
        #[arg(value_name = "SUBJECT")]
        subject: Option<String>,
        /// Set this level
        #[arg(long, value_enum, value_name = "LEVEL")]
        compatibility: Option<Compatibility>,
    },
}

pub(crate) fn parse_version(text: &str) -> Result<String, String> {
    match text {
        "latest" => Ok(text.to_string()),
        number if number.parse::<u32>().is_ok_and(|n| n >= 1) => Ok(number.to_string()),
        other => Err(format!(
            "expected a version number (1, 2, …) or latest, got '{other}'"
        )),
    }
}

/// Options every command accepts (listed after each command's own in `--help`).
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Bootstrap brokers, comma-separated (env KAN_BROKERS, then KAFKA_BROKERS; default 127.0.0.1:9092)
    #[arg(
        short = 'b',
        long,
        global = true,
        env = "KAN_BROKERS",
        value_name = "HOST:PORT,…"
    )]
    pub brokers: Option<String>,

    /// Profile from the config file ($KAN_CONFIG or $XDG_CONFIG_HOME/kan/config.toml)
    #[arg(long, global = true, env = "KAN_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,

    /// Security protocol
    #[arg(long, global = true, env = "KAN_SECURITY_PROTOCOL", value_enum)]
    pub security_protocol: Option<SecurityProtocol>,

    /// SASL mechanism
    #[arg(long, global = true, env = "KAN_SASL_MECHANISM", value_enum)]
    pub sasl_mechanism: Option<SaslMechanism>,

    /// SASL username (the password comes from KAN_SASL_PASSWORD, the profile, or a prompt)
    #[arg(long, global = true, env = "KAN_SASL_USERNAME", value_name = "USER")]
    pub sasl_username: Option<String>,

    /// CA certificate (PEM) to verify the brokers with
    #[arg(long, global = true, env = "KAN_SSL_CA", value_name = "FILE")]
    pub ssl_ca: Option<PathBuf>,

    /// Client certificate (PEM) for mutual TLS
    #[arg(long, global = true, env = "KAN_SSL_CERT", value_name = "FILE")]
    pub ssl_cert: Option<PathBuf>,

    /// Client private key (PEM) for mutual TLS
    #[arg(long, global = true, env = "KAN_SSL_KEY", value_name = "FILE")]
    pub ssl_key: Option<PathBuf>,

    /// Schema Registry URL: records in its wire format are decoded (consume, watch topic) and
    /// encoded (publish --value-subject)
    #[arg(
        long = "schema-registry",
        global = true,
        env = "KAN_SCHEMA_REGISTRY_URL",
        value_name = "URL"
    )]
    pub schema_registry_url: Option<String>,

    /// Schema Registry basic-auth user (the password comes from KAN_SCHEMA_REGISTRY_PASSWORD,
    /// the profile, or a prompt)
    #[arg(
        long,
        global = true,
        env = "KAN_SCHEMA_REGISTRY_USER",
        value_name = "USER"
    )]
    pub schema_registry_user: Option<String>,

    /// CA certificate (PEM) to verify the Schema Registry with (default: the system's)
    #[arg(
        long,
        global = true,
        env = "KAN_SCHEMA_REGISTRY_CA",
        value_name = "FILE"
    )]
    pub schema_registry_ca: Option<PathBuf>,

    /// Any librdkafka property, like kcat's -X (repeatable; overrides the profile)
    #[arg(short = 'X', global = true, value_name = "KEY=VALUE", value_parser = parse_property)]
    pub property: Vec<(String, String)>,

    /// Upper bound for every broker request (default 10s)
    #[arg(long, global = true, env = "KAN_TIMEOUT", value_name = "DURATION", value_parser = parse_timeout)]
    pub timeout: Option<Duration>,

    /// Output format for data on stdout
    #[arg(short = 'o', long, global = true, env = "KAN_OUTPUT", value_enum)]
    pub output: Option<OutputFormat>,

    /// Print nothing but data and errors
    #[arg(short = 'q', long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// More detail on stderr: -v error detail and librdkafka logs, -vv librdkafka debug contexts
    #[arg(short = 'v', long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// No colors (also honoured: the NO_COLOR environment variable)
    #[arg(long, global = true)]
    pub no_color: bool,

    /// Confirm destructive actions without asking (required when there is no terminal)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,

    /// Never prompt or offer a picker, even on a terminal: a missing argument is a usage error
    /// (for scripts run under a terminal)
    #[arg(
        long,
        global = true,
        env = "KAN_NO_INPUT",
        value_parser = clap::builder::FalseyValueParser::new()
    )]
    pub no_input: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create, list, describe, alter, apply and delete topics
    #[command(subcommand)]
    Topics(TopicsCommand),
    /// Publish validated, keyed, idempotent (or transactional) events
    #[command(subcommand)]
    Publish(PublishCommand),
    /// Read records: from any position, as text or lossless JSON envelopes, optionally as a group member
    Consume(ConsumeArgs),
    /// List, describe and delete consumer groups
    #[command(subcommand)]
    Groups(GroupsCommand),
    /// Show, reset (dry run first) and seek a group's committed offsets
    #[command(subcommand)]
    Offsets(OffsetsCommand),
    /// Watch what flows through Kafka: live analytics tables
    #[command(subcommand)]
    Watch(WatchCommand),
    /// Consumer lag per partition, topic and group, in messages and time, with thresholds
    Lag(LagArgs),
    /// Schema Registry subjects and schemas (needs --schema-registry)
    #[command(subcommand)]
    Schemas(SchemasCommand),
    /// Show the cluster: id, controller and brokers
    Cluster,
    /// List, create (or set a new password for) and delete SCRAM users
    #[command(subcommand)]
    Users(UsersCommand),
    /// Show resolved settings and profiles
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Print the script that registers completion with a shell (live topic, group and
    /// profile names; `--static` for one that never asks the cluster)
    Completions {
        #[arg(value_enum)]
        shell: Shell,
        /// Print the self-contained script instead, which never asks the cluster
        #[arg(long = "static")]
        static_script: bool,
    },
    /// Print the man page, or write all man pages into a directory
    Man {
        /// Write kan.1 and one page per subcommand into this directory
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the resolved connection settings and where each came from (secrets masked)
    Show,
    /// List the profiles in the config file
    Profiles,
}

/// Shells kan writes completions for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

fn parse_property(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.trim().is_empty() => {
            Ok((key.trim().to_string(), value.to_string()))
        }
        _ => Err(format!("invalid property '{text}': expected key=value")),
    }
}

pub(crate) fn parse_timeout(text: &str) -> Result<Duration, String> {
    let duration = units::parse_duration(text)?;
    if duration.is_zero() {
        return Err(format!(
            "invalid timeout '{text}': must be greater than zero"
        ));
    }
    Ok(duration)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn properties_parse() {
        assert_eq!(
            parse_property("fetch.min.bytes=1").unwrap(),
            ("fetch.min.bytes".to_string(), "1".to_string())
        );
        assert!(parse_property("oops").unwrap_err().contains("'oops'"));
    }
}

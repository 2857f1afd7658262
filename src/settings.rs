//! Resolves what the user asked for into plain settings, in one place and one order:
//! command-line flag > environment variable > profile in the config file > built-in default.
//!
//! Commands never look at flags, environment or files themselves; they get a [`Settings`].

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::parser::ValueSource;
use clap::ArgMatches;
use serde::Deserialize;

use crate::cli::GlobalArgs;
use crate::domain::security::{SaslMechanism, SecurityProtocol};
use crate::error::KanError;
use crate::render::{OutputFormat, OutputSettings};
use crate::terminal;

/// The broker kan talks to when nothing says otherwise (the docker-compose.yml listener).
pub const DEFAULT_BROKERS: &str = "127.0.0.1:9092";
/// The default bound on every broker request.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// Where a resolved value came from (`kan config show` prints it).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    Flag,
    Env(String),
    Profile(String),
    Default,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Flag => f.write_str("flag"),
            Origin::Env(name) => write!(f, "env {name}"),
            Origin::Profile(name) => write!(f, "profile {name}"),
            Origin::Default => f.write_str("default"),
        }
    }
}

/// Whether a librdkafka property holds a secret (never printed).
pub fn is_secret(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    key.contains("password") || key.contains("secret") || key.ends_with(".key.pem")
}

/// A secret that never prints itself.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret read elsewhere (a prompt).
    pub fn new(secret: String) -> Self {
        Secret(secret)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(****)")
    }
}

/// How to reach and authenticate to the cluster.
#[derive(Debug, Clone)]
pub struct ConnectionSettings {
    pub brokers: String,
    pub security_protocol: SecurityProtocol,
    pub sasl_mechanism: Option<SaslMechanism>,
    pub sasl_username: Option<String>,
    pub sasl_password: Option<Secret>,
    pub ssl_ca: Option<PathBuf>,
    pub ssl_cert: Option<PathBuf>,
    pub ssl_key: Option<PathBuf>,
    /// librdkafka properties: the profile's first, then `-X` (later wins).
    pub properties: Vec<(String, String)>,
    pub timeout: Duration,
    pub verbose: u8,
    /// The Schema Registry, when one is configured.
    pub registry: Option<RegistrySettings>,
    /// Where each setting came from, by setting name.
    pub origins: BTreeMap<&'static str, Origin>,
}

/// Where the Schema Registry is and how to log in to it.
#[derive(Debug, Clone)]
pub struct RegistrySettings {
    pub url: String,
    pub user: Option<String>,
    pub password: Option<Secret>,
    pub ca: Option<PathBuf>,
}

impl RegistrySettings {
    /// The basic-auth credentials: the user with the configured password, or one asked for on a
    /// terminal. Never a flag value.
    pub fn credentials(&self) -> Result<Option<(String, Secret)>, KanError> {
        let Some(user) = &self.user else {
            return Ok(None);
        };
        if let Some(password) = &self.password {
            return Ok(Some((user.clone(), password.clone())));
        }
        if terminal::interactive() {
            let password = terminal::prompt_secret(&format!("Schema Registry password for {user}"))
                .map(Secret)?;
            return Ok(Some((user.clone(), password)));
        }
        Err(KanError::usage(
            "--schema-registry-user needs a password: set KAN_SCHEMA_REGISTRY_PASSWORD or \
             schema_registry_password in the profile",
        ))
    }
}

impl ConnectionSettings {
    /// True when the protocol authenticates with SASL.
    pub fn uses_sasl(&self) -> bool {
        matches!(
            self.security_protocol,
            SecurityProtocol::SaslPlaintext | SecurityProtocol::SaslSsl
        )
    }

    /// The SASL password: configured, or asked for on a terminal. Never a flag value.
    pub fn require_password(&self) -> Result<Secret, KanError> {
        if let Some(password) = &self.sasl_password {
            return Ok(password.clone());
        }
        // Asked once per process and cluster user: a guided session connects many times.
        type Asked = Option<(String, String, Secret)>;
        static ASKED: std::sync::Mutex<Asked> = std::sync::Mutex::new(None);
        let user = self.sasl_username.clone().unwrap_or_else(|| "?".into());
        let remembered = ASKED.lock().ok().and_then(|asked| match asked.as_ref() {
            Some((brokers, known, password)) if *brokers == self.brokers && *known == user => {
                Some(password.clone())
            }
            _ => None,
        });
        if let Some(password) = remembered {
            return Ok(password);
        }
        if terminal::interactive() {
            let password =
                terminal::prompt_secret(&format!("SASL password for {user}")).map(Secret)?;
            if let Ok(mut asked) = ASKED.lock() {
                *asked = Some((self.brokers.clone(), user, password.clone()));
            }
            return Ok(password);
        }
        Err(KanError::usage(
            "SASL needs a password: set KAN_SASL_PASSWORD or sasl_password in the profile",
        ))
    }
}

/// The environment variable a new SCRAM user's password comes from (`kan users create`).
pub const NEW_USER_PASSWORD_ENV: &str = "KAN_NEW_USER_PASSWORD";

/// The new user's password from `KAN_NEW_USER_PASSWORD`: `None` when it is not set, a usage
/// error when it is set but empty (or not UTF-8). The value is never part of a message.
pub fn new_user_password() -> Result<Option<Secret>, KanError> {
    match std::env::var(NEW_USER_PASSWORD_ENV) {
        Ok(password) if password.is_empty() => Err(KanError::usage(format!(
            "{NEW_USER_PASSWORD_ENV} is set but empty: a password is needed"
        ))),
        Ok(password) => Ok(Some(Secret(password))),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(KanError::usage(format!(
            "{NEW_USER_PASSWORD_ENV} is not valid UTF-8"
        ))),
    }
}

/// Everything a command needs besides its own arguments.
#[derive(Debug, Clone)]
pub struct Settings {
    pub connection: ConnectionSettings,
    pub output: OutputSettings,
    /// `--yes`: destructive actions are confirmed.
    pub yes: bool,
    pub verbose: u8,
    pub profile: Option<String>,
    pub config_file: Option<PathBuf>,
}

/// The config file: named profiles of connection settings.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    pub default_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// One profile.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub brokers: Option<String>,
    pub security_protocol: Option<SecurityProtocol>,
    pub sasl_mechanism: Option<SaslMechanism>,
    pub sasl_username: Option<String>,
    pub sasl_password: Option<String>,
    pub ssl_ca: Option<PathBuf>,
    pub ssl_cert: Option<PathBuf>,
    pub ssl_key: Option<PathBuf>,
    pub timeout: Option<String>,
    pub schema_registry_url: Option<String>,
    pub schema_registry_user: Option<String>,
    pub schema_registry_password: Option<String>,
    pub schema_registry_ca: Option<PathBuf>,
    #[serde(default)]
    pub properties: BTreeMap<String, String>,
}

/// The config file path: `$KAN_CONFIG`, else `$XDG_CONFIG_HOME/kan/config.toml`, else
/// `~/.config/kan/config.toml`. The flag says whether the user named it explicitly.
pub fn config_file_path() -> Option<(PathBuf, bool)> {
    if let Some(path) = std::env::var_os("KAN_CONFIG").filter(|v| !v.is_empty()) {
        return Some((PathBuf::from(path), true));
    }
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".config")))?;
    Some((base.join("kan").join("config.toml"), false))
}

/// Reads the config file; a missing default-location file is simply empty.
pub fn load_config_file() -> Result<(Option<PathBuf>, ConfigFile), KanError> {
    let Some((path, explicit)) = config_file_path() else {
        return Ok((None, ConfigFile::default()));
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound && !explicit => {
            return Ok((None, ConfigFile::default()))
        }
        Err(err) => {
            return Err(KanError::usage(format!(
                "cannot read config file {}: {err}",
                path.display()
            )))
        }
    };
    let file = toml::from_str(&text).map_err(|err| {
        let line = err
            .span()
            .map(|span| format!(":{}", text[..span.start].matches('\n').count() + 1))
            .unwrap_or_default();
        KanError::usage(format!(
            "config file {}{line}: {}",
            path.display(),
            err.message().lines().next().unwrap_or_default()
        ))
    })?;
    Ok((Some(path), file))
}

/// Output settings alone (for commands that need no connection).
pub fn output_only(global: &GlobalArgs) -> OutputSettings {
    OutputSettings {
        format: global.output.unwrap_or(OutputFormat::Table),
        color: terminal::stdout_color(global.no_color),
        stderr_color: terminal::stderr_color(global.no_color),
        quiet: global.quiet,
    }
}

/// Resolves global arguments (with their clap value sources) into settings.
pub fn resolve(global: &GlobalArgs, matches: &ArgMatches) -> Result<Settings, KanError> {
    let (config_file, file) = load_config_file()?;
    let profile_name = global.profile.clone().or(file.default_profile.clone());
    let profile = select_profile(&file, profile_name.as_deref(), config_file.as_deref())?;
    let mut resolver = Resolver {
        matches,
        profile_name: profile_name.clone().unwrap_or_default(),
        origins: BTreeMap::new(),
    };
    let connection = resolver.connection(global, &profile)?;
    Ok(Settings {
        connection,
        output: output_only(global),
        yes: global.yes,
        verbose: global.verbose,
        profile: profile_name,
        config_file,
    })
}

/// The named profile (empty when none is named); an unknown name is a usage error listing the
/// known ones.
fn select_profile(
    file: &ConfigFile,
    name: Option<&str>,
    config_file: Option<&Path>,
) -> Result<Profile, KanError> {
    let Some(name) = name else {
        return Ok(Profile::default());
    };
    file.profiles.get(name).cloned().ok_or_else(|| {
        let location = config_file
            .map(|path| path.display().to_string())
            .unwrap_or_else(|| "no config file found".into());
        let known: Vec<&str> = file.profiles.keys().map(String::as_str).collect();
        let known = if known.is_empty() {
            "none".to_string()
        } else {
            known.join(", ")
        };
        KanError::usage(format!(
            "unknown profile '{name}' ({location}; profiles: {known})"
        ))
    })
}

/// Resolves each setting in the one order (flag > environment > profile > default), noting
/// where each value came from.
struct Resolver<'a> {
    matches: &'a ArgMatches,
    profile_name: String,
    origins: BTreeMap<&'static str, Origin>,
}

impl Resolver<'_> {
    /// Where a value clap parsed came from: the flag, or its environment variable `env`.
    fn flag_origin(&self, id: &str, env: &str) -> Origin {
        match self.matches.value_source(id) {
            Some(ValueSource::EnvVariable) => Origin::Env(env.to_string()),
            _ => Origin::Flag,
        }
    }

    /// The flag's (or its environment variable's) value, else the profile's.
    fn pick<T>(
        &mut self,
        key: &'static str,
        env: &str,
        flag: Option<T>,
        profile: Option<T>,
    ) -> Option<T> {
        if flag.is_some() {
            self.origins.insert(key, self.flag_origin(key, env));
            return flag;
        }
        if profile.is_some() {
            self.origins
                .insert(key, Origin::Profile(self.profile_name.clone()));
        }
        profile
    }

    fn connection(
        &mut self,
        global: &GlobalArgs,
        profile: &Profile,
    ) -> Result<ConnectionSettings, KanError> {
        let brokers = self.brokers(global, profile)?;
        let protocol = self.pick(
            "security_protocol",
            "KAN_SECURITY_PROTOCOL",
            global.security_protocol,
            profile.security_protocol,
        );
        let sasl_mechanism = self.pick(
            "sasl_mechanism",
            "KAN_SASL_MECHANISM",
            global.sasl_mechanism,
            profile.sasl_mechanism,
        );
        let sasl_username = self.pick(
            "sasl_username",
            "KAN_SASL_USERNAME",
            global.sasl_username.clone(),
            profile.sasl_username.clone(),
        );
        let ssl_ca = self.pick(
            "ssl_ca",
            "KAN_SSL_CA",
            global.ssl_ca.clone(),
            profile.ssl_ca.clone(),
        );
        let ssl_cert = self.pick(
            "ssl_cert",
            "KAN_SSL_CERT",
            global.ssl_cert.clone(),
            profile.ssl_cert.clone(),
        );
        let ssl_key = self.pick(
            "ssl_key",
            "KAN_SSL_KEY",
            global.ssl_key.clone(),
            profile.ssl_key.clone(),
        );
        if ssl_cert.is_some() != ssl_key.is_some() {
            return Err(KanError::usage(
                "--ssl-cert and --ssl-key go together: give both or neither",
            ));
        }
        // A SASL mechanism or user alone implies SASL; certificates alone imply TLS.
        let tls = ssl_ca.is_some() || ssl_cert.is_some();
        let sasl = sasl_mechanism.is_some() || sasl_username.is_some();
        let security_protocol = protocol.unwrap_or(match (sasl, tls) {
            (true, true) => SecurityProtocol::SaslSsl,
            (true, false) => SecurityProtocol::SaslPlaintext,
            (false, true) => SecurityProtocol::Ssl,
            (false, false) => SecurityProtocol::Plaintext,
        });
        self.origins
            .entry("security_protocol")
            .or_insert(Origin::Default);
        let sasl_password = self.password(profile);
        let timeout = self.timeout(global, profile)?;
        let registry = self.registry(global, profile)?;
        // The profile's librdkafka properties first, then -X (later wins).
        let mut properties: Vec<(String, String)> =
            profile.properties.clone().into_iter().collect();
        properties.extend(global.property.iter().cloned());
        let connection = ConnectionSettings {
            brokers,
            security_protocol,
            sasl_mechanism,
            sasl_username,
            sasl_password,
            ssl_ca,
            ssl_cert,
            ssl_key,
            properties,
            timeout,
            verbose: global.verbose,
            registry,
            origins: std::mem::take(&mut self.origins),
        };
        if connection.uses_sasl() && connection.sasl_username.is_none() {
            return Err(KanError::usage(
                "SASL needs a username: pass --sasl-username or set sasl_username in the profile",
            ));
        }
        Ok(connection)
    }

    /// Flag / `KAN_BROKERS` (clap), then `KAFKA_BROKERS`, then the profile, then the default.
    fn brokers(&mut self, global: &GlobalArgs, profile: &Profile) -> Result<String, KanError> {
        let kafka_brokers = std::env::var("KAFKA_BROKERS")
            .ok()
            .filter(|v| !v.is_empty());
        let (brokers, origin) = if let Some(brokers) = &global.brokers {
            (brokers.clone(), self.flag_origin("brokers", "KAN_BROKERS"))
        } else if let Some(brokers) = kafka_brokers {
            (brokers, Origin::Env("KAFKA_BROKERS".into()))
        } else if let Some(brokers) = &profile.brokers {
            (brokers.clone(), Origin::Profile(self.profile_name.clone()))
        } else {
            (DEFAULT_BROKERS.to_string(), Origin::Default)
        };
        if brokers.trim().is_empty() {
            return Err(KanError::usage("the broker list is empty"));
        }
        self.origins.insert("brokers", origin);
        Ok(brokers)
    }

    /// `KAN_SASL_PASSWORD`, else the profile's (never a flag; a terminal may ask later).
    fn password(&mut self, profile: &Profile) -> Option<Secret> {
        let (password, origin) = match std::env::var("KAN_SASL_PASSWORD")
            .ok()
            .filter(|v| !v.is_empty())
        {
            Some(password) => (password, Origin::Env("KAN_SASL_PASSWORD".into())),
            None => (
                profile.sasl_password.clone()?,
                Origin::Profile(self.profile_name.clone()),
            ),
        };
        self.origins.insert("sasl_password", origin);
        Some(Secret(password))
    }

    /// The Schema Registry's settings (none without a URL; a user or CA without one is a
    /// usage error rather than silently unused).
    fn registry(
        &mut self,
        global: &GlobalArgs,
        profile: &Profile,
    ) -> Result<Option<RegistrySettings>, KanError> {
        let url = self.pick(
            "schema_registry_url",
            "KAN_SCHEMA_REGISTRY_URL",
            global.schema_registry_url.clone(),
            profile.schema_registry_url.clone(),
        );
        let user = self.pick(
            "schema_registry_user",
            "KAN_SCHEMA_REGISTRY_USER",
            global.schema_registry_user.clone(),
            profile.schema_registry_user.clone(),
        );
        let ca = self.pick(
            "schema_registry_ca",
            "KAN_SCHEMA_REGISTRY_CA",
            global.schema_registry_ca.clone(),
            profile.schema_registry_ca.clone(),
        );
        let password = match std::env::var("KAN_SCHEMA_REGISTRY_PASSWORD")
            .ok()
            .filter(|v| !v.is_empty())
        {
            Some(password) => {
                let origin = Origin::Env("KAN_SCHEMA_REGISTRY_PASSWORD".into());
                self.origins.insert("schema_registry_password", origin);
                Some(Secret(password))
            }
            None => profile.schema_registry_password.clone().map(|password| {
                let origin = Origin::Profile(self.profile_name.clone());
                self.origins.insert("schema_registry_password", origin);
                Secret(password)
            }),
        };
        let Some(url) = url.filter(|url| !url.trim().is_empty()) else {
            if user.is_some() || ca.is_some() {
                return Err(KanError::usage(
                    "--schema-registry-user and --schema-registry-ca need --schema-registry URL",
                ));
            }
            return Ok(None);
        };
        Ok(Some(RegistrySettings {
            url: url.trim_end_matches('/').to_string(),
            user,
            password,
            ca,
        }))
    }

    fn timeout(&mut self, global: &GlobalArgs, profile: &Profile) -> Result<Duration, KanError> {
        let (timeout, origin) = if let Some(timeout) = global.timeout {
            (timeout, self.flag_origin("timeout", "KAN_TIMEOUT"))
        } else if let Some(text) = &profile.timeout {
            let timeout = crate::cli::parse_timeout(text).map_err(|err| {
                KanError::usage(format!("profile '{}': {err}", self.profile_name))
            })?;
            (timeout, Origin::Profile(self.profile_name.clone()))
        } else {
            (DEFAULT_TIMEOUT, Origin::Default)
        };
        self.origins.insert("timeout", origin);
        Ok(timeout)
    }
}

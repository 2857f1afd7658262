//! Builds librdkafka client configurations from resolved settings, and the client context
//! that routes librdkafka's logs and errors to stderr (only with `-v`) and remembers the last
//! transport error so a timeout can say *why* the broker was unreachable.

use std::sync::Mutex;

use rdkafka::client::ClientContext;
use rdkafka::config::{ClientConfig, RDKafkaLogLevel};
use rdkafka::error::KafkaError;

use crate::domain::isolation::Isolation;
use crate::domain::security::SaslMechanism;
use crate::error::KanError;
use crate::settings::ConnectionSettings;

/// kan's client context: quiet by default, chatty with `-v`.
pub struct KanContext {
    verbose: u8,
    last_error: Mutex<Option<String>>,
}

impl KanContext {
    pub fn new(verbose: u8) -> Self {
        KanContext {
            verbose,
            last_error: Mutex::new(None),
        }
    }

    /// Takes a log line drained from a client's queue: printed with `-v`, remembered when it
    /// is an error.
    pub fn record(&self, log: &super::native::ClientLog) {
        if self.verbose > 0 {
            eprintln!(
                "librdkafka {} [{}] {}",
                log.level, log.facility, log.message
            );
        }
        if log.is_error() {
            self.remember(&log.message);
        }
    }

    fn remember(&self, reason: &str) {
        if let Ok(mut last) = self.last_error.lock() {
            // "N/N brokers are down" summarises the failures before it; keep the specific
            // reason (refused, TLS, SASL) when there is one.
            if last.is_some() && reason.contains("brokers are down") {
                return;
            }
            *last = Some(reason.to_string());
        }
    }

    /// The most recent client-level error librdkafka reported (connection refused, TLS, auth…).
    pub fn last_error(&self) -> Option<String> {
        self.last_error.lock().ok().and_then(|guard| guard.clone())
    }
}

impl ClientContext for KanContext {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        if self.verbose > 0 {
            eprintln!("librdkafka {level:?} [{fac}] {log_message}");
        }
        // Connection failures (refused, TLS handshake, SASL) arrive as error-level logs from
        // librdkafka's own threads, even when nobody polls for error events.
        if (level as i32) <= (RDKafkaLogLevel::Error as i32) {
            self.remember(log_message);
        }
    }

    fn error(&self, error: KafkaError, reason: &str) {
        if self.verbose > 0 {
            eprintln!("librdkafka error: {error}: {reason}");
        }
        self.remember(reason);
    }
}

/// The librdkafka configuration for these settings. `-X` properties come last and win.
pub fn client_config(settings: &ConnectionSettings) -> Result<ClientConfig, KanError> {
    let mut config = ClientConfig::new();
    config
        .set("bootstrap.servers", &settings.brokers)
        .set("client.id", "kan")
        .set("log.connection.close", "false")
        .set(
            "socket.connection.setup.timeout.ms",
            settings
                .timeout
                .as_millis()
                .clamp(1_000, 30_000)
                .to_string(),
        );
    config.set("security.protocol", settings.security_protocol.as_str());
    if settings.uses_sasl() {
        let mechanism = settings.sasl_mechanism.unwrap_or(SaslMechanism::Plain);
        config.set("sasl.mechanism", mechanism.as_str());
        if let Some(user) = &settings.sasl_username {
            config.set("sasl.username", user);
        }
        config.set("sasl.password", settings.require_password()?.expose());
    }
    for (key, path) in [
        ("ssl.ca.location", &settings.ssl_ca),
        ("ssl.certificate.location", &settings.ssl_cert),
        ("ssl.key.location", &settings.ssl_key),
    ] {
        if let Some(path) = path {
            if !path.exists() {
                return Err(KanError::usage(format!(
                    "{} does not exist (for {key})",
                    path.display()
                )));
            }
            config.set(key, path.display().to_string());
        }
    }
    match settings.verbose {
        0 => config.set_log_level(RDKafkaLogLevel::Error),
        1 => config.set_log_level(RDKafkaLogLevel::Info),
        _ => config
            .set_log_level(RDKafkaLogLevel::Debug)
            .set("debug", "broker,topic,metadata,admin,security,protocol"),
    };
    for (key, value) in &settings.properties {
        config.set(key, value);
    }
    Ok(config)
}

/// A consumer's configuration: nothing committed or stored by librdkafka on its own (kan commits
/// what it processed), end-of-partition events on, `isolation`, then `extra`; `-X` properties
/// come last and win. librdkafka wants a group id even for plain assignment.
pub fn consumer_config(
    settings: &ConnectionSettings,
    group_id: &str,
    isolation: Isolation,
    extra: &[(&str, &str)],
) -> Result<ClientConfig, KanError> {
    let mut config = client_config(settings)?;
    config
        .set("group.id", group_id)
        .set("enable.auto.commit", "false")
        .set("enable.auto.offset.store", "false")
        .set("enable.partition.eof", "true")
        // librdkafka pauses fetching for a second whenever its local queue is full; a reader
        // that drains the queue as fast as kan does only loses throughput to that.
        .set("fetch.queue.backoff.ms", "10")
        .set("isolation.level", isolation.config_value());
    for (key, value) in extra {
        config.set(*key, *value);
    }
    for (key, value) in &settings.properties {
        config.set(key, value);
    }
    Ok(config)
}

/// Turns a client-creation failure into a usage error naming the bad property.
pub fn creation_error(err: KafkaError) -> KanError {
    match err {
        KafkaError::ClientConfig(_, description, key, value) => KanError::usage(format!(
            "invalid client property {key}={value}: {description}"
        )),
        KafkaError::ClientCreation(message) => {
            KanError::usage(format!("cannot create Kafka client: {message}"))
        }
        other => KanError::kafka(format!("cannot create Kafka client: {other}")),
    }
}

//! Expected failures, each tied to one documented exit code.
//!
//! Anything that is not a [`KanError`] is unexpected: it travels as a `color_eyre::Report`
//! and exits 1. Expected failures print as one clear line on stderr; `-v` adds the detail.

use crate::exit::Exit;

/// A failure kan anticipates and explains. The message names the input that caused it.
#[derive(Debug, thiserror::Error)]
pub enum KanError {
    /// Invalid command line, value, or input file. Nothing was sent to Kafka.
    #[error("{0}")]
    Usage(String),
    /// The broker could not be reached or refused a request.
    #[error("{message}")]
    Kafka {
        message: String,
        /// Extra context shown with `-v` (librdkafka's own words, the broker list …).
        detail: Option<String>,
    },
    /// A named topic or group does not exist.
    #[error("{0}")]
    NotFound(String),
    /// A user-given threshold was breached.
    #[error("{0}")]
    Threshold(String),
    /// Some items failed; the report on stdout/stderr lists them.
    #[error("{0}")]
    Partial(String),
    /// Ctrl-C or SIGTERM.
    #[error("interrupted")]
    Interrupted,
}

impl KanError {
    pub fn usage(message: impl Into<String>) -> Self {
        KanError::Usage(message.into())
    }

    pub fn kafka(message: impl Into<String>) -> Self {
        KanError::Kafka {
            message: message.into(),
            detail: None,
        }
    }

    pub fn kafka_with_detail(message: impl Into<String>, detail: impl Into<String>) -> Self {
        KanError::Kafka {
            message: message.into(),
            detail: Some(detail.into()),
        }
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        KanError::NotFound(message.into())
    }

    /// A topic the cluster does not have.
    pub fn no_topic(topic: &str) -> Self {
        KanError::NotFound(format!("topic '{topic}' does not exist"))
    }

    /// A consumer group the cluster does not know.
    pub fn no_group(group: &str) -> Self {
        KanError::NotFound(format!("consumer group '{group}' does not exist"))
    }

    /// The exit code this failure maps to.
    pub fn exit(&self) -> Exit {
        match self {
            KanError::Usage(_) => Exit::Usage,
            KanError::Kafka { .. } => Exit::Kafka,
            KanError::NotFound(_) => Exit::NotFound,
            KanError::Threshold(_) => Exit::ThresholdBreached,
            KanError::Partial(_) => Exit::PartialFailure,
            KanError::Interrupted => Exit::Interrupted,
        }
    }
}

/// Shorthand for results whose error is any report (expected or not).
pub type Result<T, E = color_eyre::Report> = std::result::Result<T, E>;

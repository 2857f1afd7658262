//! Turns librdkafka's error codes into kan's expected failures, with messages that say what
//! was being done, to which broker, and why it failed.

use std::time::Duration;

use rdkafka::error::KafkaError;
use rdkafka::types::RDKafkaErrorCode;

use super::native::{ItemError, NativeError};
use crate::error::KanError;

/// Codes that mean "we never got an answer from the cluster".
pub fn is_unreachable(code: RDKafkaErrorCode) -> bool {
    matches!(
        code,
        RDKafkaErrorCode::OperationTimedOut
            | RDKafkaErrorCode::RequestTimedOut
            | RDKafkaErrorCode::AllBrokersDown
            | RDKafkaErrorCode::BrokerTransportFailure
            | RDKafkaErrorCode::Resolve
            | RDKafkaErrorCode::BrokerNotAvailable
            | RDKafkaErrorCode::NetworkException
    )
}

/// Codes that mean "the cluster answered: no".
pub fn is_authorization(code: RDKafkaErrorCode) -> bool {
    matches!(
        code,
        RDKafkaErrorCode::TopicAuthorizationFailed
            | RDKafkaErrorCode::GroupAuthorizationFailed
            | RDKafkaErrorCode::ClusterAuthorizationFailed
            | RDKafkaErrorCode::SaslAuthenticationFailed
            | RDKafkaErrorCode::Authentication
            | RDKafkaErrorCode::TransactionalIdAuthorizationFailed
    )
}

/// Context for turning request-level failures into messages.
#[derive(Debug, Clone)]
pub struct RequestContext {
    pub brokers: String,
    pub timeout: Duration,
    /// The last transport error librdkafka reported, if any.
    pub last_error: Option<String>,
}

impl RequestContext {
    /// The error for "nothing answered within the timeout".
    pub fn unreachable(&self, what: &str) -> KanError {
        let why = self
            .last_error
            .as_deref()
            .map(|reason| format!(": {reason}"))
            .unwrap_or_default();
        KanError::kafka_with_detail(
            format!(
                "cannot {what}: no answer from Kafka at {} within {}{why}",
                self.brokers,
                humantime::format_duration(self.timeout)
            ),
            "check --brokers / KAN_BROKERS, the security settings, and that the broker is up; raise --timeout for slow clusters",
        )
    }

    /// Maps a request-level error code.
    pub fn code(&self, what: &str, code: RDKafkaErrorCode, message: Option<&str>) -> KanError {
        let message = message
            .filter(|text| !text.is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| code.to_string());
        if is_unreachable(code) {
            return self.unreachable(what);
        }
        if is_authorization(code) {
            return KanError::kafka(format!("cannot {what}: not authorized ({message})"));
        }
        match code {
            RDKafkaErrorCode::UnknownTopicOrPartition | RDKafkaErrorCode::UnknownTopic => {
                KanError::not_found(format!("cannot {what}: {message}"))
            }
            RDKafkaErrorCode::GroupIdNotFound => {
                KanError::not_found(format!("cannot {what}: {message}"))
            }
            RDKafkaErrorCode::UnsupportedFeature | RDKafkaErrorCode::UnsupportedVersion => {
                KanError::kafka(format!(
                    "cannot {what}: the broker does not support this request ({message})"
                ))
            }
            _ => KanError::kafka(format!("cannot {what}: {message}")),
        }
    }

    /// Maps an rdkafka error.
    pub fn kafka(&self, what: &str, err: &KafkaError) -> KanError {
        let code = match err {
            KafkaError::AdminOp(code) => Some(*code),
            other => other.rdkafka_error_code(),
        };
        match code {
            Some(code) => self.code(what, code, None),
            None => KanError::kafka(format!("cannot {what}: {err}")),
        }
    }

    /// Maps an error of the native admin module.
    pub fn native(&self, what: &str, err: &NativeError) -> KanError {
        match err {
            NativeError::Timeout { .. } => self.unreachable(what),
            NativeError::Request { code, message } => self.code(what, *code, Some(message)),
            other => KanError::kafka(format!("cannot {what}: {other}")),
        }
    }
}

/// An item-level error's exit class: not found, or a Kafka error.
pub fn item_error(subject: &str, err: &ItemError) -> KanError {
    match err.code {
        RDKafkaErrorCode::UnknownTopicOrPartition | RDKafkaErrorCode::UnknownTopic => {
            KanError::not_found(format!("{subject} does not exist"))
        }
        RDKafkaErrorCode::TopicAlreadyExists => {
            KanError::kafka(format!("{subject} already exists"))
        }
        code if is_authorization(code) => {
            KanError::kafka(format!("{subject}: not authorized ({})", err.message))
        }
        _ => KanError::kafka(format!("{subject}: {}", err.message)),
    }
}

/// An item error built from a bare code (rust-rdkafka's admin results carry only codes).
pub fn item_from_code(code: RDKafkaErrorCode) -> ItemError {
    ItemError {
        code,
        message: code.to_string(),
    }
}

/// True when the item failed because the topic already exists.
pub fn already_exists(err: &ItemError) -> bool {
    err.code == RDKafkaErrorCode::TopicAlreadyExists
}

/// True when the item failed because the topic does not exist.
pub fn not_found(err: &ItemError) -> bool {
    matches!(
        err.code,
        RDKafkaErrorCode::UnknownTopicOrPartition | RDKafkaErrorCode::UnknownTopic
    )
}

/// True when the broker does not implement the request.
pub fn unsupported(err: &ItemError) -> bool {
    matches!(
        err.code,
        RDKafkaErrorCode::UnsupportedVersion
            | RDKafkaErrorCode::UnsupportedFeature
            | RDKafkaErrorCode::InvalidRequest
    )
}

/// True when the item failed because the group does not exist.
pub fn group_missing(err: &ItemError) -> bool {
    err.code == RDKafkaErrorCode::GroupIdNotFound
}

/// True when the item failed because the group still has members.
pub fn group_not_empty(err: &ItemError) -> bool {
    err.code == RDKafkaErrorCode::NonEmptyGroup
}

//! Error types shared by every call in [`super`].
//!
//! Two levels are kept apart on purpose:
//!
//! * [`NativeError`] means the *request as a whole* did not produce a usable
//!   answer (it timed out, the input was rejected, the broker or librdkafka
//!   failed the whole request, or librdkafka handed back something we did
//!   not expect).
//! * [`ItemError`] means one item (a topic, partition, group or config
//!   resource) failed inside an otherwise successful request. Such errors are
//!   returned as `Result<T, ItemError>` values inside the `Ok` vector.

use std::fmt;
use std::time::Duration;

use rdkafka::types::RDKafkaErrorCode;

/// A whole-request failure of one of the native admin calls.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NativeError {
    /// The broker or librdkafka failed the whole request (for example the
    /// group coordinator returned `GROUP_ID_NOT_FOUND`, or no partition
    /// leader could be found for any requested partition).
    #[error("{message} ({code:?})")]
    Request {
        /// The librdkafka / Kafka error code.
        code: RDKafkaErrorCode,
        /// librdkafka's description of the failure.
        message: String,
    },

    /// No result arrived within the given time (the temporary result queue
    /// stayed empty, or librdkafka itself reported a local time-out).
    #[error("request timed out after {0:?}")]
    Timeout(Duration),

    /// The input was rejected before anything was sent: a string with an
    /// interior NUL byte, an out-of-range value, or an argument/option that
    /// librdkafka refused.
    #[error("invalid argument: {0}")]
    InvalidArgument(String),

    /// librdkafka returned a result event of another type than the one the
    /// call asked for, or a result whose shape we cannot interpret.
    #[error("unexpected result from librdkafka: {0}")]
    UnexpectedEvent(String),
}

/// The failure of a single item (topic, partition, group, config resource)
/// inside an otherwise successful request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemError {
    /// The librdkafka / Kafka error code.
    pub code: RDKafkaErrorCode,
    /// A human readable description (librdkafka's error string, or the
    /// generic description of `code` when the response carried none).
    pub message: String,
}

impl ItemError {
    /// An item error carrying librdkafka's generic description of `code`.
    pub fn from_code(code: RDKafkaErrorCode) -> Self {
        Self {
            code,
            message: describe(code),
        }
    }
}

impl fmt::Display for ItemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.message)
    }
}

impl std::error::Error for ItemError {}

/// librdkafka's description of an error code without the enum name, e.g.
/// `"Broker: Unknown topic or partition"`.
pub(super) fn describe(code: RDKafkaErrorCode) -> String {
    // `RDKafkaErrorCode`'s Display is "Name (description)"; keep the
    // description only so that messages read naturally.
    let full = code.to_string();
    match (full.find('('), full.rfind(')')) {
        (Some(start), Some(end)) if end > start + 1 => full[start + 1..end].to_string(),
        _ => full,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_error_from_code_uses_librdkafka_description() {
        let e = ItemError::from_code(RDKafkaErrorCode::UnknownTopicOrPartition);
        assert_eq!(e.code, RDKafkaErrorCode::UnknownTopicOrPartition);
        assert_eq!(e.message, "Broker: Unknown topic or partition");
        assert_eq!(e.to_string(), "Broker: Unknown topic or partition");
    }

    #[test]
    fn native_error_display_names_code_and_duration() {
        let e = NativeError::Request {
            code: RDKafkaErrorCode::GroupIdNotFound,
            message: "OffsetDelete response error: Broker: Group id not found".into(),
        };
        assert_eq!(
            e.to_string(),
            "OffsetDelete response error: Broker: Group id not found (GroupIdNotFound)"
        );
        assert_eq!(
            NativeError::Timeout(Duration::from_millis(1500)).to_string(),
            "request timed out after 1.5s"
        );
    }
}

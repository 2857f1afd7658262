//! Which records a reader sees: everything, or only committed transactions. It also decides
//! which end of a partition's log lag is measured to.

/// Transaction isolation of a reader (and of offset look-ups).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Isolation {
    /// Every record, including those of open transactions: up to the high watermark.
    #[default]
    ReadUncommitted,
    /// Committed records only: up to the last stable offset.
    ReadCommitted,
}

impl Isolation {
    /// librdkafka's and Kafka's `isolation.level` value.
    pub fn config_value(self) -> &'static str {
        match self {
            Isolation::ReadUncommitted => "read_uncommitted",
            Isolation::ReadCommitted => "read_committed",
        }
    }

    /// The end of the log a reader with this isolation reads up to, as lag reports name it.
    pub fn log_end_name(self) -> &'static str {
        match self {
            Isolation::ReadUncommitted => "high_watermark",
            Isolation::ReadCommitted => "last_stable_offset",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(Isolation::default(), Isolation::ReadUncommitted);
        assert_eq!(Isolation::ReadCommitted.config_value(), "read_committed");
        assert_eq!(
            Isolation::ReadUncommitted.config_value(),
            "read_uncommitted"
        );
        assert_eq!(
            Isolation::ReadCommitted.log_end_name(),
            "last_stable_offset"
        );
        assert_eq!(Isolation::ReadUncommitted.log_end_name(), "high_watermark");
    }
}

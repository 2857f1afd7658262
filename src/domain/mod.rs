//! Pure logic: no I/O, no rdkafka. Everything here is unit-tested without a broker.

pub mod event;
pub mod partition_sizing;
pub mod timestamp;
pub mod topic;
pub mod topic_config;
pub mod topic_plan;
pub mod topic_spec;
pub mod units;

//! Pure logic: no I/O, no rdkafka. Everything here is unit-tested without a broker.

pub mod analytics;
pub mod checkpoint;
pub mod cluster;
pub mod dead_letter;
pub mod envelope;
pub mod event;
pub mod filter;
pub mod group;
pub mod group_select;
pub mod isolation;
pub mod json_scan;
pub mod lag;
pub mod lag_monitor;
pub mod lag_rules;
pub mod lag_trend;
pub mod line_schema;
pub mod listen;
pub mod notify;
pub mod partition_sizing;
pub mod platform;
pub mod position;
#[cfg(test)]
mod properties;
pub mod record;
pub mod reset_plan;
pub mod schema;
pub mod security;
pub mod timestamp;
pub mod topic;
pub mod topic_config;
pub mod topic_plan;
pub mod topic_spec;
pub mod truncate_plan;
pub mod units;
pub mod users;

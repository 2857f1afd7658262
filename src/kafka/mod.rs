//! The only module that talks to Kafka. Everything above it sees plain Rust types
//! (from [`crate::domain`]) and [`KanError`](crate::error::KanError)s.

pub mod admin;
pub mod client;
pub mod consumer;
pub mod errors;
pub mod groups;
pub mod native;
pub mod producer;
pub mod state;
pub mod users;

pub use admin::Admin;

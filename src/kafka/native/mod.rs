//! Blocking wrappers around librdkafka admin calls that rust-rdkafka 0.39
//! does not expose.
//!
//! rust-rdkafka's `AdminClient` covers topic creation/deletion, partitions,
//! records, `DescribeConfigs` and the legacy (replace-everything)
//! `AlterConfigs`, but not incremental config changes (KIP-339), batched
//! `ListOffsets`, the consumer-group admin API (list, describe, committed
//! offsets), `DescribeCluster` or SCRAM credentials (KIP-554). The bundled
//! librdkafka has all of them, so this module calls them through
//! `rdkafka-sys`.
//!
//! Every function:
//!
//! * takes any rust-rdkafka client (`admin_client.inner()`,
//!   `consumer.client()`, ...) and a `timeout` that bounds the whole call;
//! * is synchronous and blocks the calling thread (run it in
//!   `tokio::task::spawn_blocking` from async code);
//! * returns [`NativeError`] when the request as a whole failed and
//!   `Result<_, `[`ItemError`]`>` values for individual topics, partitions,
//!   groups or config resources that failed inside a successful request.
//!
//! Safety: all C objects are owned by RAII wrappers and freed on every path,
//! inputs are converted with `CString` (a NUL byte is an
//! [`NativeError::InvalidArgument`]), and every C string is copied out
//! before the result event that owns it is destroyed.

mod cluster;
mod configs;
mod diagnostics;
mod error;
mod group_offsets;
mod groups;
mod offsets;
mod plumbing;
mod produce;
mod scram;
#[cfg(test)]
mod test_support;

pub use cluster::{controller_id, describe_cluster, BrokerRef, ClusterDescription};
pub use configs::{
    incremental_alter_configs, AlterOp, ConfigChange, ConfigResource, ResourceChanges,
};
pub use diagnostics::{drain_client_errors, drain_client_logs, ClientLog};
pub use error::{ItemError, NativeError};
pub use group_offsets::{
    alter_group_offsets, delete_group_offsets, list_group_offsets, CommittedOffset, PartitionResult,
};
pub use groups::{
    describe_groups, list_groups, GroupDescription, GroupDetail, GroupListing, GroupMember,
};
pub use offsets::{list_offsets, ListedOffset, OffsetAtTime, OffsetQuery, OffsetSpec};
pub use produce::{possibly_persisted, produce, DeliveryTag, NativeRecord, TopicHandle};
pub use scram::{
    alter_user_scram_credentials, describe_user_scram_credentials, AlterationResult,
    ScramAlteration, ScramCredential, UserDescription,
};

//! Consumer groups as kan reports them: plain data shared by `kan lag` and `kan groups`.

use serde::{Serialize, Serializer};

/// A consumer group's state, with Kafka's names.
///
/// librdkafka 2.12 only knows the classic-protocol states; the KIP-848 states `Assigning` and
/// `Reconciling` are reported by it as `Unknown`. They are kept here so callers can already
/// match on them. Serialised as Kafka's name (`"Stable"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupState {
    Unknown,
    PreparingRebalance,
    CompletingRebalance,
    Stable,
    Dead,
    Empty,
    Assigning,
    Reconciling,
}

impl GroupState {
    /// Kafka's name for the state ("Stable", "Empty", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            GroupState::Unknown => "Unknown",
            GroupState::PreparingRebalance => "PreparingRebalance",
            GroupState::CompletingRebalance => "CompletingRebalance",
            GroupState::Stable => "Stable",
            GroupState::Dead => "Dead",
            GroupState::Empty => "Empty",
            GroupState::Assigning => "Assigning",
            GroupState::Reconciling => "Reconciling",
        }
    }
}

impl std::fmt::Display for GroupState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GroupState {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One member of a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Member {
    pub member_id: String,
    pub client_id: String,
    pub host: String,
    pub group_instance_id: Option<String>,
    /// (topic, partition) pairs assigned to this member.
    pub assignment: Vec<(String, i32)>,
}

/// A group's description.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupInfo {
    pub group: String,
    pub state: GroupState,
    /// The partition assignor (range, roundrobin, cooperative-sticky …); empty when none.
    pub protocol: String,
    pub coordinator: Option<i32>,
    pub members: Vec<Member>,
}

impl GroupInfo {
    /// True when members are connected (offsets must not be changed under them).
    pub fn is_active(&self) -> bool {
        !self.members.is_empty() || !matches!(self.state, GroupState::Empty | GroupState::Dead)
    }

    /// Whether the cluster knows the group: Kafka describes a group it has never heard of as
    /// `Dead` with no members, so one with no committed offsets either does not exist.
    pub fn exists(&self, has_committed_offsets: bool) -> bool {
        self.state != GroupState::Dead || !self.members.is_empty() || has_committed_offsets
    }

    /// The member a partition is assigned to.
    pub fn owner_of(&self, topic: &str, partition: i32) -> Option<&Member> {
        self.members.iter().find(|member| {
            member
                .assignment
                .iter()
                .any(|(t, p)| t == topic && *p == partition)
        })
    }
}

/// A group's listing entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupListing {
    pub group: String,
    pub state: GroupState,
    pub is_simple: bool,
}

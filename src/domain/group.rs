//! Consumer groups as kan reports them: plain data shared by `kan lag` and `kan groups`.

use serde::Serialize;

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
    /// Kafka's state name: Stable, Empty, Dead, PreparingRebalance, CompletingRebalance …
    pub state: String,
    /// The partition assignor (range, roundrobin, cooperative-sticky …); empty when none.
    pub protocol: String,
    pub coordinator: Option<i32>,
    pub members: Vec<Member>,
}

impl GroupInfo {
    /// True when members are connected (offsets must not be changed under them).
    pub fn is_active(&self) -> bool {
        !self.members.is_empty() || !matches!(self.state.as_str(), "Empty" | "Dead")
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
    pub state: String,
    pub is_simple: bool,
}

//! Consumer-group listing and description with `rd_kafka_ListConsumerGroups`
//! and `rd_kafka_DescribeConsumerGroups` (state, assignor, coordinator,
//! members and their assignments).

use std::ffi::c_char;
use std::time::Duration;

use rdkafka::client::{Client, ClientContext};
use rdkafka_sys as rdsys;
use rdkafka_sys::bindings::{
    rd_kafka_consumer_group_state_t as State, rd_kafka_consumer_group_type_t as GroupType,
};
use rdkafka_sys::types::RDKafkaAdminOp;

use super::cluster::BrokerRef;
use super::error::{ItemError, NativeError};
use super::plumbing::{
    borrowed_error, c_array, c_string, opt_string, partition_elems, string, AdminCall,
};
use crate::domain::group::GroupState;

/// kan's name for a state librdkafka reports.
pub(super) fn group_state(state: State) -> GroupState {
    match state {
        State::RD_KAFKA_CONSUMER_GROUP_STATE_PREPARING_REBALANCE => GroupState::PreparingRebalance,
        State::RD_KAFKA_CONSUMER_GROUP_STATE_COMPLETING_REBALANCE => {
            GroupState::CompletingRebalance
        }
        State::RD_KAFKA_CONSUMER_GROUP_STATE_STABLE => GroupState::Stable,
        State::RD_KAFKA_CONSUMER_GROUP_STATE_DEAD => GroupState::Dead,
        State::RD_KAFKA_CONSUMER_GROUP_STATE_EMPTY => GroupState::Empty,
        State::RD_KAFKA_CONSUMER_GROUP_STATE_UNKNOWN
        | State::RD_KAFKA_CONSUMER_GROUP_STATE__CNT => GroupState::Unknown,
    }
}

/// One group from `ListConsumerGroups`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupListing {
    pub group: String,
    pub state: GroupState,
    /// True for groups that only commit offsets and never join (empty
    /// protocol type).
    pub is_simple: bool,
    /// "Classic" or "Consumer" (KIP-848) when the broker reports it.
    pub group_type: Option<String>,
}

/// The description of one requested group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupDescription {
    pub group: String,
    pub result: Result<GroupDetail, ItemError>,
}

/// What `DescribeConsumerGroups` reports for one group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupDetail {
    pub state: GroupState,
    /// "consumer", or empty for simple groups / groups that do not exist
    /// (which Kafka reports as `Dead` with no protocol type). librdkafka
    /// does not expose the raw value: it only describes groups with one of
    /// these two protocol types and fails any other (e.g. Kafka Connect's
    /// "connect") with a per-group `InvalidArgument` error.
    pub protocol_type: String,
    /// The partition assignor ("range", "cooperative-sticky", ...).
    pub protocol: String,
    pub coordinator: Option<BrokerRef>,
    pub members: Vec<GroupMember>,
    pub is_simple: bool,
}

/// A member of a described group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupMember {
    pub member_id: String,
    pub client_id: String,
    pub host: String,
    pub group_instance_id: Option<String>,
    /// Assigned (topic, partition) pairs.
    pub assignment: Vec<(String, i32)>,
}

fn group_type_name(kind: GroupType) -> Option<String> {
    match kind {
        GroupType::RD_KAFKA_CONSUMER_GROUP_TYPE_CONSUMER => Some("Consumer".to_string()),
        GroupType::RD_KAFKA_CONSUMER_GROUP_TYPE_CLASSIC => Some("Classic".to_string()),
        GroupType::RD_KAFKA_CONSUMER_GROUP_TYPE_UNKNOWN
        | GroupType::RD_KAFKA_CONSUMER_GROUP_TYPE__CNT => None,
    }
}

/// Lists all consumer groups in the cluster (every broker is asked).
///
/// Returns the groups found plus one [`ItemError`] per broker that could not
/// answer: a partial listing is still a successful call. Blocks for at most
/// `timeout`.
pub fn list_groups<C: ClientContext>(
    client: &Client<C>,
    timeout: Duration,
) -> Result<(Vec<GroupListing>, Vec<ItemError>), NativeError> {
    let call = AdminCall::new(
        client,
        RDKafkaAdminOp::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS,
        timeout,
    )?;
    let event = call.run(
        rdsys::RD_KAFKA_EVENT_LISTCONSUMERGROUPS_RESULT,
        |rk, options, queue| {
            // SAFETY: all handles are alive for the call; librdkafka copies the
            // options.
            unsafe { rdsys::rd_kafka_ListConsumerGroups(rk, options, queue) }
        },
    )?;
    let result = event.result(
        rdsys::rd_kafka_event_ListConsumerGroups_result,
        "ListConsumerGroups",
    )?;

    // SAFETY: `result` and the arrays it returns live as long as `event`;
    // every value is copied into owned Rust values before returning.
    unsafe {
        let mut n = 0usize;
        let valid = rdsys::rd_kafka_ListConsumerGroups_result_valid(result, &mut n);
        let groups = c_array(valid.cast_const(), n)
            .iter()
            .map(|&g| GroupListing {
                group: string(rdsys::rd_kafka_ConsumerGroupListing_group_id(g)),
                state: group_state(rdsys::rd_kafka_ConsumerGroupListing_state(g)),
                is_simple: rdsys::rd_kafka_ConsumerGroupListing_is_simple_consumer_group(g) != 0,
                group_type: group_type_name(rdsys::rd_kafka_ConsumerGroupListing_type(g)),
            })
            .collect();
        let mut n = 0usize;
        let errors = rdsys::rd_kafka_ListConsumerGroups_result_errors(result, &mut n);
        let errors = c_array(errors.cast_const(), n)
            .iter()
            .filter_map(|&e| borrowed_error(e))
            .collect();
        Ok((groups, errors))
    }
}

/// Copies one member description.
///
/// # Safety
///
/// `member` must be a valid member description for the duration of the call.
unsafe fn member(member: *const rdsys::rd_kafka_MemberDescription_t) -> GroupMember {
    // SAFETY: valid member per this function's contract; the assignment and
    // its partition list live as long as the member; all copied.
    unsafe {
        let assignment = rdsys::rd_kafka_MemberDescription_assignment(member);
        let partitions = if assignment.is_null() {
            std::ptr::null()
        } else {
            rdsys::rd_kafka_MemberAssignment_partitions(assignment)
        };
        GroupMember {
            member_id: string(rdsys::rd_kafka_MemberDescription_consumer_id(member)),
            client_id: string(rdsys::rd_kafka_MemberDescription_client_id(member)),
            host: string(rdsys::rd_kafka_MemberDescription_host(member)),
            group_instance_id: opt_string(rdsys::rd_kafka_MemberDescription_group_instance_id(
                member,
            )),
            assignment: partition_elems(partitions)
                .iter()
                .map(|tp| (string(tp.topic), tp.partition))
                .collect(),
        }
    }
}

/// Copies one group description.
///
/// # Safety
///
/// `desc` must be a valid group description for the duration of the call.
unsafe fn description(desc: *const rdsys::rd_kafka_ConsumerGroupDescription_t) -> GroupDescription {
    // SAFETY: valid description per this function's contract; all strings,
    // nodes and members it points to live as long as it and are copied.
    unsafe {
        let group = string(rdsys::rd_kafka_ConsumerGroupDescription_group_id(desc));
        if let Some(error) = borrowed_error(rdsys::rd_kafka_ConsumerGroupDescription_error(desc)) {
            return GroupDescription {
                group,
                result: Err(error),
            };
        }
        let is_simple =
            rdsys::rd_kafka_ConsumerGroupDescription_is_simple_consumer_group(desc) != 0;
        let members = (0..rdsys::rd_kafka_ConsumerGroupDescription_member_count(desc))
            .map(|i| rdsys::rd_kafka_ConsumerGroupDescription_member(desc, i))
            .filter(|m| !m.is_null())
            .map(|m| member(m))
            .collect();
        GroupDescription {
            group,
            result: Ok(GroupDetail {
                state: group_state(rdsys::rd_kafka_ConsumerGroupDescription_state(desc)),
                protocol_type: if is_simple {
                    String::new()
                } else {
                    "consumer".to_string()
                },
                protocol: string(rdsys::rd_kafka_ConsumerGroupDescription_partition_assignor(
                    desc,
                )),
                coordinator: BrokerRef::from_node(
                    rdsys::rd_kafka_ConsumerGroupDescription_coordinator(desc),
                ),
                members,
                is_simple,
            }),
        }
    }
}

/// Describes the given groups (one request per coordinator, batched by
/// librdkafka). A group that failed carries an [`ItemError`]; a group that
/// does not exist is reported by Kafka as `Dead` with no members. An empty
/// `groups` returns `Ok(vec![])` without a request; duplicates are rejected
/// by librdkafka ([`NativeError::InvalidArgument`]). Blocks for at most
/// `timeout`.
pub fn describe_groups<C: ClientContext>(
    client: &Client<C>,
    groups: &[String],
    timeout: Duration,
) -> Result<Vec<GroupDescription>, NativeError> {
    if groups.is_empty() {
        return Ok(Vec::new());
    }
    let names = groups
        .iter()
        .map(|g| c_string(g, "group name"))
        .collect::<Result<Vec<_>, _>>()?;
    let mut raw: Vec<*const c_char> = names.iter().map(|n| n.as_ptr()).collect();

    let call = AdminCall::new(
        client,
        RDKafkaAdminOp::RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS,
        timeout,
    )?;
    let event = call.run(
        rdsys::RD_KAFKA_EVENT_DESCRIBECONSUMERGROUPS_RESULT,
        |rk, options, queue| {
            // SAFETY: all handles and the name array (backed by `names`) are
            // alive for the call; librdkafka copies the names and options.
            unsafe {
                rdsys::rd_kafka_DescribeConsumerGroups(
                    rk,
                    raw.as_mut_ptr(),
                    raw.len(),
                    options,
                    queue,
                )
            }
        },
    )?;
    let result = event.result(
        rdsys::rd_kafka_event_DescribeConsumerGroups_result,
        "DescribeConsumerGroups",
    )?;
    // SAFETY: the array and its descriptions live as long as `event`; each
    // is copied by `description`.
    unsafe {
        let mut n = 0usize;
        let descs = rdsys::rd_kafka_DescribeConsumerGroups_result_groups(result, &mut n);
        Ok(c_array(descs.cast_const(), n)
            .iter()
            .map(|&d| description(d))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    // The mock cluster serves neither ListGroups (ApiKey 16) nor
    // DescribeGroups (15) / ConsumerGroupDescribe (69), so these tests cover
    // the state mapping, input validation and the error/time-out paths; the
    // real-broker path is covered by kan's integration tests against the
    // nisshi broker.

    use std::time::Instant;

    use rdkafka::types::RDKafkaErrorCode;

    use super::super::test_support::{admin_client, mock_cluster, unreachable_admin_client};
    use super::*;

    #[test]
    fn state_names_follow_kafka() {
        let all = [
            (
                State::RD_KAFKA_CONSUMER_GROUP_STATE_UNKNOWN,
                GroupState::Unknown,
                "Unknown",
            ),
            (
                State::RD_KAFKA_CONSUMER_GROUP_STATE_PREPARING_REBALANCE,
                GroupState::PreparingRebalance,
                "PreparingRebalance",
            ),
            (
                State::RD_KAFKA_CONSUMER_GROUP_STATE_COMPLETING_REBALANCE,
                GroupState::CompletingRebalance,
                "CompletingRebalance",
            ),
            (
                State::RD_KAFKA_CONSUMER_GROUP_STATE_STABLE,
                GroupState::Stable,
                "Stable",
            ),
            (
                State::RD_KAFKA_CONSUMER_GROUP_STATE_DEAD,
                GroupState::Dead,
                "Dead",
            ),
            (
                State::RD_KAFKA_CONSUMER_GROUP_STATE_EMPTY,
                GroupState::Empty,
                "Empty",
            ),
        ];
        for (native, state, name) in all {
            assert_eq!(group_state(native), state);
            assert_eq!(state.as_str(), name);
            // Our names are exactly librdkafka's (and Kafka's).
            // SAFETY: returns a static NUL-terminated string.
            let c_name = unsafe { string(rdsys::rd_kafka_consumer_group_state_name(native)) };
            assert_eq!(c_name, name);
        }
        assert_eq!(GroupState::Assigning.as_str(), "Assigning");
        assert_eq!(GroupState::Reconciling.to_string(), "Reconciling");
        // librdkafka 2.12 does not know the KIP-848 states.
        // SAFETY: valid C string literals; the result is a plain enum value.
        unsafe {
            assert_eq!(
                rdsys::rd_kafka_consumer_group_state_code(c"Assigning".as_ptr()),
                State::RD_KAFKA_CONSUMER_GROUP_STATE_UNKNOWN
            );
            assert_eq!(
                rdsys::rd_kafka_consumer_group_state_code(c"stable".as_ptr()),
                State::RD_KAFKA_CONSUMER_GROUP_STATE_STABLE
            );
        }
        assert_eq!(
            group_type_name(GroupType::RD_KAFKA_CONSUMER_GROUP_TYPE_CLASSIC).as_deref(),
            Some("Classic")
        );
        assert_eq!(
            group_type_name(GroupType::RD_KAFKA_CONSUMER_GROUP_TYPE_CONSUMER).as_deref(),
            Some("Consumer")
        );
        assert_eq!(
            group_type_name(GroupType::RD_KAFKA_CONSUMER_GROUP_TYPE_UNKNOWN),
            None
        );
    }

    #[test]
    fn describe_validates_input_without_network() {
        let admin = unreachable_admin_client();
        let t = Duration::from_secs(10);
        let started = Instant::now();
        assert_eq!(describe_groups(admin.inner(), &[], t), Ok(vec![]));
        assert!(matches!(
            describe_groups(admin.inner(), &["a\0b".to_string()], t),
            Err(NativeError::InvalidArgument(_))
        ));
        // Duplicates are refused locally by librdkafka.
        match describe_groups(admin.inner(), &["g".to_string(), "g".to_string()], t) {
            Err(NativeError::InvalidArgument(m)) => assert!(m.contains("uplicate"), "{m}"),
            other => panic!("expected InvalidArgument, got {other:?}"),
        }
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn unreachable_cluster_times_out_quickly() {
        let admin = unreachable_admin_client();
        let timeout = Duration::from_millis(700);

        let started = Instant::now();
        // Either kan's own deadline fires first, or librdkafka's (the same timeout, given to
        // the request) answers for the group first — on a loaded machine either can win.
        match describe_groups(admin.inner(), &["g".to_string()], timeout) {
            Err(NativeError::Timeout(waited)) => assert_eq!(waited, timeout),
            Ok(groups) => assert!(
                groups.len() == 1
                    && matches!(&groups[0].result, Err(item) if item.code == rdkafka::types::RDKafkaErrorCode::OperationTimedOut),
                "{groups:?}"
            ),
            other => panic!("expected a timeout, got {other:?}"),
        }
        assert!(
            started.elapsed() < timeout + Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );

        let started = Instant::now();
        match list_groups(admin.inner(), timeout) {
            Err(NativeError::Timeout(waited)) => assert_eq!(waited, timeout),
            Ok((groups, errors)) => assert!(
                groups.is_empty()
                    && errors.len() == 1
                    && errors[0].code == rdkafka::types::RDKafkaErrorCode::OperationTimedOut,
                "{groups:?} {errors:?}"
            ),
            other => panic!("expected a timeout, got {other:?}"),
        }
        assert!(
            started.elapsed() < timeout + Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn mock_without_list_groups_gives_per_broker_errors() {
        // Every mock broker lacks ListGroups, so each one contributes an
        // error and the (successful) listing is empty.
        let mock = mock_cluster(3);
        let admin = admin_client(&mock.bootstrap_servers());
        let (groups, errors) =
            list_groups(admin.inner(), Duration::from_secs(10)).expect("list groups");
        assert_eq!(groups, vec![]);
        assert_eq!(errors.len(), 3, "{errors:?}");
        for e in &errors {
            assert_eq!(e.code, RDKafkaErrorCode::UnsupportedFeature, "{e:?}");
        }
    }

    #[test]
    fn mock_without_describe_groups_gives_per_group_errors() {
        let mock = mock_cluster(1);
        let admin = admin_client(&mock.bootstrap_servers());
        let got = describe_groups(
            admin.inner(),
            &["g1".to_string(), "g2".to_string()],
            Duration::from_secs(10),
        )
        .expect("describe groups");
        let mut names: Vec<&str> = got.iter().map(|d| d.group.as_str()).collect();
        names.sort_unstable();
        assert_eq!(names, vec!["g1", "g2"]);
        for d in &got {
            let e = d.result.clone().unwrap_err();
            assert_eq!(e.code, RDKafkaErrorCode::UnsupportedFeature, "{e:?}");
        }
    }
}

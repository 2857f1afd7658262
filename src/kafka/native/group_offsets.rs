//! Committed offsets of one consumer group: list
//! (`rd_kafka_ListConsumerGroupOffsets`), alter
//! (`rd_kafka_AlterConsumerGroupOffsets`) and delete
//! (`rd_kafka_DeleteConsumerGroupOffsets`), all sent to the group
//! coordinator without joining the group.
//!
//! Group-level failures become [`NativeError::Request`]: the group result's
//! own error, the response's top-level error, and a group-level error code
//! (see [`is_group_level`]) that the broker reported identically for *every*
//! partition (OffsetCommit, used by "alter", has no top-level error field,
//! so e.g. a non-empty group shows up as `UNKNOWN_MEMBER_ID` on each
//! partition). Anything else stays a per-partition [`ItemError`].
//!
//! Results are sorted by topic, then partition.

use std::time::Duration;

use rdkafka::client::{Client, ClientContext};
use rdkafka::types::RDKafkaErrorCode;
use rdkafka_sys as rdsys;
use rdkafka_sys::types::RDKafkaAdminOp;

use super::error::{ItemError, NativeError};
use super::plumbing::{
    borrowed_error, c_array, c_string, code_error, owned_error_to_invalid, partition_elems, string,
    AdminCall, Event, Native, PartitionList,
};

/// The committed offset of one partition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommittedOffset {
    pub topic: String,
    pub partition: i32,
    /// `Ok(None)` when the group has no committed offset for the partition.
    pub result: Result<Option<i64>, ItemError>,
    /// The commit metadata; `None` when absent or empty.
    pub metadata: Option<String>,
}

/// The outcome for one `(topic, partition)` of [`alter_group_offsets`] /
/// [`delete_group_offsets`].
pub type PartitionResult = (String, i32, Result<(), ItemError>);

/// Error codes that describe the group rather than one partition.
pub(super) fn is_group_level(code: RDKafkaErrorCode) -> bool {
    matches!(
        code,
        RDKafkaErrorCode::GroupIdNotFound
            | RDKafkaErrorCode::NonEmptyGroup
            | RDKafkaErrorCode::UnknownMemberId
            | RDKafkaErrorCode::IllegalGeneration
            | RDKafkaErrorCode::RebalanceInProgress
            | RDKafkaErrorCode::GroupAuthorizationFailed
            | RDKafkaErrorCode::InvalidGroupId
            | RDKafkaErrorCode::FencedInstanceId
            | RDKafkaErrorCode::StaleMemberEpoch
            | RDKafkaErrorCode::GroupSubscribedToTopic
            | RDKafkaErrorCode::CoordinatorNotAvailable
            | RDKafkaErrorCode::CoordinatorLoadInProgress
            | RDKafkaErrorCode::NotCoordinator
    )
}

/// One partition of a group result, copied out of C.
struct PartitionOutcome {
    topic: String,
    partition: i32,
    offset: i64,
    metadata: Option<String>,
    error: Option<ItemError>,
}

/// A typed `rd_kafka_event_*_result` accessor.
type ResultAccessor =
    unsafe extern "C" fn(*mut rdsys::rd_kafka_event_t) -> *const rdsys::rd_kafka_event_t;

/// A `rd_kafka_*_result_groups` accessor.
type GroupsOf = unsafe extern "C" fn(
    *const rdsys::rd_kafka_event_t,
    *mut usize,
) -> *mut *const rdsys::rd_kafka_group_result_t;

/// Extracts the single group result of `event`, applying the group-level
/// error rules from the module docs.
fn group_outcomes(
    event: &Event,
    accessor: ResultAccessor,
    what: &str,
    groups_of: GroupsOf,
    group: &str,
) -> Result<Vec<PartitionOutcome>, NativeError> {
    let result = event.result(accessor, what)?;
    let mut n = 0usize;
    // SAFETY: `result` is the typed result of the live `event` that
    // `groups_of` expects; the array lives as long as the event.
    let groups = unsafe { c_array(groups_of(result, &mut n).cast_const(), n) };
    let [group_result] = groups else {
        return Err(NativeError::UnexpectedEvent(format!(
            "expected exactly one group result, got {}",
            groups.len()
        )));
    };
    // SAFETY: `group_result` is a live group result; its error and partitions live
    // as long as the event and are copied here.
    let (error, partitions) = unsafe {
        (
            borrowed_error(rdsys::rd_kafka_group_result_error(*group_result)),
            partition_elems(rdsys::rd_kafka_group_result_partitions(*group_result)),
        )
    };
    if let Some(ItemError { code, message }) = error {
        return Err(NativeError::Request { code, message });
    }
    let mut outcomes: Vec<PartitionOutcome> = partitions
        .iter()
        .map(|tp| {
            let metadata = if tp.metadata.is_null() || tp.metadata_size == 0 {
                None
            } else {
                // SAFETY: librdkafka keeps `metadata_size` bytes at
                // `metadata` for the lifetime of the partition entry.
                let bytes =
                    unsafe { c_array(tp.metadata.cast::<u8>().cast_const(), tp.metadata_size) };
                Some(String::from_utf8_lossy(bytes).into_owned())
            };
            PartitionOutcome {
                // SAFETY: the topic string lives as long as the entry.
                topic: unsafe { string(tp.topic) },
                partition: tp.partition,
                offset: tp.offset,
                metadata,
                error: code_error(tp.err),
            }
        })
        .collect();
    outcomes.sort_by(|a, b| (&a.topic, a.partition).cmp(&(&b.topic, b.partition)));

    if let Some(first) = outcomes.first().and_then(|o| o.error.clone()) {
        let uniform = outcomes
            .iter()
            .all(|o| o.error.as_ref().is_some_and(|e| e.code == first.code));
        if uniform && is_group_level(first.code) {
            return Err(NativeError::Request {
                code: first.code,
                message: format!("group {group:?}: {}", first.message),
            });
        }
    }
    Ok(outcomes)
}

fn check_group(group: &str) -> Result<std::ffi::CString, NativeError> {
    if group.is_empty() {
        return Err(NativeError::InvalidArgument(
            "group name must not be empty".into(),
        ));
    }
    c_string(group, "group name")
}

/// Lists the committed offsets of `group`, for the given partitions or (with
/// `None`) for every partition the group has committed. With
/// `require_stable` the broker waits for pending transactional commits.
///
/// `Some(&[])` returns `Ok(vec![])` without a request. Kafka reports a group
/// that does not exist as having no commits (an empty list, or `Ok(None)`
/// per requested partition), not as an error. Blocks for at most `timeout`.
pub fn list_group_offsets<C: ClientContext>(
    client: &Client<C>,
    group: &str,
    partitions: Option<&[(String, i32)]>,
    require_stable: bool,
    timeout: Duration,
) -> Result<Vec<CommittedOffset>, NativeError> {
    let group_c = check_group(group)?;
    let list = match partitions {
        Some([]) => return Ok(Vec::new()),
        Some(parts) => {
            let mut list = PartitionList::with_capacity(parts.len())?;
            for (topic, partition) in parts {
                list.add(topic, *partition, rdsys::RD_KAFKA_OFFSET_INVALID.into())?;
            }
            Some(list)
        }
        None => None,
    };
    // SAFETY: the group string and partition list (or NULL = all) are valid;
    // librdkafka copies both into the new object, which we own.
    let request = unsafe {
        Native::from_ptr(
            rdsys::rd_kafka_ListConsumerGroupOffsets_new(
                group_c.as_ptr(),
                list.as_ref()
                    .map_or(std::ptr::null(), |l| l.ptr().cast_const()),
            ),
            rdsys::rd_kafka_ListConsumerGroupOffsets_destroy,
        )
    }
    .ok_or_else(|| NativeError::InvalidArgument("librdkafka refused the request".into()))?;

    let call = AdminCall::new(
        client,
        RDKafkaAdminOp::RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS,
        timeout,
    )?;
    // SAFETY: the options are alive; the returned error (if any) is ours and
    // passes to owned_error_to_invalid, which frees it.
    unsafe {
        owned_error_to_invalid(
            rdsys::rd_kafka_AdminOptions_set_require_stable_offsets(
                call.options(),
                i32::from(require_stable),
            ),
            "require_stable",
        )
    }?;
    let mut requests = [request.ptr()];
    let event = call.run(
        rdsys::RD_KAFKA_EVENT_LISTCONSUMERGROUPOFFSETS_RESULT,
        |rk, options, queue| {
            // SAFETY: all handles and the one-element request array are alive
            // for the call; librdkafka copies the request.
            unsafe {
                rdsys::rd_kafka_ListConsumerGroupOffsets(
                    rk,
                    requests.as_mut_ptr(),
                    1,
                    options,
                    queue,
                )
            }
        },
    )?;
    let outcomes = group_outcomes(
        &event,
        rdsys::rd_kafka_event_ListConsumerGroupOffsets_result,
        "ListConsumerGroupOffsets",
        rdsys::rd_kafka_ListConsumerGroupOffsets_result_groups,
        group,
    )?;
    Ok(outcomes
        .into_iter()
        .map(|o| CommittedOffset {
            topic: o.topic,
            partition: o.partition,
            result: match o.error {
                Some(e) => Err(e),
                None => Ok((o.offset >= 0).then_some(o.offset)),
            },
            metadata: o.metadata.filter(|m| !m.is_empty()),
        })
        .collect())
}

/// Sets committed offsets of `group` to `(topic, partition, offset)`.
///
/// Kafka only allows this while the group has no active members; otherwise
/// the broker answers `UNKNOWN_MEMBER_ID` for every partition, which is
/// returned as [`NativeError::Request`]. Negative offsets and duplicate
/// partitions are rejected by librdkafka ([`NativeError::InvalidArgument`]).
/// An empty `offsets` returns `Ok(vec![])` without a request. Blocks for at
/// most `timeout`.
pub fn alter_group_offsets<C: ClientContext>(
    client: &Client<C>,
    group: &str,
    offsets: &[(String, i32, i64)],
    timeout: Duration,
) -> Result<Vec<PartitionResult>, NativeError> {
    let group_c = check_group(group)?;
    if offsets.is_empty() {
        return Ok(Vec::new());
    }
    let mut list = PartitionList::with_capacity(offsets.len())?;
    for (topic, partition, offset) in offsets {
        list.add(topic, *partition, *offset)?;
    }
    // SAFETY: valid group string and list; librdkafka copies both into the
    // new object, which we own.
    let request = unsafe {
        Native::from_ptr(
            rdsys::rd_kafka_AlterConsumerGroupOffsets_new(group_c.as_ptr(), list.ptr()),
            rdsys::rd_kafka_AlterConsumerGroupOffsets_destroy,
        )
    }
    .ok_or_else(|| NativeError::InvalidArgument("librdkafka refused the request".into()))?;

    let call = AdminCall::new(
        client,
        RDKafkaAdminOp::RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS,
        timeout,
    )?;
    let mut requests = [request.ptr()];
    let event = call.run(
        rdsys::RD_KAFKA_EVENT_ALTERCONSUMERGROUPOFFSETS_RESULT,
        |rk, options, queue| {
            // SAFETY: all handles and the one-element request array are alive
            // for the call; librdkafka copies the request.
            unsafe {
                rdsys::rd_kafka_AlterConsumerGroupOffsets(
                    rk,
                    requests.as_mut_ptr(),
                    1,
                    options,
                    queue,
                )
            }
        },
    )?;
    let outcomes = group_outcomes(
        &event,
        rdsys::rd_kafka_event_AlterConsumerGroupOffsets_result,
        "AlterConsumerGroupOffsets",
        rdsys::rd_kafka_AlterConsumerGroupOffsets_result_groups,
        group,
    )?;
    Ok(per_partition(outcomes))
}

/// Deletes the committed offsets of `group` for `partitions` (KIP-496).
///
/// A missing group or a non-empty group fails the whole request
/// ([`NativeError::Request`], e.g. `GroupIdNotFound`); a partition of a
/// topic the group is still subscribed to fails with
/// `GroupSubscribedToTopic` (a request error when it applies to every
/// partition). An empty `partitions` returns `Ok(vec![])` without a request.
/// Blocks for at most `timeout`.
///
/// # Warning: brokers without OffsetDelete abort the process
///
/// With librdkafka 2.12.1, if the group coordinator does not support the
/// OffsetDelete API (Kafka < 2.4, or a Kafka-compatible broker lacking
/// ApiKey 47), librdkafka's coordinator request path releases its reply
/// queue twice and **aborts the whole process** (`rd_kafka_q_destroy0:
/// assert: rkq->rkq_refcnt > 0`; upstream librdkafka issue #3663). There is
/// no public librdkafka API to check a broker's supported ApiKeys first, so
/// only call this against clusters known to support OffsetDelete.
pub fn delete_group_offsets<C: ClientContext>(
    client: &Client<C>,
    group: &str,
    partitions: &[(String, i32)],
    timeout: Duration,
) -> Result<Vec<PartitionResult>, NativeError> {
    let group_c = check_group(group)?;
    if partitions.is_empty() {
        return Ok(Vec::new());
    }
    let mut list = PartitionList::with_capacity(partitions.len())?;
    for (topic, partition) in partitions {
        list.add(topic, *partition, rdsys::RD_KAFKA_OFFSET_INVALID.into())?;
    }
    // SAFETY: valid group string and list; librdkafka copies both into the
    // new object, which we own.
    let request = unsafe {
        Native::from_ptr(
            rdsys::rd_kafka_DeleteConsumerGroupOffsets_new(group_c.as_ptr(), list.ptr()),
            rdsys::rd_kafka_DeleteConsumerGroupOffsets_destroy,
        )
    }
    .ok_or_else(|| NativeError::InvalidArgument("librdkafka refused the request".into()))?;

    let call = AdminCall::new(
        client,
        RDKafkaAdminOp::RD_KAFKA_ADMIN_OP_DELETECONSUMERGROUPOFFSETS,
        timeout,
    )?;
    let mut requests = [request.ptr()];
    let event = call.run(
        rdsys::RD_KAFKA_EVENT_DELETECONSUMERGROUPOFFSETS_RESULT,
        |rk, options, queue| {
            // SAFETY: all handles and the one-element request array are alive
            // for the call; librdkafka copies the request.
            unsafe {
                rdsys::rd_kafka_DeleteConsumerGroupOffsets(
                    rk,
                    requests.as_mut_ptr(),
                    1,
                    options,
                    queue,
                )
            }
        },
    )?;
    let outcomes = group_outcomes(
        &event,
        rdsys::rd_kafka_event_DeleteConsumerGroupOffsets_result,
        "DeleteConsumerGroupOffsets",
        rdsys::rd_kafka_DeleteConsumerGroupOffsets_result_groups,
        group,
    )?;
    Ok(per_partition(outcomes))
}

fn per_partition(outcomes: Vec<PartitionOutcome>) -> Vec<PartitionResult> {
    outcomes
        .into_iter()
        .map(|o| (o.topic, o.partition, o.error.map_or(Ok(()), Err)))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use rdkafka::consumer::Consumer;
    use rdkafka::types::RDKafkaApiKey;

    use super::super::test_support::{
        admin_client, commit, consumer, mock_cluster, unreachable_admin_client,
    };
    use super::*;

    const T: Duration = Duration::from_secs(10);

    fn tp(topic: &str, partition: i32) -> (String, i32) {
        (topic.to_string(), partition)
    }

    #[test]
    fn group_level_codes() {
        assert!(is_group_level(RDKafkaErrorCode::UnknownMemberId));
        assert!(is_group_level(RDKafkaErrorCode::GroupIdNotFound));
        assert!(is_group_level(RDKafkaErrorCode::GroupSubscribedToTopic));
        assert!(!is_group_level(RDKafkaErrorCode::UnknownTopicOrPartition));
        assert!(!is_group_level(RDKafkaErrorCode::TopicAuthorizationFailed));
    }

    #[test]
    fn commits_from_a_consumer_are_listed_with_metadata() {
        let mock = mock_cluster(3);
        let bootstrap = mock.bootstrap_servers();
        mock.create_topic("orders", 3, 1).unwrap();
        let c = consumer(&bootstrap, "billing");
        commit(&c, &[("orders", 0, 5, "first"), ("orders", 2, 9, "")]);

        // Through the consumer's own client handle.
        let parts = [tp("orders", 0), tp("orders", 1), tp("orders", 2)];
        let got = list_group_offsets(c.client(), "billing", Some(&parts), false, T).unwrap();
        let simplified: Vec<_> = got
            .iter()
            .map(|o| {
                (
                    o.topic.as_str(),
                    o.partition,
                    o.result.clone(),
                    o.metadata.clone(),
                )
            })
            .collect();
        assert_eq!(
            simplified,
            vec![
                ("orders", 0, Ok(Some(5)), Some("first".to_string())),
                ("orders", 1, Ok(None), None),
                ("orders", 2, Ok(Some(9)), None),
            ]
        );

        // And through an admin client, with require_stable.
        let admin = admin_client(&bootstrap);
        let got = list_group_offsets(admin.inner(), "billing", Some(&parts[..1]), true, T).unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].result, Ok(Some(5)));
    }

    #[test]
    fn alter_then_list_round_trip() {
        let mock = mock_cluster(3);
        let bootstrap = mock.bootstrap_servers();
        mock.create_topic("t", 2, 1).unwrap();
        let admin = admin_client(&bootstrap);

        let altered = alter_group_offsets(
            admin.inner(),
            "reset-me",
            &[("t".to_string(), 0, 3), ("t".to_string(), 1, 0)],
            T,
        )
        .unwrap();
        assert_eq!(
            altered,
            vec![("t".to_string(), 0, Ok(())), ("t".to_string(), 1, Ok(()))]
        );
        let listed = list_group_offsets(
            admin.inner(),
            "reset-me",
            Some(&[tp("t", 0), tp("t", 1)]),
            false,
            T,
        )
        .unwrap();
        let offsets: Vec<_> = listed.iter().map(|o| o.result.clone()).collect();
        assert_eq!(offsets, vec![Ok(Some(3)), Ok(Some(0))]);

        // Move one partition again; the other keeps its value.
        alter_group_offsets(admin.inner(), "reset-me", &[("t".to_string(), 0, 1)], T).unwrap();
        let listed = list_group_offsets(
            admin.inner(),
            "reset-me",
            Some(&[tp("t", 0), tp("t", 1)]),
            false,
            T,
        )
        .unwrap();
        let offsets: Vec<_> = listed.iter().map(|o| o.result.clone()).collect();
        assert_eq!(offsets, vec![Ok(Some(1)), Ok(Some(0))]);
    }

    #[test]
    fn unknown_partition_is_a_per_item_error() {
        let mock = mock_cluster(1);
        let bootstrap = mock.bootstrap_servers();
        mock.create_topic("t", 1, 1).unwrap();
        let admin = admin_client(&bootstrap);
        alter_group_offsets(admin.inner(), "g", &[("t".to_string(), 0, 7)], T).unwrap();

        let listed = list_group_offsets(
            admin.inner(),
            "g",
            Some(&[tp("t", 0), tp("t", 5)]),
            false,
            T,
        )
        .unwrap();
        assert_eq!(listed[0].result, Ok(Some(7)));
        assert_eq!(
            listed[1].result.clone().unwrap_err().code,
            RDKafkaErrorCode::UnknownTopicOrPartition
        );

        // Input order is not kept: results are sorted ("nope" < "t").
        let altered = alter_group_offsets(
            admin.inner(),
            "g",
            &[("t".to_string(), 0, 8), ("nope".to_string(), 0, 1)],
            T,
        )
        .unwrap();
        assert_eq!(altered.len(), 2);
        assert_eq!(altered[0].0, "nope");
        assert_eq!(
            altered[0].2.clone().unwrap_err().code,
            RDKafkaErrorCode::UnknownTopicOrPartition
        );
        assert_eq!(altered[1], ("t".to_string(), 0, Ok(())));
        // The failed partition did not prevent the other commit.
        let listed = list_group_offsets(admin.inner(), "g", Some(&[tp("t", 0)]), false, T).unwrap();
        assert_eq!(listed[0].result, Ok(Some(8)));
    }

    #[test]
    fn unknown_group_has_no_commits() {
        let mock = mock_cluster(1);
        let bootstrap = mock.bootstrap_servers();
        mock.create_topic("t", 1, 1).unwrap();
        let admin = admin_client(&bootstrap);
        let listed =
            list_group_offsets(admin.inner(), "never-seen", Some(&[tp("t", 0)]), false, T).unwrap();
        assert_eq!(
            listed,
            vec![CommittedOffset {
                topic: "t".into(),
                partition: 0,
                result: Ok(None),
                metadata: None
            }]
        );
    }

    #[test]
    fn all_partitions_listing_on_mock() {
        // With `None` librdkafka asks for "all topics" (a null array). The
        // mock echoes the request's topic array, so it answers with no
        // partitions even when commits exist; a real broker returns every
        // committed partition (covered by kan's integration tests against
        // the nisshi broker).
        let mock = mock_cluster(1);
        let bootstrap = mock.bootstrap_servers();
        mock.create_topic("t", 1, 1).unwrap();
        let admin = admin_client(&bootstrap);
        alter_group_offsets(admin.inner(), "g", &[("t".to_string(), 0, 2)], T).unwrap();
        assert_eq!(
            list_group_offsets(admin.inner(), "g", None, false, T),
            Ok(vec![])
        );
    }

    #[test]
    fn alter_on_active_group_is_a_request_error() {
        let mock = mock_cluster(1);
        let bootstrap = mock.bootstrap_servers();
        mock.create_topic("t", 1, 1).unwrap();
        let member = consumer(&bootstrap, "busy");
        member.subscribe(&["t"]).unwrap();
        // Wait until the member has joined and been assigned the partition.
        let deadline = Instant::now() + Duration::from_secs(20);
        while member.assignment().map(|a| a.count()).unwrap_or(0) == 0 {
            assert!(
                Instant::now() < deadline,
                "consumer never got an assignment"
            );
            let _ = member.poll(Duration::from_millis(100));
        }

        let admin = admin_client(&bootstrap);
        match alter_group_offsets(admin.inner(), "busy", &[("t".to_string(), 0, 0)], T) {
            Err(NativeError::Request { code, message }) => {
                assert_eq!(code, RDKafkaErrorCode::UnknownMemberId, "{message}");
                assert!(message.contains("busy"), "{message}");
            }
            other => panic!("expected a request error, got {other:?}"),
        }
    }

    #[test]
    fn top_level_offset_fetch_error_is_a_request_error() {
        let mock = mock_cluster(1);
        let bootstrap = mock.bootstrap_servers();
        mock.create_topic("t", 1, 1).unwrap();
        let admin = admin_client(&bootstrap);
        mock.request_errors(
            RDKafkaApiKey::OffsetFetch,
            &[rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED],
        );
        let got = list_group_offsets(admin.inner(), "g", Some(&[tp("t", 0)]), false, T);
        mock.clear_request_errors(RDKafkaApiKey::OffsetFetch);
        match got {
            Err(NativeError::Request { code, .. }) => {
                assert_eq!(code, RDKafkaErrorCode::GroupAuthorizationFailed)
            }
            other => panic!("expected a request error, got {other:?}"),
        }
    }

    /// Set in the child process spawned by
    /// `delete_against_broker_without_offset_delete_aborts`.
    const ABORT_PROBE: &str = "KAN_NATIVE_DELETE_ABORT_PROBE";

    #[cfg(unix)]
    #[test]
    fn delete_against_broker_without_offset_delete_aborts() {
        // The mock does not serve OffsetDelete (ApiKey 47), which makes
        // librdkafka 2.12.1 abort the process (see delete_group_offsets'
        // docs). So the call runs in a child process and we assert that it
        // died from SIGABRT: if a librdkafka upgrade fixes the bug, this test
        // fails and the warning can be dropped. The successful real-broker
        // path (and GroupIdNotFound / GroupSubscribedToTopic) is covered by
        // kan's integration tests against the nisshi broker.
        if std::env::var_os(ABORT_PROBE).is_some() {
            let mock = mock_cluster(1);
            let admin = admin_client(&mock.bootstrap_servers());
            let result = delete_group_offsets(admin.inner(), "g", &[tp("t", 0)], T);
            // Only reached if librdkafka did not abort.
            println!("delete returned: {result:?}");
            return;
        }
        use std::os::unix::process::ExitStatusExt;
        let exe = std::env::current_exe().expect("test binary path");
        // The test's own path, without the crate name (module paths differ between crates).
        let module = module_path!()
            .split_once("::")
            .map_or(module_path!(), |(_, rest)| rest);
        let name = format!("{module}::delete_against_broker_without_offset_delete_aborts");
        let output = std::process::Command::new(exe)
            .args(["--exact", &name, "--nocapture", "--test-threads=1"])
            .env(ABORT_PROBE, "1")
            .output()
            .expect("spawn probe");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            output.status.signal(),
            Some(6),
            "expected SIGABRT from librdkafka; status {:?}\nstdout: {}\nstderr: {stderr}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
        );
        assert!(stderr.contains("rkq_refcnt > 0"), "{stderr}");
    }

    #[test]
    fn invalid_input_is_rejected_without_network() {
        let admin = unreachable_admin_client();
        let started = Instant::now();
        let c = admin.inner();
        assert!(matches!(
            list_group_offsets(c, "", None, false, T),
            Err(NativeError::InvalidArgument(_))
        ));
        assert!(matches!(
            list_group_offsets(c, "g\0", None, false, T),
            Err(NativeError::InvalidArgument(_))
        ));
        assert!(matches!(
            list_group_offsets(c, "g", Some(&[tp("t\0", 0)]), false, T),
            Err(NativeError::InvalidArgument(_))
        ));
        assert_eq!(list_group_offsets(c, "g", Some(&[]), false, T), Ok(vec![]));
        // Duplicates: refused locally by librdkafka.
        assert!(matches!(
            list_group_offsets(c, "g", Some(&[tp("t", 0), tp("t", 0)]), false, T),
            Err(NativeError::InvalidArgument(_))
        ));

        assert_eq!(alter_group_offsets(c, "g", &[], T), Ok(vec![]));
        // Negative offsets: refused locally by librdkafka.
        match alter_group_offsets(c, "g", &[("t".to_string(), 0, -1)], T) {
            Err(NativeError::InvalidArgument(m)) => assert!(m.contains(">= 0"), "{m}"),
            other => panic!("expected InvalidArgument, got {other:?}"),
        }
        assert!(matches!(
            alter_group_offsets(
                c,
                "g",
                &[("t".to_string(), 0, 1), ("t".to_string(), 0, 2)],
                T
            ),
            Err(NativeError::InvalidArgument(_))
        ));
        assert!(matches!(
            alter_group_offsets(c, "g\0", &[("t".to_string(), 0, 1)], T),
            Err(NativeError::InvalidArgument(_))
        ));

        assert_eq!(delete_group_offsets(c, "g", &[], T), Ok(vec![]));
        assert!(matches!(
            delete_group_offsets(c, "g", &[tp("t", -3)], T),
            Err(NativeError::InvalidArgument(_))
        ));
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
        let c = admin.inner();
        for (name, result) in [
            (
                "list",
                list_group_offsets(c, "g", None, false, timeout).map(|_| ()),
            ),
            (
                "alter",
                alter_group_offsets(c, "g", &[("t".to_string(), 0, 1)], timeout).map(|_| ()),
            ),
            (
                "delete",
                delete_group_offsets(c, "g", &[tp("t", 0)], timeout).map(|_| ()),
            ),
        ] {
            assert_eq!(result, Err(NativeError::Timeout(timeout)), "{name}");
        }
    }

    #[test]
    fn every_call_is_bounded_by_its_timeout() {
        let admin = unreachable_admin_client();
        let timeout = Duration::from_millis(500);
        let started = Instant::now();
        let _ = list_group_offsets(admin.inner(), "g", None, false, timeout);
        assert!(
            started.elapsed() < timeout + Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }
}

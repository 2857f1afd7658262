//! Batched partition offset look-ups with `rd_kafka_ListOffsets` (KIP-396):
//! one call answers earliest / latest / max-timestamp / by-timestamp offsets
//! for many partitions at once, grouped per leader by librdkafka.

use std::time::Duration;

use rdkafka::client::{Client, ClientContext};
use rdkafka_sys as rdsys;
use rdkafka_sys::types::RDKafkaAdminOp;

use super::error::{ItemError, NativeError};
use super::plumbing::{
    c_array, code_error, owned_error_to_invalid, string, AdminCall, PartitionList,
};
use crate::domain::isolation::Isolation;

/// Which offset to look up for a partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetSpec {
    /// The log start offset.
    Earliest,
    /// The log end offset (the offset the next record will get).
    Latest,
    /// The offset of the record with the largest timestamp (Kafka ≥ 3.0).
    MaxTimestamp,
    /// The earliest offset whose timestamp is ≥ this many ms since the epoch.
    Timestamp(i64),
}

impl OffsetSpec {
    /// The value librdkafka expects in the topic-partition `offset` field.
    pub(super) fn to_native(self) -> Result<i64, NativeError> {
        Ok(match self {
            OffsetSpec::Earliest => {
                rdsys::rd_kafka_OffsetSpec_t::RD_KAFKA_OFFSET_SPEC_EARLIEST as i64
            }
            OffsetSpec::Latest => rdsys::rd_kafka_OffsetSpec_t::RD_KAFKA_OFFSET_SPEC_LATEST as i64,
            OffsetSpec::MaxTimestamp => {
                rdsys::rd_kafka_OffsetSpec_t::RD_KAFKA_OFFSET_SPEC_MAX_TIMESTAMP as i64
            }
            OffsetSpec::Timestamp(ms) if ms >= 0 => ms,
            OffsetSpec::Timestamp(ms) => {
                return Err(NativeError::InvalidArgument(format!(
                    "timestamp {ms} must not be negative"
                )))
            }
        })
    }
}

/// librdkafka's isolation level for an [`Isolation`].
pub(super) fn isolation_level(isolation: Isolation) -> rdsys::rd_kafka_IsolationLevel_t {
    match isolation {
        Isolation::ReadUncommitted => {
            rdsys::rd_kafka_IsolationLevel_t::RD_KAFKA_ISOLATION_LEVEL_READ_UNCOMMITTED
        }
        Isolation::ReadCommitted => {
            rdsys::rd_kafka_IsolationLevel_t::RD_KAFKA_ISOLATION_LEVEL_READ_COMMITTED
        }
    }
}

/// One partition to look up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OffsetQuery {
    pub topic: String,
    pub partition: i32,
    pub spec: OffsetSpec,
}

/// The answer for one partition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedOffset {
    pub topic: String,
    pub partition: i32,
    pub result: Result<OffsetAtTime, ItemError>,
}

/// A found offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OffsetAtTime {
    /// The offset (-1 when the broker found none, e.g. a timestamp after the
    /// last record).
    pub offset: i64,
    /// The record timestamp in ms, when the broker reports one.
    pub timestamp: Option<i64>,
    /// The leader epoch of that record, when the broker reports one.
    pub leader_epoch: Option<i32>,
}

/// Looks up offsets for all `queries` in a single batched request; the
/// answers are sorted by topic, then partition.
///
/// An empty `queries` returns `Ok(vec![])` without contacting the cluster.
/// Duplicate topic-partitions are rejected by librdkafka
/// ([`NativeError::InvalidArgument`]). A partition (or topic) that does not
/// exist is a per-item error (`UnknownPartition` / `UnknownTopicOrPartition`), unless
/// *no* requested partition has a leader, in which case librdkafka fails the
/// whole request with `NoEnt` ("No leaders found"). Blocks for at most
/// `timeout`.
pub fn list_offsets<C: ClientContext>(
    client: &Client<C>,
    queries: &[OffsetQuery],
    isolation: Isolation,
    timeout: Duration,
) -> Result<Vec<ListedOffset>, NativeError> {
    if queries.is_empty() {
        return Ok(Vec::new());
    }
    let mut partitions = PartitionList::with_capacity(queries.len())?;
    for q in queries {
        partitions.add(&q.topic, q.partition, q.spec.to_native()?)?;
    }

    let call = AdminCall::new(
        client,
        RDKafkaAdminOp::RD_KAFKA_ADMIN_OP_LISTOFFSETS,
        timeout,
    )?;
    // SAFETY: the options object is alive; the returned error (if any) is ours
    // and passes to owned_error_to_invalid, which frees it.
    unsafe {
        owned_error_to_invalid(
            rdsys::rd_kafka_AdminOptions_set_isolation_level(
                call.options(),
                isolation_level(isolation),
            ),
            "isolation level",
        )
    }?;
    let event = call.run(
        rdsys::RD_KAFKA_EVENT_LISTOFFSETS_RESULT,
        |rk, options, queue| {
            // SAFETY: all handles are alive for the call; librdkafka copies the
            // partition list and options.
            unsafe { rdsys::rd_kafka_ListOffsets(rk, partitions.ptr(), options, queue) }
        },
    )?;
    let result = event.result(rdsys::rd_kafka_event_ListOffsets_result, "ListOffsets")?;

    let mut count = 0usize;
    // SAFETY: `result` points into `event`, which outlives this function's
    // use of the returned array; everything is copied into owned values.
    let infos = unsafe { rdsys::rd_kafka_ListOffsets_result_infos(result, &mut count) };
    // SAFETY: as above.
    let infos = unsafe { c_array(infos.cast_const(), count) };
    let mut out = Vec::with_capacity(infos.len());
    for &info in infos {
        // SAFETY: `info` is a live element of the result; the topic-partition
        // it returns lives as long as `info`.
        let (tp, timestamp) = unsafe {
            (
                rdsys::rd_kafka_ListOffsetsResultInfo_topic_partition(info),
                rdsys::rd_kafka_ListOffsetsResultInfo_timestamp(info),
            )
        };
        if tp.is_null() {
            return Err(NativeError::UnexpectedEvent(
                "ListOffsets result without partition".into(),
            ));
        }
        // SAFETY: `tp` is non-NULL and valid (see above).
        let (topic, partition, offset, err, leader_epoch) = unsafe {
            (
                string((*tp).topic),
                (*tp).partition,
                (*tp).offset,
                (*tp).err,
                rdsys::rd_kafka_topic_partition_get_leader_epoch(tp),
            )
        };
        let result = match code_error(err) {
            Some(e) => Err(e),
            None => Ok(OffsetAtTime {
                offset,
                timestamp: (timestamp >= 0).then_some(timestamp),
                leader_epoch: (leader_epoch >= 0).then_some(leader_epoch),
            }),
        };
        out.push(ListedOffset {
            topic,
            partition,
            result,
        });
    }
    out.sort_by(|a, b| (&a.topic, a.partition).cmp(&(&b.topic, b.partition)));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::time::Instant;

    use rdkafka::types::RDKafkaErrorCode;

    use super::super::test_support::{
        admin_client, mock_cluster, produce, unreachable_admin_client,
    };
    use super::*;

    const T: Duration = Duration::from_secs(10);

    fn q(topic: &str, partition: i32, spec: OffsetSpec) -> OffsetQuery {
        OffsetQuery {
            topic: topic.into(),
            partition,
            spec,
        }
    }

    fn by_partition(
        listed: Vec<ListedOffset>,
    ) -> BTreeMap<(String, i32), Result<OffsetAtTime, ItemError>> {
        listed
            .into_iter()
            .map(|l| ((l.topic, l.partition), l.result))
            .collect()
    }

    #[test]
    fn spec_encoding_matches_librdkafka() {
        assert_eq!(OffsetSpec::Earliest.to_native(), Ok(-2));
        assert_eq!(OffsetSpec::Latest.to_native(), Ok(-1));
        assert_eq!(OffsetSpec::MaxTimestamp.to_native(), Ok(-3));
        assert_eq!(OffsetSpec::Timestamp(0).to_native(), Ok(0));
        assert_eq!(
            OffsetSpec::Timestamp(1_700_000_000_000).to_native(),
            Ok(1_700_000_000_000)
        );
        assert!(matches!(
            OffsetSpec::Timestamp(-5).to_native(),
            Err(NativeError::InvalidArgument(_))
        ));
        assert_eq!(
            isolation_level(Isolation::ReadCommitted),
            rdsys::rd_kafka_IsolationLevel_t::RD_KAFKA_ISOLATION_LEVEL_READ_COMMITTED
        );
    }

    #[test]
    fn earliest_and_latest_per_partition_in_one_call() {
        let mock = mock_cluster(3);
        let bootstrap = mock.bootstrap_servers();
        mock.create_topic("orders", 3, 1).unwrap();
        produce(&bootstrap, "orders", 0, 5);
        produce(&bootstrap, "orders", 2, 2);
        let admin = admin_client(&bootstrap);

        let mut queries = Vec::new();
        for p in 0..3 {
            queries.push(q("orders", p, OffsetSpec::Earliest));
        }
        let earliest =
            list_offsets(admin.inner(), &queries, Isolation::ReadUncommitted, T).unwrap();
        assert_eq!(earliest.len(), 3);
        let earliest = by_partition(earliest);
        for p in 0..3 {
            let got = earliest[&("orders".to_string(), p)].clone().unwrap();
            assert_eq!(got.offset, 0, "partition {p}");
            // The mock never reports timestamps.
            assert_eq!(got.timestamp, None);
        }

        let queries: Vec<_> = (0..3).map(|p| q("orders", p, OffsetSpec::Latest)).collect();
        let latest = by_partition(
            list_offsets(admin.inner(), &queries, Isolation::ReadCommitted, T).unwrap(),
        );
        let ends: Vec<i64> = (0..3)
            .map(|p| latest[&("orders".to_string(), p)].clone().unwrap().offset)
            .collect();
        assert_eq!(ends, vec![5, 0, 2]);
        for p in 0..3 {
            let got = latest[&("orders".to_string(), p)].clone().unwrap();
            // No record sits at the log end offset, so the mock has no epoch.
            assert_eq!(got.leader_epoch, None, "partition {p}");
        }
    }

    #[test]
    fn mixed_specs_and_unknown_partitions_in_one_batch() {
        let mock = mock_cluster(3);
        let bootstrap = mock.bootstrap_servers();
        mock.create_topic("events", 2, 1).unwrap();
        produce(&bootstrap, "events", 1, 4);
        let admin = admin_client(&bootstrap);

        let queries = vec![
            q("events", 1, OffsetSpec::Latest),
            q("events", 1, OffsetSpec::Earliest),
        ];
        // events[1] twice is a duplicate: librdkafka refuses the batch.
        match list_offsets(admin.inner(), &queries, Isolation::ReadUncommitted, T) {
            Err(NativeError::InvalidArgument(m)) => assert!(m.contains("uplicate"), "{m}"),
            other => panic!("expected InvalidArgument for duplicates, got {other:?}"),
        }

        // Deliberately out of order: answers come back sorted.
        let queries = vec![
            q("zzz-missing", 0, OffsetSpec::Latest),
            q("events", 9, OffsetSpec::Latest),
            q("events", 1, OffsetSpec::MaxTimestamp),
            q("events", 0, OffsetSpec::Latest),
        ];
        let got = list_offsets(admin.inner(), &queries, Isolation::ReadUncommitted, T).unwrap();
        let order: Vec<(&str, i32)> = got
            .iter()
            .map(|l| (l.topic.as_str(), l.partition))
            .collect();
        assert_eq!(
            order,
            vec![
                ("events", 0),
                ("events", 1),
                ("events", 9),
                ("zzz-missing", 0)
            ]
        );

        assert_eq!(got[0].result.clone().unwrap().offset, 0);
        // The mock does not implement MAX_TIMESTAMP (or timestamp) look-ups
        // and answers "no offset" (-1); a real broker returns the offset of
        // the newest record. Covered by kan's integration tests against the
        // nisshi broker.
        assert_eq!(
            got[1].result,
            Ok(OffsetAtTime {
                offset: -1,
                timestamp: None,
                leader_epoch: None
            })
        );
        // Leader look-up failures: a missing partition of a known topic gets
        // librdkafka's local code, a missing topic the broker's.
        assert_eq!(
            got[2].result.clone().unwrap_err().code,
            RDKafkaErrorCode::UnknownPartition
        );
        assert_eq!(
            got[3].result.clone().unwrap_err().code,
            RDKafkaErrorCode::UnknownTopicOrPartition
        );
    }

    #[test]
    fn only_unknown_topics_fail_the_whole_request() {
        let mock = mock_cluster(1);
        let admin = admin_client(&mock.bootstrap_servers());
        let queries = vec![q("does-not-exist", 0, OffsetSpec::Latest)];
        match list_offsets(admin.inner(), &queries, Isolation::ReadUncommitted, T) {
            Err(NativeError::Request { code, message }) => {
                assert_eq!(code, RDKafkaErrorCode::NoEnt, "{message}");
                assert!(message.contains("No leaders found"), "{message}");
            }
            other => panic!("expected a request error, got {other:?}"),
        }
    }

    #[test]
    fn empty_input_makes_no_request() {
        // Even against an unreachable cluster an empty batch answers at once.
        let admin = unreachable_admin_client();
        let started = Instant::now();
        assert_eq!(
            list_offsets(admin.inner(), &[], Isolation::ReadUncommitted, T),
            Ok(vec![])
        );
        assert!(started.elapsed() < Duration::from_secs(1));
    }

    #[test]
    fn invalid_input_is_rejected_before_sending() {
        let admin = unreachable_admin_client();
        for bad in [
            q("bad\0topic", 0, OffsetSpec::Latest),
            q("t", -1, OffsetSpec::Latest),
            q("t", 0, OffsetSpec::Timestamp(-10)),
            q("", 0, OffsetSpec::Earliest),
        ] {
            let started = Instant::now();
            match list_offsets(
                admin.inner(),
                std::slice::from_ref(&bad),
                Isolation::ReadUncommitted,
                T,
            ) {
                Err(NativeError::InvalidArgument(_)) => {}
                other => panic!("{bad:?}: expected InvalidArgument, got {other:?}"),
            }
            assert!(started.elapsed() < Duration::from_secs(1));
        }
    }

    #[test]
    fn unreachable_cluster_times_out_quickly() {
        let admin = unreachable_admin_client();
        let timeout = Duration::from_millis(700);
        let started = Instant::now();
        let err = list_offsets(
            admin.inner(),
            &[q("t", 0, OffsetSpec::Latest)],
            Isolation::ReadUncommitted,
            timeout,
        )
        .unwrap_err();
        assert_eq!(err, NativeError::Timeout(timeout));
        assert!(
            started.elapsed() < timeout + Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }

    #[test]
    fn request_level_broker_error_is_per_partition() {
        // ListOffsets has no top-level error code: an error injected for the
        // whole request lands on every partition of that request.
        let mock = mock_cluster(1);
        let bootstrap = mock.bootstrap_servers();
        mock.create_topic("t", 1, 1).unwrap();
        let admin = admin_client(&bootstrap);
        mock.request_errors(
            rdkafka::types::RDKafkaApiKey::ListOffsets,
            &[rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED],
        );
        let got = list_offsets(
            admin.inner(),
            &[q("t", 0, OffsetSpec::Latest)],
            Isolation::ReadUncommitted,
            T,
        )
        .unwrap();
        mock.clear_request_errors(rdkafka::types::RDKafkaApiKey::ListOffsets);
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0].result.clone().unwrap_err().code,
            RDKafkaErrorCode::TopicAuthorizationFailed
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn usable_from_spawn_blocking() {
        let mock = mock_cluster(1);
        let bootstrap = mock.bootstrap_servers();
        mock.create_topic("t", 1, 1).unwrap();
        produce(&bootstrap, "t", 0, 3);
        let admin = std::sync::Arc::new(admin_client(&bootstrap));
        let task_admin = admin.clone();
        let got = tokio::task::spawn_blocking(move || {
            list_offsets(
                task_admin.inner(),
                &[q("t", 0, OffsetSpec::Latest)],
                Isolation::ReadUncommitted,
                T,
            )
        })
        .await
        .expect("join")
        .expect("list offsets");
        assert_eq!(got[0].result.clone().unwrap().offset, 3);
    }
}

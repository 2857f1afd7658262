//! Consumer lag, in messages and in time, per partition and rolled up per topic and group;
//! and the thresholds that turn it into an exit code.
//!
//! Every edge case is reported rather than hidden: a partition with no committed offset, a
//! committed offset below the log start (messages lost to retention), one beyond the end, an
//! empty partition, and a tail of transaction markers that makes a caught-up consumer look
//! one behind.

use serde::Serialize;

use super::group::GroupState;

/// What the cluster says about one partition of one group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionOffsets {
    pub topic: String,
    pub partition: i32,
    /// The group's committed offset, if any.
    pub committed: Option<i64>,
    pub log_start: i64,
    /// High watermark, or last stable offset for read_committed consumers.
    pub log_end: i64,
    /// Timestamp of the next record the group would read (at the committed offset, or the log
    /// start when that was deleted). `None` when unknown.
    pub next_record_timestamp_ms: Option<i64>,
    /// True when a read from the committed offset found no record before the end: only
    /// transaction markers remain.
    pub only_markers_remain: bool,
    pub owner: Option<Owner>,
}

/// The group member a partition is assigned to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Owner {
    pub member_id: String,
    pub client_id: String,
    pub host: String,
}

/// Notes on a partition's lag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LagFlag {
    /// The group never committed here: lag counts from the log start.
    NoCommittedOffset,
    /// The committed offset was deleted (retention, DeleteRecords): `lost` messages were
    /// never read.
    CommittedBelowLogStart,
    /// The committed offset is past the end (the topic was recreated or truncated).
    CommittedBeyondEnd,
    /// The partition holds no records.
    EmptyPartition,
    /// Only transaction markers lie between the committed offset and the end.
    TransactionMarkersOnly,
}

/// Lag of one partition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartitionLag {
    pub partition: i32,
    pub committed: Option<i64>,
    pub log_start: i64,
    pub log_end: i64,
    /// Messages the group has not read.
    pub lag: i64,
    /// Messages deleted before the group read them.
    pub lost: i64,
    /// How old the next unread record is; 0 when caught up; `None` when unknown.
    pub time_lag_ms: Option<i64>,
    pub owner: Option<Owner>,
    pub flags: Vec<LagFlag>,
    /// True when this partition breaches a threshold.
    pub breach: bool,
}

/// Computes one partition's lag at `now_ms`.
pub fn partition_lag(offsets: &PartitionOffsets, now_ms: i64) -> PartitionLag {
    let mut flags = Vec::new();
    let start = offsets.log_start;
    let end = offsets.log_end.max(start);
    if end == start {
        flags.push(LagFlag::EmptyPartition);
    }
    // Saturating: offsets are whatever the cluster answered, and a difference beyond i64 (an
    // offset of -1 against a log end near i64::MAX, say) must not wrap to a negative lag.
    let (mut lag, lost) = match offsets.committed {
        None => {
            flags.push(LagFlag::NoCommittedOffset);
            (end.saturating_sub(start), 0)
        }
        Some(committed) if committed < start => {
            flags.push(LagFlag::CommittedBelowLogStart);
            (end.saturating_sub(start), start.saturating_sub(committed))
        }
        Some(committed) if committed > end => {
            flags.push(LagFlag::CommittedBeyondEnd);
            (0, 0)
        }
        Some(committed) => (end.saturating_sub(committed), 0),
    };
    if lag > 0 && offsets.only_markers_remain {
        flags.push(LagFlag::TransactionMarkersOnly);
        lag = 0;
    }
    let time_lag_ms = if lag == 0 {
        Some(0)
    } else {
        offsets
            .next_record_timestamp_ms
            .map(|timestamp| now_ms.saturating_sub(timestamp).max(0))
    };
    PartitionLag {
        partition: offsets.partition,
        committed: offsets.committed,
        log_start: start,
        log_end: end,
        lag,
        lost,
        time_lag_ms,
        owner: offsets.owner.clone(),
        flags,
        breach: false,
    }
}

/// Lag of one topic within a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicLag {
    pub topic: String,
    pub total_lag: i64,
    pub max_lag: i64,
    pub max_time_lag_ms: Option<i64>,
    pub lost: i64,
    pub partitions: Vec<PartitionLag>,
}

/// Lag of one group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupLag {
    pub group: String,
    pub state: GroupState,
    pub members: usize,
    pub total_lag: i64,
    pub max_lag: i64,
    pub max_time_lag_ms: Option<i64>,
    pub lost: i64,
    pub topics: Vec<TopicLag>,
}

/// Rolls partition offsets up into a group's lag (topics and partitions sorted).
pub fn group_lag(
    group: &str,
    state: GroupState,
    members: usize,
    partitions: &[PartitionOffsets],
    now_ms: i64,
) -> GroupLag {
    let mut sorted: Vec<&PartitionOffsets> = partitions.iter().collect();
    sorted.sort_by(|a, b| (&a.topic, a.partition).cmp(&(&b.topic, b.partition)));
    let mut topics: Vec<TopicLag> = Vec::new();
    for offsets in sorted {
        let lag = partition_lag(offsets, now_ms);
        match topics.last_mut() {
            Some(topic) if topic.topic == offsets.topic => topic.partitions.push(lag),
            _ => topics.push(TopicLag {
                topic: offsets.topic.clone(),
                total_lag: 0,
                max_lag: 0,
                max_time_lag_ms: None,
                lost: 0,
                partitions: vec![lag],
            }),
        }
    }
    for topic in &mut topics {
        topic.total_lag = saturating_sum(topic.partitions.iter().map(|p| p.lag));
        topic.max_lag = topic.partitions.iter().map(|p| p.lag).max().unwrap_or(0);
        topic.max_time_lag_ms = topic.partitions.iter().filter_map(|p| p.time_lag_ms).max();
        topic.lost = saturating_sum(topic.partitions.iter().map(|p| p.lost));
    }
    GroupLag {
        group: group.to_string(),
        state,
        members,
        total_lag: saturating_sum(topics.iter().map(|t| t.total_lag)),
        max_lag: topics.iter().map(|t| t.max_lag).max().unwrap_or(0),
        max_time_lag_ms: topics.iter().filter_map(|t| t.max_time_lag_ms).max(),
        lost: saturating_sum(topics.iter().map(|t| t.lost)),
        topics,
    }
}

/// A sum of lags that stops at i64::MAX rather than wrapping negative.
fn saturating_sum(lags: impl Iterator<Item = i64>) -> i64 {
    lags.fold(0, i64::saturating_add)
}

/// Limits that make `kan lag` exit 5.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Thresholds {
    /// Maximum messages of lag: per group total, or per partition with `per_partition`.
    pub max_lag: Option<i64>,
    pub per_partition: bool,
    /// Maximum time lag of any partition.
    pub max_time_lag_ms: Option<i64>,
}

/// One threshold breach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Breach {
    pub group: String,
    /// `None` for a group-total breach.
    pub topic: Option<String>,
    pub partition: Option<i32>,
    /// What was measured and the limit it passed (`metric`, then its fields).
    #[serde(flatten)]
    pub measure: Measure,
    /// The `--rules` rule (1-based) whose limit this is; absent for command-line thresholds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<usize>,
}

/// What a breach measured, serialised as `"metric": "lag"` (or `time_lag_ms`, `status`) followed
/// by its fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "metric", rename_all = "snake_case")]
pub enum Measure {
    /// Messages behind, over `threshold`.
    Lag { value: i64, threshold: i64 },
    /// The next unread record's age, over `threshold`.
    TimeLagMs { value: i64, threshold: i64 },
    /// A `--rules` rule's `status_not_in`: the status is not one of `allowed`.
    Status {
        status: super::lag_trend::Status,
        allowed: Vec<super::lag_trend::Status>,
    },
}

/// Checks the thresholds, marks breaching partitions, and lists every breach.
pub fn check_thresholds(groups: &mut [GroupLag], thresholds: &Thresholds) -> Vec<Breach> {
    let mut breaches = Vec::new();
    for group in groups.iter_mut() {
        if let (Some(limit), false) = (thresholds.max_lag, thresholds.per_partition) {
            if group.total_lag > limit {
                breaches.push(Breach {
                    group: group.group.clone(),
                    topic: None,
                    partition: None,
                    measure: Measure::Lag {
                        value: group.total_lag,
                        threshold: limit,
                    },
                    rule: None,
                });
                for topic in &mut group.topics {
                    for partition in &mut topic.partitions {
                        partition.breach |= partition.lag > 0;
                    }
                }
            }
        }
        for topic in &mut group.topics {
            for partition in &mut topic.partitions {
                if let (Some(limit), true) = (thresholds.max_lag, thresholds.per_partition) {
                    if partition.lag > limit {
                        partition.breach = true;
                        breaches.push(Breach {
                            group: group.group.clone(),
                            topic: Some(topic.topic.clone()),
                            partition: Some(partition.partition),
                            measure: Measure::Lag {
                                value: partition.lag,
                                threshold: limit,
                            },
                            rule: None,
                        });
                    }
                }
                if let (Some(limit), Some(time_lag)) =
                    (thresholds.max_time_lag_ms, partition.time_lag_ms)
                {
                    if time_lag > limit {
                        partition.breach = true;
                        breaches.push(Breach {
                            group: group.group.clone(),
                            topic: Some(topic.topic.clone()),
                            partition: Some(partition.partition),
                            measure: Measure::TimeLagMs {
                                value: time_lag,
                                threshold: limit,
                            },
                            rule: None,
                        });
                    }
                }
            }
        }
    }
    breaches
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_000_000;

    fn offsets(committed: Option<i64>, start: i64, end: i64) -> PartitionOffsets {
        PartitionOffsets {
            topic: "t".into(),
            partition: 0,
            committed,
            log_start: start,
            log_end: end,
            next_record_timestamp_ms: None,
            only_markers_remain: false,
            owner: None,
        }
    }

    /// Found by `domain::properties::lag_is_never_negative`: these overflowed (a panic in
    /// debug builds, a negative lag in release ones).
    #[test]
    fn offsets_far_apart_saturate_instead_of_overflowing() {
        let lag = partition_lag(&offsets(Some(i64::MIN), 1 << 60, 1 << 61), NOW);
        assert_eq!((lag.lag, lag.lost), (1 << 60, i64::MAX));
        let lag = partition_lag(&offsets(None, -2, i64::MAX), NOW);
        assert_eq!(lag.lag, i64::MAX);
        let mut old = offsets(Some(i64::MIN), i64::MIN, i64::MAX);
        old.next_record_timestamp_ms = Some(i64::MIN);
        assert_eq!(partition_lag(&old, NOW).time_lag_ms, Some(i64::MAX));
        let mut busy = offsets(Some(0), 0, i64::MAX);
        busy.partition = 1;
        let group = group_lag(
            "g",
            GroupState::Stable,
            1,
            &[offsets(Some(0), 0, i64::MAX), busy],
            NOW,
        );
        assert_eq!((group.total_lag, group.max_lag), (i64::MAX, i64::MAX));
    }

    #[test]
    fn plain_lag_is_end_minus_committed() {
        let lag = partition_lag(&offsets(Some(40), 0, 100), NOW);
        assert_eq!((lag.lag, lag.lost), (60, 0));
        assert!(lag.flags.is_empty());
        assert_eq!(lag.time_lag_ms, None);
    }

    #[test]
    fn caught_up_has_zero_lag_and_zero_time_lag() {
        let lag = partition_lag(&offsets(Some(100), 0, 100), NOW);
        assert_eq!(lag.lag, 0);
        assert_eq!(lag.time_lag_ms, Some(0));
    }

    #[test]
    fn no_commit_counts_from_log_start() {
        let lag = partition_lag(&offsets(None, 30, 100), NOW);
        assert_eq!(lag.lag, 70);
        assert_eq!(lag.flags, vec![LagFlag::NoCommittedOffset]);
    }

    #[test]
    fn committed_below_log_start_counts_lost_messages() {
        let lag = partition_lag(&offsets(Some(10), 30, 100), NOW);
        assert_eq!((lag.lag, lag.lost), (70, 20));
        assert_eq!(lag.flags, vec![LagFlag::CommittedBelowLogStart]);
    }

    #[test]
    fn committed_beyond_end_is_flagged_not_negative() {
        let lag = partition_lag(&offsets(Some(150), 0, 100), NOW);
        assert_eq!(lag.lag, 0);
        assert_eq!(lag.flags, vec![LagFlag::CommittedBeyondEnd]);
    }

    #[test]
    fn empty_partitions() {
        let lag = partition_lag(&offsets(None, 5, 5), NOW);
        assert_eq!(lag.lag, 0);
        assert_eq!(
            lag.flags,
            vec![LagFlag::EmptyPartition, LagFlag::NoCommittedOffset]
        );
        assert_eq!(lag.time_lag_ms, Some(0));
    }

    #[test]
    fn transaction_markers_do_not_count_as_lag() {
        let mut only_marker = offsets(Some(10), 0, 11);
        only_marker.only_markers_remain = true;
        let lag = partition_lag(&only_marker, NOW);
        assert_eq!(lag.lag, 0);
        assert_eq!(lag.flags, vec![LagFlag::TransactionMarkersOnly]);
        assert_eq!(lag.time_lag_ms, Some(0));
    }

    #[test]
    fn time_lag_is_the_age_of_the_next_unread_record() {
        let mut behind = offsets(Some(5), 0, 10);
        behind.next_record_timestamp_ms = Some(NOW - 45_000);
        assert_eq!(partition_lag(&behind, NOW).time_lag_ms, Some(45_000));
        // Clock skew never makes it negative.
        behind.next_record_timestamp_ms = Some(NOW + 5_000);
        assert_eq!(partition_lag(&behind, NOW).time_lag_ms, Some(0));
    }

    fn group() -> GroupLag {
        let mut parts = vec![
            offsets(Some(90), 0, 100),
            offsets(Some(0), 0, 50),
            offsets(Some(7), 0, 7),
        ];
        parts[1].partition = 1;
        parts[1].next_record_timestamp_ms = Some(NOW - 60_000);
        parts[2].topic = "u".into();
        group_lag("g", GroupState::Stable, 2, &parts, NOW)
    }

    #[test]
    fn rolls_up_per_topic_and_group() {
        let group = group();
        assert_eq!(group.total_lag, 60);
        assert_eq!(group.max_lag, 50);
        assert_eq!(group.max_time_lag_ms, Some(60_000));
        assert_eq!(group.topics.len(), 2);
        assert_eq!(group.topics[0].total_lag, 60);
        assert_eq!(group.topics[1].total_lag, 0);
    }

    #[test]
    fn thresholds_total_per_partition_and_time() {
        let mut groups = vec![group()];
        let none = check_thresholds(
            &mut groups,
            &Thresholds {
                max_lag: Some(60),
                ..Default::default()
            },
        );
        assert!(none.is_empty());

        let total = check_thresholds(
            &mut groups,
            &Thresholds {
                max_lag: Some(59),
                ..Default::default()
            },
        );
        assert_eq!(total.len(), 1);
        assert_eq!(total[0].partition, None);
        assert!(matches!(
            total[0].measure,
            Measure::Lag {
                value: 60,
                threshold: 59
            }
        ));

        let mut groups = vec![group()];
        let per_partition = check_thresholds(
            &mut groups,
            &Thresholds {
                max_lag: Some(20),
                per_partition: true,
                ..Default::default()
            },
        );
        assert_eq!(per_partition.len(), 1);
        assert_eq!(per_partition[0].partition, Some(1));
        assert!(groups[0].topics[0].partitions[1].breach);
        assert!(!groups[0].topics[0].partitions[0].breach);

        let mut groups = vec![group()];
        let time = check_thresholds(
            &mut groups,
            &Thresholds {
                max_time_lag_ms: Some(30_000),
                ..Default::default()
            },
        );
        assert_eq!(time.len(), 1);
        assert_eq!(
            time[0].measure,
            Measure::TimeLagMs {
                value: 60_000,
                threshold: 30_000
            }
        );
        assert_eq!(
            serde_json::to_value(&time[0]).unwrap(),
            serde_json::json!({"group": "g", "topic": "t", "partition": 1,
                "metric": "time_lag_ms", "value": 60_000, "threshold": 30_000})
        );
    }
}

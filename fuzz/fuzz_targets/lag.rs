//! Lag arithmetic: `kan lag` per partition, topic and group, its thresholds, and the
//! `--watch` trend.
//!
//! Properties, for any offsets, bounds and clocks: lag, lost messages and time lag are never
//! negative; a caught-up partition has no time lag; a topic's and a group's totals are the
//! (saturating) sums and maxima of their partitions', which come sorted; a breach is reported
//! exactly where a limit is exceeded. The trend never panics, a sample count matches, an
//! estimate to catch up is never negative, and a window too short or going back in time is
//! Unknown.

#![no_main]

use std::collections::BTreeMap;

use arbitrary::Arbitrary;
use kan::domain::group::GroupState;
use kan::domain::lag::{check_thresholds, group_lag, Measure, PartitionOffsets, Thresholds};
use kan::domain::lag_trend::{assess, Snapshot, Status};
use libfuzzer_sys::fuzz_target;

const TOPICS: &[&str] = &["a", "b", "c"];

#[derive(Arbitrary, Debug)]
enum Input {
    Lag {
        now_ms: i64,
        partitions: Vec<Partition>,
        max_lag: Option<i64>,
        per_partition: bool,
        max_time_lag_ms: Option<i64>,
    },
    Trend {
        window: Vec<Sample>,
        active: bool,
        /// Halved, as a lag.
        near_zero: u64,
    },
}

#[derive(Arbitrary, Debug)]
struct Partition {
    topic: u8,
    partition: i32,
    committed: Option<i64>,
    log_start: i64,
    log_end: i64,
    next_record_timestamp_ms: Option<i64>,
    only_markers_remain: bool,
}

#[derive(Arbitrary, Debug)]
struct Sample {
    at_ms: i64,
    /// Halved: a group's total lag is never negative (the properties above).
    total_lag: u64,
    committed: Vec<(u8, i32, i64)>,
    log_end_total: i64,
}

fn saturating_sum(values: impl Iterator<Item = i64>) -> i64 {
    values.fold(0i64, i64::saturating_add)
}

fn check_lag(now_ms: i64, partitions: Vec<Partition>, thresholds: Thresholds) {
    let partitions: Vec<PartitionOffsets> = partitions
        .into_iter()
        .map(|p| PartitionOffsets {
            topic: TOPICS[usize::from(p.topic) % TOPICS.len()].to_string(),
            partition: p.partition,
            committed: p.committed,
            log_start: p.log_start,
            log_end: p.log_end,
            next_record_timestamp_ms: p.next_record_timestamp_ms,
            only_markers_remain: p.only_markers_remain,
            owner: None,
        })
        .collect();
    let mut groups = [group_lag("g", GroupState::Stable, 1, &partitions, now_ms)];
    let group = &groups[0];
    let mut keys = Vec::new();
    for topic in &group.topics {
        for lag in &topic.partitions {
            keys.push((topic.topic.clone(), lag.partition));
            assert!(lag.lag >= 0 && lag.lost >= 0, "{lag:?}");
            assert!(lag.log_start <= lag.log_end, "{lag:?}");
            assert!(
                lag.lag <= lag.log_end.saturating_sub(lag.log_start),
                "{lag:?}"
            );
            match lag.time_lag_ms {
                Some(ms) => assert!(ms >= 0 && (lag.lag > 0 || ms == 0), "{lag:?}"),
                None => assert!(lag.lag > 0, "{lag:?}"),
            }
        }
        assert_eq!(
            topic.total_lag,
            saturating_sum(topic.partitions.iter().map(|p| p.lag))
        );
        assert_eq!(
            topic.lost,
            saturating_sum(topic.partitions.iter().map(|p| p.lost))
        );
        assert_eq!(
            topic.max_lag,
            topic.partitions.iter().map(|p| p.lag).max().unwrap_or(0)
        );
        assert!(topic.total_lag >= topic.max_lag && topic.max_lag >= 0);
    }
    assert_eq!(keys.len(), partitions.len());
    assert!(
        keys.windows(2).all(|pair| pair[0] <= pair[1]),
        "not sorted: {keys:?}"
    );
    assert_eq!(
        group.total_lag,
        saturating_sum(group.topics.iter().map(|t| t.total_lag))
    );
    assert_eq!(
        group.lost,
        saturating_sum(group.topics.iter().map(|t| t.lost))
    );
    assert!(group.total_lag >= group.max_lag && group.max_lag >= 0 && group.lost >= 0);
    assert!(group.max_time_lag_ms.is_none_or(|ms| ms >= 0));

    let breaches = check_thresholds(&mut groups, &thresholds);
    let group = &groups[0];
    let mut expected = 0;
    if let (Some(limit), false) = (thresholds.max_lag, thresholds.per_partition) {
        expected += usize::from(group.total_lag > limit);
    }
    for topic in &group.topics {
        for lag in &topic.partitions {
            let over_lag =
                thresholds.per_partition && thresholds.max_lag.is_some_and(|limit| lag.lag > limit);
            let over_time = matches!(
                (thresholds.max_time_lag_ms, lag.time_lag_ms),
                (Some(limit), Some(ms)) if ms > limit
            );
            expected += usize::from(over_lag) + usize::from(over_time);
            if over_lag || over_time {
                assert!(lag.breach, "{lag:?} not marked");
            }
        }
    }
    assert_eq!(breaches.len(), expected, "{breaches:?}");
    for breach in &breaches {
        match breach.measure {
            Measure::Lag { value, threshold } | Measure::TimeLagMs { value, threshold } => {
                assert!(value > threshold, "{breach:?}");
            }
            Measure::Status { .. } => panic!("a status breach from thresholds: {breach:?}"),
        }
    }
}

fn check_trend(window: Vec<Sample>, active: bool, near_zero: i64) {
    let window: Vec<Snapshot> = window
        .into_iter()
        .map(|sample| Snapshot {
            at_ms: sample.at_ms,
            total_lag: (sample.total_lag >> 1) as i64,
            committed: sample
                .committed
                .into_iter()
                .map(|(t, p, offset)| {
                    (
                        (TOPICS[usize::from(t) % TOPICS.len()].to_string(), p),
                        offset,
                    )
                })
                .collect::<BTreeMap<_, _>>(),
            log_end_total: sample.log_end_total,
        })
        .collect();
    let trend = assess(&window, active, near_zero);
    assert_eq!(trend.samples, window.len());
    let unknown = window.len() < 2 || window[window.len() - 1].at_ms <= window[0].at_ms;
    assert_eq!(trend.status == Status::Unknown, unknown, "{trend:?}");
    assert!(trend.eta_ms.is_none_or(|ms| ms >= 0), "{trend:?}");
    assert!(
        !trend.consume_rate.is_nan() && !trend.produce_rate.is_nan(),
        "{trend:?}"
    );
}

fuzz_target!(|input: Input| match input {
    Input::Lag {
        now_ms,
        partitions,
        max_lag,
        per_partition,
        max_time_lag_ms,
    } => check_lag(
        now_ms,
        partitions,
        Thresholds {
            max_lag,
            per_partition,
            max_time_lag_ms,
        },
    ),
    Input::Trend {
        window,
        active,
        near_zero,
    } => check_trend(window, active, (near_zero >> 1) as i64),
});

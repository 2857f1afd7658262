//! Lag over time for `kan lag --watch`: a group's status in Burrow's terms, and how long it
//! will take to catch up at the current consume and produce rates.
//!
//! Kafka's APIs give committed offsets but not when they were committed, so "the consumer is
//! alive but not moving" (STALL) is told from "nobody is consuming" (STOP) by whether the
//! group has active members.

use std::collections::BTreeMap;

use serde::Serialize;

/// One observation of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub at_ms: i64,
    pub total_lag: i64,
    /// Committed offset per (topic, partition).
    pub committed: BTreeMap<(String, i32), i64>,
    /// Sum of log end offsets over the same partitions.
    pub log_end_total: i64,
}

/// The committed offsets of one group: (topic, partition) → offset.
pub type Committed = BTreeMap<(String, i32), i64>;

/// A snapshot reduced to what its trend needs: a few words instead of a map per partition, so a
/// window of them stays small whatever the group reads (measured by `scripts/bench lag-serve`:
/// windows of whole snapshots grew `kan lag serve` from 48 to 160 MB at 100 groups × 1,000
/// partitions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample {
    pub at_ms: i64,
    pub total_lag: i64,
    /// Wide: the sum of many offsets, and the difference of two such sums, may not fit an i64.
    pub committed_total: i128,
    pub log_end_total: i64,
    /// A committed offset went backwards since the snapshot before.
    pub rewound: bool,
    /// A digest of the committed offsets, telling whether any moved between two samples.
    pub committed_digest: u64,
}

/// Committed offsets compactly, for telling a rewind at the next snapshot: 16 bytes a partition
/// (a 64-bit digest of the topic and partition) instead of a string-keyed map's ~80.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompactOffsets(std::collections::HashMap<u64, i64>);

impl CompactOffsets {
    pub fn of(committed: &Committed) -> Self {
        CompactOffsets(
            committed
                .iter()
                .map(|((topic, partition), offset)| (key(topic, *partition), *offset))
                .collect(),
        )
    }

    fn get(&self, topic: &str, partition: i32) -> Option<i64> {
        self.0.get(&key(topic, partition)).copied()
    }
}

fn key(topic: &str, partition: i32) -> u64 {
    let mut digest = xxhash_rust::xxh3::Xxh3::new();
    digest.update(topic.as_bytes());
    digest.update(&[0xff]);
    digest.update(&partition.to_le_bytes());
    digest.digest()
}

impl Sample {
    /// `snapshot` reduced, compared with the committed offsets of the one before (if any).
    pub fn of(snapshot: &Snapshot, previous: Option<&CompactOffsets>) -> Sample {
        let mut digest = xxhash_rust::xxh3::Xxh3::new();
        for ((topic, partition), offset) in &snapshot.committed {
            digest.update(&key(topic, *partition).to_le_bytes());
            digest.update(&offset.to_le_bytes());
        }
        let rewound = previous.is_some_and(|before| {
            snapshot
                .committed
                .iter()
                .any(|((topic, partition), offset)| {
                    before
                        .get(topic, *partition)
                        .is_some_and(|earlier| *offset < earlier)
                })
        });
        Sample {
            at_ms: snapshot.at_ms,
            total_lag: snapshot.total_lag,
            committed_total: snapshot
                .committed
                .values()
                .map(|&offset| i128::from(offset))
                .sum(),
            log_end_total: snapshot.log_end_total,
            rewound,
            committed_digest: digest.digest(),
        }
    }
}

/// A group's status over the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Status {
    /// Lag was at or near zero at some point in the window, or is shrinking.
    Ok,
    /// Lag grew through the whole window.
    Warn,
    /// Members are active but the committed offsets did not move while lag > 0.
    Stall,
    /// No member and no commit for the whole window while lag > 0.
    Stop,
    /// A committed offset went backwards.
    Rewind,
    /// Not enough observations yet.
    Unknown,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Ok,
        Status::Warn,
        Status::Stall,
        Status::Stop,
        Status::Rewind,
        Status::Unknown,
    ];

    /// The name JSON, metrics and rules files use.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "OK",
            Status::Warn => "WARN",
            Status::Stall => "STALL",
            Status::Stop => "STOP",
            Status::Rewind => "REWIND",
            Status::Unknown => "UNKNOWN",
        }
    }

    /// The status of that name, in any case.
    pub fn named(name: &str) -> Option<Status> {
        Status::ALL
            .into_iter()
            .find(|status| status.as_str().eq_ignore_ascii_case(name))
    }
}

/// Status plus the rates behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trend {
    pub status: Status,
    pub samples: usize,
    /// Total lag change over the window.
    pub lag_change: i64,
    /// Messages committed per second over the window.
    pub consume_rate: f64,
    /// Messages produced per second over the window.
    pub produce_rate: f64,
    /// Estimated milliseconds until caught up; `None` when not catching up.
    pub eta_ms: Option<i64>,
}

/// Assesses a window of snapshots (oldest first). `near_zero` is the lag that still counts
/// as caught up; `active` says whether the group has members now.
pub fn assess(window: &[Snapshot], active: bool, near_zero: i64) -> Trend {
    let samples: Vec<Sample> = window
        .iter()
        .enumerate()
        .map(|(index, snapshot)| {
            let previous = index
                .checked_sub(1)
                .map(|before| CompactOffsets::of(&window[before].committed));
            Sample::of(snapshot, previous.as_ref())
        })
        .collect();
    assess_samples(&samples, active, near_zero)
}

/// [`assess`] on reduced snapshots.
pub fn assess_samples(window: &[Sample], active: bool, near_zero: i64) -> Trend {
    let (Some(first), Some(last)) = (window.first(), window.last()) else {
        return unknown(0);
    };
    if window.len() < 2 || last.at_ms <= first.at_ms {
        return unknown(window.len());
    }
    let change = |from: i64, to: i64| (i128::from(to) - i128::from(from)) as f64;
    let seconds = change(first.at_ms, last.at_ms) / 1000.0;
    let consume_rate = (last.committed_total - first.committed_total) as f64 / seconds;
    let produce_rate = change(first.log_end_total, last.log_end_total) / seconds;
    let net = consume_rate - produce_rate;
    let eta_ms = if last.total_lag <= near_zero {
        Some(0)
    } else if net > 0.0 {
        Some((last.total_lag as f64 / net * 1000.0).round() as i64)
    } else {
        None
    };
    // The first sample's flag compares it with one outside the window.
    let rewound = window[1..].iter().any(|sample| sample.rewound);
    let moved = first.committed_digest != last.committed_digest;
    let growing = window
        .windows(2)
        .all(|pair| pair[1].total_lag >= pair[0].total_lag)
        && last.total_lag > first.total_lag;
    let status = if rewound {
        Status::Rewind
    } else if window
        .iter()
        .any(|snapshot| snapshot.total_lag <= near_zero)
    {
        Status::Ok
    } else if !moved {
        if active {
            Status::Stall
        } else {
            Status::Stop
        }
    } else if growing {
        Status::Warn
    } else {
        Status::Ok
    };
    Trend {
        status,
        samples: window.len(),
        lag_change: last.total_lag.saturating_sub(first.total_lag),
        consume_rate,
        produce_rate,
        eta_ms,
    }
}

fn unknown(samples: usize) -> Trend {
    Trend {
        status: Status::Unknown,
        samples,
        lag_change: 0,
        consume_rate: 0.0,
        produce_rate: 0.0,
        eta_ms: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot(at_s: i64, committed: i64, log_end: i64) -> Snapshot {
        Snapshot {
            at_ms: at_s * 1000,
            total_lag: log_end - committed,
            committed: BTreeMap::from([(("t".to_string(), 0), committed)]),
            log_end_total: log_end,
        }
    }

    /// Offsets and clocks far apart overflowed (a panic in debug builds); found while writing
    /// the lag fuzz target.
    #[test]
    fn totals_and_times_far_apart_do_not_overflow() {
        let first = Snapshot {
            at_ms: i64::MIN,
            total_lag: 0,
            committed: BTreeMap::from([
                (("t".to_string(), 0), i64::MAX),
                (("t".to_string(), 1), i64::MAX),
            ]),
            log_end_total: i64::MIN,
        };
        let last = Snapshot {
            at_ms: i64::MAX,
            total_lag: i64::MAX,
            committed: BTreeMap::from([(("t".to_string(), 0), i64::MIN)]),
            log_end_total: i64::MAX,
        };
        let trend = assess(&[first, last], true, 0);
        assert_eq!(trend.status, Status::Rewind);
        assert_eq!(trend.lag_change, i64::MAX);
        assert!(trend.consume_rate < 0.0 && trend.produce_rate > 0.0);
    }

    #[test]
    fn one_sample_is_not_enough() {
        assert_eq!(
            assess(&[snapshot(0, 5, 10)], true, 0).status,
            Status::Unknown
        );
        assert_eq!(assess(&[], true, 0).status, Status::Unknown);
    }

    #[test]
    fn caught_up_at_some_point_is_ok() {
        let window = [
            snapshot(0, 10, 10),
            snapshot(5, 10, 20),
            snapshot(10, 15, 30),
        ];
        assert_eq!(assess(&window, true, 0).status, Status::Ok);
    }

    #[test]
    fn growing_lag_while_consuming_is_warn() {
        let window = [snapshot(0, 0, 10), snapshot(5, 5, 30), snapshot(10, 10, 60)];
        let trend = assess(&window, true, 0);
        assert_eq!(trend.status, Status::Warn);
        assert_eq!(trend.lag_change, 40);
        assert_eq!(trend.eta_ms, None, "falling behind never catches up");
    }

    #[test]
    fn not_moving_with_members_is_stall_without_is_stop() {
        let window = [snapshot(0, 5, 50), snapshot(5, 5, 60), snapshot(10, 5, 70)];
        assert_eq!(assess(&window, true, 0).status, Status::Stall);
        assert_eq!(assess(&window, false, 0).status, Status::Stop);
    }

    #[test]
    fn going_backwards_is_rewind() {
        let window = [
            snapshot(0, 50, 100),
            snapshot(5, 20, 100),
            snapshot(10, 30, 100),
        ];
        assert_eq!(assess(&window, true, 0).status, Status::Rewind);
    }

    #[test]
    fn shrinking_lag_is_ok_with_an_eta() {
        // Consuming 10/s, producing 2/s: 8/s net; 40 behind at the end → 5s.
        let window = [
            snapshot(0, 0, 200),
            snapshot(10, 100, 220),
            snapshot(20, 200, 240),
        ];
        let trend = assess(&window, true, 0);
        assert_eq!(trend.status, Status::Ok);
        assert_eq!(trend.consume_rate, 10.0);
        assert_eq!(trend.produce_rate, 2.0);
        assert_eq!(trend.lag_change, -160);
        assert_eq!(trend.eta_ms, Some(5_000));
    }
}

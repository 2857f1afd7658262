//! State that `kan lag --watch` and `kan lag serve` keep between reads of Kafka, bounded: a
//! window of samples per group (for its status), the previous log end per partition (for the
//! produce rate), and the exporter's own counters. Groups and partitions that disappear are
//! forgotten at the next read.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use super::lag_trend::{self, CompactOffsets, Sample, Snapshot, Trend};

/// The most samples kept per group, whatever the window and interval (memory bound).
pub const MAX_SAMPLES: usize = 256;

/// Each group's recent samples, reduced (see [`Sample`]), and its last committed offsets.
#[derive(Debug, Clone)]
pub struct Histories {
    window_ms: i64,
    groups: BTreeMap<String, History>,
}

#[derive(Debug, Clone, Default)]
struct History {
    samples: VecDeque<Sample>,
    last: CompactOffsets,
}

impl Histories {
    pub fn new(window_ms: i64) -> Self {
        Histories {
            window_ms,
            groups: BTreeMap::new(),
        }
    }

    /// Adds a sample of `group` and judges its status over the window.
    pub fn observe(&mut self, group: &str, snapshot: Snapshot, active: bool) -> Trend {
        let history = match self.groups.get_mut(group) {
            Some(history) => history,
            None => self.groups.entry(group.to_string()).or_default(),
        };
        let previous = (!history.samples.is_empty()).then_some(&history.last);
        let sample = Sample::of(&snapshot, previous);
        history.last = CompactOffsets::of(&snapshot.committed);
        let window = &mut history.samples;
        window.push_back(sample);
        let newest = sample.at_ms;
        while window.len() > MAX_SAMPLES
            || window
                .front()
                .is_some_and(|s| newest.saturating_sub(s.at_ms) > self.window_ms)
        {
            window.pop_front();
        }
        lag_trend::assess_samples(window.make_contiguous(), active, 0)
    }

    /// Forgets the groups not in `present`.
    pub fn retain(&mut self, present: &BTreeSet<&str>) {
        self.groups
            .retain(|group, _| present.contains(group.as_str()));
    }

    /// How many groups have a history.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// A partition's log bounds as last read, with its produce rate since the read before.
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionRow {
    pub topic: String,
    pub partition: i32,
    pub log_start: i64,
    pub log_end: i64,
    /// Records per second appended since the previous read; `None` on the first read.
    pub produce_rate: Option<f64>,
}

/// The previous log end of each partition, to turn two reads into a rate.
#[derive(Debug, Clone, Default)]
pub struct ProduceRates {
    last: BTreeMap<(String, i32), (i64, i64)>,
}

impl ProduceRates {
    /// Rows for this read (`bounds`: start and end per partition, read at `at_ms`). Only the
    /// partitions of this read are remembered.
    pub fn observe(
        &mut self,
        at_ms: i64,
        bounds: &BTreeMap<(String, i32), (i64, i64)>,
    ) -> Vec<PartitionRow> {
        let mut rows = Vec::with_capacity(bounds.len());
        let mut next = BTreeMap::new();
        for ((topic, partition), &(start, end)) in bounds {
            let key = (topic.clone(), *partition);
            let produce_rate = self.last.get(&key).and_then(|&(then, before)| {
                let seconds = at_ms.saturating_sub(then) as f64 / 1000.0;
                (seconds > 0.0 && end >= before).then(|| (end - before) as f64 / seconds)
            });
            rows.push(PartitionRow {
                topic: topic.clone(),
                partition: *partition,
                log_start: start,
                log_end: end,
                produce_rate,
            });
            next.insert(key, (at_ms, end));
        }
        self.last = next;
        rows
    }
}

/// Why a read of Kafka failed, as the `kind` label of `kan_refresh_errors_total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RefreshError {
    /// The cluster could not be reached or refused a request.
    Kafka,
    /// A group or topic vanished between two requests of one read.
    NotFound,
    /// Anything else (a bug).
    Internal,
}

impl RefreshError {
    pub const ALL: [RefreshError; 3] = [
        RefreshError::Kafka,
        RefreshError::NotFound,
        RefreshError::Internal,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RefreshError::Kafka => "kafka",
            RefreshError::NotFound => "not_found",
            RefreshError::Internal => "internal",
        }
    }
}

/// Where `kan lag serve` sends notifications.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Channel {
    Command,
    Webhook,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Command => "command",
            Channel::Webhook => "webhook",
        }
    }
}

/// How a notification ended on one channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Delivery {
    Sent,
    /// Every attempt failed, or it was dropped because too many were waiting.
    Failed,
}

impl Delivery {
    pub const ALL: [Delivery; 2] = [Delivery::Sent, Delivery::Failed];

    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Sent => "sent",
            Delivery::Failed => "failed",
        }
    }
}

/// The exporter's own state, for `kan_up` and friends.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExporterStats {
    /// Whether the last read of Kafka succeeded.
    pub up: bool,
    /// Unix time of the last successful read, seconds.
    pub last_success_seconds: Option<f64>,
    /// How long the last read took, seconds.
    pub refresh_seconds: f64,
    pub refreshes: u64,
    pub errors: BTreeMap<RefreshError, u64>,
    /// Notifications by channel and outcome (only the configured channels appear).
    pub notifications: BTreeMap<(Channel, Delivery), u64>,
    /// Failed attempts by channel, retried ones included.
    pub notify_attempt_failures: BTreeMap<Channel, u64>,
    /// The channels configured (`--notify-command`, `--notify-webhook`).
    pub channels_in_use: Vec<Channel>,
}

impl ExporterStats {
    /// The notification channels in use (set at start, so their counters show from 0).
    pub fn channels(&self) -> impl Iterator<Item = Channel> + '_ {
        self.channels_in_use.iter().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(at_s: i64, committed: i64, end: i64) -> Snapshot {
        Snapshot {
            at_ms: at_s * 1000,
            total_lag: end - committed,
            committed: BTreeMap::from([(("t".to_string(), 0), committed)]),
            log_end_total: end,
        }
    }

    #[test]
    fn histories_keep_the_window_and_forget_vanished_groups() {
        let mut histories = Histories::new(10_000);
        assert_eq!(
            histories.observe("g", sample(0, 5, 10), false).status,
            lag_trend::Status::Unknown
        );
        histories.observe("g", sample(5, 5, 20), false);
        let trend = histories.observe("g", sample(20, 5, 30), false);
        // The sample at 0 s left the 10 s window; 5 s → 20 s is also outside it, so one remains.
        assert_eq!(trend.samples, 1);
        histories.observe("h", sample(0, 0, 0), true);
        histories.retain(&BTreeSet::from(["h"]));
        assert_eq!(histories.len(), 1);
    }

    /// The reduced samples judge as the whole snapshots did: the same trend at every read,
    /// rewinds and stalls included, as the window slides.
    #[test]
    fn reduced_samples_judge_as_whole_snapshots() {
        let committed = [5, 5, 9, 7, 7, 7, 12, 12, 3, 20, 20, 20];
        let mut histories = Histories::new(4_000);
        let mut window: Vec<Snapshot> = Vec::new();
        for (second, &offset) in (0..).zip(&committed) {
            let snapshot = sample(second, offset, 25 + second);
            window.push(snapshot.clone());
            window.retain(|s| second * 1000 - s.at_ms <= 4_000);
            let reduced = histories.observe("g", snapshot, second % 3 == 0);
            let whole = lag_trend::assess(&window, second % 3 == 0, 0);
            assert_eq!(reduced, whole, "at {second} s");
        }
    }

    #[test]
    fn histories_are_capped_in_samples() {
        let mut histories = Histories::new(i64::MAX);
        let mut trend = None;
        for second in 0..(MAX_SAMPLES as i64 + 50) {
            trend = Some(histories.observe("g", sample(second, second, second + 1), true));
        }
        assert_eq!(trend.unwrap().samples, MAX_SAMPLES);
    }

    #[test]
    fn produce_rates_come_from_two_reads() {
        let mut rates = ProduceRates::default();
        let first = rates.observe(0, &BTreeMap::from([(("t".to_string(), 0), (0, 100))]));
        assert_eq!(first[0].produce_rate, None);
        let second = rates.observe(
            2_000,
            &BTreeMap::from([
                (("t".to_string(), 0), (0, 150)),
                (("u".to_string(), 1), (3, 4)),
            ]),
        );
        assert_eq!(second[0].produce_rate, Some(25.0));
        assert_eq!((second[1].log_start, second[1].produce_rate), (3, None));
        // A partition that went away is forgotten; a log end that went backwards (a recreated
        // topic) gives no rate.
        let third = rates.observe(3_000, &BTreeMap::from([(("t".to_string(), 0), (0, 10))]));
        assert_eq!(third.len(), 1);
        assert_eq!(third[0].produce_rate, None);
        assert_eq!(rates.last.len(), 1);
    }
}

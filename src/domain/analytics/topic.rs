//! `kan watch topic`: per-partition record and byte rates, sizes, and key skew for any topic.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::domain::schema::SchemaKind;

use super::rates::RateCounter;
use super::topk::TopK;
use crate::domain::timestamp::format_rfc3339_millis;

#[derive(Default)]
struct PartitionStats {
    records: u64,
    bytes: u64,
    null_keys: u64,
    rate: RateCounter,
    byte_rate: RateCounter,
}

/// Running statistics of one topic.
pub struct TopicWatch {
    topic: String,
    partitions: BTreeMap<i32, PartitionStats>,
    keys: TopK,
    top: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicSnapshot {
    pub at: String,
    pub topic: String,
    pub records: u64,
    pub bytes: u64,
    pub records_per_second: f64,
    pub bytes_per_second: f64,
    pub partitions: Vec<PartitionSnapshot>,
    pub top_keys: Vec<KeyShare>,
    pub top_keys_exact: bool,
    /// Records in the busiest partition over the mean per partition (1.0 = even).
    pub partition_skew: f64,
    /// Values decoded with a registered schema, by schema id (`--value-format`, or a
    /// configured registry); empty otherwise.
    pub value_schemas: Vec<SchemaTally>,
    /// Keys and values that could not be decoded as asked, by cause.
    pub undecodable: BTreeMap<String, u64>,
}

/// Values read with one schema.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SchemaTally {
    pub id: u32,
    pub format: SchemaKind,
    pub records: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartitionSnapshot {
    pub partition: i32,
    pub records: u64,
    pub bytes: u64,
    pub records_per_second: f64,
    pub bytes_per_second: f64,
    pub avg_record_bytes: f64,
    pub null_keys: u64,
    /// Log start and end when known (live mode).
    pub log_start: Option<i64>,
    pub log_end: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyShare {
    pub key: String,
    pub records: u64,
    /// Fraction of all records read.
    pub share: f64,
}

impl TopicWatch {
    pub fn new(topic: &str, partitions: &[i32], top: usize) -> Self {
        TopicWatch {
            topic: topic.to_string(),
            partitions: partitions
                .iter()
                .map(|partition| (*partition, PartitionStats::default()))
                .collect(),
            keys: TopK::new(top.max(1) * 20),
            top,
        }
    }

    /// Shows `top` keys from now on (at least one).
    pub fn set_top(&mut self, top: usize) {
        self.top = top.max(1);
    }

    /// Keys shown.
    pub fn top(&self) -> usize {
        self.top
    }

    /// One record read at `now_ms`.
    pub fn record(&mut self, partition: i32, key: Option<&[u8]>, value_len: usize, now_ms: i64) {
        let shown = key.map(String::from_utf8_lossy);
        let key_len = key.map_or(0, <[u8]>::len);
        self.record_shown(partition, key_len, shown.as_deref(), value_len, now_ms);
    }

    /// One record whose key is shown as `key` (decoded by its schema, say); `key_len` is its
    /// size in bytes.
    pub fn record_shown(
        &mut self,
        partition: i32,
        key_len: usize,
        key: Option<&str>,
        value_len: usize,
        now_ms: i64,
    ) {
        let size = value_len + key_len;
        let stats = self.partitions.entry(partition).or_default();
        stats.records += 1;
        stats.bytes += size as u64;
        stats.rate.add(now_ms);
        for _ in 0..size.div_ceil(1024) {
            stats.byte_rate.add(now_ms);
        }
        match key {
            Some(key) => self.keys.add(key, 0),
            None => stats.null_keys += 1,
        }
    }

    /// The statistics now; `bounds` are the log start/end per partition when known.
    pub fn snapshot(&self, now_ms: i64, bounds: &BTreeMap<i32, (i64, i64)>) -> TopicSnapshot {
        let partitions: Vec<PartitionSnapshot> = self
            .partitions
            .iter()
            .map(|(partition, stats)| PartitionSnapshot {
                partition: *partition,
                records: stats.records,
                bytes: stats.bytes,
                records_per_second: stats.rate.per_second(now_ms, 1),
                // Byte rates are counted in KiB steps.
                bytes_per_second: stats.byte_rate.per_second(now_ms, 1) * 1024.0,
                avg_record_bytes: if stats.records == 0 {
                    0.0
                } else {
                    stats.bytes as f64 / stats.records as f64
                },
                null_keys: stats.null_keys,
                log_start: bounds.get(partition).map(|(low, _)| *low),
                log_end: bounds.get(partition).map(|(_, high)| *high),
            })
            .collect();
        let records: u64 = partitions.iter().map(|p| p.records).sum();
        let mean = if partitions.is_empty() {
            0.0
        } else {
            records as f64 / partitions.len() as f64
        };
        let busiest = partitions.iter().map(|p| p.records).max().unwrap_or(0);
        TopicSnapshot {
            at: format_rfc3339_millis(now_ms),
            topic: self.topic.clone(),
            records,
            bytes: partitions.iter().map(|p| p.bytes).sum(),
            records_per_second: partitions.iter().map(|p| p.records_per_second).sum(),
            bytes_per_second: partitions.iter().map(|p| p.bytes_per_second).sum(),
            top_keys: self
                .keys
                .top(self.top)
                .into_iter()
                .map(|(key, tally)| KeyShare {
                    key: key.to_string(),
                    records: tally.count,
                    share: if records == 0 {
                        0.0
                    } else {
                        tally.count as f64 / records as f64
                    },
                })
                .collect(),
            top_keys_exact: self.keys.is_exact(),
            partition_skew: if mean > 0.0 {
                busiest as f64 / mean
            } else {
                0.0
            },
            partitions,
            value_schemas: Vec::new(),
            undecodable: BTreeMap::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_skew_and_key_shares() {
        let mut watch = TopicWatch::new("t", &[0, 1], 2);
        for index in 0..30 {
            watch.record(0, Some(b"hot"), 98, 1_000 + index);
        }
        for _ in 0..10 {
            watch.record(1, Some(b"cold"), 8, 1_500);
        }
        watch.record(1, None, 10, 1_500);
        let snapshot = watch.snapshot(2_000, &BTreeMap::from([(0, (0, 30))]));
        assert_eq!(snapshot.records, 41);
        assert_eq!(snapshot.partitions[0].bytes, 30 * 101);
        assert_eq!(snapshot.partitions[0].avg_record_bytes, 101.0);
        assert_eq!(snapshot.partitions[0].records_per_second, 30.0);
        assert_eq!(snapshot.partitions[0].log_end, Some(30));
        assert_eq!(snapshot.partitions[1].null_keys, 1);
        assert_eq!(snapshot.top_keys[0].key, "hot");
        assert!((snapshot.top_keys[0].share - 30.0 / 41.0).abs() < 1e-9);
        assert!((snapshot.partition_skew - 30.0 / 20.5).abs() < 1e-9);
    }
}

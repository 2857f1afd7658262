//! Reading positions: where each partition starts (`--from`), and when `--until-end` has
//! reached the end offsets captured at start.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use super::timestamp::parse_rfc3339_millis;
use super::units::parse_duration;

/// Where to start reading each partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartSpec {
    Beginning,
    End,
    /// The group's committed offset (group mode).
    Stored,
    Offset(i64),
    /// N records before the end.
    FromEnd(i64),
    /// The first record at or after this time (epoch ms).
    Time(i64),
    /// The first record at or after now minus this.
    Ago(Duration),
}

/// Parses `beginning`, `end`, `stored`, `1234`, `-100`, `@2024-05-01T12:00:00Z`, `@-1h`.
pub fn parse_start(text: &str) -> Result<StartSpec, String> {
    let text = text.trim();
    match text {
        "beginning" | "earliest" | "start" => return Ok(StartSpec::Beginning),
        "end" | "latest" => return Ok(StartSpec::End),
        "stored" | "committed" => return Ok(StartSpec::Stored),
        _ => {}
    }
    if let Some(rest) = text.strip_prefix('@') {
        if let Some(ago) = rest.strip_prefix('-') {
            return parse_duration(ago)
                .map(StartSpec::Ago)
                .map_err(|_| format!("invalid --from '{text}': expected @-DURATION such as @-1h"));
        }
        return parse_rfc3339_millis(rest)
            .map(StartSpec::Time)
            .ok_or_else(|| {
                format!("invalid --from '{text}': expected @RFC3339 such as @2024-05-01T12:00:00Z")
            });
    }
    if let Some(count) = text.strip_prefix('-') {
        return match count.parse::<i64>() {
            Ok(count) if count > 0 => Ok(StartSpec::FromEnd(count)),
            _ => Err(format!("invalid --from '{text}': expected -N with N > 0")),
        };
    }
    match text.parse::<i64>() {
        Ok(offset) if offset >= 0 => Ok(StartSpec::Offset(offset)),
        _ => Err(format!(
            "invalid --from '{text}': expected beginning, end, stored, OFFSET, -N, @RFC3339 or @-DURATION"
        )),
    }
}

/// Resolves a start spec to an offset for one partition, given its log start and end and, for
/// time-based specs, the offset ListOffsets returned for that time (`None`: no record that
/// late, so the end). `Stored` has no offset of its own.
pub fn start_offset(
    spec: StartSpec,
    log_start: i64,
    log_end: i64,
    offset_for_time: Option<i64>,
) -> Option<i64> {
    match spec {
        StartSpec::Beginning => Some(log_start),
        StartSpec::End => Some(log_end),
        StartSpec::Stored => None,
        StartSpec::Offset(offset) => Some(offset.clamp(log_start, log_end)),
        StartSpec::FromEnd(count) => Some(log_end.saturating_sub(count).max(log_start)),
        StartSpec::Time(_) | StartSpec::Ago(_) => {
            Some(offset_for_time.unwrap_or(log_end).clamp(log_start, log_end))
        }
    }
}

/// Progress of `--until-end`: which partitions reached the end offsets captured at start.
/// Looked up by `&str` on every record, so nothing is allocated on the hot path.
#[derive(Debug, Clone, Default)]
pub struct EndTracker {
    /// Per topic: partition → (end offset, done).
    partitions: BTreeMap<String, BTreeMap<i32, (i64, bool)>>,
}

impl EndTracker {
    /// Ends at the log ends in `bounds` (captured at start). Partitions starting at (or past)
    /// their end are done before anything is read.
    pub fn new(bounds: &LogBounds, starts: &BTreeMap<(String, i32), i64>) -> Self {
        let mut partitions: BTreeMap<String, BTreeMap<i32, (i64, bool)>> = BTreeMap::new();
        for (key, (_, end)) in bounds {
            let done = starts.get(key).is_some_and(|start| start >= end);
            partitions
                .entry(key.0.clone())
                .or_default()
                .insert(key.1, (*end, done));
        }
        EndTracker { partitions }
    }

    /// A record at `offset` was read. True when this record is the one that finished its
    /// partition (so the caller checks whether all are done now, not some records later).
    pub fn record(&mut self, topic: &str, partition: i32, offset: i64) -> bool {
        let Some((end, done)) = self
            .partitions
            .get_mut(topic)
            .and_then(|partitions| partitions.get_mut(&partition))
        else {
            return false;
        };
        let finished = !*done && offset + 1 >= *end;
        *done |= finished;
        finished
    }

    /// The consumer's positions (next offsets, past transaction markers).
    pub fn positions(&mut self, positions: &BTreeMap<(String, i32), i64>) {
        for ((topic, partition), position) in positions {
            let _ = self.record(topic, *partition, position - 1);
        }
    }

    /// Every partition in `assigned` reached its end (and something is assigned).
    pub fn finished(&self, assigned: &BTreeSet<(String, i32)>) -> bool {
        !assigned.is_empty()
            && assigned.iter().all(|(topic, partition)| {
                self.partitions
                    .get(topic)
                    .and_then(|partitions| partitions.get(partition))
                    .is_some_and(|(_, done)| *done)
            })
    }
}

/// Log start and end per (topic, partition).
pub type LogBounds = BTreeMap<(String, i32), (i64, i64)>;

/// Resolves `--from stored` per partition: the group's committed offset (clamped to the
/// log), or the fallback end of the log when it has none.
pub fn stored_offsets(
    bounds: &LogBounds,
    committed: &BTreeMap<(String, i32), Option<i64>>,
    fallback_earliest: bool,
) -> BTreeMap<(String, i32), i64> {
    bounds
        .iter()
        .map(|(key, (low, high))| {
            let offset = match committed.get(key).copied().flatten() {
                Some(offset) => offset.clamp(*low, *high),
                None if fallback_earliest => *low,
                None => *high,
            };
            (key.clone(), offset)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_end_saturates_instead_of_overflowing() {
        // Found by the property test: a count far past the start of the log.
        assert_eq!(
            start_offset(
                StartSpec::FromEnd(i64::MAX),
                i64::MIN + 5,
                i64::MIN + 10,
                None
            ),
            Some(i64::MIN + 5)
        );
        assert_eq!(start_offset(StartSpec::FromEnd(3), 0, 10, None), Some(7));
    }

    #[test]
    fn start_specs() {
        assert_eq!(parse_start("beginning").unwrap(), StartSpec::Beginning);
        assert_eq!(parse_start("end").unwrap(), StartSpec::End);
        assert_eq!(parse_start("stored").unwrap(), StartSpec::Stored);
        assert_eq!(parse_start("42").unwrap(), StartSpec::Offset(42));
        assert_eq!(parse_start("-10").unwrap(), StartSpec::FromEnd(10));
        assert_eq!(
            parse_start("@2024-05-01T12:00:00Z").unwrap(),
            StartSpec::Time(1_714_564_800_000)
        );
        assert_eq!(
            parse_start("@-1h").unwrap(),
            StartSpec::Ago(Duration::from_secs(3600))
        );
        for bad in ["", "soon", "-0", "@yesterday", "@-forever", "1.5"] {
            let err = parse_start(bad).unwrap_err();
            assert!(err.contains(&format!("'{}'", bad.trim())), "{bad}: {err}");
        }
    }

    #[test]
    fn start_offsets_stay_inside_the_log() {
        assert_eq!(start_offset(StartSpec::Beginning, 5, 20, None), Some(5));
        assert_eq!(start_offset(StartSpec::End, 5, 20, None), Some(20));
        assert_eq!(start_offset(StartSpec::Offset(2), 5, 20, None), Some(5));
        assert_eq!(start_offset(StartSpec::Offset(99), 5, 20, None), Some(20));
        assert_eq!(start_offset(StartSpec::FromEnd(3), 5, 20, None), Some(17));
        assert_eq!(start_offset(StartSpec::FromEnd(300), 5, 20, None), Some(5));
        assert_eq!(start_offset(StartSpec::Time(0), 5, 20, Some(12)), Some(12));
        assert_eq!(start_offset(StartSpec::Time(0), 5, 20, None), Some(20));
        assert_eq!(start_offset(StartSpec::Stored, 5, 20, None), None);
    }

    #[test]
    fn stored_offsets_fall_back_to_an_end_of_the_log() {
        let key = |p: i32| ("t".to_string(), p);
        let bounds = BTreeMap::from([(key(0), (5, 50)), (key(1), (0, 10)), (key(2), (0, 10))]);
        let committed = BTreeMap::from([(key(0), Some(2)), (key(1), Some(7)), (key(2), None)]);
        let earliest = stored_offsets(&bounds, &committed, true);
        assert_eq!(earliest[&key(0)], 5, "clamped to the log start");
        assert_eq!(earliest[&key(1)], 7);
        assert_eq!(earliest[&key(2)], 0);
        assert_eq!(stored_offsets(&bounds, &committed, false)[&key(2)], 10);
    }

    #[test]
    fn end_tracking() {
        let key = |p: i32| ("t".to_string(), p);
        let bounds = BTreeMap::from([(key(0), (0, 10)), (key(1), (0, 0)), (key(2), (2, 5))]);
        let starts = BTreeMap::from([(key(0), 0), (key(1), 0), (key(2), 5)]);
        let mut tracker = EndTracker::new(&bounds, &starts);
        let all: BTreeSet<_> = [key(0), key(1), key(2)].into();
        assert!(!tracker.finished(&all));
        assert!(!tracker.record("t", 0, 8));
        assert!(!tracker.finished(&all));
        // A transaction marker at offset 9: the position passes the end without a record.
        tracker.positions(&BTreeMap::from([(key(0), 10)]));
        assert!(tracker.finished(&all));
        assert!(!tracker.finished(&BTreeSet::new()));
    }
}

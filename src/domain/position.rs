//! Reading positions: where each partition starts (`--from`), where it stops (`--until`,
//! `--until-end`), and when every partition has reached its stop.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use super::timestamp::{format_rfc3339_millis, parse_rfc3339_millis};
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
    parse_position(text, "--from")
}

/// [`parse_start`]'s forms, errors naming `flag` (the other bounds take a subset of them).
fn parse_position(text: &str, flag: &str) -> Result<StartSpec, String> {
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
                .map_err(|_| format!("invalid {flag} '{text}': expected @-DURATION such as @-1h"));
        }
        return parse_rfc3339_millis(rest)
            .map(StartSpec::Time)
            .ok_or_else(|| {
                format!("invalid {flag} '{text}': expected @RFC3339 such as @2024-05-01T12:00:00Z")
            });
    }
    if let Some(count) = text.strip_prefix('-') {
        return match count.parse::<i64>() {
            Ok(count) if count > 0 => Ok(StartSpec::FromEnd(count)),
            _ => Err(format!("invalid {flag} '{text}': expected -N with N > 0")),
        };
    }
    match text.parse::<i64>() {
        Ok(offset) if offset >= 0 => Ok(StartSpec::Offset(offset)),
        _ => Err(format!(
            "invalid {flag} '{text}': expected beginning, end, stored, OFFSET, -N, @RFC3339 or @-DURATION"
        )),
    }
}

/// A bound in each partition's log: where `kan consume --until` stops (before the first
/// record at or after it), where `kan topics truncate --before` cuts, the time `kan offsets
/// for-time` looks up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// The log end (`--until end`, `--until-end`, `--before end`).
    End,
    /// Before this offset (waiting for records up to it when the log ends before it).
    Offset(i64),
    /// Before the first record at or after this time (epoch ms).
    Time(i64),
    /// Before the first record at or after now minus this.
    Ago(Duration),
    /// Before the first record at or after the moment reading starts.
    Now,
}

/// Parses `end`, `now`, `1234`, `@2024-05-01T12:00:00Z`, `@-5m`.
pub fn parse_until(text: &str) -> Result<Bound, String> {
    let text = text.trim();
    if text == "now" {
        return Ok(Bound::Now);
    }
    let expected =
        || format!("invalid --until '{text}': expected end, now, OFFSET, @RFC3339 or @-DURATION");
    match parse_position(text, "--until")? {
        StartSpec::End => Ok(Bound::End),
        StartSpec::Offset(offset) => Ok(Bound::Offset(offset)),
        StartSpec::Time(at) => Ok(Bound::Time(at)),
        StartSpec::Ago(ago) => Ok(Bound::Ago(ago)),
        StartSpec::Beginning | StartSpec::Stored | StartSpec::FromEnd(_) => Err(expected()),
    }
}

/// Parses a moment for `kan offsets for-time`: `@RFC3339`, `@-DURATION` or `now` (an
/// [`Bound`] that is a time).
pub fn parse_time(text: &str) -> Result<Bound, String> {
    let expected = || {
        format!(
            "invalid time '{}': expected @RFC3339, @-DURATION or now",
            text.trim()
        )
    };
    match parse_until(text).map_err(|_| expected())? {
        spec @ (Bound::Time(_) | Bound::Ago(_) | Bound::Now) => Ok(spec),
        Bound::End | Bound::Offset(_) => Err(expected()),
    }
}

/// Where one partition stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// Before this offset.
    Before(i64),
    /// Before the first record at or after this time (epoch ms), one later than anything in the
    /// partition when reading started; once the time has passed, at the log end of then.
    FirstAtOrAfter(i64),
}

/// Resolves `--until` for one partition, given its log end at start, the offset ListOffsets
/// returned for a time bound's time (`None`: no record that late) and the time reading started.
pub fn stop_for(spec: Bound, log_end: i64, offset_for_time: Option<i64>, now_ms: i64) -> Stop {
    match (spec, spec.at(now_ms)) {
        (Bound::Offset(offset), _) => Stop::Before(offset),
        (_, Some(at)) => match offset_for_time {
            Some(offset) => Stop::Before(offset),
            // Records to come are later than now: nothing after the end of now is inside.
            None if at <= now_ms => Stop::Before(log_end),
            None => Stop::FirstAtOrAfter(at),
        },
        (_, None) => Stop::Before(log_end),
    }
}

impl Bound {
    /// The time a time bound stands for (epoch ms), given now; `None` for `end` and offsets.
    pub fn at(self, now_ms: i64) -> Option<i64> {
        match self {
            Bound::End | Bound::Offset(_) => None,
            Bound::Time(at) => Some(at),
            Bound::Ago(ago) => {
                Some(now_ms.saturating_sub(i64::try_from(ago.as_millis()).unwrap_or(i64::MAX)))
            }
            Bound::Now => Some(now_ms),
        }
    }

    /// The bound as the flags take it, a time bound as the absolute time it resolved to.
    pub fn describe(self, now_ms: i64) -> String {
        match (self, self.at(now_ms)) {
            (Bound::Offset(offset), _) => offset.to_string(),
            (_, Some(at)) => format!("@{}", format_rfc3339_millis(at)),
            _ => "end".to_string(),
        }
    }
}

/// A record's place against its partition's stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Before the stop, and more may follow.
    Inside,
    /// Before the stop, and the last record before it: the partition is done after it.
    Last,
    /// At or after the stop: not read, and the partition is done.
    Beyond,
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

/// Progress of `--until-end` and `--until`: which partitions reached their stops.
/// Looked up by `&str` on every record, so nothing is allocated on the hot path.
#[derive(Debug, Clone, Default)]
pub struct EndTracker {
    /// Per topic: partition → its stop, whether it is done, and where it started.
    partitions: BTreeMap<String, BTreeMap<i32, Limit>>,
}

#[derive(Debug, Clone, Copy)]
struct Limit {
    stop: Stop,
    done: bool,
    start: Option<i64>,
}

impl EndTracker {
    /// Ends at the log ends in `bounds` (captured at start). Partitions starting at (or past)
    /// their end are done before anything is read.
    pub fn new(bounds: &LogBounds, starts: &BTreeMap<(String, i32), i64>) -> Self {
        let stops = bounds
            .iter()
            .map(|(key, (_, end))| (key.clone(), Stop::Before(*end)))
            .collect();
        Self::with_stops(&stops, starts)
    }

    /// Ends at `stops`; partitions starting at (or past) theirs are done at once.
    pub fn with_stops(
        stops: &BTreeMap<(String, i32), Stop>,
        starts: &BTreeMap<(String, i32), i64>,
    ) -> Self {
        let mut partitions: BTreeMap<String, BTreeMap<i32, Limit>> = BTreeMap::new();
        for (key, stop) in stops {
            let start = starts.get(key).copied();
            let done = match stop {
                Stop::Before(end) => start.is_some_and(|start| start >= *end),
                Stop::FirstAtOrAfter(_) => false,
            };
            partitions.entry(key.0.clone()).or_default().insert(
                key.1,
                Limit {
                    stop: *stop,
                    done,
                    start,
                },
            );
        }
        EndTracker { partitions }
    }

    /// A record at `offset` was read. True when this record is the one that finished its
    /// partition (so the caller checks whether all are done now, not some records later).
    pub fn record(&mut self, topic: &str, partition: i32, offset: i64) -> bool {
        self.place(topic, partition, offset, None) == Place::Last
    }

    /// Where a record stands against its partition's stop; a `Last` or `Beyond` one finishes
    /// the partition (a done partition's later records are `Beyond`). A partition without a
    /// stop (not asked for) is `Inside`.
    pub fn place(
        &mut self,
        topic: &str,
        partition: i32,
        offset: i64,
        timestamp_ms: Option<i64>,
    ) -> Place {
        let Some(Limit { stop, done, .. }) = self
            .partitions
            .get_mut(topic)
            .and_then(|partitions| partitions.get_mut(&partition))
        else {
            return Place::Inside;
        };
        if *done {
            return Place::Beyond;
        }
        let place = match *stop {
            Stop::Before(end) if offset >= end => Place::Beyond,
            Stop::Before(end) if offset + 1 >= end => Place::Last,
            Stop::Before(_) => Place::Inside,
            Stop::FirstAtOrAfter(at) if timestamp_ms.is_some_and(|ts| ts >= at) => Place::Beyond,
            Stop::FirstAtOrAfter(_) => Place::Inside,
        };
        *done = place != Place::Inside;
        place
    }

    /// The consumer's positions (next offsets, past transaction markers).
    pub fn positions(&mut self, positions: &BTreeMap<(String, i32), i64>) {
        for ((topic, partition), position) in positions {
            if let Some(Limit {
                stop: Stop::Before(end),
                done,
                ..
            }) = self
                .partitions
                .get_mut(topic)
                .and_then(|partitions| partitions.get_mut(partition))
            {
                *done |= position >= end;
            }
        }
    }

    /// Partitions still waiting for a record later than a time bound, once `now_ms` has
    /// passed it: they end at their log ends of now (see [`Self::end_at`]).
    pub fn overdue(&self, now_ms: i64) -> Vec<(String, i32)> {
        self.partitions
            .iter()
            .flat_map(|(topic, partitions)| {
                partitions
                    .iter()
                    .filter(move |(_, limit)| {
                        matches!(limit.stop, Stop::FirstAtOrAfter(at) if !limit.done && at <= now_ms)
                    })
                    .map(|(partition, _)| (topic.clone(), *partition))
            })
            .collect()
    }

    /// Stops a partition before `end` from now on; `position` is the consumer's (`None`
    /// before its first fetch: where it started).
    pub fn end_at(&mut self, topic: &str, partition: i32, end: i64, position: Option<i64>) {
        if let Some(limit) = self
            .partitions
            .get_mut(topic)
            .and_then(|partitions| partitions.get_mut(&partition))
        {
            limit.stop = Stop::Before(end);
            limit.done |= position.or(limit.start).is_some_and(|at| at >= end);
        }
    }

    /// Whether any partition has a stop.
    pub fn tracks_any(&self) -> bool {
        !self.partitions.is_empty()
    }

    /// Every partition in `assigned` reached its end (and something is assigned).
    pub fn finished(&self, assigned: &BTreeSet<(String, i32)>) -> bool {
        !assigned.is_empty()
            && assigned.iter().all(|(topic, partition)| {
                self.partitions
                    .get(topic)
                    .and_then(|partitions| partitions.get(partition))
                    .is_some_and(|limit| limit.done)
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
    fn until_bounds() {
        assert_eq!(parse_until("end").unwrap(), Bound::End);
        assert_eq!(parse_until("now").unwrap(), Bound::Now);
        assert_eq!(parse_until("42").unwrap(), Bound::Offset(42));
        assert_eq!(
            parse_until("@2024-05-01T12:00:00Z").unwrap(),
            Bound::Time(1_714_564_800_000)
        );
        assert_eq!(
            parse_until("@-5m").unwrap(),
            Bound::Ago(Duration::from_secs(300))
        );
        for bad in ["beginning", "stored", "-5", "@soon", ""] {
            let err = parse_until(bad).unwrap_err();
            assert!(
                err.starts_with(&format!("invalid --until '{bad}'")),
                "{bad}: {err}"
            );
        }
        assert_eq!(parse_time("now").unwrap(), Bound::Now);
        assert!(parse_time("end")
            .unwrap_err()
            .contains("invalid time 'end'"));
        assert!(parse_time("12").is_err());
    }

    #[test]
    fn stops_by_bound() {
        let now = 1_000_000;
        assert_eq!(stop_for(Bound::End, 50, None, now), Stop::Before(50));
        assert_eq!(stop_for(Bound::Offset(70), 50, None, now), Stop::Before(70));
        let at = Bound::Ago(Duration::from_secs(1)).at(now);
        assert_eq!(at, Some(999_000));
        // A record that late: before it; none, and the time passed: the log end; none, and
        // the time still to come: the first record at or after it.
        assert_eq!(stop_for(Bound::Now, 50, Some(12), now), Stop::Before(12));
        assert_eq!(stop_for(Bound::Now, 50, None, now), Stop::Before(50));
        assert_eq!(
            stop_for(Bound::Time(now + 5), 50, None, now),
            Stop::FirstAtOrAfter(now + 5)
        );
    }

    #[test]
    fn places_against_stops() {
        let key = |p: i32| ("t".to_string(), p);
        let stops = BTreeMap::from([
            (key(0), Stop::Before(3)),
            (key(1), Stop::FirstAtOrAfter(500)),
            (key(2), Stop::Before(4)),
        ]);
        let starts = BTreeMap::from([(key(0), 0), (key(1), 7), (key(2), 4)]);
        let mut tracker = EndTracker::with_stops(&stops, &starts);
        let all: BTreeSet<_> = [key(0), key(1), key(2)].into();
        assert_eq!(tracker.place("t", 0, 1, None), Place::Inside);
        assert_eq!(tracker.place("t", 0, 2, None), Place::Last);
        assert_eq!(tracker.place("t", 0, 3, None), Place::Beyond);
        assert_eq!(tracker.place("t", 1, 7, Some(499)), Place::Inside);
        assert_eq!(tracker.place("t", 9, 0, None), Place::Inside, "not tracked");
        assert!(!tracker.finished(&all));
        // The time bound not passed yet: nothing overdue; then it has, and the partition ends
        // at its log end of then (its position already there).
        assert!(tracker.overdue(499).is_empty());
        assert_eq!(tracker.overdue(500), vec![key(1)]);
        tracker.end_at("t", 1, 8, Some(8));
        assert!(tracker.finished(&all), "partition 2 started at its stop");
        // A record at or after the time ends a partition too, and is not read.
        let mut tracker = EndTracker::with_stops(&stops, &starts);
        assert_eq!(tracker.place("t", 1, 7, Some(500)), Place::Beyond);
        assert_eq!(tracker.place("t", 1, 8, Some(400)), Place::Beyond, "done");
        // Before its first fetch a partition's position is where it started.
        let mut tracker = EndTracker::with_stops(&stops, &starts);
        tracker.end_at("t", 1, 7, None);
        assert_eq!(tracker.place("t", 1, 7, None), Place::Beyond);
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

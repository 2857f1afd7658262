//! Planning a consumer-group offset reset, as Kafka's `kafka-consumer-groups --reset-offsets`
//! does: every mode, results clamped to the log with a warning, and the CSV shape Kafka's
//! tool reads and writes (`topic,partition,offset`).

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Serialize;

/// How to move the offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResetMode {
    ToEarliest,
    ToLatest,
    ToOffset(i64),
    ShiftBy(i64),
    /// The first record at or after this time (epoch ms).
    ToDatetime(i64),
    /// Now minus this.
    ByDuration(Duration),
    /// Keep the committed offsets (useful to re-commit or to export them).
    ToCurrent,
    /// Offsets from a CSV file, per (topic, partition).
    FromFile(BTreeMap<(String, i32), i64>),
}

/// What is known of one partition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionState {
    pub topic: String,
    pub partition: i32,
    pub current: Option<i64>,
    pub log_start: i64,
    pub log_end: i64,
    /// For time modes: the offset ListOffsets gave for the time (`None`: no record that late).
    pub offset_for_time: Option<i64>,
}

/// One row of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanRow {
    pub topic: String,
    pub partition: i32,
    pub current: Option<i64>,
    /// `None`: this partition is left alone (see `note`).
    pub new: Option<i64>,
    /// `new - current` when both exist.
    pub delta: Option<i64>,
    /// True when the wanted offset was outside [log start, log end] and was clamped.
    pub clamped: bool,
    pub note: Option<String>,
}

/// Plans the reset of every given partition.
pub fn plan(mode: &ResetMode, partitions: &[PartitionState]) -> Vec<PlanRow> {
    partitions
        .iter()
        .map(|state| {
            let wanted: Result<i64, String> = match mode {
                ResetMode::ToEarliest => Ok(state.log_start),
                ResetMode::ToLatest => Ok(state.log_end),
                ResetMode::ToOffset(offset) => Ok(*offset),
                ResetMode::ShiftBy(delta) => state
                    .current
                    .map(|current| current.saturating_add(*delta))
                    .ok_or_else(|| "no committed offset to shift from".to_string()),
                ResetMode::ToDatetime(_) | ResetMode::ByDuration(_) => {
                    Ok(state.offset_for_time.unwrap_or(state.log_end))
                }
                ResetMode::ToCurrent => state
                    .current
                    .ok_or_else(|| "no committed offset".to_string()),
                ResetMode::FromFile(offsets) => offsets
                    .get(&(state.topic.clone(), state.partition))
                    .copied()
                    .ok_or_else(|| "not in the file".to_string()),
            };
            match wanted {
                Ok(wanted) => {
                    let new = wanted.clamp(state.log_start, state.log_end.max(state.log_start));
                    let clamped = new != wanted;
                    PlanRow {
                        topic: state.topic.clone(),
                        partition: state.partition,
                        current: state.current,
                        new: Some(new),
                        // Saturating: any two offsets, however far apart, give a delta.
                        delta: state.current.map(|current| new.saturating_sub(current)),
                        clamped,
                        note: clamped.then(|| {
                            format!(
                                "{wanted} is outside [{}, {}]; using {new}",
                                state.log_start, state.log_end
                            )
                        }),
                    }
                }
                Err(reason) => PlanRow {
                    topic: state.topic.clone(),
                    partition: state.partition,
                    current: state.current,
                    new: None,
                    delta: None,
                    clamped: false,
                    note: Some(reason),
                },
            }
        })
        .collect()
}

/// Parses `topic`, `topic:0,1,2` (a `--topic` target).
pub fn parse_topic_target(text: &str) -> Result<(String, Option<Vec<i32>>), String> {
    let bad = || format!("invalid --topic '{text}': expected TOPIC or TOPIC:0,1,2");
    match text.split_once(':') {
        None if !text.is_empty() => Ok((text.to_string(), None)),
        None => Err(bad()),
        Some((topic, list)) => {
            if topic.is_empty() || list.is_empty() {
                return Err(bad());
            }
            let mut partitions = Vec::new();
            for part in list.split(',') {
                let partition: i32 = part.trim().parse().map_err(|_| bad())?;
                if partition < 0 {
                    return Err(bad());
                }
                if !partitions.contains(&partition) {
                    partitions.push(partition);
                }
            }
            Ok((topic.to_string(), Some(partitions)))
        }
    }
}

/// Parses Kafka's reset CSV: `topic,partition,offset` per line; blank lines and `#` comments
/// are skipped. Errors name the line.
pub fn parse_csv(text: &str) -> Result<BTreeMap<(String, i32), i64>, String> {
    let mut offsets = BTreeMap::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        let [topic, partition, offset] = fields.as_slice() else {
            return Err(format!(
                "line {number}: expected topic,partition,offset, got '{line}'"
            ));
        };
        let partition: i32 = partition
            .parse()
            .ok()
            .filter(|p: &i32| *p >= 0)
            .ok_or_else(|| format!("line {number}: invalid partition '{partition}'"))?;
        let offset: i64 = offset
            .parse()
            .ok()
            .filter(|o: &i64| *o >= 0)
            .ok_or_else(|| format!("line {number}: invalid offset '{offset}'"))?;
        if topic.is_empty() {
            return Err(format!("line {number}: empty topic"));
        }
        if offsets
            .insert((topic.to_string(), partition), offset)
            .is_some()
        {
            return Err(format!("line {number}: {topic}:{partition} appears twice"));
        }
    }
    Ok(offsets)
}

/// Writes rows as Kafka's CSV (partitions without an offset are left out).
pub fn to_csv(rows: impl IntoIterator<Item = (String, i32, Option<i64>)>) -> String {
    let mut out = String::new();
    for (topic, partition, offset) in rows {
        if let Some(offset) = offset {
            out.push_str(&format!("{topic},{partition},{offset}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(current: Option<i64>, start: i64, end: i64) -> PartitionState {
        PartitionState {
            topic: "t".into(),
            partition: 0,
            current,
            log_start: start,
            log_end: end,
            offset_for_time: None,
        }
    }

    fn one(mode: ResetMode, state: PartitionState) -> PlanRow {
        plan(&mode, &[state]).remove(0)
    }

    #[test]
    fn earliest_latest_and_exact_offsets() {
        let row = one(ResetMode::ToEarliest, state(Some(50), 10, 100));
        assert_eq!(
            (row.new, row.delta, row.clamped),
            (Some(10), Some(-40), false)
        );
        let row = one(ResetMode::ToLatest, state(Some(50), 10, 100));
        assert_eq!((row.new, row.delta), (Some(100), Some(50)));
        let row = one(ResetMode::ToOffset(70), state(Some(50), 10, 100));
        assert_eq!(row.new, Some(70));
    }

    /// Found by `domain::properties::a_reset_plan_stays_within_the_log`: the delta overflowed.
    #[test]
    fn a_delta_beyond_i64_saturates() {
        let row = one(
            ResetMode::ToEarliest,
            state(
                Some(3_240_180_544_066_045_290),
                -5_983_191_492_788_730_519,
                0,
            ),
        );
        assert_eq!(
            (row.new, row.delta),
            (Some(-5_983_191_492_788_730_519), Some(i64::MIN))
        );
        let row = one(ResetMode::ToLatest, state(Some(-2), 0, i64::MAX));
        assert_eq!(row.delta, Some(i64::MAX));
    }

    #[test]
    fn out_of_range_targets_are_clamped_with_a_note() {
        let row = one(ResetMode::ToOffset(5), state(Some(50), 10, 100));
        assert_eq!((row.new, row.clamped), (Some(10), true));
        assert!(row.note.unwrap().contains("outside [10, 100]"));
        let row = one(ResetMode::ShiftBy(80), state(Some(50), 10, 100));
        assert_eq!((row.new, row.clamped), (Some(100), true));
        let row = one(ResetMode::ShiftBy(-80), state(Some(50), 10, 100));
        assert_eq!((row.new, row.clamped), (Some(10), true));
    }

    #[test]
    fn committed_below_log_start_and_empty_partitions() {
        // Current offset was deleted: to-current clamps up to the log start.
        let row = one(ResetMode::ToCurrent, state(Some(3), 10, 100));
        assert_eq!((row.new, row.clamped), (Some(10), true));
        // An empty partition: everything lands on its single position.
        for mode in [
            ResetMode::ToEarliest,
            ResetMode::ToLatest,
            ResetMode::ToOffset(7),
            ResetMode::ShiftBy(-2),
        ] {
            let row = one(mode, state(Some(5), 5, 5));
            assert_eq!(row.new, Some(5));
        }
    }

    #[test]
    fn shifting_or_keeping_nothing_is_explained() {
        let row = one(ResetMode::ShiftBy(5), state(None, 0, 10));
        assert_eq!(row.new, None);
        assert_eq!(
            row.note.as_deref(),
            Some("no committed offset to shift from")
        );
        let row = one(ResetMode::ToCurrent, state(None, 0, 10));
        assert_eq!(row.new, None);
        let row = one(ResetMode::ToLatest, state(None, 0, 10));
        assert_eq!((row.new, row.delta), (Some(10), None));
    }

    #[test]
    fn datetimes_before_first_and_after_last_record() {
        // Before the first record: ListOffsets answers the first offset.
        let mut before = state(Some(50), 10, 100);
        before.offset_for_time = Some(10);
        assert_eq!(one(ResetMode::ToDatetime(0), before).new, Some(10));
        // After the last record: no offset, so the end.
        let after = state(Some(50), 10, 100);
        assert_eq!(one(ResetMode::ToDatetime(i64::MAX), after).new, Some(100));
        let mut ago = state(Some(50), 10, 100);
        ago.offset_for_time = Some(42);
        assert_eq!(
            one(ResetMode::ByDuration(Duration::from_secs(3600)), ago).new,
            Some(42)
        );
    }

    #[test]
    fn from_file_uses_listed_partitions_only() {
        let offsets = BTreeMap::from([(("t".to_string(), 0), 60)]);
        let mut other = state(Some(1), 0, 100);
        other.partition = 1;
        let rows = plan(
            &ResetMode::FromFile(offsets),
            &[state(Some(50), 0, 100), other],
        );
        assert_eq!(rows[0].new, Some(60));
        assert_eq!(rows[1].new, None);
        assert_eq!(rows[1].note.as_deref(), Some("not in the file"));
    }

    #[test]
    fn topic_targets() {
        assert_eq!(parse_topic_target("t").unwrap(), ("t".into(), None));
        assert_eq!(
            parse_topic_target("t:0,2,2").unwrap(),
            ("t".into(), Some(vec![0, 2]))
        );
        for bad in ["", "t:", ":1", "t:a", "t:1,,2", "t:-1"] {
            let err = parse_topic_target(bad).unwrap_err();
            assert!(err.contains("invalid --topic"), "{bad}: {err}");
        }
    }

    #[test]
    fn csv_round_trip_and_errors() {
        let text = "# undo for g\nt,0,5\n\nt,1,7\n";
        let parsed = parse_csv(text).unwrap();
        assert_eq!(parsed[&("t".to_string(), 1)], 7);
        let written = to_csv(parsed.iter().map(|((t, p), o)| (t.clone(), *p, Some(*o))));
        assert_eq!(written, "t,0,5\nt,1,7\n");
        assert!(parse_csv("t,0\n").unwrap_err().starts_with("line 1:"));
        assert!(parse_csv("t,x,1\n")
            .unwrap_err()
            .contains("invalid partition 'x'"));
        assert!(parse_csv("t,0,-4\n")
            .unwrap_err()
            .contains("invalid offset '-4'"));
        assert!(parse_csv("t,0,1\nt,0,2\n")
            .unwrap_err()
            .contains("appears twice"));
    }
}

//! Planning `kan topics truncate`: where each partition's log will start after DeleteRecords,
//! and how many offsets that removes. A bound before the log start changes nothing; a bound
//! past the log end is refused before anything is deleted.

use serde::Serialize;

use super::position::{parse_start, Bound, StartSpec};

/// Parses `--before`: `OFFSET`, `end`, `@RFC3339` or `@-DURATION` (the time forms as
/// `--from` reads them).
pub fn parse_bound(text: &str) -> Result<Bound, String> {
    let invalid = || {
        format!(
            "invalid --before '{}': expected OFFSET, end, @RFC3339 (e.g. @2024-05-01T12:00:00Z) or @-DURATION (e.g. @-1h)",
            text.trim()
        )
    };
    match parse_start(text).map_err(|_| invalid())? {
        StartSpec::Offset(offset) => Ok(Bound::Offset(offset)),
        StartSpec::End if matches!(text.trim(), "end") => Ok(Bound::End),
        StartSpec::Time(at) => Ok(Bound::Time(at)),
        StartSpec::Ago(ago) => Ok(Bound::Ago(ago)),
        _ => Err(invalid()),
    }
}

/// What is known of one partition before truncating it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartitionLog {
    pub partition: i32,
    pub log_start: i64,
    pub log_end: i64,
    /// For time bounds: the offset ListOffsets gave for the time (`None`: no record that late).
    pub offset_for_time: Option<i64>,
}

/// What happens (or happened) to one partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowStatus {
    /// Records will be deleted (the plan).
    Planned,
    /// Nothing to delete: the bound is not after the log start.
    Unchanged,
    /// Deleted, and the log start read back is the planned one.
    Truncated,
    /// Deleted, but the log start read back is not the planned one.
    Mismatch,
    /// The broker refused this partition.
    Failed,
}

/// One partition of the plan (and, once applied, of the result).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TruncateRow {
    pub topic: String,
    pub partition: i32,
    /// The log start when planned.
    pub log_start: i64,
    /// The log end (high watermark) when planned.
    pub log_end: i64,
    /// The log start after truncating.
    pub new_log_start: i64,
    /// Offsets removed (`new_log_start - log_start`): the records, unless compaction left gaps.
    pub removed: i64,
    pub status: RowStatus,
    /// The log start read back after truncating (`None` before, or when not truncated).
    pub log_start_after: Option<i64>,
    /// Why nothing changes here, or the broker's error.
    pub note: Option<String>,
}

/// A bound past a partition's end: refused for the whole topic, nothing deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastEnd {
    pub partition: i32,
    pub bound: i64,
    pub log_end: i64,
}

/// Plans every partition, or names each one whose bound is past its log end.
pub fn plan(
    topic: &str,
    bound: Bound,
    logs: &[PartitionLog],
) -> Result<Vec<TruncateRow>, Vec<PastEnd>> {
    let mut rows = Vec::with_capacity(logs.len());
    let mut past_end = Vec::new();
    for log in logs {
        let log_end = log.log_end.max(log.log_start);
        let target = match bound {
            Bound::Offset(offset) if offset > log_end => {
                past_end.push(PastEnd {
                    partition: log.partition,
                    bound: offset,
                    log_end,
                });
                continue;
            }
            Bound::Offset(offset) => offset,
            Bound::End => log_end,
            // No record that late: everything goes. A lookup never lands past the end.
            Bound::Time(_) | Bound::Ago(_) | Bound::Now => {
                log.offset_for_time.unwrap_or(log_end).min(log_end)
            }
        };
        rows.push(row(topic, log, log_end, target));
    }
    if past_end.is_empty() {
        Ok(rows)
    } else {
        Err(past_end)
    }
}

fn row(topic: &str, log: &PartitionLog, log_end: i64, target: i64) -> TruncateRow {
    let (new_log_start, status, note) = if target > log.log_start {
        (target, RowStatus::Planned, None)
    } else {
        let note = if log.log_start == log_end {
            "empty: nothing to delete".to_string()
        } else if target == log.log_start {
            format!("the log already starts at {target}: nothing to delete")
        } else {
            format!(
                "{target} is before the log start {}: nothing to delete",
                log.log_start
            )
        };
        (log.log_start, RowStatus::Unchanged, Some(note))
    };
    TruncateRow {
        topic: topic.to_string(),
        partition: log.partition,
        log_start: log.log_start,
        log_end,
        new_log_start,
        removed: new_log_start.saturating_sub(log.log_start),
        status,
        log_start_after: None,
        note,
    }
}

/// The one-line refusal for bounds past the end.
pub fn past_end_message(topic: &str, past: &[PastEnd]) -> String {
    let parts: Vec<String> = past
        .iter()
        .map(|p| {
            format!(
                "partition {} ends at {} (--before {})",
                p.partition, p.log_end, p.bound
            )
        })
        .collect();
    format!(
        "--before is past the end of topic '{topic}': {}; nothing was deleted",
        parts.join(", ")
    )
}

/// The outcome of DeleteRecords for one partition, and its log start read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The broker's error for this partition, if any.
    pub error: Option<String>,
    /// The log start read back (`None`: could not be read).
    pub log_start_after: Option<i64>,
}

/// Marks a planned row with what happened to it.
pub fn settle(row: &mut TruncateRow, applied: Applied) {
    row.log_start_after = applied.log_start_after;
    row.status = match (&applied.error, applied.log_start_after) {
        (Some(_), _) => RowStatus::Failed,
        (None, Some(after)) if after == row.new_log_start => RowStatus::Truncated,
        (None, _) => RowStatus::Mismatch,
    };
    row.note = match (applied.error, applied.log_start_after) {
        (Some(error), _) => Some(error),
        (None, None) => Some("the log start could not be read back".to_string()),
        (None, Some(after)) if after != row.new_log_start => Some(format!(
            "planned log start {}, read back {after}",
            row.new_log_start
        )),
        (None, Some(_)) => None,
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn log(partition: i32, log_start: i64, log_end: i64, for_time: Option<i64>) -> PartitionLog {
        PartitionLog {
            partition,
            log_start,
            log_end,
            offset_for_time: for_time,
        }
    }

    #[test]
    fn bounds_parse_with_the_from_parser() {
        assert_eq!(parse_bound("42").unwrap(), Bound::Offset(42));
        assert_eq!(parse_bound("0").unwrap(), Bound::Offset(0));
        assert_eq!(parse_bound("end").unwrap(), Bound::End);
        assert_eq!(
            parse_bound("@2024-05-01T12:00:00Z").unwrap(),
            Bound::Time(1_714_564_800_000)
        );
        assert_eq!(
            parse_bound("@-1h").unwrap(),
            Bound::Ago(Duration::from_secs(3600))
        );
        for bad in [
            "",
            "latest",
            "beginning",
            "stored",
            "-5",
            "@soon",
            "1.5",
            "x",
        ] {
            let err = parse_bound(bad).unwrap_err();
            assert!(
                err.starts_with(&format!("invalid --before '{bad}'")),
                "{err}"
            );
        }
    }

    #[test]
    fn time_bounds_resolve_against_now() {
        assert_eq!(Bound::Time(5).at(100), Some(5));
        assert_eq!(Bound::Ago(Duration::from_millis(30)).at(100), Some(70));
        assert_eq!(Bound::Offset(3).at(100), None);
        assert_eq!(Bound::End.at(100), None);
        assert_eq!(Bound::Offset(3).describe(100), "3");
        assert_eq!(Bound::End.describe(100), "end");
        assert_eq!(
            Bound::Ago(Duration::from_secs(3600)).describe(1_714_568_400_000),
            "@2024-05-01T12:00:00.000Z"
        );
    }

    #[test]
    fn an_offset_bound_removes_what_is_before_it() {
        let rows = plan("t", Bound::Offset(7), &[log(0, 2, 10, None)]).unwrap();
        assert_eq!(rows[0].new_log_start, 7);
        assert_eq!(rows[0].removed, 5);
        assert_eq!(rows[0].status, RowStatus::Planned);
        assert_eq!(rows[0].note, None);
        // The bound equal to the end deletes everything.
        let rows = plan("t", Bound::Offset(10), &[log(0, 2, 10, None)]).unwrap();
        assert_eq!((rows[0].new_log_start, rows[0].removed), (10, 8));
    }

    #[test]
    fn a_bound_at_or_before_the_log_start_changes_nothing_and_says_so() {
        let rows = plan(
            "t",
            Bound::Offset(3),
            &[log(0, 5, 10, None), log(1, 3, 10, None), log(2, 4, 4, None)],
        )
        .unwrap();
        for row in &rows {
            assert_eq!(row.status, RowStatus::Unchanged);
            assert_eq!(row.removed, 0);
            assert_eq!(row.new_log_start, row.log_start);
        }
        assert_eq!(
            rows[0].note.as_deref(),
            Some("3 is before the log start 5: nothing to delete")
        );
        assert_eq!(
            rows[1].note.as_deref(),
            Some("the log already starts at 3: nothing to delete")
        );
        assert_eq!(rows[2].note.as_deref(), Some("empty: nothing to delete"));
    }

    #[test]
    fn a_bound_past_the_end_is_refused_naming_every_partition() {
        let past = plan(
            "t",
            Bound::Offset(12),
            &[
                log(0, 0, 20, None),
                log(1, 0, 10, None),
                log(2, 0, 11, None),
            ],
        )
        .unwrap_err();
        assert_eq!(
            past.iter().map(|p| p.partition).collect::<Vec<_>>(),
            vec![1, 2]
        );
        let message = past_end_message("t", &past);
        assert!(
            message.contains("partition 1 ends at 10 (--before 12)"),
            "{message}"
        );
        assert!(message.contains("partition 2 ends at 11"), "{message}");
        assert!(message.ends_with("nothing was deleted"), "{message}");
    }

    #[test]
    fn end_removes_everything() {
        let rows = plan("t", Bound::End, &[log(0, 3, 9, None), log(1, 0, 0, None)]).unwrap();
        assert_eq!((rows[0].new_log_start, rows[0].removed), (9, 6));
        assert_eq!(rows[1].status, RowStatus::Unchanged);
    }

    #[test]
    fn time_bounds_use_the_looked_up_offset_or_the_end() {
        let logs = [
            log(0, 0, 10, Some(4)),
            log(1, 0, 10, None),
            log(2, 6, 10, Some(6)),
        ];
        let rows = plan("t", Bound::Time(1), &logs).unwrap();
        assert_eq!((rows[0].new_log_start, rows[0].removed), (4, 4));
        assert_eq!((rows[1].new_log_start, rows[1].removed), (10, 10));
        assert_eq!(rows[2].status, RowStatus::Unchanged);
        // A time lookup is never refused as past the end.
        let rows = plan("t", Bound::Ago(Duration::ZERO), &[log(0, 0, 10, Some(99))]).unwrap();
        assert_eq!(rows[0].new_log_start, 10);
    }

    #[test]
    fn settling_checks_the_read_back_log_start() {
        let planned = plan("t", Bound::Offset(5), &[log(0, 0, 10, None)]).unwrap();
        let mut row = planned[0].clone();
        settle(
            &mut row,
            Applied {
                error: None,
                log_start_after: Some(5),
            },
        );
        assert_eq!((row.status, row.note.clone()), (RowStatus::Truncated, None));
        let mut row = planned[0].clone();
        settle(
            &mut row,
            Applied {
                error: None,
                log_start_after: Some(0),
            },
        );
        assert_eq!(row.status, RowStatus::Mismatch);
        assert_eq!(
            row.note.as_deref(),
            Some("planned log start 5, read back 0")
        );
        let mut row = planned[0].clone();
        settle(
            &mut row,
            Applied {
                error: Some("Broker: Not leader".into()),
                log_start_after: Some(0),
            },
        );
        assert_eq!(row.status, RowStatus::Failed);
        assert_eq!(row.note.as_deref(), Some("Broker: Not leader"));
        let mut row = planned[0].clone();
        settle(
            &mut row,
            Applied {
                error: None,
                log_start_after: None,
            },
        );
        assert_eq!(row.status, RowStatus::Mismatch);
    }
}

//! Properties of the pure planners: an offset reset plan, a `--from` start and a `--from stored`
//! position stay within the log; lag is never negative and rolls up as the sum and maximum of
//! its partitions'; and a partition's window figures do not depend on the order its events
//! arrive in while none of them is late. (Across partitions the same holds by
//! `analytics::properties`; within one, only the order of its events varies here.)

use std::collections::BTreeMap;
use std::time::Duration;

use proptest::prelude::*;

use super::analytics::{Engine, EngineConfig, Stream};
use super::group::GroupState;
use super::lag::{group_lag, partition_lag, PartitionOffsets};
use super::position::{start_offset, stored_offsets, Bound, LogBounds, StartSpec};
use super::reset_plan::{plan, PartitionState, ResetMode};
use super::truncate_plan::{self, PartitionLog, RowStatus};

/// Offsets as a log has them mostly, and any `i64` sometimes (the planners take any).
fn offset() -> impl Strategy<Value = i64> {
    prop_oneof![4 => 0i64..1_000, 1 => any::<i64>()]
}

fn reset_mode() -> impl Strategy<Value = ResetMode> {
    prop_oneof![
        Just(ResetMode::ToEarliest),
        Just(ResetMode::ToLatest),
        offset().prop_map(ResetMode::ToOffset),
        prop_oneof![-2_000i64..2_000, any::<i64>()].prop_map(ResetMode::ShiftBy),
        any::<i64>().prop_map(ResetMode::ToDatetime),
        (0u64..1 << 40).prop_map(|ms| ResetMode::ByDuration(Duration::from_millis(ms))),
        Just(ResetMode::ToCurrent),
        prop::collection::btree_map((Just("t".to_string()), 0i32..4), offset(), 0..4)
            .prop_map(ResetMode::FromFile),
    ]
}

fn partition_state() -> impl Strategy<Value = PartitionState> {
    (
        0i32..4,
        prop::option::of(offset()),
        offset(),
        offset(),
        prop::option::of(offset()),
    )
        .prop_map(
            |(partition, current, log_start, log_end, offset_for_time)| PartitionState {
                topic: "t".into(),
                partition,
                current,
                log_start,
                log_end,
                offset_for_time,
            },
        )
}

fn truncate_bound() -> impl Strategy<Value = Bound> {
    prop_oneof![
        offset().prop_map(Bound::Offset),
        Just(Bound::End),
        any::<i64>().prop_map(Bound::Time),
    ]
}

/// Log bounds as the cluster gives them: the end never before the start.
fn ordered_bounds() -> impl Strategy<Value = (i64, i64)> {
    (offset(), offset()).prop_map(|(a, b)| (a.min(b), a.max(b)))
}

fn start_spec() -> impl Strategy<Value = StartSpec> {
    prop_oneof![
        Just(StartSpec::Beginning),
        Just(StartSpec::End),
        Just(StartSpec::Stored),
        offset().prop_map(|offset| StartSpec::Offset(offset.max(0))),
        (1i64..i64::MAX).prop_map(StartSpec::FromEnd),
        any::<i64>().prop_map(StartSpec::Time),
        (0u64..1 << 40).prop_map(|ms| StartSpec::Ago(Duration::from_millis(ms))),
    ]
}

fn partition_offsets() -> impl Strategy<Value = PartitionOffsets> {
    (
        0usize..3,
        0i32..4,
        prop::option::of(offset()),
        offset(),
        offset(),
        prop::option::of(offset()),
        any::<bool>(),
    )
        .prop_map(
            |(topic, partition, committed, log_start, log_end, next, only_markers_remain)| {
                PartitionOffsets {
                    topic: ["a", "b", "c"][topic].to_string(),
                    partition,
                    committed,
                    log_start,
                    log_end,
                    next_record_timestamp_ms: next,
                    only_markers_remain,
                    owner: None,
                }
            },
        )
}

const T0: i64 = 1_714_564_800_000;
const WINDOW_MS: i64 = 5 * 60_000;

/// Event lines of one partition within four minutes of each other (the window is five, in
/// buckets of five seconds: however they arrive, none is late).
fn window_events() -> impl Strategy<Value = Vec<(Stream, String)>> {
    let event = (0u8..8, 0u8..6, 0u8..5, 0i64..240_000, 0u64..20_000);
    prop::collection::vec(event, 1..120).prop_map(|events| {
        events
            .into_iter()
            .map(|(user, kind, url, ms, duration)| {
                let at = T0 + ms;
                match kind {
                    0..=3 => {
                        let kind = ["login", "logout", "purchase", "view"][usize::from(kind)];
                        (
                            Stream::UserEvents,
                            format!(
                                r#"{{"userId":"u{user}","eventType":"{kind}","timestamp":{at}}}"#
                            ),
                        )
                    }
                    _ => (
                        Stream::PageViews,
                        format!(
                            r#"{{"userId":"u{user}","url":"/p{url}","duration":{duration},"timestamp":{at}}}"#
                        ),
                    ),
                }
            })
            .collect()
    })
}

/// The window's figures (the totals and the window), after the events in this order.
fn window_figures(events: &[&(Stream, String)]) -> String {
    let mut engine = Engine::new(EngineConfig {
        window_ms: WINDOW_MS,
        session_timeout_ms: 30 * 60_000,
        top: 10,
        buckets: 60,
        ..EngineConfig::default()
    });
    for (offset, (stream, line)) in events.iter().enumerate() {
        let slot = engine.slot("t", 0);
        engine
            .ingest_record(slot, *stream, line.as_bytes(), None, T0, offset as i64)
            .unwrap();
    }
    let snapshot = engine.snapshot(T0);
    assert_eq!(snapshot.window.late_events, 0);
    format!(
        "{} {:?} {:?} {} {} {} {:?} {:?} {} {}",
        snapshot.total_events,
        snapshot.events_by_type,
        snapshot.events_by_type_window,
        snapshot.distinct_users,
        snapshot.active_users,
        snapshot.page_views_window,
        snapshot.top_pages,
        snapshot.top_users,
        snapshot.window.start,
        snapshot.window.end,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn a_reset_plan_stays_within_the_log(
        mode in reset_mode(),
        partitions in prop::collection::vec(partition_state(), 0..6),
    ) {
        let rows = plan(&mode, &partitions);
        prop_assert_eq!(rows.len(), partitions.len());
        for (row, state) in rows.iter().zip(&partitions) {
            let (start, end) = (state.log_start, state.log_end.max(state.log_start));
            prop_assert_eq!((row.partition, row.current), (state.partition, state.current));
            prop_assert_eq!(row.clamped, row.new.is_some() && row.note.is_some());
            let Some(new) = row.new else {
                prop_assert!(row.note.is_some() && row.delta.is_none());
                continue;
            };
            prop_assert!(start <= new && new <= end, "{} outside [{}, {}]", new, start, end);
            if let Some(current) = state.current {
                prop_assert_eq!(row.delta, Some(new.saturating_sub(current)));
            }
            match &mode {
                ResetMode::ToEarliest => prop_assert_eq!(new, start),
                ResetMode::ToLatest => prop_assert_eq!(new, end),
                ResetMode::ToOffset(offset) => {
                    prop_assert_eq!(new, (*offset).clamp(start, end));
                    prop_assert_eq!(row.clamped, new != *offset);
                }
                ResetMode::ShiftBy(delta) => {
                    let wanted = state.current.unwrap().saturating_add(*delta);
                    prop_assert_eq!(new, wanted.clamp(start, end));
                }
                ResetMode::ToCurrent => {
                    let current = state.current.unwrap();
                    prop_assert_eq!(new, current.clamp(start, end));
                    prop_assert_eq!(row.clamped, !(start..=end).contains(&current));
                }
                _ => {}
            }
        }
    }

    #[test]
    fn a_truncate_plan_never_moves_the_log_start_back_or_past_the_end(
        bound in truncate_bound(),
        logs in prop::collection::vec(
            (0i32..8, ordered_bounds(), prop::option::of(offset())),
            0..6,
        ),
    ) {
        let logs: Vec<PartitionLog> = logs
            .into_iter()
            .map(|(partition, (log_start, log_end), offset_for_time)| PartitionLog {
                partition,
                log_start,
                log_end,
                offset_for_time,
            })
            .collect();
        match truncate_plan::plan("t", bound, &logs) {
            Ok(rows) => {
                prop_assert_eq!(rows.len(), logs.len());
                for (row, log) in rows.iter().zip(&logs) {
                    prop_assert!(log.log_start <= row.new_log_start && row.new_log_start <= log.log_end);
                    prop_assert_eq!(row.removed, row.new_log_start.saturating_sub(log.log_start));
                    prop_assert_eq!(row.status == RowStatus::Unchanged, row.removed == 0);
                    prop_assert_eq!(row.note.is_some(), row.removed == 0);
                    if let Bound::Offset(offset) = bound {
                        prop_assert_eq!(row.new_log_start, offset.max(log.log_start));
                    }
                }
            }
            Err(past) => {
                let Bound::Offset(offset) = bound else {
                    return Err(TestCaseError::fail("only an offset bound is refused"));
                };
                let expected: Vec<i32> = logs
                    .iter()
                    .filter(|log| offset > log.log_end)
                    .map(|log| log.partition)
                    .collect();
                prop_assert_eq!(past.iter().map(|p| p.partition).collect::<Vec<_>>(), expected);
            }
        }
    }

    #[test]
    fn a_start_position_stays_within_the_log(
        spec in start_spec(),
        (log_start, log_end) in ordered_bounds(),
        offset_for_time in prop::option::of(offset()),
    ) {
        match start_offset(spec, log_start, log_end, offset_for_time) {
            Some(offset) => prop_assert!(
                log_start <= offset && offset <= log_end,
                "{:?}: {} outside [{}, {}]", spec, offset, log_start, log_end
            ),
            None => prop_assert_eq!(spec, StartSpec::Stored),
        }
    }

    #[test]
    fn stored_positions_stay_within_the_log(
        bounds in prop::collection::vec(ordered_bounds(), 1..6),
        committed in prop::collection::vec(prop::option::of(prop::option::of(offset())), 6),
        fallback_earliest in any::<bool>(),
    ) {
        let bounds: LogBounds = bounds
            .into_iter()
            .enumerate()
            .map(|(partition, range)| (("t".to_string(), partition as i32), range))
            .collect();
        // Some partitions have a committed offset, some an empty one, some no entry.
        let committed: BTreeMap<(String, i32), Option<i64>> = committed
            .into_iter()
            .enumerate()
            .filter_map(|(partition, entry)| Some((("t".to_string(), partition as i32), entry?)))
            .collect();
        let stored = stored_offsets(&bounds, &committed, fallback_earliest);
        prop_assert_eq!(stored.len(), bounds.len());
        for (key, (low, high)) in &bounds {
            let offset = stored[key];
            prop_assert!(*low <= offset && offset <= *high, "{} outside [{}, {}]", offset, low, high);
            if committed.get(key).copied().flatten().is_none() {
                prop_assert_eq!(offset, if fallback_earliest { *low } else { *high });
            }
        }
    }

    #[test]
    fn lag_is_never_negative(
        partitions in prop::collection::vec(partition_offsets(), 0..8),
        now in offset(),
    ) {
        let group = group_lag("g", GroupState::Stable, 1, &partitions, now);
        let mut partition_lags = Vec::new();
        for topic in &group.topics {
            for lag in &topic.partitions {
                prop_assert!(lag.lag >= 0 && lag.lost >= 0, "{:?}", lag);
                prop_assert!(lag.time_lag_ms.is_none_or(|ms| ms >= 0), "{:?}", lag);
                partition_lags.push(lag.lag);
            }
            let sum = topic.partitions.iter().fold(0i64, |sum, p| sum.saturating_add(p.lag));
            prop_assert_eq!(topic.total_lag, sum);
        }
        prop_assert_eq!(partition_lags.len(), partitions.len());
        prop_assert!(group.total_lag >= group.max_lag && group.max_lag >= 0 && group.lost >= 0);
        prop_assert_eq!(group.max_lag, partition_lags.iter().copied().max().unwrap_or(0));
        prop_assert_eq!(
            group.total_lag,
            partition_lags.iter().fold(0i64, |sum, lag| sum.saturating_add(*lag))
        );
    }

    #[test]
    fn lag_counts_from_the_committed_offset_within_the_log(
        committed in prop::option::of(0i64..1_000_000),
        (log_start, log_end) in (0i64..1_000_000, 0i64..1_000_000)
            .prop_map(|(a, b)| (a.min(b), a.max(b))),
    ) {
        let offsets = PartitionOffsets {
            topic: "t".into(),
            partition: 0,
            committed,
            log_start,
            log_end,
            next_record_timestamp_ms: None,
            only_markers_remain: false,
            owner: None,
        };
        let lag = partition_lag(&offsets, T0);
        let from = committed.unwrap_or(log_start).clamp(log_start, log_end);
        let beyond = committed.is_some_and(|committed| committed > log_end);
        prop_assert_eq!(lag.lag, if beyond { 0 } else { log_end - from });
        prop_assert_eq!(lag.lost, committed.map_or(0, |committed| (log_start - committed).max(0)));
    }

    #[test]
    fn a_partitions_window_does_not_depend_on_the_order_of_its_events(
        events in window_events(),
        order in any::<prop::sample::Index>(),
        seed in any::<u64>(),
    ) {
        let in_order: Vec<&(Stream, String)> = events.iter().collect();
        // A permutation picked by the generated index and seed (Fisher–Yates).
        let mut shuffled = in_order.clone();
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let j = (state as usize ^ order.index(i + 1)) % (i + 1);
            shuffled.swap(i, j);
        }
        prop_assert_eq!(window_figures(&in_order), window_figures(&shuffled));
    }
}

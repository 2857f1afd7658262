//! Offset resets: the plan, Kafka's reset CSV, and `--topic T:0,1` targets.
//!
//! Properties: every planned offset lies within the partition's log bounds, is the offset the
//! mode asks for unless that lies outside them (then it is clamped, and says so), and its delta
//! is new − current; a row without an offset says why. Any CSV that parses writes out and
//! parses back to the same offsets; rows written as CSV read back as written. A parsed `--topic`
//! target names a topic and distinct partitions, none negative.

#![no_main]

use std::collections::BTreeMap;
use std::time::Duration;

use arbitrary::Arbitrary;
use kan::domain::reset_plan::{
    parse_csv, parse_topic_target, plan, to_csv, PartitionState, ResetMode,
};
use libfuzzer_sys::fuzz_target;

const TOPICS: &[&str] = &["t", "user-events", "a.b_c-1"];

#[derive(Arbitrary, Debug)]
enum Input {
    Plan { mode: Mode, partitions: Vec<State> },
    Csv(String),
    Rows(Vec<(u8, i32, Option<i64>)>),
    Target(String),
}

#[derive(Arbitrary, Debug)]
enum Mode {
    ToEarliest,
    ToLatest,
    ToOffset(i64),
    ShiftBy(i64),
    ToDatetime(i64),
    ByDuration(u64),
    ToCurrent,
    FromFile(Vec<(u8, i32, i64)>),
}

#[derive(Arbitrary, Debug)]
struct State {
    topic: u8,
    partition: i32,
    current: Option<i64>,
    log_start: i64,
    log_end: i64,
    offset_for_time: Option<i64>,
}

fn topic(index: u8) -> String {
    TOPICS[usize::from(index) % TOPICS.len()].to_string()
}

fn reset_mode(mode: Mode) -> ResetMode {
    match mode {
        Mode::ToEarliest => ResetMode::ToEarliest,
        Mode::ToLatest => ResetMode::ToLatest,
        Mode::ToOffset(offset) => ResetMode::ToOffset(offset),
        Mode::ShiftBy(delta) => ResetMode::ShiftBy(delta),
        Mode::ToDatetime(at) => ResetMode::ToDatetime(at),
        Mode::ByDuration(millis) => ResetMode::ByDuration(Duration::from_millis(millis)),
        Mode::ToCurrent => ResetMode::ToCurrent,
        Mode::FromFile(rows) => ResetMode::FromFile(
            rows.into_iter()
                .map(|(t, partition, offset)| ((topic(t), partition), offset))
                .collect(),
        ),
    }
}

/// The offset the mode asks for, before clamping (`None`: nothing to plan from).
fn wanted(mode: &ResetMode, state: &PartitionState) -> Option<i128> {
    let wide = i128::from;
    match mode {
        ResetMode::ToEarliest => Some(wide(state.log_start)),
        ResetMode::ToLatest => Some(wide(state.log_end)),
        ResetMode::ToOffset(offset) => Some(wide(*offset)),
        // Shifting saturates at the ends of i64 (far outside any log).
        ResetMode::ShiftBy(delta) => state
            .current
            .map(|current| (wide(current) + wide(*delta)).clamp(wide(i64::MIN), wide(i64::MAX))),
        ResetMode::ToDatetime(_) | ResetMode::ByDuration(_) => {
            Some(wide(state.offset_for_time.unwrap_or(state.log_end)))
        }
        ResetMode::ToCurrent => state.current.map(wide),
        ResetMode::FromFile(offsets) => offsets
            .get(&(state.topic.clone(), state.partition))
            .copied()
            .map(wide),
    }
}

fn check_plan(mode: &ResetMode, partitions: &[PartitionState]) {
    let rows = plan(mode, partitions);
    assert_eq!(rows.len(), partitions.len());
    for (row, state) in rows.iter().zip(partitions) {
        assert_eq!(
            (&row.topic, row.partition, row.current),
            (&state.topic, state.partition, state.current)
        );
        let (start, end) = (state.log_start, state.log_end.max(state.log_start));
        match (row.new, wanted(mode, state)) {
            (Some(new), Some(wanted)) => {
                assert!(
                    start <= new && new <= end,
                    "{new} outside [{start}, {end}]: {row:?}"
                );
                let clamped = wanted != i128::from(new);
                assert_eq!(row.clamped, clamped, "{row:?} for {wanted}");
                assert_eq!(row.note.is_some(), clamped, "{row:?}");
                if !clamped {
                    assert!(start <= new && new <= end);
                } else if wanted < i128::from(start) {
                    assert_eq!(new, start, "{row:?}");
                } else {
                    assert_eq!(new, end, "{row:?}");
                }
                let delta = state
                    .current
                    .map(|current| i128::from(new) - i128::from(current));
                match (row.delta, delta) {
                    (Some(got), Some(exact)) => assert!(
                        i128::from(got) == exact
                            || (got == i64::MAX && exact > i128::from(i64::MAX))
                            || (got == i64::MIN && exact < i128::from(i64::MIN)),
                        "delta {got}, not {exact}: {row:?}"
                    ),
                    (got, exact) => assert_eq!(got.is_some(), exact.is_some(), "{row:?}"),
                }
            }
            (None, None) => {
                assert!(
                    row.note.is_some() && row.delta.is_none() && !row.clamped,
                    "{row:?}"
                )
            }
            (new, wanted) => panic!("planned {new:?} where the mode wants {wanted:?}: {row:?}"),
        }
    }
}

/// What a parsed CSV may hold, and that writing it reads back the same.
fn check_csv(offsets: &BTreeMap<(String, i32), i64>) {
    for ((topic, partition), offset) in offsets {
        assert!(
            !topic.is_empty() && !topic.contains(',') && topic.trim() == topic,
            "{topic:?}"
        );
        assert!(
            *partition >= 0 && *offset >= 0,
            "{topic}:{partition} at {offset}"
        );
    }
    let written = to_csv(offsets.iter().map(|((t, p), o)| (t.clone(), *p, Some(*o))));
    assert_eq!(parse_csv(&written).as_ref(), Ok(offsets), "{written}");
}

fuzz_target!(|input: Input| match input {
    Input::Plan { mode, partitions } => {
        let partitions: Vec<PartitionState> = partitions
            .into_iter()
            .map(|state| PartitionState {
                topic: topic(state.topic),
                partition: state.partition,
                current: state.current,
                log_start: state.log_start,
                log_end: state.log_end,
                offset_for_time: state.offset_for_time,
            })
            .collect();
        check_plan(&reset_mode(mode), &partitions);
    }
    Input::Csv(text) => {
        if let Ok(offsets) = parse_csv(&text) {
            check_csv(&offsets);
        }
    }
    Input::Rows(rows) => {
        let rows: Vec<(String, i32, Option<i64>)> =
            rows.into_iter().map(|(t, p, o)| (topic(t), p, o)).collect();
        let written = to_csv(rows.clone());
        let mut expected = BTreeMap::new();
        let mut valid = true;
        for (topic, partition, offset) in rows {
            if let Some(offset) = offset {
                valid &= partition >= 0 && offset >= 0;
                valid &= expected.insert((topic, partition), offset).is_none();
            }
        }
        match parse_csv(&written) {
            Ok(offsets) => {
                assert!(valid, "accepted {written}");
                assert_eq!(offsets, expected, "{written}");
                check_csv(&offsets);
            }
            Err(err) => assert!(!valid, "{written}: {err}"),
        }
    }
    Input::Target(text) => {
        if let Ok((topic, partitions)) = parse_topic_target(&text) {
            assert!(!topic.is_empty() && !topic.contains(':'), "{text:?}");
            let partitions = partitions.unwrap_or_default();
            for (index, partition) in partitions.iter().enumerate() {
                assert!(*partition >= 0, "{text:?}");
                assert!(!partitions[..index].contains(partition), "{text:?}");
            }
        }
    }
});

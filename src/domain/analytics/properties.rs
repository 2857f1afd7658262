//! Properties of the per-partition engine: the figures do not depend on how the partitions'
//! events interleave; merging per-partition states gives what one state over every event gives
//! (except lateness, which is per partition by design); and writing a state to the state topic
//! and reading on from it gives what reading straight through gives.

use proptest::prelude::*;

use super::partition::PartitionState;
use super::state::StateRecord;
use super::{Engine, EngineConfig, Snapshot, Stream};

const T0: i64 = 1_714_564_800_000;

/// One generated event of one partition.
#[derive(Debug, Clone)]
struct Generated {
    partition: i32,
    stream: Stream,
    line: String,
}

fn event() -> impl Strategy<Value = (u8, u8, u8, i64, u8)> {
    // (user, kind, url, time offset in seconds, duration tenths)
    (0u8..40, 0u8..6, 0u8..7, 0i64..900, 0u8..50)
}

/// Events of `partitions` partitions; a user always lands in the same partition (the platform
/// keys both topics by user), each partition's events in a generated order (times jump back and
/// forth, so some are late).
fn partitioned(partitions: i32) -> impl Strategy<Value = Vec<Generated>> {
    prop::collection::vec(event(), 1..300).prop_map(move |events| {
        events
            .into_iter()
            .map(|(user, kind, url, seconds, tenths)| {
                let partition = i32::from(user) % partitions;
                let at = T0 + seconds * 1000;
                let user = format!("u{user}");
                let (stream, line) = match kind {
                    0..=3 => {
                        let kind = ["login", "logout", "purchase", "view"][kind as usize];
                        (
                            Stream::UserEvents,
                            format!(r#"{{"userId":"{user}","eventType":"{kind}","timestamp":{at}}}"#),
                        )
                    }
                    4 => (Stream::UserEvents, "{broken".to_string()),
                    _ => (
                        Stream::PageViews,
                        format!(
                            r#"{{"userId":"{user}","url":"/p{url}","duration":{},"timestamp":{at}}}"#,
                            u64::from(tenths) * 100
                        ),
                    ),
                };
                Generated {
                    partition,
                    stream,
                    line,
                }
            })
            .collect()
    })
}

fn timestamp(line: &str) -> i64 {
    line.rsplit_once("\"timestamp\":")
        .and_then(|(_, rest)| rest.trim_end_matches('}').parse().ok())
        .unwrap_or(0)
}

fn config() -> EngineConfig {
    EngineConfig {
        window_ms: 5 * 60_000,
        session_timeout_ms: 4 * 60_000,
        top: 5,
        ..EngineConfig::default()
    }
}

fn topic(stream: Stream) -> &'static str {
    match stream {
        Stream::UserEvents => "user-events",
        Stream::PageViews => "page-views",
    }
}

/// Feeds the events into their partitions in the given order.
fn feed(engine: &mut Engine, events: &[&Generated]) {
    for (offset, event) in events.iter().enumerate() {
        let slot = engine.slot(topic(event.stream), event.partition);
        let _ = engine.ingest_record(
            slot,
            event.stream,
            event.line.as_bytes(),
            None,
            T0,
            offset as i64,
        );
    }
}

fn snapshot_of(events: &[&Generated]) -> Snapshot {
    let mut engine = Engine::new(config());
    feed(&mut engine, events);
    engine.snapshot(T0)
}

/// A random interleaving that keeps each partition's own order (as any reader sees it).
fn interleave<'a>(events: &'a [Generated], choices: &[u8]) -> Vec<&'a Generated> {
    let mut queues: Vec<std::collections::VecDeque<&Generated>> = Vec::new();
    for event in events {
        let key = (event.stream as usize) * 16 + event.partition as usize;
        if queues.len() <= key {
            queues.resize_with(key + 1, Default::default);
        }
        queues[key].push_back(event);
    }
    let mut out = Vec::with_capacity(events.len());
    let mut choice = choices.iter().cycle();
    while out.len() < events.len() {
        let open: Vec<usize> = (0..queues.len())
            .filter(|q| !queues[*q].is_empty())
            .collect();
        let pick = open[usize::from(*choice.next().unwrap_or(&0)) % open.len()];
        // Take a burst, as a fetch does.
        let burst = 1 + usize::from(*choice.next().unwrap_or(&0)) % 5;
        for _ in 0..burst {
            if let Some(event) = queues[pick].pop_front() {
                out.push(event);
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_interleaving_of_the_partitions_gives_the_same_snapshot(
        events in partitioned(4),
        first in prop::collection::vec(any::<u8>(), 1..50),
        second in prop::collection::vec(any::<u8>(), 1..50),
    ) {
        let a = snapshot_of(&interleave(&events, &first));
        let b = snapshot_of(&interleave(&events, &second));
        prop_assert_eq!(a, b);
    }

    #[test]
    fn merged_partitions_equal_one_state_over_every_event(
        mut events in partitioned(3),
        sorted in any::<bool>(),
    ) {
        if sorted {
            events.sort_by_key(|event| timestamp(&event.line));
        }
        let mut merged = snapshot_of(&events.iter().collect::<Vec<_>>());
        let mut one = Engine::new(config());
        for event in &events {
            let _ = one.ingest(event.stream, event.line.as_bytes(), None, T0);
        }
        let mut whole = one.snapshot(T0);
        if !sorted {
            // Each partition keeps its own clock (a file read as one source has one): lateness,
            // and sessions swept as idle by that clock before an out-of-order event of the same
            // user came, are the clock's. With events in time order they agree as well.
            merged.window.late_events = 0;
            whole.window.late_events = 0;
            merged.active_sessions = 0;
            whole.active_sessions = 0;
        }
        prop_assert_eq!(merged, whole);
    }

    #[test]
    fn a_state_written_and_restored_reads_on_as_if_never_stopped(
        events in partitioned(2),
        cut in 0usize..300,
    ) {
        let all: Vec<&Generated> = events.iter().collect();
        let cut = cut.min(all.len());
        let straight = snapshot_of(&all);
        let mut before = Engine::new(config());
        feed(&mut before, &all[..cut]);
        let mut after = Engine::new(config());
        for counted in before.sources() {
            let record = StateRecord {
                group: "g".into(),
                topic: "t".into(),
                partition: 0,
                next_offset: counted.next_offset.unwrap_or_default(),
                committed: None,
                epoch: 0,
                instance: "i".into(),
                written_at_ms: 0,
                limits: *before.limits(),
                state: counted.state.clone(),
            };
            let restored: PartitionState = StateRecord::decode(&record.encode()).unwrap().state;
            after.insert(counted.source.clone(), restored, counted.next_offset);
        }
        for (offset, event) in all[cut..].iter().enumerate() {
            let slot = after.slot(topic(event.stream), event.partition);
            let _ = after.ingest_record(slot, event.stream, event.line.as_bytes(), None, T0, (cut + offset) as i64);
        }
        prop_assert_eq!(after.snapshot(T0), straight);
    }
}

//! The rolling analytics: exact counts, distinct users (exact, then HyperLogLog), sessions
//! (login opens, logout closes, other user events touch; idle ones expire), and per-window event
//! types, page views, top pages and top users, in time buckets.
//!
//! The engine keeps one [`PartitionState`] per source — each partition it reads, or one for a
//! replayed file — and merges them when asked for a snapshot, so the figures do not depend on
//! how the partitions' events interleave, and a source's state can be written to Kafka and
//! restored by another process ([`super::state`]).

use serde::{Deserialize, Serialize};

use super::merge::{merge, View};
use super::partition::{Event, Limits, PartitionState};
use super::snapshot::Snapshot;
use crate::domain::event::{parse_any, parse_page_view, parse_user_event, AnyEvent, Rejection};

/// Which clock windows follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeMode {
    /// The events' own timestamps (replays give the same answers as live).
    Event,
    /// When kan processes them.
    Processing,
}

/// Which stream an event came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    UserEvents,
    PageViews,
}

#[derive(Debug, Clone)]
pub struct EngineConfig {
    pub window_ms: i64,
    pub session_timeout_ms: i64,
    pub top: usize,
    pub time: TimeMode,
    /// Distinct counts stay exact up to this many values (per source).
    pub exact_threshold: usize,
    /// Buckets per window.
    pub buckets: i64,
}

impl Default for EngineConfig {
    fn default() -> Self {
        EngineConfig {
            window_ms: 5 * 60_000,
            session_timeout_ms: 30 * 60_000,
            top: 10,
            time: TimeMode::Event,
            exact_threshold: 200_000,
            buckets: 60,
        }
    }
}

/// Per-bucket bound on exact distinct users before the bucket switches to a sketch.
const BUCKET_EXACT: usize = 4_096;

impl EngineConfig {
    /// The limits states are counted with (the top lists keep 20 keys per row shown, at least
    /// 200, fixed for the run so `+`/`-` change only what is shown).
    pub fn limits(&self) -> Limits {
        Limits {
            window_ms: self.window_ms,
            bucket_ms: (self.window_ms / self.buckets.max(1)).max(1),
            session_timeout_ms: self.session_timeout_ms,
            exact_threshold: self.exact_threshold,
            bucket_exact: BUCKET_EXACT,
            summary_capacity: self.top.max(10) * 20,
            event_time: self.time == TimeMode::Event,
        }
    }
}

/// Where events come from: a partition, or a replayed file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Source {
    Partition { topic: String, partition: i32 },
    File,
}

impl Source {
    pub fn partition(topic: &str, partition: i32) -> Source {
        Source::Partition {
            topic: topic.to_string(),
            partition,
        }
    }
}

/// One source's state, and the offset after the last record counted in it.
#[derive(Debug, Clone)]
pub struct Counted {
    pub source: Source,
    pub state: PartitionState,
    pub next_offset: Option<i64>,
}

/// A line of a known stream, parsed.
fn parse(stream: Stream, line: &[u8]) -> Result<AnyEvent<'_>, Rejection> {
    match stream {
        Stream::UserEvents => parse_user_event(line).map(AnyEvent::User),
        Stream::PageViews => parse_page_view(line).map(AnyEvent::Page),
    }
}

pub struct Engine {
    config: EngineConfig,
    limits: Limits,
    /// Kept in source order, so merges always take them in the same order.
    sources: Vec<Counted>,
    /// The source of the last event (events come in runs from one partition).
    last: usize,
}

impl Engine {
    pub fn new(config: EngineConfig) -> Self {
        let limits = config.limits();
        Engine {
            config,
            limits,
            sources: Vec::new(),
            last: 0,
        }
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The slot of a partition's state (made empty the first time).
    pub fn slot(&mut self, topic: &str, partition: i32) -> usize {
        match self.owned_slot(topic, partition) {
            Some(slot) => slot,
            None => {
                self.last = self.insert(
                    Source::partition(topic, partition),
                    PartitionState::default(),
                    None,
                );
                self.last
            }
        }
    }

    /// The slot of a partition's state, when the engine has one.
    pub fn owned_slot(&mut self, topic: &str, partition: i32) -> Option<usize> {
        if let Some(Counted {
            source:
                Source::Partition {
                    topic: t,
                    partition: p,
                },
            ..
        }) = self.sources.get(self.last)
        {
            if *p == partition && t == topic {
                return Some(self.last);
            }
        }
        let found = self.sources.iter().position(|counted| {
            matches!(&counted.source, Source::Partition { topic: t, partition: p } if *p == partition && t == topic)
        })?;
        self.last = found;
        Some(found)
    }

    fn file_slot(&mut self) -> usize {
        match self
            .sources
            .iter()
            .position(|counted| counted.source == Source::File)
        {
            Some(index) => index,
            None => self.insert(Source::File, PartitionState::default(), None),
        }
    }

    /// Adds (or replaces) a source's state; returns its slot.
    pub fn insert(
        &mut self,
        source: Source,
        state: PartitionState,
        next_offset: Option<i64>,
    ) -> usize {
        let counted = Counted {
            source,
            state,
            next_offset,
        };
        match self
            .sources
            .binary_search_by(|other| other.source.cmp(&counted.source))
        {
            Ok(index) => {
                self.sources[index] = counted;
                index
            }
            Err(index) => {
                self.sources.insert(index, counted);
                index
            }
        }
    }

    /// Takes a source's state out (its partition went to another process).
    pub fn remove(&mut self, source: &Source) -> Option<Counted> {
        let index = self
            .sources
            .iter()
            .position(|counted| &counted.source == source)?;
        self.last = 0;
        Some(self.sources.remove(index))
    }

    /// The states counted so far, in source order.
    pub fn sources(&self) -> &[Counted] {
        &self.sources
    }

    /// Takes one record's value from a partition. `record_ms` is the Kafka record timestamp
    /// (used when the event has none); `processing_ms` is the wall clock now.
    pub fn ingest_record(
        &mut self,
        slot: usize,
        stream: Stream,
        line: &[u8],
        record_ms: Option<i64>,
        processing_ms: i64,
        offset: i64,
    ) -> Result<(), Rejection> {
        self.sources[slot].next_offset = Some(offset + 1);
        self.apply(slot, parse(stream, line), record_ms, processing_ms)
    }

    /// Takes one event line from a known stream, counted as a replayed file's.
    pub fn ingest(
        &mut self,
        stream: Stream,
        line: &[u8],
        record_ms: Option<i64>,
        processing_ms: i64,
    ) -> Result<(), Rejection> {
        let slot = self.file_slot();
        self.apply(slot, parse(stream, line), record_ms, processing_ms)
    }

    /// Takes a line of either kind (a page view has a `url`), parsed once: for replays.
    pub fn ingest_any(
        &mut self,
        line: &[u8],
        record_ms: Option<i64>,
        processing_ms: i64,
    ) -> Result<(), Rejection> {
        let slot = self.file_slot();
        self.apply(slot, parse_any(line), record_ms, processing_ms)
    }

    fn apply(
        &mut self,
        slot: usize,
        parsed: Result<AnyEvent<'_>, Rejection>,
        record_ms: Option<i64>,
        processing_ms: i64,
    ) -> Result<(), Rejection> {
        let state = &mut self.sources[slot].state;
        let (user, kind, page, event_ms) = match parsed {
            Ok(AnyEvent::User(event)) => (
                event.user_id,
                Some(event.event_type),
                None,
                event.timestamp_ms,
            ),
            Ok(AnyEvent::Page(view)) => (
                view.user_id,
                None,
                Some((view.url, view.duration_ms.unwrap_or(0))),
                view.timestamp_ms,
            ),
            Err(rejection) => {
                state.reject(&rejection);
                return Err(rejection);
            }
        };
        let at = match self.config.time {
            TimeMode::Event => event_ms.or(record_ms).unwrap_or(processing_ms),
            TimeMode::Processing => processing_ms,
        };
        let page = page
            .as_ref()
            .map(|(url, duration)| (url.as_ref(), *duration));
        state.apply(
            &self.limits,
            Event {
                user: &user,
                kind,
                page,
                at,
            },
        );
        Ok(())
    }

    /// Shows `top` rows in the top lists from now on (at least one).
    pub fn set_top(&mut self, top: usize) {
        self.config.top = top.max(1);
    }

    /// Rows shown in the top lists.
    pub fn top(&self) -> usize {
        self.config.top
    }

    /// The figures now, over every source. `processing_ms` is the wall clock (the window's
    /// clock in processing-time mode; in event-time mode the newest event's time is).
    pub fn snapshot(&self, processing_ms: i64) -> Snapshot {
        let states: Vec<&PartitionState> =
            self.sources.iter().map(|counted| &counted.state).collect();
        merge(
            &states,
            &self.limits,
            &View {
                top: self.config.top,
                processing_ms,
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: i64 = 1_714_564_800_000;
    const MIN: i64 = 60_000;

    fn user(engine: &mut Engine, user: &str, kind: &str, at: i64) {
        let line = format!(r#"{{"userId":"{user}","eventType":"{kind}","timestamp":{at}}}"#);
        engine
            .ingest(Stream::UserEvents, line.as_bytes(), None, T0)
            .unwrap();
    }

    fn view(engine: &mut Engine, user: &str, url: &str, duration: u64, at: i64) {
        let line = format!(
            r#"{{"userId":"{user}","url":"{url}","duration":{duration},"timestamp":{at}}}"#
        );
        engine
            .ingest(Stream::PageViews, line.as_bytes(), None, T0)
            .unwrap();
    }

    fn engine() -> Engine {
        Engine::new(EngineConfig {
            window_ms: 5 * MIN,
            session_timeout_ms: 30 * MIN,
            top: 3,
            ..Default::default()
        })
    }

    #[test]
    fn counts_types_users_and_pages() {
        let mut e = engine();
        user(&mut e, "a", "login", T0);
        user(&mut e, "a", "purchase", T0 + 1000);
        user(&mut e, "b", "view", T0 + 2000);
        view(&mut e, "a", "/pricing", 4000, T0 + 3000);
        view(&mut e, "b", "/pricing", 2000, T0 + 4000);
        view(&mut e, "b", "/home", 1000, T0 + 5000);
        let s = e.snapshot(T0);
        assert_eq!(s.total_events, 6);
        assert_eq!((s.user_events, s.page_views), (3, 3));
        assert_eq!(s.events_by_type.login, 1);
        assert_eq!(s.events_by_type.purchase, 1);
        assert_eq!(s.events_by_type.view, 1);
        assert_eq!(s.events_by_type_window, s.events_by_type);
        assert_eq!((s.distinct_users, s.active_users), (2, 2));
        assert!(s.distinct_users_exact && s.active_users_exact);
        assert_eq!(s.top_pages[0].url, "/pricing");
        assert_eq!(s.top_pages[0].views, 2);
        assert_eq!(s.top_pages[0].avg_duration_ms, 3000.0);
        // a and b both have 3 events; ties are broken by name.
        assert_eq!(s.top_users[0].user, "a");
        assert_eq!(s.top_users[0].events, 3);
        assert_eq!(s.top_users[1].user, "b");
        assert_eq!(s.page_views_window, 3);
    }

    #[test]
    fn windows_roll_with_event_time() {
        let mut e = engine();
        user(&mut e, "old", "view", T0);
        view(&mut e, "old", "/old", 0, T0);
        user(&mut e, "new", "view", T0 + 10 * MIN);
        let s = e.snapshot(T0);
        // Totals keep everything; the window only the last five minutes of event time.
        assert_eq!(s.total_events, 3);
        assert_eq!(s.events_by_type_window.view, 1);
        assert_eq!(s.active_users, 1);
        assert_eq!(s.distinct_users, 2);
        assert_eq!(s.page_views_window, 0);
        assert!(s.top_pages.is_empty());
        // A straggler older than the window counts in totals only.
        user(&mut e, "late", "view", T0 + MIN);
        let s = e.snapshot(T0);
        assert_eq!(s.window.late_events, 1);
        assert_eq!(s.total_events, 4);
        assert_eq!(s.active_users, 1);
    }

    #[test]
    fn sessions_open_close_and_expire() {
        let mut e = engine();
        user(&mut e, "a", "login", T0);
        user(&mut e, "b", "login", T0);
        user(&mut e, "c", "view", T0); // no login: no session
        assert_eq!(e.snapshot(T0).active_sessions, 2);
        user(&mut e, "a", "logout", T0 + MIN);
        assert_eq!(e.snapshot(T0).active_sessions, 1);
        // b stays active by touching within the timeout…
        user(&mut e, "b", "view", T0 + 20 * MIN);
        user(&mut e, "x", "view", T0 + 45 * MIN);
        assert_eq!(e.snapshot(T0).active_sessions, 1);
        // …and expires 30 idle minutes after its last activity.
        user(&mut e, "x", "view", T0 + 51 * MIN);
        assert_eq!(e.snapshot(T0).active_sessions, 0);
        // An event after expiry does not revive the session.
        let mut e = engine();
        user(&mut e, "z", "login", T0);
        user(&mut e, "z", "purchase", T0 + 31 * MIN);
        assert_eq!(e.snapshot(T0).active_sessions, 0);
    }

    #[test]
    fn bad_lines_are_counted_by_reason() {
        let mut e = engine();
        assert!(e.ingest(Stream::UserEvents, b"{oops", None, T0).is_err());
        assert!(e
            .ingest(
                Stream::UserEvents,
                br#"{"userId":"a","eventType":"dance"}"#,
                None,
                T0
            )
            .is_err());
        assert!(e
            .ingest(Stream::PageViews, br#"{"userId":"a"}"#, None, T0)
            .is_err());
        assert!(e.ingest(Stream::PageViews, b"", None, T0).is_err());
        let s = e.snapshot(T0);
        assert_eq!(s.bad_events.total, 4);
        assert_eq!(s.bad_events.by_reason["schema"], 2);
        assert_eq!(s.bad_events.by_reason["malformed_json"], 1);
        assert_eq!(s.bad_events.by_reason["empty"], 1);
        assert_eq!(s.total_events, 0);
    }

    #[test]
    fn top_k_is_right_on_skewed_data() {
        let mut e = Engine::new(EngineConfig {
            top: 5,
            ..Default::default()
        });
        for round in 0..20_000u64 {
            view(&mut e, "u", &format!("/tail/{round}"), 0, T0 + round as i64);
            for hot in 0..5u64 {
                if round % (hot + 1) == 0 {
                    view(&mut e, "u", &format!("/hot/{hot}"), 100, T0 + round as i64);
                }
            }
        }
        let s = e.snapshot(T0);
        let urls: Vec<&str> = s.top_pages.iter().map(|p| p.url.as_str()).collect();
        assert_eq!(urls, ["/hot/0", "/hot/1", "/hot/2", "/hot/3", "/hot/4"]);
        assert_eq!(s.top_pages[0].views, 20_000);
        assert_eq!(s.top_pages[1].views, 10_000);
    }

    #[test]
    fn many_users_switch_to_a_sketch_within_its_error() {
        let mut e = Engine::new(EngineConfig {
            exact_threshold: 10_000,
            ..Default::default()
        });
        for index in 0..100_000i64 {
            user(&mut e, &format!("user-{index}"), "view", T0 + index);
        }
        let s = e.snapshot(T0);
        assert!(!s.distinct_users_exact && !s.active_users_exact);
        for estimate in [s.distinct_users, s.active_users] {
            let error = (estimate as f64 - 100_000.0).abs() / 100_000.0;
            assert!(error < 3.0 * s.sketch_error, "{estimate}");
        }
    }

    #[test]
    fn an_empty_engine_reports_zeros() {
        let s = engine().snapshot(T0);
        assert_eq!(
            (s.total_events, s.active_users, s.active_sessions),
            (0, 0, 0)
        );
        assert!(s.top_pages.is_empty());
    }

    #[test]
    fn rates_follow_event_time_so_replays_have_rates() {
        let mut e = engine();
        for (at, count) in [(T0, 10), (T0 + 1000, 20), (T0 + 2000, 1)] {
            for _ in 0..count {
                user(&mut e, "a", "view", at);
            }
        }
        // Processed in no time at all (and long after): the events' own clock decides.
        let s = e.snapshot(T0 + 3_600_000);
        assert_eq!(s.rates.user_events.last_1s, 20.0);
        assert_eq!(s.rates.overall, 31.0 / 2.0);
    }

    #[test]
    fn processing_time_mode_ignores_event_timestamps() {
        let mut e = Engine::new(EngineConfig {
            time: TimeMode::Processing,
            ..Default::default()
        });
        // An event stamped a year ago still counts in the window when processed now.
        user(&mut e, "a", "view", T0 - 365 * 24 * 60 * MIN);
        let s = e.snapshot(T0);
        assert_eq!(s.events_by_type_window.view, 1);
        assert_eq!(s.window.time, "processing");
    }
}

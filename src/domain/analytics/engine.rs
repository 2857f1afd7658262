//! The rolling analytics: exact counts, distinct users (exact, then HyperLogLog), sessions
//! (login opens, logout closes, other events touch; idle ones expire), and per-window event
//! types, page views, top pages and top users, in time buckets.

use std::collections::{BTreeMap, VecDeque};

use super::rates::RateCounter;
use super::sketch::{hash64, union_count, Distinct, HyperLogLog};
use super::snapshot::{
    BadEvents, PageStat, Rates, Snapshot, StreamRates, TypeCounts, UserStat, WindowInfo,
};
use super::topk::TopK;
use crate::domain::event::{
    parse_any, parse_page_view, parse_user_event, AnyEvent, EventType, Rejection,
};
use crate::domain::timestamp::format_rfc3339_millis;

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
    /// Distinct counts stay exact up to this many values.
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

struct Bucket {
    index: i64,
    by_type: [u64; 4],
    page_views: u64,
    users: Distinct,
    pages: TopK,
    top_users: TopK,
}

pub struct Engine {
    config: EngineConfig,
    bucket_ms: i64,
    total_events: u64,
    user_events: u64,
    page_views: u64,
    by_type: [u64; 4],
    distinct_users: Distinct,
    /// Open sessions: user hash → last activity (event time).
    sessions: foldhash::HashMap<u64, i64>,
    buckets: VecDeque<Bucket>,
    /// The newest event time seen (or processing time).
    now_ms: i64,
    late_events: u64,
    bad: BTreeMap<String, u64>,
    bad_total: u64,
    user_rate: RateCounter,
    page_rate: RateCounter,
    /// The earliest and latest time events were counted at (the window's clock), for the
    /// overall rate.
    span: Option<(i64, i64)>,
}

fn type_index(kind: EventType) -> usize {
    match kind {
        EventType::Login => 0,
        EventType::Logout => 1,
        EventType::Purchase => 2,
        EventType::View => 3,
    }
}

fn counts(by_type: &[u64; 4]) -> TypeCounts {
    TypeCounts {
        login: by_type[0],
        logout: by_type[1],
        purchase: by_type[2],
        view: by_type[3],
    }
}

impl Engine {
    pub fn new(config: EngineConfig) -> Self {
        let bucket_ms = (config.window_ms / config.buckets.max(1)).max(1);
        Engine {
            config,
            bucket_ms,
            total_events: 0,
            user_events: 0,
            page_views: 0,
            by_type: [0; 4],
            distinct_users: Distinct::default(),
            sessions: foldhash::HashMap::default(),
            buckets: VecDeque::new(),
            now_ms: i64::MIN,
            late_events: 0,
            bad: BTreeMap::new(),
            bad_total: 0,
            user_rate: RateCounter::default(),
            page_rate: RateCounter::default(),
            span: None,
        }
    }

    /// Takes one event line from a known stream. `record_ms` is the Kafka record timestamp
    /// (used when the event has none); `processing_ms` is the wall clock now.
    pub fn ingest(
        &mut self,
        stream: Stream,
        line: &[u8],
        record_ms: Option<i64>,
        processing_ms: i64,
    ) -> Result<(), Rejection> {
        let parsed = match stream {
            Stream::UserEvents => parse_user_event(line).map(AnyEvent::User),
            Stream::PageViews => parse_page_view(line).map(AnyEvent::Page),
        };
        self.apply(parsed, record_ms, processing_ms)
    }

    /// Takes a line of either kind (a page view has a `url`), parsed once: for replays.
    pub fn ingest_any(
        &mut self,
        line: &[u8],
        record_ms: Option<i64>,
        processing_ms: i64,
    ) -> Result<(), Rejection> {
        self.apply(parse_any(line), record_ms, processing_ms)
    }

    fn apply(
        &mut self,
        parsed: Result<AnyEvent<'_>, Rejection>,
        record_ms: Option<i64>,
        processing_ms: i64,
    ) -> Result<(), Rejection> {
        let (stream, user, kind, url, duration, event_ms) = match parsed {
            Ok(AnyEvent::User(event)) => (
                Stream::UserEvents,
                event.user_id,
                Some(event.event_type),
                None,
                0,
                event.timestamp_ms,
            ),
            Ok(AnyEvent::Page(view)) => (
                Stream::PageViews,
                view.user_id,
                None,
                Some(view.url),
                view.duration_ms.unwrap_or(0),
                view.timestamp_ms,
            ),
            Err(rejection) => {
                self.reject(&rejection);
                return Err(rejection);
            }
        };
        let at = match self.config.time {
            TimeMode::Event => event_ms.or(record_ms).unwrap_or(processing_ms),
            TimeMode::Processing => processing_ms,
        };
        self.total_events += 1;
        // Rates follow the window's clock: a replay shows the rates the events came at.
        match stream {
            Stream::UserEvents => {
                self.user_events += 1;
                self.user_rate.add(at);
            }
            Stream::PageViews => {
                self.page_views += 1;
                self.page_rate.add(at);
            }
        }
        self.span = Some(match self.span {
            Some((first, last)) => (first.min(at), last.max(at)),
            None => (at, at),
        });
        if let Some(kind) = kind {
            self.by_type[type_index(kind)] += 1;
        }
        let user_hash = hash64(user.as_bytes());
        self.distinct_users
            .insert(user_hash, self.config.exact_threshold);
        if let Some(kind) = kind {
            self.session(user_hash, kind, at);
        } else {
            self.touch(user_hash, at);
        }

        // The window.
        if at > self.now_ms {
            self.now_ms = at;
            self.expire_buckets();
        }
        if at < self.now_ms.saturating_sub(self.config.window_ms) {
            self.late_events += 1;
            return Ok(());
        }
        let bucket = self.bucket(at);
        if let Some(kind) = kind {
            bucket.by_type[type_index(kind)] += 1;
        }
        bucket.users.insert(user_hash, BUCKET_EXACT);
        bucket.top_users.add(&user, 0);
        if let Some(url) = url {
            bucket.page_views += 1;
            bucket.pages.add(&url, duration);
        }
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

    /// Counts a line that could not be used.
    pub fn reject(&mut self, rejection: &Rejection) {
        self.bad_total += 1;
        *self
            .bad
            .entry(rejection.reason.as_str().to_string())
            .or_default() += 1;
    }

    fn session(&mut self, user: u64, kind: EventType, at: i64) {
        match kind {
            EventType::Login => {
                self.sessions.insert(user, at);
            }
            EventType::Logout => {
                self.sessions.remove(&user);
            }
            _ => self.touch(user, at),
        }
    }

    fn touch(&mut self, user: u64, at: i64) {
        let timeout = self.config.session_timeout_ms;
        if let Some(last) = self.sessions.get_mut(&user) {
            if at - *last > timeout {
                // Idle too long: that session expired before this event.
                self.sessions.remove(&user);
            } else if at > *last {
                *last = at;
            }
        }
    }

    fn bucket(&mut self, at: i64) -> &mut Bucket {
        let index = at.div_euclid(self.bucket_ms);
        let top = self.config.top.max(1) * 20;
        let position = self
            .buckets
            .iter()
            .rposition(|bucket| bucket.index <= index);
        match position {
            Some(position) if self.buckets[position].index == index => &mut self.buckets[position],
            found => {
                let insert_at = found.map_or(0, |position| position + 1);
                self.buckets.insert(
                    insert_at,
                    Bucket {
                        index,
                        by_type: [0; 4],
                        page_views: 0,
                        users: Distinct::default(),
                        pages: TopK::new(top),
                        top_users: TopK::new(top),
                    },
                );
                &mut self.buckets[insert_at]
            }
        }
    }

    fn expire_buckets(&mut self) {
        let oldest = self
            .now_ms
            .saturating_sub(self.config.window_ms)
            .div_euclid(self.bucket_ms);
        while self
            .buckets
            .front()
            .is_some_and(|bucket| bucket.index < oldest)
        {
            self.buckets.pop_front();
        }
    }

    /// Event types, page views, pages and users summed over the window's buckets.
    fn window_totals(&self) -> WindowTotals {
        let capacity = self.config.top.max(1) * 20;
        let mut totals = WindowTotals {
            by_type: [0; 4],
            page_views: 0,
            pages: TopK::new(capacity),
            users: TopK::new(capacity),
        };
        for bucket in &self.buckets {
            for (total, count) in totals.by_type.iter_mut().zip(bucket.by_type) {
                *total += count;
            }
            totals.page_views += bucket.page_views;
            totals.pages.merge(&bucket.pages);
            totals.users.merge(&bucket.top_users);
        }
        totals
    }

    /// The current state. `processing_ms` is the wall clock (the window's clock in
    /// processing-time mode; in event-time mode the newest event's time is).
    pub fn snapshot(&mut self, processing_ms: i64) -> Snapshot {
        if self.config.time == TimeMode::Processing && processing_ms > self.now_ms {
            self.now_ms = processing_ms;
        }
        self.expire_buckets();
        let now = if self.now_ms == i64::MIN {
            processing_ms
        } else {
            self.now_ms
        };
        let timeout = self.config.session_timeout_ms;
        self.sessions
            .retain(|_, last| now.saturating_sub(*last) <= timeout);

        let window = self.window_totals();
        let (active_users, active_exact) = union_count(
            self.buckets.iter().map(|bucket| &bucket.users),
            self.config.exact_threshold,
        );
        let elapsed_s = self
            .span
            .map_or(0.0, |(first, last)| (last - first) as f64 / 1000.0);
        let rates = |counter: &RateCounter| StreamRates {
            last_1s: counter.per_second(now, 1),
            last_1m: counter.per_second(now, 60),
            last_5m: counter.per_second(now, 300),
        };
        Snapshot {
            at: format_rfc3339_millis(processing_ms),
            total_events: self.total_events,
            user_events: self.user_events,
            page_views: self.page_views,
            events_by_type: counts(&self.by_type),
            events_by_type_window: counts(&window.by_type),
            distinct_users: self.distinct_users.count(),
            distinct_users_exact: self.distinct_users.is_exact(),
            active_users,
            active_users_exact: active_exact,
            active_sessions: self.sessions.len() as u64,
            page_views_window: window.page_views,
            top_pages: top_pages(&window.pages, self.config.top),
            top_pages_exact: window.pages.is_exact(),
            top_users: top_users(&window.users, self.config.top),
            top_users_exact: window.users.is_exact(),
            rates: Rates {
                user_events: rates(&self.user_rate),
                page_views: rates(&self.page_rate),
                overall: if elapsed_s > 0.0 {
                    self.total_events as f64 / elapsed_s
                } else {
                    0.0
                },
            },
            bad_events: BadEvents {
                total: self.bad_total,
                by_reason: self.bad.clone(),
            },
            window: WindowInfo {
                duration_ms: self.config.window_ms,
                start: format_rfc3339_millis(now.saturating_sub(self.config.window_ms)),
                end: format_rfc3339_millis(now),
                time: match self.config.time {
                    TimeMode::Event => "event",
                    TimeMode::Processing => "processing",
                },
                late_events: self.late_events,
            },
            session_timeout_ms: timeout,
            sketch_error: HyperLogLog::relative_error(),
            lag: None,
        }
    }
}

/// What the window's buckets add up to.
struct WindowTotals {
    by_type: [u64; 4],
    page_views: u64,
    pages: TopK,
    users: TopK,
}

/// The `top` pages by views, with their average view duration (one decimal).
fn top_pages(pages: &TopK, top: usize) -> Vec<PageStat> {
    pages
        .top(top)
        .into_iter()
        .map(|(url, tally)| PageStat {
            url: url.to_string(),
            views: tally.count,
            avg_duration_ms: if tally.count == 0 {
                0.0
            } else {
                (tally.total as f64 / tally.count as f64 * 10.0).round() / 10.0
            },
        })
        .collect()
}

/// The `top` users by events.
fn top_users(users: &TopK, top: usize) -> Vec<UserStat> {
    users
        .top(top)
        .into_iter()
        .map(|(user, tally)| UserStat {
            user: user.to_string(),
            events: tally.count,
        })
        .collect()
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

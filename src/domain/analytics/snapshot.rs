//! What the engine reports: the documented JSON shape of `kan watch analytics -o json`.

use std::collections::BTreeMap;

use serde::Serialize;

/// Counts per event type.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TypeCounts {
    pub login: u64,
    pub logout: u64,
    pub purchase: u64,
    pub view: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageStat {
    pub url: String,
    pub views: u64,
    pub avg_duration_ms: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UserStat {
    pub user: String,
    pub events: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StreamRates {
    pub last_1s: f64,
    pub last_1m: f64,
    pub last_5m: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rates {
    pub user_events: StreamRates,
    pub page_views: StreamRates,
    /// Events per second since the start.
    pub overall: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BadEvents {
    pub total: u64,
    /// By reason: `malformed_json`, `schema`, `empty`, `invalid_utf8`, `too_large`.
    pub by_reason: BTreeMap<String, u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WindowInfo {
    pub duration_ms: i64,
    /// RFC 3339 bounds of the window.
    pub start: String,
    pub end: String,
    /// `event` (windows follow event timestamps) or `processing`.
    pub time: &'static str,
    /// Events too old for the window (counted in totals only).
    pub late_events: u64,
}

/// Consumer lag of the watching group (live mode only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WatchLag {
    pub total: i64,
    pub partitions: Vec<PartitionLag>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartitionLag {
    pub topic: String,
    pub partition: i32,
    pub lag: i64,
}

/// One refresh of the analytics.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Snapshot {
    pub at: String,
    pub total_events: u64,
    pub user_events: u64,
    pub page_views: u64,
    pub events_by_type: TypeCounts,
    pub events_by_type_window: TypeCounts,
    pub distinct_users: u64,
    pub distinct_users_exact: bool,
    pub active_users: u64,
    pub active_users_exact: bool,
    pub active_sessions: u64,
    pub page_views_window: u64,
    pub top_pages: Vec<PageStat>,
    pub top_pages_exact: bool,
    pub top_users: Vec<UserStat>,
    pub top_users_exact: bool,
    pub rates: Rates,
    pub bad_events: BadEvents,
    pub window: WindowInfo,
    pub session_timeout_ms: i64,
    /// Relative standard error of the sketches, when a count is not exact.
    pub sketch_error: f64,
    pub lag: Option<WatchLag>,
    /// Where the state lives (`--group` with a state topic, and `--merged`); `null` otherwise.
    pub state: Option<StateView>,
}

/// The state behind a snapshot: which partitions it covers, up to where, written by whom.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StateView {
    /// The state topic.
    pub topic: String,
    pub group: String,
    /// This instance's partitions (its own view), or every partition a snapshot covers
    /// (`--merged`).
    pub partitions: Vec<CoveredPartition>,
    /// Source partitions no snapshot covers yet (`--merged`).
    pub missing: Vec<PartitionRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CoveredPartition {
    pub topic: String,
    pub partition: i32,
    /// Every event before this offset is counted.
    pub offset: i64,
    /// The instance that counted it (`host/pid`).
    pub instance: String,
    /// How long ago the covering snapshot was written (`null`: not written yet).
    pub age_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct PartitionRef {
    pub topic: String,
    pub partition: i32,
}

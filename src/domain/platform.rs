//! The analytics platform kan grew up with: its topic names and kan's defaults for them, named
//! here once (flags, publishing and watching use them by name).

/// User events `{userId, eventType, timestamp, metadata}`, keyed by `userId`.
pub const USER_EVENTS: &str = "user-events";
/// Page views `{userId, url, referrer, timestamp, duration}`, keyed by `userId`.
pub const PAGE_VIEWS: &str = "page-views";
/// Aggregates, one record per metric (a compacted topic; `kan watch analytics --emit`).
pub const ANALYTICS_EVENTS: &str = "analytics-events";
/// Dead letters: events that could not be used (`--on-invalid dlq`, `kan watch --dlq`).
pub const ERROR_EVENTS: &str = "error-events";
/// The consumer group `kan watch analytics` reads as by default.
pub const WATCH_GROUP: &str = "kan-watch-analytics";
/// Where `kan watch analytics` keeps each partition's state (a compacted topic, created when
/// missing).
pub const STATE_TOPIC: &str = "kan-analytics-state";

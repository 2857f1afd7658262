//! The figures people see, from the states of every source: one process's partitions, or the
//! newest snapshots of a whole group's in the state topic. Merging is the same either way, and
//! it does not depend on the order the states come in (they are taken in key order).
//!
//! The merged clock is the newest of the sources' clocks (the window ends there); each source
//! only keeps what its own clock has not left behind, which the merged window never needs.

use super::partition::{Limits, PartitionState};
use super::rates::RateCounter;
use super::sketch::{union_count, HashSet64, HyperLogLog};
use super::snapshot::{
    BadEvents, PageStat, Rates, Snapshot, StreamRates, TypeCounts, UserStat, WindowInfo,
};
use super::topk::TopK;
use crate::domain::timestamp::format_rfc3339_millis;

/// A merged distinct count stays exact up to this many users (a set of 16 MiB); beyond it the
/// sources' sets are folded into a HyperLogLog.
pub const MERGED_EXACT: usize = 2_000_000;

/// What a merge reports besides the states.
pub struct View {
    /// Rows in the top lists.
    pub top: usize,
    /// The wall clock (the window's clock with processing time, and `at`).
    pub processing_ms: i64,
}

fn counts(by_type: &[u64; 4]) -> TypeCounts {
    TypeCounts {
        login: by_type[0],
        logout: by_type[1],
        purchase: by_type[2],
        view: by_type[3],
    }
}

/// The merged window's end: the newest source clock (with processing time, never before now).
fn merged_clock(states: &[&PartitionState], limits: &Limits, processing_ms: i64) -> i64 {
    let newest = states.iter().filter_map(|state| state.clock).max();
    if limits.event_time {
        newest.unwrap_or(processing_ms)
    } else {
        newest.map_or(processing_ms, |clock| clock.max(processing_ms))
    }
}

/// One snapshot of the states together.
pub fn merge(states: &[&PartitionState], limits: &Limits, view: &View) -> Snapshot {
    let now = merged_clock(states, limits, view.processing_ms);
    let window = Window::of(states, limits, now);
    let sum = |part: fn(&PartitionState) -> u64| states.iter().map(|state| part(state)).sum();
    let mut by_type = [0u64; 4];
    for state in states {
        for (total, count) in by_type.iter_mut().zip(state.by_type) {
            *total += count;
        }
    }
    let (distinct_users, distinct_exact) = union_count(
        states.iter().map(|state| &state.distinct_users),
        MERGED_EXACT,
    );
    let total_events: u64 = sum(|state| state.total_events);
    Snapshot {
        at: format_rfc3339_millis(view.processing_ms),
        total_events,
        user_events: sum(|state| state.user_events),
        page_views: sum(|state| state.page_views),
        events_by_type: counts(&by_type),
        events_by_type_window: counts(&window.by_type),
        distinct_users,
        distinct_users_exact: distinct_exact,
        active_users: window.active_users.0,
        active_users_exact: window.active_users.1,
        active_sessions: open_sessions(states, now - limits.session_timeout_ms),
        page_views_window: window.page_views,
        top_pages: top_pages(&window.pages, view.top),
        top_pages_exact: window.pages.is_exact(),
        top_users: top_users(&window.users, view.top),
        top_users_exact: window.users.is_exact(),
        rates: rates(states, now, total_events),
        bad_events: bad_events(states),
        window: WindowInfo {
            duration_ms: limits.window_ms,
            start: format_rfc3339_millis(now.saturating_sub(limits.window_ms)),
            end: format_rfc3339_millis(now),
            time: if limits.event_time {
                "event"
            } else {
                "processing"
            },
            late_events: sum(|state| state.late_events),
        },
        session_timeout_ms: limits.session_timeout_ms,
        sketch_error: HyperLogLog::relative_error(),
        lag: None,
        state: None,
    }
}

/// The window's buckets of every source, summed.
struct Window {
    by_type: [u64; 4],
    page_views: u64,
    pages: TopK,
    users: TopK,
    active_users: (u64, bool),
}

impl Window {
    fn of(states: &[&PartitionState], limits: &Limits, now: i64) -> Window {
        let oldest = limits.oldest_bucket(now);
        let buckets = || {
            states
                .iter()
                .flat_map(|state| state.buckets.iter())
                .filter(move |bucket| bucket.index >= oldest)
        };
        let mut window = Window {
            by_type: [0; 4],
            page_views: 0,
            pages: TopK::new(limits.summary_capacity),
            users: TopK::new(limits.summary_capacity),
            active_users: union_count(buckets().map(|bucket| &bucket.users), MERGED_EXACT),
        };
        for bucket in buckets() {
            for (total, count) in window.by_type.iter_mut().zip(bucket.by_type) {
                *total += count;
            }
            window.page_views += bucket.page_views;
            window.pages.merge(&bucket.pages);
            window.users.merge(&bucket.top_users);
        }
        window
    }
}

/// Sessions active since `since`, each user once (the platform keys user events by user, so a
/// user's session lives in one partition; a set guards against topics keyed otherwise).
fn open_sessions(states: &[&PartitionState], since: i64) -> u64 {
    let with_sessions: Vec<&&PartitionState> = states
        .iter()
        .filter(|state| !state.sessions.is_empty())
        .collect();
    if with_sessions.len() <= 1 {
        return with_sessions.first().map_or(0, |state| {
            state
                .sessions
                .values()
                .filter(|last| **last >= since)
                .count() as u64
        });
    }
    let mut open = HashSet64::default();
    for state in with_sessions {
        open.extend(
            state
                .sessions
                .iter()
                .filter(|(_, last)| **last >= since)
                .map(|(user, _)| *user),
        );
    }
    open.len() as u64
}

fn rates(states: &[&PartitionState], now: i64, total_events: u64) -> Rates {
    let per_stream = |counters: Vec<&RateCounter>| StreamRates {
        last_1s: RateCounter::merged_per_second(&counters, now, 1),
        last_1m: RateCounter::merged_per_second(&counters, now, 60),
        last_5m: RateCounter::merged_per_second(&counters, now, 300),
    };
    let first = states
        .iter()
        .filter_map(|state| state.span)
        .map(|span| span.0)
        .min();
    let last = states
        .iter()
        .filter_map(|state| state.span)
        .map(|span| span.1)
        .max();
    let elapsed_s = match (first, last) {
        (Some(first), Some(last)) => (last - first) as f64 / 1000.0,
        _ => 0.0,
    };
    Rates {
        user_events: per_stream(states.iter().map(|state| &state.user_rate).collect()),
        page_views: per_stream(states.iter().map(|state| &state.page_rate).collect()),
        overall: if elapsed_s > 0.0 {
            total_events as f64 / elapsed_s
        } else {
            0.0
        },
    }
}

fn bad_events(states: &[&PartitionState]) -> BadEvents {
    let mut bad = BadEvents {
        total: 0,
        by_reason: Default::default(),
    };
    for state in states {
        bad.total += state.bad_total;
        for (reason, count) in &state.bad {
            *bad.by_reason.entry(reason.clone()).or_default() += count;
        }
    }
    bad
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

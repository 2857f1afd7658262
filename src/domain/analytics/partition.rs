//! The aggregates of one source of events — a partition of `user-events` or `page-views`, or a
//! replayed file — as a pure function of that source's events in their order: its own clock
//! (the newest event time it has seen), its own window buckets, lateness, sessions and rates.
//! Nothing here depends on how other sources are read, so any interleaving of the partitions
//! gives the same states, and states written by one process can be restored by another.
//! [`super::merge`] combines them into the figures people see.

use std::collections::{BTreeMap, VecDeque};

use serde::{Deserialize, Serialize};

use super::packed::{self, SessionMap};
use super::rates::RateCounter;
use super::sketch::{hash64, Distinct};
use super::topk::TopK;
use crate::domain::event::{EventType, Rejection};

/// The bounds and windows a state was counted with. Two states merge, and a snapshot restores,
/// only under the same limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    pub window_ms: i64,
    pub bucket_ms: i64,
    pub session_timeout_ms: i64,
    /// Distinct users per source stay exact up to this many.
    pub exact_threshold: usize,
    /// Distinct users per bucket stay exact up to this many.
    pub bucket_exact: usize,
    /// Keys each top list keeps per bucket before it becomes approximate.
    pub summary_capacity: usize,
    /// True: windows follow the events' timestamps.
    pub event_time: bool,
}

impl Limits {
    /// The oldest time bucket a window ending at `clock` holds: what a partition keeps, what is
    /// late, and what the merged window reads all agree on it.
    pub fn oldest_bucket(&self, clock: i64) -> i64 {
        clock
            .saturating_sub(self.window_ms)
            .div_euclid(self.bucket_ms)
    }

    /// Whether states counted under `other` mean the same as under these: the same windows,
    /// clock and exact bounds. (The top lists' capacity follows `--top` and may differ: top
    /// lists of any capacities merge.)
    pub fn same_windows(&self, other: &Limits) -> bool {
        Limits {
            summary_capacity: 0,
            ..*self
        } == Limits {
            summary_capacity: 0,
            ..*other
        }
    }
}

/// One event, parsed, with the time it counts at.
#[derive(Debug, Clone, Copy)]
pub struct Event<'a> {
    pub user: &'a str,
    /// A user event's type; `None` for a page view.
    pub kind: Option<EventType>,
    /// A page view's URL and view duration.
    pub page: Option<(&'a str, u64)>,
    pub at: i64,
}

/// Aggregates of one time bucket of the window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bucket {
    pub index: i64,
    pub by_type: [u64; 4],
    pub page_views: u64,
    pub users: Distinct,
    pub pages: TopK,
    pub top_users: TopK,
}

/// Everything one source has counted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PartitionState {
    /// The newest event time seen: this source's clock (`None` before the first event).
    pub clock: Option<i64>,
    /// The earliest and latest times counted at (for the overall rate).
    pub span: Option<(i64, i64)>,
    pub total_events: u64,
    pub user_events: u64,
    pub page_views: u64,
    pub by_type: [u64; 4],
    pub distinct_users: Distinct,
    /// Open sessions (user events only): user hash → last activity.
    #[serde(with = "packed::sessions")]
    pub sessions: SessionMap,
    /// The clock when idle sessions were last dropped.
    pub swept_at: Option<i64>,
    pub buckets: VecDeque<Bucket>,
    /// Events in a bucket older than this source's window when they arrived.
    pub late_events: u64,
    pub bad: BTreeMap<String, u64>,
    pub bad_total: u64,
    pub user_rate: RateCounter,
    pub page_rate: RateCounter,
}

pub fn type_index(kind: EventType) -> usize {
    match kind {
        EventType::Login => 0,
        EventType::Logout => 1,
        EventType::Purchase => 2,
        EventType::View => 3,
    }
}

impl PartitionState {
    /// Counts one event.
    pub fn apply(&mut self, limits: &Limits, event: Event<'_>) {
        let at = event.at;
        self.total_events += 1;
        match event.kind {
            Some(kind) => {
                self.user_events += 1;
                self.user_rate.add(at);
                self.by_type[type_index(kind)] += 1;
            }
            None => {
                self.page_views += 1;
                self.page_rate.add(at);
            }
        }
        self.span = Some(match self.span {
            Some((first, last)) => (first.min(at), last.max(at)),
            None => (at, at),
        });
        let user_hash = hash64(event.user.as_bytes());
        self.distinct_users
            .insert(user_hash, limits.exact_threshold);
        if let Some(kind) = event.kind {
            self.session(limits, user_hash, kind, at);
        }
        if self.clock.is_none_or(|clock| at > clock) {
            self.clock = Some(at);
            self.expire(limits, at);
        }
        // Late: in a bucket the window has left behind (whole buckets, as the merge reads them).
        let clock = self.clock.unwrap_or(at);
        if at.div_euclid(limits.bucket_ms) < limits.oldest_bucket(clock) {
            self.late_events += 1;
            return;
        }
        let bucket = self.bucket(limits, at);
        if let Some(kind) = event.kind {
            bucket.by_type[type_index(kind)] += 1;
        }
        bucket.users.insert(user_hash, limits.bucket_exact);
        bucket.top_users.add(event.user, 0);
        if let Some((url, duration)) = event.page {
            bucket.page_views += 1;
            bucket.pages.add(url, duration);
        }
    }

    /// Counts a line that could not be used.
    pub fn reject(&mut self, rejection: &Rejection) {
        self.bad_total += 1;
        *self
            .bad
            .entry(rejection.reason.as_str().to_string())
            .or_default() += 1;
    }

    /// Login opens a session, logout closes it, other events keep it alive; a session idle
    /// longer than the timeout has ended (the next event does not revive it). A user's events
    /// all come from one partition of `user-events` (the platform keys them by user), in order.
    fn session(&mut self, limits: &Limits, user: u64, kind: EventType, at: i64) {
        match kind {
            EventType::Login => {
                self.sessions.insert(user, at);
            }
            EventType::Logout => {
                self.sessions.remove(&user);
            }
            EventType::Purchase | EventType::View => {
                if let Some(last) = self.sessions.get_mut(&user) {
                    if at - *last > limits.session_timeout_ms {
                        self.sessions.remove(&user);
                    } else if at > *last {
                        *last = at;
                    }
                }
            }
        }
    }

    /// Drops what this source's clock has left behind: buckets older than the window, and (every
    /// half timeout) sessions idle longer than the timeout — memory stays bounded.
    fn expire(&mut self, limits: &Limits, clock: i64) {
        let oldest = limits.oldest_bucket(clock);
        while self
            .buckets
            .front()
            .is_some_and(|bucket| bucket.index < oldest)
        {
            self.buckets.pop_front();
        }
        let timeout = limits.session_timeout_ms;
        if self
            .swept_at
            .is_none_or(|swept| clock - swept >= timeout / 2)
        {
            self.sessions.retain(|_, last| clock - *last <= timeout);
            self.swept_at = Some(clock);
        }
    }

    fn bucket(&mut self, limits: &Limits, at: i64) -> &mut Bucket {
        let index = at.div_euclid(limits.bucket_ms);
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
                        pages: TopK::new(limits.summary_capacity),
                        top_users: TopK::new(limits.summary_capacity),
                    },
                );
                &mut self.buckets[insert_at]
            }
        }
    }

    /// True when every part has the shape this build expects (a snapshot's might not).
    pub fn is_well_formed(&self) -> bool {
        let sketch_ok = |distinct: &Distinct| match distinct {
            Distinct::Exact(_) => true,
            Distinct::Sketch(sketch) => sketch.is_well_formed(),
        };
        sketch_ok(&self.distinct_users)
            && self.buckets.iter().all(|bucket| sketch_ok(&bucket.users))
    }
}

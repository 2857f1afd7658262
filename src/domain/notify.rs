//! When `kan lag serve` notifies (`--notify-command`, `--notify-webhook`): on a group's
//! transitions, never on every read, and at most once per group per `--notify-interval`.
//!
//! What counts as a transition depends on whether there are rules:
//! - with `--rules`: the group's rule starting or ending a breach (the status is reported, but
//!   a status change inside a breach, or outside one, is not news — the rules say what is);
//! - without: the group's status changing (OK → WARN, → STALL, back to OK…).
//!
//! UNKNOWN (too few reads yet) is never news: a group first seen OK, or going from UNKNOWN to OK,
//! notifies nothing, but a group first seen in breach or STALL notifies at once. A change inside
//! the rate limit is held; when the limit ends, it is sent if the group is still not where the
//! last notification left it (so flapping within the limit notifies once, and a recovery inside
//! it is reported when the limit ends).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::lag::Breach;
use super::lag_rules::Verdict;
use super::lag_trend::Status;

/// What makes a transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// The rule's breach starting or ending (`--rules` given).
    Breach,
    /// The status changing (no rules).
    Status,
}

/// Where a group stands at one read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Condition {
    pub status: Status,
    pub breached: bool,
}

impl Condition {
    const FIRST: Condition = Condition {
        status: Status::Unknown,
        breached: false,
    };

    /// Nothing to tell anyone about.
    fn quiet(self) -> bool {
        !self.breached && matches!(self.status, Status::Ok | Status::Unknown)
    }
}

/// A transition to notify.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// Where the last notification (or the first read) left the group.
    pub old: Condition,
    pub new: Condition,
    /// Changes seen since the last notification (more than 1: some were held back).
    pub changes: u32,
}

#[derive(Debug, Clone)]
struct Alert {
    /// What the last notification said (or the quiet start).
    sent: Condition,
    sent_at_ms: Option<i64>,
    /// What the last read said, to count changes.
    seen: Condition,
    changes: u32,
}

/// Each followed group's notification state (one small entry per group).
#[derive(Debug, Clone)]
pub struct Alerts {
    trigger: Trigger,
    min_interval_ms: i64,
    groups: BTreeMap<String, Alert>,
}

impl Alerts {
    pub fn new(trigger: Trigger, min_interval_ms: i64) -> Self {
        Alerts {
            trigger,
            min_interval_ms,
            groups: BTreeMap::new(),
        }
    }

    /// Records where `group` stands at `at_ms`; the change to notify, if any.
    pub fn observe(&mut self, group: &str, now: Condition, at_ms: i64) -> Option<Change> {
        let alert = match self.groups.get_mut(group) {
            Some(alert) => alert,
            None => self.groups.entry(group.to_string()).or_insert(Alert {
                sent: Condition::FIRST,
                sent_at_ms: None,
                seen: Condition::FIRST,
                changes: 0,
            }),
        };
        let mut current = now;
        if current.status == Status::Unknown {
            // Not knowing yet is no news: the status stays what it was.
            current.status = alert.seen.status;
        }
        if current != alert.seen {
            alert.changes = alert.changes.saturating_add(1);
            alert.seen = current;
        }
        let differs = match self.trigger {
            Trigger::Breach => current.breached != alert.sent.breached,
            Trigger::Status => current.status != alert.sent.status,
        };
        if alert.sent.quiet() && current.quiet() {
            // UNKNOWN → OK, OK → UNKNOWN: no news.
            alert.sent = current;
            alert.changes = 0;
            return None;
        }
        if !differs {
            return None;
        }
        let held = alert
            .sent_at_ms
            .is_some_and(|sent| at_ms.saturating_sub(sent) < self.min_interval_ms);
        if held {
            return None;
        }
        let change = Change {
            old: alert.sent,
            new: current,
            changes: alert.changes.max(1),
        };
        alert.sent = current;
        alert.sent_at_ms = Some(at_ms);
        alert.changes = 0;
        Some(change)
    }

    /// Forgets the groups not in `present` (a group that comes back starts quiet again).
    pub fn retain(&mut self, present: &BTreeSet<&str>) {
        self.groups
            .retain(|group, _| present.contains(group.as_str()));
    }

    pub fn len(&self) -> usize {
        self.groups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

/// The JSON a notification carries (stdin of `--notify-command`, body of `--notify-webhook`),
/// documented in docs/json.md.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notification {
    pub group: String,
    /// When the read behind it was made (RFC 3339).
    pub at: String,
    pub old_status: Status,
    pub new_status: Status,
    pub old_breached: bool,
    pub breached: bool,
    /// Changes seen since the last notification of this group (more than 1: the rest were held
    /// back by `--notify-interval`).
    pub changes: u32,
    /// Messages behind, in total.
    pub lag: i64,
    /// The oldest unread record's age across the group's partitions, when known.
    pub max_time_lag_ms: Option<i64>,
    /// The `--rules` rule that applies (absent without rules, or when none matches).
    pub rule: Option<Verdict>,
    /// The rule's breaches now (empty when it recovered).
    pub breaches: Vec<Breach>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(status: Status, breached: bool) -> Condition {
        Condition { status, breached }
    }

    /// Feeds `reads` (one per second) and returns (second, old, new) per notification.
    fn run(
        trigger: Trigger,
        limit_s: i64,
        reads: &[(Status, bool)],
    ) -> Vec<(i64, Condition, Condition)> {
        let mut alerts = Alerts::new(trigger, limit_s * 1000);
        let mut sent = Vec::new();
        for (second, &(status, breached)) in (0..).zip(reads) {
            if let Some(change) = alerts.observe("g", at(status, breached), second * 1000) {
                sent.push((second, change.old, change.new));
            }
        }
        sent
    }

    use Status::{Ok as OK, Stall, Stop, Unknown, Warn};

    #[test]
    fn a_breach_and_its_recovery_notify_once_each() {
        let reads = [
            (Unknown, false),
            (OK, false),
            (OK, true),
            (Stop, true),
            (Stop, true),
            (OK, false),
            (OK, false),
        ];
        let sent = run(Trigger::Breach, 0, &reads);
        assert_eq!(
            sent,
            [
                (2, at(OK, false), at(OK, true)),
                (5, at(OK, true), at(OK, false))
            ]
        );
    }

    #[test]
    fn status_changes_notify_without_rules_and_unknown_is_no_news() {
        let reads = [
            (Unknown, false),
            (OK, false),
            (Unknown, false),
            (Warn, false),
            (Stall, false),
            (OK, false),
        ];
        let sent: Vec<_> = run(Trigger::Status, 0, &reads)
            .into_iter()
            .map(|(second, old, new)| (second, old.status, new.status))
            .collect();
        assert_eq!(sent, [(3, OK, Warn), (4, Warn, Stall), (5, Stall, OK)]);
    }

    #[test]
    fn a_group_first_seen_in_trouble_notifies_at_once() {
        assert_eq!(
            run(Trigger::Breach, 60, &[(Unknown, true)]),
            [(0, at(Unknown, false), at(Unknown, true))]
        );
        assert_eq!(
            run(Trigger::Status, 60, &[(Stop, false)]),
            [(0, at(Unknown, false), at(Stop, false))]
        );
    }

    #[test]
    fn flapping_within_the_limit_notifies_once() {
        // Breach at 1 s, then back and forth every second; the limit is 10 s.
        let mut reads = vec![(OK, false)];
        for second in 1..9 {
            reads.push((OK, second % 2 == 1));
        }
        reads.push((OK, true));
        // Ends breached, as the one notification said: nothing more.
        assert_eq!(run(Trigger::Breach, 10, &reads).len(), 1);
        // Ends recovered: the recovery is sent when the limit ends (11 s), counting the flaps.
        reads.extend([(OK, false), (OK, false), (OK, false)]);
        let mut alerts = Alerts::new(Trigger::Breach, 10_000);
        let mut last = None;
        for (second, &(status, breached)) in (0..).zip(&reads) {
            if let Some(change) = alerts.observe("g", at(status, breached), second * 1000) {
                last = Some((second, change));
            }
        }
        let (second, change) = last.unwrap();
        assert_eq!(second, 11);
        assert_eq!((change.old.breached, change.new.breached), (true, false));
        assert_eq!(change.changes, 9);
    }

    #[test]
    fn vanished_groups_are_forgotten() {
        let mut alerts = Alerts::new(Trigger::Breach, 0);
        alerts.observe("a", at(OK, true), 0);
        alerts.observe("b", at(OK, false), 0);
        alerts.retain(&BTreeSet::from(["b"]));
        assert_eq!(alerts.len(), 1);
        // "a" returns still breached: a fresh start, so it notifies again.
        assert!(alerts.observe("a", at(OK, true), 1).is_some());
    }
}

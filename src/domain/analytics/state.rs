//! The records `kan watch analytics` keeps in its state topic: one per source partition, keyed
//! `GROUP/TOPIC/PARTITION`, holding the partition's [`PartitionState`] and the offset it covers
//! ("exactly the events before `next_offset`"). State and position travel in one record, so
//! restoring a record and reading on from its offset counts every event exactly once.
//!
//! The value is `KANS`, a little-endian `u16` format version, then the record in postcard
//! (<https://postcard.jamesmunns.com/wire-format>). A reader refuses any other version clearly
//! instead of guessing. [`StateIndex`] keeps, per key, the record covering the highest offset —
//! a late write from an instance that lost the partition (a zombie) covers a lower offset and
//! never wins — and remembers an unreadable record written after it. A partition counted
//! afresh (an unusable record, offsets moved back) writes under a higher epoch, which wins over
//! the old records whatever offsets they cover.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::partition::{Limits, PartitionState};

/// The first bytes of every state record.
pub const MAGIC: [u8; 4] = *b"KANS";
/// The format this build writes and reads.
pub const VERSION: u16 = 1;

/// One partition's counted state and the offsets it covers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StateRecord {
    pub group: String,
    pub topic: String,
    pub partition: i32,
    /// Every event of the partition before this offset is counted in `state`, none after.
    pub next_offset: i64,
    /// The group's committed offset for the partition as the writer knew it (the offset a crash
    /// between writing this record and committing `next_offset` leaves behind).
    pub committed: Option<i64>,
    /// Raised each time the partition is counted afresh (its state could not be used, or its
    /// offsets were moved back): a newer epoch wins over any offset of an older one.
    pub epoch: u32,
    /// Who wrote it: `host/pid`.
    pub instance: String,
    pub written_at_ms: i64,
    pub limits: Limits,
    pub state: PartitionState,
}

/// Why a state record cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StateError {
    #[error("not a kan state record (no KANS header)")]
    Foreign,
    #[error("state format version {0}; this kan reads version {VERSION} (a newer kan wrote it: upgrade, or use another --state-topic)")]
    Version(u16),
    #[error("the record does not decode: {0}")]
    Corrupt(String),
    #[error("the record's own key fields say {0}, not its key")]
    Mismatch(String),
}

/// The key of a partition's state record.
pub fn state_key(group: &str, topic: &str, partition: i32) -> String {
    format!("{group}/{topic}/{partition}")
}

/// Splits a state key into group, topic and partition (topic names cannot hold `/`; group
/// names can, so the group is everything before the last two parts).
pub fn parse_key(key: &str) -> Option<(&str, &str, i32)> {
    let mut parts = key.rsplitn(3, '/');
    let partition = parts.next()?.parse().ok()?;
    let topic = parts.next().filter(|topic| !topic.is_empty())?;
    let group = parts.next()?;
    Some((group, topic, partition))
}

/// A [`StateRecord`] borrowing its parts, to write one without copying the state: it encodes
/// to the same bytes (the same fields in the same order).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct StateRecordRef<'a> {
    pub group: &'a str,
    pub topic: &'a str,
    pub partition: i32,
    pub next_offset: i64,
    pub committed: Option<i64>,
    pub epoch: u32,
    pub instance: &'a str,
    pub written_at_ms: i64,
    pub limits: &'a Limits,
    pub state: &'a PartitionState,
}

impl StateRecordRef<'_> {
    pub fn key(&self) -> String {
        state_key(self.group, self.topic, self.partition)
    }

    pub fn encode(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(4096);
        bytes.extend_from_slice(&MAGIC);
        bytes.extend_from_slice(&VERSION.to_le_bytes());
        postcard::to_extend(self, bytes).expect("writing to a Vec cannot fail")
    }
}

impl StateRecord {
    pub fn borrowed(&self) -> StateRecordRef<'_> {
        StateRecordRef {
            group: &self.group,
            topic: &self.topic,
            partition: self.partition,
            next_offset: self.next_offset,
            committed: self.committed,
            epoch: self.epoch,
            instance: &self.instance,
            written_at_ms: self.written_at_ms,
            limits: &self.limits,
            state: &self.state,
        }
    }

    pub fn key(&self) -> String {
        self.borrowed().key()
    }

    pub fn encode(&self) -> Vec<u8> {
        self.borrowed().encode()
    }

    pub fn decode(bytes: &[u8]) -> Result<StateRecord, StateError> {
        if bytes.len() < 6 || bytes[..4] != MAGIC {
            return Err(StateError::Foreign);
        }
        let version = u16::from_le_bytes([bytes[4], bytes[5]]);
        if version != VERSION {
            return Err(StateError::Version(version));
        }
        let record: StateRecord = postcard::from_bytes(&bytes[6..])
            .map_err(|err| StateError::Corrupt(err.to_string()))?;
        if !record.state.is_well_formed() {
            return Err(StateError::Corrupt("a sketch has the wrong size".into()));
        }
        Ok(record)
    }
}

/// A record that could not be used, and where it is in the state topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub key: String,
    pub offset: i64,
    pub reason: String,
}

impl Unreadable {
    /// One line naming the record and why it cannot be used.
    pub fn describe(&self, state_topic: &str) -> String {
        format!(
            "state record {} at offset {} of '{state_topic}' cannot be used: {}",
            self.key, self.offset, self.reason
        )
    }
}

/// The newest usable record of one partition, and an unreadable one written after it.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    pub best: Option<StateRecord>,
    pub unreadable: Option<Unreadable>,
}

impl Entry {
    /// The epoch a partition counted afresh writes with: past every record it has.
    pub fn next_epoch(&self) -> u32 {
        self.best.as_ref().map_or(0, |best| best.epoch + 1)
    }
}

/// A group's state records as read from the state topic, newest usable per partition.
#[derive(Debug, Clone)]
pub struct StateIndex {
    group: String,
    entries: BTreeMap<(String, i32), Entry>,
    /// Records ignored because a record covering a higher offset was already there.
    pub stale: u64,
}

impl StateIndex {
    pub fn new(group: &str) -> Self {
        StateIndex {
            group: group.to_string(),
            entries: BTreeMap::new(),
            stale: 0,
        }
    }

    /// Takes one record of the state topic (in its order); other groups' keys are skipped. A
    /// null value (a tombstone) forgets the partition's state. Returns the record's problem when
    /// it is this group's and cannot be used.
    pub fn add(
        &mut self,
        key: Option<&[u8]>,
        value: Option<&[u8]>,
        offset: i64,
    ) -> Option<Unreadable> {
        let key = std::str::from_utf8(key?).ok()?;
        let (group, topic, partition) = parse_key(key)?;
        if group != self.group {
            return None;
        }
        let slot = (topic.to_string(), partition);
        let Some(value) = value else {
            self.entries.remove(&slot);
            return None;
        };
        let entry = self.entries.entry(slot).or_default();
        let decoded = StateRecord::decode(value).and_then(|record| {
            if record.group == group && record.topic == topic && record.partition == partition {
                Ok(record)
            } else {
                Err(StateError::Mismatch(record.key()))
            }
        });
        match decoded {
            Ok(record) => {
                if entry.best.as_ref().is_some_and(|best| {
                    (best.epoch, best.next_offset) > (record.epoch, record.next_offset)
                }) {
                    self.stale += 1;
                } else {
                    entry.best = Some(record);
                    entry.unreadable = None;
                }
                None
            }
            Err(err) => {
                let unreadable = Unreadable {
                    key: key.to_string(),
                    offset,
                    reason: err.to_string(),
                };
                entry.unreadable = Some(unreadable.clone());
                Some(unreadable)
            }
        }
    }

    pub fn get(&self, topic: &str, partition: i32) -> Option<&Entry> {
        self.entries.get(&(topic.to_string(), partition))
    }

    /// Every partition with a record, in key order.
    pub fn entries(&self) -> impl Iterator<Item = (&(String, i32), &Entry)> {
        self.entries.iter()
    }
}

/// How an assigned partition starts.
#[derive(Debug, Clone, PartialEq)]
pub enum Resume {
    /// From the snapshot, at its offset.
    Restored(Box<StateRecord>),
    /// Counted afresh from the group's committed offset (or `--from` without one).
    Fresh(Option<Fallback>),
}

/// Why a partition with a state record starts afresh.
#[derive(Debug, Clone, PartialEq)]
pub enum Fallback {
    /// Its newest record cannot be used (the run ends with exit 6).
    Unreadable(Unreadable),
    /// The group's committed offset is outside what the snapshot can explain (someone reset
    /// the group's offsets): the reset wins.
    Moved { committed: i64, covered: i64 },
    /// The state was counted with other windows or bounds (another `--window`, say).
    OtherLimits,
}

/// Decides how a partition starts from its state entry and the group's committed offset.
///
/// A snapshot covers offsets `[.., next_offset)`; its writer then commits `next_offset`. A
/// crash between the two leaves the commit at the writer's previous commit (`committed` in the
/// record; nothing, when it knew none), so any committed offset from there up to `next_offset`
/// is this snapshot's own history and the snapshot is used. Any other committed offset was set
/// by someone else (an offset reset, in either direction) and wins.
pub fn resume(entry: Option<&Entry>, committed: Option<i64>, limits: &Limits) -> Resume {
    let Some(entry) = entry else {
        return Resume::Fresh(None);
    };
    if let Some(unreadable) = &entry.unreadable {
        return Resume::Fresh(Some(Fallback::Unreadable(unreadable.clone())));
    }
    let Some(best) = &entry.best else {
        return Resume::Fresh(None);
    };
    if !best.limits.same_windows(limits) {
        return Resume::Fresh(Some(Fallback::OtherLimits));
    }
    // The writer's own commits lie between the commit it knew (none known: only its own
    // commit of `next_offset` can follow) and `next_offset`.
    let explained = best.committed.unwrap_or(best.next_offset)..=best.next_offset;
    match committed {
        Some(committed) if !explained.contains(&committed) => {
            Resume::Fresh(Some(Fallback::Moved {
                committed,
                covered: best.next_offset,
            }))
        }
        _ => Resume::Restored(Box::new(best.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::analytics::partition::Event;
    use crate::domain::analytics::EngineConfig;
    use crate::domain::event::EventType;

    fn record(next_offset: i64, committed: Option<i64>) -> StateRecord {
        let limits = EngineConfig::default().limits();
        let mut state = PartitionState::default();
        for (i, user) in ["ada", "bob", "ada"].iter().enumerate() {
            state.apply(
                &limits,
                Event {
                    user,
                    kind: Some(EventType::Login),
                    page: None,
                    at: 1_700_000_000_000 + i as i64,
                },
            );
        }
        StateRecord {
            group: "team/analytics".into(),
            topic: "user-events".into(),
            partition: 3,
            next_offset,
            committed,
            epoch: 0,
            instance: "host/1".into(),
            written_at_ms: 1,
            limits,
            state,
        }
    }

    #[test]
    fn keys_split_with_slashes_in_the_group() {
        assert_eq!(
            parse_key("team/analytics/user-events/3"),
            Some(("team/analytics", "user-events", 3))
        );
        assert_eq!(parse_key("g/t/x"), None);
        assert_eq!(parse_key("t/3"), None);
        assert_eq!(parse_key("g//3"), None);
    }

    #[test]
    fn records_round_trip_and_other_versions_are_refused() {
        let original = record(42, Some(40));
        let bytes = original.encode();
        assert_eq!(&bytes[..4], b"KANS");
        assert_eq!(StateRecord::decode(&bytes).unwrap(), original);
        let mut newer = bytes.clone();
        newer[4] = 2;
        let err = StateRecord::decode(&newer).unwrap_err();
        assert_eq!(err, StateError::Version(2));
        assert!(err.to_string().contains("version 2"), "{err}");
        assert_eq!(StateRecord::decode(b"{\"x\":1}"), Err(StateError::Foreign));
        assert!(matches!(
            StateRecord::decode(&bytes[..bytes.len() / 2]),
            Err(StateError::Corrupt(_))
        ));
    }

    #[test]
    fn the_highest_offset_wins_and_a_later_unreadable_record_is_remembered() {
        let mut index = StateIndex::new("team/analytics");
        let key = b"team/analytics/user-events/3".as_slice();
        let newer = record(100, Some(50));
        let zombie = record(60, Some(50));
        assert_eq!(index.add(Some(key), Some(&newer.encode()), 0), None);
        assert_eq!(index.add(Some(key), Some(&zombie.encode()), 1), None);
        assert_eq!(index.stale, 1);
        assert_eq!(
            index
                .get("user-events", 3)
                .unwrap()
                .best
                .as_ref()
                .unwrap()
                .next_offset,
            100
        );
        // Another group's key, and a key that is not a state key, are not this group's.
        assert_eq!(
            index.add(Some(b"other/user-events/3"), Some(b"junk"), 2),
            None
        );
        assert_eq!(index.add(Some(b"nonsense"), Some(b"junk"), 3), None);
        let bad = index.add(Some(key), Some(b"junk"), 4).unwrap();
        assert_eq!(bad.offset, 4);
        assert_eq!(bad.key, "team/analytics/user-events/3");
        let limits = newer.limits;
        let entry = index.get("user-events", 3);
        assert!(matches!(
            resume(entry, Some(100), &limits),
            Resume::Fresh(Some(Fallback::Unreadable(_)))
        ));
        // A newer usable record supersedes it; a tombstone forgets the partition.
        index.add(Some(key), Some(&record(120, Some(100)).encode()), 5);
        assert!(matches!(
            resume(index.get("user-events", 3), Some(100), &limits),
            Resume::Restored(_)
        ));
        index.add(Some(key), None, 6);
        assert_eq!(
            resume(index.get("user-events", 3), Some(100), &limits),
            Resume::Fresh(None)
        );
    }

    #[test]
    fn a_partition_counted_afresh_wins_over_the_old_epoch_whatever_its_offsets() {
        let mut index = StateIndex::new("team/analytics");
        let key = b"team/analytics/user-events/3".as_slice();
        let old = record(100, Some(80));
        let limits = old.limits;
        index.add(Some(key), Some(&old.encode()), 0);
        // Someone moved the group's offsets back to 10: counted afresh from there.
        let entry = index.get("user-events", 3).unwrap();
        assert!(matches!(
            resume(Some(entry), Some(10), &limits),
            Resume::Fresh(Some(Fallback::Moved { .. }))
        ));
        let epoch = entry.next_epoch();
        assert_eq!(epoch, 1);
        // Its first checkpoint covers less than the old record, yet it is the newest state …
        let fresh = StateRecord {
            epoch,
            ..record(40, Some(10))
        };
        index.add(Some(key), Some(&fresh.encode()), 1);
        assert_eq!(
            index
                .get("user-events", 3)
                .unwrap()
                .best
                .as_ref()
                .unwrap()
                .next_offset,
            40
        );
        assert!(matches!(
            resume(index.get("user-events", 3), Some(40), &limits),
            Resume::Restored(_)
        ));
        // … and a late write of the old epoch, however far it got, does not come back.
        index.add(Some(key), Some(&record(150, Some(100)).encode()), 2);
        assert_eq!(index.stale, 1);
        assert_eq!(
            index
                .get("user-events", 3)
                .unwrap()
                .best
                .as_ref()
                .unwrap()
                .epoch,
            1
        );
    }

    #[test]
    fn a_committed_offset_the_snapshot_cannot_explain_wins() {
        let mut index = StateIndex::new("team/analytics");
        let snapshot = record(100, Some(80));
        let limits = snapshot.limits;
        index.add(
            Some(b"team/analytics/user-events/3"),
            Some(&snapshot.encode()),
            0,
        );
        let entry = index.get("user-events", 3);
        for committed in [None, Some(80), Some(90), Some(100)] {
            assert!(
                matches!(resume(entry, committed, &limits), Resume::Restored(_)),
                "{committed:?}"
            );
        }
        for committed in [0, 79, 101] {
            assert_eq!(
                resume(entry, Some(committed), &limits),
                Resume::Fresh(Some(Fallback::Moved {
                    committed,
                    covered: 100
                }))
            );
        }
        // A writer that knew no commit: only its own commit of the snapshot's offset follows.
        let first = record(100, None);
        let mut first_index = StateIndex::new("team/analytics");
        first_index.add(
            Some(b"team/analytics/user-events/3"),
            Some(&first.encode()),
            0,
        );
        let first_entry = first_index.get("user-events", 3);
        for committed in [None, Some(100)] {
            assert!(matches!(
                resume(first_entry, committed, &limits),
                Resume::Restored(_)
            ));
        }
        assert!(matches!(
            resume(first_entry, Some(0), &limits),
            Resume::Fresh(Some(Fallback::Moved {
                committed: 0,
                covered: 100
            }))
        ));
        let other = Limits {
            window_ms: 1,
            ..limits
        };
        assert_eq!(
            resume(entry, Some(100), &other),
            Resume::Fresh(Some(Fallback::OtherLimits))
        );
    }
}

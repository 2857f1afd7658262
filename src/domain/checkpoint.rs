//! A publish checkpoint: which lines of an input file are settled (delivered, rejected, or
//! dead-lettered), so that `kan publish batch -f FILE --resume` sends only the rest.
//!
//! The checkpoint also bounds what a killed run may have sent without acknowledgement: a run
//! never hands the producer a line past `queued_through` before a checkpoint saying so is on
//! disk. After a kill, the lines at or before `queued_through` that are not settled are the
//! only ones that may already be in the topic: sending them again may duplicate at most that
//! many records.

use std::fmt;

use fixedbitset::FixedBitSet;
use serde::{Deserialize, Serialize};

/// What the checkpoint file says it is (refused when it says anything else).
pub const FORMAT: &str = "kan-publish-checkpoint";
pub const VERSION: u32 = 1;

/// Line numbers (from 1) of one input.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineSet {
    bits: FixedBitSet,
}

impl LineSet {
    pub fn new() -> Self {
        LineSet::default()
    }

    /// Adds a line (0 is not a line number and is ignored).
    pub fn insert(&mut self, line: u64) {
        let Ok(index) = usize::try_from(line) else {
            return;
        };
        if index == 0 {
            return;
        }
        if index >= self.bits.len() {
            // Doubling keeps growth amortised over a file read from the start.
            self.bits.grow((index + 1).max(self.bits.len() * 2));
        }
        self.bits.insert(index);
    }

    pub fn contains(&self, line: u64) -> bool {
        usize::try_from(line).is_ok_and(|index| self.bits.contains(index))
    }

    /// How many lines.
    pub fn len(&self) -> u64 {
        self.bits.count_ones(..) as u64
    }

    pub fn is_empty(&self) -> bool {
        self.bits.is_clear()
    }

    /// How many lines of `1..=through` are in the set.
    pub fn count_through(&self, through: u64) -> u64 {
        let end = usize::try_from(through)
            .unwrap_or(usize::MAX)
            .saturating_add(1)
            .min(self.bits.len());
        self.bits.count_ones(..end) as u64
    }

    /// The set as inclusive ranges, in order, none touching another.
    ///
    /// Whole blocks of ones or zeroes are skipped a block at a time: a checkpoint of a
    /// 200,000-line run is written about a hundred times, and walking every bit made that 7% of
    /// `kan publish`'s instructions (callgrind); by blocks it is under 0.1%.
    pub fn ranges(&self) -> Vec<[u64; 2]> {
        const BITS: u64 = usize::BITS as u64;
        let mut ranges: Vec<[u64; 2]> = Vec::new();
        // The line that would extend the last range.
        let mut open: Option<u64> = None;
        for (index, block) in self.bits.as_slice().iter().enumerate() {
            let first = index as u64 * BITS;
            match (*block, open) {
                (0, _) => open = None,
                (usize::MAX, Some(next)) if next == first => {
                    if let Some(last) = ranges.last_mut() {
                        last[1] = first + BITS - 1;
                    }
                    open = Some(first + BITS);
                }
                (mut bits, _) => {
                    while bits != 0 {
                        let line = first + u64::from(bits.trailing_zeros());
                        bits &= bits - 1;
                        match (ranges.last_mut(), open) {
                            (Some(last), Some(next)) if next == line => last[1] = line,
                            _ => ranges.push([line, line]),
                        }
                        open = Some(line + 1);
                    }
                }
            }
        }
        ranges
    }

    /// The set from inclusive ranges; `None` when a range is empty, starts at 0, or is beyond
    /// what fits in memory.
    pub fn from_ranges(ranges: &[[u64; 2]]) -> Option<LineSet> {
        let mut set = LineSet::new();
        for [start, end] in ranges {
            if *start == 0 || start > end || *end > MAX_LINE {
                return None;
            }
            let (start, end) = (usize::try_from(*start).ok()?, usize::try_from(*end).ok()?);
            if end >= set.bits.len() {
                set.bits.grow(end + 1);
            }
            set.bits.insert_range(start..end + 1);
        }
        Some(set)
    }
}

/// The largest line number a checkpoint may name (a bit per line: 2^34 lines is 2 GiB).
const MAX_LINE: u64 = 1 << 34;

/// Which file the checkpoint is for, as far as can be told cheaply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileIdentity {
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch.
    pub modified_ns: i128,
    /// xxh3 of the file's first 64 KiB, in hex.
    pub head_hash: String,
}

/// The checkpoint file's contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub format: String,
    pub version: u32,
    /// The input file, as given.
    pub file: String,
    pub identity: FileIdentity,
    pub topic: String,
    /// The `--kind` of the lines.
    pub kind: String,
    /// Settled lines as inclusive ranges.
    pub settled: Vec<[u64; 2]>,
    /// No line past this one was handed to the producer by the run that wrote the checkpoint.
    pub queued_through: u64,
    /// When it was written (RFC 3339).
    pub written_at: String,
}

/// Why a checkpoint cannot be used for this run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    Format(String),
    Version(u32),
    File { field: &'static str },
    Topic(String),
    Kind(String),
    Ranges,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Mismatch::Format(format) => write!(f, "it is not a kan publish checkpoint ({format})"),
            Mismatch::Version(version) => write!(
                f,
                "it is version {version}; this kan reads version {VERSION}"
            ),
            Mismatch::File { field } => write!(
                f,
                "the file changed since it was written (its {field} differs)"
            ),
            Mismatch::Topic(topic) => write!(f, "it is for topic '{topic}'"),
            Mismatch::Kind(kind) => write!(f, "it is for --kind {kind}"),
            Mismatch::Ranges => write!(f, "its settled line ranges are malformed"),
        }
    }
}

impl Checkpoint {
    /// The lines it records as settled, after checking it is for this file, topic and kind.
    pub fn settled_for(
        &self,
        identity: &FileIdentity,
        topic: &str,
        kind: &str,
    ) -> Result<LineSet, Mismatch> {
        if self.format != FORMAT {
            return Err(Mismatch::Format(self.format.clone()));
        }
        if self.version != VERSION {
            return Err(Mismatch::Version(self.version));
        }
        let field = if self.identity.size != identity.size {
            Some("size")
        } else if self.identity.modified_ns != identity.modified_ns {
            Some("modification time")
        } else if self.identity.head_hash != identity.head_hash {
            Some("content")
        } else {
            None
        };
        if let Some(field) = field {
            return Err(Mismatch::File { field });
        }
        if self.topic != topic {
            return Err(Mismatch::Topic(self.topic.clone()));
        }
        if self.kind != kind {
            return Err(Mismatch::Kind(self.kind.clone()));
        }
        LineSet::from_ranges(&self.settled).ok_or(Mismatch::Ranges)
    }

    /// Lines the run that wrote it may have sent without an acknowledgement: sending them again
    /// may duplicate at most this many records.
    pub fn possibly_sent(&self, settled: &LineSet) -> u64 {
        self.queued_through - settled.count_through(self.queued_through)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn identity() -> FileIdentity {
        FileIdentity {
            size: 100,
            modified_ns: 1_700_000_000_000_000_000,
            head_hash: "ab12".into(),
        }
    }

    fn checkpoint(settled: Vec<[u64; 2]>, queued_through: u64) -> Checkpoint {
        Checkpoint {
            format: FORMAT.into(),
            version: VERSION,
            file: "events.jsonl".into(),
            identity: identity(),
            topic: "user-events".into(),
            kind: "user-event".into(),
            settled,
            queued_through,
            written_at: "2026-11-30T10:00:00.000Z".into(),
        }
    }

    #[test]
    fn ranges_merge_neighbours_and_ignore_line_zero() {
        let mut set = LineSet::new();
        for line in [0, 3, 1, 2, 7, 5, 6, 10] {
            set.insert(line);
        }
        assert_eq!(set.ranges(), vec![[1, 3], [5, 7], [10, 10]]);
        assert_eq!(set.len(), 7);
        assert_eq!(set.count_through(6), 5);
        assert_eq!(set.count_through(u64::MAX), 7);
        assert!(set.contains(5) && !set.contains(4) && !set.contains(0));
    }

    #[test]
    fn malformed_ranges_are_refused() {
        assert!(LineSet::from_ranges(&[[0, 3]]).is_none());
        assert!(LineSet::from_ranges(&[[5, 4]]).is_none());
        assert!(LineSet::from_ranges(&[[1, u64::MAX]]).is_none());
        assert_eq!(
            LineSet::from_ranges(&[[2, 4], [3, 6]]).map(|set| set.ranges()),
            Some(vec![[2, 6]])
        );
    }

    #[test]
    fn a_checkpoint_is_used_only_for_its_own_file_topic_and_kind() {
        let saved = checkpoint(vec![[1, 10]], 20);
        assert_eq!(
            saved.settled_for(&identity(), "user-events", "user-event"),
            Ok(LineSet::from_ranges(&[[1, 10]]).unwrap())
        );
        let mut grown = identity();
        grown.size += 1;
        assert_eq!(
            saved.settled_for(&grown, "user-events", "user-event"),
            Err(Mismatch::File { field: "size" })
        );
        let mut edited = identity();
        edited.head_hash = "cd34".into();
        assert_eq!(
            saved
                .settled_for(&edited, "user-events", "user-event")
                .unwrap_err()
                .to_string(),
            "the file changed since it was written (its content differs)"
        );
        assert_eq!(
            saved.settled_for(&identity(), "page-views", "user-event"),
            Err(Mismatch::Topic("user-events".into()))
        );
        assert_eq!(
            saved.settled_for(&identity(), "user-events", "raw"),
            Err(Mismatch::Kind("user-event".into()))
        );
        let mut newer = saved.clone();
        newer.version = 2;
        assert_eq!(
            newer.settled_for(&identity(), "user-events", "user-event"),
            Err(Mismatch::Version(2))
        );
    }

    #[test]
    fn possibly_sent_counts_unsettled_lines_up_to_the_queue_limit() {
        let saved = checkpoint(vec![[1, 10], [15, 30]], 20);
        let settled = saved
            .settled_for(&identity(), "user-events", "user-event")
            .unwrap();
        // 11..=14 are unsettled and at or before 20; 15..=20 are settled.
        assert_eq!(saved.possibly_sent(&settled), 4);
    }

    proptest! {
        #[test]
        fn ranges_round_trip(
            lines in proptest::collection::btree_set(1u64..5_000, 0..400),
            runs in proptest::collection::vec((1u64..4_000, 1u64..300), 0..6),
        ) {
            // Long runs too, so whole blocks of ones are crossed.
            let mut lines = lines;
            for (start, length) in runs {
                lines.extend(start..start + length);
            }
            let mut set = LineSet::new();
            for line in &lines {
                set.insert(*line);
            }
            let ranges = set.ranges();
            for pair in ranges.windows(2) {
                prop_assert!(pair[0][1] + 1 < pair[1][0], "ranges touch: {ranges:?}");
            }
            let mut naive: Vec<[u64; 2]> = Vec::new();
            for line in &lines {
                match naive.last_mut() {
                    Some(last) if last[1] + 1 == *line => last[1] = *line,
                    _ => naive.push([*line, *line]),
                }
            }
            prop_assert_eq!(&ranges, &naive);
            let back = LineSet::from_ranges(&ranges).unwrap();
            prop_assert_eq!(back.len(), lines.len() as u64);
            prop_assert!(lines.iter().all(|line| back.contains(*line)));
            prop_assert_eq!(back.ranges(), ranges);
        }
    }
}

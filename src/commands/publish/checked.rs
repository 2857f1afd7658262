//! What the whole-file validation pass learned about each line, so that the sending pass does
//! not parse the file a second time.
//!
//! In the default `--on-invalid fail` mode a file is validated completely before anything is
//! sent, then read again to send it. Parsing every line twice was a fifth of `kan publish`'s
//! CPU. The first pass remembers, per line, where its key is and its timestamp, with a hash of
//! the line; the second pass uses that only when the line hashes the same — a file changed in
//! between is parsed (and validated) again, line by line, so nothing unchecked is ever sent.
//! Lines whose value kan rewrites (a missing timestamp filled in) are not remembered.

/// Lines remembered at most (32 bytes each, so at most 64 MB); later lines are parsed again.
const MAX_LINES: usize = 2_000_000;

/// One valid line: its hash, its key's byte range, its timestamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Line {
    hash: u64,
    key_start: u32,
    key_end: u32,
    timestamp_ms: i64,
}

/// Remembered lines, by line number (1-based). Gaps are lines that were not remembered.
#[derive(Debug, Default)]
pub(super) struct CheckedLines {
    lines: Vec<Option<Line>>,
}

/// A remembered line's key range and timestamp.
pub(super) struct Recalled {
    pub key: (usize, usize),
    pub timestamp_ms: i64,
}

impl CheckedLines {
    /// Remembers line `number` (lines come in order, from 1): its key is `key` (a range within
    /// the line) and its value is the line itself. Lines out of order or past the limit are
    /// not remembered.
    pub(super) fn remember(
        &mut self,
        number: u64,
        line: &[u8],
        key: (usize, usize),
        timestamp_ms: i64,
    ) {
        let Ok(index) = usize::try_from(number.saturating_sub(1)) else {
            return;
        };
        if index >= MAX_LINES || index < self.lines.len() {
            return;
        }
        self.lines.resize(index, None);
        let (Ok(key_start), Ok(key_end)) = (u32::try_from(key.0), u32::try_from(key.1)) else {
            return;
        };
        self.lines.push(Some(Line {
            hash: line_hash(line),
            key_start,
            key_end,
            timestamp_ms,
        }));
    }

    /// The key range and timestamp of line `number`, if it was remembered and `line` is still
    /// the same line.
    pub(super) fn recall(&self, number: u64, line: &[u8]) -> Option<Recalled> {
        let index = usize::try_from(number.checked_sub(1)?).ok()?;
        let remembered = (*self.lines.get(index)?)?;
        let key = (remembered.key_start as usize, remembered.key_end as usize);
        (key.1 <= line.len() && remembered.hash == line_hash(line)).then_some(Recalled {
            key,
            timestamp_ms: remembered.timestamp_ms,
        })
    }
}

/// A 64-bit hash of a line (foldhash, ~18 ns for a 140-byte event): it only has to notice a
/// file that changed between the two passes of one run.
fn line_hash(line: &[u8]) -> u64 {
    use std::hash::BuildHasher;
    foldhash::quality::FixedState::with_seed(0x6b61_6e00).hash_one(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_recalled_only_while_it_is_the_same() {
        let mut checked = CheckedLines::default();
        let line = br#"{"userId":"u1","eventType":"view","timestamp":5}"#;
        checked.remember(1, line, (11, 13), 5);
        // Line 2 had its value rewritten: not remembered.
        checked.remember(3, br#"{"userId":"u3"}"#, (11, 13), 7);
        let recalled = checked.recall(1, line).expect("remembered");
        assert_eq!(recalled.key, (11, 13));
        assert_eq!(recalled.timestamp_ms, 5);
        assert!(checked.recall(2, line).is_none());
        assert!(checked.recall(3, br#"{"userId":"u3"}"#).is_some());
        assert!(checked.recall(4, line).is_none());
        assert!(checked.recall(0, line).is_none());
        // One byte changed, one byte more, one byte less: parsed again.
        assert!(checked
            .recall(1, br#"{"userId":"u2","eventType":"view","timestamp":5}"#)
            .is_none());
        assert!(checked
            .recall(1, br#"{"userId":"u1","eventType":"view","timestamp":55}"#)
            .is_none());
        assert!(checked.recall(1, &line[..line.len() - 1]).is_none());
        // A key range past the end of a (colliding) shorter line is never handed out.
        assert!(checked.recall(3, b"{}").is_none());
    }

    #[test]
    fn single_byte_changes_change_the_hash() {
        let line = br#"{"userId":"user-01234","eventType":"login","timestamp":"2024-05-01T12:00:00.037Z"}"#;
        let base = line_hash(line);
        for at in 0..line.len() {
            for flip in [1u8, 0x20, 0x80] {
                let mut changed = line.to_vec();
                changed[at] ^= flip;
                assert_ne!(line_hash(&changed), base, "byte {at} ^ {flip:#x}");
            }
        }
    }
}

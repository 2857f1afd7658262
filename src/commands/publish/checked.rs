//! What the whole-file validation pass learned about each line, so that the sending pass does
//! not parse the file a second time.
//!
//! In the default `--on-invalid fail` mode a file is validated completely before anything is
//! sent, then read again to send it. Parsing every line twice was a fifth of `kan publish`'s
//! CPU. The first pass remembers, per line, where its key is, its timestamp and whether it is
//! JSON, with a hash of the line; the second pass uses that only when the line hashes the same —
//! a file changed in between is parsed (and validated) again, line by line, so nothing
//! unchecked is ever sent. Only lines sent as they are can be remembered: not those whose value
//! kan rewrites (a missing timestamp filled in), nor envelopes.

use std::ops::Range;

/// Lines remembered at most (32 bytes each, so at most 64 MB); later lines are parsed again.
const MAX_LINES: usize = 2_000_000;

/// "No key in the line" and "no timestamp", kept in the fields themselves so a line stays 32
/// bytes.
const NO_KEY: u32 = u32::MAX;
const NO_TIMESTAMP: i64 = i64::MIN;

/// One valid line: its hash, its key's byte range, its timestamp, whether it is JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Line {
    hash: u64,
    key_start: u32,
    key_end: u32,
    timestamp_ms: i64,
    json: bool,
}

/// Remembered lines, by line number (1-based). Gaps are lines that were not remembered.
#[derive(Debug, Default)]
pub(super) struct CheckedLines {
    lines: Vec<Option<Line>>,
}

/// What the first pass learned of a line that is sent as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Recalled {
    /// Where the key is in the line, when it comes from the line.
    pub key: Option<Range<usize>>,
    pub timestamp_ms: Option<i64>,
    pub json: bool,
}

impl CheckedLines {
    /// Remembers line `number` (lines come in order, from 1). Lines out of order or past the
    /// limit, and keys beyond 4 GiB, are not remembered.
    pub(super) fn remember(&mut self, number: u64, line: &[u8], learned: &Recalled) {
        let Ok(index) = usize::try_from(number.saturating_sub(1)) else {
            return;
        };
        if index >= MAX_LINES || index < self.lines.len() {
            return;
        }
        let (key_start, key_end) = match &learned.key {
            Some(key) => match (u32::try_from(key.start), u32::try_from(key.end)) {
                (Ok(start), Ok(end)) if end != NO_KEY => (start, end),
                _ => return,
            },
            None => (NO_KEY, NO_KEY),
        };
        self.lines.resize(index, None);
        self.lines.push(Some(Line {
            hash: line_hash(line),
            key_start,
            key_end,
            timestamp_ms: learned.timestamp_ms.unwrap_or(NO_TIMESTAMP),
            json: learned.json,
        }));
    }

    /// What was learned of line `number`, if it was remembered and `line` is still the same
    /// line.
    pub(super) fn recall(&self, number: u64, line: &[u8]) -> Option<Recalled> {
        let index = usize::try_from(number.checked_sub(1)?).ok()?;
        let remembered = (*self.lines.get(index)?)?;
        let key = (remembered.key_end != NO_KEY)
            .then_some(remembered.key_start as usize..remembered.key_end as usize);
        let fits = key.as_ref().is_none_or(|key| key.end <= line.len());
        (fits && remembered.hash == line_hash(line)).then_some(Recalled {
            key,
            timestamp_ms: (remembered.timestamp_ms != NO_TIMESTAMP)
                .then_some(remembered.timestamp_ms),
            json: remembered.json,
        })
    }
}

/// Encoded keys and values kept at most between the passes (`--value-subject`,
/// `--key-subject`); later lines are encoded again.
const MAX_ENCODED_BYTES: usize = 256 << 20;

/// What the first pass encoded (`--value-subject`/`--key-subject`), so the sending pass does
/// not parse and encode each line a second time: measured on 1M user events encoded with Avro,
/// encoding twice made `publish batch` cost 1.62× the CPU of publishing them as JSON. The
/// bytes live in one arena (~75 bytes a user event), each line in 48 bytes beside it; both are
/// bounded ([`MAX_LINES`], [`MAX_ENCODED_BYTES`]).
#[derive(Debug, Default)]
pub(super) struct EncodedLines {
    arena: Vec<u8>,
    lines: Vec<Option<EncodedLine>>,
}

#[derive(Debug, Clone, Copy)]
struct EncodedLine {
    hash: u64,
    /// Where the value is in the arena, then the key (`key_len` bytes; `NO_KEY`: none).
    start: usize,
    value_len: u32,
    key_len: u32,
    timestamp_ms: i64,
}

/// A line as the first pass encoded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Encoded {
    pub value: Vec<u8>,
    pub key: Option<Vec<u8>>,
    pub timestamp_ms: Option<i64>,
}

impl EncodedLines {
    /// Keeps line `number`'s encoded value and key (lines come in order, from 1), while the
    /// bounds allow.
    pub(super) fn remember(&mut self, number: u64, line: &[u8], encoded: &Encoded) {
        let Ok(index) = usize::try_from(number.saturating_sub(1)) else {
            return;
        };
        let key_len = encoded.key.as_ref().map_or(0, Vec::len);
        let size = encoded.value.len() + key_len;
        if index >= MAX_LINES
            || index < self.lines.len()
            || self.arena.len() + size > MAX_ENCODED_BYTES
        {
            return;
        }
        let (Ok(value_len), Ok(key_len)) = (
            u32::try_from(encoded.value.len()),
            u32::try_from(key_len).map(|len| if encoded.key.is_some() { len } else { NO_KEY }),
        ) else {
            return;
        };
        if key_len == NO_KEY && encoded.key.is_some() {
            return;
        }
        let start = self.arena.len();
        self.arena.extend_from_slice(&encoded.value);
        if let Some(key) = &encoded.key {
            self.arena.extend_from_slice(key);
        }
        self.lines.resize(index, None);
        self.lines.push(Some(EncodedLine {
            hash: line_hash(line),
            start,
            value_len,
            key_len,
            timestamp_ms: encoded.timestamp_ms.unwrap_or(NO_TIMESTAMP),
        }));
    }

    /// Line `number` as encoded, if it was kept and `line` is still the same line.
    pub(super) fn recall(&self, number: u64, line: &[u8]) -> Option<Encoded> {
        let index = usize::try_from(number.checked_sub(1)?).ok()?;
        let kept = (*self.lines.get(index)?)?;
        if kept.hash != line_hash(line) {
            return None;
        }
        let value_end = kept.start + kept.value_len as usize;
        let key = (kept.key_len != NO_KEY)
            .then(|| self.arena[value_end..value_end + kept.key_len as usize].to_vec());
        Some(Encoded {
            value: self.arena[kept.start..value_end].to_vec(),
            key,
            timestamp_ms: (kept.timestamp_ms != NO_TIMESTAMP).then_some(kept.timestamp_ms),
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
        let learned = |timestamp_ms| Recalled {
            key: Some(11..13),
            timestamp_ms: Some(timestamp_ms),
            json: true,
        };
        checked.remember(1, line, &learned(5));
        // Line 2 had its value rewritten: not remembered.
        checked.remember(3, br#"{"userId":"u3"}"#, &learned(7));
        let recalled = checked.recall(1, line).expect("remembered");
        assert_eq!(recalled, learned(5));
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
    fn lines_without_a_key_or_a_timestamp_are_recalled_as_such() {
        let mut checked = CheckedLines::default();
        let plain = Recalled {
            key: None,
            timestamp_ms: None,
            json: false,
        };
        checked.remember(1, b"plain text", &plain);
        assert_eq!(checked.recall(1, b"plain text"), Some(plain));
        assert_eq!(checked.recall(1, b"plain texT"), None);
    }

    #[test]
    fn encoded_lines_are_recalled_only_while_the_line_is_the_same() {
        let mut encoded = EncodedLines::default();
        let first = Encoded {
            value: vec![0, 0, 0, 0, 1, 2],
            key: Some(b"k".to_vec()),
            timestamp_ms: Some(5),
        };
        let third = Encoded {
            value: vec![9],
            key: None,
            timestamp_ms: None,
        };
        encoded.remember(1, b"line one", &first);
        encoded.remember(3, b"line three", &third);
        assert_eq!(encoded.recall(1, b"line one"), Some(first));
        assert_eq!(encoded.recall(1, b"line One"), None);
        assert_eq!(encoded.recall(2, b"line one"), None);
        assert_eq!(encoded.recall(3, b"line three"), Some(third));
        assert_eq!(encoded.recall(4, b"line three"), None);
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

//! What each input line of `kan publish batch|raw` becomes: checked by the run's mode and turned
//! into a record to send, on a thread of its own so that parsing overlaps with producing.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Arc;
use std::time::Duration;

use super::checked::{CheckedLines, Encoded, EncodedLines, Recalled};
use crate::domain::envelope::{decode, Encoding, Envelope};
use crate::domain::event::{self, EventKind, LineKey, RejectReason, Rejection};
use crate::domain::json_scan;
use crate::domain::line_schema::LineSchema;

use super::encoding::Writers;
use crate::domain::record::HeaderList;
use crate::error::KanError;
use crate::input::{Block, LineSource, Next};

/// How each line becomes a record.
#[derive(Debug, Clone)]
pub(super) enum LineMode {
    /// A user event or page view, validated, keyed by `userId`, stamped with its event time.
    Typed(EventKind),
    /// `kan consume -f json` envelopes, published again byte for byte.
    Envelope { keep_partition: bool },
    /// Any line as it is.
    Raw {
        /// Key each record by this top-level JSON field.
        key_field: Option<String>,
        /// Or by this key (`--key`).
        key: Option<String>,
        partition: Option<i32>,
    },
}

/// Where some of a record's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Part {
    /// No bytes (no key).
    Absent,
    /// The whole line.
    Line,
    /// Part of the line.
    Span(Range<usize>),
    /// Made for this line (unescaped, decoded or rewritten).
    Owned(Vec<u8>),
    /// The same for every line: the run's `--key`.
    Fixed,
}

impl Part {
    /// The bytes, given the line and the run's fixed bytes.
    pub(super) fn bytes<'a>(&'a self, line: &'a [u8], fixed: &'a [u8]) -> Option<&'a [u8]> {
        match self {
            Part::Absent => None,
            Part::Line => Some(line),
            Part::Span(range) => line.get(range.clone()),
            Part::Owned(bytes) => Some(bytes),
            Part::Fixed => Some(fixed),
        }
    }

    /// A key read from the line: where it is, or its own bytes when it was unescaped.
    fn key(key: LineKey<'_>) -> Part {
        match key.span {
            Some(span) => Part::Span(span),
            None => Part::Owned(key.text.into_owned().into_bytes()),
        }
    }
}

/// A valid line, ready to send.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct PreparedLine {
    pub key: Part,
    pub value: Part,
    /// `None`: librdkafka stamps the record when it is queued.
    pub timestamp_ms: Option<i64>,
    /// `None`: partitioned by key.
    pub partition: Option<i32>,
    /// An envelope's own headers (kan adds nothing to them); `None`: kan's headers.
    pub headers: Option<HeaderList>,
    /// Whether the value is JSON (said with `content-type: application/json`).
    pub json: bool,
}

impl PreparedLine {
    /// What the sending pass can take from the first pass instead of parsing the line again:
    /// only lines sent as they are, keyed from within the line or by the run's `--key`.
    fn recallable(&self) -> Option<Recalled> {
        let key = match &self.key {
            Part::Span(span) => Some(span.clone()),
            Part::Absent | Part::Fixed => None,
            Part::Line | Part::Owned(_) => return None,
        };
        (self.value == Part::Line && self.headers.is_none()).then_some(Recalled {
            key,
            timestamp_ms: self.timestamp_ms,
            json: self.json,
        })
    }
}

/// Checks lines and turns them into records. In the default fail mode a file is checked
/// completely before anything is sent and read again to send it; what the first pass learned
/// of each line is remembered (see [`CheckedLines`]) and used by the second while the line is
/// unchanged, so each line is parsed once (typed events and raw lines alike).
pub(super) struct Preparer {
    mode: LineMode,
    /// `--schema`: what every record value must also satisfy.
    schema: Option<Arc<LineSchema>>,
    /// `--value-subject`/`--key-subject`: what values and keys are encoded with.
    writers: Writers,
    /// What a missing event timestamp becomes.
    now_ms: i64,
    remember: bool,
    checked: CheckedLines,
    encoded: EncodedLines,
}

impl Preparer {
    /// `remember`: keep what [`Self::check`] learns for [`Self::prepare`].
    pub(super) fn new(mode: LineMode, now_ms: i64, remember: bool) -> Self {
        Preparer {
            mode,
            schema: None,
            writers: Writers::default(),
            now_ms,
            remember,
            checked: CheckedLines::default(),
            encoded: EncodedLines::default(),
        }
    }

    /// Every record value must also satisfy `schema` (`--schema`), checked after the mode's
    /// own checks, on the value as it is sent (a filled-in timestamp included).
    pub(super) fn with_schema(mut self, schema: Option<Arc<LineSchema>>) -> Self {
        self.schema = schema;
        self
    }

    /// Values and keys are encoded with these schemas (the wire format), last of all: a line
    /// that does not fit is rejected like any invalid line. Encoded lines are not remembered
    /// between the passes (the encoding is the check, and is done again when sending).
    pub(super) fn with_writers(mut self, writers: Writers) -> Self {
        self.writers = writers;
        self
    }

    /// The first of two passes: checks line `number` and remembers what can be reused.
    pub(super) fn check(&mut self, number: u64, line: &[u8]) -> Result<PreparedLine, Rejection> {
        let prepared = self.fresh(line)?;
        if self.remember {
            if let Some(learned) = prepared.recallable() {
                self.checked.remember(number, line, &learned);
            } else if let Some(encoded) = self.recallable_encoding(line, &prepared) {
                self.encoded.remember(number, line, &encoded);
            }
        }
        Ok(prepared)
    }

    /// From now on, a missing event timestamp becomes `now_ms` (the time sending starts).
    pub(super) fn restamp(&mut self, now_ms: i64) {
        self.now_ms = now_ms;
    }

    /// Line `number`, ready to send: as the first pass saw it if it is unchanged, else checked
    /// now.
    pub(super) fn prepare(&self, number: u64, line: &[u8]) -> Result<PreparedLine, Rejection> {
        if self.writers.any() {
            return match self.encoded.recall(number, line) {
                Some(encoded) => Ok(self.recalled_encoding(encoded)),
                None => self.fresh(line),
            };
        }
        let Some(recalled) = self.checked.recall(number, line) else {
            return self.fresh(line);
        };
        let key = match (recalled.key, &self.mode) {
            (Some(span), _) => Part::Span(span),
            (None, LineMode::Raw { key: Some(_), .. }) => Part::Fixed,
            (None, _) => Part::Absent,
        };
        let partition = match &self.mode {
            LineMode::Raw { partition, .. } => *partition,
            _ => None,
        };
        Ok(PreparedLine {
            key,
            value: Part::Line,
            timestamp_ms: recalled.timestamp_ms,
            partition,
            headers: None,
            json: recalled.json,
        })
    }

    /// What of an encoded line can be kept for the sending pass: lines whose value was
    /// encoded, with kan's headers.
    fn recallable_encoding(&self, line: &[u8], prepared: &PreparedLine) -> Option<Encoded> {
        let (Some(_), Part::Owned(value), None) =
            (&self.writers.value, &prepared.value, &prepared.headers)
        else {
            return None;
        };
        Some(Encoded {
            value: value.clone(),
            key: prepared
                .key
                .bytes(line, self.fixed_key())
                .map(<[u8]>::to_vec),
            timestamp_ms: prepared.timestamp_ms,
        })
    }

    /// The run's `--key`, the same for every line.
    fn fixed_key(&self) -> &[u8] {
        match &self.mode {
            LineMode::Raw { key: Some(key), .. } => key.as_bytes(),
            _ => &[],
        }
    }

    fn recalled_encoding(&self, encoded: Encoded) -> PreparedLine {
        let partition = match &self.mode {
            LineMode::Raw { partition, .. } => *partition,
            _ => None,
        };
        PreparedLine {
            key: encoded.key.map_or(Part::Absent, Part::Owned),
            value: Part::Owned(encoded.value),
            timestamp_ms: encoded.timestamp_ms,
            partition,
            headers: None,
            json: false,
        }
    }

    fn fresh(&self, line: &[u8]) -> Result<PreparedLine, Rejection> {
        let mut prepared = self.by_mode(line)?;
        if let Some(schema) = &self.schema {
            schema.check(prepared.value.bytes(line, &[]).unwrap_or_default())?;
        }
        if self.writers.any() {
            self.encode(line, &mut prepared)?;
        }
        Ok(prepared)
    }

    /// The value and key in the wire format, by their subjects' schemas.
    fn encode(&self, line: &[u8], prepared: &mut PreparedLine) -> Result<(), Rejection> {
        if let Some(writer) = &self.writers.value {
            let value = prepared.value.bytes(line, &[]).unwrap_or_default();
            prepared.value = Part::Owned(writer.value(value)?);
            prepared.json = false;
        }
        if let Some(writer) = &self.writers.key {
            if let Some(key) = prepared.key.bytes(line, self.fixed_key()) {
                prepared.key = Part::Owned(writer.key(key)?);
            }
        }
        Ok(())
    }

    fn by_mode(&self, line: &[u8]) -> Result<PreparedLine, Rejection> {
        match &self.mode {
            LineMode::Typed(kind) => {
                let event = event::validate_for_publish(*kind, line, self.now_ms)?;
                let value = match event.payload {
                    Cow::Borrowed(_) => Part::Line,
                    Cow::Owned(payload) => Part::Owned(payload),
                };
                Ok(PreparedLine {
                    key: Part::key(event.key),
                    value,
                    timestamp_ms: Some(event.timestamp_ms),
                    partition: None,
                    headers: None,
                    json: true,
                })
            }
            LineMode::Envelope { keep_partition } => envelope_record(line, *keep_partition),
            LineMode::Raw {
                key_field,
                key,
                partition,
            } => raw_record(line, key_field.as_deref(), key.is_some(), *partition),
        }
    }
}

/// A raw line: the value as it is, keyed by a field or the run's `--key`.
fn raw_record(
    line: &[u8],
    key_field: Option<&str>,
    fixed_key: bool,
    partition: Option<i32>,
) -> Result<PreparedLine, Rejection> {
    if line.trim_ascii().is_empty() {
        return Err(Rejection {
            reason: RejectReason::Empty,
            message: "empty line".into(),
        });
    }
    let key = match key_field {
        // Reading the field checked that the line is a JSON object.
        Some(field) => Part::key(event::key_from_field(line, field)?),
        None if fixed_key => Part::Fixed,
        None => Part::Absent,
    };
    Ok(PreparedLine {
        json: key_field.is_some() || json_scan::is_json(line),
        key,
        value: Part::Line,
        timestamp_ms: None,
        partition,
        headers: None,
    })
}

/// Decodes one envelope line (see `kan consume --format json`).
fn envelope_record(line: &[u8], keep_partition: bool) -> Result<PreparedLine, Rejection> {
    event::check_line(line)?;
    let schema = |message: String| Rejection {
        reason: RejectReason::Schema,
        message,
    };
    let envelope: Envelope = serde_json::from_slice(line).map_err(|err| Rejection {
        reason: RejectReason::MalformedJson,
        message: format!("not an envelope: {err}").replace(" at line 1 column", " at column"),
    })?;
    let key = match envelope
        .key_bytes()
        .map_err(|err| schema(format!("key: {err}")))?
    {
        Some(key) => Part::Owned(key.into_owned()),
        None => Part::Absent,
    };
    let value = match envelope
        .value_bytes()
        .map_err(|err| schema(format!("value: {err}")))?
    {
        Some(value) => Part::Owned(value.into_owned()),
        None => Part::Absent,
    };
    let mut headers = Vec::with_capacity(envelope.headers.len());
    for header in &envelope.headers {
        let value = header
            .value
            .as_ref()
            .map(|value| decode(value, header.encoding, Encoding::Utf8).map(Cow::into_owned))
            .transpose()
            .map_err(|err| schema(format!("header {}: {err}", header.key)))?;
        headers.push((header.key.clone(), value));
    }
    Ok(PreparedLine {
        key,
        value,
        timestamp_ms: envelope.timestamp,
        partition: envelope.partition.filter(|_| keep_partition),
        headers: Some(headers),
        json: false,
    })
}

/// A block of input with each of its lines prepared.
pub(super) struct PreparedBlock {
    pub block: Block,
    pub lines: Vec<Line>,
}

/// One line of a [`PreparedBlock`]: its number, where it is in the block (`\r` excluded), and
/// what it became.
pub(super) struct Line {
    pub number: u64,
    pub span: Range<usize>,
    pub prepared: Result<PreparedLine, Rejection>,
}

/// Reads and prepares `source` on a thread of its own; blocks arrive in order.
pub(super) fn spawn(
    source: LineSource,
    preparer: Preparer,
) -> Receiver<Result<PreparedBlock, KanError>> {
    let (sender, receiver) = sync_channel(4);
    std::thread::spawn(move || loop {
        match source.next_block(Duration::from_millis(100)) {
            Ok(Next::Block(block)) => {
                let lines = block
                    .line_spans()
                    .map(|(number, start, end)| Line {
                        number,
                        span: start..end,
                        prepared: preparer.prepare(number, &block.data[start..end]),
                    })
                    .collect();
                if sender.send(Ok(PreparedBlock { block, lines })).is_err() {
                    return;
                }
            }
            Ok(Next::Pending) => {}
            Ok(Next::End) => return,
            Err(err) => {
                let _ = sender.send(Err(err));
                return;
            }
        }
    });
    receiver
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_714_564_800_000;

    fn typed() -> LineMode {
        LineMode::Typed(EventKind::UserEvent)
    }

    #[test]
    fn typed_events_are_keyed_from_within_the_line() {
        let line = br#"{"userId":"u1","eventType":"view","timestamp":5}"#;
        let prepared = Preparer::new(typed(), NOW, false).prepare(1, line).unwrap();
        assert_eq!(prepared.key.bytes(line, b""), Some(&b"u1"[..]));
        assert_eq!(prepared.value, Part::Line);
        assert_eq!((prepared.timestamp_ms, prepared.json), (Some(5), true));
        // An escaped id is unescaped into bytes of its own.
        let line = br#"{"userId":"u\u0031","eventType":"view","timestamp":5}"#;
        let prepared = Preparer::new(typed(), NOW, false).prepare(1, line).unwrap();
        assert_eq!(prepared.key, Part::Owned(b"u1".to_vec()));
    }

    #[test]
    fn rewritten_lines_are_not_remembered_and_raw_lines_are() {
        // A missing timestamp is filled in: the value is not the line itself.
        let rewritten = br#"{"userId":"u1","eventType":"view"}"#;
        let mut preparer = Preparer::new(typed(), NOW, true);
        let prepared = preparer.check(1, rewritten).unwrap();
        assert!(matches!(prepared.value, Part::Owned(_)));
        assert!(preparer.checked.recall(1, rewritten).is_none());
        // A raw line keyed by --key: remembered, and prepared again without parsing.
        let raw = LineMode::Raw {
            key_field: None,
            key: Some("k".into()),
            partition: Some(2),
        };
        let mut preparer = Preparer::new(raw, NOW, true);
        let checked = preparer.check(2, b"{}").unwrap();
        assert_eq!(checked.key, Part::Fixed);
        assert!(preparer.checked.recall(2, b"{}").is_some());
        assert_eq!(preparer.prepare(2, b"{}").unwrap(), checked);
        // Envelopes decode into bytes of their own: never remembered.
        let mut preparer = Preparer::new(
            LineMode::Envelope {
                keep_partition: true,
            },
            NOW,
            true,
        );
        let envelope = br#"{"key":"k","value":{"a":1}}"#;
        preparer.check(3, envelope).unwrap();
        assert!(preparer.checked.recall(3, envelope).is_none());
    }

    #[test]
    fn an_envelopes_null_value_stays_null_and_an_empty_one_empty() {
        let null = envelope_record(br#"{"key":"k","value":null}"#, true).unwrap();
        assert_eq!(null.value, Part::Absent);
        assert_eq!(null.value.bytes(b"", b""), None);
        let empty =
            envelope_record(br#"{"key":"k","value":"","value_encoding":"utf8"}"#, true).unwrap();
        assert_eq!(empty.value.bytes(b"", b""), Some(&b""[..]));
    }

    #[test]
    fn the_sending_pass_reuses_checked_lines_and_parses_changed_ones() {
        let valid = r#"{"userId":"u1","eventType":"view","timestamp":5}"#;
        let mut preparer = Preparer::new(typed(), 0, true);
        // What the first pass saw: two valid lines.
        for number in [1, 2] {
            preparer.check(number, valid.as_bytes()).unwrap();
        }
        // What the second pass reads: line 2 was changed in between, and is now invalid.
        let text = format!(
            "{valid}\n{}\n",
            r#"{"userId":"u1","eventType":"nap","timestamp":5}"#
        );
        let source = LineSource::spawn("test".into(), None, std::io::Cursor::new(text));
        let blocks = spawn(source, preparer);
        let mut outcomes = Vec::new();
        while let Ok(block) = blocks.recv_timeout(Duration::from_secs(10)) {
            let PreparedBlock { block, lines } = block.unwrap();
            for line in lines {
                let bytes = &block.data[line.span];
                outcomes.push(line.prepared.map(|prepared| {
                    let key = prepared.key.bytes(bytes, b"").map(<[u8]>::to_vec);
                    (key, prepared.timestamp_ms)
                }));
            }
        }
        assert_eq!(outcomes.len(), 2);
        assert_eq!(
            outcomes[0].as_ref().unwrap(),
            &(Some(b"u1".to_vec()), Some(5))
        );
        assert!(outcomes[1].as_ref().unwrap_err().message.contains("nap"));
    }

    #[test]
    fn raw_lines_keep_their_bytes_take_keys_and_say_whether_they_are_json() {
        let mode = LineMode::Raw {
            key_field: Some("id".into()),
            key: None,
            partition: Some(1),
        };
        let preparer = Preparer::new(mode, NOW, false);
        let line = br#"{"id":"k","x":1}"#;
        let prepared = preparer.prepare(1, line).unwrap();
        assert_eq!(prepared.key.bytes(line, b""), Some(&b"k"[..]));
        assert_eq!(prepared.value.bytes(line, b""), Some(&line[..]));
        assert_eq!((prepared.partition, prepared.json), (Some(1), true));
        assert!(preparer.prepare(2, b"").is_err());
        let plain = LineMode::Raw {
            key_field: None,
            key: None,
            partition: None,
        };
        let preparer = Preparer::new(plain, NOW, false);
        for (line, json) in [
            (&b"plain text"[..], false),
            (b"[1,2]", true),
            (b"\"a string\"", true),
            (b"{\"a\":1", false),
            (b"42", true),
            (b"\xff", false),
        ] {
            let prepared = preparer.prepare(1, line).unwrap();
            assert_eq!(prepared.json, json, "{}", String::from_utf8_lossy(line));
            assert_eq!(prepared.key, Part::Absent);
        }
    }
}

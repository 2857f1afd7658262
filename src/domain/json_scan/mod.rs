//! An allocation-free validator for one-line JSON objects that reports the
//! top-level members.
//!
//! `kan publish` validates every line it sends and `kan watch` every record it
//! reads: ~140-byte analytics events such as
//! `{"userId":"u-1","eventType":"login","timestamp":"…","metadata":{…}}`.
//! Deserializing each one with serde_json was their bottleneck (~0.6 µs per
//! line); [`scan_object`] does the same job in ~0.1 µs, in one pass over the bytes:
//! it checks the whole text against the JSON grammar, classifies each
//! top-level value, and hands `(key, value)` pairs to a callback. Strings
//! without escapes are borrowed from the input, nested arrays and objects are
//! validated but never built, so the happy path does not allocate.
//!
//! What is accepted is the grammar of RFC 8259, which is also what
//! `JSON.parse` accepts: the events come from a Node platform, and a line it
//! can read must not be rejected here. That is exactly what serde_json's
//! skipping path (`serde::de::IgnoredAny`) accepts. Parsing into a
//! `serde_json::Map<String, serde_json::Value>` is stricter; these are
//! accepted here but rejected there:
//!
//! - lone surrogate escapes (`"\ud83d"`, `"\ude00"`, `"\ud83d\u0041"`;
//!   `JSON.stringify` writes them for a truncated emoji). Every `\u` must
//!   still have four hex digits;
//! - numbers beyond the range of `f64`: `1e400` is `Float(f64::INFINITY)`
//!   (and `-1e400` `f64::NEG_INFINITY`), as `JSON.parse` gives `Infinity`.
//!   The number grammar itself is strict;
//! - nesting deeper than 127 levels: there is no depth limit here, and deep
//!   input is validated iteratively, not recursively.
//!
//! Top-level keys and string values that contain escapes are decoded (into
//! `Cow::Owned`); a lone surrogate there becomes U+FFFD, which is what Node's
//! UTF-8 encoder sends for it, and a valid pair one `char`. Nested strings
//! are validated, never decoded. Floats are converted with
//! `str::parse::<f64>`, which rounds correctly; serde_json's default
//! conversion does not always, so a float may differ from serde_json's in the
//! last few bits.
//!
//! Error messages are worded like serde_json's, and their column points at
//! the offending byte or next to it (not always serde_json's column). The
//! differential property test (`tests/json_scan.rs`) checks acceptance against
//! serde_json's `IgnoredAny` and the top-level members against its `Map` on
//! generated and mutated inputs.

use std::borrow::Cow;
use std::ops::Range;

/// A top-level member's value, classified; nested values are validated but not built.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// An integer that fits `i64`.
    Int(i64),
    /// A number with a fraction or exponent, an integer beyond `i64`, or `-0`
    /// (serde_json makes all of these an `f64`); ±infinity beyond the range
    /// of `f64`, like `JSON.parse`.
    Float(f64),
    /// Borrowed from the input unless the string contains escapes; decoded
    /// then, with lone surrogates as U+FFFD.
    Str(Cow<'a, str>),
    Array,
    Object,
}

/// Why the text is not one JSON object; `column` is the 1-based byte column where it went wrong.
///
/// The column counts bytes from the start of `text` (newlines included), so
/// for one-line input it is the byte column on that line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanError {
    pub message: String,
    pub column: usize,
}

impl std::fmt::Display for ScanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at column {}", self.message, self.column)
    }
}

impl std::error::Error for ScanError {}

/// Scans `text` (the caller has already checked it is valid UTF-8 — it is a
/// &str), which must be exactly one JSON object, optionally surrounded by JSON
/// whitespace (space, \t, \n, \r). Calls `member(key, value, span)` for every
/// top-level member, in order (duplicates are passed as they come; the caller
/// decides); `span` is where the value is in `text` — for a string, the
/// characters between its quotes, so a borrowed string is `&text[span]`. If
/// `member` returns Err(message), scanning stops and that message is returned
/// as a ScanError at the column of that member's key.
///
/// Members are reported while scanning, so on invalid input `member` may
/// already have been called for the members before the error.
pub fn scan_object<'a>(
    text: &'a str,
    mut member: impl FnMut(Cow<'a, str>, Value<'a>, Range<usize>) -> Result<(), String>,
) -> Result<(), ScanError> {
    let mut s = Scanner::new(text);
    match s.skip_ws() {
        Some(b'{') => s.pos += 1,
        Some(_) => return Err(s.fail(EXPECTED_OBJECT).into()),
        None => return Err(s.fail(EOF_VALUE).into()),
    }
    let mut first = true;
    while let Some(key_at) = s.next_key(first)? {
        first = false;
        let key = s.string()?;
        s.colon()?;
        s.skip_ws();
        let start = s.pos;
        let value = s.value()?;
        let span = match value {
            // The characters between the quotes.
            Value::Str(_) => start + 1..s.pos - 1,
            _ => start..s.pos,
        };
        member(key, value, span).map_err(|message| ScanError {
            message,
            column: key_at + 1,
        })?;
    }
    if s.skip_ws().is_some() {
        return Err(s.fail(TRAILING_CHARACTERS).into());
    }
    Ok(())
}

/// Whether `bytes` are one JSON value of any kind (optionally surrounded by JSON whitespace):
/// objects are checked by [`scan_object`], anything else by serde_json.
pub fn is_json(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    if text
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .starts_with('{')
    {
        return scan_object(text, |_, _, _| Ok(())).is_ok();
    }
    serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
}

// Error messages, worded like serde_json's.
const EOF_VALUE: &str = "EOF while parsing a value";
const EOF_OBJECT: &str = "EOF while parsing an object";
const EOF_LIST: &str = "EOF while parsing a list";
const EOF_STRING: &str = "EOF while parsing a string";
const EXPECTED_OBJECT: &str = "expected an object";
const EXPECTED_VALUE: &str = "expected value";
const EXPECTED_IDENT: &str = "expected ident";
const EXPECTED_COLON: &str = "expected `:`";
const EXPECTED_OBJECT_COMMA_OR_END: &str = "expected `,` or `}`";
const EXPECTED_LIST_COMMA_OR_END: &str = "expected `,` or `]`";
const KEY_MUST_BE_A_STRING: &str = "key must be a string";
const TRAILING_COMMA: &str = "trailing comma";
const TRAILING_CHARACTERS: &str = "trailing characters";
const CONTROL_CHARACTER: &str = "control character (\\u0000-\\u001F) found while parsing a string";
const INVALID_ESCAPE: &str = "invalid escape";
const INVALID_NUMBER: &str = "invalid number";

/// A syntax error before it becomes a [`ScanError`]: a static message and the
/// byte offset, so the error path does not allocate until the very end.
#[derive(Debug)]
struct Fail {
    message: &'static str,
    at: usize,
}

impl From<Fail> for ScanError {
    #[cold]
    fn from(fail: Fail) -> Self {
        ScanError {
            message: fail.message.to_owned(),
            column: fail.at + 1,
        }
    }
}

/// The cursor over the input. `pos` only moves forward.
struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner {
            text,
            bytes: text.as_bytes(),
            pos: 0,
        }
    }

    /// An error at the current position.
    #[cold]
    fn fail(&self, message: &'static str) -> Fail {
        Fail {
            message,
            at: self.pos,
        }
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Skips JSON whitespace and returns the next byte without consuming it.
    #[inline(always)]
    fn skip_ws(&mut self) -> Option<u8> {
        // Bits 9 (\t), 10 (\n), 13 (\r) and 32 (space).
        const WS: u64 = (1 << b'\t') | (1 << b'\n') | (1 << b'\r') | (1 << b' ');
        while let Some(&b) = self.bytes.get(self.pos) {
            // Compact JSON has no whitespace, so one comparison usually decides.
            if b > b' ' || WS & (1 << b) == 0 {
                return Some(b);
            }
            self.pos += 1;
        }
        None
    }

    /// Skips a run of ASCII digits.
    fn skip_digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }

    // ----- objects ---------------------------------------------------------

    /// After `{` or a member of the top-level object: consumes the `,` before
    /// the next key and returns the key's offset (at its `"`), or consumes the
    /// closing `}` and returns `None`.
    #[inline]
    fn next_key(&mut self, first: bool) -> Result<Option<usize>, Fail> {
        match self.skip_ws() {
            Some(b'}') => {
                self.pos += 1;
                return Ok(None);
            }
            Some(b'"') if first => return Ok(Some(self.pos)),
            Some(b',') if !first => self.pos += 1,
            Some(_) if first => return Err(self.fail(KEY_MUST_BE_A_STRING)),
            Some(_) => return Err(self.fail(EXPECTED_OBJECT_COMMA_OR_END)),
            None => return Err(self.fail(EOF_OBJECT)),
        }
        match self.skip_ws() {
            Some(b'"') => Ok(Some(self.pos)),
            Some(b'}') => Err(self.fail(TRAILING_COMMA)),
            Some(_) => Err(self.fail(KEY_MUST_BE_A_STRING)),
            None => Err(self.fail(EOF_VALUE)),
        }
    }

    /// Consumes the `:` between a key and its value.
    #[inline]
    fn colon(&mut self) -> Result<(), Fail> {
        match self.skip_ws() {
            Some(b':') => {
                self.pos += 1;
                Ok(())
            }
            Some(_) => Err(self.fail(EXPECTED_COLON)),
            None => Err(self.fail(EOF_OBJECT)),
        }
    }

    /// Parses and classifies the value of a top-level member.
    #[inline]
    fn value(&mut self) -> Result<Value<'a>, Fail> {
        match self.skip_ws() {
            Some(b'"') => self.string().map(Value::Str),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'{') => self.skip_container().map(|()| Value::Object),
            Some(b'[') => self.skip_container().map(|()| Value::Array),
            Some(b't') => self.literal(b"true").map(|()| Value::Bool(true)),
            Some(b'f') => self.literal(b"false").map(|()| Value::Bool(false)),
            Some(b'n') => self.literal(b"null").map(|()| Value::Null),
            Some(_) => Err(self.fail(EXPECTED_VALUE)),
            None => Err(self.fail(EOF_VALUE)),
        }
    }

    /// Validates the array or object starting at `pos` (its `[` or `{`)
    /// without building anything.
    ///
    /// Iterative rather than recursive, so any depth works: the kinds of the
    /// open containers are kept in an [`OpenContainers`] bit stack. Empty
    /// containers are complete values at once and never pushed.
    fn skip_container(&mut self) -> Result<(), Fail> {
        let mut open = OpenContainers::new();
        'value: loop {
            // A value starts here.
            match self.skip_ws() {
                Some(bracket @ (b'[' | b'{')) => {
                    let is_object = bracket == b'{';
                    self.pos += 1;
                    match (is_object, self.skip_ws()) {
                        // Empty container: a complete value, continue below.
                        (true, Some(b'}')) | (false, Some(b']')) => self.pos += 1,
                        (true, Some(b'"')) => {
                            open.push(true);
                            self.nested_key()?;
                            continue 'value;
                        }
                        (true, Some(_)) => return Err(self.fail(KEY_MUST_BE_A_STRING)),
                        (true, None) => return Err(self.fail(EOF_OBJECT)),
                        (false, Some(_)) => {
                            open.push(false);
                            continue 'value;
                        }
                        (false, None) => return Err(self.fail(EOF_LIST)),
                    }
                }
                Some(b'"') => self.skip_string()?,
                Some(b'-' | b'0'..=b'9') => {
                    self.number()?;
                }
                Some(b't') => self.literal(b"true")?,
                Some(b'f') => self.literal(b"false")?,
                Some(b'n') => self.literal(b"null")?,
                Some(_) => return Err(self.fail(EXPECTED_VALUE)),
                None => return Err(self.fail(EOF_VALUE)),
            }
            // A value has ended: close containers until a `,` starts the next
            // element or member.
            if open.is_empty() {
                return Ok(());
            }
            loop {
                let is_object = open.innermost_is_object();
                match (is_object, self.skip_ws()) {
                    (_, Some(b',')) => {
                        self.pos += 1;
                        match (is_object, self.skip_ws()) {
                            (true, Some(b'"')) => {
                                self.nested_key()?;
                                continue 'value;
                            }
                            (true, Some(b'}')) | (false, Some(b']')) => {
                                return Err(self.fail(TRAILING_COMMA));
                            }
                            (true, Some(_)) => return Err(self.fail(KEY_MUST_BE_A_STRING)),
                            (false, Some(_)) => continue 'value,
                            (_, None) => return Err(self.fail(EOF_VALUE)),
                        }
                    }
                    (true, Some(b'}')) | (false, Some(b']')) => {
                        self.pos += 1;
                        if !open.pop() {
                            return Ok(());
                        }
                    }
                    (true, Some(_)) => return Err(self.fail(EXPECTED_OBJECT_COMMA_OR_END)),
                    (false, Some(_)) => return Err(self.fail(EXPECTED_LIST_COMMA_OR_END)),
                    (true, None) => return Err(self.fail(EOF_OBJECT)),
                    (false, None) => return Err(self.fail(EOF_LIST)),
                }
            }
        }
    }

    /// A key of a nested object (at its `"`) and the `:` after it.
    #[inline(always)]
    fn nested_key(&mut self) -> Result<(), Fail> {
        self.skip_string()?;
        self.colon()
    }

    /// `true`, `false` or `null`, whose first byte is at `pos`.
    fn literal(&mut self, word: &'static [u8]) -> Result<(), Fail> {
        if self.bytes[self.pos..].starts_with(word) {
            self.pos += word.len();
            return Ok(());
        }
        // Point at the first byte that differs, like serde_json.
        let rest = &self.bytes[self.pos..];
        let same = rest.iter().zip(word).take_while(|(a, b)| a == b).count();
        self.pos += same;
        Err(self.fail(if same == rest.len() {
            EOF_VALUE
        } else {
            EXPECTED_IDENT
        }))
    }

    // ----- strings ---------------------------------------------------------

    /// Advances `pos` to the next `"`, `\` or control character (or the end).
    ///
    /// Eight bytes at a time: a byte of the word is flagged when it is below
    /// 0x20 or equal to `"` or `\` (the classic "has zero/less-than byte"
    /// bit tricks). Borrows can flag bytes *after* a real hit, never before,
    /// so the lowest flagged byte is the right one.
    #[inline(always)]
    fn skip_plain(&mut self) {
        const ONES: u64 = u64::MAX / 255; // 0x0101…01
        const HIGH: u64 = ONES << 7; // 0x8080…80
        let bytes = self.bytes;
        let mut pos = self.pos;
        while let Some(chunk) = bytes.get(pos..).and_then(<[u8]>::first_chunk::<8>) {
            // Little-endian, so the first byte is the lowest.
            let x = u64::from_le_bytes(*chunk);
            // XOR turns the wanted byte into 0x00, and `(v - 0x01…) & !v`
            // sets the high bit of zero bytes; `(x - 0x20…) & !x` likewise
            // of bytes below 0x20 (`!x` drops bytes >= 0x80, i.e. non-ASCII).
            let quote = x ^ (ONES * u64::from(b'"'));
            let backslash = x ^ (ONES * u64::from(b'\\'));
            let flags = (x.wrapping_sub(ONES * 0x20) & !x)
                | (quote.wrapping_sub(ONES) & !quote)
                | (backslash.wrapping_sub(ONES) & !backslash);
            let flags = flags & HIGH;
            if flags != 0 {
                self.pos = pos + (flags.trailing_zeros() / 8) as usize;
                return;
            }
            pos += 8;
        }
        while let Some(&b) = bytes.get(pos) {
            if b == b'"' || b == b'\\' || b < 0x20 {
                break;
            }
            pos += 1;
        }
        self.pos = pos;
    }

    /// A string at `pos` (its opening `"`), decoded. Borrowed from the input
    /// unless it contains escapes.
    #[inline(always)]
    fn string(&mut self) -> Result<Cow<'a, str>, Fail> {
        self.pos += 1;
        let start = self.pos;
        self.skip_plain();
        match self.peek() {
            Some(b'"') => {
                let s = &self.text[start..self.pos];
                self.pos += 1;
                Ok(Cow::Borrowed(s))
            }
            Some(b'\\') => self.escaped_string(start).map(Cow::Owned),
            Some(_) => Err(self.fail(CONTROL_CHARACTER)),
            None => Err(self.fail(EOF_STRING)),
        }
    }

    /// The rest of a string that has escapes; `pos` is at the first `\` and
    /// `start` where the contents began.
    #[cold]
    #[inline(never)]
    fn escaped_string(&mut self, start: usize) -> Result<String, Fail> {
        let mut out = String::with_capacity(self.pos - start + 16);
        let mut plain_from = start;
        loop {
            match self.peek() {
                Some(b'"') => {
                    out.push_str(&self.text[plain_from..self.pos]);
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.text[plain_from..self.pos]);
                    self.pos += 1;
                    out.push(self.escape()?);
                    plain_from = self.pos;
                }
                Some(_) => return Err(self.fail(CONTROL_CHARACTER)),
                None => return Err(self.fail(EOF_STRING)),
            }
            self.skip_plain();
        }
    }

    /// Validates a string at `pos` (its opening `"`) without decoding it.
    #[inline(always)]
    fn skip_string(&mut self) -> Result<(), Fail> {
        self.pos += 1;
        loop {
            self.skip_plain();
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(());
                }
                Some(b'\\') => {
                    self.pos += 1;
                    self.skip_escape()?;
                }
                Some(_) => return Err(self.fail(CONTROL_CHARACTER)),
                None => return Err(self.fail(EOF_STRING)),
            }
        }
    }

    /// One escape, `pos` just after its `\`, validated only.
    #[inline]
    fn skip_escape(&mut self) -> Result<(), Fail> {
        match self.peek() {
            Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {
                self.pos += 1;
                Ok(())
            }
            // Any four hex digits: surrogates need not be paired.
            Some(b'u') => {
                self.pos += 1;
                self.hex4().map(drop)
            }
            Some(_) => Err(self.fail(INVALID_ESCAPE)),
            None => Err(self.fail(EOF_STRING)),
        }
    }

    /// One escape, `pos` just after its `\`, decoded.
    fn escape(&mut self) -> Result<char, Fail> {
        let Some(b) = self.peek() else {
            return Err(self.fail(EOF_STRING));
        };
        self.pos += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => {
                self.pos -= 1;
                return Err(self.fail(INVALID_ESCAPE));
            }
        })
    }

    /// A `\u` escape with its four hex digits, `pos` just after the `u`,
    /// decoded. A leading surrogate followed by `\u` and a trailing one makes
    /// one `char`; any other
    /// surrogate is lone and becomes U+FFFD, as in Node's UTF-8 encoder. Only
    /// a trailing surrogate is consumed with its leading one: whatever else
    /// follows is left for the caller (`"\ud83d\u0041"` is "\u{FFFD}A").
    fn unicode_escape(&mut self) -> Result<char, Fail> {
        let n = self.hex4()?;
        let code = match n {
            0xD800..=0xDBFF => {
                let low = match self.bytes.get(self.pos..self.pos + 6) {
                    Some([b'\\', b'u', digits @ ..]) => hex_value(digits),
                    _ => None,
                };
                match low {
                    Some(low @ 0xDC00..=0xDFFF) => {
                        self.pos += 6;
                        0x1_0000 + ((n - 0xD800) << 10) + (low - 0xDC00)
                    }
                    _ => return Ok(char::REPLACEMENT_CHARACTER),
                }
            }
            _ => n,
        };
        // A lone trailing surrogate is the only code left that is no `char`.
        Ok(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER))
    }

    /// Four hex digits (either case), `pos` at the first. An error points at
    /// the first byte that is not one.
    fn hex4(&mut self) -> Result<u32, Fail> {
        let mut n = 0;
        for _ in 0..4 {
            match self.peek().map(hex_digit) {
                Some(Some(v)) => n = (n << 4) | v,
                Some(None) => return Err(self.fail(INVALID_ESCAPE)),
                None => return Err(self.fail(EOF_STRING)),
            }
            self.pos += 1;
        }
        Ok(n)
    }

    // ----- numbers ---------------------------------------------------------
    //
    // The grammar is checked byte by byte. The integer part is accumulated
    // in a u64 on the way and becomes `Int` when it fits i64; every other
    // number (fraction, exponent, beyond i64, `-0`) is converted from its
    // text by `str::parse::<f64>`, which rounds correctly.

    /// A number at `pos` (its `-` or first digit).
    #[inline]
    fn number(&mut self) -> Result<Value<'a>, Fail> {
        let start = self.pos;
        let negative = self.peek() == Some(b'-');
        self.pos += usize::from(negative);
        let mut n: u64 = 0;
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                // No leading zeros.
                if let Some(b'0'..=b'9') = self.peek() {
                    return Err(self.fail(INVALID_NUMBER));
                }
            }
            Some(b'1'..=b'9') => {
                while let Some(c @ b'0'..=b'9') = self.peek() {
                    match n
                        .checked_mul(10)
                        .and_then(|n| n.checked_add(u64::from(c - b'0')))
                    {
                        Some(next) => n = next,
                        // Beyond u64, so certainly not an i64.
                        None => return self.float(start),
                    }
                    self.pos += 1;
                }
            }
            Some(_) => return Err(self.fail(INVALID_NUMBER)),
            None => return Err(self.fail(EOF_VALUE)),
        }
        match self.peek() {
            Some(b'.' | b'e' | b'E') => {}
            // `-0` stays a float, like in serde_json.
            _ if !negative && n <= i64::MAX as u64 => return Ok(Value::Int(n as i64)),
            _ if negative && n != 0 && n <= i64::MIN.unsigned_abs() => {
                return Ok(Value::Int(0i64.wrapping_sub_unsigned(n)));
            }
            _ => {}
        }
        self.float(start)
    }

    /// The rest of a number that is not an i64 (`pos` in or after its
    /// integer part, `start` at its first byte), converted by `str::parse`.
    /// Out of line: it is not needed for integers, and keeps the callers small.
    #[inline(never)]
    fn float(&mut self, start: usize) -> Result<Value<'a>, Fail> {
        self.skip_digits();
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.at_least_one_digit()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            self.at_least_one_digit()?;
        }
        // The text is valid JSON, hence valid for `parse`. Beyond the range
        // of f64 it is ±infinity, like `JSON.parse`'s `Infinity`.
        match self.text[start..self.pos].parse::<f64>() {
            Ok(f) => Ok(Value::Float(f)),
            Err(_) => Err(self.fail(INVALID_NUMBER)),
        }
    }

    /// The digits of a fraction or exponent.
    fn at_least_one_digit(&mut self) -> Result<(), Fail> {
        match self.peek() {
            Some(b'0'..=b'9') => {
                self.skip_digits();
                Ok(())
            }
            Some(_) => Err(self.fail(INVALID_NUMBER)),
            None => Err(self.fail(EOF_VALUE)),
        }
    }
}

/// The value of one hex digit (either case).
#[inline]
fn hex_digit(b: u8) -> Option<u32> {
    char::from(b).to_digit(16)
}

/// The value of four hex digits, if `digits` are four hex digits.
fn hex_value(digits: &[u8]) -> Option<u32> {
    match digits {
        &[a, b, c, d] => Some(
            (hex_digit(a)? << 12) | (hex_digit(b)? << 8) | (hex_digit(c)? << 4) | hex_digit(d)?,
        ),
        _ => None,
    }
}

/// The kinds of the arrays and objects open inside a top-level value, as a
/// stack of bits (1 = object).
///
/// The innermost 128 are the bits of `innermost` (lowest bit = innermost),
/// which covers real events without allocating. Beyond that, whole 128-level
/// chunks further out are spilled into `outer` (outermost first), which cold
/// code only touches: any depth works, and shallow nesting costs what it
/// did with a depth limit (one comparison per push and per pop).
struct OpenContainers {
    innermost: u128,
    /// How many levels `innermost` holds: 1..=128 while any container is
    /// open (a chunk comes back from `outer` as soon as it is emptied), 0
    /// when none is.
    levels: u32,
    outer: Vec<u128>,
}

impl OpenContainers {
    fn new() -> Self {
        OpenContainers {
            innermost: 0,
            levels: 0,
            outer: Vec::new(),
        }
    }

    /// Whether no container is open.
    #[inline(always)]
    fn is_empty(&self) -> bool {
        self.levels == 0
    }

    #[inline(always)]
    fn push(&mut self, is_object: bool) {
        if self.levels == 128 {
            self.spill();
        }
        self.innermost = (self.innermost << 1) | u128::from(is_object);
        self.levels += 1;
    }

    /// Closes the innermost open container (there is one); `false` if that
    /// was the last.
    #[inline(always)]
    fn pop(&mut self) -> bool {
        self.innermost >>= 1;
        self.levels -= 1;
        if self.levels == 0 {
            if self.outer.is_empty() {
                return false;
            }
            self.unspill();
        }
        true
    }

    #[inline(always)]
    fn innermost_is_object(&self) -> bool {
        self.innermost & 1 == 1
    }

    #[cold]
    #[inline(never)]
    fn spill(&mut self) {
        self.outer.push(self.innermost);
        self.innermost = 0;
        self.levels = 0;
    }

    #[cold]
    #[inline(never)]
    fn unspill(&mut self) {
        self.innermost = self.outer.pop().unwrap_or_default();
        self.levels = 128;
    }
}

#[cfg(test)]
mod tests;

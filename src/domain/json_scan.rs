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
//! differential test at the bottom of this file checks acceptance against
//! serde_json's `IgnoredAny` and the top-level members against its `Map` on a
//! few hundred thousand generated inputs.

use std::borrow::Cow;

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
/// whitespace (space, \t, \n, \r). Calls `member(key, value)` for every
/// top-level member, in order (duplicates are passed as they come; the caller
/// decides). If `member` returns Err(message), scanning stops and that message
/// is returned as a ScanError at the column of that member's key.
///
/// Members are reported while scanning, so on invalid input `member` may
/// already have been called for the members before the error.
pub fn scan_object<'a>(
    text: &'a str,
    mut member: impl FnMut(Cow<'a, str>, Value<'a>) -> Result<(), String>,
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
        let value = s.value()?;
        member(key, value).map_err(|message| ScanError {
            message,
            column: key_at + 1,
        })?;
    }
    if s.skip_ws().is_some() {
        return Err(s.fail(TRAILING_CHARACTERS).into());
    }
    Ok(())
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
mod tests {
    use super::*;

    type Members<'a> = Vec<(Cow<'a, str>, Value<'a>)>;

    fn scan(text: &str) -> Result<Members<'_>, ScanError> {
        let mut members = Vec::new();
        scan_object(text, |k, v| {
            members.push((k, v));
            Ok(())
        })?;
        Ok(members)
    }

    /// The only member's value.
    fn value_of(text: &str) -> Value<'_> {
        let mut members = scan(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(members.len(), 1, "{text:?}");
        members.pop().unwrap().1
    }

    fn number(literal: &str) -> Value<'static> {
        match value_of(&format!(r#"{{"n":{literal}}}"#)) {
            Value::Int(n) => Value::Int(n),
            Value::Float(f) => Value::Float(f),
            other => panic!("{literal}: {other:?}"),
        }
    }

    fn err(text: &str) -> ScanError {
        match scan(text) {
            Ok(members) => panic!("{text:?} accepted: {members:?}"),
            Err(e) => e,
        }
    }

    fn rejects(text: &str, message: &str) {
        assert_eq!(err(text).message, message, "{text:?}");
    }

    #[allow(clippy::ptr_arg)] // it takes the Cow to tell borrowed from owned
    fn borrowed(cow: &Cow<'_, str>) -> bool {
        matches!(cow, Cow::Borrowed(_))
    }

    const EVENT: &str = r#"{"userId":"user-01234","eventType":"login","timestamp":"2024-05-01T12:00:00.037Z","metadata":{"page":"/p/42","sessionId":"s-0a1b2c3d"}}"#;

    #[test]
    fn sample_event_is_reported_member_by_member_without_copies() {
        let members = scan(EVENT).unwrap();
        let expected = [
            ("userId", Value::Str("user-01234".into())),
            ("eventType", Value::Str("login".into())),
            ("timestamp", Value::Str("2024-05-01T12:00:00.037Z".into())),
            ("metadata", Value::Object),
        ];
        assert_eq!(members.len(), expected.len());
        for ((k, v), (ek, ev)) in members.iter().zip(expected) {
            assert_eq!((k.as_ref(), v), (ek, &ev));
            assert!(borrowed(k));
            if let Value::Str(s) = v {
                assert!(borrowed(s));
            }
        }
    }

    #[test]
    fn surrounding_whitespace_only_json_whitespace() {
        assert!(scan(" \t\r\n{ \"a\" : 1 , \"b\"\n:\t[ 1 , { } ] }\r\n ").is_ok());
        assert!(scan("{}").unwrap().is_empty());
        assert!(scan("{ }").unwrap().is_empty());
        rejects("\u{a0}{}", EXPECTED_OBJECT); // no-break space is not JSON whitespace
        rejects("{}\u{c}", TRAILING_CHARACTERS); // neither is form feed
        rejects("{\u{b}}", KEY_MUST_BE_A_STRING);
    }

    #[test]
    fn only_one_object() {
        rejects("", EOF_VALUE);
        rejects(" \n ", EOF_VALUE);
        for text in ["[]", "1", "\"s\"", "null", "true", "x", "}"] {
            rejects(text, EXPECTED_OBJECT);
        }
        rejects("{} x", TRAILING_CHARACTERS);
        rejects("{}{}", TRAILING_CHARACTERS);
        rejects("{},", TRAILING_CHARACTERS);
        rejects("{", EOF_OBJECT);
        rejects("{\"a\":1", EOF_OBJECT);
        rejects("{\"a\":1,", EOF_VALUE);
        rejects("{\"a\":", EOF_VALUE);
        rejects("{\"a\"", EOF_OBJECT);
    }

    #[test]
    fn literals() {
        let members = scan(r#"{"t":true,"f":false,"n":null}"#).unwrap();
        let values: Vec<_> = members.into_iter().map(|(_, v)| v).collect();
        assert_eq!(values, [Value::Bool(true), Value::Bool(false), Value::Null]);
        rejects(r#"{"a":tru}"#, EXPECTED_IDENT);
        rejects(r#"{"a":nul"#, EOF_VALUE);
        rejects(r#"{"a":True}"#, EXPECTED_VALUE);
        rejects(r#"{"a":nulll}"#, EXPECTED_OBJECT_COMMA_OR_END);
        rejects(r#"{"a":[truex]}"#, EXPECTED_LIST_COMMA_OR_END);
        rejects(r#"{"a":undefined}"#, EXPECTED_VALUE);
    }

    #[test]
    fn integers_fitting_i64_are_int() {
        assert_eq!(number("0"), Value::Int(0));
        assert_eq!(number("7"), Value::Int(7));
        assert_eq!(number("-12"), Value::Int(-12));
        assert_eq!(number("9223372036854775807"), Value::Int(i64::MAX));
        assert_eq!(number("-9223372036854775808"), Value::Int(i64::MIN));
    }

    #[test]
    fn other_numbers_are_float() {
        assert_eq!(
            number("9223372036854775808"),
            Value::Float(9223372036854775808.0)
        );
        assert_eq!(
            number("18446744073709551615"),
            Value::Float(u64::MAX as f64)
        );
        assert_eq!(
            number("18446744073709551616"),
            Value::Float(18446744073709551616.0)
        );
        assert_eq!(
            number("-9223372036854775809"),
            Value::Float(-9223372036854775809.0)
        );
        assert_eq!(
            number("123456789012345678901234567890"),
            Value::Float(1.2345678901234568e29)
        );
        assert_eq!(number("1.5"), Value::Float(1.5));
        assert_eq!(number("-0.25"), Value::Float(-0.25));
        assert_eq!(number("1e2"), Value::Float(100.0));
        assert_eq!(number("1E+2"), Value::Float(100.0));
        assert_eq!(number("25e-2"), Value::Float(0.25));
        assert_eq!(number("1.0"), Value::Float(1.0));
        assert_eq!(number("1e-400"), Value::Float(0.0));
        assert_eq!(number("0e99999999999"), Value::Float(0.0));
        assert_eq!(number("1e-99999999999"), Value::Float(0.0));
        assert_eq!(number("1.7976931348623157e308"), Value::Float(f64::MAX));
        // Correctly rounded, so this is f64::MAX too (serde_json says out of range).
        assert_eq!(number("1.7976931348623158e308"), Value::Float(f64::MAX));
        assert_eq!(number("0.1"), Value::Float(0.1));
        assert_eq!(number("5e-324"), Value::Float(5e-324));
        // 19 digits are the most an i64 has; beyond i64 they are floats.
        assert_eq!(
            number("9999999999999999999"),
            Value::Float(9999999999999999999.0)
        );
        assert_eq!(
            number("-9999999999999999999"),
            Value::Float(-9999999999999999999.0)
        );
        assert_eq!(
            number("1000000000000000000"),
            Value::Int(1_000_000_000_000_000_000)
        );
        // Like serde_json, `-0` is the float -0.0, not the integer 0.
        let Value::Float(minus_zero) = number("-0") else {
            panic!("-0 should be a float")
        };
        assert!(minus_zero == 0.0 && minus_zero.is_sign_negative());
    }

    #[test]
    fn number_grammar_is_strict() {
        for bad in [
            "01", "-01", "00", "+1", ".5", "-.5", "1.", "1.e5", "-a", "0x10", "1e", "1e+", "1E-",
            "1ee2", "1.2.3", "--1", "- 1",
        ] {
            let e = err(&format!(r#"{{"n":{bad}}}"#));
            assert!(
                [INVALID_NUMBER, EXPECTED_VALUE, EXPECTED_OBJECT_COMMA_OR_END]
                    .contains(&e.message.as_str()),
                "{bad}: {e}"
            );
        }
        for bad in ["NaN", "Infinity", "-Infinity", "nan"] {
            assert!(scan(&format!(r#"{{"n":{bad}}}"#)).is_err(), "{bad}");
        }
        // Leading zeros fail at the second digit, with serde_json's message.
        rejects(r#"{"n":01}"#, INVALID_NUMBER);
        rejects(r#"{"n":[-00]}"#, INVALID_NUMBER);
        rejects(r#"{"n":-"#, EOF_VALUE);
        rejects(r#"{"n":1."#, EOF_VALUE);
    }

    #[test]
    fn numbers_beyond_f64_are_infinite_like_in_json_parse() {
        for (literal, infinity) in [
            ("1e400", f64::INFINITY),
            ("-1e400", f64::NEG_INFINITY),
            ("1e309", f64::INFINITY),
            ("-1e309", f64::NEG_INFINITY),
            ("1.8e308", f64::INFINITY),
            ("1e99999999999", f64::INFINITY),
            ("-1E+99999999999999999999", f64::NEG_INFINITY),
            ("10e308", f64::INFINITY),
            // Correctly rounded: beyond f64::MAX by more than half an ulp.
            ("1.7976931348623159e308", f64::INFINITY),
            ("0.5e310", f64::INFINITY),
        ] {
            assert_eq!(number(literal), Value::Float(infinity), "{literal}");
        }
        let huge = format!("1{}", "0".repeat(400));
        assert_eq!(number(&huge), Value::Float(f64::INFINITY));
        assert_eq!(
            number(&format!("-{huge}.5")),
            Value::Float(f64::NEG_INFINITY)
        );
        // Nested ones are only validated.
        assert_eq!(value_of(r#"{"n":[1,{"x":1e400},-1e400]}"#), Value::Array);
        // The grammar is as strict as for any other number.
        rejects(r#"{"n":1e400.5}"#, EXPECTED_OBJECT_COMMA_OR_END);
        rejects(r#"{"n":1e}"#, INVALID_NUMBER);
        rejects(r#"{"n":[01e400]}"#, INVALID_NUMBER);
        rejects(r#"{"n":Infinity}"#, EXPECTED_VALUE);
    }

    #[test]
    fn strings_without_escapes_are_borrowed() {
        let members = scan(r#"{"ключ":"znač😀","":""}"#).unwrap();
        assert_eq!(members[0], ("ключ".into(), Value::Str("znač😀".into())));
        assert_eq!(members[1], ("".into(), Value::Str("".into())));
        for (k, v) in &members {
            let Value::Str(s) = v else { unreachable!() };
            assert!(borrowed(k) && borrowed(s));
        }
    }

    #[test]
    fn escapes_are_decoded_into_owned_strings() {
        let text = r#"{"k\u0041y":"a\"b\\c\/d\be\ff\ng\rh\ti \u00e9\u00E9 \ud83d\ude00 \u0000"}"#;
        let members = scan(text).unwrap();
        let (k, Value::Str(v)) = &members[0] else {
            panic!("{members:?}")
        };
        assert_eq!(k, "kAy");
        assert_eq!(v, "a\"b\\c/d\u{8}e\u{c}f\ng\rh\ti éé 😀 \u{0}");
        assert!(!borrowed(k) && !borrowed(v));
        // Escapes after long plain runs and at the very start/end.
        let long = format!(
            r#"{{"a":"{}\n{}","b":"\t","c":"x\\"}}"#,
            "p".repeat(40),
            "q".repeat(17)
        );
        let members = scan(&long).unwrap();
        assert_eq!(
            members[0].1,
            Value::Str(format!("{}\n{}", "p".repeat(40), "q".repeat(17)).into())
        );
        assert_eq!(members[1].1, Value::Str("\t".into()));
        assert_eq!(members[2].1, Value::Str("x\\".into()));
    }

    #[test]
    fn string_errors() {
        rejects("{\"a\":\"x\u{1}y\"}", CONTROL_CHARACTER);
        rejects("{\"a\":\"tab\there\"}", CONTROL_CHARACTER);
        rejects("{\"a\u{1f}\":1}", CONTROL_CHARACTER);
        rejects(r#"{"a":"\x"}"#, INVALID_ESCAPE);
        rejects(r#"{"a":"\U0041"}"#, INVALID_ESCAPE);
        rejects(r#"{"a":"\u12G4"}"#, INVALID_ESCAPE);
        rejects(r#"{"a":"\u12"}"#, INVALID_ESCAPE);
        rejects(r#"{"a":"\u-123"}"#, INVALID_ESCAPE);
        rejects(r#"{"a":"\u+123"}"#, INVALID_ESCAPE);
        rejects(r#"{"a":"\u1"#, EOF_STRING);
        rejects(r#"{"a":"\u"#, EOF_STRING);
        rejects(r#"{"a":"abc"#, EOF_STRING);
        rejects(r#"{"a":"abc\"#, EOF_STRING);
        rejects(r#"{"a:1}"#, EOF_STRING);
        // The same when only validated.
        rejects(r#"{"a":["\u12G4"]}"#, INVALID_ESCAPE);
        rejects(r#"{"a":{"\u12":1}}"#, INVALID_ESCAPE);
        rejects(r#"{"a":["\x"]}"#, INVALID_ESCAPE);
        rejects(r#"{"a":["\u1"#, EOF_STRING);
        rejects(r#"{"a":["\"#, EOF_STRING);
    }

    /// A string value decoded from the JSON string literal `literal`
    /// (quotes included), as a top-level value and as a key.
    fn decoded(literal: &str) -> String {
        let as_value = format!(r#"{{"a":{literal}}}"#);
        let Value::Str(value) = value_of(&as_value) else {
            panic!("{literal}: not a string")
        };
        let as_key = format!(r#"{{{literal}:0}}"#);
        let members = scan(&as_key).unwrap();
        assert_eq!(members[0].0, value, "{literal} as a key");
        assert!(!borrowed(&value) && !borrowed(&members[0].0));
        value.into_owned()
    }

    #[test]
    fn lone_surrogates_are_accepted_and_decoded_as_replacement_characters() {
        const R: char = char::REPLACEMENT_CHARACTER;
        for (literal, expected) in [
            // JSON.stringify of a truncated emoji.
            (r#""\ud83d""#, format!("{R}")),
            (r#""\ude00""#, format!("{R}")),
            (r#""\uDBFF""#, format!("{R}")),
            (r#""\uDC00""#, format!("{R}")),
            (r#""x\ud83dy""#, format!("x{R}y")),
            // What follows a lone leading surrogate is not swallowed.
            (r#""\ud83d\u0041""#, format!("{R}A")),
            (r#""\ud83d\n""#, format!("{R}\n")),
            (r#""\ud83d\\""#, format!("{R}\\")),
            (r#""\ud83d\"""#, format!("{R}\"")),
            (r#""\ud83du0041""#, format!("{R}u0041")),
            (r#""\ud83d\ud83d""#, format!("{R}{R}")),
            (r#""\ude00\ud83d""#, format!("{R}{R}")),
            (r#""\ude00\ude00""#, format!("{R}{R}")),
            (r#""\ud83d\ud83d\ude00""#, format!("{R}😀")),
            (r#""\ud83d\ude00\ude00""#, format!("😀{R}")),
            (r#""\ud83d\u00e9""#, format!("{R}é")),
            // Valid pairs still make one char.
            (r#""\ud83d\ude00""#, "😀".to_owned()),
            (r#""\uD83D\uDE00!""#, "😀!".to_owned()),
            (r#""\udbff\udfff""#, "\u{10ffff}".to_owned()),
            (r#""\uD800\uDC00""#, "\u{10000}".to_owned()),
        ] {
            assert_eq!(decoded(literal), expected, "{literal}");
        }
        // Nested ones are validated, not decoded.
        assert_eq!(
            value_of(r#"{"a":["\ud83d","\ude00",{"\ud83d\u0041":"\ud83d\n"}]}"#),
            Value::Array
        );
        assert_eq!(value_of(r#"{"a":{"\udbff":"\ud83d"}}"#), Value::Object);
        // The escape after a lone surrogate is still checked, decoded or not.
        for text in [
            r#"{"a":"\ud83d\uZZZZ"}"#,
            r#"{"a":"\ud83d\u00"}"#,
            r#"{"a":"\ud83d\x"}"#,
            r#"{"\ud83d\udcxx":1}"#,
            r#"{"a":["\ud83d\u12G4"]}"#,
            r#"{"a":{"\ud83d\q":1}}"#,
        ] {
            rejects(text, INVALID_ESCAPE);
        }
        rejects(r#"{"a":"\ud83d\u00"#, EOF_STRING);
        rejects(r#"{"a":"\ud83d\"#, EOF_STRING);
        rejects(r#"{"a":"\ud83d"#, EOF_STRING);
    }

    #[test]
    fn every_ascii_byte_in_every_position_of_a_string() {
        // Covers each byte lane of the 8-at-a-time search and the byte-wise tail.
        for b in 0..0x80u8 {
            for at in 0..20 {
                let mut body = vec![b'x'; 20];
                body[at] = b;
                let body = String::from_utf8(body).unwrap();
                for text in [
                    format!(r#"{{"a":"{body}"}}"#),
                    format!(r#"{{"{body}":[1,"{body}"]}}"#),
                ] {
                    let plain = b >= 0x20 && b != b'"' && b != b'\\';
                    assert_eq!(scan(&text).is_ok(), plain, "{text:?}");
                    if b < 0x20 {
                        assert_eq!(err(&text).message, CONTROL_CHARACTER, "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn nested_strings_are_validated() {
        assert_eq!(
            value_of(r#"{"a":{"k\u0041":"\n\ud83d\ude00","b":["\"",[]]}}"#),
            Value::Object
        );
        // Lone surrogates included (see below).
        assert_eq!(value_of(r#"{"a":["\ud83d"]}"#), Value::Array);
        rejects(r#"{"a":{"\q":1}}"#, INVALID_ESCAPE);
        rejects("{\"a\":[\"\u{0}\"]}", CONTROL_CHARACTER);
        rejects(r#"{"a":["x]}"#, EOF_STRING);
    }

    #[test]
    fn object_punctuation() {
        rejects(r#"{1:2}"#, KEY_MUST_BE_A_STRING);
        rejects(r#"{a:2}"#, KEY_MUST_BE_A_STRING);
        rejects(r#"{"a" 1}"#, EXPECTED_COLON);
        rejects(r#"{"a"=1}"#, EXPECTED_COLON);
        rejects(r#"{"a":1,}"#, TRAILING_COMMA);
        rejects(r#"{"a":1 "b":2}"#, EXPECTED_OBJECT_COMMA_OR_END);
        rejects(r#"{"a":1;"b":2}"#, EXPECTED_OBJECT_COMMA_OR_END);
        rejects(r#"{,}"#, KEY_MUST_BE_A_STRING);
        rejects(r#"{"a":1,,"b":2}"#, KEY_MUST_BE_A_STRING);
        rejects(r#"{"a"}"#, EXPECTED_COLON);
        rejects(r#"{"a":}"#, EXPECTED_VALUE);
        rejects(r#"{"a"::1}"#, EXPECTED_VALUE);
        rejects(r#"{"a":1]"#, EXPECTED_OBJECT_COMMA_OR_END);
    }

    #[test]
    fn duplicates_are_passed_in_order() {
        let members = scan(r#"{"a":1,"b":2,"a":"x"}"#).unwrap();
        let keys: Vec<_> = members.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["a", "b", "a"]);
        assert_eq!(members[2].1, Value::Str("x".into()));
    }

    #[test]
    fn nested_values_are_classified_and_validated() {
        let members =
            scan(r#"{"a":[1,[2,{"x":[]}],"s",null],"o":{"k":{"l":[{}]}},"e":[],"f":{}}"#).unwrap();
        let values: Vec<_> = members.into_iter().map(|(_, v)| v).collect();
        assert_eq!(
            values,
            [Value::Array, Value::Object, Value::Array, Value::Object]
        );
        rejects(r#"{"a":[1,]}"#, TRAILING_COMMA);
        rejects(r#"{"a":[,1]}"#, EXPECTED_VALUE);
        rejects(r#"{"a":[1 2]}"#, EXPECTED_LIST_COMMA_OR_END);
        rejects(r#"{"a":[1}"#, EXPECTED_LIST_COMMA_OR_END);
        rejects(r#"{"a":{"b":1]}"#, EXPECTED_OBJECT_COMMA_OR_END);
        rejects(r#"{"a":{"b"}}"#, EXPECTED_COLON);
        rejects(r#"{"a":{"b":1,}}"#, TRAILING_COMMA);
        rejects(r#"{"a":{1:1}}"#, KEY_MUST_BE_A_STRING);
        rejects(r#"{"a":{"b":1,2:3}}"#, KEY_MUST_BE_A_STRING);
        rejects(r#"{"a":["#, EOF_LIST);
        rejects(r#"{"a":[1"#, EOF_LIST);
        rejects(r#"{"a":[1,"#, EOF_VALUE);
        rejects(r#"{"a":{"#, EOF_OBJECT);
        rejects(r#"{"a":{"b":1"#, EOF_OBJECT);
        rejects(r#"{"a":[]"#, EOF_OBJECT);
    }

    /// An object whose member `a` holds arrays and objects nested so that
    /// the whole text has `levels` levels (the top-level object is one).
    fn nested(levels: usize) -> String {
        let mut text = String::from("{\"a\":");
        for i in 1..levels {
            let innermost = i + 1 == levels;
            text.push_str(match (i % 2 == 0, innermost) {
                (true, false) => "{\"k\":",
                (true, true) => "{",
                (false, _) => "[",
            });
        }
        for i in (1..levels).rev() {
            text.push(if i % 2 == 0 { '}' } else { ']' });
        }
        text.push('}');
        text
    }

    #[test]
    fn any_depth_is_accepted() {
        // Across the 128-level chunks of the bit stack (the innermost empty
        // container is not pushed, so `levels` - 2 are).
        for levels in (2..=140).chain(250..=262).chain(380..=390) {
            assert_eq!(value_of(&nested(levels)), Value::Array, "{levels}");
        }
        // Deep input is not a stack overflow, and linear: a fraction of a
        // second even unoptimized.
        let deep = nested(200_000);
        assert_eq!(value_of(&deep), Value::Array);
        let deep_objects = format!(
            r#"{{"a":{}1{}}}"#,
            r#"{"k":"#.repeat(100_000),
            "}".repeat(100_000)
        );
        assert_eq!(value_of(&deep_objects), Value::Object);
        // Unclosed or mismatched deep inside is still an error.
        rejects(&format!("{{\"a\":{}", "[".repeat(1_000_000)), EOF_LIST);
        rejects(&deep[..deep.len() - 1], EOF_OBJECT);
        for cut in [10, 1_000, 100_000] {
            for text in [&deep[..deep.len() - 1 - cut], &deep[..cut]] {
                let e = err(text);
                assert!(
                    [EOF_OBJECT, EOF_LIST, EOF_STRING, EOF_VALUE].contains(&e.message.as_str())
                        && e.column == text.len() + 1,
                    "{cut}: {e}"
                );
            }
        }
        // Each level's kind survives the chunks being spilled and restored:
        // any one closing bracket swapped is caught.
        let text = nested(400);
        let closing = text.find([']', '}']).unwrap();
        for at in closing + 1..text.len() - 1 {
            let mut swapped = text.clone().into_bytes();
            swapped[at] = if swapped[at] == b']' { b'}' } else { b']' };
            let swapped = String::from_utf8(swapped).unwrap();
            let e = err(&swapped);
            assert!(
                [EXPECTED_LIST_COMMA_OR_END, EXPECTED_OBJECT_COMMA_OR_END]
                    .contains(&e.message.as_str())
                    && e.column == at + 1,
                "{at}: {e}"
            );
        }
        // Siblings do not add up: only open containers count.
        let inner = nested(300);
        let wide = format!("{{\"a\":[{}]}}", [&inner[5..inner.len() - 1]; 3].join(","));
        assert_eq!(value_of(&wide), Value::Array);
    }

    /// What the differential test relies on: serde_json's `IgnoredAny` has
    /// no depth limit and accepts lone surrogates and numbers beyond f64,
    /// which its `Map<String, Value>` rejects.
    #[test]
    fn serde_json_ignored_any_is_the_lenient_grammar() {
        type Map = serde_json::Map<String, serde_json::Value>;
        let ignored = |text: &str| serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok();
        let built = |text: &str| serde_json::from_str::<Map>(text).is_ok();
        for text in [
            nested(127),
            nested(128),
            nested(200_000),
            r#"{"\ud83d":"\ude00\u0041","a":["\ud83d\n"]}"#.to_owned(),
            r#"{"n":1e400,"m":[-1e99999999999]}"#.to_owned(),
        ] {
            assert!(ignored(&text), "{text:.80}");
        }
        assert!(built(&nested(127)));
        for text in [
            nested(128),
            r#"{"a":"\ud83d"}"#.to_owned(),
            r#"{"a":"\ude00"}"#.to_owned(),
            r#"{"n":1e400}"#.to_owned(),
        ] {
            assert!(!built(&text), "{text:.80}");
        }
        // It does check the grammar and the hex digits.
        for text in [
            r#"{"a":"\u12G4"}"#,
            r#"{"a":"\x"}"#,
            r#"{"a":1.}"#,
            r#"{"a":[1,]}"#,
            "{\"a\":\"\u{1}\"}",
            "{} x",
        ] {
            assert!(!ignored(text), "{text}");
        }
        // But not that the text is an object: `compare` checks that.
        assert!(ignored("[1]") && ignored(" 2 "));
    }

    #[test]
    fn error_columns_point_at_the_problem() {
        let e = err(r#"{"a":1,"b":x}"#);
        assert_eq!((e.message.as_str(), e.column), (EXPECTED_VALUE, 12));
        assert_eq!(e.to_string(), "expected value at column 12");
        assert_eq!(err(r#"{"a":1} x"#).column, 9);
        assert_eq!(err(r#"{"a":01}"#).column, 7);
        assert_eq!(err("{\"a\":\"x\u{1}\"}").column, 8);
        assert_eq!(err(r#"{"a":1,}"#).column, 8);
        assert_eq!(err("").column, 1);
        assert_eq!(err(r#"{"a":"#).column, 6);
        // Escapes: at the bad byte.
        assert_eq!(err(r#"{"a":"\u12G4"}"#).column, 11);
        assert_eq!(err(r#"{"a":"\x"}"#).column, 8);
        assert_eq!(err(r#"{"a":["\ud83d\q"]}"#).column, 15);
    }

    #[test]
    fn member_errors_stop_the_scan_at_the_key() {
        let mut seen = Vec::new();
        // The syntax error after the rejected member is never reached.
        let text = r#"{"userId":"u","eventType":"bogus","x":}"#;
        let e = scan_object(text, |k, v| {
            seen.push(k.clone());
            match (k.as_ref(), v) {
                ("eventType", Value::Str(s)) if s != "login" => {
                    Err(format!("unknown event type {s:?}"))
                }
                _ => Ok(()),
            }
        })
        .unwrap_err();
        assert_eq!(seen, ["userId", "eventType"]);
        assert_eq!(e.message, r#"unknown event type "bogus""#);
        assert_eq!(e.column, 15);
        assert_eq!(&text[e.column - 1..e.column + 10], "\"eventType\"");
    }

    // ----- differential test against serde_json ----------------------------

    /// xorshift64*: deterministic, good enough to shake out parser bugs.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
        fn percent(&mut self, p: usize) -> bool {
            self.below(100) < p
        }
        /// 1..=usual mostly, 1..=rare sometimes.
        fn length(&mut self, usual: usize, rare: usize) -> usize {
            let max = if self.percent(80) { usual } else { rare };
            1 + self.below(max)
        }
        fn pick<'s>(&mut self, items: &[&'s str]) -> &'s str {
            items[self.below(items.len())]
        }
        fn digits(&mut self, out: &mut String, n: usize) {
            for _ in 0..n {
                out.push(char::from(b'0' + self.below(10) as u8));
            }
        }
    }

    const EDGE_NUMBERS: &[&str] = &[
        "0",
        "-0",
        "0.0",
        "-0.0",
        "1",
        "-1",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "9999999999999999999",
        "-9999999999999999999",
        "10000000000000000000",
        "18446744073709551615",
        "18446744073709551616",
        "-18446744073709551615",
        "-18446744073709551616",
        "184467440737095516150",
        "1844674407370955161.5",
        "18446744073709551616.9",
        "99999999999999999999999",
        "1e308",
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "1.7976931348623159e308",
        "17976931348623157e292",
        "1.8e308",
        "-1.8e308",
        "1e309",
        "2.2250738585072014e-308",
        "2.2250738585072011e-308",
        "5e-324",
        "4.9e-324",
        "2e-324",
        "1e-400",
        "1e-700",
        "0e99999999999",
        "0.0e-99999999999",
        "1e-99999999999",
        "1e99999999999",
        "1e2147483647",
        "1e2147483648",
        "1e-2147483648",
        "1e400",
        "-1e400",
        "-1E+400",
        "0e400",
        "-0.0e400",
        "123.456e789",
        "-9.99e999",
        "0.1",
        "0.3",
        "123.456e-7",
        "1E+2",
        "1e-0",
        "1.00000000000000011102230246251565404236316680908203125",
        "0.000000000000000000000000000000000000001",
        "3.141592653589793238462643383279",
        "100000000000000000000000000000000000000000000000000e-50",
    ];

    const TEXTS: &[&str] = &[
        "a",
        "user-01234",
        "login",
        "2024-05-01T12:00:00.037Z",
        " ",
        "é",
        "€",
        "😀",
        "ключ",
        "\u{7f}",
        "\u{80}",
        "\u{ffff}",
        "\\\"",
        "\\\\",
        "\\/",
        "\\b",
        "\\f",
        "\\n",
        "\\r",
        "\\t",
        "\\u0041",
        "\\u00e9",
        "\\u00E9",
        "\\u20AC",
        "\\u0000",
        "\\u001f",
        "\\ud83d\\ude00",
        "\\uD83D\\uDE00",
        "\\udbff\\udfff",
        "\\uD800\\uDC00",
        "\\uffff",
        "\\ufffe",
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "'",
        "/p/42",
    ];

    /// Lone surrogates (JSON.stringify of a truncated emoji, and worse).
    const LONE_SURROGATES: &[&str] = &[
        "\\ud83d",
        "\\ude00",
        "\\uDBFF",
        "\\ud83d\\u0041",
        "\\ud83dx",
        "\\ud83d\\n",
        "\\ud83d\\\\",
        "\\ud83d\\ud83d\\ude00",
        "\\ude00\\ud83d",
        "\\ud83d\\ude00\\ude00",
    ];

    /// Occasionally invalid on purpose, to test rejection beyond mutations.
    const BAD_TEXTS: &[&str] = &[
        "\u{0}",
        "\u{1f}",
        "\\x",
        "\\u12",
        "\u{1}",
        "\t",
        "\\",
        "\\u00g0",
        // A bad escape right after a lone surrogate.
        "\\ud83d\\uZZZZ",
        "\\ud83d\\u12",
        "\\ud83d\\q",
    ];

    fn whitespace(rng: &mut Rng, out: &mut String) {
        if rng.percent(15) {
            for _ in 0..=rng.below(3) {
                out.push_str(rng.pick(&[" ", "\t", "\n", "\r"]));
            }
        }
    }

    fn gen_string(rng: &mut Rng, out: &mut String) {
        out.push('"');
        let pieces = match rng.below(4) {
            0 => 0,
            1 => 1,
            _ => rng.below(12),
        };
        for _ in 0..pieces {
            match rng.below(10) {
                0..=3 => {
                    for _ in 0..=rng.below(12) {
                        out.push(char::from(b'a' + rng.below(26) as u8));
                    }
                }
                4 => {
                    // A random BMP \u escape, random case; often a
                    // surrogate, lone unless a leading one is followed by a
                    // trailing one.
                    let n = if rng.percent(20) {
                        0xD800 + rng.below(0x800)
                    } else {
                        rng.below(0x1_0000)
                    };
                    out.push_str(&if rng.percent(50) {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\u{n:04X}")
                    });
                }
                5 => {
                    // A random supplementary character as a surrogate pair.
                    let c = rng.below(0x10_0000) as u32;
                    out.push_str(&format!(
                        "\\u{:04x}\\u{:04X}",
                        0xD800 + (c >> 10),
                        0xDC00 + (c & 0x3FF)
                    ));
                }
                6 if rng.percent(5) => out.push_str(rng.pick(BAD_TEXTS)),
                7 if rng.percent(10) => out.push_str(rng.pick(LONE_SURROGATES)),
                _ => out.push_str(rng.pick(TEXTS)),
            }
        }
        out.push('"');
    }

    fn gen_number(rng: &mut Rng, out: &mut String) {
        match rng.below(5) {
            0 => out.push_str(rng.pick(EDGE_NUMBERS)),
            1 => {
                let f = f64::from_bits(rng.next());
                if f.is_finite() {
                    out.push_str(&if rng.percent(50) {
                        format!("{f:e}")
                    } else {
                        format!("{f:?}")
                    });
                } else {
                    out.push_str("1.5");
                }
            }
            _ => {
                if rng.percent(40) {
                    out.push('-');
                }
                let len = rng.length(6, 25);
                let first = rng.below(10);
                out.push(char::from(b'0' + first as u8));
                if first != 0 || rng.percent(3) {
                    rng.digits(out, len - 1);
                }
                if rng.percent(30) {
                    out.push('.');
                    let len = rng.length(4, 25);
                    rng.digits(out, len);
                }
                if rng.percent(25) {
                    out.push_str(rng.pick(&["e", "E"]));
                    out.push_str(rng.pick(&["", "+", "-"]));
                    let len = 1 + rng.below(3);
                    rng.digits(out, len);
                }
            }
        }
    }

    fn gen_value(rng: &mut Rng, out: &mut String, depth: usize) {
        whitespace(rng, out);
        let container = depth < 6 && rng.percent(25);
        match rng.below(if container { 2 } else { 9 }) {
            _ if container && rng.percent(50) => gen_object(rng, out, depth + 1),
            _ if container => {
                out.push('[');
                let n = rng.below(4);
                for i in 0..n {
                    if i > 0 {
                        out.push(',');
                    }
                    gen_value(rng, out, depth + 1);
                }
                whitespace(rng, out);
                out.push(']');
            }
            0 | 1 => gen_string(rng, out),
            2..=4 => gen_number(rng, out),
            5 => out.push_str("true"),
            6 => out.push_str("false"),
            7 => out.push_str("null"),
            _ => out.push_str(if rng.percent(50) { "[]" } else { "{}" }),
        }
        whitespace(rng, out);
    }

    fn gen_object(rng: &mut Rng, out: &mut String, depth: usize) {
        out.push('{');
        let n = rng.below(if depth == 0 { 8 } else { 4 });
        for i in 0..n {
            if i > 0 {
                out.push(',');
            }
            whitespace(rng, out);
            if rng.percent(15) {
                // Repeated keys: serde_json's Map keeps the last value.
                out.push_str(rng.pick(&["\"dup\"", "\"d\\u0075p\"", "\"a\""]));
            } else {
                gen_string(rng, out);
            }
            whitespace(rng, out);
            out.push(':');
            gen_value(rng, out, depth);
        }
        whitespace(rng, out);
        out.push('}');
    }

    /// An object with a member `deep` nested 100 to 600 levels, each an
    /// array or object at random, some with siblings before or after.
    fn gen_deep(rng: &mut Rng, out: &mut String) {
        out.push_str("{\"deep\":");
        let mut closing = Vec::new();
        for _ in 0..100 + rng.below(500) {
            let is_object = rng.percent(50);
            out.push(if is_object { '{' } else { '[' });
            if rng.percent(10) {
                gen_member_or_element(rng, out, is_object);
                out.push(',');
            }
            if is_object {
                gen_string(rng, out);
                out.push(':');
            }
            closing.push(is_object);
        }
        gen_value(rng, out, 5);
        while let Some(is_object) = closing.pop() {
            if rng.percent(10) {
                out.push(',');
                gen_member_or_element(rng, out, is_object);
            }
            out.push(if is_object { '}' } else { ']' });
        }
        out.push('}');
    }

    fn gen_member_or_element(rng: &mut Rng, out: &mut String, is_object: bool) {
        if is_object {
            gen_string(rng, out);
            out.push(':');
        }
        gen_value(rng, out, 5);
    }

    /// A valid-looking object (occasionally deeply nested, across the
    /// 128-level chunks of the bit stack and serde_json's `Map` limit).
    fn gen_input(rng: &mut Rng) -> String {
        let mut out = String::new();
        whitespace(rng, &mut out);
        match rng.below(100) {
            0 | 1 => out.push_str(&nested(match rng.below(4) {
                0 => 120 + rng.below(20),
                1 => 250 + rng.below(20),
                2 => 380 + rng.below(20),
                _ => 2 + rng.below(2000),
            })),
            2 | 3 => gen_deep(rng, &mut out),
            4 | 5 => out.push_str(EVENT),
            _ => gen_object(rng, &mut out, 0),
        }
        whitespace(rng, &mut out);
        out
    }

    /// One to three random edits; `None` if the bytes are no longer UTF-8.
    fn mutate(rng: &mut Rng, input: &str) -> Option<String> {
        const INSERTS: &[u8] = b",:{}[]\"\\0123456789-+.eE tfnu \x00\x01\x1f\t\x7f";
        let mut bytes = input.as_bytes().to_vec();
        for _ in 0..=rng.below(3) {
            if bytes.is_empty() {
                break;
            }
            let at = rng.below(bytes.len());
            match rng.below(6) {
                0 => {
                    bytes.remove(at);
                }
                1 => bytes.insert(at, INSERTS[rng.below(INSERTS.len())]),
                2 => bytes.truncate(at),
                3 if at + 1 < bytes.len() => bytes.swap(at, at + 1),
                4 => bytes[at] = INSERTS[rng.below(INSERTS.len())],
                _ => {
                    let end = (at + 1 + rng.below(8)).min(bytes.len());
                    let copy = bytes[at..end].to_vec();
                    bytes.splice(at..at, copy);
                }
            }
        }
        String::from_utf8(bytes).ok()
    }

    /// How far (in ulps) serde_json's float may be from our correctly rounded
    /// one. Without its `float_roundtrip` feature serde_json multiplies or
    /// divides the significand (rounded to f64; digits beyond u64 dropped) by
    /// a rounded power of ten, and for exponents below -308 first divides by
    /// 1e308 as well. Each of those up to four inner roundings is off by a
    /// relative 2^-53, less than one ulp of the result, and the final
    /// roundings on both sides add half an ulp each: under 5 ulps in all.
    /// The differential test has seen 2 at most. 4 ulps is a relative 1e-15
    /// at most. Distances are counted on the bit patterns, so they also work
    /// for subnormals, and at the overflow edge: infinity is one step past
    /// f64::MAX, so where serde_json's inexact conversion stays finite and
    /// ours overflows (or the other way round) they are still close.
    const MAX_ULPS: u64 = 4;

    /// Whether `ours` (correctly rounded) and serde_json's float agree: the
    /// same sign (so -0.0 still counts) and at most `MAX_ULPS` apart.
    fn close(ours: f64, theirs: f64) -> bool {
        ours.is_sign_negative() == theirs.is_sign_negative()
            && ours.to_bits().abs_diff(theirs.to_bits()) <= MAX_ULPS
    }

    /// Whether our classification of a top-level value is what serde_json built.
    fn same_value(ours: &Value<'_>, theirs: &serde_json::Value) -> bool {
        use serde_json::Value as J;
        match (ours, theirs) {
            (Value::Null, J::Null) => true,
            (Value::Bool(a), J::Bool(b)) => a == b,
            (Value::Int(a), J::Number(n)) => !n.is_f64() && n.as_i64() == Some(*a),
            // u64 beyond i64 is a Float for us.
            (Value::Float(a), J::Number(n)) => {
                !n.is_i64() && n.as_f64().is_some_and(|b| close(*a, b))
            }
            (Value::Str(a), J::String(b)) => a == b,
            (Value::Array, J::Array(_)) | (Value::Object, J::Object(_)) => true,
            _ => false,
        }
    }

    #[test]
    fn float_tolerance_is_narrow() {
        assert!(close(0.1, 0.1) && close(-0.0, -0.0) && close(0.0, 5e-324));
        assert!(close(1.0, 1.0 + 4.0 * f64::EPSILON));
        assert!(!close(1.0, 1.0 + 5.0 * f64::EPSILON));
        assert!(!close(0.0, -0.0) && !close(1.5, -1.5) && !close(0.1, 0.2));
        // The overflow edge.
        assert!(close(f64::INFINITY, f64::MAX) && close(f64::NEG_INFINITY, f64::MIN));
        assert!(!close(f64::INFINITY, 1e308) && !close(f64::INFINITY, f64::NEG_INFINITY));
    }

    /// `text` with every lone surrogate escape (one that is not a leading
    /// surrogate directly followed by a trailing one) replaced by `\ufffd`,
    /// so that serde_json's `Map` can decode it as we should. For text that
    /// serde_json's `IgnoredAny` accepts, in which every `\` starts an escape
    /// inside a string and every `\u` has four hex digits.
    fn with_lone_surrogates_replaced(text: &str) -> String {
        let bytes = text.as_bytes();
        let unit = |at: usize| {
            let digits = std::str::from_utf8(&bytes[at..at + 4]).unwrap();
            u32::from_str_radix(digits, 16).unwrap()
        };
        let (mut out, mut copied, mut at) = (String::new(), 0, 0);
        while at < bytes.len() {
            match (bytes[at], bytes.get(at + 1)) {
                (b'\\', Some(b'u')) => {
                    let n = unit(at + 2);
                    let paired = (0xD800..0xDC00).contains(&n)
                        && bytes.get(at + 6..at + 8) == Some(b"\\u")
                        && (0xDC00..0xE000).contains(&unit(at + 8));
                    if paired {
                        at += 12;
                    } else {
                        if (0xD800..0xE000).contains(&n) {
                            out.push_str(&text[copied..at]);
                            out.push_str("\\ufffd");
                            copied = at + 6;
                        }
                        at += 6;
                    }
                }
                (b'\\', _) => at += 2,
                _ => at += 1,
            }
        }
        out.push_str(&text[copied..]);
        out
    }

    #[test]
    fn lone_surrogates_are_replaced_for_the_reference() {
        for (text, expected) in [
            (r#"{"a":"\ud83d\ude00"}"#, r#"{"a":"\ud83d\ude00"}"#),
            (r#"{"a":"\ud83d"}"#, r#"{"a":"\ufffd"}"#),
            (
                r#"{"\uDE00":"\ud83d\u0041"}"#,
                r#"{"\ufffd":"\ufffd\u0041"}"#,
            ),
            (
                r#"{"a":["\ud83d\ud83d\ude00\ude00"]}"#,
                r#"{"a":["\ufffd\ud83d\ude00\ufffd"]}"#,
            ),
            (
                r#"{"a":"\\ud83d\\\ud83d\n"}"#,
                r#"{"a":"\\ud83d\\\ufffd\n"}"#,
            ),
        ] {
            assert_eq!(with_lone_surrogates_replaced(text), expected);
        }
    }

    /// How `scan_object` and serde_json agreed on an input.
    #[derive(Debug, PartialEq)]
    enum Agreed {
        /// Both accept, and our members are those of serde_json's `Map`
        /// (parsed after `with_lone_surrogates_replaced`, which changed the
        /// text if `lone_surrogates`).
        Members {
            lone_surrogates: bool,
        },
        /// Both accept, but serde_json's `Map` does not: a number is beyond
        /// f64 (`beyond_f64`) or it is nested more than 127 levels.
        Accepted {
            beyond_f64: bool,
        },
        BothReject,
    }

    /// `Err` describes how `scan_object` and serde_json disagree on `input`.
    ///
    /// The reference for acceptance is serde_json's `IgnoredAny`, which
    /// checks the grammar and the hex digits of escapes but not surrogates,
    /// ranges or depth (see `serde_json_ignored_any_is_the_lenient_grammar`),
    /// plus "the value is an object". The members are compared with
    /// serde_json's `Map<String, Value>` whenever it can build one.
    fn compare(input: &str) -> Result<Agreed, String> {
        type Map = serde_json::Map<String, serde_json::Value>;
        let is_object = input
            .trim_start_matches([' ', '\t', '\n', '\r'])
            .starts_with('{');
        let theirs = serde_json::from_str::<serde::de::IgnoredAny>(input);
        match (scan(input), theirs) {
            (Err(e), _) if e.column > input.len() + 1 => {
                Err(format!("column {} past the end", e.column))
            }
            (Err(_), Err(_)) => Ok(Agreed::BothReject),
            (Err(_), Ok(_)) if !is_object => Ok(Agreed::BothReject),
            (Err(e), Ok(_)) => Err(format!("we reject ({e}), serde_json accepts")),
            (Ok(members), Err(e)) => Err(format!(
                "we accept, serde_json rejects ({e}); ours: {members:?}"
            )),
            (Ok(members), Ok(_)) if !is_object => {
                Err(format!("we accept a non-object: {members:?}"))
            }
            (Ok(members), Ok(_)) => {
                let replaced = with_lone_surrogates_replaced(input);
                let map = match serde_json::from_str::<Map>(&replaced) {
                    Ok(map) => map,
                    Err(e) => {
                        let e = e.to_string();
                        return if e.starts_with("number out of range") {
                            Ok(Agreed::Accepted { beyond_f64: true })
                        } else if e.starts_with("recursion limit exceeded") {
                            Ok(Agreed::Accepted { beyond_f64: false })
                        } else {
                            Err(format!("serde_json's Map refuses: {e}"))
                        };
                    }
                };
                // Replay duplicates the way serde_json's (insertion-ordered) Map does.
                let mut merged: Members<'_> = Vec::new();
                for (k, v) in members {
                    match merged.iter_mut().find(|(seen, _)| *seen == k) {
                        Some(slot) => slot.1 = v,
                        None => merged.push((k, v)),
                    }
                }
                let agree = merged.len() == map.len()
                    && merged
                        .iter()
                        .zip(&map)
                        .all(|((k, v), (mk, mv))| k == mk && same_value(v, mv));
                if agree {
                    Ok(Agreed::Members {
                        lone_surrogates: replaced != input,
                    })
                } else {
                    Err(format!(
                        "members differ:\n ours:  {merged:?}\n serde: {map:?}"
                    ))
                }
            }
        }
    }

    #[test]
    fn agrees_with_serde_json_on_random_and_mutated_input() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let (mut cases, mut members, mut lone, mut beyond_f64, mut deep) = (0, 0, 0, 0, 0);
        while cases < 250_000 {
            let input = gen_input(&mut rng);
            let mut inputs = vec![input.clone()];
            for _ in 0..3 {
                inputs.extend(mutate(&mut rng, &input));
            }
            for input in inputs {
                cases += 1;
                match compare(&input) {
                    Ok(Agreed::Members { lone_surrogates }) => {
                        members += 1;
                        lone += usize::from(lone_surrogates);
                    }
                    Ok(Agreed::Accepted { beyond_f64: true }) => beyond_f64 += 1,
                    Ok(Agreed::Accepted { beyond_f64: false }) => deep += 1,
                    Ok(Agreed::BothReject) => {}
                    Err(why) => panic!("case {cases}: {why}\ninput: {input:?}"),
                }
            }
        }
        let accepted = members + beyond_f64 + deep;
        println!(
            "{cases} differential cases, {accepted} accepted by both: {members} with the \
             same members ({lone} of them with lone surrogates), {beyond_f64} with a number \
             beyond f64 and {deep} nested beyond 127 levels, which serde_json's Map refuses"
        );
        // Both sides of the grammar are exercised, and the lenient paths.
        assert!(
            accepted > cases / 5 && accepted < cases * 4 / 5,
            "{accepted} of {cases} accepted"
        );
        assert!(
            lone > cases / 50 && beyond_f64 > cases / 50 && deep > cases / 500,
            "{lone}, {beyond_f64}, {deep}"
        );
    }

    #[test]
    fn agrees_with_serde_json_on_edge_cases() {
        let mut inputs: Vec<String> = Vec::new();
        for n in EDGE_NUMBERS {
            inputs.push(format!(r#"{{"n":{n}}}"#));
            inputs.push(format!(r#"{{"n":[{n}]}}"#));
        }
        for t in TEXTS.iter().chain(LONE_SURROGATES).chain(BAD_TEXTS) {
            inputs.push(format!(r#"{{"{t}":"{t}"}}"#));
            inputs.push(format!(r#"{{"a":["{t}"]}}"#));
        }
        for levels in (125..=135).chain(255..=260).chain([1_000, 10_000]) {
            inputs.push(nested(levels));
        }
        // Every prefix of a realistic event.
        for end in 0..=EVENT.len() {
            inputs.push(EVENT[..end].to_owned());
        }
        for input in &inputs {
            if let Err(why) = compare(input) {
                panic!("{why}\ninput: {input:.200}");
            }
        }
    }
}

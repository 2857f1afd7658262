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
//! What is accepted and rejected matches `serde_json::from_str` into a
//! `serde_json::Map<String, serde_json::Value>` (default features): the same
//! string, escape, number, literal and nesting rules and the same depth
//! limit. Floats are converted with `str::parse::<f64>`, which rounds
//! correctly; serde_json's default conversion does not always, so a float
//! may differ from serde_json's in the last few bits, and a number within a
//! few ulps of ±`f64::MAX` may overflow ("number out of range") on one side
//! only. The error messages use serde_json's wording; the differential test
//! at the bottom of this file checks the agreement on a few hundred thousand
//! generated inputs.

use std::borrow::Cow;

/// A top-level member's value, classified; nested values are validated but not built.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// An integer that fits `i64`.
    Int(i64),
    /// A number with a fraction or exponent, an integer beyond `i64`, or `-0`
    /// (serde_json makes all of these an `f64`).
    Float(f64),
    /// Borrowed from the input unless the string contains escapes.
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
const LONE_SURROGATE: &str = "lone leading surrogate in hex escape";
const UNEXPECTED_END_OF_HEX_ESCAPE: &str = "unexpected end of hex escape";
const INVALID_NUMBER: &str = "invalid number";
const NUMBER_OUT_OF_RANGE: &str = "number out of range";
const RECURSION_LIMIT: &str = "recursion limit exceeded";

/// serde_json refuses to open a 128th nested array/object (its
/// `remaining_depth` starts at 128 and may not reach 0); the top-level object
/// is level 1, so at most 127 levels are accepted.
const MAX_LEVELS: usize = 127;

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
    /// Iterative rather than recursive: the kinds of the open containers are
    /// the bits of `kinds` (1 = object, lowest bit = innermost), which is
    /// enough because the depth limit keeps fewer than 128 of them open.
    fn skip_container(&mut self) -> Result<(), Fail> {
        let mut kinds: u128 = 0;
        let mut depth = 0; // containers open below the top-level object
        'value: loop {
            // A value starts here.
            match self.skip_ws() {
                Some(open @ (b'[' | b'{')) => {
                    depth += 1;
                    // +1: the top-level object is the first level.
                    if depth + 1 > MAX_LEVELS {
                        return Err(self.fail(RECURSION_LIMIT));
                    }
                    let is_object = open == b'{';
                    kinds = (kinds << 1) | u128::from(is_object);
                    self.pos += 1;
                    match (is_object, self.skip_ws()) {
                        // Empty container: closed at once, continue below.
                        (true, Some(b'}')) | (false, Some(b']')) => {
                            self.pos += 1;
                            depth -= 1;
                            kinds >>= 1;
                        }
                        (true, Some(b'"')) => {
                            self.nested_key()?;
                            continue 'value;
                        }
                        (true, Some(_)) => return Err(self.fail(KEY_MUST_BE_A_STRING)),
                        (true, None) => return Err(self.fail(EOF_OBJECT)),
                        (false, Some(_)) => continue 'value,
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
            loop {
                if depth == 0 {
                    return Ok(());
                }
                let is_object = kinds & 1 == 1;
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
                        depth -= 1;
                        kinds >>= 1;
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
                    self.escape()?;
                }
                Some(_) => return Err(self.fail(CONTROL_CHARACTER)),
                None => return Err(self.fail(EOF_STRING)),
            }
        }
    }

    /// One escape, `pos` just after its `\`.
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
            _ => return Err(self.fail(INVALID_ESCAPE)),
        })
    }

    /// `\uXXXX`, `pos` just after the `u`. A leading surrogate must be
    /// followed by `\u` and a trailing one; lone surrogates are errors, as
    /// when serde_json parses into a `String`.
    fn unicode_escape(&mut self) -> Result<char, Fail> {
        let n = self.hex4()?;
        let code = match n {
            // serde_json calls a lone *trailing* surrogate this, too.
            0xDC00..=0xDFFF => return Err(self.fail(LONE_SURROGATE)),
            0xD800..=0xDBFF => {
                for expected in [b'\\', b'u'] {
                    match self.peek() {
                        Some(b) if b == expected => self.pos += 1,
                        Some(_) => {
                            self.pos += 1;
                            return Err(self.fail(UNEXPECTED_END_OF_HEX_ESCAPE));
                        }
                        None => return Err(self.fail(EOF_STRING)),
                    }
                }
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(self.fail(LONE_SURROGATE));
                }
                0x1_0000 + ((n - 0xD800) << 10) + (low - 0xDC00)
            }
            _ => n,
        };
        // Never fails: surrogates were handled above.
        char::from_u32(code).ok_or_else(|| self.fail(INVALID_ESCAPE))
    }

    /// Four hex digits (either case).
    fn hex4(&mut self) -> Result<u32, Fail> {
        let Some(digits) = self.bytes.get(self.pos..self.pos + 4) else {
            self.pos = self.bytes.len();
            return Err(self.fail(EOF_STRING));
        };
        let mut n = 0;
        for &d in digits {
            let Some(v) = char::from(d).to_digit(16) else {
                return Err(self.fail(INVALID_ESCAPE));
            };
            n = (n << 4) | v;
        }
        self.pos += 4;
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
        // The text is valid JSON, hence valid for `parse`; overflow is `inf`.
        match self.text[start..self.pos].parse::<f64>() {
            Ok(f) if f.is_finite() => Ok(Value::Float(f)),
            _ => Err(self.fail(NUMBER_OUT_OF_RANGE)),
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
    fn floats_overflowing_to_infinity_are_out_of_range() {
        for bad in [
            "1e309",
            "-1e309",
            "1.8e308",
            "1e99999999999",
            "10e308",
            "1.7976931348623159e308",
        ] {
            rejects(&format!(r#"{{"n":{bad}}}"#), NUMBER_OUT_OF_RANGE);
        }
        let huge = format!(r#"{{"n":1{}}}"#, "0".repeat(400));
        rejects(&huge, NUMBER_OUT_OF_RANGE);
        // Also when nested, because serde_json builds nested numbers too.
        rejects(r#"{"n":[1,{"x":1e400}]}"#, NUMBER_OUT_OF_RANGE);
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
        rejects(r#"{"a":"\u1"#, EOF_STRING);
        rejects(r#"{"a":"abc"#, EOF_STRING);
        rejects(r#"{"a":"abc\"#, EOF_STRING);
        rejects(r#"{"a:1}"#, EOF_STRING);
        // Surrogates must come in (leading, trailing) pairs.
        rejects(r#"{"a":"\ud83d"}"#, UNEXPECTED_END_OF_HEX_ESCAPE);
        rejects(r#"{"a":"\ud83d\n"}"#, UNEXPECTED_END_OF_HEX_ESCAPE);
        rejects(r#"{"a":"\ud83d\u0041"}"#, LONE_SURROGATE);
        rejects(r#"{"a":"\ud83d\ud83d"}"#, LONE_SURROGATE);
        rejects(r#"{"a":"\ude00"}"#, LONE_SURROGATE);
        rejects(r#"{"\udbff":1}"#, UNEXPECTED_END_OF_HEX_ESCAPE);
        assert_eq!(
            value_of(r#"{"a":"\udbff\udfff"}"#),
            Value::Str("\u{10ffff}".into())
        );
        assert_eq!(
            value_of(r#"{"a":"\uD800\uDC00"}"#),
            Value::Str("\u{10000}".into())
        );
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
        rejects(r#"{"a":["\ud83d"]}"#, UNEXPECTED_END_OF_HEX_ESCAPE);
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
    fn depth_limit_is_serde_jsons() {
        type Map = serde_json::Map<String, serde_json::Value>;
        // serde_json accepts 127 levels and rejects the 128th (its check
        // fires when `remaining_depth`, starting at 128, reaches 0).
        assert!(serde_json::from_str::<Map>(&nested(127)).is_ok());
        assert!(serde_json::from_str::<Map>(&nested(128)).is_err());
        assert_eq!(value_of(&nested(127)), Value::Array);
        assert_eq!(value_of(&nested(2)), Value::Array);
        rejects(&nested(128), RECURSION_LIMIT);
        rejects(&nested(129), RECURSION_LIMIT);
        // Deep input is not a stack overflow either.
        let deep = format!("{{\"a\":{}", "[".repeat(1_000_000));
        rejects(&deep, RECURSION_LIMIT);
        // Siblings do not add up: only open containers count.
        let wide = format!(
            "{{\"a\":[{}]}}",
            vec![nested(126)[5..nested(126).len() - 1].to_owned(); 3].join(",")
        );
        assert!(serde_json::from_str::<Map>(&wide).is_ok());
        assert_eq!(value_of(&wide), Value::Array);
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

    /// Occasionally invalid on purpose, to test rejection beyond mutations.
    const BAD_TEXTS: &[&str] = &[
        "\u{0}",
        "\u{1f}",
        "\\ud83d",
        "\\ude00",
        "\\ud83d\\u0041",
        "\\ud83dx",
        "\\x",
        "\\u12",
        "\u{1}",
        "\t",
        "\\",
        "\\u00g0",
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
                    // A random BMP \u escape (not a surrogate), random case.
                    let mut n = rng.below(0x1_0000) as u32;
                    if (0xD800..0xE000).contains(&n) {
                        n -= 0x800;
                    }
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

    /// A valid-looking object (occasionally deeply nested, near the limit).
    fn gen_input(rng: &mut Rng) -> String {
        let mut out = String::new();
        whitespace(rng, &mut out);
        if rng.percent(2) {
            out.push_str(&nested(120 + rng.below(10)));
        } else if rng.percent(2) {
            out.push_str(EVENT);
        } else {
            gen_object(rng, &mut out, 0);
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
    /// for subnormals.
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

    /// The number literal of `input` that ends at byte offset `end`.
    fn literal_ending_at(input: &str, end: usize) -> &str {
        let head = input.get(..end).unwrap_or("");
        let start = head
            .rfind(|c: char| !matches!(c, '0'..='9' | '-' | '+' | '.' | 'e' | 'E'))
            .map_or(0, |i| i + 1);
        &head[start..]
    }

    /// Whether the number `literal` is within a relative 1e-15 (a few ulps)
    /// of ±f64::MAX. There serde_json's inexact conversion and a correctly
    /// rounded one can disagree on whether the value overflows.
    fn near_f64_max(literal: &str) -> bool {
        // Divide by 1e10 in the text, so that the value parses finite.
        let scaled = match literal.find(['e', 'E']) {
            None => format!("{literal}e-10"),
            Some(e) => match literal[e + 1..].parse::<i64>() {
                Ok(exponent) => format!("{}e{}", &literal[..e], exponent - 10),
                Err(_) => return false,
            },
        };
        scaled
            .parse::<f64>()
            .is_ok_and(|f| (f.abs() / (f64::MAX / 1e10) - 1.0).abs() < 1e-15)
    }

    #[test]
    fn float_tolerance_and_overflow_edge_are_narrow() {
        assert!(close(0.1, 0.1) && close(-0.0, -0.0) && close(0.0, 5e-324));
        assert!(close(1.0, 1.0 + 4.0 * f64::EPSILON));
        assert!(!close(1.0, 1.0 + 5.0 * f64::EPSILON));
        assert!(!close(0.0, -0.0) && !close(1.5, -1.5) && !close(0.1, 0.2));
        let long = format!("17976931348623158{}", "0".repeat(292));
        for edge in [
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "-1.79769313486231594e308",
            "17976931348623158e292",
            &long,
        ] {
            assert!(near_f64_max(edge), "{edge}");
        }
        for far in [
            "1.7976931348623e308",
            "1.8e308",
            "1e309",
            "1e308",
            "1",
            "0",
            "1e99999999999999999999",
        ] {
            assert!(!near_f64_max(far), "{far}");
        }
        assert_eq!(literal_ending_at(r#"{"n":[-1.5e+3]}"#, 13), "-1.5e+3");
    }

    /// How `scan_object` and serde_json agreed on an input.
    #[derive(Debug, PartialEq)]
    enum Agreed {
        BothAccept,
        BothReject,
        /// One side found a number out of range, the other did not, and that
        /// number is within an ulp or so of ±f64::MAX (see `near_f64_max`).
        OverflowEdge,
    }

    /// `Err` describes how `scan_object` and serde_json disagree on `input`.
    fn compare(input: &str) -> Result<Agreed, String> {
        let theirs = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(input);
        let ours = scan(input);
        match (ours, theirs) {
            (Ok(members), Ok(map)) => {
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
                    Ok(Agreed::BothAccept)
                } else {
                    Err(format!(
                        "members differ:\n ours:  {merged:?}\n serde: {map:?}"
                    ))
                }
            }
            (Err(e), Err(_)) if e.column > input.len() + 1 => {
                Err(format!("column {} past the end", e.column))
            }
            (Err(_), Err(_)) => Ok(Agreed::BothReject),
            // Our out-of-range error is at the byte just after the number;
            // serde_json's (line, column) is at its last byte, i.e. that
            // same offset counted from the start of the line.
            (Err(e), Ok(_))
                if e.message == NUMBER_OUT_OF_RANGE
                    && near_f64_max(literal_ending_at(input, e.column - 1)) =>
            {
                Ok(Agreed::OverflowEdge)
            }
            (Ok(_), Err(e))
                if e.to_string().starts_with(NUMBER_OUT_OF_RANGE) && {
                    let line_start: usize = input
                        .split_inclusive('\n')
                        .take(e.line() - 1)
                        .map(str::len)
                        .sum();
                    near_f64_max(literal_ending_at(input, line_start + e.column()))
                } =>
            {
                Ok(Agreed::OverflowEdge)
            }
            (Ok(members), Err(e)) => Err(format!(
                "we accept, serde_json rejects ({e}); ours: {members:?}"
            )),
            (Err(e), Ok(map)) => Err(format!("we reject ({e}), serde_json accepts: {map:?}")),
        }
    }

    #[test]
    fn agrees_with_serde_json_on_random_and_mutated_input() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let (mut cases, mut accepted, mut edge) = (0, 0, 0);
        while cases < 250_000 {
            let input = gen_input(&mut rng);
            let mut inputs = vec![input.clone()];
            for _ in 0..3 {
                inputs.extend(mutate(&mut rng, &input));
            }
            for input in inputs {
                cases += 1;
                match compare(&input) {
                    Ok(Agreed::BothAccept) => accepted += 1,
                    Ok(Agreed::BothReject) => {}
                    // The generator does reach the edge: EDGE_NUMBERS holds
                    // numbers next to f64::MAX and mutations change their
                    // digits (a few hundred cases), so it is allowed here.
                    Ok(Agreed::OverflowEdge) => edge += 1,
                    Err(why) => panic!("case {cases}: {why}\ninput: {input:?}"),
                }
            }
        }
        // Both sides of the grammar are exercised.
        assert!(
            accepted > cases / 5 && accepted < cases * 4 / 5,
            "{accepted} of {cases} accepted"
        );
        println!(
            "{cases} differential cases, {accepted} accepted by both, {edge} at the overflow edge"
        );
    }

    #[test]
    fn agrees_with_serde_json_on_edge_cases() {
        let mut inputs: Vec<String> = Vec::new();
        for n in EDGE_NUMBERS {
            inputs.push(format!(r#"{{"n":{n}}}"#));
            inputs.push(format!(r#"{{"n":[{n}]}}"#));
        }
        for t in TEXTS.iter().chain(BAD_TEXTS) {
            inputs.push(format!(r#"{{"{t}":"{t}"}}"#));
            inputs.push(format!(r#"{{"a":["{t}"]}}"#));
        }
        for levels in 125..=130 {
            inputs.push(nested(levels));
        }
        // Every prefix of a realistic event.
        for end in 0..=EVENT.len() {
            inputs.push(EVENT[..end].to_owned());
        }
        for input in &inputs {
            if let Err(why) = compare(input) {
                panic!("{why}\ninput: {input:?}");
            }
        }
    }
}

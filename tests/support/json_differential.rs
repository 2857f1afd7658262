//! The differential check of `kan::domain::json_scan` against serde_json, used by the property
//! test (`tests/json_scan.rs`): a generator of JSON-like objects (valid ones, deep ones, mutated
//! ones) driven by arbitrary bytes — so a coverage-guided fuzzer can drive it too — and
//! [`compare`], which says whether the scanner and serde_json agree on an input.

#![allow(dead_code)]

use std::borrow::Cow;

use arbitrary::Unstructured;
use kan::domain::json_scan::{scan_object, ScanError, Value};

#[path = "nested_json.rs"]
mod nested_json;
pub use nested_json::nested;

pub type Members<'a> = Vec<(Cow<'a, str>, Value<'a>)>;

pub fn scan(text: &str) -> Result<Members<'_>, ScanError> {
    let mut members = Vec::new();
    scan_object(text, |k, v, _| {
        members.push((k, v));
        Ok(())
    })?;
    Ok(members)
}

pub const EVENT: &str = r#"{"userId":"user-01234","eventType":"login","timestamp":"2024-05-01T12:00:00.037Z","metadata":{"page":"/p/42","sessionId":"s-0a1b2c3d"}}"#;

/// Choices read from property-test (or fuzzer) bytes with `arbitrary`'s `Unstructured`:
/// proptest shrinks the bytes, and a fuzzer's bytes would work the same way. Once the bytes run out
/// every choice is the first one, so generation always ends.
pub struct Choices<'a>(Unstructured<'a>);

impl<'a> Choices<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Choices(Unstructured::new(bytes))
    }
    fn next(&mut self) -> u64 {
        self.0.arbitrary().unwrap_or(0)
    }
    fn below(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        self.0.int_in_range(0..=n - 1).unwrap_or(0)
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

pub const EDGE_NUMBERS: &[&str] = &[
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

pub const TEXTS: &[&str] = &[
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
pub const LONE_SURROGATES: &[&str] = &[
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
pub const BAD_TEXTS: &[&str] = &[
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

fn whitespace(rng: &mut Choices<'_>, out: &mut String) {
    if rng.percent(15) {
        for _ in 0..=rng.below(3) {
            out.push_str(rng.pick(&[" ", "\t", "\n", "\r"]));
        }
    }
}

fn gen_string(rng: &mut Choices<'_>, out: &mut String) {
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

fn gen_number(rng: &mut Choices<'_>, out: &mut String) {
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

fn gen_value(rng: &mut Choices<'_>, out: &mut String, depth: usize) {
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

fn gen_object(rng: &mut Choices<'_>, out: &mut String, depth: usize) {
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
fn gen_deep(rng: &mut Choices<'_>, out: &mut String) {
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

fn gen_member_or_element(rng: &mut Choices<'_>, out: &mut String, is_object: bool) {
    if is_object {
        gen_string(rng, out);
        out.push(':');
    }
    gen_value(rng, out, 5);
}

/// A valid-looking object (occasionally deeply nested, across the
/// 128-level chunks of the bit stack and serde_json's `Map` limit).
pub fn gen_input(rng: &mut Choices<'_>) -> String {
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
pub fn mutate(rng: &mut Choices<'_>, input: &str) -> Option<String> {
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
pub fn close(ours: f64, theirs: f64) -> bool {
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
        (Value::Float(a), J::Number(n)) => !n.is_i64() && n.as_f64().is_some_and(|b| close(*a, b)),
        (Value::Str(a), J::String(b)) => a == b,
        (Value::Array, J::Array(_)) | (Value::Object, J::Object(_)) => true,
        _ => false,
    }
}

/// `text` with every lone surrogate escape (one that is not a leading
/// surrogate directly followed by a trailing one) replaced by `\ufffd`,
/// so that serde_json's `Map` can decode it as we should. For text that
/// serde_json's `IgnoredAny` accepts, in which every `\` starts an escape
/// inside a string and every `\u` has four hex digits.
pub fn with_lone_surrogates_replaced(text: &str) -> String {
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

/// How `scan_object` and serde_json agreed on an input.
#[derive(Debug, PartialEq)]
pub enum Agreed {
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
pub fn compare(input: &str) -> Result<Agreed, String> {
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
        (Ok(members), Ok(_)) if !is_object => Err(format!("we accept a non-object: {members:?}")),
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

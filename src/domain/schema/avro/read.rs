//! Avro binary straight to the readable JSON text (the rules are in the parent module's
//! documentation): one walk of the schema over the bytes, writing JSON as it goes.
//!
//! Measured on 1M user events (4 fields, a 2-entry map), `kan consume --until-end`: going through
//! the crate's reader (a `GenericDatumReader` built per record, a tree of
//! `apache_avro::types::Value`, then a `serde_json::Value`, then its text) cost 3.95× the CPU
//! of reading the same records undecoded; this walk is what brings it under issue 15's 1.5×
//! (docs/benchmarks.md). The crate's reader stays the oracle in the tests.

use std::io::Write as _;

use apache_avro::schema::{InnerDecimalSchema, Schema, UuidSchema};

use super::{scaled, time_of_day, timestamp, AvroSchema};
use crate::domain::envelope::base64_encode;
use crate::domain::timestamp::{format_rfc3339_millis, push_rfc3339_millis};

type Read = Result<(), String>;

/// The bytes still to read.
struct Bytes<'a>(&'a [u8]);

impl<'a> Bytes<'a> {
    fn take(&mut self, count: usize) -> Result<&'a [u8], String> {
        if count > self.0.len() {
            return Err(format!(
                "the datum ends early ({count} bytes wanted, {} left)",
                self.0.len()
            ));
        }
        let (taken, rest) = self.0.split_at(count);
        self.0 = rest;
        Ok(taken)
    }

    /// A zigzag varint `long`. Lengths, counts and enum indexes are mostly one byte: that case
    /// first, inline (with the loop alone it was 490 instructions a user event).
    #[inline]
    fn long(&mut self) -> Result<i64, String> {
        match self.0 {
            [byte @ 0..0x80, rest @ ..] => {
                self.0 = rest;
                Ok(zigzag(u64::from(*byte)))
            }
            _ => self.long_varint(),
        }
    }

    #[inline(never)]
    fn long_varint(&mut self) -> Result<i64, String> {
        let mut value = 0u64;
        for (index, &byte) in self.0.iter().take(10).enumerate() {
            value |= u64::from(byte & 0x7f) << (7 * index);
            if byte & 0x80 == 0 {
                self.0 = &self.0[index + 1..];
                return Ok(zigzag(value));
            }
        }
        if self.0.len() < 10 {
            Err(format!(
                "the datum ends inside a varint ({} bytes left)",
                self.0.len()
            ))
        } else {
            Err("a varint longer than 10 bytes".into())
        }
    }

    fn int(&mut self) -> Result<i32, String> {
        let value = self.long()?;
        i32::try_from(value).map_err(|_| format!("{value} is beyond an int's 32 bits"))
    }

    /// A length or count: not negative, and no more than the bytes left could hold.
    fn length(&mut self) -> Result<usize, String> {
        let value = self.long()?;
        usize::try_from(value)
            .ok()
            .filter(|length| *length <= self.0.len())
            .ok_or_else(|| format!("a length of {value} with {} bytes left", self.0.len()))
    }

    fn sized(&mut self) -> Result<&'a [u8], String> {
        let length = self.length()?;
        self.take(length)
    }

    fn text(&mut self) -> Result<&'a str, String> {
        std::str::from_utf8(self.sized()?).map_err(|_| "a string that is not UTF-8".to_string())
    }

    /// An array's or map's next block: its item count (0 at the end). A negative count is
    /// followed by the block's size in bytes, which is skipped.
    fn block(&mut self) -> Result<usize, String> {
        let count = self.long()?;
        if count < 0 {
            self.long()?;
        }
        let count = count.unsigned_abs();
        usize::try_from(count)
            .ok()
            .filter(|count| *count <= self.0.len())
            .ok_or_else(|| format!("a block of {count} items with {} bytes left", self.0.len()))
    }
}

fn zigzag(value: u64) -> i64 {
    ((value >> 1) as i64) ^ -((value & 1) as i64)
}

impl AvroSchema {
    /// Decodes one datum to JSON text; bytes left over after it are an error (the payload is
    /// one datum).
    pub fn decode(&self, payload: &[u8]) -> Result<String, String> {
        let mut out = Vec::with_capacity(payload.len() * 3 + 64);
        self.decode_into(payload, &mut out)?;
        String::from_utf8(out).map_err(|err| err.to_string())
    }

    /// [`Self::decode`] appended to `out`, which holds UTF-8 when it succeeds (only checked
    /// strings and ASCII are written), unchecked a second time.
    pub fn decode_into(&self, payload: &[u8], out: &mut Vec<u8>) -> Result<(), String> {
        let mut bytes = Bytes(payload);
        self.read(&self.root, &mut bytes, out)?;
        if !bytes.0.is_empty() {
            return Err(format!("{} bytes left after the Avro datum", bytes.0.len()));
        }
        Ok(())
    }

    fn read(&self, schema: &Schema, bytes: &mut Bytes<'_>, out: &mut Vec<u8>) -> Read {
        match self.resolve(schema) {
            Schema::Null => out.extend_from_slice(b"null"),
            Schema::Boolean => match bytes.take(1)? {
                [0] => out.extend_from_slice(b"false"),
                [1] => out.extend_from_slice(b"true"),
                other => return Err(format!("a boolean byte {}", other[0])),
            },
            Schema::Int => number(out, bytes.int()?),
            Schema::Long => number(out, bytes.long()?),
            Schema::Float => {
                let raw = bytes.take(4)?;
                float(
                    out,
                    f64::from(f32::from_le_bytes(raw.try_into().expect("4 bytes"))),
                );
            }
            Schema::Double => {
                let raw = bytes.take(8)?;
                float(out, f64::from_le_bytes(raw.try_into().expect("8 bytes")));
            }
            Schema::String => write_string(out, bytes.sized()?)?,
            Schema::Bytes => plain(out, &base64_encode(bytes.sized()?)),
            Schema::Fixed(fixed) => plain(out, &base64_encode(bytes.take(fixed.size)?)),
            Schema::Enum(enumeration) => {
                let index = bytes.int()?;
                let symbol = usize::try_from(index)
                    .ok()
                    .and_then(|index| enumeration.symbols.get(index))
                    .ok_or_else(|| format!("enum index {index} of {}", enumeration.name))?;
                plain(out, symbol);
            }
            Schema::Array(array) => {
                out.push(b'[');
                let mut first = true;
                loop {
                    let count = bytes.block()?;
                    if count == 0 {
                        break;
                    }
                    for _ in 0..count {
                        if !std::mem::take(&mut first) {
                            out.push(b',');
                        }
                        self.read(&array.items, bytes, out)?;
                    }
                }
                out.push(b']');
            }
            Schema::Map(map) => self.read_map(&map.types, bytes, out)?,
            Schema::Union(union) => {
                let variants = union.variants();
                let index = bytes.long()?;
                let branch = usize::try_from(index)
                    .ok()
                    .and_then(|index| variants.get(index))
                    .ok_or_else(|| format!("union branch {index} of {}", variants.len()))?;
                let non_null = variants.iter().filter(|v| **v != Schema::Null).count();
                if non_null <= 1 || *branch == Schema::Null {
                    self.read(branch, bytes, out)?;
                } else {
                    out.push(b'{');
                    plain(out, &self.type_name(branch));
                    out.push(b':');
                    self.read(branch, bytes, out)?;
                    out.push(b'}');
                }
            }
            Schema::Record(record) => {
                out.push(b'{');
                for (index, field) in record.fields.iter().enumerate() {
                    if index > 0 {
                        out.push(b',');
                    }
                    plain(out, &field.name);
                    out.push(b':');
                    self.read(&field.schema, bytes, out)?;
                }
                out.push(b'}');
            }
            logical => read_logical(logical, bytes, out)?,
        }
        Ok(())
    }

    /// A map, its keys sorted (the order Avro writes them in means nothing). Entries are
    /// written as they come, nothing kept; only when a key is out of order is the map read again
    /// and put in order.
    fn read_map(&self, values: &Schema, bytes: &mut Bytes<'_>, out: &mut Vec<u8>) -> Read {
        let (start, from) = (out.len(), bytes.0);
        if self.read_map_in_order(values, bytes, out)? {
            return Ok(());
        }
        out.truncate(start);
        bytes.0 = from;
        self.read_map_sorting(values, bytes, out)
    }

    /// `false` when a key comes before the one written last (stopped there).
    fn read_map_in_order<'a>(
        &self,
        values: &Schema,
        bytes: &mut Bytes<'a>,
        out: &mut Vec<u8>,
    ) -> Result<bool, String> {
        out.push(b'{');
        let mut last: Option<&'a [u8]> = None;
        loop {
            let count = bytes.block()?;
            if count == 0 {
                break;
            }
            for _ in 0..count {
                // Compared as bytes: UTF-8 keeps the order of code points.
                let key = bytes.sized()?;
                if let Some(last) = last {
                    if last > key {
                        return Ok(false);
                    }
                    out.push(b',');
                }
                last = Some(key);
                write_string(out, key)?;
                out.push(b':');
                self.read(values, bytes, out)?;
            }
        }
        out.push(b'}');
        Ok(true)
    }

    /// A map whose keys came out of order: each entry's text kept, then written in order.
    fn read_map_sorting(&self, values: &Schema, bytes: &mut Bytes<'_>, out: &mut Vec<u8>) -> Read {
        let start = out.len();
        // Each entry's key and where its `"key":value` text is in `out`.
        let mut entries: Vec<(&[u8], std::ops::Range<usize>)> = Vec::new();
        loop {
            let count = bytes.block()?;
            if count == 0 {
                break;
            }
            entries.reserve(count);
            for _ in 0..count {
                let key = bytes.sized()?;
                let entry = out.len();
                write_string(out, key)?;
                out.push(b':');
                self.read(values, bytes, out)?;
                entries.push((key, entry..out.len()));
            }
        }
        entries.sort_by(|a, b| a.0.cmp(b.0));
        let mut ordered = Vec::with_capacity(out.len() - start + entries.len() + 2);
        ordered.push(b'{');
        for (index, (_, range)) in entries.iter().enumerate() {
            if index > 0 {
                ordered.push(b',');
            }
            ordered.extend_from_slice(&out[range.clone()]);
        }
        ordered.push(b'}');
        out.truncate(start);
        out.extend_from_slice(&ordered);
        Ok(())
    }
}

fn read_logical(schema: &Schema, bytes: &mut Bytes<'_>, out: &mut Vec<u8>) -> Read {
    match schema {
        Schema::Date => {
            let days = bytes.int()?;
            let text = format_rfc3339_millis(i64::from(days) * 86_400_000);
            plain(out, &text[..text.len() - 14]);
        }
        Schema::TimeMillis => plain(out, &time_of_day(i64::from(bytes.int()?) * 1_000, 3)),
        Schema::TimeMicros => plain(out, &time_of_day(bytes.long()?, 6)),
        Schema::TimestampMillis => {
            let millis = bytes.long()?;
            out.push(b'"');
            push_rfc3339_millis(out, millis);
            out.push(b'"');
        }
        Schema::TimestampMicros => plain(out, &timestamp(bytes.long()?.into(), 6, true)),
        Schema::TimestampNanos => plain(out, &timestamp(bytes.long()?.into(), 9, true)),
        Schema::LocalTimestampMillis => plain(out, &timestamp(bytes.long()?.into(), 3, false)),
        Schema::LocalTimestampMicros => plain(out, &timestamp(bytes.long()?.into(), 6, false)),
        Schema::LocalTimestampNanos => plain(out, &timestamp(bytes.long()?.into(), 9, false)),
        Schema::Decimal(decimal) => {
            let raw = match &decimal.inner {
                InnerDecimalSchema::Bytes => bytes.sized()?,
                InnerDecimalSchema::Fixed(fixed) => bytes.take(fixed.size)?,
            };
            let unscaled = num_bigint::BigInt::from_signed_bytes_be(raw);
            plain(out, &scaled(&unscaled, decimal.scale));
        }
        Schema::Uuid(uuid) => {
            match uuid {
                UuidSchema::String => plain(out, &uuid_string(bytes.text()?)?),
                UuidSchema::Bytes => plain(out, &uuid_text(bytes.sized()?)?),
                UuidSchema::Fixed(fixed) => plain(out, &uuid_text(bytes.take(fixed.size)?)?),
            };
        }
        Schema::Duration(_) => {
            let raw = bytes.take(12)?;
            let part = |at: usize| u32::from_le_bytes(raw[at..at + 4].try_into().expect("4"));
            let _ = write!(
                out,
                r#"{{"months":{},"days":{},"millis":{}}}"#,
                part(0),
                part(4),
                part(8)
            );
        }
        other => return Err(format!("kan cannot read Avro {other:?} values")),
    }
    Ok(())
}

fn number(out: &mut Vec<u8>, value: impl std::fmt::Display) {
    let _ = write!(out, "{value}");
}

/// A float as JSON: a number when finite, else `"NaN"`, `"Infinity"`, `"-Infinity"`.
fn float(out: &mut Vec<u8>, value: f64) {
    if value.is_finite() {
        let _ = serde_json::to_writer(&mut *out, &value);
    } else if value.is_nan() {
        plain(out, "NaN");
    } else if value > 0.0 {
        plain(out, "Infinity");
    } else {
        plain(out, "-Infinity");
    }
}

/// Text that needs no escaping as a JSON string: an Avro name (a field, an enum symbol:
/// `[A-Za-z_][A-Za-z0-9_]*`, a type's dotted full name: the schema parser checks), or what kan
/// formats itself (dates, times, decimals, uuids, base64, NaN and the infinities).
fn plain(out: &mut Vec<u8>, text: &str) {
    out.push(b'"');
    out.extend_from_slice(text.as_bytes());
    out.push(b'"');
}

/// An Avro string as a JSON string: printable ASCII without quotes or backslashes (most
/// strings) copied as it is, else checked as UTF-8 and escaped.
fn write_string(out: &mut Vec<u8>, raw: &[u8]) -> Read {
    if needs_no_escape(raw) {
        out.push(b'"');
        out.extend_from_slice(raw);
        out.push(b'"');
    } else {
        let text =
            std::str::from_utf8(raw).map_err(|_| "a string that is not UTF-8".to_string())?;
        let _ = serde_json::to_writer(&mut *out, text);
    }
    Ok(())
}

/// Whether every byte is printable ASCII other than `"` and `\`, eight bytes at a time (byte by
/// byte it was 9% of decoding user events, whose strings are 4 to 20 bytes; checking and
/// copying in one pass was slower than checking, then copying).
fn needs_no_escape(raw: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    // Whether any byte of `word` is zero (exact for "any": the classic bit trick).
    let any_zero = |word: u64| word.wrapping_sub(ONES) & !word & HIGH != 0;
    let plain = |word: u64| {
        // Bytes from 0x80 up; below 0x20 (for bytes under 0x80, `byte - 0x20` borrows into the
        // high bit exactly then); `"` and `\`.
        let high = word & HIGH;
        let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
        high | below_space == 0
            && !any_zero(word ^ (ONES * u64::from(b'"')))
            && !any_zero(word ^ (ONES * u64::from(b'\\')))
    };
    let mut chunks = raw.chunks_exact(8);
    if !chunks.all(|chunk| plain(u64::from_ne_bytes(chunk.try_into().expect("8 bytes")))) {
        return false;
    }
    // The last 0 to 7 bytes, padded with a plain byte to a word.
    let rest = chunks.remainder();
    let mut word = [b'a'; 8];
    word[..rest.len()].copy_from_slice(rest);
    plain(u64::from_ne_bytes(word))
}

/// A uuid string in its canonical (lowercase) form.
fn uuid_string(text: &str) -> Result<String, String> {
    let lengths: Vec<usize> = text.split('-').map(str::len).collect();
    let hex = text
        .bytes()
        .all(|byte| byte == b'-' || byte.is_ascii_hexdigit());
    if lengths != [8, 4, 4, 4, 12] || !hex {
        return Err(format!("{text:?} is not a uuid"));
    }
    Ok(text.to_ascii_lowercase())
}

fn uuid_text(raw: &[u8]) -> Result<String, String> {
    let raw: [u8; 16] = raw
        .try_into()
        .map_err(|_| format!("a uuid of {} bytes", raw.len()))?;
    let hex: String = raw.iter().map(|byte| format!("{byte:02x}")).collect();
    Ok(format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    ))
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value as Json};

    use super::AvroSchema;

    /// Every type the reader writes, nested.
    const SCHEMA: &str = r#"{
      "type": "record", "name": "All", "namespace": "t",
      "fields": [
        {"name": "b", "type": "boolean"}, {"name": "i", "type": "int"},
        {"name": "l", "type": "long"}, {"name": "f", "type": "float"},
        {"name": "d", "type": "double"}, {"name": "s", "type": "string"},
        {"name": "by", "type": "bytes"},
        {"name": "fx", "type": {"type": "fixed", "name": "F3", "size": 3}},
        {"name": "e", "type": {"type": "enum", "name": "E", "symbols": ["X", "Y", "Z"]}},
        {"name": "u", "type": ["null", "string", "long", "t.E",
          {"type": "record", "name": "P", "fields": [{"name": "p", "type": "int"}]}]},
        {"name": "opt", "type": ["null", "double"]},
        {"name": "arr", "type": {"type": "array", "items": ["null", "t.P"]}},
        {"name": "m", "type": {"type": "map", "values": {"type": "array", "items": "long"}}},
        {"name": "dec", "type": {"type": "bytes", "logicalType": "decimal", "precision": 20,
          "scale": 3}},
        {"name": "fdec", "type": {"type": "fixed", "name": "D8", "size": 8,
          "logicalType": "decimal", "precision": 18, "scale": 0}},
        {"name": "day", "type": {"type": "int", "logicalType": "date"}},
        {"name": "tm", "type": {"type": "int", "logicalType": "time-millis"}},
        {"name": "tu", "type": {"type": "long", "logicalType": "time-micros"}},
        {"name": "ts", "type": {"type": "long", "logicalType": "timestamp-micros"}},
        {"name": "tn", "type": {"type": "long", "logicalType": "timestamp-nanos"}},
        {"name": "lt", "type": {"type": "long", "logicalType": "local-timestamp-millis"}},
        {"name": "id", "type": {"type": "string", "logicalType": "uuid"}},
        {"name": "dur", "type": {"type": "fixed", "name": "Dur", "size": 12,
          "logicalType": "duration"}}
      ]
    }"#;

    /// splitmix64: replayable.
    struct Random(u64);

    impl Random {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^ (z >> 31)
        }

        fn below(&mut self, bound: u64) -> u64 {
            self.next() % bound
        }

        fn text(&mut self) -> String {
            let pool = [
                "",
                "a",
                "ü",
                "\"quoted\"",
                "tab\t",
                "😀",
                "line\nbreak",
                "\\",
            ];
            (0..self.below(3))
                .map(|_| pool[self.below(8) as usize])
                .collect()
        }

        fn base64(&mut self, length: usize) -> String {
            let bytes: Vec<u8> = (0..length).map(|_| self.next() as u8).collect();
            crate::domain::envelope::base64_encode(&bytes)
        }
    }

    fn value(random: &mut Random) -> Json {
        let float = match random.below(5) {
            0 => json!("NaN"),
            1 => json!("-Infinity"),
            _ => json!((random.next() as i32) as f64 / 1024.0),
        };
        let union = match random.below(5) {
            0 => Json::Null,
            1 => json!({"string": random.text()}),
            2 => json!({"long": random.next() as i64}),
            3 => json!({"t.E": "Z"}),
            _ => json!({"t.P": {"p": random.next() as i32}}),
        };
        let items: Vec<Json> = (0..random.below(3))
            .map(|n| if n == 0 { Json::Null } else { json!({"p": n}) })
            .collect();
        let symbol = ["X", "Y", "Z"][random.below(3) as usize];
        let length = random.below(5) as usize;
        let bytes = random.base64(length);
        let mut map = serde_json::Map::new();
        for _ in 0..random.below(4) {
            let longs: Vec<i64> = (0..random.below(3)).map(|_| random.next() as i64).collect();
            map.insert(format!("k{}", random.below(100)), json!(longs));
        }
        json!({
            "b": random.below(2) == 0, "i": random.next() as i32, "l": random.next() as i64,
            "f": float, "d": (random.next() as i64) as f64 / 3.0, "s": random.text(),
            "by": bytes, "fx": random.base64(3),
            "e": symbol, "u": union,
            "opt": if random.below(2) == 0 { Json::Null } else { json!(1.5) },
            "arr": items, "m": map,
            "dec": format!("-{}.{:03}", random.below(1_000_000), random.below(1000)),
            "fdec": (random.next() as i64 >> 8).to_string(),
            "day": (random.next() as i32) % 3_000_000, "tm": random.below(86_400_000),
            "tu": random.below(86_400_000_000), "ts": random.next() as i64 >> 12,
            "tn": random.next() as i64, "lt": random.next() as i64 >> 20,
            "id": "123e4567-e89b-12d3-a456-426614174000",
            "dur": {"months": random.below(100), "days": 3, "millis": random.below(1 << 31)}
        })
    }

    #[test]
    fn the_word_at_a_time_escape_check_agrees_with_the_byte_by_byte_one() {
        let plain = |raw: &[u8]| {
            raw.iter()
                .all(|&byte| (0x20..0x80).contains(&byte) && byte != b'"' && byte != b'\\')
        };
        for length in 0..20 {
            for at in 0..length {
                for byte in 0..=255u8 {
                    for filler in [b'a', b' ', 0x7f, b'!', b']'] {
                        let mut raw = vec![filler; length];
                        raw[at] = byte;
                        assert_eq!(super::needs_no_escape(&raw), plain(&raw), "{raw:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn map_keys_are_written_in_order_whatever_order_they_came_in() {
        let schema = AvroSchema::parse(
            r#"{"type": "map", "values": {"type": "map", "values": "int"}}"#,
            &[],
        )
        .unwrap();
        for (written, read) in [
            (
                json!({"a": {"x": 1, "y": 2}, "b": {}}),
                r#"{"a":{"x":1,"y":2},"b":{}}"#,
            ),
            (
                json!({"b": {"y": 2, "x": 1}, "a": {"z": 3}}),
                r#"{"a":{"z":3},"b":{"x":1,"y":2}}"#,
            ),
            (
                json!({"a": {"y": 2, "x": 1}, "é": {}, "Z": {}}),
                r#"{"Z":{},"a":{"x":1,"y":2},"é":{}}"#,
            ),
        ] {
            let mut bytes = Vec::new();
            schema.encode(&written, &mut bytes).unwrap();
            assert_eq!(schema.decode(&bytes).unwrap(), read, "{written}");
        }
    }

    #[test]
    fn the_reader_agrees_with_the_crates_on_random_values_and_never_panics() {
        let schema = AvroSchema::parse(SCHEMA, &[]).unwrap();
        let mut random = Random(0x6b61_6e15);
        for round in 0..2_000 {
            let value = value(&mut random);
            let mut bytes = Vec::new();
            schema
                .encode(&value, &mut bytes)
                .unwrap_or_else(|err| panic!("round {round}: {err}\n{value}"));
            let text = schema.decode(&bytes).unwrap();
            let read: Json = serde_json::from_str(&text).unwrap();
            assert_eq!(read, schema.decode_value(&bytes).unwrap(), "round {round}");
            // Cut short or with a byte flipped: an error or a value, never a panic; a value
            // only where the crate reads one too.
            let cut = bytes.len() * (round % 7) / 7;
            assert!(schema.decode(&bytes[..cut]).is_err());
            let mut flipped = bytes.clone();
            let at = random.below(bytes.len() as u64) as usize;
            flipped[at] ^= 1 << random.below(8);
            if let Ok(text) = schema.decode(&flipped) {
                let ours: Json = serde_json::from_str(&text).unwrap();
                if let Ok(theirs) = schema.decode_value(&flipped) {
                    assert_eq!(ours, theirs, "round {round}, flipped byte {at}");
                }
            }
        }
    }
}

//! JSON values as Avro binary, by a schema: the writing side of `kan publish --value-subject`.
//!
//! It reads what kan's rendering writes (docs/json.md), so a consumed record published again
//! encodes to the same bytes, and what people naturally write:
//! - a union value as the value itself (the first branch that takes it, null for null) or as
//!   `{"branch": value}` naming the branch (a type name, or a record/enum/fixed's full or short
//!   name);
//! - bytes and fixed as base64; `decimal` as a string or a number with at most the schema's
//!   scale in digits after the point; `uuid` as its string;
//! - `date`, `time-*` and `timestamp-*` as their text (`2026-11-30`, `10:15:00.250`,
//!   `2026-11-30T10:15:00.250Z`, any offset) or as the number Avro stores;
//! - floats as numbers or `"NaN"`, `"Infinity"`, `"-Infinity"`;
//! - a record as an object with every field the schema has no default for, and no other.
//!
//! The binary is written in the same walk that checks the value (one pass, no `Value` tree):
//! the crate's writer would need a tree of `apache_avro::types::Value` per record, validate it a
//! second time and be built per record. The crate decodes what this writes in the tests.
//!
//! A value that does not fit is an error naming where: `$.metadata.price: expected double, got
//! string`.

use apache_avro::schema::{RecordSchema, Schema, UnionSchema};
use serde::Deserialize as _;
use serde_json::Value as Json;

use super::node::Node;

use super::AvroSchema;
use crate::domain::envelope::base64_decode;
use crate::domain::timestamp::parse_rfc3339_millis;

/// Where a value did not fit, innermost segment first while the error travels out.
#[derive(Debug)]
pub struct Misfit {
    path: Vec<Segment>,
    message: String,
}

#[derive(Debug)]
enum Segment {
    Field(String),
    Index(usize),
}

impl Misfit {
    fn new(message: impl Into<String>) -> Misfit {
        Misfit {
            path: Vec::new(),
            message: message.into(),
        }
    }

    fn within(mut self, segment: Segment) -> Misfit {
        self.path.push(segment);
        self
    }
}

impl std::fmt::Display for Misfit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut path = String::from("$");
        for segment in self.path.iter().rev() {
            match segment {
                Segment::Field(name) => crate::domain::line_schema::push_member(&mut path, name),
                Segment::Index(index) => path.push_str(&format!("[{index}]")),
            }
        }
        write!(f, "{path}: {}", self.message)
    }
}

type Fit = Result<(), Misfit>;

impl AvroSchema {
    /// Appends `value` encoded with the schema to `out`; on a misfit `out` holds a partial
    /// datum (callers start each record with an empty buffer).
    pub fn encode(&self, value: &Json, out: &mut Vec<u8>) -> Result<(), String> {
        let node = Node::deserialize(value).map_err(|err| err.to_string())?;
        self.encode_node(&node, out)
    }

    /// As [`Self::encode`], for a value parsed from a line ([`Node`] borrows its strings).
    pub fn encode_node(&self, value: &Node<'_>, out: &mut Vec<u8>) -> Result<(), String> {
        self.write(value, &self.root, out)
            .map_err(|misfit| misfit.to_string())
    }

    fn write(&self, value: &Node<'_>, schema: &Schema, out: &mut Vec<u8>) -> Fit {
        let schema = self.resolve(schema);
        match schema {
            Schema::Null => match value {
                Node::Null => Ok(()),
                other => Err(expected("null", other)),
            },
            Schema::Boolean => match value {
                Node::Bool(flag) => {
                    out.push(u8::from(*flag));
                    Ok(())
                }
                other => Err(expected("boolean", other)),
            },
            Schema::Int => write_long(out, int(value, "int")?.into()),
            Schema::Long => write_long(out, long(value, "long")?),
            Schema::Float => {
                let number = floating(value, "float")?;
                if number.is_finite() && number.abs() > f64::from(f32::MAX) {
                    return Err(Misfit::new(format!("{number} is beyond float's range")));
                }
                out.extend_from_slice(&(number as f32).to_le_bytes());
                Ok(())
            }
            Schema::Double => {
                out.extend_from_slice(&floating(value, "double")?.to_le_bytes());
                Ok(())
            }
            Schema::String => write_bytes(out, text(value, "string")?.as_bytes()),
            Schema::Bytes => write_bytes(out, &base64(value, "bytes")?),
            Schema::Fixed(fixed) => write_fixed(out, &base64(value, "fixed")?, fixed.size),
            Schema::Enum(enumeration) => {
                let symbol = text(value, "an enum symbol")?;
                match enumeration.symbols.iter().position(|s| s == symbol) {
                    Some(index) => write_long(out, index as i64),
                    None => Err(Misfit::new(format!(
                        "expected one of {}, got {value}",
                        quoted_list(&enumeration.symbols)
                    ))),
                }
            }
            Schema::Array(array) => {
                let Node::Array(items) = value else {
                    return Err(expected("array", value));
                };
                write_block_count(out, items.len())?;
                for (index, item) in items.iter().enumerate() {
                    self.write(item, &array.items, out)
                        .map_err(|misfit| misfit.within(Segment::Index(index)))?;
                }
                end_blocks(out)
            }
            Schema::Map(map) => {
                let Node::Object(entries) = value else {
                    return Err(expected("map (an object)", value));
                };
                write_block_count(out, entries.len())?;
                for (key, item) in entries.iter() {
                    write_bytes(out, key.as_bytes())?;
                    self.write(item, &map.types, out)
                        .map_err(|misfit| misfit.within(Segment::Field(key.to_string())))?;
                }
                end_blocks(out)
            }
            Schema::Union(union) => self.write_union(value, union, out),
            Schema::Record(record) => self.write_record(value, record, out),
            logical => write_logical(value, logical, out),
        }
    }

    fn write_record(&self, value: &Node<'_>, record: &RecordSchema, out: &mut Vec<u8>) -> Fit {
        let Node::Object(object) = value else {
            return Err(expected(&format!("record {}", record.name), value));
        };
        for field in &record.fields {
            match (object.get(&field.name), &field.default) {
                (Some(given), _) => self.write(given, &field.schema, out),
                (None, Some(default)) => Node::deserialize(default)
                    .map_err(|err| Misfit::new(format!("the schema's default: {err}")))
                    .and_then(|default| self.write_default(&default, &field.schema, out)),
                (None, None) => Err(Misfit::new(format!(
                    "missing (record {} has no default for it)",
                    record.name
                ))),
            }
            .map_err(|misfit| misfit.within(Segment::Field(field.name.clone())))?;
        }
        if let Some(unknown) = object.keys().find(|key| !record.lookup.contains_key(*key)) {
            return Err(
                Misfit::new(format!("not a field of record {}", record.name))
                    .within(Segment::Field(unknown.to_string())),
            );
        }
        Ok(())
    }

    /// A field's default, written in Avro's own JSON encoding: a union's default is its first
    /// branch's, bytes and fixed are ISO-8859-1 strings.
    fn write_default(&self, default: &Node<'_>, schema: &Schema, out: &mut Vec<u8>) -> Fit {
        match self.resolve(schema) {
            Schema::Union(union) => {
                let first = union.variants().first().unwrap_or(&Schema::Null);
                write_long(out, 0)?;
                self.write_default(default, first, out)
            }
            Schema::Bytes | Schema::Fixed(_) => {
                let text = text(default, "a default")?;
                let bytes: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
                match self.resolve(schema) {
                    Schema::Fixed(fixed) => write_fixed(out, &bytes, fixed.size),
                    _ => write_bytes(out, &bytes),
                }
            }
            other => self.write(default, other, out),
        }
    }

    fn write_union(&self, value: &Node<'_>, union: &UnionSchema, out: &mut Vec<u8>) -> Fit {
        let variants = union.variants();
        // {"branch": value}, the way kan renders an ambiguous union.
        if let Node::Object(object) = value {
            if let (1, Some((name, inner))) = (object.len(), object.iter().next()) {
                if let Some(index) = self.branch_named(variants, name) {
                    let start = out.len();
                    write_long(out, index as i64)?;
                    match self.write(inner, &variants[index], out) {
                        Ok(()) => return Ok(()),
                        Err(_) => out.truncate(start),
                    }
                }
            }
        }
        let mut only_misfit = None;
        for (index, variant) in variants.iter().enumerate() {
            let start = out.len();
            write_long(out, index as i64)?;
            match self.write(value, variant, out) {
                Ok(()) => return Ok(()),
                Err(misfit) if *variant != Schema::Null => only_misfit = Some(misfit),
                Err(_) => {}
            }
            out.truncate(start);
        }
        // With one branch besides null, what is wrong is what that branch found.
        let non_null = variants.iter().filter(|v| **v != Schema::Null).count();
        match only_misfit {
            Some(misfit) if non_null == 1 && !value.is_null() => Err(misfit),
            _ => {
                let names: Vec<String> = variants.iter().map(|v| self.type_name(v)).collect();
                Err(expected(&names.join(" or "), value))
            }
        }
    }

    /// The union branch `name` names: its type name, or a named type's full or short name.
    fn branch_named(&self, variants: &[Schema], name: &str) -> Option<usize> {
        variants.iter().position(|variant| {
            let resolved = self.resolve(variant);
            self.type_name(variant) == name
                || resolved.name().is_some_and(|full| full.name() == name)
        })
    }
}

/// Logical types: the text people write, or the number Avro stores.
fn write_logical(value: &Node<'_>, schema: &Schema, out: &mut Vec<u8>) -> Fit {
    match schema {
        Schema::Date => {
            let days = match value {
                Node::String(text) => parse_date(text).ok_or_else(|| {
                    Misfit::new(format!("expected a date (2026-11-30), got {value}"))
                })?,
                other => i64::from(int(other, "date")?),
            };
            write_long(out, days)
        }
        Schema::TimeMillis => write_long(out, time_of_day(value, 3)?),
        Schema::TimeMicros => write_long(out, time_of_day(value, 6)?),
        Schema::TimestampMillis => write_long(out, timestamp(value, 3, true)?),
        Schema::TimestampMicros => write_long(out, timestamp(value, 6, true)?),
        Schema::TimestampNanos => write_long(out, timestamp(value, 9, true)?),
        Schema::LocalTimestampMillis => write_long(out, timestamp(value, 3, false)?),
        Schema::LocalTimestampMicros => write_long(out, timestamp(value, 6, false)?),
        Schema::LocalTimestampNanos => write_long(out, timestamp(value, 9, false)?),
        Schema::Decimal(decimal) => {
            let bytes = unscaled(value, decimal.scale, decimal.precision)?;
            match &decimal.inner {
                apache_avro::schema::InnerDecimalSchema::Fixed(fixed) => {
                    write_signed_fixed(out, &bytes, fixed.size)
                }
                apache_avro::schema::InnerDecimalSchema::Bytes => write_bytes(out, &bytes),
            }
        }
        Schema::Uuid(uuid) => {
            let text = text(value, "uuid")?;
            let bytes = uuid_bytes(text)
                .ok_or_else(|| Misfit::new(format!("expected a uuid, got {value}")))?;
            match uuid {
                apache_avro::schema::UuidSchema::String => write_bytes(out, text.as_bytes()),
                apache_avro::schema::UuidSchema::Bytes => write_bytes(out, &bytes),
                apache_avro::schema::UuidSchema::Fixed(fixed) => {
                    write_fixed(out, &bytes, fixed.size)
                }
            }
        }
        Schema::Duration(_) => {
            let part = |name: &str| -> Result<u32, Misfit> {
                let number = value.get(name).and_then(Node::as_u64).unwrap_or(0);
                u32::try_from(number)
                    .map_err(|_| Misfit::new(format!("{number} is beyond 32 bits")))
                    .map_err(|misfit| misfit.within(Segment::Field(name.to_string())))
            };
            if !value.is_object() {
                return Err(expected(
                    "duration ({\"months\",\"days\",\"millis\"})",
                    value,
                ));
            }
            for name in ["months", "days", "millis"] {
                out.extend_from_slice(&part(name)?.to_le_bytes());
            }
            Ok(())
        }
        other => Err(Misfit::new(format!(
            "kan cannot write Avro {other:?} values"
        ))),
    }
}

fn expected(what: &str, got: &Node<'_>) -> Misfit {
    let kind = match got {
        Node::Null => "null".to_string(),
        Node::Bool(_) => "boolean".to_string(),
        Node::Number(number) => format!("number {number}"),
        Node::String(_) => "string".to_string(),
        Node::Array(_) => "array".to_string(),
        Node::Object(_) => "object".to_string(),
    };
    Misfit::new(format!("expected {what}, got {kind}"))
}

fn quoted_list(items: &[String]) -> String {
    items
        .iter()
        .map(|item| Json::from(item.as_str()).to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn int(value: &Node<'_>, what: &str) -> Result<i32, Misfit> {
    let number = long(value, what)?;
    i32::try_from(number).map_err(|_| Misfit::new(format!("{number} is beyond {what}'s 32 bits")))
}

fn long(value: &Node<'_>, what: &str) -> Result<i64, Misfit> {
    match value {
        Node::Number(number) => number
            .as_i64()
            .ok_or_else(|| Misfit::new(format!("expected {what} (a whole number), got {number}"))),
        other => Err(expected(what, other)),
    }
}

fn floating(value: &Node<'_>, what: &str) -> Result<f64, Misfit> {
    match value {
        Node::Number(number) => Ok(number.as_f64().unwrap_or(f64::NAN)),
        Node::String(text) => match text.as_ref() {
            "NaN" => Ok(f64::NAN),
            "Infinity" => Ok(f64::INFINITY),
            "-Infinity" => Ok(f64::NEG_INFINITY),
            _ => Err(expected(what, value)),
        },
        other => Err(expected(what, other)),
    }
}

fn text<'a>(value: &'a Node<'_>, what: &str) -> Result<&'a str, Misfit> {
    value.as_str().ok_or_else(|| expected(what, value))
}

fn base64(value: &Node<'_>, what: &str) -> Result<Vec<u8>, Misfit> {
    let text = text(value, &format!("{what} (base64)"))?;
    base64_decode(text)
        .ok_or_else(|| Misfit::new(format!("expected {what} as base64, got {value}")))
}

fn write_long(out: &mut Vec<u8>, value: i64) -> Fit {
    let mut zigzag = ((value << 1) ^ (value >> 63)) as u64;
    while zigzag >= 0x80 {
        out.push((zigzag as u8) | 0x80);
        zigzag >>= 7;
    }
    out.push(zigzag as u8);
    Ok(())
}

fn write_bytes(out: &mut Vec<u8>, bytes: &[u8]) -> Fit {
    write_long(out, bytes.len() as i64)?;
    out.extend_from_slice(bytes);
    Ok(())
}

fn write_fixed(out: &mut Vec<u8>, bytes: &[u8], size: usize) -> Fit {
    if bytes.len() != size {
        return Err(Misfit::new(format!(
            "expected {size} bytes, got {}",
            bytes.len()
        )));
    }
    out.extend_from_slice(bytes);
    Ok(())
}

/// A two's-complement big-endian number sign-extended to `size` bytes.
fn write_signed_fixed(out: &mut Vec<u8>, bytes: &[u8], size: usize) -> Fit {
    if bytes.len() > size {
        return Err(Misfit::new(format!(
            "the number needs more than {size} bytes"
        )));
    }
    let fill = if bytes.first().is_some_and(|byte| byte & 0x80 != 0) {
        0xff
    } else {
        0
    };
    out.extend(std::iter::repeat_n(fill, size - bytes.len()));
    out.extend_from_slice(bytes);
    Ok(())
}

/// Arrays and maps: one block of `count` items, then the empty block (only the empty block
/// when there are none).
fn write_block_count(out: &mut Vec<u8>, count: usize) -> Fit {
    if count > 0 {
        write_long(out, count as i64)?;
    }
    Ok(())
}

fn end_blocks(out: &mut Vec<u8>) -> Fit {
    out.push(0);
    Ok(())
}

/// A decimal's unscaled value as two's-complement big-endian bytes.
fn unscaled(value: &Node<'_>, scale: usize, precision: usize) -> Result<Vec<u8>, Misfit> {
    let text = match value {
        Node::String(text) => text.to_string(),
        Node::Number(number) => number.to_string(),
        other => return Err(expected("decimal (a string such as \"12.30\")", other)),
    };
    let bad = || {
        Misfit::new(format!(
            "expected a decimal number such as \"12.30\", got {value}"
        ))
    };
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(&text)),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && fraction.is_empty()
        || !whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return Err(bad());
    }
    if fraction.len() > scale {
        return Err(Misfit::new(format!(
            "{text} has more than {scale} digits after the point (the schema's scale)"
        )));
    }
    let all = format!("{whole}{fraction:0<scale$}");
    let significant = all.trim_start_matches('0').len();
    if significant > precision {
        return Err(Misfit::new(format!(
            "{text} has more than {precision} digits (the schema's precision)"
        )));
    }
    let mut number: num_bigint::BigInt = all.parse().map_err(|_| bad())?;
    if negative {
        number = -number;
    }
    Ok(number.to_signed_bytes_be())
}

/// `2026-11-30` as days since 1970-01-01.
fn parse_date(text: &str) -> Option<i64> {
    if text.len() != 10 {
        return None;
    }
    parse_rfc3339_millis(&format!("{text}T00:00:00Z")).map(|millis| millis / 86_400_000)
}

/// `HH:MM:SS[.fraction]` (or the stored number) in units of 10^-`digits` s.
fn time_of_day(value: &Node<'_>, digits: u32) -> Result<i64, Misfit> {
    let Node::String(text) = value else {
        return long(
            value,
            if digits == 3 {
                "time-millis"
            } else {
                "time-micros"
            },
        );
    };
    let bad = || {
        Misfit::new(format!(
            "expected a time of day (10:15:00.250), got {value}"
        ))
    };
    let (clock, fraction) = text.split_once('.').unwrap_or((text, ""));
    let parts: Vec<i64> = clock
        .split(':')
        .map(|part| (part.len() == 2).then(|| part.parse().ok()).flatten())
        .collect::<Option<_>>()
        .ok_or_else(bad)?;
    let [hours, minutes, seconds] = parts[..] else {
        return Err(bad());
    };
    if hours > 23 || minutes > 59 || seconds > 59 {
        return Err(bad());
    }
    let units = 10i64.pow(digits);
    Ok((hours * 3_600 + minutes * 60 + seconds) * units
        + fraction_units(fraction, digits).ok_or_else(bad)?)
}

/// RFC 3339 text (`local`: without an offset) or the stored number, in units of
/// 10^-`digits` s since the epoch.
fn timestamp(value: &Node<'_>, digits: u32, utc: bool) -> Result<i64, Misfit> {
    let Node::String(text) = value else {
        return long(value, "timestamp");
    };
    let bad = || {
        let example = if utc {
            "2026-11-30T10:15:00.250Z"
        } else {
            "2026-11-30T10:15:00.250"
        };
        Misfit::new(format!("expected a timestamp ({example}), got {value}"))
    };
    let text = if utc {
        text.to_string()
    } else {
        format!("{text}Z")
    };
    if text.len() < 20 || !text.is_char_boundary(19) {
        return Err(bad());
    }
    let (head, rest) = text.split_at(19);
    let (fraction, zone) = match rest.strip_prefix('.') {
        Some(rest) => {
            let end = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            rest.split_at(end)
        }
        None => ("", rest),
    };
    let seconds = parse_rfc3339_millis(&format!("{head}{zone}")).ok_or_else(bad)? / 1_000;
    let units = fraction_units(fraction, digits).ok_or_else(bad)?;
    seconds
        .checked_mul(10i64.pow(digits))
        .and_then(|whole| whole.checked_add(units))
        .ok_or_else(|| Misfit::new(format!("{value} is beyond the type's range")))
}

/// Fraction digits (`"25"` of `.25`) in units of 10^-`digits` s; more digits than the type keeps
/// are refused rather than cut.
fn fraction_units(fraction: &str, digits: u32) -> Option<i64> {
    if fraction.len() > digits as usize || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if fraction.is_empty() {
        return Some(0);
    }
    let padded = format!("{fraction:0<width$}", width = digits as usize);
    padded.parse().ok()
}

/// A uuid's 16 bytes (`8-4-4-4-12` hex digits).
fn uuid_bytes(text: &str) -> Option<Vec<u8>> {
    let groups: Vec<&str> = text.split('-').collect();
    let lengths: Vec<usize> = groups.iter().map(|group| group.len()).collect();
    if lengths != [8, 4, 4, 4, 12] {
        return None;
    }
    let hex: String = groups.concat();
    (0..16)
        .map(|i| u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SCHEMA: &str = r#"{
      "type": "record", "name": "Order", "namespace": "shop",
      "fields": [
        {"name": "id", "type": "long"},
        {"name": "note", "type": ["null", "string"], "default": null},
        {"name": "choice", "type": ["int", "string", {"type": "record", "name": "Point",
          "fields": [{"name": "x", "type": "int"}]}]},
        {"name": "tags", "type": {"type": "array", "items": "string"}},
        {"name": "counts", "type": {"type": "map", "values": "long"}},
        {"name": "kind", "type": {"type": "enum", "name": "Kind", "symbols": ["A", "B"]}},
        {"name": "blob", "type": "bytes"},
        {"name": "hash", "type": {"type": "fixed", "name": "Hash", "size": 2}},
        {"name": "price", "type": {"type": "bytes", "logicalType": "decimal",
          "precision": 6, "scale": 2}},
        {"name": "at", "type": {"type": "long", "logicalType": "timestamp-micros"}},
        {"name": "day", "type": {"type": "int", "logicalType": "date"}},
        {"name": "clock", "type": {"type": "int", "logicalType": "time-millis"}},
        {"name": "ref", "type": {"type": "string", "logicalType": "uuid"}},
        {"name": "ratio", "type": "double"},
        {"name": "small", "type": "float", "default": 1.5},
        {"name": "flag", "type": "boolean", "default": true}
      ]
    }"#;

    fn order() -> Json {
        json!({
            "id": 7, "note": "hi", "choice": {"shop.Point": {"x": 3}},
            "tags": ["a", "b"], "counts": {"x": 1, "y": -2}, "kind": "B",
            "blob": "AAEC", "hash": "q80=", "price": "-12.30",
            "at": "2026-11-30T10:15:00.250001Z", "day": "2026-11-30",
            "clock": "10:15:00.250", "ref": "123e4567-e89b-12d3-a456-426614174000",
            "ratio": "NaN"
        })
    }

    /// What kan's reader makes of `bytes`, checked against the crate's reader.
    fn read_back(schema: &AvroSchema, bytes: &[u8]) -> Json {
        let text = schema.decode(bytes).unwrap();
        let json: Json = serde_json::from_str(&text).unwrap();
        assert_eq!(json, schema.decode_value(bytes).unwrap(), "{text}");
        json
    }

    fn encoded(schema: &AvroSchema, value: &Json) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        schema.encode(value, &mut out).map(|()| out)
    }

    #[test]
    fn what_kan_renders_encodes_back_to_the_same_record() {
        let schema = AvroSchema::parse(SCHEMA, &[]).unwrap();
        let bytes = encoded(&schema, &order()).unwrap();
        let decoded = read_back(&schema, &bytes);
        let mut expected = order();
        expected["choice"] = json!({"shop.Point": {"x": 3}});
        expected["small"] = json!(1.5);
        expected["flag"] = json!(true);
        assert_eq!(decoded, expected);
        // And the rendering, encoded again, is byte for byte the same.
        assert_eq!(encoded(&schema, &decoded).unwrap(), bytes);
    }

    #[test]
    fn union_values_find_their_branch() {
        let schema = AvroSchema::parse(SCHEMA, &[]).unwrap();
        for (choice, rendered) in [
            (json!(5), json!({"int": 5})),
            (json!("five"), json!({"string": "five"})),
            (json!({"x": 1}), json!({"shop.Point": {"x": 1}})),
            (json!({"Point": {"x": 1}}), json!({"shop.Point": {"x": 1}})),
            (json!({"string": "s"}), json!({"string": "s"})),
        ] {
            let mut value = order();
            value["choice"] = choice;
            let decoded = read_back(&schema, &encoded(&schema, &value).unwrap());
            assert_eq!(decoded["choice"], rendered);
        }
        let mut value = order();
        value["note"] = Json::Null;
        let decoded = read_back(&schema, &encoded(&schema, &value).unwrap());
        assert_eq!(decoded["note"], Json::Null);
    }

    #[test]
    fn a_misfit_names_its_path_and_what_was_expected() {
        let schema = AvroSchema::parse(SCHEMA, &[]).unwrap();
        let misfit = |path: &[&str], bad: Json| {
            let mut value = order();
            let mut at = &mut value;
            for segment in &path[..path.len() - 1] {
                at = &mut at[*segment];
            }
            at[path[path.len() - 1]] = bad;
            encoded(&schema, &value).unwrap_err()
        };
        assert_eq!(
            misfit(&["ratio"], json!("x")),
            "$.ratio: expected double, got string"
        );
        assert_eq!(
            misfit(&["id"], json!(1.5)),
            "$.id: expected long (a whole number), got 1.5"
        );
        assert_eq!(
            misfit(&["kind"], json!("C")),
            r#"$.kind: expected one of "A", "B", got "C""#
        );
        assert_eq!(
            misfit(&["counts", "y"], json!("z")),
            "$.counts.y: expected long, got string"
        );
        assert_eq!(
            misfit(&["choice"], json!(true)),
            "$.choice: expected int or string or shop.Point, got boolean"
        );
        assert_eq!(
            misfit(&["price"], json!("1.234")),
            "$.price: 1.234 has more than 2 digits after the point (the schema's scale)"
        );
        assert_eq!(
            misfit(&["price"], json!("12345.6")),
            "$.price: 12345.6 has more than 6 digits (the schema's precision)"
        );
        assert_eq!(
            misfit(&["hash"], json!("AAEC")),
            "$.hash: expected 2 bytes, got 3"
        );
        let mut value = order();
        value["tags"][1] = json!(2);
        assert_eq!(
            encoded(&schema, &value).unwrap_err(),
            "$.tags[1]: expected string, got number 2"
        );
        value = order();
        value.as_object_mut().unwrap().remove("id");
        assert_eq!(
            encoded(&schema, &value).unwrap_err(),
            "$.id: missing (record shop.Order has no default for it)"
        );
        value = order();
        value["extra field"] = json!(1);
        assert_eq!(
            encoded(&schema, &value).unwrap_err(),
            r#"$["extra field"]: not a field of record shop.Order"#
        );
    }

    #[test]
    fn numbers_and_times_are_checked_against_the_type() {
        let schema = |text: &str| AvroSchema::parse(text, &[]).unwrap();
        let int = schema(r#""int""#);
        assert_eq!(encoded(&int, &json!(-1)).unwrap(), [1]);
        assert_eq!(encoded(&int, &json!(64)).unwrap(), [0x80, 1]);
        assert!(encoded(&int, &json!(3_000_000_000u64))
            .unwrap_err()
            .contains("32 bits"));
        let float = schema(r#""float""#);
        assert!(encoded(&float, &json!(1e300))
            .unwrap_err()
            .contains("beyond float"));
        let millis = schema(r#"{"type": "long", "logicalType": "timestamp-millis"}"#);
        let at = encoded(&millis, &json!("2026-11-30T11:15:00.250+01:00")).unwrap();
        assert_eq!(at, encoded(&millis, &json!(1_796_033_700_250i64)).unwrap());
        assert!(encoded(&millis, &json!("2026-11-30T10:15:00.2501Z")).is_err());
        let local = schema(r#"{"type": "long", "logicalType": "local-timestamp-millis"}"#);
        assert_eq!(
            read_back(
                &local,
                &encoded(&local, &json!("2026-11-30T10:15:00.250")).unwrap()
            ),
            json!("2026-11-30T10:15:00.250")
        );
        let fixed_decimal = schema(
            r#"{"type": "fixed", "name": "D", "size": 4, "logicalType": "decimal",
                "precision": 8, "scale": 1}"#,
        );
        let bytes = encoded(&fixed_decimal, &json!(-0.5)).unwrap();
        assert_eq!(bytes, [0xff, 0xff, 0xff, 0xfb]);
        assert_eq!(read_back(&fixed_decimal, &bytes), json!("-0.5"));
    }
}

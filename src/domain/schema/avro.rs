//! Avro payloads as readable JSON (the apache-avro crate decodes; this module renders).
//!
//! Avro's own JSON encoding wraps every non-null union value in `{"type": value}` and writes
//! bytes as ISO-8859-1 strings; people read neither easily. kan writes, documented in
//! docs/json.md:
//! - a union value as the value itself when the union has one non-null branch
//!   (`["null","string"]`), else as `{"branch": value}` with the branch's type name (its full
//!   name for a record, enum or fixed), so which branch it was is never lost;
//! - bytes and fixed as base64 strings;
//! - `date` as `2026-11-30`, `time-millis`/`time-micros` as `10:15:00.250`, `timestamp-*` as
//!   RFC 3339 in UTC (`2026-11-30T10:15:00.250Z`, micro/nanosecond digits where the type has
//!   them), `local-timestamp-*` likewise without the `Z`;
//! - `decimal` as a string with exactly the schema's scale (`"12.30"`: a JSON number would
//!   lose digits), `uuid` as its string, `duration` as `{"months","days","millis"}`;
//! - floats that are not finite (NaN, ±infinity) as the strings `"NaN"`, `"Infinity"`,
//!   `"-Infinity"`; records as objects in the schema's field order; enums as their symbol.

mod encode;
pub mod node;
mod read;

use std::collections::HashMap;

use apache_avro::schema::{Name, Schema};
#[cfg(test)]
use apache_avro::types::Value;
#[cfg(test)]
use serde_json::{json, Map, Value as Json};

#[cfg(test)]
use super::super::envelope::base64_encode;
use super::super::timestamp::format_rfc3339_millis;

/// A parsed Avro schema, with the named types it and its references define.
#[derive(Debug, Clone)]
pub struct AvroSchema {
    root: Schema,
    /// The referenced schemas (from the registry's `references`), for the crate's reader.
    #[cfg(test)]
    schemata: Vec<Schema>,
    names: HashMap<Name, Schema>,
}

impl AvroSchema {
    /// Parses `text`, resolving named types against `references` (their schema texts).
    pub fn parse(text: &str, references: &[String]) -> Result<AvroSchema, String> {
        let (root, schemata) = if references.is_empty() {
            (
                Schema::parse_str(text).map_err(|err| err.to_string())?,
                Vec::new(),
            )
        } else {
            Schema::parse_str_with_list(text, references).map_err(|err| err.to_string())?
        };
        let mut names = HashMap::new();
        for schema in schemata.iter().chain([&root]) {
            collect_names(schema, &mut names);
        }
        Ok(AvroSchema {
            root,
            #[cfg(test)]
            schemata,
            names,
        })
    }

    /// Decodes one datum through the crate's reader: the oracle the tests hold
    /// [`Self::decode`] to.
    #[cfg(test)]
    fn decode_value(&self, payload: &[u8]) -> Result<Json, String> {
        let mut reader = payload;
        let builder = apache_avro::reader::datum::GenericDatumReader::builder(&self.root);
        let value = if self.schemata.is_empty() {
            builder
                .build()
                .and_then(|decoder| decoder.read_value(&mut reader))
        } else {
            let all: Vec<&Schema> = self.schemata.iter().chain([&self.root]).collect();
            builder
                .writer_schemata(all)
                .and_then(|builder| builder.build())
                .and_then(|decoder| decoder.read_value(&mut reader))
        }
        .map_err(|err| err.to_string())?;
        if !reader.is_empty() {
            return Err(format!("{} bytes left after the Avro datum", reader.len()));
        }
        Ok(self.to_json(&value, &self.root))
    }

    /// `value` (decoded with `schema`) as readable JSON.
    #[cfg(test)]
    fn to_json(&self, value: &Value, schema: &Schema) -> Json {
        let schema = self.resolve(schema);
        match (value, schema) {
            (Value::Union(index, inner), Schema::Union(union)) => {
                let variants = union.variants();
                let branch = usize::try_from(*index)
                    .ok()
                    .and_then(|index| variants.get(index))
                    .unwrap_or(&Schema::Null);
                let inner_json = self.to_json(inner, branch);
                let non_null = variants.iter().filter(|v| **v != Schema::Null).count();
                if non_null <= 1 || matches!(**inner, Value::Null) {
                    inner_json
                } else {
                    json!({ self.type_name(branch): inner_json })
                }
            }
            (Value::Record(fields), Schema::Record(record)) => {
                let mut object = Map::with_capacity(fields.len());
                for (name, field_value) in fields {
                    let field_schema = record
                        .fields
                        .iter()
                        .find(|field| &field.name == name)
                        .map_or(&Schema::Null, |field| &field.schema);
                    object.insert(name.clone(), self.to_json(field_value, field_schema));
                }
                Json::Object(object)
            }
            (Value::Array(items), Schema::Array(array)) => Json::Array(
                items
                    .iter()
                    .map(|item| self.to_json(item, &array.items))
                    .collect(),
            ),
            (Value::Map(entries), Schema::Map(map)) => {
                let mut keys: Vec<&String> = entries.keys().collect();
                keys.sort();
                Json::Object(
                    keys.into_iter()
                        .map(|key| (key.clone(), self.to_json(&entries[key], &map.types)))
                        .collect(),
                )
            }
            (Value::Decimal(decimal), Schema::Decimal(decimal_schema)) => {
                let unscaled = num_bigint::BigInt::from(decimal.clone());
                Json::String(scaled(&unscaled, decimal_schema.scale))
            }
            (other, _) => scalar(other),
        }
    }

    /// Follows a reference to the named type it names.
    fn resolve<'a>(&'a self, schema: &'a Schema) -> &'a Schema {
        match schema {
            Schema::Ref { name } => self.names.get(name).unwrap_or(schema),
            other => other,
        }
    }

    /// A union branch's name: the type's full name when it has one, else its Avro type name.
    fn type_name(&self, schema: &Schema) -> String {
        let schema = self.resolve(schema);
        if let Some(name) = schema.name() {
            return name.fullname(None);
        }
        let primitive = match schema {
            Schema::Boolean => "boolean",
            Schema::Int | Schema::Date | Schema::TimeMillis => "int",
            Schema::Long
            | Schema::TimeMicros
            | Schema::TimestampMillis
            | Schema::TimestampMicros
            | Schema::TimestampNanos
            | Schema::LocalTimestampMillis
            | Schema::LocalTimestampMicros
            | Schema::LocalTimestampNanos => "long",
            Schema::Float => "float",
            Schema::Double => "double",
            Schema::Bytes | Schema::Decimal(_) | Schema::BigDecimal => "bytes",
            Schema::String | Schema::Uuid(_) => "string",
            Schema::Array(_) => "array",
            Schema::Map(_) => "map",
            _ => "null",
        };
        primitive.to_string()
    }
}

/// Values whose rendering needs no schema.
#[cfg(test)]
fn scalar(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Boolean(flag) => Json::Bool(*flag),
        Value::Int(number) => json!(number),
        Value::Long(number) => json!(number),
        Value::Float(number) => float(f64::from(*number)),
        Value::Double(number) => float(*number),
        Value::Bytes(bytes) | Value::Fixed(_, bytes) => Json::String(base64_encode(bytes)),
        Value::String(text) | Value::Enum(_, text) => Json::String(text.clone()),
        Value::Date(days) => {
            let text = format_rfc3339_millis(i64::from(*days) * 86_400_000);
            Json::String(text[..text.len() - 14].to_string())
        }
        Value::TimeMillis(millis) => Json::String(time_of_day(i64::from(*millis) * 1_000, 3)),
        Value::TimeMicros(micros) => Json::String(time_of_day(*micros, 6)),
        Value::TimestampMillis(millis) => Json::String(timestamp(i128::from(*millis), 3, true)),
        Value::TimestampMicros(micros) => Json::String(timestamp(i128::from(*micros), 6, true)),
        Value::TimestampNanos(nanos) => Json::String(timestamp(i128::from(*nanos), 9, true)),
        Value::LocalTimestampMillis(millis) => {
            Json::String(timestamp(i128::from(*millis), 3, false))
        }
        Value::LocalTimestampMicros(micros) => {
            Json::String(timestamp(i128::from(*micros), 6, false))
        }
        Value::LocalTimestampNanos(nanos) => Json::String(timestamp(i128::from(*nanos), 9, false)),
        Value::Uuid(uuid) => Json::String(uuid.to_string()),
        Value::Duration(duration) => json!({
            "months": u32::from(duration.months()),
            "days": u32::from(duration.days()),
            "millis": u32::from(duration.millis()),
        }),
        Value::BigDecimal(decimal) => Json::String(decimal.to_string()),
        Value::Decimal(decimal) => {
            Json::String(num_bigint::BigInt::from(decimal.clone()).to_string())
        }
        // Composite values reach here only with a schema that does not match them.
        Value::Union(_, inner) => scalar(inner),
        Value::Record(fields) => Json::Object(
            fields
                .iter()
                .map(|(name, value)| (name.clone(), scalar(value)))
                .collect(),
        ),
        Value::Array(items) => Json::Array(items.iter().map(scalar).collect()),
        Value::Map(entries) => Json::Object(
            entries
                .iter()
                .map(|(key, value)| (key.clone(), scalar(value)))
                .collect(),
        ),
    }
}

#[cfg(test)]
fn float(number: f64) -> Json {
    if number.is_finite() {
        json!(number)
    } else if number.is_nan() {
        Json::String("NaN".into())
    } else if number > 0.0 {
        Json::String("Infinity".into())
    } else {
        Json::String("-Infinity".into())
    }
}

/// `units` since the epoch (10^-`digits` s each) as RFC 3339 with `digits` fraction digits.
fn timestamp(units: i128, digits: u32, utc: bool) -> String {
    let per_milli = 10i128.pow(digits - 3);
    let millis = units.div_euclid(per_milli);
    let below = units.rem_euclid(per_milli);
    let millis = i64::try_from(millis).unwrap_or(if millis < 0 { i64::MIN } else { i64::MAX });
    let mut text = format_rfc3339_millis(millis);
    text.pop();
    if digits > 3 {
        text.push_str(&format!("{below:0width$}", width = (digits - 3) as usize));
    }
    if utc {
        text.push('Z');
    }
    text
}

/// Microseconds after midnight as `HH:MM:SS` with `digits` fraction digits.
fn time_of_day(micros: i64, digits: usize) -> String {
    let seconds = micros.div_euclid(1_000_000);
    let fraction = micros.rem_euclid(1_000_000);
    let fraction = format!("{fraction:06}");
    format!(
        "{:02}:{:02}:{:02}.{}",
        seconds / 3_600,
        seconds % 3_600 / 60,
        seconds % 60,
        &fraction[..digits]
    )
}

/// An unscaled decimal with `scale` digits after the point, exactly.
fn scaled(unscaled: &num_bigint::BigInt, scale: usize) -> String {
    let digits = unscaled.magnitude().to_string();
    let sign = if unscaled.sign() == num_bigint::Sign::Minus {
        "-"
    } else {
        ""
    };
    if scale == 0 {
        return format!("{sign}{digits}");
    }
    let padded = format!("{digits:0>width$}", width = scale + 1);
    let (whole, fraction) = padded.split_at(padded.len() - scale);
    format!("{sign}{whole}.{fraction}")
}

/// Every named type (record, enum, fixed) in `schema`, by its full name.
fn collect_names(schema: &Schema, names: &mut HashMap<Name, Schema>) {
    if let Some(name) = schema.name() {
        if names.contains_key(name) {
            return;
        }
        names.insert(name.clone(), schema.clone());
    }
    match schema {
        Schema::Record(record) => {
            for field in &record.fields {
                collect_names(&field.schema, names);
            }
        }
        Schema::Array(array) => collect_names(&array.items, names),
        Schema::Map(map) => collect_names(&map.types, names),
        Schema::Union(union) => {
            for variant in union.variants() {
                collect_names(variant, names);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCHEMA: &str = r#"{
      "type": "record", "name": "UserEvent", "namespace": "analytics",
      "fields": [
        {"name": "userId", "type": "string"},
        {"name": "eventType", "type": {"type": "enum", "name": "EventType",
          "symbols": ["login", "logout", "purchase", "view"]}},
        {"name": "timestamp", "type": {"type": "long", "logicalType": "timestamp-millis"}},
        {"name": "price", "type": ["null", {"type": "bytes", "logicalType": "decimal",
          "precision": 10, "scale": 2}], "default": null},
        {"name": "either", "type": ["null", "string", "long"], "default": null},
        {"name": "day", "type": {"type": "int", "logicalType": "date"}},
        {"name": "tags", "type": {"type": "map", "values": "string"}},
        {"name": "raw", "type": "bytes"}
      ]
    }"#;

    #[test]
    fn a_record_reads_as_people_read_it() {
        let schema = AvroSchema::parse(SCHEMA, &[]).unwrap();
        let value = Value::Record(vec![
            ("userId".into(), Value::String("u1".into())),
            ("eventType".into(), Value::Enum(2, "purchase".into())),
            (
                "timestamp".into(),
                Value::TimestampMillis(1_764_497_700_250),
            ),
            (
                "price".into(),
                Value::Union(1, Box::new(Value::Decimal(vec![0x04, 0xce].into()))),
            ),
            ("either".into(), Value::Union(2, Box::new(Value::Long(7)))),
            ("day".into(), Value::Date(20_422)),
            (
                "tags".into(),
                Value::Map(HashMap::from([("b".into(), Value::String("2".into()))])),
            ),
            ("raw".into(), Value::Bytes(vec![0xff, 0])),
        ]);
        let bytes = apache_avro::writer::datum::GenericDatumWriter::builder(&schema.root)
            .build()
            .unwrap()
            .write_value_to_vec(value)
            .unwrap();
        let text = schema.decode(&bytes).unwrap();
        assert_eq!(
            serde_json::from_str::<Json>(&text).unwrap(),
            schema.decode_value(&bytes).unwrap()
        );
        assert_eq!(
            serde_json::from_str::<Json>(&text).unwrap(),
            json!({"userId": "u1", "eventType": "purchase",
                "timestamp": "2025-11-30T10:15:00.250Z", "price": "12.30",
                "either": {"long": 7}, "day": "2025-11-30", "tags": {"b": "2"}, "raw": "/wA="})
        );
        let mut trailing = bytes.clone();
        trailing.push(0);
        assert!(schema
            .decode(&trailing)
            .unwrap_err()
            .contains("1 bytes left"));
        assert!(schema.decode(&bytes[..3]).is_err());
    }

    #[test]
    fn decimals_times_and_floats_keep_every_digit() {
        use num_bigint::BigInt;
        assert_eq!(scaled(&BigInt::from(1230), 2), "12.30");
        assert_eq!(scaled(&BigInt::from(-5), 3), "-0.005");
        assert_eq!(scaled(&BigInt::from(42), 0), "42");
        assert_eq!(
            timestamp(1_764_497_700_250_123, 6, true),
            "2025-11-30T10:15:00.250123Z"
        );
        assert_eq!(timestamp(-1, 9, false), "1969-12-31T23:59:59.999999999");
        assert_eq!(time_of_day(36_900_250_000, 3), "10:15:00.250");
        assert_eq!(float(f64::NAN), json!("NaN"));
        assert_eq!(float(f64::NEG_INFINITY), json!("-Infinity"));
    }
}

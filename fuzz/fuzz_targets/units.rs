//! The parsers of human-typed values: durations, sizes, rates, `--config` pairs and values,
//! `--from` positions and RFC 3339 timestamps.
//!
//! Properties: a size is exact (an integer with a unit is that integer times the unit, never
//! rounded through a float) and its number reads back as itself, and so does a size described
//! exactly; a duration reads back from its description; a rate is positive and finite; a
//! normalised config value is a fixed point of normalisation; `key=value` reads back as itself;
//! a `--from` position resolves within the log; a timestamp formats and parses back to itself
//! across years 0 to 9999.

#![no_main]

use std::time::Duration;

use arbitrary::Arbitrary;
use kan::domain::partition_sizing::{size_partitions, MAX_SIZED_PARTITIONS};
use kan::domain::position::{parse_start, start_offset, StartSpec};
use kan::domain::timestamp::{format_rfc3339_millis, parse_rfc3339_millis};
use kan::domain::topic_config::{
    check_known_key, normalize_value, parse_key_value, KNOWN_TOPIC_CONFIGS,
};
use kan::domain::units::{
    describe_bytes, describe_millis, parse_duration, parse_duration_limit, parse_rate, parse_size,
    parse_size_limit, Limit,
};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
enum Input {
    Text(String),
    Millis(i64),
    Bytes(i64),
    Start {
        text: String,
        log_start: i64,
        log_end: i64,
        offset_for_time: Option<i64>,
    },
    Sizing(String, String),
}

/// 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z.
const FIRST_MS: i64 = -62_167_219_200_000;
const LAST_MS: i64 = 253_402_300_799_999;

/// The exact size of `<digits><unit>` (no fraction), computed without floats.
fn exact_size(text: &str) -> Option<u128> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, unit) = text.split_at(split);
    if digits.is_empty() || digits.len() > 30 || unit.starts_with('.') {
        return None;
    }
    let multiplier: u128 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1 << 10,
        "m" | "mib" => 1 << 20,
        "g" | "gib" => 1 << 30,
        "t" | "tib" => 1 << 40,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        "tb" => 1_000_000_000_000,
        _ => return None,
    };
    Some(digits.parse::<u128>().ok()? * multiplier)
}

fn check_text(text: &str) {
    match (parse_size(text), exact_size(text)) {
        (Ok(bytes), Some(exact)) => assert_eq!(u128::from(bytes), exact, "{text:?}"),
        (Err(err), Some(exact)) => {
            assert!(
                exact > u128::from(u64::MAX),
                "{text:?} is {exact} bytes, yet: {err}"
            )
        }
        _ => {}
    }
    if let Ok(bytes) = parse_size(text) {
        assert_eq!(parse_size(&bytes.to_string()), Ok(bytes), "{text:?}");
        assert_eq!(parse_size_limit(text), Ok(Limit::Finite(bytes)), "{text:?}");
    }
    if let Ok(duration) = parse_duration(text) {
        if let Ok(millis) = i64::try_from(duration.as_millis()) {
            let described = describe_millis(millis);
            assert_eq!(
                parse_duration(&described),
                Ok(Duration::from_millis(millis as u64)),
                "{text:?} described as {described:?}"
            );
        }
        assert_eq!(
            parse_duration_limit(text),
            Ok(Limit::Finite(duration)),
            "{text:?}"
        );
    }
    if let Ok(rate) = parse_rate(text) {
        assert!(rate.is_finite() && rate > 0.0, "{text:?} gives {rate}");
    }
    for key in KNOWN_TOPIC_CONFIGS {
        if let Ok(value) = normalize_value(key, text) {
            assert_eq!(
                normalize_value(key, &value).as_ref(),
                Ok(&value),
                "{key}={text:?} normalises to {value:?}, which does not normalise to itself"
            );
        }
    }
    assert_eq!(
        check_known_key(text, false).is_ok(),
        KNOWN_TOPIC_CONFIGS.contains(&text),
        "{text:?}"
    );
    if let Ok((key, value)) = parse_key_value(text) {
        assert!(!key.is_empty() && !key.contains('='), "{text:?}");
        assert_eq!(key.trim(), key);
        assert_eq!(value.trim(), value);
        assert_eq!(
            parse_key_value(&format!("{key}={value}")),
            Ok((key, value)),
            "{text:?}"
        );
    }
    if let Some(millis) = parse_rfc3339_millis(text) {
        check_millis(millis);
    }
}

fn check_millis(millis: i64) {
    let formatted = format_rfc3339_millis(millis);
    if (FIRST_MS..=LAST_MS).contains(&millis) {
        assert_eq!(
            parse_rfc3339_millis(&formatted),
            Some(millis),
            "{formatted}"
        );
    }
    let described = describe_millis(millis);
    if millis >= 0 {
        assert_eq!(
            parse_duration(&described),
            Ok(Duration::from_millis(millis as u64)),
            "{millis} described as {described:?}"
        );
    } else {
        assert_eq!(described, "unlimited");
    }
}

fuzz_target!(|input: Input| match input {
    Input::Text(text) => check_text(&text),
    Input::Millis(millis) => check_millis(millis),
    Input::Bytes(bytes) => {
        let described = describe_bytes(bytes);
        if bytes < 0 {
            assert_eq!(described, "unlimited");
        } else if !described.contains('.') {
            assert_eq!(
                parse_size(&described),
                Ok(bytes as u64),
                "{bytes} as {described}"
            );
        }
    }
    Input::Start {
        text,
        log_start,
        log_end,
        offset_for_time,
    } => {
        let Ok(spec) = parse_start(&text) else {
            return;
        };
        match spec {
            StartSpec::Offset(offset) => assert!(offset >= 0, "{text:?}"),
            StartSpec::FromEnd(count) => assert!(count > 0, "{text:?}"),
            _ => {}
        }
        // Log bounds never end before they start.
        let log_end = log_end.max(log_start);
        match start_offset(spec, log_start, log_end, offset_for_time) {
            Some(offset) => assert!(
                (log_start..=log_end).contains(&offset),
                "{text:?}: {offset} outside [{log_start}, {log_end}]"
            ),
            None => assert_eq!(spec, StartSpec::Stored),
        }
    }
    Input::Sizing(target, per_partition) => {
        let (Ok(target), Ok(per_partition)) = (parse_rate(&target), parse_rate(&per_partition))
        else {
            return;
        };
        if let Ok(sizing) = size_partitions(target, per_partition) {
            assert!(
                (1..=MAX_SIZED_PARTITIONS).contains(&sizing.partitions),
                "{sizing:?}"
            );
            let _ = sizing.explain();
        }
    }
});

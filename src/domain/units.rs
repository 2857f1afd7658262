//! Human-typed quantities: durations (`7d`, `90m`), byte sizes (`1GiB`, `500MB`) and rates
//! (`1M/s`). Every parser rejects bad input with a message that quotes it.

use std::time::Duration;

/// A retention-like limit: a finite amount, or unlimited (Kafka's `-1`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit<T> {
    Finite(T),
    Unlimited,
}

const UNLIMITED_WORDS: [&str; 5] = ["-1", "unlimited", "infinite", "forever", "none"];

fn is_unlimited(text: &str) -> bool {
    UNLIMITED_WORDS
        .iter()
        .any(|word| text.eq_ignore_ascii_case(word))
}

/// Parses a duration such as `7d`, `12h`, `1h30m`, `500ms`. A bare number is milliseconds,
/// as in Kafka's own `*.ms` settings.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err("invalid duration '': expected e.g. 7d, 12h, 30m, 500ms".into());
    }
    if let Ok(millis) = trimmed.parse::<u64>() {
        return Ok(Duration::from_millis(millis));
    }
    humantime::parse_duration(trimmed).map_err(|err| {
        format!("invalid duration '{text}': {err} (expected e.g. 7d, 12h, 30m, 500ms)")
    })
}

/// Parses a duration that may also be unlimited (`-1`, `forever`, `unlimited`).
pub fn parse_duration_limit(text: &str) -> Result<Limit<Duration>, String> {
    if is_unlimited(text.trim()) {
        return Ok(Limit::Unlimited);
    }
    parse_duration(text).map(Limit::Finite)
}

/// Milliseconds for a Kafka `*.ms` setting; `-1` for unlimited.
pub fn duration_limit_millis(limit: Limit<Duration>) -> i64 {
    match limit {
        Limit::Finite(duration) => i64::try_from(duration.as_millis()).unwrap_or(i64::MAX),
        Limit::Unlimited => -1,
    }
}

/// Parses a byte size: `1048576`, `500MB` (10^6), `1GiB` (2^30), `64k` (2^10: single
/// letters are binary, like the JVM's `-Xmx`). Fractions are allowed: `1.5GiB`.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let trimmed = text.trim();
    let split = trimmed
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(trimmed.len());
    let (number, unit) = trimmed.split_at(split);
    let bad = || format!("invalid size '{text}': expected e.g. 1048576, 500MB, 1GiB, 64KiB");
    if number.is_empty() {
        return Err(bad());
    }
    let multiplier: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1 << 10,
        "m" | "mib" => 1 << 20,
        "g" | "gib" => 1 << 30,
        "t" | "tib" => 1 << 40,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        "tb" => 1_000_000_000_000,
        _ => return Err(bad()),
    };
    let too_large = || format!("invalid size '{text}': too large");
    // A whole number exactly: through a float, 9007199254740993 would become …992.
    if let Ok(whole) = number.parse::<u64>() {
        return whole.checked_mul(multiplier).ok_or_else(too_large);
    }
    let value: f64 = number.parse().map_err(|_| bad())?;
    let bytes = value * multiplier as f64;
    // u64::MAX as f64 is 2^64, itself too large.
    if !bytes.is_finite() || bytes >= u64::MAX as f64 {
        return Err(too_large());
    }
    if bytes.fract() != 0.0 {
        return Err(format!(
            "invalid size '{text}': not a whole number of bytes"
        ));
    }
    Ok(bytes as u64)
}

/// Parses a size that may also be unlimited (`-1`, `unlimited`).
pub fn parse_size_limit(text: &str) -> Result<Limit<u64>, String> {
    if is_unlimited(text.trim()) {
        return Ok(Limit::Unlimited);
    }
    parse_size(text).map(Limit::Finite)
}

/// Bytes for a Kafka `*.bytes` setting; `-1` for unlimited.
pub fn size_limit_bytes(limit: Limit<u64>) -> i64 {
    match limit {
        Limit::Finite(bytes) => i64::try_from(bytes).unwrap_or(i64::MAX),
        Limit::Unlimited => -1,
    }
}

/// Parses a rate in events per second: `1M/s`, `100K/s`, `2500`, `1.5k/s` (decimal suffixes).
pub fn parse_rate(text: &str) -> Result<f64, String> {
    let bad = || format!("invalid rate '{text}': expected e.g. 1M/s, 100K/s, 2500/s");
    let trimmed = text.trim();
    let without_per_second = trimmed
        .strip_suffix("/sec")
        .or_else(|| trimmed.strip_suffix("/s"))
        .unwrap_or(trimmed)
        .trim();
    let split = without_per_second
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(without_per_second.len());
    let (number, suffix) = without_per_second.split_at(split);
    if number.is_empty() {
        return Err(bad());
    }
    let value: f64 = number.parse().map_err(|_| bad())?;
    let multiplier = match suffix.trim().to_ascii_lowercase().as_str() {
        "" => 1.0,
        "k" => 1e3,
        "m" => 1e6,
        "g" => 1e9,
        _ => return Err(bad()),
    };
    let rate = value * multiplier;
    if !rate.is_finite() || rate <= 0.0 {
        return Err(format!("invalid rate '{text}': must be greater than zero"));
    }
    Ok(rate)
}

/// Formats a duration in Kafka milliseconds the way people say it (`604800000` → `7d`).
pub fn describe_millis(millis: i64) -> String {
    if millis < 0 {
        return "unlimited".into();
    }
    humantime::format_duration(Duration::from_millis(millis as u64)).to_string()
}

/// Formats a byte count with binary units (`1073741824` → `1GiB`); `-1` is unlimited.
pub fn describe_bytes(bytes: i64) -> String {
    if bytes < 0 {
        return "unlimited".into();
    }
    const UNITS: [(&str, i64); 4] = [
        ("TiB", 1 << 40),
        ("GiB", 1 << 30),
        ("MiB", 1 << 20),
        ("KiB", 1 << 10),
    ];
    for (unit, size) in UNITS {
        if bytes >= size && bytes % size == 0 {
            return format!("{}{unit}", bytes / size);
        }
    }
    for (unit, size) in UNITS {
        if bytes >= size {
            return format!("{:.1}{unit}", bytes as f64 / size as f64);
        }
    }
    format!("{bytes}B")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_words_and_bare_millis() {
        assert_eq!(
            parse_duration("7d").unwrap(),
            Duration::from_secs(7 * 86_400)
        );
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::from_secs(5_400));
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(
            parse_duration("604800000").unwrap(),
            Duration::from_millis(604_800_000)
        );
    }

    #[test]
    fn bad_durations_name_the_input() {
        for bad in ["", "7 days please", "abc", "-5m", "1x"] {
            let err = parse_duration(bad).unwrap_err();
            assert!(err.contains(&format!("'{bad}'")), "{err}");
        }
    }

    #[test]
    fn unlimited_durations_and_sizes() {
        assert_eq!(parse_duration_limit("forever").unwrap(), Limit::Unlimited);
        assert_eq!(parse_duration_limit("-1").unwrap(), Limit::Unlimited);
        assert_eq!(duration_limit_millis(Limit::Unlimited), -1);
        assert_eq!(
            duration_limit_millis(parse_duration_limit("1d").unwrap()),
            86_400_000
        );
        assert_eq!(parse_size_limit("unlimited").unwrap(), Limit::Unlimited);
        assert_eq!(size_limit_bytes(Limit::Unlimited), -1);
    }

    /// Whole numbers used to go through a float: beyond 2^53 they were rounded, and 2^64 became
    /// u64::MAX instead of too large.
    #[test]
    fn whole_sizes_are_exact() {
        assert_eq!(parse_size("9007199254740993"), Ok(9_007_199_254_740_993));
        assert_eq!(parse_size("18446744073709551615"), Ok(u64::MAX));
        assert_eq!(
            parse_size("9007199254740993k"),
            Ok(9_007_199_254_740_993 << 10)
        );
        for too_large in ["18446744073709551616", "16777216TiB", "16777216.0TiB"] {
            let err = parse_size(too_large).unwrap_err();
            assert!(err.contains("too large"), "{too_large}: {err}");
        }
    }

    #[test]
    fn sizes_binary_and_decimal() {
        assert_eq!(parse_size("1GiB").unwrap(), 1_073_741_824);
        assert_eq!(parse_size("500MB").unwrap(), 500_000_000);
        assert_eq!(parse_size("64k").unwrap(), 65_536);
        assert_eq!(parse_size("1.5KiB").unwrap(), 1_536);
        assert_eq!(parse_size("1024").unwrap(), 1_024);
        assert_eq!(parse_size(" 2 MiB ").unwrap(), 2_097_152);
    }

    #[test]
    fn bad_sizes_name_the_input() {
        for bad in ["", "GiB", "12 parsecs", "1.2.3MB", "0.3B", "-5MB"] {
            let err = parse_size(bad).unwrap_err();
            assert!(err.contains(&format!("'{bad}'")), "{bad}: {err}");
        }
    }

    #[test]
    fn rates() {
        assert_eq!(parse_rate("1M/s").unwrap(), 1e6);
        assert_eq!(parse_rate("100K/s").unwrap(), 1e5);
        assert_eq!(parse_rate("2500").unwrap(), 2500.0);
        assert_eq!(parse_rate("1.5k/sec").unwrap(), 1500.0);
        for bad in ["", "0/s", "fast", "10X/s"] {
            let err = parse_rate(bad).unwrap_err();
            assert!(err.contains(&format!("'{bad}'")), "{bad}: {err}");
        }
    }

    #[test]
    fn descriptions() {
        assert_eq!(describe_millis(604_800_000), "7days");
        assert_eq!(describe_millis(-1), "unlimited");
        assert_eq!(describe_bytes(1_073_741_824), "1GiB");
        assert_eq!(describe_bytes(1_500), "1.5KiB");
        assert_eq!(describe_bytes(12), "12B");
        assert_eq!(describe_bytes(-1), "unlimited");
    }
}

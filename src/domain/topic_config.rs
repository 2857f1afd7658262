//! Topic-level configuration: the keys Kafka knows, typed shortcuts (`--retention 7d`,
//! `--compact`, `--compression zstd`) and `--config key=value` pairs, validated and normalised
//! into the exact strings the broker expects — before any request is sent.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use super::units::{self, Limit};

/// Every topic-level configuration key of Apache Kafka 3.x/4.x (`TopicConfig`).
pub const KNOWN_TOPIC_CONFIGS: &[&str] = &[
    "cleanup.policy",
    "compression.gzip.level",
    "compression.lz4.level",
    "compression.type",
    "compression.zstd.level",
    "delete.retention.ms",
    "file.delete.delay.ms",
    "flush.messages",
    "flush.ms",
    "follower.replication.throttled.replicas",
    "index.interval.bytes",
    "leader.replication.throttled.replicas",
    "local.retention.bytes",
    "local.retention.ms",
    "max.compaction.lag.ms",
    "max.message.bytes",
    "message.downconversion.enable",
    "message.format.version",
    "message.timestamp.after.max.ms",
    "message.timestamp.before.max.ms",
    "message.timestamp.difference.max.ms",
    "message.timestamp.type",
    "min.cleanable.dirty.ratio",
    "min.compaction.lag.ms",
    "min.insync.replicas",
    "preallocate",
    "remote.log.copy.disable",
    "remote.log.delete.on.disable",
    "remote.storage.enable",
    "retention.bytes",
    "retention.ms",
    "segment.bytes",
    "segment.index.bytes",
    "segment.jitter.ms",
    "segment.ms",
    "unclean.leader.election.enable",
];

/// What a topic config does, in one line (for the interactive picker).
pub fn meaning(key: &str) -> &'static str {
    match key {
        "cleanup.policy" => "delete old segments, or compact to the latest record per key",
        "compression.gzip.level" => "gzip level when the broker compresses",
        "compression.lz4.level" => "lz4 level when the broker compresses",
        "compression.type" => {
            "codec the broker stores records with (producer keeps the producer's)"
        }
        "compression.zstd.level" => "zstd level when the broker compresses",
        "delete.retention.ms" => "how long tombstones stay on a compacted topic",
        "file.delete.delay.ms" => "wait before deleting a segment file from disk",
        "flush.messages" => "fsync after this many records (off by default: rely on replication)",
        "flush.ms" => "fsync after this long (off by default: rely on replication)",
        "follower.replication.throttled.replicas" => "replicas whose follower traffic is throttled",
        "index.interval.bytes" => "bytes between offset index entries",
        "leader.replication.throttled.replicas" => "replicas whose leader traffic is throttled",
        "local.retention.bytes" => "bytes kept on local disk with tiered storage",
        "local.retention.ms" => "time kept on local disk with tiered storage",
        "max.compaction.lag.ms" => "longest a record may stay uncompacted",
        "max.message.bytes" => "largest record batch the broker accepts",
        "message.downconversion.enable" => "convert records for old consumers",
        "message.format.version" => "on-disk record format (ignored since Kafka 3.0)",
        "message.timestamp.after.max.ms" => "how far ahead of the broker a timestamp may be",
        "message.timestamp.before.max.ms" => "how far behind the broker a timestamp may be",
        "message.timestamp.difference.max.ms" => "largest timestamp skew accepted (older brokers)",
        "message.timestamp.type" => "CreateTime (the producer's) or LogAppendTime (the broker's)",
        "min.cleanable.dirty.ratio" => "share of uncompacted log that triggers compaction",
        "min.compaction.lag.ms" => "shortest a record stays uncompacted",
        "min.insync.replicas" => "replicas that must have a write for acks=all to succeed",
        "preallocate" => "preallocate segment files on disk",
        "remote.log.copy.disable" => "stop copying segments to tiered storage",
        "remote.log.delete.on.disable" => "delete remote segments when tiering is turned off",
        "remote.storage.enable" => "keep old segments in tiered (remote) storage",
        "retention.bytes" => "size kept per partition before old segments are deleted",
        "retention.ms" => "how long records are kept",
        "segment.bytes" => "size of one log segment file",
        "segment.index.bytes" => "size of one segment's offset index",
        "segment.jitter.ms" => "random delay added to segment.ms",
        "segment.ms" => "roll a new segment after this long",
        "unclean.leader.election.enable" => "let an out-of-sync replica lead (may lose data)",
        _ => "",
    }
}

/// Kafka's compression codecs (`compression.type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Compression {
    None,
    Gzip,
    Snappy,
    Lz4,
    Zstd,
}

impl Compression {
    pub fn as_str(self) -> &'static str {
        match self {
            Compression::None => "none",
            Compression::Gzip => "gzip",
            Compression::Snappy => "snappy",
            Compression::Lz4 => "lz4",
            Compression::Zstd => "zstd",
        }
    }
}

impl fmt::Display for Compression {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The typed shortcuts a user can give instead of raw keys.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypedTopicSettings {
    pub retention: Option<Limit<Duration>>,
    pub retention_bytes: Option<Limit<u64>>,
    pub compact: bool,
    pub compression: Option<Compression>,
}

impl TypedTopicSettings {
    /// The raw key/value pairs these shortcuts stand for.
    pub fn to_pairs(&self) -> Vec<(String, String, &'static str)> {
        let mut pairs = Vec::new();
        if let Some(retention) = self.retention {
            pairs.push((
                "retention.ms".to_string(),
                units::duration_limit_millis(retention).to_string(),
                "--retention",
            ));
        }
        if let Some(bytes) = self.retention_bytes {
            pairs.push((
                "retention.bytes".to_string(),
                units::size_limit_bytes(bytes).to_string(),
                "--retention-bytes",
            ));
        }
        if self.compact {
            pairs.push(("cleanup.policy".into(), "compact".into(), "--compact"));
        }
        if let Some(compression) = self.compression {
            pairs.push((
                "compression.type".into(),
                compression.as_str().into(),
                "--compression",
            ));
        }
        pairs
    }
}

/// Splits `key=value` (the first `=` separates; the value may contain more).
pub fn parse_key_value(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.trim().is_empty() => {
            Ok((key.trim().to_string(), value.trim().to_string()))
        }
        _ => Err(format!("invalid config '{text}': expected key=value")),
    }
}

/// Checks that `key` is a topic config Kafka knows; `force` lets anything through.
pub fn check_known_key(key: &str, force: bool) -> Result<(), String> {
    if force || KNOWN_TOPIC_CONFIGS.contains(&key) {
        return Ok(());
    }
    let hint = closest_known_key(key)
        .map(|known| format!(" (did you mean '{known}'?)"))
        .unwrap_or_default();
    Err(format!(
        "unknown topic config '{key}'{hint}; pass --force to send it anyway"
    ))
}

/// Validates a value for a known key and rewrites human forms into Kafka's:
/// `*.ms` keys take durations (`7d`), `*.bytes` keys take sizes (`1GiB`), enums are checked.
pub fn normalize_value(key: &str, value: &str) -> Result<String, String> {
    let bad = |expected: &str| format!("invalid value '{value}' for {key}: expected {expected}");
    if !KNOWN_TOPIC_CONFIGS.contains(&key) {
        return Ok(value.to_string());
    }
    match key {
        "cleanup.policy" => {
            let mut parts: Vec<&str> = value.split(',').map(str::trim).collect();
            if parts.is_empty()
                || !parts
                    .iter()
                    .all(|part| matches!(*part, "delete" | "compact"))
            {
                return Err(bad("delete, compact or compact,delete"));
            }
            parts.sort_unstable();
            parts.dedup();
            Ok(parts.join(","))
        }
        "compression.type" => match value.to_ascii_lowercase().as_str() {
            v @ ("none" | "gzip" | "snappy" | "lz4" | "zstd" | "producer" | "uncompressed") => {
                Ok(v.to_string())
            }
            _ => Err(bad("none, gzip, snappy, lz4, zstd or producer")),
        },
        "message.timestamp.type" => match value {
            "CreateTime" | "LogAppendTime" => Ok(value.to_string()),
            _ => Err(bad("CreateTime or LogAppendTime")),
        },
        "min.cleanable.dirty.ratio" => match value.parse::<f64>() {
            Ok(ratio) if (0.0..=1.0).contains(&ratio) => Ok(value.to_string()),
            _ => Err(bad("a number from 0 to 1")),
        },
        "preallocate"
        | "unclean.leader.election.enable"
        | "remote.storage.enable"
        | "remote.log.copy.disable"
        | "remote.log.delete.on.disable"
        | "message.downconversion.enable" => match value.to_ascii_lowercase().as_str() {
            v @ ("true" | "false") => Ok(v.to_string()),
            _ => Err(bad("true or false")),
        },
        "follower.replication.throttled.replicas"
        | "leader.replication.throttled.replicas"
        | "message.format.version" => Ok(value.to_string()),
        _ if key.ends_with(".ms") => units::parse_duration_limit(value)
            .map(|limit| units::duration_limit_millis(limit).to_string())
            .map_err(|_| bad("a duration such as 7d, 12h, 500ms, or -1")),
        _ if key.ends_with(".bytes") => units::parse_size_limit(value)
            .map(|limit| units::size_limit_bytes(limit).to_string())
            .map_err(|_| bad("a size such as 1GiB, 500MB, 1048576, or -1")),
        _ => match value.parse::<i64>() {
            Ok(_) => Ok(value.to_string()),
            Err(_) => Err(bad("a whole number")),
        },
    }
}

/// Merges typed shortcuts and `--config` pairs into one validated map.
///
/// A key set twice (by a shortcut and a pair, or by two pairs) is refused: it is never clear
/// which one the user meant.
pub fn build_config_map(
    typed: &TypedTopicSettings,
    pairs: &[(String, String)],
    force: bool,
) -> Result<BTreeMap<String, String>, String> {
    let mut map = BTreeMap::new();
    let mut origin: BTreeMap<String, String> = BTreeMap::new();
    for (key, value, flag) in typed.to_pairs() {
        origin.insert(key.clone(), flag.to_string());
        map.insert(key, value);
    }
    for (key, value) in pairs {
        check_known_key(key, force)?;
        let value = normalize_value(key, value)?;
        if let Some(first) = origin.get(key) {
            return Err(format!(
                "{key} is set twice (by {first} and by --config {key}=…); give it once"
            ));
        }
        origin.insert(key.clone(), format!("--config {key}=…"));
        map.insert(key.clone(), value);
    }
    Ok(map)
}

/// The known key nearest to a misspelt one, if any is close enough to be a typo.
fn closest_known_key(key: &str) -> Option<&'static str> {
    KNOWN_TOPIC_CONFIGS
        .iter()
        .map(|known| (edit_distance(key, known), *known))
        .filter(|(distance, _)| *distance <= 3)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, known)| known)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_known_key_has_a_meaning() {
        for key in KNOWN_TOPIC_CONFIGS {
            assert!(!meaning(key).is_empty(), "{key}");
        }
        assert!(meaning("made.up").is_empty());
    }

    #[test]
    fn typed_shortcuts_become_kafka_keys() {
        let typed = TypedTopicSettings {
            retention: Some(Limit::Finite(Duration::from_secs(7 * 86_400))),
            retention_bytes: Some(Limit::Finite(1 << 30)),
            compact: true,
            compression: Some(Compression::Zstd),
        };
        let map = build_config_map(&typed, &[], false).unwrap();
        assert_eq!(map["retention.ms"], "604800000");
        assert_eq!(map["retention.bytes"], "1073741824");
        assert_eq!(map["cleanup.policy"], "compact");
        assert_eq!(map["compression.type"], "zstd");
    }

    #[test]
    fn pairs_are_normalised() {
        let pairs = vec![
            ("segment.ms".to_string(), "1h".to_string()),
            ("max.message.bytes".to_string(), "2MiB".to_string()),
            ("cleanup.policy".to_string(), "delete,compact".to_string()),
            ("min.insync.replicas".to_string(), "2".to_string()),
        ];
        let map = build_config_map(&TypedTopicSettings::default(), &pairs, false).unwrap();
        assert_eq!(map["segment.ms"], "3600000");
        assert_eq!(map["max.message.bytes"], "2097152");
        assert_eq!(map["cleanup.policy"], "compact,delete");
        assert_eq!(map["min.insync.replicas"], "2");
    }

    #[test]
    fn unknown_keys_suggest_and_force_allows() {
        let err = check_known_key("retension.ms", false).unwrap_err();
        assert_eq!(
            err,
            "unknown topic config 'retension.ms' (did you mean 'retention.ms'?); pass --force to send it anyway"
        );
        assert!(check_known_key("retension.ms", true).is_ok());
        let far = check_known_key("totally.made.up", false).unwrap_err();
        assert!(!far.contains("did you mean"), "{far}");
    }

    #[test]
    fn bad_values_name_key_and_value() {
        for (key, value) in [
            ("retention.ms", "7 parsecs"),
            ("retention.bytes", "lots"),
            ("compression.type", "brotli"),
            ("cleanup.policy", "archive"),
            ("min.insync.replicas", "two"),
            ("min.cleanable.dirty.ratio", "1.5"),
            ("preallocate", "yes"),
            ("message.timestamp.type", "Whenever"),
        ] {
            let err = normalize_value(key, value).unwrap_err();
            assert!(err.contains(key) && err.contains(value), "{err}");
        }
    }

    #[test]
    fn a_key_set_twice_is_refused() {
        let typed = TypedTopicSettings {
            compact: true,
            ..Default::default()
        };
        let pairs = vec![("cleanup.policy".to_string(), "delete".to_string())];
        let err = build_config_map(&typed, &pairs, false).unwrap_err();
        assert!(
            err.contains("set twice") && err.contains("--compact"),
            "{err}"
        );
    }

    #[test]
    fn key_value_parsing() {
        assert_eq!(
            parse_key_value("a.b=c=d").unwrap(),
            ("a.b".to_string(), "c=d".to_string())
        );
        assert!(parse_key_value("novalue")
            .unwrap_err()
            .contains("'novalue'"));
        assert!(parse_key_value("=x").is_err());
    }
}

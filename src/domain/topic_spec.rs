//! The declarative topic file read by `kan topics apply -f FILE` (TOML or YAML).
//!
//! ```toml
//! [[topics]]
//! name = "user-events"
//! partitions = 3
//! replication_factor = 1
//! retention = "7d"
//! compression = "gzip"
//!
//! [topics.config]
//! "min.insync.replicas" = 1
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::topic_config::{self, Compression, TypedTopicSettings};
use super::units;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SpecFile {
    #[serde(default)]
    topics: Vec<TopicSpecEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicSpecEntry {
    name: String,
    partitions: Option<i32>,
    replication_factor: Option<i32>,
    retention: Option<String>,
    retention_bytes: Option<String>,
    #[serde(default)]
    compact: bool,
    compression: Option<Compression>,
    #[serde(default)]
    config: BTreeMap<String, Scalar>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Scalar {
    Text(String),
    Integer(i64),
    Float(f64),
    Bool(bool),
}

impl Scalar {
    /// The value as Kafka takes it. Not-a-number and the infinities are refused, in TOML as
    /// YAML refuses them (no topic config means anything by them; found by the fuzzer: TOML
    /// let `nan` through as "NaN").
    fn into_string(self, key: &str) -> Result<String, String> {
        Ok(match self {
            Scalar::Text(text) => text,
            Scalar::Integer(number) => number.to_string(),
            Scalar::Float(number) if !number.is_finite() => {
                return Err(format!("config '{key}': {number} is not a finite number"))
            }
            Scalar::Float(number) => number.to_string(),
            Scalar::Bool(flag) => flag.to_string(),
        })
    }
}

/// One topic as the file wants it, with configs validated and normalised.
#[derive(Debug, Clone, PartialEq)]
pub struct DesiredTopic {
    pub name: String,
    /// `None`: keep what exists, or the broker default on creation.
    pub partitions: Option<i32>,
    pub replication_factor: Option<i32>,
    pub configs: BTreeMap<String, String>,
}

/// Reads and validates a spec file. Errors name the file, and the line where the format
/// tells it.
pub fn load(path: &Path, force: bool) -> Result<Vec<DesiredTopic>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    let yaml = matches!(
        path.extension().and_then(|ext| ext.to_str()),
        Some("yaml" | "yml")
    );
    parse_with(&text, yaml, force).map_err(|err| format!("{}: {err}", path.display()))
}

/// Parses spec text (TOML, or YAML when `yaml`).
pub fn parse(text: &str, yaml: bool) -> Result<Vec<DesiredTopic>, String> {
    parse_with(text, yaml, false)
}

/// Like [`parse`]; `force` lets config keys kan does not know through.
pub fn parse_with(text: &str, yaml: bool, force: bool) -> Result<Vec<DesiredTopic>, String> {
    let file: SpecFile = if yaml {
        serde_saphyr::from_str(text).map_err(|err| yaml_error(text, &err))?
    } else {
        toml::from_str(text).map_err(|err| match err.span() {
            Some(span) => format!(
                "line {}: {}",
                text[..span.start].matches('\n').count() + 1,
                first_line(err.message())
            ),
            None => first_line(err.message()),
        })?
    };
    if file.topics.is_empty() {
        return Err("no topics declared (expected [[topics]] entries)".into());
    }
    let mut seen = std::collections::BTreeSet::new();
    file.topics
        .into_iter()
        .map(|entry| {
            if !seen.insert(entry.name.clone()) {
                return Err(format!("topic '{}' is declared twice", entry.name));
            }
            desired(entry, force)
        })
        .collect()
}

fn desired(entry: TopicSpecEntry, force: bool) -> Result<DesiredTopic, String> {
    let name = entry.name;
    let in_topic = |err: String| format!("topic '{name}': {err}");
    crate::domain::topic::check_topic_name(&name).map_err(in_topic)?;
    if let Some(partitions) = entry.partitions {
        if partitions < 1 {
            return Err(in_topic(format!(
                "partitions must be at least 1, got {partitions}"
            )));
        }
    }
    if let Some(factor) = entry.replication_factor {
        if factor < 1 {
            return Err(in_topic(format!(
                "replication_factor must be at least 1, got {factor}"
            )));
        }
    }
    let typed = TypedTopicSettings {
        retention: entry
            .retention
            .as_deref()
            .map(units::parse_duration_limit)
            .transpose()
            .map_err(in_topic)?,
        retention_bytes: entry
            .retention_bytes
            .as_deref()
            .map(units::parse_size_limit)
            .transpose()
            .map_err(in_topic)?,
        compact: entry.compact,
        compression: entry.compression,
    };
    let pairs: Vec<(String, String)> = entry
        .config
        .into_iter()
        .map(|(key, value)| {
            let value = value.into_string(&key).map_err(in_topic)?;
            Ok((key, value))
        })
        .collect::<Result<_, String>>()?;
    let configs = topic_config::build_config_map(&typed, &pairs, force).map_err(in_topic)?;
    Ok(DesiredTopic {
        name,
        partitions: entry.partitions,
        replication_factor: entry.replication_factor,
        configs,
    })
}

/// `line N: message` for a YAML error (the crate's own text ends with the position; it is said
/// once, in front, as for TOML). A value of the wrong type is quoted: the crate only names the
/// type it wanted.
fn yaml_error(text: &str, err: &serde_saphyr::Error) -> String {
    let plain = first_line(&err.without_snippet().to_string());
    let mut message = plain
        .rfind(" at line ")
        .map_or(plain.as_str(), |at| &plain[..at])
        .to_string();
    let Some(at) = err.location() else {
        return message;
    };
    if let serde_saphyr::Error::InvalidScalar { ty, .. } = err.without_snippet() {
        let value = usize::try_from(at.line() - 1)
            .ok()
            .and_then(|index| text.lines().nth(index))
            .and_then(|line| line.get(usize::try_from(at.column()).ok()?.saturating_sub(1)..))
            .map(str::trim)
            .unwrap_or_default();
        message = format!("invalid {ty}: `{value}`");
    }
    format!("line {}: {message}", at.line())
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOML: &str = r#"
[[topics]]
name = "user-events"
partitions = 3
retention = "7d"
compression = "gzip"

[[topics]]
name = "analytics-events"
partitions = 3
compact = true

[topics.config]
"min.insync.replicas" = 1
"#;

    #[test]
    fn toml_spec() {
        let topics = parse(TOML, false).unwrap();
        assert_eq!(topics.len(), 2);
        assert_eq!(topics[0].name, "user-events");
        assert_eq!(topics[0].partitions, Some(3));
        assert_eq!(topics[0].configs["retention.ms"], "604800000");
        assert_eq!(topics[0].configs["compression.type"], "gzip");
        assert_eq!(topics[1].configs["cleanup.policy"], "compact");
        assert_eq!(topics[1].configs["min.insync.replicas"], "1");
    }

    #[test]
    fn yaml_errors_name_the_line() {
        let cases = [
            (
                "topics:\n  - name: a\n    partitions: 3\n    bogus: 1\n",
                "line 4: unknown field `bogus`",
            ),
            (
                "topics:\n  - name: a\n    partitions: three\n",
                "line 3: invalid i32: `three`",
            ),
            (
                "topics:\n  - name: a\n    partitions: 3\n    partitions: 4\n",
                "line 4: duplicate",
            ),
            (
                "topics:\n  - name: a\n    config:\n      retention.ms: 1\n      retention.ms: 2\n",
                "line 5: duplicate",
            ),
        ];
        for (text, start) in cases {
            let err = parse(text, true).unwrap_err();
            assert!(err.starts_with(start), "{text:?}: {err}");
            assert!(!err.contains(" at line "), "{err}");
        }
    }

    #[test]
    fn yaml_spec() {
        let yaml = "topics:\n  - name: page-views\n    partitions: 3\n    retention: 1d\n";
        let topics = parse(yaml, true).unwrap();
        assert_eq!(topics[0].configs["retention.ms"], "86400000");
    }

    #[test]
    fn errors_name_the_line() {
        let err = parse("[[topics]]\nname = \"a\"\npartitons = 3\n", false).unwrap_err();
        assert!(err.starts_with("line 3:"), "{err}");
        let err = parse("topics:\n  - name: a\n    bogus: 1\n", true).unwrap_err();
        assert!(
            err.starts_with("line 3:") || err.starts_with("line 2:"),
            "{err}"
        );
    }

    #[test]
    fn errors_name_the_topic() {
        let err = parse("[[topics]]\nname = \"a\"\nretention = \"soon\"\n", false).unwrap_err();
        assert!(
            err.starts_with("topic 'a':") && err.contains("'soon'"),
            "{err}"
        );
        let err = parse("[[topics]]\nname = \"a\"\npartitions = 0\n", false).unwrap_err();
        assert!(err.contains("at least 1"), "{err}");
        let err = parse(
            "[[topics]]\nname = \"a\"\n[[topics]]\nname = \"a\"\n",
            false,
        )
        .unwrap_err();
        assert!(err.contains("declared twice"), "{err}");
        let err = parse(
            "[[topics]]\nname = \"a\"\n[topics.config]\n\"retention.msx\" = 1\n",
            false,
        )
        .unwrap_err();
        assert!(err.contains("unknown topic config"), "{err}");
        assert!(parse("", false).unwrap_err().contains("no topics"));
    }

    #[test]
    fn shipped_example_parses() {
        let text = include_str!("../../docs/examples/analytics-topics.toml");
        let topics = parse(text, false).unwrap();
        let names: Vec<&str> = topics.iter().map(|topic| topic.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "user-events",
                "page-views",
                "analytics-events",
                "error-events"
            ]
        );
        assert_eq!(topics[0].configs["retention.ms"], "604800000");
        assert_eq!(topics[0].configs["compression.type"], "gzip");
        assert_eq!(topics[1].configs["retention.ms"], "86400000");
        assert_eq!(topics[2].configs["cleanup.policy"], "compact");
        assert_eq!(topics[3].partitions, Some(1));
    }

    /// Found by the fuzzer (CI, topic_spec): a config key longer than YAML's 1024-character cap
    /// on implicit keys. Written as an explicit key, YAML means what TOML means.
    #[test]
    fn long_config_keys_mean_the_same_in_toml_and_yaml() {
        let key = format!("#{}s:\\n  - name", "\\u0000".repeat(200));
        let toml = format!("[[topics]]\nname = \"zstd\"\n[topics.config]\n\"{key}\" = true\n");
        let explicit =
            format!("topics:\n  - name: zstd\n    config:\n      ? \"{key}\"\n      : true\n");
        let from_toml = parse_with(&toml, false, true).unwrap();
        assert_eq!(parse_with(&explicit, true, true).unwrap(), from_toml);
        assert_eq!(
            from_toml[0].configs.keys().next().unwrap().len(),
            1 + 200 + 11
        );
        let implicit = explicit.replace("? ", "").replace("\n      : ", ": ");
        assert!(parse_with(&implicit, true, true).is_err());
    }

    /// Found by the fuzzer: TOML took `nan` as the config value "NaN" where YAML refuses `.nan`.
    #[test]
    fn non_finite_config_values_are_refused_in_both_formats() {
        for value in ["nan", "inf", "-inf"] {
            let toml = format!("[[topics]]\nname = \"a\"\n[topics.config]\n\"x.y\" = {value}\n");
            let err = parse_with(&toml, false, true).unwrap_err();
            assert!(
                err.contains("config 'x.y'") && err.contains("not a finite number"),
                "{err}"
            );
            let yaml = format!("topics:\n  - name: a\n    config:\n      x.y: .{value}\n")
                .replace(".-", "-.");
            assert!(parse_with(&yaml, true, true).is_err(), "{yaml}");
        }
    }
}

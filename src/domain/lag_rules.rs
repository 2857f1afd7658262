//! Lag rules (`--rules FILE`): one TOML table per rule, the first whose `groups` regex matches a
//! group's whole name applies to it. `kan lag` (exit 5) and `kan lag serve` (metrics,
//! notifications) read the same file, so CI and the service share one definition.
//!
//! ```toml
//! [[rule]]
//! groups = "analytics|billing-.*"   # regex on the whole group name
//! max_lag = 10000                   # total messages behind
//! max_time_lag = "1m"               # any partition's next unread record older than this
//! status_not_in = ["OK", "WARN"]    # optional: other statuses breach (judged over a window)
//! ```
//!
//! Every error names the file, the line and the key.

use regex::Regex;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::group_select::anchored;
use super::lag::{check_thresholds, Breach, GroupLag, Measure, Thresholds};
use super::lag_trend::Status;
use super::units::parse_duration;

/// The rules of one file, in order.
#[derive(Debug, Clone)]
pub struct Rules {
    rules: Vec<Rule>,
}

/// One rule.
#[derive(Debug, Clone)]
pub struct Rule {
    /// 1-based position in the file.
    pub number: usize,
    /// The `groups` pattern as written.
    pub groups: String,
    regex: Regex,
    pub max_lag: Option<i64>,
    pub max_time_lag_ms: Option<i64>,
    /// Statuses that do not breach; `None`: status is not judged.
    pub status_not_in: Option<Vec<Status>>,
}

impl Rule {
    /// The message limits, as `kan lag --max-lag` / `--max-time-lag` would set them.
    pub fn thresholds(&self) -> Thresholds {
        Thresholds {
            max_lag: self.max_lag,
            per_partition: false,
            max_time_lag_ms: self.max_time_lag_ms,
        }
    }

    /// Whether `status` breaches `status_not_in`. UNKNOWN (too few reads, or a one-shot `kan
    /// lag`, which has no window) never does.
    pub fn status_breached(&self, status: Status) -> bool {
        status != Status::Unknown
            && self
                .status_not_in
                .as_ref()
                .is_some_and(|allowed| !allowed.contains(&status))
    }
}

impl Rules {
    /// The first rule whose pattern matches the whole group name.
    pub fn matching(&self, group: &str) -> Option<&Rule> {
        self.rules.iter().find(|rule| rule.regex.is_match(group))
    }

    pub fn len(&self) -> usize {
        self.rules.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

/// What the rule that applies to a group says about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// The rule's 1-based position in the file.
    pub rule: usize,
    /// Its `groups` pattern.
    pub groups: String,
    /// True when any of its limits is breached.
    pub breached: bool,
    /// True when the status is not in `status_not_in`.
    pub status_breached: bool,
}

/// Judges one group by the first rule that matches it (marking its breaching partitions):
/// its breaches, and the verdict (`None` when no rule matches). `status` is the group's status
/// over the window, when there is one.
pub fn judge(
    rules: &Rules,
    group: &mut GroupLag,
    status: Option<Status>,
) -> (Vec<Breach>, Option<Verdict>) {
    let Some(rule) = rules.matching(&group.group) else {
        return (Vec::new(), None);
    };
    let mut breaches = check_thresholds(std::slice::from_mut(group), &rule.thresholds());
    for breach in &mut breaches {
        breach.rule = Some(rule.number);
    }
    let status_breached = status.is_some_and(|status| rule.status_breached(status));
    if let (true, Some(status), Some(allowed)) = (status_breached, status, &rule.status_not_in) {
        breaches.push(Breach {
            group: group.group.clone(),
            topic: None,
            partition: None,
            measure: Measure::Status {
                status,
                allowed: allowed.clone(),
            },
            rule: Some(rule.number),
        });
    }
    let verdict = Verdict {
        rule: rule.number,
        groups: rule.groups.clone(),
        breached: status_breached || !breaches.is_empty(),
        status_breached,
    };
    (breaches, Some(verdict))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    rule: Vec<RawRule>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    groups: Spanned<String>,
    max_lag: Option<Spanned<i64>>,
    max_time_lag: Option<Spanned<String>>,
    status_not_in: Option<Spanned<Vec<String>>>,
}

/// Parses a rules file; `file` names it in errors (`FILE:LINE: KEY: what is wrong`).
pub fn parse(text: &str, file: &str) -> Result<Rules, String> {
    let at = |offset: usize, key: &str, message: &str| {
        let line = text[..offset.min(text.len())].matches('\n').count() + 1;
        format!("{file}:{line}: {key}: {message}")
    };
    let raw: RawFile = toml::from_str(text).map_err(|err| {
        let message = err
            .message()
            .lines()
            .next()
            .unwrap_or("invalid TOML")
            .to_string();
        match err.span() {
            Some(span) => at(span.start, &key_on_line(text, span.start), &message),
            None => format!("{file}: {message}"),
        }
    })?;
    if raw.rule.is_empty() {
        return Err(format!(
            "{file}: no rules (expected [[rule]] tables with groups = \"REGEX\")"
        ));
    }
    let mut rules = Vec::with_capacity(raw.rule.len());
    for (index, entry) in raw.rule.into_iter().enumerate() {
        let groups_at = entry.groups.span().start;
        let regex = anchored(entry.groups.get_ref())
            .map_err(|err| at(groups_at, "groups", &format!("invalid regex: {err}")))?;
        let max_lag = match entry.max_lag {
            Some(limit) if *limit.get_ref() < 0 => {
                return Err(at(limit.span().start, "max_lag", "must be 0 or more"))
            }
            other => other.map(Spanned::into_inner),
        };
        let max_time_lag_ms = entry
            .max_time_lag
            .map(|text| {
                parse_duration(text.get_ref())
                    .map(|limit| i64::try_from(limit.as_millis()).unwrap_or(i64::MAX))
                    .map_err(|err| at(text.span().start, "max_time_lag", &err))
            })
            .transpose()?;
        let status_not_in = entry
            .status_not_in
            .map(|list| {
                let start = list.span().start;
                list.into_inner()
                    .iter()
                    .map(|name| {
                        Status::named(name).ok_or_else(|| {
                            at(start, "status_not_in", &format!(
                                "unknown status '{name}' (expected OK, WARN, STALL, STOP, REWIND or UNKNOWN)"
                            ))
                        })
                    })
                    .collect::<Result<Vec<Status>, String>>()
            })
            .transpose()?;
        if max_lag.is_none() && max_time_lag_ms.is_none() && status_not_in.is_none() {
            return Err(at(
                groups_at,
                "groups",
                "this rule sets no limit (max_lag, max_time_lag or status_not_in)",
            ));
        }
        rules.push(Rule {
            number: index + 1,
            groups: entry.groups.into_inner(),
            regex,
            max_lag,
            max_time_lag_ms,
            status_not_in,
        });
    }
    Ok(Rules { rules })
}

/// The key written on the line holding `offset` (`max_lag = "x"` → `max_lag`), or the table
/// header's name.
fn key_on_line(text: &str, offset: usize) -> String {
    let offset = offset.min(text.len());
    let start = text[..offset].rfind('\n').map_or(0, |at| at + 1);
    let line = text[start..].lines().next().unwrap_or("").trim();
    match line.split_once('=') {
        Some((key, _)) => key.trim().trim_matches('"').to_string(),
        None => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
[[rule]]
groups = "analytics|billing-.*"
max_lag = 10000
max_time_lag = "1m"
status_not_in = ["OK", "WARN"]

[[rule]]
groups = ".*"
max_lag = 100
"#;

    #[test]
    fn first_match_wins() {
        let rules = parse(FILE, "rules.toml").unwrap();
        assert_eq!(rules.len(), 2);
        let rule = rules.matching("billing-eu").unwrap();
        assert_eq!(rule.number, 1);
        assert_eq!(rule.thresholds().max_lag, Some(10_000));
        assert_eq!(rule.thresholds().max_time_lag_ms, Some(60_000));
        assert!(rule.status_breached(Status::Stall));
        assert!(!rule.status_breached(Status::Warn));
        assert!(!rule.status_breached(Status::Unknown));
        // Anchored: analytics-dev falls through to the catch-all.
        assert_eq!(rules.matching("analytics-dev").unwrap().number, 2);
        assert!(!rules.matching("x").unwrap().status_breached(Status::Stop));
    }

    #[test]
    fn judging_marks_breaches_with_the_rule() {
        use crate::domain::group::GroupState;
        use crate::domain::lag::{group_lag, PartitionOffsets};
        let rules = parse(FILE, "rules.toml").unwrap();
        let offsets = PartitionOffsets {
            topic: "t".into(),
            partition: 0,
            committed: Some(0),
            log_start: 0,
            log_end: 150,
            next_record_timestamp_ms: None,
            only_markers_remain: false,
            owner: None,
        };
        let mut group = group_lag(
            "other",
            GroupState::Empty,
            0,
            std::slice::from_ref(&offsets),
            0,
        );
        let (breaches, verdict) = judge(&rules, &mut group, Some(Status::Stop));
        assert_eq!(breaches.len(), 1);
        assert_eq!(breaches[0].rule, Some(2));
        assert!(matches!(
            breaches[0].measure,
            Measure::Lag { value: 150, .. }
        ));
        let verdict = verdict.unwrap();
        assert!(verdict.breached && !verdict.status_breached);
        assert!(group.topics[0].partitions[0].breach);

        let mut group = group_lag("analytics", GroupState::Empty, 0, &[offsets], 0);
        let (breaches, verdict) = judge(&rules, &mut group, Some(Status::Stop));
        assert!(verdict.unwrap().status_breached);
        // A status breach is listed with the others, so a script reading `breaches[]` sees it.
        assert_eq!(breaches.len(), 1);
        assert_eq!(
            serde_json::to_value(&breaches[0]).unwrap(),
            serde_json::json!({"group": "analytics", "topic": null, "partition": null,
                "metric": "status", "status": "STOP", "allowed": ["OK", "WARN"], "rule": 1})
        );
        let (_, verdict) = judge(&rules, &mut group, None);
        assert!(!verdict.unwrap().breached, "no status, no status breach");
    }

    #[test]
    fn errors_name_the_file_line_and_key() {
        let cases = [
            (
                "[[rule]]\ngroups = \"a\"\nmax_lag = \"many\"\n",
                "r.toml:3: max_lag: ",
            ),
            (
                "[[rule]]\ngroups = \"a\"\nmax_lagg = 5\n",
                "r.toml:3: max_lagg: unknown field",
            ),
            (
                "[[rule]]\ngroups = \"a(\"\nmax_lag = 5\n",
                "r.toml:2: groups: invalid regex",
            ),
            (
                "[[rule]]\ngroups = \"a\"\nmax_time_lag = \"soon\"\n",
                "r.toml:3: max_time_lag: invalid duration",
            ),
            (
                "[[rule]]\ngroups = \"a\"\nmax_lag = -1\n",
                "r.toml:3: max_lag: must be 0 or more",
            ),
            (
                "[[rule]]\ngroups = \"a\"\nstatus_not_in = [\"FINE\"]\n",
                "r.toml:3: status_not_in: unknown status 'FINE'",
            ),
            (
                "[[rule]]\n\ngroups = \"a\"\n",
                "r.toml:3: groups: this rule sets no limit",
            ),
            (
                "[[rule]]\nmax_lag = 1\n",
                "r.toml:1: [[rule]]: missing field `groups`",
            ),
            ("", "r.toml: no rules"),
        ];
        for (text, expected) in cases {
            let err = parse(text, "r.toml").unwrap_err();
            assert!(err.starts_with(expected), "{text:?}: {err}");
            assert!(!err.contains('\n'), "{err}");
        }
    }
}

//! Which consumer groups `kan lag --group-pattern` and `kan lag serve` follow: regexes that
//! include (`analytics|billing-.*`) and exclude (`!test-.*`) group names.
//!
//! Each pattern must match the whole name (it is anchored), so `analytics` does not also
//! select `analytics-dev`. With no include pattern every group is included; a group matching
//! any exclude pattern is left out.

use regex::Regex;

/// Include and exclude patterns, compiled.
#[derive(Debug, Clone, Default)]
pub struct GroupSelection {
    include: Vec<Regex>,
    exclude: Vec<Regex>,
}

impl GroupSelection {
    /// Every group.
    pub fn all() -> Self {
        GroupSelection::default()
    }

    /// Compiles patterns; a leading `!` makes one an exclusion. The error names the pattern.
    pub fn parse<S: AsRef<str>>(patterns: &[S]) -> Result<Self, String> {
        let mut selection = GroupSelection::default();
        for pattern in patterns {
            let pattern = pattern.as_ref();
            let (excluded, text) = match pattern.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, pattern),
            };
            let regex = anchored(text)
                .map_err(|err| format!("invalid --group-pattern '{pattern}': {err}"))?;
            if excluded {
                selection.exclude.push(regex);
            } else {
                selection.include.push(regex);
            }
        }
        Ok(selection)
    }

    /// Whether a group is selected.
    pub fn matches(&self, group: &str) -> bool {
        (self.include.is_empty() || self.include.iter().any(|regex| regex.is_match(group)))
            && !self.exclude.iter().any(|regex| regex.is_match(group))
    }
}

/// A regex that must match a whole name. The error is regex's own first line (its full
/// message spans several lines, with a caret under the fault).
pub fn anchored(pattern: &str) -> Result<Regex, String> {
    Regex::new(&format!("^(?:{pattern})$")).map_err(|err| match err {
        regex::Error::Syntax(text) => text
            .lines()
            .rev()
            .find(|line| line.starts_with("error:"))
            .map_or_else(|| "invalid regex".to_string(), |line| line[7..].to_string()),
        other => other.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_pattern_selects_every_group() {
        assert!(GroupSelection::all().matches("anything"));
        assert!(GroupSelection::parse::<&str>(&[]).unwrap().matches("x"));
    }

    #[test]
    fn includes_are_anchored_and_excludes_win() {
        let selection = GroupSelection::parse(&["analytics|billing-.*", "!billing-test"]).unwrap();
        assert!(selection.matches("analytics"));
        assert!(!selection.matches("analytics-dev"), "anchored");
        assert!(selection.matches("billing-eu"));
        assert!(!selection.matches("billing-test"), "excluded");
        assert!(!selection.matches("other"));
    }

    #[test]
    fn only_excludes_keep_everything_else() {
        let selection = GroupSelection::parse(&["!kan-.*"]).unwrap();
        assert!(selection.matches("analytics"));
        assert!(!selection.matches("kan-watch-analytics"));
    }

    #[test]
    fn a_bad_regex_is_one_line_naming_the_pattern() {
        let err = GroupSelection::parse(&["ok", "!bad("]).unwrap_err();
        assert!(
            err.starts_with("invalid --group-pattern '!bad(': "),
            "{err}"
        );
        assert!(!err.contains('\n'), "{err}");
    }
}

//! The Schema Registry's compatibility levels: which changes a subject's next version may make.

use serde::{Deserialize, Serialize};

/// A compatibility level, with the registry's own names (`BACKWARD_TRANSITIVE`…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Compatibility {
    /// A new version can read what the previous one wrote.
    Backward,
    /// … what every earlier version wrote.
    BackwardTransitive,
    /// The previous version can read what a new one writes.
    Forward,
    /// … every earlier version can.
    ForwardTransitive,
    /// Both backward and forward, against the previous version.
    Full,
    /// Both, against every earlier version.
    FullTransitive,
    /// No check.
    None,
}

impl Compatibility {
    pub const ALL: [Compatibility; 7] = [
        Compatibility::Backward,
        Compatibility::BackwardTransitive,
        Compatibility::Forward,
        Compatibility::ForwardTransitive,
        Compatibility::Full,
        Compatibility::FullTransitive,
        Compatibility::None,
    ];

    /// The registry's name for the level.
    pub fn as_str(self) -> &'static str {
        match self {
            Compatibility::Backward => "BACKWARD",
            Compatibility::BackwardTransitive => "BACKWARD_TRANSITIVE",
            Compatibility::Forward => "FORWARD",
            Compatibility::ForwardTransitive => "FORWARD_TRANSITIVE",
            Compatibility::Full => "FULL",
            Compatibility::FullTransitive => "FULL_TRANSITIVE",
            Compatibility::None => "NONE",
        }
    }

    /// The level the registry names `text` (its names, any case).
    pub fn parse(text: &str) -> Option<Compatibility> {
        Compatibility::ALL
            .into_iter()
            .find(|level| level.as_str().eq_ignore_ascii_case(text))
    }
}

impl std::fmt::Display for Compatibility {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_round_trip_through_the_registrys_names() {
        for level in Compatibility::ALL {
            assert_eq!(Compatibility::parse(level.as_str()), Some(level));
            let json = serde_json::to_string(&level).unwrap();
            assert_eq!(json, format!("\"{}\"", level.as_str()));
            assert_eq!(serde_json::from_str::<Compatibility>(&json).unwrap(), level);
        }
        assert_eq!(
            Compatibility::parse("full_transitive"),
            Some(Compatibility::FullTransitive)
        );
        assert_eq!(Compatibility::parse("SOMETIMES"), None);
    }
}

//! SCRAM users as `kan users` reports and changes them: mechanisms, iteration limits, and what
//! a create or delete did (the JSON shapes of `kan users … -o json`).

use std::fmt;

use serde::Serialize;

/// Kafka's lower bound on SCRAM iterations (and kan's default).
pub const MIN_ITERATIONS: i32 = 4096;
/// Kafka's upper bound on SCRAM iterations.
pub const MAX_ITERATIONS: i32 = 16384;

/// A SCRAM mechanism a credential is stored for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum ScramMechanism {
    #[serde(rename = "SCRAM-SHA-256")]
    Sha256,
    #[serde(rename = "SCRAM-SHA-512")]
    Sha512,
}

impl ScramMechanism {
    /// Kafka's name for the mechanism.
    pub fn as_str(self) -> &'static str {
        match self {
            ScramMechanism::Sha256 => "SCRAM-SHA-256",
            ScramMechanism::Sha512 => "SCRAM-SHA-512",
        }
    }
}

impl fmt::Display for ScramMechanism {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Checks an iteration count against Kafka's limits (the broker refuses anything outside
/// them, so kan does before sending).
pub fn parse_iterations(text: &str) -> Result<i32, String> {
    let iterations: i32 = text
        .trim()
        .parse()
        .map_err(|_| format!("expected a whole number of iterations, got '{text}'"))?;
    if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&iterations) {
        return Err(format!(
            "{iterations} iterations is outside Kafka's limits ({MIN_ITERATIONS} to {MAX_ITERATIONS})"
        ));
    }
    Ok(iterations)
}

/// One stored credential of a user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Credential {
    /// `None`: a mechanism this kan does not know (a newer broker's).
    #[serde(serialize_with = "mechanism_or_unknown")]
    pub mechanism: Option<ScramMechanism>,
    pub iterations: i32,
}

fn mechanism_or_unknown<S: serde::Serializer>(
    mechanism: &Option<ScramMechanism>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(mechanism.map_or("unknown", ScramMechanism::as_str))
}

/// A user and the SCRAM credentials the cluster stores for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScramUser {
    pub user: String,
    pub credentials: Vec<Credential>,
}

impl ScramUser {
    /// The known mechanisms the user has a credential for, in order.
    pub fn mechanisms(&self) -> Vec<ScramMechanism> {
        let mut mechanisms: Vec<ScramMechanism> = self
            .credentials
            .iter()
            .filter_map(|credential| credential.mechanism)
            .collect();
        mechanisms.sort_unstable();
        mechanisms.dedup();
        mechanisms
    }

    /// Whether the user has a credential for `mechanism`.
    pub fn has(&self, mechanism: ScramMechanism) -> bool {
        self.credentials
            .iter()
            .any(|credential| credential.mechanism == Some(mechanism))
    }
}

/// Sorts users by name and each user's credentials by mechanism (stable output).
pub fn sorted(mut users: Vec<ScramUser>) -> Vec<ScramUser> {
    users.sort_by(|a, b| a.user.cmp(&b.user));
    for user in &mut users {
        user.credentials
            .sort_by_key(|credential| credential.mechanism);
    }
    users
}

/// What a create did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UpsertStatus {
    /// The user had no credential for the mechanism.
    Created,
    /// The user's credential for the mechanism was replaced (a new password).
    Updated,
}

impl UpsertStatus {
    /// Created unless `existing` (the user as described before) already had `mechanism`.
    pub fn for_user(existing: Option<&ScramUser>, mechanism: ScramMechanism) -> Self {
        if existing.is_some_and(|user| user.has(mechanism)) {
            UpsertStatus::Updated
        } else {
            UpsertStatus::Created
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            UpsertStatus::Created => "created",
            UpsertStatus::Updated => "updated",
        }
    }
}

/// Which of a user's mechanisms a delete removes: the one asked for (an error naming what the
/// user has when it has not that one), or all of them.
pub fn mechanisms_to_delete(
    user: &ScramUser,
    asked: Option<ScramMechanism>,
) -> Result<Vec<ScramMechanism>, String> {
    let has = user.mechanisms();
    match asked {
        Some(mechanism) if has.contains(&mechanism) => Ok(vec![mechanism]),
        Some(mechanism) => Err(format!(
            "user '{}' has no {mechanism} credential (it has {})",
            user.user,
            names(&has)
        )),
        None if has.is_empty() => Err(format!("user '{}' has no SCRAM credentials", user.user)),
        None => Ok(has),
    }
}

/// `SCRAM-SHA-256, SCRAM-SHA-512`, or `none`.
pub fn names(mechanisms: &[ScramMechanism]) -> String {
    if mechanisms.is_empty() {
        return "none".into();
    }
    mechanisms
        .iter()
        .map(|mechanism| mechanism.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(mechanisms: &[ScramMechanism]) -> ScramUser {
        ScramUser {
            user: "svc".into(),
            credentials: mechanisms
                .iter()
                .map(|&mechanism| Credential {
                    mechanism: Some(mechanism),
                    iterations: 4096,
                })
                .collect(),
        }
    }

    #[test]
    fn iterations_within_kafkas_limits_only() {
        assert_eq!(parse_iterations("4096"), Ok(4096));
        assert_eq!(parse_iterations("16384"), Ok(16384));
        assert_eq!(parse_iterations(" 8192 "), Ok(8192));
        for bad in ["4095", "16385", "0", "-1"] {
            let message = parse_iterations(bad).unwrap_err();
            assert!(message.contains("4096 to 16384"), "{message}");
            assert!(message.contains(bad.trim_start_matches('-')), "{message}");
        }
        let message = parse_iterations("lots").unwrap_err();
        assert!(message.contains("'lots'"), "{message}");
    }

    #[test]
    fn created_or_updated_follows_the_mechanism() {
        use ScramMechanism::*;
        assert_eq!(UpsertStatus::for_user(None, Sha256), UpsertStatus::Created);
        let existing = user(&[Sha256]);
        assert_eq!(
            UpsertStatus::for_user(Some(&existing), Sha256),
            UpsertStatus::Updated
        );
        assert_eq!(
            UpsertStatus::for_user(Some(&existing), Sha512),
            UpsertStatus::Created
        );
    }

    #[test]
    fn delete_takes_the_asked_mechanism_or_all() {
        use ScramMechanism::*;
        let both = user(&[Sha512, Sha256]);
        assert_eq!(mechanisms_to_delete(&both, None), Ok(vec![Sha256, Sha512]));
        assert_eq!(mechanisms_to_delete(&both, Some(Sha512)), Ok(vec![Sha512]));
        let only = user(&[Sha256]);
        let message = mechanisms_to_delete(&only, Some(Sha512)).unwrap_err();
        assert_eq!(
            message,
            "user 'svc' has no SCRAM-SHA-512 credential (it has SCRAM-SHA-256)"
        );
        let none = user(&[]);
        assert_eq!(
            mechanisms_to_delete(&none, None).unwrap_err(),
            "user 'svc' has no SCRAM credentials"
        );
    }

    #[test]
    fn users_sort_by_name_and_unknown_mechanisms_say_so() {
        let listed = sorted(vec![
            ScramUser {
                user: "b".into(),
                credentials: vec![
                    Credential {
                        mechanism: Some(ScramMechanism::Sha512),
                        iterations: 8192,
                    },
                    Credential {
                        mechanism: None,
                        iterations: 4096,
                    },
                ],
            },
            user(&[ScramMechanism::Sha256]),
        ]);
        assert_eq!(listed[0].user, "b");
        let json = serde_json::to_value(&listed[0]).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"user": "b", "credentials": [
                {"mechanism": "unknown", "iterations": 4096},
                {"mechanism": "SCRAM-SHA-512", "iterations": 8192},
            ]})
        );
        assert_eq!(listed[0].mechanisms(), vec![ScramMechanism::Sha512]);
    }
}

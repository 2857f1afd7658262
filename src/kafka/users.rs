//! SCRAM users for `kan users`: describe, upsert and delete credentials through the
//! [`native`](super::native) wrappers (rust-rdkafka has no KIP-554 calls).

use rdkafka::types::RDKafkaErrorCode;

use super::admin::Admin;
use super::errors::is_authorization;
use super::native::{self, ItemError, ScramAlteration, UserDescription};
use crate::domain::users::{Credential, ScramMechanism, ScramUser};
use crate::error::KanError;
use crate::settings::Secret;

impl Admin {
    /// Every user with SCRAM credentials, as the cluster describes them.
    pub fn scram_users(&self) -> Result<Vec<ScramUser>, KanError> {
        self.describe_scram(&[])?
            .into_iter()
            .map(|description| match description.result {
                Ok(credentials) => Ok(user(description.user, credentials)),
                Err(err) => Err(scram_error(&description.user, &err)),
            })
            .collect()
    }

    /// One user's credentials; `None` when it has none (Kafka answers `RESOURCE_NOT_FOUND`;
    /// a broker may also leave the user out of its answer).
    pub fn scram_user(&self, name: &str) -> Result<Option<ScramUser>, KanError> {
        let described = self.describe_scram(&[name.to_string()])?;
        let Some(description) = described.into_iter().find(|d| d.user == name) else {
            return Ok(None);
        };
        match description.result {
            Ok(credentials) => Ok(Some(user(description.user, credentials))),
            Err(err) if err.code == RDKafkaErrorCode::ResourceNotFound => Ok(None),
            Err(err) => Err(scram_error(name, &err)),
        }
    }

    fn describe_scram(&self, users: &[String]) -> Result<Vec<UserDescription>, KanError> {
        tokio::task::block_in_place(|| {
            native::describe_user_scram_credentials(self.client(), users, self.timeout())
        })
        .map_err(|err| self.context().native("describe SCRAM users", &err))
    }

    /// Creates or replaces the user's credential for `mechanism` (a random salt; only the
    /// salted password is sent). An error never contains the password.
    pub fn upsert_scram(
        &self,
        name: &str,
        mechanism: ScramMechanism,
        iterations: i32,
        password: &Secret,
    ) -> Result<(), KanError> {
        let alteration = ScramAlteration::Upsert {
            user: name,
            mechanism,
            iterations,
            password: password.expose().as_bytes(),
        };
        let answers = self.alter_scram(&[alteration], &format!("set the password of '{name}'"))?;
        answers
            .into_iter()
            .find_map(Result::err)
            .map_or(Ok(()), |err| Err(scram_error(name, &err)))
    }

    /// Deletes the user's credentials for `mechanisms` in one request; the broker's answers for
    /// the user (one in all from Kafka, one per mechanism from some brokers).
    pub fn delete_scram(
        &self,
        name: &str,
        mechanisms: &[ScramMechanism],
    ) -> Result<Vec<Result<(), ItemError>>, KanError> {
        let alterations: Vec<ScramAlteration<'_>> = mechanisms
            .iter()
            .map(|&mechanism| ScramAlteration::Delete {
                user: name,
                mechanism,
            })
            .collect();
        self.alter_scram(&alterations, &format!("delete user '{name}'"))
    }

    /// Sends alterations of one user; the answers for that user (a response without any is
    /// an error: nothing says the change was made).
    fn alter_scram(
        &self,
        alterations: &[ScramAlteration<'_>],
        what: &str,
    ) -> Result<Vec<Result<(), ItemError>>, KanError> {
        let answers = tokio::task::block_in_place(|| {
            native::alter_user_scram_credentials(self.client(), alterations, self.timeout())
        })
        .map_err(|err| self.context().native(what, &err))?;
        let user = match alterations.first() {
            Some(ScramAlteration::Upsert { user, .. } | ScramAlteration::Delete { user, .. }) => {
                *user
            }
            None => return Ok(Vec::new()),
        };
        let mine: Vec<Result<(), ItemError>> = answers
            .into_iter()
            .filter(|(answered, _)| answered == user)
            .map(|(_, result)| result)
            .collect();
        if mine.is_empty() {
            return Err(KanError::kafka(format!(
                "cannot {what}: the broker's answer does not mention the user"
            )));
        }
        Ok(mine)
    }
}

fn user(name: String, credentials: Vec<native::ScramCredential>) -> ScramUser {
    ScramUser {
        user: name,
        credentials: credentials
            .into_iter()
            .map(|credential| Credential {
                mechanism: credential.mechanism,
                iterations: credential.iterations,
            })
            .collect(),
    }
}

/// A per-user error's exit class: no such credential is "not found" (exit 4), everything else
/// the broker refused is a Kafka error (exit 3).
pub fn scram_error(name: &str, err: &ItemError) -> KanError {
    match err.code {
        RDKafkaErrorCode::ResourceNotFound => {
            KanError::not_found(format!("user '{name}': {}", err.message))
        }
        RDKafkaErrorCode::UnacceptableCredential => KanError::kafka(format!(
            "the broker refused the credential for user '{name}': {}",
            err.message
        )),
        RDKafkaErrorCode::UnsupportedVersion
        | RDKafkaErrorCode::UnsupportedFeature
        | RDKafkaErrorCode::UnsupportedSASLMechanism => KanError::kafka(format!(
            "user '{name}': the broker does not support this ({})",
            err.message
        )),
        code if is_authorization(code) => {
            KanError::kafka(format!("user '{name}': not authorized ({})", err.message))
        }
        _ => KanError::kafka(format!("user '{name}': {}", err.message)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exit::Exit;

    fn item(code: RDKafkaErrorCode, message: &str) -> ItemError {
        ItemError {
            code,
            message: message.into(),
        }
    }

    #[test]
    fn per_user_errors_map_to_exit_classes() {
        let gone = scram_error(
            "svc",
            &item(RDKafkaErrorCode::ResourceNotFound, "no such credential"),
        );
        assert_eq!(gone.exit(), Exit::NotFound);
        assert_eq!(gone.to_string(), "user 'svc': no such credential");

        let refused = scram_error(
            "svc",
            &item(
                RDKafkaErrorCode::UnacceptableCredential,
                "too few iterations",
            ),
        );
        assert_eq!(refused.exit(), Exit::Kafka);
        assert!(refused.to_string().contains("refused"), "{refused}");

        let denied = scram_error(
            "svc",
            &item(RDKafkaErrorCode::ClusterAuthorizationFailed, "denied"),
        );
        assert_eq!(denied.exit(), Exit::Kafka);
        assert!(denied.to_string().contains("not authorized"), "{denied}");

        let unsupported = scram_error(
            "svc",
            &item(RDKafkaErrorCode::UnsupportedVersion, "sqlite only"),
        );
        assert_eq!(unsupported.exit(), Exit::Kafka);
        assert!(
            unsupported.to_string().contains("does not support"),
            "{unsupported}"
        );
    }
}

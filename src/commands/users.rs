//! `kan users list|create|delete`: SCRAM credentials. The password of `create` comes from
//! `KAN_NEW_USER_PASSWORD` or a hidden prompt (twice), never from a flag, and is never printed.

use crate::cli::UsersCommand;
use crate::commands::outcome;
use crate::domain::users::{self, ScramMechanism, UpsertStatus};
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::kafka::native::ItemError;
use crate::kafka::users::scram_error;
use crate::kafka::Admin;
use crate::render::users::{DeleteStatus, UserDeleteView, UserUpsertView, UsersListView};
use crate::render::Output;
use crate::settings::{self, Secret, Settings, NEW_USER_PASSWORD_ENV};
use crate::terminal::{self, prompt};

pub fn run(settings: &Settings, output: &Output, command: UsersCommand) -> Result<Exit> {
    match command {
        UsersCommand::List => {
            let admin = Admin::connect(&settings.connection)?;
            let users = users::sorted(admin.scram_users()?);
            output.emit(&UsersListView { users })?;
            Ok(Exit::Success)
        }
        UsersCommand::Create {
            user,
            mechanism,
            iterations,
        } => {
            let mechanism = mechanism_or_ask(mechanism)?;
            let password = new_password(&user)?;
            let admin = Admin::connect(&settings.connection)?;
            create(output, &admin, &user, mechanism, iterations, &password)
        }
        UsersCommand::Delete { user, mechanism } => {
            let admin = Admin::connect(&settings.connection)?;
            delete(settings, output, &admin, &user, mechanism)
        }
    }
}

/// The mechanism given, or one asked for on a terminal.
fn mechanism_or_ask(mechanism: Option<ScramMechanism>) -> Result<ScramMechanism, KanError> {
    if let Some(mechanism) = mechanism {
        return Ok(mechanism);
    }
    if !terminal::interactive() {
        return Err(prompt::missing("--mechanism scram-sha-256|scram-sha-512"));
    }
    let choices = [ScramMechanism::Sha256, ScramMechanism::Sha512];
    let index = prompt::given(prompt::select(
        "SCRAM mechanism",
        choices.iter().map(|m| m.as_str()).collect(),
        0,
    )?)?;
    Ok(choices[index])
}

/// The new password: `KAN_NEW_USER_PASSWORD`, else asked twice on a terminal.
fn new_password(user: &str) -> Result<Secret, KanError> {
    if let Some(password) = settings::new_user_password()? {
        return Ok(password);
    }
    if !terminal::interactive() {
        let why = if terminal::no_input() {
            "prompts are off (--no-input)"
        } else {
            "there is no terminal to ask on"
        };
        return Err(KanError::usage(format!(
            "no password for user '{user}': set {NEW_USER_PASSWORD_ENV} ({why}; a password is never a flag)"
        )));
    }
    prompt::prompt_new_secret(&format!("New password for {user}")).map(Secret::new)
}

fn create(
    output: &Output,
    admin: &Admin,
    user: &str,
    mechanism: ScramMechanism,
    iterations: i32,
    password: &Secret,
) -> Result<Exit> {
    let existing = admin.scram_user(user)?;
    let status = UpsertStatus::for_user(existing.as_ref(), mechanism);
    admin.upsert_scram(user, mechanism, iterations, password)?;
    output.emit(&UserUpsertView {
        user: user.to_string(),
        mechanism,
        iterations,
        status,
    })?;
    Ok(Exit::Success)
}

fn delete(
    settings: &Settings,
    output: &Output,
    admin: &Admin,
    user: &str,
    mechanism: Option<ScramMechanism>,
) -> Result<Exit> {
    let Some(existing) = admin.scram_user(user)? else {
        return Err(KanError::not_found(format!("user '{user}' has no SCRAM credentials")).into());
    };
    let mechanisms =
        users::mechanisms_to_delete(&existing, mechanism).map_err(KanError::not_found)?;
    let question = format!(
        "delete the {} credential{} of user '{user}'",
        users::names(&mechanisms),
        if mechanisms.len() == 1 { "" } else { "s" }
    );
    if !terminal::confirm_destructive(&question, settings.yes)? {
        return Err(KanError::usage("aborted: nothing was deleted").into());
    }
    let answers = admin.delete_scram(user, &mechanisms)?;
    let total = answers.len();
    let (status, failures) = delete_outcome(user, &answers);
    output.emit(&UserDeleteView {
        user: user.to_string(),
        mechanisms,
        status,
        error: failures.first().map(ToString::to_string),
    })?;
    outcome(total, failures, "credential deletions")
}

/// What the broker's answers to a delete add up to, and the failures among them.
fn delete_outcome(user: &str, answers: &[Result<(), ItemError>]) -> (DeleteStatus, Vec<KanError>) {
    let failures: Vec<KanError> = answers
        .iter()
        .filter_map(|answer| answer.as_ref().err())
        .map(|err| scram_error(user, err))
        .collect();
    let status = match failures.len() {
        0 => DeleteStatus::Deleted,
        n if n == answers.len() => DeleteStatus::Failed,
        _ => DeleteStatus::Partial,
    };
    (status, failures)
}

#[cfg(test)]
mod tests {
    use rdkafka::types::RDKafkaErrorCode;

    use super::*;

    fn refused() -> Result<(), ItemError> {
        Err(ItemError {
            code: RDKafkaErrorCode::ResourceNotFound,
            message: "gone already".into(),
        })
    }

    #[test]
    fn delete_answers_add_up_to_one_status_and_exit() {
        let (status, failures) = delete_outcome("svc", &[Ok(()), Ok(())]);
        assert_eq!(status, DeleteStatus::Deleted);
        assert_eq!(outcome(2, failures, "x").unwrap(), Exit::Success);

        let (status, failures) = delete_outcome("svc", &[Ok(()), refused()]);
        assert_eq!(status, DeleteStatus::Partial);
        let err = outcome(2, failures, "credential deletions").unwrap_err();
        let err = err.downcast_ref::<KanError>().unwrap();
        assert_eq!(err.exit(), Exit::PartialFailure);
        assert!(err.to_string().contains("gone already"), "{err}");

        let (status, failures) = delete_outcome("svc", &[refused()]);
        assert_eq!(status, DeleteStatus::Failed);
        let err = outcome(1, failures, "x").unwrap_err();
        assert_eq!(
            err.downcast_ref::<KanError>().unwrap().exit(),
            Exit::NotFound
        );
    }
}

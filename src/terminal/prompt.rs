//! Questions on a terminal (inquire, on stderr): free text checked with the same parsers and
//! messages as the flags, lists that filter as you type, yes/no. Esc steps back (an
//! [`Answer::Back`]), Ctrl-C interrupts (exit 130, the terminal restored), a typo is said and
//! asked again. Callers ask only when [`super::interactive`] is true.
//!
//! inquire rather than dialoguer: dialoguer's free-text prompt cannot step back with Esc and
//! reports Ctrl-C as an I/O error, while inquire gives every kind of prompt the same Esc and
//! Ctrl-C behaviour.

use std::fmt::Display;

use inquire::validator::Validation;
use inquire::InquireError;

use crate::error::KanError;

/// What a question got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer<T> {
    Given(T),
    /// Esc: the person wants to step back.
    Back,
}

impl<T> Answer<T> {
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Answer<U> {
        match self {
            Answer::Given(value) => Answer::Given(f(value)),
            Answer::Back => Answer::Back,
        }
    }
}

/// A value a command asked for because it was missing: Esc gives up (nothing was done).
pub fn given<T>(answer: Answer<T>) -> Result<T, KanError> {
    match answer {
        Answer::Given(value) => Ok(value),
        Answer::Back => Err(KanError::usage("aborted: nothing was done")),
    }
}

/// The error for a required value that is missing where no one can be asked.
pub fn missing(what: &str) -> KanError {
    let why = if super::no_input() {
        "prompts are off (--no-input)"
    } else {
        "there is no terminal to ask on"
    };
    KanError::usage(format!("missing {what} (required; {why})"))
}

/// Lines of a list shown at once (the rest scroll; typing filters).
const PAGE: usize = 12;

fn answer<T>(result: Result<T, InquireError>, what: &str) -> Result<Answer<T>, KanError> {
    match result {
        Ok(value) => Ok(Answer::Given(value)),
        Err(InquireError::OperationCanceled) => Ok(Answer::Back),
        Err(InquireError::OperationInterrupted) => Err(KanError::Interrupted),
        Err(err) => Err(KanError::usage(format!("could not read {what}: {err}"))),
    }
}

/// Free text, checked by `parse` as it is submitted: its message is shown and the question
/// asked again until the text parses. `default` is offered (Enter takes it).
pub fn text<T>(
    question: &str,
    default: Option<&str>,
    help: Option<&str>,
    parse: impl Fn(&str) -> Result<T, String> + Clone + 'static,
) -> Result<Answer<T>, KanError> {
    let check = parse.clone();
    let mut prompt = inquire::Text::new(question).with_validator(move |input: &str| {
        Ok(match check(input) {
            Ok(_) => Validation::Valid,
            Err(message) => Validation::Invalid(message.into()),
        })
    });
    if let Some(default) = default {
        prompt = prompt.with_default(default);
    }
    if let Some(help) = help {
        prompt = prompt.with_help_message(help);
    }
    let given = answer(prompt.prompt(), question)?;
    Ok(match given {
        Answer::Given(text) => Answer::Given(parse(&text).map_err(KanError::usage)?),
        Answer::Back => Answer::Back,
    })
}

/// Text that must not be empty.
pub fn required(question: &str, help: Option<&str>) -> Result<Answer<String>, KanError> {
    text(question, None, help, |input: &str| {
        let input = input.trim();
        if input.is_empty() {
            Err("an answer is needed".to_string())
        } else {
            Ok(input.to_string())
        }
    })
}

/// One of `items` (typing filters the list); the index of the one chosen.
pub fn select<T: Display>(
    question: &str,
    items: Vec<T>,
    starting: usize,
) -> Result<Answer<usize>, KanError> {
    let prompt = inquire::Select::new(question, items)
        .with_page_size(PAGE)
        .with_starting_cursor(starting);
    Ok(answer(prompt.raw_prompt(), question)?.map(|chosen| chosen.index))
}

/// Yes or no.
pub fn confirm(question: &str, default: bool) -> Result<Answer<bool>, KanError> {
    let prompt = inquire::Confirm::new(question).with_default(default);
    answer(prompt.prompt(), question)
}

/// Asks for confirmation of a destructive action.
///
/// `--yes` confirms without asking. Without it, a terminal gets a yes/no prompt (default no; Esc
/// is no); without a terminal the action is refused with a usage error that says how to
/// confirm.
pub fn confirm_destructive(question: &str, yes: bool) -> Result<bool, KanError> {
    if yes {
        return Ok(true);
    }
    if !super::interactive() {
        return Err(KanError::usage(format!(
            "refusing to {question} without confirmation: no terminal to ask on; pass --yes"
        )));
    }
    Ok(confirm(&format!("{question}?"), false)? == Answer::Given(true))
}

/// Asks for a secret (never echoed). Only called when [`super::interactive`] is true.
pub fn prompt_secret(question: &str) -> Result<String, KanError> {
    let prompt = inquire::Password::new(question).without_confirmation();
    match answer(prompt.prompt(), question)? {
        Answer::Given(secret) => Ok(secret),
        Answer::Back => Err(KanError::usage(format!("no {question} given"))),
    }
}

/// Asks for a new secret twice (never echoed); a mismatch or an empty answer is said and asked
/// again. Only called when [`super::interactive`] is true.
pub fn prompt_new_secret(question: &str) -> Result<String, KanError> {
    let prompt = inquire::Password::new(question)
        .with_custom_confirmation_message("Again, to confirm:")
        .with_custom_confirmation_error_message("The two entries differ: try again")
        .with_validator(|input: &str| {
            Ok(if input.is_empty() {
                Validation::Invalid("a password is needed".into())
            } else {
                Validation::Valid
            })
        });
    match answer(prompt.prompt(), question)? {
        Answer::Given(secret) => Ok(secret),
        Answer::Back => Err(KanError::usage("aborted: nothing was done")),
    }
}

//! Everything that depends on whether a person is at the other end: TTY detection, colors,
//! prompts and confirmations. Without a terminal kan never prompts and never draws.

use std::io::IsTerminal;

use crate::error::KanError;

/// True when both stdin and stderr are terminals, so a prompt can be shown and answered.
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// True when stderr is a terminal (progress bars may be drawn).
pub fn interactive_stderr() -> bool {
    std::io::stderr().is_terminal()
}

/// True when stdout is a terminal (tables get borders and colors).
pub fn stdout_is_tty() -> bool {
    std::io::stdout().is_terminal()
}

/// Whether diagnostics on stderr may use color: a terminal, no `--no-color`, no `NO_COLOR`.
pub fn stderr_color(no_color_flag: bool) -> bool {
    !no_color_flag && color_allowed_by_env() && std::io::stderr().is_terminal()
}

/// Whether stdout tables may use color.
pub fn stdout_color(no_color_flag: bool) -> bool {
    !no_color_flag && color_allowed_by_env() && stdout_is_tty()
}

fn color_allowed_by_env() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
}

/// Prints one `error:` line on stderr.
pub fn print_error(message: &str, color: bool) {
    if color {
        eprintln!("\x1b[1;31merror:\x1b[0m {message}");
    } else {
        eprintln!("error: {message}");
    }
}

/// Prints one `warning:` line on stderr.
pub fn print_warning(message: &str, color: bool) {
    if color {
        eprintln!("\x1b[1;33mwarning:\x1b[0m {message}");
    } else {
        eprintln!("warning: {message}");
    }
}

/// Asks for confirmation of a destructive action.
///
/// `--yes` confirms without asking. Without it, a terminal gets a yes/no prompt (default no);
/// without a terminal the action is refused with a usage error that says how to confirm.
pub fn confirm_destructive(question: &str, yes: bool) -> Result<bool, KanError> {
    if yes {
        return Ok(true);
    }
    if !interactive() {
        return Err(KanError::usage(format!(
            "refusing to {question} without confirmation: no terminal to ask on; pass --yes"
        )));
    }
    dialoguer::Confirm::new()
        .with_prompt(format!("{question}?"))
        .default(false)
        .interact()
        .map_err(|err| KanError::usage(format!("could not read confirmation: {err}")))
}

/// Asks for a secret (never echoed). Only called when [`interactive`] is true.
pub fn prompt_secret(prompt: &str) -> Result<String, KanError> {
    dialoguer::Password::new()
        .with_prompt(prompt)
        .interact()
        .map_err(|err| KanError::usage(format!("could not read {prompt}: {err}")))
}

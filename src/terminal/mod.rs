//! Everything that depends on whether a person is at the other end: TTY detection, colors,
//! prompts and confirmations, keys in live views. Without a terminal (or with `--no-input`)
//! kan never prompts and never draws.

pub mod keys;
pub mod mode;
pub mod prompt;

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};

pub use prompt::{confirm_destructive, prompt_secret};

/// `--no-input` / `KAN_NO_INPUT`: never prompt, even on a terminal.
static NO_INPUT: AtomicBool = AtomicBool::new(false);

/// Turns every prompt and picker off (`--no-input`), for scripts that run under a terminal.
pub fn set_no_input(no_input: bool) {
    NO_INPUT.store(no_input, Ordering::Relaxed);
}

/// Whether prompts were turned off (`--no-input` / `KAN_NO_INPUT`).
pub fn no_input() -> bool {
    NO_INPUT.load(Ordering::Relaxed)
}

/// True when a prompt can be shown and answered: stdin and stderr are terminals and prompts
/// are not turned off with `--no-input`.
pub fn interactive() -> bool {
    !NO_INPUT.load(Ordering::Relaxed)
        && std::io::stdin().is_terminal()
        && std::io::stderr().is_terminal()
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

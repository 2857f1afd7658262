//! The terminal's mode as kan found it, put back on every way out: a normal exit, an error, a
//! second Ctrl-C that exits at once, a panic — whatever a prompt or a live view changed.
//!
//! Only the foreground process touches the mode: a `kan … &` in the background that set it
//! would be stopped by the terminal (SIGTTOU).

use std::sync::{Mutex, Once};

use rustix::termios::{self, OptionalActions, Termios};

static ORIGINAL: Mutex<Option<Termios>> = Mutex::new(None);

/// True when stdin is a terminal and this process is in its foreground.
pub fn foreground() -> bool {
    let stdin = std::io::stdin();
    match termios::tcgetpgrp(&stdin) {
        Ok(group) => group == rustix::process::getpgrp(),
        Err(_) => false,
    }
}

/// Remembers the mode to come back to (once, at start) and restores it on a panic.
pub fn remember() {
    if !foreground() {
        return;
    }
    if let (Ok(mode), Ok(mut original)) = (termios::tcgetattr(std::io::stdin()), ORIGINAL.lock()) {
        original.get_or_insert(mode);
    }
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}

/// Puts the remembered mode back (nothing when none was remembered, or in the background).
pub fn restore() {
    if !foreground() {
        return;
    }
    if let Ok(original) = ORIGINAL.lock() {
        if let Some(mode) = original.as_ref() {
            let _ = termios::tcsetattr(std::io::stdin(), OptionalActions::Now, mode);
        }
    }
}

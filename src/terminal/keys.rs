//! Keys in the live views (`watch analytics`, `watch topic`, `lag --watch`) on a terminal.
//!
//! While a view runs, the terminal reads keys as they are pressed, without echo. Only line
//! editing and echo are turned off: Ctrl-C still sends SIGINT (handled as everywhere else) and
//! output still turns `\n` into a new line, so tables print as they always do. The saved mode
//! comes back when the reader is dropped, on a panic, and before a second Ctrl-C exits at once.

use std::io::IsTerminal;
use std::os::fd::AsFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use rustix::event::{poll, PollFd, PollFlags, Timespec};
use rustix::termios::{self, LocalModes, OptionalActions, SpecialCodeIndex, Termios};

/// What a key asks a live view to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// `q`: stop as at the end (final report, commits, exit 0).
    Quit,
    /// Space: stop or resume redrawing (reading and committing go on).
    Pause,
    /// `?`: show or hide the keys.
    Help,
    /// Tab: the next set of tables.
    NextView,
    /// `+` / `-`: more or fewer rows in the top lists.
    More,
    Fewer,
}

impl Key {
    fn from_byte(byte: u8) -> Option<Key> {
        Some(match byte {
            b'q' | b'Q' => Key::Quit,
            b' ' => Key::Pause,
            b'?' | b'h' => Key::Help,
            b'\t' => Key::NextView,
            b'+' | b'=' => Key::More,
            b'-' | b'_' => Key::Fewer,
            _ => return None,
        })
    }
}

/// The one-line reminder a live view's header shows.
pub const HINT: &str = "q quit  space pause  tab tables  +/- rows  ? keys";

/// The mode to restore, while a reader has the terminal.
static SAVED: Mutex<Option<Termios>> = Mutex::new(None);

/// Puts the terminal back the way it was (no-op when no reader has it). Safe to call from any
/// exit path.
pub fn restore() {
    if let Ok(mut saved) = SAVED.lock() {
        if let Some(mode) = saved.take() {
            let _ = termios::tcsetattr(std::io::stdin(), OptionalActions::Now, &mode);
        }
    }
}

/// Reads keys on a thread of its own while it lives.
pub struct KeyReader {
    /// (In a mutex only so the reader can be held across an await.)
    keys: Mutex<Receiver<Key>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl KeyReader {
    /// Starts reading keys; `None` without a terminal on stdin and stdout, or with
    /// `--no-input`.
    pub fn start() -> Option<KeyReader> {
        if !super::interactive() || !std::io::stdout().is_terminal() || !super::mode::foreground() {
            return None;
        }
        let stdin = std::io::stdin();
        let saved = termios::tcgetattr(stdin.as_fd()).ok()?;
        let mut keyed = saved.clone();
        keyed.local_modes &= !(LocalModes::ICANON | LocalModes::ECHO);
        keyed.special_codes[SpecialCodeIndex::VMIN] = 1;
        keyed.special_codes[SpecialCodeIndex::VTIME] = 0;
        *SAVED.lock().ok()? = Some(saved);
        super::mode::remember();
        if termios::tcsetattr(stdin.as_fd(), OptionalActions::Now, &keyed).is_err() {
            restore();
            return None;
        }
        let (sender, keys) = channel();
        let stop = Arc::new(AtomicBool::new(false));
        let thread = std::thread::spawn({
            let stop = stop.clone();
            move || {
                let stdin = std::io::stdin();
                let mut buffer = [0u8; 64];
                while !stop.load(Ordering::Relaxed) {
                    // Waits a little at a time, so the reader stops promptly and never takes a
                    // key meant for whatever asks next.
                    let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
                    let wait = Timespec {
                        tv_sec: 0,
                        tv_nsec: 100_000_000,
                    };
                    if !matches!(poll(&mut fds, Some(&wait)), Ok(n) if n > 0) {
                        continue;
                    }
                    // Straight from the descriptor: std's buffered reader would keep keys that
                    // poll cannot see.
                    let Ok(read) = rustix::io::read(&stdin, &mut buffer) else {
                        return;
                    };
                    if read == 0 {
                        return;
                    }
                    for key in buffer[..read].iter().filter_map(|b| Key::from_byte(*b)) {
                        if sender.send(key).is_err() {
                            return;
                        }
                    }
                }
            }
        });
        Some(KeyReader {
            keys: Mutex::new(keys),
            stop,
            thread: Some(thread),
        })
    }

    /// The next key pressed, if any (never waits).
    pub fn next(&self) -> Option<Key> {
        self.keys.lock().ok()?.try_recv().ok()
    }
}

impl Drop for KeyReader {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        restore();
    }
}

/// The terminal's size (columns, rows), when stdout is one.
pub fn size() -> Option<(usize, usize)> {
    let size = termios::tcgetwinsize(std::io::stdout()).ok()?;
    (size.ws_col > 0 && size.ws_row > 0)
        .then_some((usize::from(size.ws_col), usize::from(size.ws_row)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        assert_eq!(Key::from_byte(b'q'), Some(Key::Quit));
        assert_eq!(Key::from_byte(b' '), Some(Key::Pause));
        assert_eq!(Key::from_byte(b'\t'), Some(Key::NextView));
        assert_eq!(Key::from_byte(b'+'), Some(Key::More));
        assert_eq!(Key::from_byte(b'-'), Some(Key::Fewer));
        assert_eq!(Key::from_byte(b'?'), Some(Key::Help));
        assert_eq!(Key::from_byte(b'x'), None);
    }
}

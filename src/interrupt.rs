//! Ctrl-C / SIGTERM as a flag that long-running commands check, so they can flush what is in
//! flight, commit what was processed and report before exiting 130. A second signal exits at
//! once.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tokio::sync::Notify;

/// Shared "please stop" state.
#[derive(Debug, Clone, Default)]
pub struct Interrupt {
    requested: Arc<AtomicBool>,
    notify: Arc<Notify>,
}

impl Interrupt {
    pub fn new() -> Self {
        Self::default()
    }

    /// True once the user asked kan to stop.
    pub fn requested(&self) -> bool {
        self.requested.load(Ordering::Relaxed)
    }

    /// The flag itself, for blocking loops on other threads.
    pub fn flag(&self) -> &AtomicBool {
        &self.requested
    }

    /// Marks the stop request; returns true when one was already pending.
    pub fn request(&self) -> bool {
        let already = self.requested.swap(true, Ordering::SeqCst);
        self.notify.notify_waiters();
        already
    }

    /// Resolves once a stop was requested.
    pub async fn wait(&self) {
        loop {
            let notified = self.notify.notified();
            if self.requested() {
                return;
            }
            notified.await;
        }
    }
}

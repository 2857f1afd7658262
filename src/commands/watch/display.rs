//! What a live view shows, and where: a frame redrawn in place on a terminal (with keys), one
//! JSON line per refresh with `-o json` or `ndjson`, nothing in between for plain table output
//! to a pipe (only the final report).

use std::time::{Duration, Instant};

use super::LiveView;
use crate::error::Result;
use crate::interrupt::Interrupt;
use crate::kafka::consumer::Reader;
use crate::render::live::{FrameState, LiveFrame};
use crate::render::watch::clear_screen;
use crate::render::{Output, OutputFormat, View};
use crate::terminal::keys::{Key, KeyReader};

/// Where refreshes go.
pub(super) struct Screen {
    /// A terminal: frames are drawn in place.
    pub redraw: bool,
    json: bool,
}

impl Screen {
    pub(super) fn new(output: &Output) -> Self {
        let json = output.format() != OutputFormat::Table;
        Screen {
            redraw: !json && crate::terminal::stdout_is_tty(),
            json,
        }
    }

    pub(super) fn refresh<V: View + LiveFrame>(
        &self,
        output: &Output,
        snapshot: &V,
        state: &FrameState,
    ) -> Result<()> {
        if self.json {
            output.emit_line(snapshot)?;
        } else if self.redraw {
            output.frame(snapshot, state)?;
        }
        Ok(())
    }

    /// The final report: the whole snapshot (a terminal's last frame is replaced by it).
    pub(super) fn finish<V: View>(&self, output: &Output, snapshot: &V) -> Result<()> {
        if self.json {
            output.emit_line(snapshot)?;
        } else {
            if self.redraw {
                clear_screen()?;
            }
            output.emit(snapshot)?;
        }
        Ok(())
    }
}

/// The rows of a top list after `+` (`more`) or `-`: at least one.
pub(super) fn resized(top: usize, more: bool) -> usize {
    if more {
        top + 1
    } else {
        top.saturating_sub(1).max(1)
    }
}

/// A live view's refreshes: the screen, the keys pressed on a terminal, and what they changed.
pub(super) struct Display {
    screen: Screen,
    keys: Option<KeyReader>,
    state: FrameState,
    interval: Duration,
    last_refresh: Instant,
    started: Instant,
    /// Redraw at the next refresh, whatever the interval.
    force: bool,
}

impl Display {
    pub(super) fn new(output: &Output, interval: Duration) -> Self {
        let screen = Screen::new(output);
        let keys = if screen.redraw {
            KeyReader::start()
        } else {
            None
        };
        Display {
            screen,
            keys,
            state: FrameState::default(),
            interval,
            last_refresh: Instant::now(),
            started: Instant::now(),
            force: false,
        }
    }

    /// Acts on the keys pressed since the last call (`resize(true)`: one more row in the top
    /// lists); true when `q` asks to stop.
    pub(super) fn keys(&mut self, mut resize: impl FnMut(bool)) -> bool {
        let Some(keys) = &self.keys else {
            return false;
        };
        let mut changed = false;
        while let Some(key) = keys.next() {
            match key {
                Key::Quit => return true,
                Key::Pause => self.state.paused = !self.state.paused,
                Key::Help => self.state.help = !self.state.help,
                Key::NextView => self.state.set += 1,
                Key::More => resize(true),
                Key::Fewer => resize(false),
            }
            changed = true;
        }
        // Show what a key did at once, paused or not.
        self.force |= changed;
        false
    }

    /// Acts on the keys pressed, and says whether to stop: `q`, a signal, or `duration` since
    /// the view started.
    pub(super) fn should_stop(
        &mut self,
        interrupt: &Interrupt,
        duration: Option<Duration>,
        resize: impl FnMut(bool),
    ) -> bool {
        self.keys(resize)
            || interrupt.requested()
            || duration.is_some_and(|limit| self.started.elapsed() >= limit)
    }

    /// Whether frames are drawn (a terminal), not only the final report.
    pub(super) fn redraws(&self) -> bool {
        self.screen.redraw
    }

    /// True when a refresh is due: the interval has passed, or a key changed the frame.
    pub(super) fn due(&mut self) -> bool {
        if self.last_refresh.elapsed() < self.interval && !self.force {
            return false;
        }
        self.last_refresh = Instant::now();
        true
    }

    /// Shows a snapshot (unless paused, and a key did not ask for it).
    pub(super) fn show<S: View + LiveFrame>(
        &mut self,
        output: &Output,
        snapshot: &S,
    ) -> Result<()> {
        let forced = std::mem::take(&mut self.force);
        if !self.state.paused || forced {
            self.screen.refresh(output, snapshot, &self.state)?;
        }
        Ok(())
    }

    /// Redraws a live view when a refresh is due; while a group member has no partitions, says
    /// why instead of drawing zeros.
    pub(super) fn refresh<V: LiveView>(
        &mut self,
        view: &mut V,
        reader: &Reader,
        output: &Output,
    ) -> Result<()> {
        if !self.due() {
            return Ok(());
        }
        if let (Some(group), true) = (reader.group(), self.screen.redraw) {
            if reader.assignment().is_empty() {
                let notice = if reader.rebalanced() {
                    format!(
                        "member of group {group} with no partitions (the group has more members than partitions)"
                    )
                } else {
                    let waited = self.started.elapsed().as_secs();
                    format!(
                        "joining group {group} (waiting for the group to rebalance, {waited}s)…"
                    )
                };
                if !self.state.paused || std::mem::take(&mut self.force) {
                    output.frame(&Notice(notice), &self.state)?;
                }
                return Ok(());
            }
        }
        let snapshot = view.snapshot(reader);
        view.taken(&snapshot);
        self.show(output, &snapshot)
    }

    /// The final report.
    pub(super) fn finish<V: View>(&mut self, output: &Output, snapshot: &V) -> Result<()> {
        // The terminal's own mode comes back before the last report is printed.
        self.keys = None;
        self.screen.finish(output, snapshot)
    }
}

/// A frame with only a line of text.
struct Notice(String);

impl LiveFrame for Notice {
    fn table_sets(&self) -> &'static [&'static str] {
        &["waiting"]
    }

    fn header(&self) -> Vec<String> {
        vec![self.0.clone()]
    }

    fn tables(&self, _style: &crate::render::table::Style, _set: usize) -> Vec<Vec<String>> {
        Vec::new()
    }

    fn resizable(&self) -> bool {
        false
    }
}

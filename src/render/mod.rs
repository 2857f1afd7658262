//! The only writer to stdout. A command builds a view (a plain struct that is also its JSON
//! shape) and hands it to [`Output::emit`], which writes a table, one JSON document, or one
//! JSON object per line. A closed pipe surfaces as `BrokenPipe`, which exits quietly.

pub mod cluster;
pub mod config;
pub mod consume;
pub mod groups;
pub mod lag;
pub mod live;
pub mod metrics;
pub mod publish;
pub mod schemas;
pub mod table;
pub mod topics;
pub mod truncate;
pub mod users;
pub mod watch;

use std::io::{self, Write};

use serde::Serialize;

/// How data is written to stdout (`-o`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// Aligned columns for people.
    Table,
    /// One JSON document.
    Json,
    /// One JSON object per line.
    Ndjson,
}

/// How data is written to stdout.
#[derive(Debug, Clone, Copy)]
pub struct OutputSettings {
    pub format: OutputFormat,
    /// Colors in stdout tables.
    pub color: bool,
    /// Colors in stderr diagnostics.
    pub stderr_color: bool,
    pub quiet: bool,
}

/// Something that can be shown as a table, JSON or NDJSON.
pub trait View: Serialize {
    /// The NDJSON lines: by default the whole view on one line.
    fn ndjson_rows(&self) -> Vec<serde_json::Value> {
        vec![serde_json::to_value(self).unwrap_or(serde_json::Value::Null)]
    }

    /// Writes the human-readable form.
    fn write_table(&self, out: &mut dyn Write, style: &table::Style) -> io::Result<()>;
}

/// NDJSON rows of a view that is a list: one line per item.
fn rows<T: Serialize>(items: &[T]) -> Vec<serde_json::Value> {
    items
        .iter()
        .map(|item| serde_json::to_value(item).unwrap_or_default())
        .collect()
}

/// Writes views to stdout in the chosen format.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    settings: OutputSettings,
}

impl Output {
    pub fn new(settings: OutputSettings) -> Self {
        Output { settings }
    }

    /// `--quiet`: no notes, no progress.
    pub fn quiet(&self) -> bool {
        self.settings.quiet
    }

    pub fn format(&self) -> OutputFormat {
        self.settings.format
    }

    /// Writes a view.
    pub fn emit<V: View>(&self, view: &V) -> io::Result<()> {
        let stdout = io::stdout();
        let mut out = io::BufWriter::new(stdout.lock());
        match self.settings.format {
            OutputFormat::Json => {
                serde_json::to_writer_pretty(&mut out, view)?;
                writeln!(out)?;
            }
            OutputFormat::Ndjson => {
                for row in view.ndjson_rows() {
                    serde_json::to_writer(&mut out, &row)?;
                    writeln!(out)?;
                }
            }
            OutputFormat::Table => {
                let style = table::Style {
                    color: self.settings.color,
                    tty: crate::terminal::stdout_is_tty(),
                    compact: false,
                };
                view.write_table(&mut out, &style)?;
            }
        }
        out.flush()
    }

    /// Replaces the terminal's screen with a live frame (cut to the terminal's size).
    pub fn frame<F: live::LiveFrame>(&self, frame: &F, state: &live::FrameState) -> io::Result<()> {
        let style = table::Style {
            color: self.settings.color,
            tty: true,
            compact: true,
        };
        let text = live::draw(frame, state, &style, crate::terminal::keys::size());
        let mut out = io::stdout().lock();
        out.write_all(b"\x1b[H\x1b[2J")?;
        out.write_all(text.as_bytes())?;
        out.flush()
    }

    /// One compact JSON line on stdout (streams of snapshots).
    pub fn emit_line<T: Serialize>(&self, value: &T) -> io::Result<()> {
        let stdout = io::stdout();
        let mut out = stdout.lock();
        serde_json::to_writer(&mut out, value)?;
        out.write_all(b"\n")?;
        out.flush()
    }

    /// A diagnostic line on stderr (suppressed by `--quiet`).
    pub fn note(&self, message: &str) {
        if !self.settings.quiet {
            eprintln!("{message}");
        }
    }

    /// A warning on stderr (shown even with `--quiet`).
    pub fn warn(&self, message: &str) {
        crate::terminal::print_warning(message, self.settings.stderr_color);
    }
}

/// Bytes made elsewhere (a completion script, a man page) written to stdout as they are.
pub fn write_raw(bytes: &[u8]) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    out.write_all(bytes)?;
    out.flush()
}

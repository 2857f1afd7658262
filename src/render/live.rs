//! Frames of the live views on a terminal (`watch analytics`, `watch topic`, `lag --watch`):
//! a header with the keys, then the tables — compact, side by side when the terminal is wide
//! enough, and cut to its height so the header never scrolls away.

use unicode_width::UnicodeWidthChar;

use super::table::Style;
use crate::terminal::keys::HINT;

/// A view drawn as a live frame: header lines, tables in sets that Tab cycles through (the
/// first set shows everything), footer lines.
pub trait LiveFrame {
    /// The names of the sets of tables (for the header).
    fn table_sets(&self) -> &'static [&'static str];
    fn header(&self) -> Vec<String>;
    /// The tables of `set`, each as its lines.
    fn tables(&self, style: &Style, set: usize) -> Vec<Vec<String>>;
    fn footer(&self) -> Vec<String> {
        Vec::new()
    }
    /// Whether `+` / `-` change anything (top lists).
    fn resizable(&self) -> bool {
        true
    }
}

/// What the keys changed about the frame.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FrameState {
    /// Which set of tables (Tab).
    pub set: usize,
    /// Redrawing stopped (space).
    pub paused: bool,
    /// The keys are shown (`?`).
    pub help: bool,
}

/// Columns between tables side by side.
const GAP: usize = 4;

/// The whole frame for a terminal of `columns` × `rows` (`None`: unknown, nothing is cut).
pub fn draw<F: LiveFrame>(
    frame: &F,
    state: &FrameState,
    style: &Style,
    size: Option<(usize, usize)>,
) -> String {
    let sets = frame.table_sets();
    let set = state.set % sets.len().max(1);
    let mut lines = frame.header();
    let keys = if frame.resizable() {
        HINT.to_string()
    } else {
        HINT.replace("  +/- rows", "")
    };
    let mut hint = format!("[{}]  {keys}", sets.get(set).copied().unwrap_or(""));
    if state.paused {
        hint.push_str("  — paused (space resumes)");
    }
    lines.push(hint);
    if state.help {
        lines.extend(help_lines(frame.resizable()));
    }
    lines.push(String::new());
    let width = size.map_or(usize::MAX, |(columns, _)| columns);
    lines.extend(arrange(frame.tables(style, set), width));
    let footer = frame.footer();
    if !footer.is_empty() {
        lines.push(String::new());
        lines.extend(footer);
    }
    match size {
        // Exactly the terminal's rows, each no wider than it, and no newline after the last:
        // printing one more line would scroll the header away.
        Some((columns, rows)) => {
            trim(&mut lines, rows);
            let cut: Vec<String> = lines
                .iter()
                .map(|line| cut_to_width(line, columns))
                .collect();
            cut.join("\n")
        }
        None => {
            let mut out = lines.join("\n");
            out.push('\n');
            out
        }
    }
}

fn help_lines(resizable: bool) -> Vec<String> {
    [
        "  q      quit: final report, commit, exit 0",
        "  space  stop or resume redrawing (reading and committing go on)",
        "  tab    the next set of tables",
        "  + -    more or fewer rows in the top lists",
        "  ?      hide this",
    ]
    .iter()
    .filter(|line| resizable || !line.starts_with("  + -"))
    .map(|line| line.to_string())
    .collect()
}

/// `line` cut to `columns` on screen (escape sequences kept; colors reset after a cut).
fn cut_to_width(line: &str, columns: usize) -> String {
    if visible_width(line) <= columns {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let mut width = 0;
    let mut chars = line.chars();
    let mut colored = false;
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            colored = true;
            out.push(c);
            for next in chars.by_ref() {
                out.push(next);
                if ('@'..='~').contains(&next) && next != '[' {
                    break;
                }
            }
            continue;
        }
        let w = c.width().unwrap_or(0);
        if width + w > columns {
            break;
        }
        width += w;
        out.push(c);
    }
    if colored {
        out.push_str("\x1b[0m");
    }
    out
}

/// Tables left to right while they fit `width`, then on below.
fn arrange(tables: Vec<Vec<String>>, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut row: Vec<Vec<String>> = Vec::new();
    let mut row_width = 0;
    for table in tables {
        let table_width = table
            .iter()
            .map(|line| visible_width(line))
            .max()
            .unwrap_or(0);
        let needed = if row.is_empty() {
            table_width
        } else {
            row_width + GAP + table_width
        };
        if !row.is_empty() && needed > width {
            lines.extend(side_by_side(&row));
            lines.push(String::new());
            row.clear();
            row_width = table_width;
        } else {
            row_width = needed;
        }
        row.push(table);
    }
    if !row.is_empty() {
        lines.extend(side_by_side(&row));
    }
    lines
}

fn side_by_side(tables: &[Vec<String>]) -> Vec<String> {
    let widths: Vec<usize> = tables
        .iter()
        .map(|table| {
            table
                .iter()
                .map(|line| visible_width(line))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let height = tables.iter().map(Vec::len).max().unwrap_or(0);
    (0..height)
        .map(|index| {
            let mut line = String::new();
            for (column, table) in tables.iter().enumerate() {
                let cell = table.get(index).map_or("", String::as_str);
                line.push_str(cell);
                if column + 1 < tables.len() {
                    let pad = widths[column] - visible_width(cell) + GAP;
                    line.push_str(&" ".repeat(pad));
                }
            }
            line.trim_end().to_string()
        })
        .collect()
}

/// Keeps the frame within `rows` lines (the last one says how much was left out).
fn trim(lines: &mut Vec<String>, rows: usize) {
    if lines.len() <= rows || rows < 2 {
        return;
    }
    let hidden = lines.len() - (rows - 1);
    lines.truncate(rows - 1);
    lines.push(format!(
        "… {hidden} more lines (a taller terminal, or tab for fewer tables)"
    ));
}

/// Columns a line takes on screen: escape sequences (colors) take none.
pub fn visible_width(line: &str) -> usize {
    let mut width = 0;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // CSI: ESC [ parameters… final byte (@ to ~).
            for next in chars.by_ref() {
                if ('@'..='~').contains(&next) && next != '[' {
                    break;
                }
            }
            continue;
        }
        width += c.width().unwrap_or(0);
    }
    width
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Two;

    impl LiveFrame for Two {
        fn table_sets(&self) -> &'static [&'static str] {
            &["all", "first"]
        }
        fn header(&self) -> Vec<String> {
            vec!["Header".into()]
        }
        fn tables(&self, _style: &Style, set: usize) -> Vec<Vec<String>> {
            let first = vec!["A  B".to_string(), "1  2".to_string()];
            let second = vec!["LONGER".to_string(), "x".into(), "y".into()];
            if set == 1 {
                vec![first]
            } else {
                vec![first, second]
            }
        }
    }

    fn style() -> Style {
        Style {
            color: false,
            tty: true,
            compact: true,
        }
    }

    #[test]
    fn tables_go_side_by_side_when_they_fit_and_below_when_not() {
        let wide = draw(&Two, &FrameState::default(), &style(), Some((80, 40)));
        assert!(
            wide.contains("A  B    LONGER\n1  2    x\n        y"),
            "{wide}"
        );
        let narrow = draw(&Two, &FrameState::default(), &style(), Some((8, 40)));
        assert!(narrow.contains("A  B\n1  2\n\nLONGER\nx\ny"), "{narrow}");
        assert!(wide.starts_with("Header\n[all]  q quit"), "{wide}");
    }

    #[test]
    fn tab_sets_pause_and_help_show_in_the_header() {
        let state = FrameState {
            set: 1,
            paused: true,
            help: true,
        };
        let frame = draw(&Two, &state, &style(), None);
        assert!(frame.contains("[first]"), "{frame}");
        assert!(frame.contains("paused"), "{frame}");
        assert!(frame.contains("quit: final report"), "{frame}");
        assert!(!frame.contains("LONGER"), "{frame}");
    }

    #[test]
    fn frames_are_cut_to_the_terminal_height_and_width() {
        let frame = draw(&Two, &FrameState::default(), &style(), Some((9, 6)));
        let lines: Vec<&str> = frame.lines().collect();
        assert_eq!(lines.len(), 6, "{frame}");
        assert_eq!(lines[5], "… 4 more ", "{frame}");
        assert_eq!(lines[0], "Header");
        // No newline after the last line: printing it does not scroll the header away.
        assert!(!frame.ends_with('\n'), "{frame:?}");
        let narrow = draw(&Two, &FrameState::default(), &style(), Some((10, 40)));
        assert!(
            narrow.lines().all(|line| visible_width(line) <= 10),
            "{narrow}"
        );
        assert_eq!(
            cut_to_width("\x1b[1mbold text\x1b[0m", 4),
            "\x1b[1mbold\x1b[0m"
        );
    }

    #[test]
    fn colors_take_no_columns() {
        assert_eq!(visible_width("\x1b[1mTOPIC\x1b[0m"), 5);
        assert_eq!(visible_width("─═ é"), 4);
    }
}

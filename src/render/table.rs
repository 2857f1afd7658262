//! Table styling shared by every view: borders on a terminal, plain aligned columns in a pipe.

use comfy_table::presets::{NOTHING, UTF8_HORIZONTAL_ONLY};
use comfy_table::{Cell, CellAlignment, ContentArrangement, Table};

/// How tables should look on this stdout.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub tty: bool,
    /// Live frames: a rule under the header only, no wrapping (tables may sit side by side).
    pub compact: bool,
}

/// Only the line under the header (comfy-table's components: the sixth and seventh are the
/// header line and its crossings).
const HEADER_RULE_ONLY: &str = "     ──            ";

impl Style {
    /// A table with these headers.
    pub fn table<I, S>(&self, headers: I) -> Table
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut table = Table::new();
        if self.tty && self.compact {
            table
                .load_preset(HEADER_RULE_ONLY)
                .set_content_arrangement(ContentArrangement::Disabled);
        } else if self.tty {
            table.load_preset(UTF8_HORIZONTAL_ONLY);
            // Wrap to the terminal's width — unless it reports none (or an absurd one), as
            // some pseudo-terminals do: then squeezing would print a letter per line.
            let arrangement = match table.width() {
                Some(width) if width >= 40 => ContentArrangement::Dynamic,
                _ => ContentArrangement::Disabled,
            };
            table.set_content_arrangement(arrangement);
        } else {
            table
                .load_preset(NOTHING)
                .set_content_arrangement(ContentArrangement::Disabled);
        }
        let header: Vec<Cell> = headers
            .into_iter()
            .map(|title| {
                let cell = Cell::new(title.into());
                if self.color {
                    cell.add_attribute(comfy_table::Attribute::Bold)
                } else {
                    cell
                }
            })
            .collect();
        table.set_header(header);
        if !self.tty || self.compact {
            // Plain columns: no padding on the left so `awk '{print $1}'` sees the first field.
            for column in table.column_iter_mut() {
                column.set_padding((0, 2));
            }
        }
        table
    }

    /// Right-aligns the given columns (numbers).
    pub fn align_right(&self, table: &mut Table, columns: &[usize]) {
        for index in columns {
            if let Some(column) = table.column_mut(*index) {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
    }
}

/// Trailing whitespace-free rendering of a table.
pub fn render(table: &Table) -> String {
    let mut out = String::new();
    for line in table.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

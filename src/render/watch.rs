//! The analytics tables of `kan watch analytics`, and in-place redraw on a terminal.

use std::io::{self, Write};

use super::lag::short_duration;
use comfy_table::Table;

use super::table::{render, Style};
use super::View;
use crate::domain::analytics::Snapshot;

impl View for Snapshot {
    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        self.write_header(out)?;
        writeln!(out)?;
        out.write_all(render(&self.types_table(style)).as_bytes())?;
        writeln!(out)?;
        out.write_all(render(&self.pages_table(style)).as_bytes())?;
        writeln!(out)?;
        out.write_all(render(&self.users_table(style)).as_bytes())?;
        self.write_footer(out)
    }
}

/// ` ≈` after a figure that comes from a sketch or a pruned summary.
fn approx(exact: bool) -> &'static str {
    if exact {
        ""
    } else {
        " ≈"
    }
}

impl Snapshot {
    /// Totals, users, sessions, rates and lag.
    fn write_header(&self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "Events: {} ({} user events, {} page views)   users: {}{}   active ({}): {}{}   sessions: {}",
            self.total_events,
            self.user_events,
            self.page_views,
            self.distinct_users,
            approx(self.distinct_users_exact),
            short_duration(self.window.duration_ms),
            self.active_users,
            approx(self.active_users_exact),
            self.active_sessions,
        )?;
        let (users, pages) = (&self.rates.user_events, &self.rates.page_views);
        writeln!(
            out,
            "Rate/s: user events {:.1} (1s) {:.1} (1m) {:.1} (5m)   page views {:.1} (1s) {:.1} (1m) {:.1} (5m)   overall {:.0}/s",
            users.last_1s,
            users.last_1m,
            users.last_5m,
            pages.last_1s,
            pages.last_1m,
            pages.last_5m,
            self.rates.overall,
        )?;
        if let Some(lag) = &self.lag {
            writeln!(out, "Consumer lag: {}", lag.total)?;
        }
        Ok(())
    }

    fn types_table(&self, style: &Style) -> Table {
        let mut types = style.table(["EVENT TYPE", "TOTAL", "WINDOW"]);
        let (total, window) = (&self.events_by_type, &self.events_by_type_window);
        for (name, total, window) in [
            ("login", total.login, window.login),
            ("logout", total.logout, window.logout),
            ("purchase", total.purchase, window.purchase),
            ("view", total.view, window.view),
        ] {
            types.add_row(vec![
                name.to_string(),
                total.to_string(),
                window.to_string(),
            ]);
        }
        style.align_right(&mut types, &[1, 2]);
        types
    }

    fn pages_table(&self, style: &Style) -> Table {
        let mut pages = style.table([
            format!("TOP PAGES{}", approx(self.top_pages_exact)),
            "VIEWS".to_string(),
            "AVG DURATION".to_string(),
        ]);
        for page in &self.top_pages {
            pages.add_row(vec![
                page.url.clone(),
                page.views.to_string(),
                short_duration(page.avg_duration_ms.round() as i64),
            ]);
        }
        style.align_right(&mut pages, &[1, 2]);
        pages
    }

    fn users_table(&self, style: &Style) -> Table {
        let mut users = style.table([
            format!("TOP USERS{}", approx(self.top_users_exact)),
            "EVENTS".to_string(),
        ]);
        for user in &self.top_users {
            users.add_row(vec![user.user.clone(), user.events.to_string()]);
        }
        style.align_right(&mut users, &[1]);
        users
    }

    /// Bad events and the window.
    fn write_footer(&self, out: &mut dyn Write) -> io::Result<()> {
        if self.bad_events.total > 0 {
            let reasons: Vec<String> = self
                .bad_events
                .by_reason
                .iter()
                .map(|(reason, count)| format!("{reason}={count}"))
                .collect();
            writeln!(
                out,
                "\nBad events: {} ({})",
                self.bad_events.total,
                reasons.join(" ")
            )?;
        }
        let late = match self.window.late_events {
            0 => String::new(),
            late => format!(", {late} late events"),
        };
        writeln!(
            out,
            "\nWindow {} … {} ({} time){late}",
            self.window.start, self.window.end, self.window.time
        )
    }
}

/// Moves the cursor home and clears the screen, so the next frame replaces the last.
pub fn clear_screen() -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(b"\x1b[H\x1b[2J")?;
    out.flush()
}

impl View for crate::domain::analytics::topic::TopicSnapshot {
    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        writeln!(
            out,
            "Topic: {}  records: {}  bytes: {}  rate: {:.1} records/s, {:.0} B/s  partition skew: {:.2}",
            self.topic,
            self.records,
            self.bytes,
            self.records_per_second,
            self.bytes_per_second,
            self.partition_skew
        )?;
        let mut partitions = style.table([
            "PARTITION",
            "RECORDS",
            "BYTES",
            "REC/S",
            "B/S",
            "AVG SIZE",
            "NULL KEYS",
            "LOG-START",
            "LOG-END",
        ]);
        let offset = |value: Option<i64>| value.map_or_else(|| "-".to_string(), |v| v.to_string());
        for partition in &self.partitions {
            partitions.add_row(vec![
                partition.partition.to_string(),
                partition.records.to_string(),
                partition.bytes.to_string(),
                format!("{:.1}", partition.records_per_second),
                format!("{:.0}", partition.bytes_per_second),
                format!("{:.0}", partition.avg_record_bytes),
                partition.null_keys.to_string(),
                offset(partition.log_start),
                offset(partition.log_end),
            ]);
        }
        style.align_right(&mut partitions, &[0, 1, 2, 3, 4, 5, 6, 7, 8]);
        out.write_all(render(&partitions).as_bytes())?;
        writeln!(out)?;
        let mut keys = style.table([
            format!("TOP KEYS{}", approx(self.top_keys_exact)),
            "RECORDS".to_string(),
            "SHARE".to_string(),
        ]);
        for key in &self.top_keys {
            keys.add_row(vec![
                key.key.clone(),
                key.records.to_string(),
                format!("{:.1}%", key.share * 100.0),
            ]);
        }
        style.align_right(&mut keys, &[1, 2]);
        out.write_all(render(&keys).as_bytes())
    }
}

//! The analytics tables of `kan watch analytics`, and in-place redraw on a terminal.

use std::collections::BTreeSet;
use std::io::{self, Write};

use super::lag::short_duration;
use comfy_table::Table;

use super::live::LiveFrame;
use super::table::{render, Style};
use super::View;
use crate::domain::analytics::topic::TopicSnapshot;
use crate::domain::analytics::{Snapshot, StateView};

impl View for Snapshot {
    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        for line in self.header_lines() {
            writeln!(out, "{line}")?;
        }
        writeln!(out)?;
        out.write_all(render(&self.types_table(style)).as_bytes())?;
        writeln!(out)?;
        out.write_all(render(&self.pages_table(style)).as_bytes())?;
        writeln!(out)?;
        out.write_all(render(&self.users_table(style)).as_bytes())?;
        for line in self.footer_lines() {
            writeln!(out, "\n{line}")?;
        }
        Ok(())
    }
}

impl LiveFrame for Snapshot {
    fn table_sets(&self) -> &'static [&'static str] {
        &["all tables", "event types", "top pages", "top users"]
    }

    fn header(&self) -> Vec<String> {
        self.header_lines()
    }

    fn tables(&self, style: &Style, set: usize) -> Vec<Vec<String>> {
        let all = [
            self.types_table(style),
            self.pages_table(style),
            self.users_table(style),
        ];
        all.iter()
            .enumerate()
            .filter(|(index, _)| set == 0 || set == index + 1)
            .map(|(_, table)| lines(table))
            .collect()
    }

    fn footer(&self) -> Vec<String> {
        self.footer_lines()
    }
}

/// A table's lines, as rendered.
fn lines(table: &Table) -> Vec<String> {
    render(table).lines().map(str::to_string).collect()
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
    fn header_lines(&self) -> Vec<String> {
        let mut lines = vec![format!(
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
        )];
        let (users, pages) = (&self.rates.user_events, &self.rates.page_views);
        lines.push(format!(
            "Rate/s ({} time): user events {} (1s) {} (1m) {} (5m)   page views {} (1s) {} (1m) {} (5m)   overall {}/s",
            self.window.time,
            rate(users.last_1s),
            rate(users.last_1m),
            rate(users.last_5m),
            rate(pages.last_1s),
            rate(pages.last_1m),
            rate(pages.last_5m),
            rate(self.rates.overall),
        ));
        if let Some(lag) = &self.lag {
            lines.push(format!("Consumer lag: {}", lag.total));
        }
        if let Some(state) = &self.state {
            lines.push(state_line(state));
        }
        lines
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
        let window = short_duration(self.window.duration_ms);
        let mut pages = style.table([
            format!(
                "TOP PAGES ({window} window){}",
                approx(self.top_pages_exact)
            ),
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
        let window = short_duration(self.window.duration_ms);
        let mut users = style.table([
            format!(
                "TOP USERS ({window} window){}",
                approx(self.top_users_exact)
            ),
            "EVENTS".to_string(),
        ]);
        for user in &self.top_users {
            users.add_row(vec![user.user.clone(), user.events.to_string()]);
        }
        style.align_right(&mut users, &[1]);
        users
    }

    /// Bad events and the window.
    fn footer_lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if self.bad_events.total > 0 {
            let reasons: Vec<String> = self
                .bad_events
                .by_reason
                .iter()
                .map(|(reason, count)| format!("{reason}={count}"))
                .collect();
            lines.push(format!(
                "Bad events: {} ({})",
                self.bad_events.total,
                reasons.join(" ")
            ));
        }
        let late = match self.window.late_events {
            0 => String::new(),
            late => format!(", {late} late events"),
        };
        lines.push(format!(
            "Window {} … {} ({} time){late}",
            self.window.start, self.window.end, self.window.time
        ));
        lines
    }
}

/// Where the figures' state lives: partitions covered, by how many instances, how old.
fn state_line(state: &StateView) -> String {
    let covered = state.partitions.len();
    let total = covered + state.missing.len();
    let instances: BTreeSet<&str> = state
        .partitions
        .iter()
        .map(|partition| partition.instance.as_str())
        .collect();
    let ages: Vec<i64> = state.partitions.iter().filter_map(|p| p.age_ms).collect();
    let age = match (ages.iter().min(), ages.iter().max()) {
        (Some(min), Some(max)) if min == max => format!(", written {} ago", short_duration(*min)),
        (Some(min), Some(max)) => format!(
            ", written {}–{} ago",
            short_duration(*min),
            short_duration(*max)
        ),
        _ => String::new(),
    };
    let mut line = format!(
        "State: {covered} of {total} partitions by {} instance{}{age} (group {}, topic {})",
        instances.len(),
        if instances.len() == 1 { "" } else { "s" },
        state.group,
        state.topic
    );
    if total == covered && state.missing.is_empty() {
        line = line.replacen(&format!("{covered} of {total} "), &format!("{covered} "), 1);
    }
    if !state.missing.is_empty() {
        let shown: Vec<String> = state
            .missing
            .iter()
            .take(6)
            .map(|p| format!("{}/{}", p.topic, p.partition))
            .collect();
        let more = state.missing.len().saturating_sub(shown.len());
        line.push_str(&format!("; not covered yet: {}", shown.join(", ")));
        if more > 0 {
            line.push_str(&format!(" (+{more})"));
        }
    }
    line
}

/// Moves the cursor home and clears the screen, so the next frame replaces the last.
pub fn clear_screen() -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(b"\x1b[H\x1b[2J")?;
    out.flush()
}

impl View for TopicSnapshot {
    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        for line in self.header_lines() {
            writeln!(out, "{line}")?;
        }
        out.write_all(render(&self.partitions_table(style)).as_bytes())?;
        writeln!(out)?;
        out.write_all(render(&self.keys_table(style)).as_bytes())
    }
}

impl LiveFrame for TopicSnapshot {
    fn table_sets(&self) -> &'static [&'static str] {
        &["all tables", "partitions", "top keys"]
    }

    fn header(&self) -> Vec<String> {
        self.header_lines()
    }

    fn tables(&self, style: &Style, set: usize) -> Vec<Vec<String>> {
        let mut tables = Vec::new();
        if set != 2 {
            tables.push(lines(&self.partitions_table(style)));
        }
        if set != 1 {
            tables.push(lines(&self.keys_table(style)));
        }
        tables
    }
}

impl TopicSnapshot {
    /// The summary, then (when decoding) the values by schema and what could not be decoded.
    fn header_lines(&self) -> Vec<String> {
        let mut lines = vec![self.summary()];
        if !self.value_schemas.is_empty() {
            let schemas: Vec<String> = self
                .value_schemas
                .iter()
                .map(|tally| {
                    format!(
                        "id {} ({}): {}",
                        tally.id,
                        tally.format.as_str(),
                        tally.records
                    )
                })
                .collect();
            lines.push(format!("Values by schema: {}", schemas.join(", ")));
        }
        if !self.undecodable.is_empty() {
            let causes: Vec<String> = self
                .undecodable
                .iter()
                .map(|(reason, count)| format!("{count} × {reason}"))
                .collect();
            lines.push(format!("Not decoded (shown raw): {}", causes.join("; ")));
        }
        lines
    }

    fn summary(&self) -> String {
        format!(
            "Topic: {}  records: {}  bytes: {}  rate: {} records/s, {:.0} B/s  partition skew: {:.2}",
            self.topic,
            self.records,
            self.bytes,
            rate(self.records_per_second),
            self.bytes_per_second,
            self.partition_skew
        )
    }

    fn partitions_table(&self, style: &Style) -> Table {
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
                rate(partition.records_per_second),
                format!("{:.0}", partition.bytes_per_second),
                format!("{:.0}", partition.avg_record_bytes),
                partition.null_keys.to_string(),
                offset(partition.log_start),
                offset(partition.log_end),
            ]);
        }
        style.align_right(&mut partitions, &[0, 1, 2, 3, 4, 5, 6, 7, 8]);
        partitions
    }

    fn keys_table(&self, style: &Style) -> Table {
        let mut keys = style.table([
            format!("TOP KEYS (all read){}", approx(self.top_keys_exact)),
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
        keys
    }
}

/// A rate as people read it: whole numbers when large, two significant decimals when small
/// (a replay's 0.06 events/s is not 0.0).
fn rate(per_second: f64) -> String {
    match per_second {
        r if r <= 0.0 || !r.is_finite() => "0".to_string(),
        r if r < 0.01 => "<0.01".to_string(),
        r if r < 10.0 => format!("{r:.2}"),
        r if r < 100.0 => format!("{r:.1}"),
        r => format!("{r:.0}"),
    }
}

#[cfg(test)]
mod rate_tests {
    #[test]
    fn rates_keep_small_values_readable() {
        assert_eq!(super::rate(0.0), "0");
        assert_eq!(super::rate(0.004), "<0.01");
        assert_eq!(super::rate(0.057), "0.06");
        assert_eq!(super::rate(12.34), "12.3");
        assert_eq!(super::rate(1234.4), "1234");
    }
}

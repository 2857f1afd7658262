//! `kan watch analytics` and `kan watch topic`: live views fed from Kafka through one refresh
//! loop ([`feed`]: read, apply, redraw every interval, commit, stop at the end, after the
//! duration or on a signal), and `watch analytics --file`, which replays files offline.

mod analytics;
mod display;
mod merged;
mod state;
mod topic;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use crate::cli::{RefreshArgs, WatchCommand};
use crate::domain::position::EndTracker;
use crate::domain::record::Record;
use crate::domain::timestamp::now_millis;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::kafka::consumer::Reader;
use crate::render::live::LiveFrame;
use crate::render::{Output, View};
use crate::settings::Settings;
use display::Display;

pub async fn run(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    command: WatchCommand,
) -> Result<Exit> {
    let settings = settings.clone();
    let output = *output;
    let interrupt = interrupt.clone();
    // The loops block on the consumer; keep them off the async workers.
    tokio::task::spawn_blocking(move || match command {
        WatchCommand::Analytics(args) if args.files.is_empty() => {
            analytics::live(&settings, &output, &interrupt, &args)
        }
        WatchCommand::Analytics(args) => analytics::replay(&output, &interrupt, &args),
        WatchCommand::Topic(args) => topic::live(&settings, &output, &interrupt, &args),
    })
    .await?
}

/// What a live view does with the records [`feed`] reads, and what it shows.
trait LiveView {
    type Snapshot: View + LiveFrame;

    /// Takes one record, read at `now_ms` (the wall clock, read every few hundred records).
    fn apply(&mut self, record: &Record<'_>, now_ms: i64);

    /// Called between reads now and then: serve the view's own producer, for example.
    fn idle(&mut self) {}

    /// Acts on the group's assignment changes (a cooperative member); returns where newly
    /// assigned partitions start.
    fn rebalance(&mut self, _reader: &Reader) -> Result<BTreeMap<(String, i32), i64>> {
        Ok(BTreeMap::new())
    }

    /// Commits what was applied (`last`: the run is ending), about once a second.
    fn commit(&mut self, reader: &mut Reader, _last: bool) -> Result<()> {
        reader.commit()?;
        Ok(())
    }

    /// What the view shows now (`reader` tells how far it has read).
    fn snapshot(&mut self, reader: &Reader) -> Self::Snapshot;

    /// Called with every snapshot taken, the final one included (to publish it, say).
    fn taken(&mut self, _snapshot: &Self::Snapshot) {}

    /// `+` / `-` on a terminal: one more or one fewer row in the top lists.
    fn resize(&mut self, _more: bool) {}
}

/// What [`feed`] reads, when it stops and how often it redraws.
struct Bounds<'a> {
    /// The topics read (records are matched to them by name).
    topics: &'a [String],
    refresh: &'a RefreshArgs,
    interrupt: &'a Interrupt,
}

/// How often the clock, the signal flag and the end are checked while records flow.
const CHECK_EVERY: u32 = 256;

/// Reads into `view` until the end, the duration or a signal: redraws every interval, commits
/// what was applied every second (for a group member), and shows the final snapshot. Returns
/// the final snapshot.
fn feed<V: LiveView>(
    reader: &mut Reader,
    mut tracker: EndTracker,
    view: &mut V,
    bounds: &Bounds<'_>,
    output: &Output,
) -> Result<V::Snapshot> {
    let refresh = bounds.refresh;
    let mut display = Display::new(output, refresh.interval);
    let mut last_commit = Instant::now();
    let mut since_check: u32 = 0;
    let mut now = now_millis();
    loop {
        if since_check == 0 {
            now = now_millis();
            tracker.positions(&view.rebalance(reader)?);
            if display.should_stop(bounds.interrupt, refresh.duration, |more| view.resize(more))
                || (refresh.until_end && tracker.finished(&reader.assignment()))
            {
                break;
            }
        }
        let read = reader.next(Duration::from_millis(50), |record| {
            view.apply(record, now);
            let finished = tracker.record(record.topic, record.partition, record.offset);
            let topic = bounds.topics.iter().position(|t| t == record.topic);
            (topic, record.partition, record.offset, finished)
        })?;
        match read {
            Some((topic, partition, offset, finished)) => {
                if let Some(topic) = topic {
                    reader.processed(&bounds.topics[topic], partition, offset);
                }
                // Clocks and locks only every so often while records are flowing, and when a
                // partition just reached its end (so --until-end stops right there).
                since_check = if finished {
                    0
                } else {
                    (since_check + 1) % CHECK_EVERY
                };
                if since_check != 0 {
                    continue;
                }
            }
            None => {
                tracker.positions(&reader.positions());
                since_check = 0;
            }
        }
        view.idle();
        if last_commit.elapsed() >= Duration::from_secs(1) {
            view.commit(reader, false)?;
            last_commit = Instant::now();
        }
        display.refresh(view, reader, output)?;
    }
    view.commit(reader, true)?;
    let snapshot = view.snapshot(reader);
    view.taken(&snapshot);
    display.finish(output, &snapshot)?;
    Ok(snapshot)
}

/// Ends a watch: 130 after Ctrl-C (the final report was shown).
fn ended(interrupt: &Interrupt) -> Result<Exit> {
    if interrupt.requested() {
        return Err(KanError::Interrupted.into());
    }
    Ok(Exit::Success)
}

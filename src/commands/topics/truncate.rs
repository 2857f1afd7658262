//! `kan topics truncate`: DeleteRecords, planned and shown first, confirmed on a terminal
//! (`--yes` otherwise), and checked by reading each new log start back with ListOffsets.

use std::collections::BTreeMap;

use crate::cli::TopicsTruncate;
use crate::domain::isolation::Isolation;
use crate::domain::position::Bound;
use crate::domain::timestamp::now_millis;
use crate::domain::truncate_plan::{self, Applied, PartitionLog, RowStatus};
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::kafka::Admin;
use crate::render::truncate::TruncateView;
use crate::render::Output;
use crate::settings::Settings;
use crate::terminal::{self, prompt};

pub async fn run(
    settings: &Settings,
    output: &Output,
    admin: &Admin,
    name: &str,
    args: TopicsTruncate,
) -> Result<Exit> {
    super::check_names(std::slice::from_ref(&name.to_string()))?;
    let bound = match args.before {
        Some(bound) => bound,
        None if terminal::interactive() => prompt::given(prompt::text(
            "Delete the records before (OFFSET, @RFC3339, @-DURATION or end)",
            None,
            None,
            truncate_plan::parse_bound,
        )?)?,
        None => return Err(prompt::missing("--before").into()),
    };
    let now = now_millis();
    let mut view = plan(admin, name, bound, now, &args.partitions)?;
    if view.to_delete().is_empty() {
        output.emit(&view)?;
        output.note(&format!("nothing to delete from '{name}'"));
        return Ok(Exit::Success);
    }
    if args.dry_run {
        output.emit(&view)?;
        return Ok(Exit::Success);
    }
    if !settings.yes {
        // The plan is what the question is about: shown before asking (or refusing).
        output.emit(&view)?;
    }
    let rows = view.to_delete();
    let question = format!(
        "delete {} offset(s) from {} partition(s) of topic '{name}' for good",
        view.removed,
        rows.len()
    );
    if !terminal::confirm_destructive(&question, settings.yes)? {
        return Err(KanError::usage("aborted: nothing was deleted").into());
    }
    apply(admin, &mut view).await?;
    output.emit(&view)?;
    let bad: Vec<String> = view
        .partitions
        .iter()
        .filter(|row| matches!(row.status, RowStatus::Mismatch | RowStatus::Failed))
        .map(|row| {
            format!(
                "partition {}: {}",
                row.partition,
                row.note.as_deref().unwrap_or("?")
            )
        })
        .collect();
    if bad.is_empty() {
        return Ok(Exit::Success);
    }
    Err(KanError::Partial(format!(
        "{} of {} partitions of '{name}' do not start where planned: {}",
        bad.len(),
        view.partitions
            .iter()
            .filter(|row| row.status != RowStatus::Unchanged)
            .count(),
        bad.join("; ")
    ))
    .into())
}

/// Reads each partition's log start and end (and for a time bound, the offset for that time)
/// and plans; a bound past an end is refused, naming the partitions.
fn plan(
    admin: &Admin,
    name: &str,
    bound: Bound,
    now: i64,
    wanted: &[i32],
) -> Result<TruncateView, KanError> {
    let topic = admin.topic(name)?;
    let partitions = topic
        .select_partitions(&dedup(wanted))
        .map_err(KanError::not_found)?;
    let bounds = admin.log_bounds(&partitions, Isolation::ReadUncommitted)?;
    let for_time = match bound.at(now) {
        Some(at) => admin.offsets_for_time(&partitions, at, Isolation::ReadUncommitted)?,
        None => BTreeMap::new(),
    };
    let mut logs = Vec::with_capacity(partitions.len());
    for key in &partitions {
        let (log_start, log_end) = *bounds.get(key).ok_or_else(|| {
            KanError::kafka(format!("no offsets returned for {}/{}", key.0, key.1))
        })?;
        logs.push(PartitionLog {
            partition: key.1,
            log_start,
            log_end,
            offset_for_time: for_time.get(key).copied().flatten(),
        });
    }
    let rows = truncate_plan::plan(name, bound, &logs)
        .map_err(|past| KanError::usage(truncate_plan::past_end_message(name, &past)))?;
    Ok(TruncateView::plan(name, &bound.describe(now), rows))
}

/// The partitions asked for, each once, in the order given.
fn dedup(wanted: &[i32]) -> Vec<i32> {
    let mut seen = std::collections::BTreeSet::new();
    wanted.iter().copied().filter(|p| seen.insert(*p)).collect()
}

/// Sends DeleteRecords for the planned partitions, reads their log starts back, and marks each
/// row with what happened.
async fn apply(admin: &Admin, view: &mut TruncateView) -> Result<(), KanError> {
    let before: Vec<(i32, i64)> = view
        .to_delete()
        .iter()
        .map(|row| (row.partition, row.new_log_start))
        .collect();
    let mut errors: BTreeMap<i32, String> = admin
        .delete_records(&view.topic, &before)
        .await?
        .into_iter()
        .filter_map(|(partition, result)| result.err().map(|err| (partition, err.message)))
        .collect();
    let keys: Vec<(String, i32)> = before
        .iter()
        .map(|(partition, _)| (view.topic.clone(), *partition))
        .collect();
    let read_back = admin.log_starts(&keys)?;
    let topic = view.topic.clone();
    for row in view
        .partitions
        .iter_mut()
        .filter(|row| row.status == RowStatus::Planned)
    {
        let after = read_back.get(&(topic.clone(), row.partition));
        let applied = Applied {
            error: errors.remove(&row.partition),
            log_start_after: after.and_then(|start| start.as_ref().ok()).copied(),
        };
        truncate_plan::settle(row, applied);
    }
    view.executed = true;
    view.total();
    Ok(())
}

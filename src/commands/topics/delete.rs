//! `kan topics delete`: destructive, so confirmed on a terminal and `--yes` otherwise.

use crate::cli::TopicsDelete;
use crate::commands::outcome;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::kafka::errors::{item_error, not_found};
use crate::kafka::Admin;
use crate::render::topics::{ItemStatus, TopicResult, TopicResultsView};
use crate::render::Output;
use crate::settings::Settings;
use crate::terminal;

pub async fn run(settings: &Settings, output: &Output, args: TopicsDelete) -> Result<Exit> {
    super::check_names(&args.names)?;
    let question = match args.names.as_slice() {
        [one] => format!("delete topic '{one}' and all its records"),
        many => format!(
            "delete {} topics ({}) and all their records",
            many.len(),
            many.join(", ")
        ),
    };
    if !terminal::confirm_destructive(&question, settings.yes)? {
        return Err(KanError::usage("aborted: nothing was deleted").into());
    }
    let admin = Admin::connect(&settings.connection)?;
    let existing: std::collections::BTreeSet<String> = admin
        .metadata(None)?
        .into_iter()
        .map(|topic| topic.name)
        .collect();
    let (present, absent): (Vec<String>, Vec<String>) = args
        .names
        .iter()
        .cloned()
        .partition(|name| existing.contains(name));

    let mut failures = Vec::new();
    let mut view = TopicResultsView {
        results: Vec::new(),
        sizing: None,
    };
    let mut record = |topic: String, status: ItemStatus, error: Option<KanError>| {
        view.results.push(TopicResult {
            topic,
            status,
            error: error.as_ref().map(ToString::to_string),
            configs: Default::default(),
            deleted_configs: Vec::new(),
            partitions: None,
        });
        failures.extend(error);
    };
    for name in absent {
        if args.if_exists {
            record(name, ItemStatus::Missing, None);
        } else {
            let error = KanError::no_topic(&name);
            record(name, ItemStatus::Failed, Some(error));
        }
    }
    if !present.is_empty() {
        for (name, result) in admin.delete_topics(&present).await? {
            match result {
                Ok(()) => record(name, ItemStatus::Deleted, None),
                Err(err) if args.if_exists && not_found(&err) => {
                    record(name, ItemStatus::Missing, None)
                }
                Err(err) => {
                    let error = item_error(&format!("topic '{name}'"), &err);
                    record(name, ItemStatus::Failed, Some(error));
                }
            }
        }
    }
    // Report in the order the user gave the names.
    view.results.sort_by_key(|result| {
        args.names
            .iter()
            .position(|name| *name == result.topic)
            .unwrap_or(usize::MAX)
    });
    output.emit(&view)?;
    outcome(args.names.len(), failures, "topics")
}

//! `kan topics create`.

use crate::cli::TopicsCreate;
use crate::commands::outcome;
use crate::domain::partition_sizing::size_partitions;
use crate::domain::topic_config::build_config_map;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::kafka::admin::NewTopicSpec;
use crate::kafka::errors::{already_exists, item_error};
use crate::kafka::Admin;
use crate::render::topics::{ItemStatus, SizingView, TopicResult, TopicResultsView};
use crate::render::Output;
use crate::settings::Settings;

pub async fn run(settings: &Settings, output: &Output, args: TopicsCreate) -> Result<Exit> {
    super::check_names(&args.names)?;
    let configs = build_config_map(
        &super::typed_settings(&args.config),
        &args.config.configs,
        args.config.force,
    )
    .map_err(KanError::usage)?;
    let sizing = match (args.throughput, args.per_partition) {
        (Some(target), Some(per_partition)) => {
            Some(size_partitions(target, per_partition).map_err(KanError::usage)?)
        }
        _ => None,
    };
    if let Some(sizing) = &sizing {
        output.note(&sizing.explain());
    }
    let partitions = sizing.as_ref().map(|s| s.partitions).or(args.partitions);
    let specs: Vec<NewTopicSpec> = args
        .names
        .iter()
        .map(|name| NewTopicSpec {
            name: name.clone(),
            partitions,
            replication_factor: args.replication_factor,
            configs: configs.clone(),
        })
        .collect();

    let admin = Admin::connect(&settings.connection)?;
    let results = admin.create_topics(&specs, args.validate_only).await?;

    let mut failures = Vec::new();
    let mut view = TopicResultsView {
        results: Vec::new(),
        sizing: sizing.as_ref().map(SizingView::from),
    };
    for (name, result) in results {
        let (status, error) = match result {
            Ok(()) if args.validate_only => (ItemStatus::Validated, None),
            Ok(()) => (ItemStatus::Created, None),
            Err(err) if args.if_not_exists && already_exists(&err) => (ItemStatus::Exists, None),
            Err(err) => {
                let failure = item_error(&format!("topic '{name}'"), &err);
                let message = failure.to_string();
                failures.push(failure);
                (ItemStatus::Failed, Some(message))
            }
        };
        view.results.push(TopicResult {
            topic: name,
            status,
            error,
            configs: configs.clone(),
            deleted_configs: Vec::new(),
            partitions,
        });
    }
    output.emit(&view)?;
    outcome(view.results.len(), failures, "topics")
}

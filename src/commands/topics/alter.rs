//! `kan topics alter`: incremental config changes (IncrementalAlterConfigs — keys not named
//! keep their values) and partition increases.

use crate::cli::TopicsAlter;
use crate::commands::pick;
use crate::domain::topic_config::{build_config_map, check_known_key};
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::kafka::errors::item_error;
use crate::kafka::Admin;
use crate::render::topics::{ItemStatus, TopicResult, TopicResultsView};
use crate::render::Output;
use crate::settings::Settings;

pub async fn run(settings: &Settings, output: &Output, args: TopicsAlter) -> Result<Exit> {
    if let Some(name) = &args.name {
        super::check_names(std::slice::from_ref(name))?;
    }
    let set = build_config_map(
        &super::typed_settings(&args.config),
        &args.config.configs,
        args.config.force,
    )
    .map_err(KanError::usage)?;
    for key in &args.delete_configs {
        check_known_key(key, args.config.force).map_err(KanError::usage)?;
        if set.contains_key(key) {
            return Err(KanError::usage(format!(
                "{key} is both set and deleted; give one or the other"
            ))
            .into());
        }
    }
    if set.is_empty() && args.delete_configs.is_empty() && args.add_partitions.is_none() {
        return Err(KanError::usage(
            "nothing to alter: give --retention, --retention-bytes, --compact, --compression, --config, --delete-config or --add-partitions",
        )
        .into());
    }

    let admin = Admin::connect(&settings.connection)?;
    let name = pick::topic_or_ask(&admin, args.name.clone(), "Topic to alter", "NAME")?;
    let topic = admin.topic(&name)?;
    if let Some(wanted) = args.add_partitions {
        let current = i32::try_from(topic.partitions.len()).unwrap_or(i32::MAX);
        if wanted <= current {
            return Err(KanError::usage(format!(
                "topic '{}' has {current} partitions; --add-partitions must be more than that (Kafka cannot remove partitions)",
                name
            ))
            .into());
        }
    }

    let subject = format!("topic '{}'", name);
    let mut error = None;
    if !set.is_empty() || !args.delete_configs.is_empty() {
        if let Err(err) =
            admin.alter_topic_configs(&name, &set, &args.delete_configs, args.validate_only)?
        {
            error = Some(item_error(&subject, &err));
        }
    }
    if error.is_none() {
        if let Some(total) = args.add_partitions {
            if let Err(err) = admin
                .create_partitions(&name, total, args.validate_only)
                .await?
            {
                error = Some(partition_error(&subject, &err));
            }
        }
    }
    let status = match (&error, args.validate_only) {
        (Some(_), _) => ItemStatus::Failed,
        (None, true) => ItemStatus::Validated,
        (None, false) => ItemStatus::Altered,
    };
    output.emit(&TopicResultsView {
        results: vec![TopicResult {
            topic: name.clone(),
            status,
            error: error.as_ref().map(ToString::to_string),
            configs: set,
            deleted_configs: args.delete_configs.clone(),
            partitions: args.add_partitions,
        }],
        sizing: None,
    })?;
    match error {
        Some(err) => Err(err.into()),
        None => Ok(Exit::Success),
    }
}

/// Brokers without CreatePartitions answer with "unsupported": say that plainly.
fn partition_error(subject: &str, err: &crate::kafka::native::ItemError) -> KanError {
    if crate::kafka::errors::unsupported(err) {
        KanError::kafka(format!(
            "cannot add partitions (CreatePartitions) to {subject}: the broker does not support this request ({})",
            err.message
        ))
    } else {
        item_error(subject, err)
    }
}

//! `kan topics describe`.

use std::collections::BTreeMap;

use crate::cli::TopicsDescribe;
use crate::domain::topic::{ConfigValue, TopicMetadata};
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::kafka::admin::WatermarkResults;
use crate::kafka::Admin;
use crate::render::topics::{PartitionDetail, TopicDescribeView, TopicDetail};
use crate::render::Output;
use crate::settings::Settings;

pub async fn run(settings: &Settings, output: &Output, args: TopicsDescribe) -> Result<Exit> {
    super::check_names(&args.names)?;
    let admin = Admin::connect(&settings.connection)?;
    let all: BTreeMap<String, _> = admin
        .metadata(None)?
        .into_iter()
        .map(|topic| (topic.name.clone(), topic))
        .collect();
    let (found, missing): (Vec<&String>, Vec<&String>) =
        args.names.iter().partition(|name| all.contains_key(*name));
    let topics: Vec<_> = found.iter().map(|name| &all[*name]).collect();

    let partitions: Vec<(String, i32)> = topics
        .iter()
        .flat_map(|topic| {
            topic
                .partitions
                .iter()
                .map(|partition| (topic.name.clone(), partition.partition))
        })
        .collect();
    let watermarks = admin.watermarks(&partitions)?;
    let names: Vec<String> = topics.iter().map(|topic| topic.name.clone()).collect();
    // Configs are the second half of a description: when the broker cannot give them
    // (some Kafka-compatible brokers lack DescribeConfigs), show the rest and say so.
    let mut incomplete = Vec::new();
    let configs: Vec<Result<Vec<ConfigValue>, String>> =
        match admin.describe_topic_configs(&names).await {
            Ok(configs) => configs
                .into_iter()
                .map(|(_, result)| result.map_err(|err| err.to_string()))
                .collect(),
            Err(err) => names.iter().map(|_| Err(err.to_string())).collect(),
        };

    let mut view = TopicDescribeView { topics: Vec::new() };
    for (topic, configs) in topics.into_iter().zip(configs) {
        let configs: Vec<ConfigValue> = match configs {
            Ok(configs) if args.all_configs => configs,
            Ok(configs) => configs
                .into_iter()
                .filter(ConfigValue::is_override)
                .collect(),
            Err(err) => {
                incomplete.push(format!("configs of '{}': {}", topic.name, err));
                Vec::new()
            }
        };
        let partitions = partition_details(topic, &watermarks, &mut incomplete);
        view.topics.push(TopicDetail {
            name: topic.name.clone(),
            internal: topic.internal,
            replication_factor: topic.replication_factor(),
            messages: partitions.iter().filter_map(|p| p.messages).sum(),
            partitions,
            configs,
        });
    }
    if !view.topics.is_empty() {
        output.emit(&view)?;
    }
    match missing.as_slice() {
        [] if incomplete.is_empty() => Ok(Exit::Success),
        [] => Err(KanError::Partial(format!(
            "described without {} ({})",
            incomplete.len(),
            incomplete.join("; ")
        ))
        .into()),
        [name] => Err(KanError::no_topic(name).into()),
        names => Err(KanError::not_found(format!(
            "topics do not exist: {}",
            names
                .iter()
                .map(|name| format!("'{name}'"))
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .into()),
    }
}

/// Each partition with its watermarks; partitions whose offsets could not be read say why
/// (and are noted in `incomplete`).
fn partition_details(
    topic: &TopicMetadata,
    watermarks: &WatermarkResults,
    incomplete: &mut Vec<String>,
) -> Vec<PartitionDetail> {
    topic
        .partitions
        .iter()
        .map(|partition| {
            let marks = watermarks.get(&(topic.name.clone(), partition.partition));
            let (low, high, messages, error) = match marks {
                Some(Ok(marks)) => (
                    Some(marks.low),
                    Some(marks.high),
                    Some(marks.messages()),
                    None,
                ),
                Some(Err(err)) => (None, None, None, Some(err.message.clone())),
                None => (None, None, None, Some("no offsets returned".to_string())),
            };
            if let Some(error) = &error {
                incomplete.push(format!(
                    "offsets of '{}' partition {}: {error}",
                    topic.name, partition.partition
                ));
            }
            PartitionDetail {
                partition: partition.partition,
                leader: partition.leader,
                replicas: partition.replicas.clone(),
                isr: partition.isr.clone(),
                low_watermark: low,
                high_watermark: high,
                messages,
                error,
            }
        })
        .collect()
}

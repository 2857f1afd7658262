//! `kan topics list`.

use regex::Regex;

use crate::cli::TopicsList;
use crate::domain::topic::overrides;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::kafka::Admin;
use crate::render::topics::{TopicListView, TopicSummary};
use crate::render::Output;
use crate::settings::Settings;

pub async fn run(settings: &Settings, output: &Output, args: TopicsList) -> Result<Exit> {
    let pattern = args
        .pattern
        .as_deref()
        .map(Regex::new)
        .transpose()
        .map_err(|err| KanError::usage(format!("invalid --pattern: {err}")))?;
    let admin = Admin::connect(&settings.connection)?;
    let topics: Vec<_> = admin
        .metadata(None)?
        .into_iter()
        .filter(|topic| args.internal || !topic.internal)
        .filter(|topic| pattern.as_ref().is_none_or(|re| re.is_match(&topic.name)))
        .collect();
    let names: Vec<String> = topics.iter().map(|topic| topic.name.clone()).collect();
    // Without configs the listing is still useful: show it, say what is missing, exit 6.
    let configs: Vec<Result<_, String>> = match admin.describe_topic_configs(&names).await {
        Ok(configs) => configs
            .into_iter()
            .map(|(_, result)| result.map_err(|err| err.to_string()))
            .collect(),
        Err(err) => names.iter().map(|_| Err(err.to_string())).collect(),
    };
    let mut missing = Vec::new();
    let mut view = TopicListView { topics: Vec::new() };
    for (topic, configs) in topics.into_iter().zip(configs) {
        let configs = match configs {
            Ok(configs) => overrides(&configs),
            Err(err) => {
                output.warn(&format!("cannot read configs of '{}': {err}", topic.name));
                missing.push(topic.name.clone());
                Default::default()
            }
        };
        view.topics.push(TopicSummary {
            partitions: topic.partitions.len(),
            replication_factor: topic.replication_factor(),
            internal: topic.internal,
            name: topic.name,
            configs,
        });
    }
    output.emit(&view)?;
    if missing.is_empty() {
        Ok(Exit::Success)
    } else {
        Err(KanError::Partial(format!(
            "listed {} topics without the configs of {}",
            view.topics.len(),
            missing.len()
        ))
        .into())
    }
}

//! `kan topics apply -f FILE`: declarative topics. Reads the file, compares with the cluster,
//! prints the plan, and (unless `--dry-run`) creates, alters and grows what differs.

use std::collections::BTreeMap;

use crate::cli::TopicsApply;
use crate::commands::outcome;
use crate::domain::topic_plan::{self, CurrentTopic, PlanAction};
use crate::domain::topic_spec;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::kafka::admin::NewTopicSpec;
use crate::kafka::errors::item_error;
use crate::kafka::Admin;
use crate::render::topics::{AppliedTopic, ApplyStatus, ApplyView};
use crate::render::Output;
use crate::settings::Settings;

pub async fn run(settings: &Settings, output: &Output, args: TopicsApply) -> Result<Exit> {
    let desired = topic_spec::load(&args.file, args.force).map_err(KanError::usage)?;
    let admin = Admin::connect(&settings.connection)?;
    let existing: BTreeMap<String, _> = admin
        .metadata(None)?
        .into_iter()
        .map(|topic| (topic.name.clone(), topic))
        .collect();
    let present: Vec<String> = desired
        .iter()
        .filter(|want| existing.contains_key(&want.name))
        .map(|want| want.name.clone())
        .collect();
    let mut current = BTreeMap::new();
    for (name, configs) in admin.describe_topic_configs(&present).await? {
        let configs =
            configs.map_err(|err| item_error(&format!("configs of topic '{name}'"), &err))?;
        let topic = &existing[&name];
        current.insert(
            name.clone(),
            CurrentTopic {
                partitions: i32::try_from(topic.partitions.len()).unwrap_or(i32::MAX),
                replication_factor: i32::try_from(topic.replication_factor()).unwrap_or(i32::MAX),
                configs: configs
                    .into_iter()
                    .filter_map(|config| config.value.map(|value| (config.name, value)))
                    .collect(),
            },
        );
    }
    let plans = topic_plan::plan(&desired, &current).map_err(|problems| {
        KanError::usage(format!(
            "cannot apply {}: {}",
            args.file.display(),
            problems.join("; ")
        ))
    })?;

    let mut view = ApplyView {
        dry_run: args.dry_run,
        topics: plans
            .into_iter()
            .map(|plan| AppliedTopic {
                status: if plan.action == PlanAction::Unchanged {
                    ApplyStatus::Unchanged
                } else {
                    ApplyStatus::Planned
                },
                plan,
                error: None,
            })
            .collect(),
    };
    if args.dry_run {
        output.emit(&view)?;
        return Ok(Exit::Success);
    }

    let mut failures = Vec::new();
    let creates: Vec<NewTopicSpec> = view
        .topics
        .iter()
        .filter(|topic| topic.plan.action == PlanAction::Create)
        .map(|topic| {
            let want = desired
                .iter()
                .find(|want| want.name == topic.plan.topic)
                .expect("every plan comes from a desired topic");
            NewTopicSpec {
                name: want.name.clone(),
                partitions: want.partitions,
                replication_factor: want.replication_factor,
                configs: want.configs.clone(),
            }
        })
        .collect();
    let mut created = BTreeMap::new();
    if !creates.is_empty() {
        for (name, result) in admin.create_topics(&creates, false).await? {
            created.insert(name, result);
        }
    }
    for topic in &mut view.topics {
        let subject = format!("topic '{}'", topic.plan.topic);
        let result = match topic.plan.action {
            PlanAction::Unchanged => continue,
            PlanAction::Create => match created.remove(&topic.plan.topic) {
                Some(Ok(())) => Ok(()),
                Some(Err(err)) => Err(item_error(&subject, &err)),
                None => Err(KanError::kafka(format!(
                    "{subject}: no result from the broker"
                ))),
            },
            PlanAction::Alter => alter(&admin, topic).await.map_err(|err| match err {
                AlterFailure::Item(err) => item_error(&subject, &err),
                AlterFailure::Request(err) => err,
            }),
        };
        match result {
            Ok(()) => topic.status = ApplyStatus::Applied,
            Err(err) => {
                topic.status = ApplyStatus::Failed;
                topic.error = Some(err.to_string());
                failures.push(err);
            }
        }
    }
    output.emit(&view)?;
    let changed = view
        .topics
        .iter()
        .filter(|topic| topic.plan.action != PlanAction::Unchanged)
        .count();
    outcome(changed, failures, "topics")
}

enum AlterFailure {
    Item(crate::kafka::native::ItemError),
    Request(KanError),
}

async fn alter(admin: &Admin, topic: &AppliedTopic) -> Result<(), AlterFailure> {
    let set: BTreeMap<String, String> = topic
        .plan
        .changes
        .iter()
        .map(|change| (change.key.clone(), change.to.clone()))
        .collect();
    if !set.is_empty() {
        admin
            .alter_topic_configs(&topic.plan.topic, &set, &[], false)
            .map_err(AlterFailure::Request)?
            .map_err(AlterFailure::Item)?;
    }
    if let Some(total) = topic.plan.partitions.and_then(|change| change.to) {
        admin
            .create_partitions(&topic.plan.topic, total, false)
            .await
            .map_err(AlterFailure::Request)?
            .map_err(AlterFailure::Item)?;
    }
    Ok(())
}

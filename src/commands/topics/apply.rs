//! `kan topics apply -f FILE`: declarative topics. Reads the file, compares with the cluster,
//! prints the plan, and (unless `--dry-run`) creates, alters and grows what differs.

use std::collections::BTreeMap;

use crate::cli::TopicsApply;
use crate::commands::outcome;
use crate::domain::topic_plan::{self, CurrentTopic, PlanAction};
use crate::domain::topic_spec::{self, DesiredTopic};
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
    let current = current_topics(&admin, &desired).await?;
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
    let failures = carry_out(&admin, &desired, &mut view.topics).await?;
    output.emit(&view)?;
    let changed = view
        .topics
        .iter()
        .filter(|topic| topic.plan.action != PlanAction::Unchanged)
        .count();
    outcome(changed, failures, "topics")
}

/// The declared topics that exist, as they are now.
async fn current_topics(
    admin: &Admin,
    desired: &[DesiredTopic],
) -> Result<BTreeMap<String, CurrentTopic>, KanError> {
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
    Ok(current)
}

/// Creates, alters and grows what the plan says, marking each topic applied or failed; the
/// failures.
async fn carry_out(
    admin: &Admin,
    desired: &[DesiredTopic],
    topics: &mut [AppliedTopic],
) -> Result<Vec<KanError>, KanError> {
    let creates: Vec<NewTopicSpec> = desired
        .iter()
        .filter(|want| {
            topics.iter().any(|topic| {
                topic.plan.topic == want.name && topic.plan.action == PlanAction::Create
            })
        })
        .map(|want| NewTopicSpec {
            name: want.name.clone(),
            partitions: want.partitions,
            replication_factor: want.replication_factor,
            configs: want.configs.clone(),
        })
        .collect();
    let mut created = BTreeMap::new();
    if !creates.is_empty() {
        created.extend(admin.create_topics(&creates, false).await?);
    }
    let mut failures = Vec::new();
    for topic in topics {
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
            PlanAction::Alter => alter(admin, topic).await.map_err(|err| match err {
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
    Ok(failures)
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

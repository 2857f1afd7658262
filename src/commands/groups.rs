//! `kan groups list|describe|delete`.

use crate::cli::GroupsCommand;
use crate::commands::{outcome, pick};
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::kafka::errors::{group_missing, group_not_empty};
use crate::kafka::Admin;
use crate::render::groups::{GroupDescribeView, GroupSummary, GroupsListView};
use crate::render::topics::{ItemStatus, TopicResult, TopicResultsView};
use crate::render::Output;
use crate::settings::Settings;
use crate::terminal;

pub async fn run(settings: &Settings, output: &Output, command: GroupsCommand) -> Result<Exit> {
    let admin = Admin::connect(&settings.connection)?;
    match command {
        GroupsCommand::List => list(output, &admin),
        GroupsCommand::Describe { group } => {
            let group = pick::group_or_ask(&admin, group, "Group to describe", "GROUP")?;
            describe(settings, output, &admin, group)
        }
        GroupsCommand::Delete { mut groups } => {
            if groups.is_empty() {
                groups.push(pick::group_or_ask(
                    &admin,
                    None,
                    "Group to delete",
                    "GROUP",
                )?);
            }
            delete(settings, output, &admin, &groups).await
        }
    }
}

fn list(output: &Output, admin: &Admin) -> Result<Exit> {
    let listed = admin.list_groups()?;
    let names: Vec<String> = listed.iter().map(|group| group.group.clone()).collect();
    let described = admin.describe_groups(&names)?;
    let groups = listed
        .into_iter()
        .map(|listing| {
            let info = described.iter().find(|info| info.group == listing.group);
            GroupSummary {
                state: info.map_or(listing.state, |info| info.state),
                protocol: info.map(|info| info.protocol.clone()).unwrap_or_default(),
                members: info.map_or(0, |info| info.members.len()),
                group: listing.group,
            }
        })
        .collect();
    output.emit(&GroupsListView { groups })?;
    Ok(Exit::Success)
}

fn describe(settings: &Settings, output: &Output, admin: &Admin, group: String) -> Result<Exit> {
    let info = admin
        .describe_groups(std::slice::from_ref(&group))?
        .into_iter()
        .next()
        .ok_or_else(|| KanError::no_group(&group))?;
    if !admin.group_exists(&info)? {
        return Err(KanError::no_group(&group).into());
    }
    let args = super::lag::plain_args(vec![group], Vec::new(), true);
    let offsets = super::lag::snapshot(settings, admin, &args)?;
    output.emit(&GroupDescribeView {
        group: info,
        offsets,
    })?;
    Ok(Exit::Success)
}

async fn delete(
    settings: &Settings,
    output: &Output,
    admin: &Admin,
    groups: &[String],
) -> Result<Exit> {
    let question = match groups {
        [one] => format!("delete consumer group '{one}' and its committed offsets"),
        many => format!(
            "delete {} consumer groups ({})",
            many.len(),
            many.join(", ")
        ),
    };
    if !terminal::confirm_destructive(&question, settings.yes)? {
        return Err(KanError::usage("aborted: nothing was deleted").into());
    }
    let mut failures = Vec::new();
    let mut results = Vec::new();
    let mut record = |group: String, error: Option<KanError>| {
        results.push(TopicResult {
            topic: group,
            status: if error.is_some() {
                ItemStatus::Failed
            } else {
                ItemStatus::Deleted
            },
            error: error.as_ref().map(ToString::to_string),
            configs: Default::default(),
            deleted_configs: Vec::new(),
            partitions: None,
        });
        failures.extend(error);
    };
    // Some brokers accept deleting a group that never existed: check first, so a typo is a
    // clear "not found" everywhere.
    let mut present = Vec::new();
    for info in admin.describe_groups(groups)? {
        if admin.group_exists(&info)? {
            present.push(info.group);
        } else {
            let error = KanError::no_group(&info.group);
            record(info.group, Some(error));
        }
    }
    let deleted = if present.is_empty() {
        Vec::new()
    } else {
        admin.delete_groups(&present).await?
    };
    for (group, result) in deleted {
        let error = result.err().map(|err| {
            if group_missing(&err) {
                KanError::no_group(&group)
            } else if group_not_empty(&err) {
                KanError::kafka(format!(
                    "consumer group '{group}' has active members; stop them first"
                ))
            } else {
                KanError::kafka(format!("consumer group '{group}': {}", err.message))
            }
        });
        record(group, error);
    }
    output.emit(&TopicResultsView {
        results,
        sizing: None,
    })?;
    outcome(groups.len(), failures, "groups")
}

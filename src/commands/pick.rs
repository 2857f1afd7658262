//! Pickers fed by the live cluster. A command missing a required topic or group name asks for
//! one on a terminal (typing filters the list) instead of failing; without a terminal, or with
//! `--no-input`, the name is the usual usage error.

use crate::domain::isolation::Isolation;
use crate::error::KanError;
use crate::kafka::Admin;

use crate::terminal::{self, prompt, prompt::Answer};

/// `value`, or one picked from the cluster's topics; `what` names the argument in the usage
/// error when no one can be asked.
pub(crate) fn topic_or_ask(
    admin: &Admin,
    value: Option<String>,
    question: &str,
    what: &str,
) -> Result<String, KanError> {
    or_pick(value, what, || topic(admin, question))
}

/// `value`, or one picked from the cluster's consumer groups.
pub(crate) fn group_or_ask(
    admin: &Admin,
    value: Option<String>,
    question: &str,
    what: &str,
) -> Result<String, KanError> {
    or_pick(value, what, || group(admin, question))
}

fn or_pick(
    value: Option<String>,
    what: &str,
    pick: impl FnOnce() -> Result<Answer<String>, KanError>,
) -> Result<String, KanError> {
    if let Some(value) = value {
        return Ok(value);
    }
    if !terminal::interactive() {
        return Err(prompt::missing(what));
    }
    prompt::given(pick()?)
}

/// One of the cluster's topics (internal ones left out), shown with its partition count.
pub(crate) fn topic(admin: &Admin, question: &str) -> Result<Answer<String>, KanError> {
    topic_starting(admin, question, "")
}

/// Like [`topic`], with the cursor on `default` when the cluster has it.
pub(crate) fn topic_starting(
    admin: &Admin,
    question: &str,
    default: &str,
) -> Result<Answer<String>, KanError> {
    let topics: Vec<_> = admin
        .metadata(None)?
        .into_iter()
        .filter(|topic| !topic.internal)
        .collect();
    if topics.is_empty() {
        return Err(KanError::not_found("the cluster has no topics yet"));
    }
    let width = topics.iter().map(|t| t.name.len()).max().unwrap_or(0);
    let items: Vec<String> = topics
        .iter()
        .map(|topic| {
            let count = topic.partitions.len();
            let plural = if count == 1 { "" } else { "s" };
            format!("{:width$}  {count} partition{plural}", topic.name)
        })
        .collect();
    let starting = topics.iter().position(|t| t.name == default).unwrap_or(0);
    let chosen = prompt::select(question, items, starting)?;
    Ok(chosen.map(|index| topics[index].name.clone()))
}

/// One of the cluster's consumer groups, shown with its state.
pub(crate) fn group(admin: &Admin, question: &str) -> Result<Answer<String>, KanError> {
    let groups = admin.list_groups()?;
    if groups.is_empty() {
        return Err(KanError::not_found(
            "the cluster has no consumer groups yet",
        ));
    }
    let width = groups.iter().map(|g| g.group.len()).max().unwrap_or(0);
    let items: Vec<String> = groups
        .iter()
        .map(|group| format!("{:width$}  {}", group.group, group.state))
        .collect();
    let chosen = prompt::select(question, items, 0)?;
    Ok(chosen.map(|index| groups[index].group.clone()))
}

/// One of a topic's partitions, shown with its offsets.
pub(crate) fn partition(
    admin: &Admin,
    topic: &str,
    question: &str,
) -> Result<Answer<i32>, KanError> {
    let found = admin.topic(topic)?;
    let keys = found.all_partitions();
    let bounds = admin.log_bounds(&keys, Isolation::ReadUncommitted)?;
    let items: Vec<String> = keys
        .iter()
        .map(|key| {
            let (low, high) = bounds.get(key).copied().unwrap_or((0, 0));
            format!(
                "{:>3}  offsets {low}..{high} ({} records)",
                key.1,
                high - low
            )
        })
        .collect();
    let chosen = prompt::select(question, items, 0)?;
    Ok(chosen.map(|index| keys[index].1))
}

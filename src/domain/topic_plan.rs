//! What `kan topics apply` must do to turn the cluster into what the file declares.
//!
//! The plan only ever creates topics, raises partition counts and sets configs the file
//! names. It never deletes a topic or resets a config the file does not mention, and it
//! refuses what Kafka cannot do (fewer partitions, another replication factor).

use std::collections::BTreeMap;

use serde::Serialize;

use super::topic_config::normalize_value;
use super::topic_spec::DesiredTopic;

/// A topic as it exists now.
#[derive(Debug, Clone, PartialEq)]
pub struct CurrentTopic {
    pub partitions: i32,
    pub replication_factor: i32,
    /// Effective values of every config the broker reported.
    pub configs: BTreeMap<String, String>,
}

/// What happens to one topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PlanAction {
    Create,
    Alter,
    Unchanged,
}

/// One config that changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConfigChange {
    pub key: String,
    /// `None` when the topic does not exist yet or the broker reported no value.
    pub from: Option<String>,
    pub to: String,
}

/// A partition count that changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PartitionChange {
    /// `None` when the topic is created.
    pub from: Option<i32>,
    /// `None` on creation without a declared count: the broker default applies.
    pub to: Option<i32>,
}

/// The plan for one topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicPlan {
    pub topic: String,
    pub action: PlanAction,
    pub partitions: Option<PartitionChange>,
    pub replication_factor: Option<i32>,
    pub changes: Vec<ConfigChange>,
}

/// Builds the plan, or explains why the file asks for something Kafka cannot do.
pub fn plan(
    desired: &[DesiredTopic],
    current: &BTreeMap<String, CurrentTopic>,
) -> Result<Vec<TopicPlan>, Vec<String>> {
    let mut plans = Vec::new();
    let mut problems = Vec::new();
    for want in desired {
        let Some(have) = current.get(&want.name) else {
            plans.push(TopicPlan {
                topic: want.name.clone(),
                action: PlanAction::Create,
                partitions: Some(PartitionChange {
                    from: None,
                    to: want.partitions,
                }),
                replication_factor: want.replication_factor,
                changes: want
                    .configs
                    .iter()
                    .map(|(key, value)| ConfigChange {
                        key: key.clone(),
                        from: None,
                        to: value.clone(),
                    })
                    .collect(),
            });
            continue;
        };
        let mut partitions = None;
        if let Some(wanted) = want.partitions {
            if wanted < have.partitions {
                problems.push(format!(
                    "{}: cannot reduce partitions from {} to {} (Kafka never removes partitions)",
                    want.name, have.partitions, wanted
                ));
            } else if wanted > have.partitions {
                partitions = Some(PartitionChange {
                    from: Some(have.partitions),
                    to: Some(wanted),
                });
            }
        }
        if let Some(factor) = want.replication_factor {
            if factor != have.replication_factor {
                problems.push(format!(
                    "{}: replication factor is {} but the file says {} (changing it needs a partition reassignment)",
                    want.name, have.replication_factor, factor
                ));
            }
        }
        let changes: Vec<ConfigChange> = want
            .configs
            .iter()
            .filter(|(key, value)| {
                let current = have.configs.get(*key);
                let current_normalised =
                    current.map(|v| normalize_value(key, v).unwrap_or_else(|_| v.clone()));
                current_normalised.as_deref() != Some(value.as_str())
            })
            .map(|(key, value)| ConfigChange {
                key: key.clone(),
                from: have.configs.get(key).cloned(),
                to: value.clone(),
            })
            .collect();
        let action = if changes.is_empty() && partitions.is_none() {
            PlanAction::Unchanged
        } else {
            PlanAction::Alter
        };
        plans.push(TopicPlan {
            topic: want.name.clone(),
            action,
            partitions,
            replication_factor: None,
            changes,
        });
    }
    if problems.is_empty() {
        Ok(plans)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desired(name: &str, partitions: Option<i32>, configs: &[(&str, &str)]) -> DesiredTopic {
        DesiredTopic {
            name: name.into(),
            partitions,
            replication_factor: None,
            configs: configs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    fn current(partitions: i32, configs: &[(&str, &str)]) -> CurrentTopic {
        CurrentTopic {
            partitions,
            replication_factor: 1,
            configs: configs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    #[test]
    fn missing_topics_are_created_with_all_configs() {
        let plans = plan(
            &[desired("a", Some(3), &[("retention.ms", "1000")])],
            &BTreeMap::new(),
        )
        .unwrap();
        assert_eq!(plans[0].action, PlanAction::Create);
        assert_eq!(
            plans[0].partitions,
            Some(PartitionChange {
                from: None,
                to: Some(3)
            })
        );
        assert_eq!(plans[0].changes[0].from, None);
    }

    #[test]
    fn only_differing_configs_change() {
        let have = BTreeMap::from([(
            "a".to_string(),
            current(
                3,
                &[
                    ("retention.ms", "604800000"),
                    ("cleanup.policy", "delete,compact"),
                ],
            ),
        )]);
        let want = [desired(
            "a",
            Some(3),
            &[
                ("retention.ms", "86400000"),
                ("cleanup.policy", "compact,delete"),
            ],
        )];
        let plans = plan(&want, &have).unwrap();
        assert_eq!(plans[0].action, PlanAction::Alter);
        assert_eq!(
            plans[0].changes,
            vec![ConfigChange {
                key: "retention.ms".into(),
                from: Some("604800000".into()),
                to: "86400000".into()
            }]
        );
        assert_eq!(plans[0].partitions, None);
    }

    #[test]
    fn identical_topics_are_unchanged() {
        let have = BTreeMap::from([("a".to_string(), current(3, &[("retention.ms", "1000")]))]);
        let plans = plan(&[desired("a", Some(3), &[("retention.ms", "1000")])], &have).unwrap();
        assert_eq!(plans[0].action, PlanAction::Unchanged);
        assert!(plans[0].changes.is_empty());
    }

    #[test]
    fn partitions_grow_but_never_shrink() {
        let have = BTreeMap::from([("a".to_string(), current(3, &[]))]);
        let plans = plan(&[desired("a", Some(6), &[])], &have).unwrap();
        assert_eq!(
            plans[0].partitions,
            Some(PartitionChange {
                from: Some(3),
                to: Some(6)
            })
        );
        let problems = plan(&[desired("a", Some(2), &[])], &have).unwrap_err();
        assert!(problems[0].contains("cannot reduce partitions from 3 to 2"));
    }

    #[test]
    fn replication_factor_changes_are_refused() {
        let have = BTreeMap::from([("a".to_string(), current(3, &[]))]);
        let mut want = desired("a", None, &[]);
        want.replication_factor = Some(3);
        let problems = plan(&[want], &have).unwrap_err();
        assert!(problems[0].contains("replication factor is 1"));
    }
}

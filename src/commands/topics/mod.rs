//! `kan topics …`.

mod alter;
mod apply;
mod create;
mod delete;
mod describe;
mod list;
mod truncate;

use crate::cli::{TopicsCommand, TypedConfigArgs};
use crate::commands::pick;
use crate::domain::topic::check_topic_name;
use crate::domain::topic_config::TypedTopicSettings;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::kafka::Admin;
use crate::render::Output;
use crate::settings::Settings;

pub async fn run(settings: &Settings, output: &Output, command: TopicsCommand) -> Result<Exit> {
    match command {
        TopicsCommand::Create(args) => create::run(settings, output, args).await,
        TopicsCommand::List(args) => list::run(settings, output, args).await,
        TopicsCommand::Describe(mut args) => {
            if args.names.is_empty() {
                let admin = Admin::connect(&settings.connection)?;
                let name = pick::topic_or_ask(&admin, None, "Topic to describe", "NAME")?;
                args.names.push(name);
            }
            describe::run(settings, output, args).await
        }
        TopicsCommand::Alter(args) => alter::run(settings, output, args).await,
        TopicsCommand::Delete(mut args) => {
            if args.names.is_empty() {
                let admin = Admin::connect(&settings.connection)?;
                let name = pick::topic_or_ask(&admin, None, "Topic to delete", "NAME")?;
                args.names.push(name);
            }
            delete::run(settings, output, args).await
        }
        TopicsCommand::Apply(args) => apply::run(settings, output, args).await,
        TopicsCommand::Truncate(args) => {
            let admin = Admin::connect(&settings.connection)?;
            let name = pick::topic_or_ask(&admin, args.name.clone(), "Topic to truncate", "NAME")?;
            truncate::run(settings, output, &admin, &name, args).await
        }
    }
}

/// The typed shortcuts of create/alter as domain settings.
fn typed_settings(args: &TypedConfigArgs) -> TypedTopicSettings {
    TypedTopicSettings {
        retention: args.retention,
        retention_bytes: args.retention_bytes,
        compact: args.compact,
        compression: args.compression,
    }
}

/// Validates topic names given on the command line: Kafka's rules, and no repeats.
fn check_names(names: &[String]) -> Result<(), KanError> {
    let mut seen = std::collections::BTreeSet::new();
    for name in names {
        check_topic_name(name).map_err(KanError::usage)?;
        if !seen.insert(name) {
            return Err(KanError::usage(format!("topic '{name}' is given twice")));
        }
    }
    Ok(())
}

//! `kan config show|profiles`: what kan will connect with, and from where each value came.

use std::collections::BTreeMap;

use crate::error::Result;
use crate::exit::Exit;
use crate::render::config::{ConfigShowView, ProfileSummary, ProfilesView, SettingValue};
use crate::render::Output;
use crate::settings::{self, Settings};

/// Property names whose values are secrets.
use crate::settings::is_secret;

pub fn show(settings: &Settings, output: &Output) -> Result<Exit> {
    let connection = &settings.connection;
    let origin = |name: &str| connection.origins.get(name).map(ToString::to_string);
    let mut values: BTreeMap<String, SettingValue> = BTreeMap::new();
    let mut put = |name: &str, value: Option<String>| {
        values.insert(
            name.to_string(),
            SettingValue {
                value,
                origin: origin(name),
            },
        );
    };
    put("brokers", Some(connection.brokers.clone()));
    put(
        "security_protocol",
        Some(connection.security_protocol.as_str().to_string()),
    );
    put(
        "sasl_mechanism",
        connection
            .sasl_mechanism
            .map(|mechanism| mechanism.as_str().to_string()),
    );
    put("sasl_username", connection.sasl_username.clone());
    put(
        "sasl_password",
        connection
            .sasl_password
            .as_ref()
            .map(|_| "****".to_string()),
    );
    put(
        "ssl_ca",
        connection.ssl_ca.as_ref().map(|p| p.display().to_string()),
    );
    put(
        "ssl_cert",
        connection
            .ssl_cert
            .as_ref()
            .map(|p| p.display().to_string()),
    );
    put(
        "ssl_key",
        connection.ssl_key.as_ref().map(|p| p.display().to_string()),
    );
    put(
        "timeout",
        Some(humantime::format_duration(connection.timeout).to_string()),
    );
    let registry = connection.registry.as_ref();
    put("schema_registry_url", registry.map(|r| r.url.clone()));
    put(
        "schema_registry_user",
        registry.and_then(|r| r.user.clone()),
    );
    put(
        "schema_registry_password",
        registry
            .and_then(|r| r.password.as_ref())
            .map(|_| "****".to_string()),
    );
    put(
        "schema_registry_ca",
        registry.and_then(|r| r.ca.as_ref().map(|p| p.display().to_string())),
    );
    let properties = connection
        .properties
        .iter()
        .map(|(key, value)| {
            let shown = if is_secret(key) {
                "****".to_string()
            } else {
                value.clone()
            };
            (key.clone(), shown)
        })
        .collect();
    output.emit(&ConfigShowView {
        profile: settings.profile.clone(),
        config_file: settings
            .config_file
            .as_ref()
            .map(|path| path.display().to_string()),
        settings: values,
        properties,
    })?;
    Ok(Exit::Success)
}

pub fn profiles(output: &Output) -> Result<Exit> {
    let (path, file) = settings::load_config_file()?;
    let profiles = file
        .profiles
        .iter()
        .map(|(name, profile)| ProfileSummary {
            name: name.clone(),
            brokers: profile.brokers.clone(),
            security_protocol: profile
                .security_protocol
                .map(|protocol| protocol.as_str().to_string()),
            default: file.default_profile.as_deref() == Some(name.as_str()),
        })
        .collect();
    output.emit(&ProfilesView {
        config_file: path.map(|path| path.display().to_string()),
        default_profile: file.default_profile.clone(),
        profiles,
    })?;
    Ok(Exit::Success)
}

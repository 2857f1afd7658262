//! Views of `kan config show|profiles`. Secrets never reach these structs unmasked.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;

use super::table::{render, Style};
use super::View;

/// `kan config show`.
#[derive(Debug, Serialize)]
pub struct ConfigShowView {
    pub profile: Option<String>,
    pub config_file: Option<String>,
    /// Setting name → value and where it came from.
    pub settings: BTreeMap<String, SettingValue>,
    /// librdkafka properties from the profile and -X (later wins), secrets masked.
    pub properties: BTreeMap<String, String>,
}

#[derive(Debug, Serialize)]
pub struct SettingValue {
    pub value: Option<String>,
    pub origin: Option<String>,
}

impl View for ConfigShowView {
    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        writeln!(
            out,
            "Profile: {}  config file: {}",
            self.profile.as_deref().unwrap_or("(none)"),
            self.config_file.as_deref().unwrap_or("(none)")
        )?;
        let mut table = style.table(["SETTING", "VALUE", "FROM"]);
        for (name, setting) in &self.settings {
            table.add_row(vec![
                name.clone(),
                setting.value.clone().unwrap_or_else(|| "-".into()),
                setting.origin.clone().unwrap_or_default(),
            ]);
        }
        for (key, value) in &self.properties {
            table.add_row(vec![format!("-X {key}"), value.clone(), String::new()]);
        }
        out.write_all(render(&table).as_bytes())
    }
}

/// `kan config profiles`.
#[derive(Debug, Serialize)]
pub struct ProfilesView {
    pub config_file: Option<String>,
    pub default_profile: Option<String>,
    pub profiles: Vec<ProfileSummary>,
}

#[derive(Debug, Serialize)]
pub struct ProfileSummary {
    pub name: String,
    pub brokers: Option<String>,
    pub security_protocol: Option<String>,
    pub default: bool,
}

impl View for ProfilesView {
    fn ndjson_rows(&self) -> Vec<serde_json::Value> {
        super::rows(&self.profiles)
    }

    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        if self.profiles.is_empty() {
            return writeln!(
                out,
                "No profiles ({}).",
                self.config_file.as_deref().unwrap_or("no config file")
            );
        }
        let mut table = style.table(["PROFILE", "BROKERS", "SECURITY", "DEFAULT"]);
        for profile in &self.profiles {
            table.add_row(vec![
                profile.name.clone(),
                profile.brokers.clone().unwrap_or_else(|| "-".into()),
                profile
                    .security_protocol
                    .clone()
                    .unwrap_or_else(|| "-".into()),
                if profile.default {
                    "yes".into()
                } else {
                    String::new()
                },
            ]);
        }
        out.write_all(render(&table).as_bytes())
    }
}

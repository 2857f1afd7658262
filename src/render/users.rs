//! Views of `kan users list|create|delete`. None of them has a place for a password.

use std::io::{self, Write};

use serde::Serialize;

use super::table::{render, Style};
use super::View;
use crate::domain::users::{ScramMechanism, ScramUser, UpsertStatus};

/// `kan users list`.
#[derive(Debug, Serialize)]
pub struct UsersListView {
    pub users: Vec<ScramUser>,
}

impl View for UsersListView {
    fn ndjson_rows(&self) -> Vec<serde_json::Value> {
        super::rows(&self.users)
    }

    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        let mut table = style.table(["USER", "MECHANISM", "ITERATIONS"]);
        for user in &self.users {
            for credential in &user.credentials {
                table.add_row(vec![
                    user.user.clone(),
                    credential
                        .mechanism
                        .map_or("unknown", ScramMechanism::as_str)
                        .to_string(),
                    credential.iterations.to_string(),
                ]);
            }
        }
        style.align_right(&mut table, &[2]);
        out.write_all(render(&table).as_bytes())
    }
}

/// `kan users create`: what was set, and whether the credential is new or replaced.
#[derive(Debug, Serialize)]
pub struct UserUpsertView {
    pub user: String,
    pub mechanism: ScramMechanism,
    pub iterations: i32,
    pub status: UpsertStatus,
}

impl View for UserUpsertView {
    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        let mut table = style.table(["USER", "MECHANISM", "ITERATIONS", "STATUS"]);
        table.add_row(vec![
            self.user.clone(),
            self.mechanism.to_string(),
            self.iterations.to_string(),
            self.status.as_str().to_string(),
        ]);
        style.align_right(&mut table, &[2]);
        out.write_all(render(&table).as_bytes())
    }
}

/// What a delete did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeleteStatus {
    Deleted,
    /// Some of the mechanisms were deleted and some not (the error says why).
    Partial,
    Failed,
}

/// `kan users delete`.
#[derive(Debug, Serialize)]
pub struct UserDeleteView {
    pub user: String,
    /// The mechanisms whose credentials were asked to go.
    pub mechanisms: Vec<ScramMechanism>,
    pub status: DeleteStatus,
    pub error: Option<String>,
}

impl View for UserDeleteView {
    fn write_table(&self, out: &mut dyn Write, style: &Style) -> io::Result<()> {
        let mut table = style.table(["USER", "MECHANISMS", "STATUS", "ERROR"]);
        let status = match self.status {
            DeleteStatus::Deleted => "deleted",
            DeleteStatus::Partial => "partial",
            DeleteStatus::Failed => "failed",
        };
        table.add_row(vec![
            self.user.clone(),
            crate::domain::users::names(&self.mechanisms),
            status.to_string(),
            self.error.clone().unwrap_or_default(),
        ]);
        out.write_all(render(&table).as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::users::Credential;

    fn table(view: &dyn Fn(&mut Vec<u8>, &Style) -> io::Result<()>) -> String {
        let style = Style {
            color: false,
            tty: false,
            compact: false,
        };
        let mut out = Vec::new();
        view(&mut out, &style).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn list_has_a_row_per_credential() {
        let view = UsersListView {
            users: vec![ScramUser {
                user: "svc".into(),
                credentials: vec![
                    Credential {
                        mechanism: Some(ScramMechanism::Sha256),
                        iterations: 4096,
                    },
                    Credential {
                        mechanism: Some(ScramMechanism::Sha512),
                        iterations: 8192,
                    },
                ],
            }],
        };
        let text = table(&|out, style| view.write_table(out, style));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(lines[1].starts_with("svc") && lines[1].contains("SCRAM-SHA-256"));
        assert!(lines[2].contains("SCRAM-SHA-512") && lines[2].ends_with("8192"));
        assert_eq!(view.ndjson_rows().len(), 1);
    }

    #[test]
    fn create_and_delete_say_what_happened() {
        let created = UserUpsertView {
            user: "svc".into(),
            mechanism: ScramMechanism::Sha512,
            iterations: 4096,
            status: UpsertStatus::Updated,
        };
        assert_eq!(
            serde_json::to_value(&created).unwrap(),
            serde_json::json!({"user": "svc", "mechanism": "SCRAM-SHA-512",
                "iterations": 4096, "status": "updated"})
        );
        let text = table(&|out, style| created.write_table(out, style));
        assert!(text.lines().nth(1).unwrap().ends_with("updated"), "{text}");

        let deleted = UserDeleteView {
            user: "svc".into(),
            mechanisms: vec![ScramMechanism::Sha256, ScramMechanism::Sha512],
            status: DeleteStatus::Deleted,
            error: None,
        };
        assert_eq!(
            serde_json::to_value(&deleted).unwrap(),
            serde_json::json!({"user": "svc", "mechanisms": ["SCRAM-SHA-256", "SCRAM-SHA-512"],
                "status": "deleted", "error": null})
        );
        let text = table(&|out, style| deleted.write_table(out, style));
        assert!(
            text.contains("SCRAM-SHA-256, SCRAM-SHA-512  deleted"),
            "{text}"
        );
    }
}

//! The Confluent Schema Registry's REST API: the only place kan talks HTTP to a registry.
//!
//! Schemas are fetched by id once per run and kept (an id's schema never changes). Requests are
//! blocking (ureq) and bounded by `--timeout`; callers on the async runtime run them on a
//! blocking thread. The password never appears in an error: only the URL's scheme, host and
//! port and the registry's own error text do.

pub mod decode;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Deserialize;

use crate::domain::envelope::base64_encode;
use crate::domain::schema::compatibility::Compatibility;
use crate::domain::schema::SchemaKind;
use crate::error::KanError;
use crate::settings::RegistrySettings;

/// A schema as the registry returns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisteredSchema {
    pub id: u32,
    pub kind: SchemaKind,
    pub text: String,
    pub references: Vec<Reference>,
}

/// A schema another one imports (`import "other.proto"`, an Avro named type…), by subject and
/// version.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Reference {
    pub name: String,
    pub subject: String,
    pub version: i64,
}

/// What went wrong talking to the registry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegistryError {
    /// The registry does not know it (HTTP 404: an id, subject or version).
    #[error("{0}")]
    NotFound(String),
    /// Unreachable, timed out, or an answer kan cannot use.
    #[error("{0}")]
    Failed(String),
    /// The registry refused a schema as incompatible with the subject's (HTTP 409).
    #[error("{0}")]
    Incompatible(String),
    /// A permanent delete of what was not soft-deleted first (error codes 40405 for a subject,
    /// 40407 for a version).
    #[error("{0}")]
    NotSoftDeleted(String),
}

impl From<RegistryError> for KanError {
    fn from(err: RegistryError) -> Self {
        match err {
            RegistryError::NotFound(message) | RegistryError::NotSoftDeleted(message) => {
                KanError::NotFound(message)
            }
            RegistryError::Incompatible(message) => KanError::Threshold(message),
            RegistryError::Failed(message) => KanError::Kafka {
                message,
                detail: None,
            },
        }
    }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SchemaBody {
    schema: String,
    #[serde(default)]
    schema_type: Option<String>,
    #[serde(default)]
    references: Vec<Reference>,
    #[serde(default)]
    id: Option<u32>,
}

/// A schema's place in a subject: its id and version there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct SubjectSchema {
    pub id: u32,
    pub version: i64,
}

/// The registry's verdict on a schema against a subject's latest version.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Verdict {
    pub is_compatible: bool,
    /// Why not (asked with `verbose=true`; older registries leave it out).
    #[serde(default)]
    pub messages: Vec<String>,
}

/// A connection to one registry, with its cache of schemas by id.
pub struct Registry {
    base: String,
    /// Scheme, host and port: what errors show.
    shown: String,
    agent: ureq::Agent,
    authorization: Option<String>,
    by_id: Mutex<HashMap<u32, Arc<RegisteredSchema>>>,
}

impl Registry {
    /// Checks the settings (URL, CA file, password) without contacting the registry.
    pub fn connect(settings: &RegistrySettings, timeout: Duration) -> Result<Registry, KanError> {
        let shown = http_origin(&settings.url).ok_or_else(|| bad_url(&settings.url))?;
        let roots = match &settings.ca {
            Some(path) => ureq::tls::RootCerts::from(read_ca(path)?),
            None => ureq::tls::RootCerts::PlatformVerifier,
        };
        let tls = ureq::tls::TlsConfig::builder().root_certs(roots).build();
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .http_status_as_error(false)
            .tls_config(tls)
            .user_agent(concat!("kan/", env!("CARGO_PKG_VERSION")))
            .build();
        let authorization = settings.credentials()?.map(|(user, password)| {
            let pair = format!("{user}:{}", password.expose());
            format!("Basic {}", base64_encode(pair.as_bytes()))
        });
        Ok(Registry {
            base: settings.url.clone(),
            shown,
            agent: ureq::Agent::new_with_config(config),
            authorization,
            by_id: Mutex::new(HashMap::new()),
        })
    }

    /// The schema with this id (fetched once, then from the cache).
    pub fn schema_by_id(&self, id: u32) -> Result<Arc<RegisteredSchema>, RegistryError> {
        if let Some(schema) = self.cached(id) {
            return Ok(schema);
        }
        let body: SchemaBody =
            self.get(&format!("/schemas/ids/{id}"), &format!("schema id {id}"))?;
        let schema = Arc::new(registered(id, body)?);
        if let Ok(mut cache) = self.by_id.lock() {
            cache.insert(id, schema.clone());
        }
        Ok(schema)
    }

    /// A subject's schema at `version` (a number, or `latest`).
    pub fn subject_version(
        &self,
        subject: &str,
        version: &str,
    ) -> Result<RegisteredSchema, RegistryError> {
        let what = format!("subject '{subject}' version {version}");
        let path = format!("/subjects/{}/versions/{version}", encode_segment(subject));
        let body: SchemaBody = self.get(&path, &what)?;
        let id = body
            .id
            .ok_or_else(|| self.failed(&what, "the answer has no id"))?;
        registered(id, body)
    }

    /// Every subject, sorted.
    pub fn subjects(&self) -> Result<Vec<String>, RegistryError> {
        let mut subjects: Vec<String> = self.get("/subjects", "the subjects")?;
        subjects.sort();
        Ok(subjects)
    }

    /// A subject's latest version number and schema.
    pub fn latest(&self, subject: &str) -> Result<(i64, RegisteredSchema), RegistryError> {
        #[derive(Deserialize)]
        struct Version {
            version: i64,
        }
        let path = format!("/subjects/{}/versions/latest", encode_segment(subject));
        let version: Version = self.get(&path, &format!("subject '{subject}'"))?;
        Ok((version.version, self.subject_version(subject, "latest")?))
    }

    /// The compatibility level that applies to a subject (its own, else the global one).
    pub fn compatibility(&self, subject: &str) -> Result<Compatibility, RegistryError> {
        let path = format!("/config/{}?defaultToGlobal=true", encode_segment(subject));
        match self.get::<Config>(&path, &format!("the compatibility of '{subject}'")) {
            Ok(config) => Ok(config.compatibility_level),
            Err(RegistryError::NotFound(_)) => self.global_compatibility(),
            Err(err) => Err(err),
        }
    }

    /// The subject's own compatibility level; `None` when it has none (the global one applies).
    pub fn subject_compatibility(
        &self,
        subject: &str,
    ) -> Result<Option<Compatibility>, RegistryError> {
        let path = format!("/config/{}", encode_segment(subject));
        match self.get::<Config>(&path, &format!("compatibility level of '{subject}'")) {
            Ok(config) => Ok(Some(config.compatibility_level)),
            Err(RegistryError::NotFound(_)) => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// The registry's global compatibility level.
    pub fn global_compatibility(&self) -> Result<Compatibility, RegistryError> {
        let global: Config = self.get("/config", "global compatibility level")?;
        Ok(global.compatibility_level)
    }

    /// Sets a subject's compatibility level, or the global one (`None`); the level the
    /// registry answers with.
    pub fn set_compatibility(
        &self,
        subject: Option<&str>,
        level: Compatibility,
    ) -> Result<Compatibility, RegistryError> {
        #[derive(Deserialize)]
        struct Set {
            compatibility: Compatibility,
        }
        let (path, what) = match subject {
            Some(subject) => (
                format!("/config/{}", encode_segment(subject)),
                format!("setting the compatibility of '{subject}'"),
            ),
            None => (
                "/config".to_string(),
                "setting the global compatibility".into(),
            ),
        };
        let body = serde_json::json!({ "compatibility": level });
        let set: Set = self.send("PUT", &path, Some(&body), &what)?;
        Ok(set.compatibility)
    }

    /// Where `text` already is under `subject` (id and version); `None` when the subject does
    /// not hold it (or does not exist).
    pub fn lookup(
        &self,
        subject: &str,
        kind: SchemaKind,
        text: &str,
    ) -> Result<Option<SubjectSchema>, RegistryError> {
        let path = format!("/subjects/{}", encode_segment(subject));
        let what = format!("schema like this under '{subject}'");
        match self.send("POST", &path, Some(&schema_request(kind, text)), &what) {
            Ok(found) => Ok(Some(found)),
            Err(RegistryError::NotFound(_)) => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// The registry's verdict on `text` against the subject's latest version; `None` when the
    /// subject has no versions yet (anything is compatible then).
    pub fn check_compatibility(
        &self,
        subject: &str,
        kind: SchemaKind,
        text: &str,
    ) -> Result<Option<Verdict>, RegistryError> {
        let path = format!(
            "/compatibility/subjects/{}/versions/latest?verbose=true",
            encode_segment(subject)
        );
        let what = format!("checking compatibility with '{subject}'");
        match self.send("POST", &path, Some(&schema_request(kind, text)), &what) {
            Ok(verdict) => Ok(Some(verdict)),
            Err(RegistryError::NotFound(_)) => Ok(None),
            Err(err) => Err(err),
        }
    }

    /// A subject's version numbers, in order; with `deleted`, soft-deleted ones too.
    pub fn versions(&self, subject: &str, deleted: bool) -> Result<Vec<i64>, RegistryError> {
        let query = if deleted { "?deleted=true" } else { "" };
        let path = format!("/subjects/{}/versions{query}", encode_segment(subject));
        let mut versions: Vec<i64> = self.get(&path, &format!("subject '{subject}'"))?;
        versions.sort_unstable();
        Ok(versions)
    }

    /// Deletes a subject (every version) or one version of it; the versions deleted. A soft
    /// delete hides them; `permanent` removes them for good, soft-deleting first when the
    /// registry says that was not done yet (it insists on both steps).
    pub fn delete(
        &self,
        subject: &str,
        version: Option<i64>,
        permanent: bool,
    ) -> Result<Vec<i64>, RegistryError> {
        if permanent {
            match self.delete_once(subject, version, true) {
                Err(RegistryError::NotSoftDeleted(_)) => {
                    self.delete_once(subject, version, false)?;
                }
                other => return other,
            }
        }
        self.delete_once(subject, version, permanent)
    }

    fn delete_once(
        &self,
        subject: &str,
        version: Option<i64>,
        permanent: bool,
    ) -> Result<Vec<i64>, RegistryError> {
        let query = if permanent { "?permanent=true" } else { "" };
        let subject_path = format!("/subjects/{}", encode_segment(subject));
        match version {
            None => self.send(
                "DELETE",
                &format!("{subject_path}{query}"),
                None,
                &format!("subject '{subject}' to delete"),
            ),
            Some(version) => {
                let deleted: i64 = self.send(
                    "DELETE",
                    &format!("{subject_path}/versions/{version}{query}"),
                    None,
                    &format!("version {version} of subject '{subject}' to delete"),
                )?;
                Ok(vec![deleted])
            }
        }
    }

    /// Registers `text` under `subject`; its id. Registering the schema a subject already
    /// holds is answered with the existing id and adds no version (the registry's own rule);
    /// one its compatibility level forbids is refused ([`RegistryError::Incompatible`]).
    pub fn register(
        &self,
        subject: &str,
        kind: SchemaKind,
        text: &str,
    ) -> Result<u32, RegistryError> {
        #[derive(Deserialize)]
        struct Registered {
            id: u32,
        }
        let path = format!("/subjects/{}/versions", encode_segment(subject));
        let what = format!("registering a schema under '{subject}'");
        let body = schema_request(kind, text);
        let registered: Registered = self.send("POST", &path, Some(&body), &what)?;
        Ok(registered.id)
    }

    fn cached(&self, id: u32) -> Option<Arc<RegisteredSchema>> {
        self.by_id.lock().ok()?.get(&id).cloned()
    }

    /// GET `path` as JSON; `what` names the thing asked for in errors.
    fn get<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        what: &str,
    ) -> Result<T, RegistryError> {
        self.send("GET", path, None, what)
    }

    /// `method` on `path` with an optional JSON body; the answer as JSON. `what` names the
    /// thing asked for (or done) in errors.
    fn send<T: serde::de::DeserializeOwned>(
        &self,
        method: &str,
        path: &str,
        body: Option<&serde_json::Value>,
        what: &str,
    ) -> Result<T, RegistryError> {
        let request = ureq::http::Request::builder()
            .method(method)
            .uri(format!("{}{path}", self.base))
            .header(
                "accept",
                "application/vnd.schemaregistry.v1+json, application/json",
            );
        let request = match &self.authorization {
            Some(authorization) => request.header("authorization", authorization),
            None => request,
        };
        let sent = match body {
            Some(body) => request
                .header("content-type", "application/vnd.schemaregistry.v1+json")
                .body(body.to_string())
                .map(|request| self.agent.run(request)),
            None => request.body(()).map(|request| self.agent.run(request)),
        };
        let mut response = sent
            .map_err(|err| self.failed(what, &format!("bad request: {err}")))?
            .map_err(|err| self.failed(what, &format!("unreachable: {err}")))?;
        let status = response.status().as_u16();
        let text = response
            .body_mut()
            .with_config()
            .limit(64 * 1024 * 1024)
            .read_to_string()
            .map_err(|err| self.failed(what, &format!("reading the answer: {err}")))?;
        match status {
            200..=299 => serde_json::from_str(&text)
                .map_err(|err| self.failed(what, &format!("unexpected answer: {err}"))),
            404 if matches!(registry_code(&text), Some(40405 | 40407)) => {
                Err(RegistryError::NotSoftDeleted(format!(
                    "Schema Registry {}: {what}: not soft-deleted first{}",
                    self.shown,
                    registry_message(&text)
                )))
            }
            404 => Err(RegistryError::NotFound(format!(
                "Schema Registry {}: no {what}{}",
                self.shown,
                registry_message(&text)
            ))),
            409 => Err(RegistryError::Incompatible(format!(
                "Schema Registry {}: {what}: incompatible{}",
                self.shown,
                registry_message(&text)
            ))),
            _ => Err(self.failed(what, &format!("HTTP {status}{}", registry_message(&text)))),
        }
    }

    fn failed(&self, what: &str, why: &str) -> RegistryError {
        RegistryError::Failed(format!("Schema Registry {}: {what}: {why}", self.shown))
    }
}

fn registered(id: u32, body: SchemaBody) -> Result<RegisteredSchema, RegistryError> {
    let kind = match body.schema_type.as_deref() {
        None | Some("AVRO") => SchemaKind::Avro,
        Some("PROTOBUF") => SchemaKind::Protobuf,
        Some("JSON") => SchemaKind::Json,
        Some(other) => {
            return Err(RegistryError::Failed(format!(
                "schema id {id}: unknown schema type '{other}'"
            )))
        }
    };
    Ok(RegisteredSchema {
        id,
        kind,
        text: body.schema,
        references: body.references,
    })
}

/// The body that registers (or looks up, or checks) a schema: `schemaType` is left out for
/// Avro, the registry's default, as Confluent's clients do.
fn schema_request(kind: SchemaKind, text: &str) -> serde_json::Value {
    let mut body = serde_json::json!({ "schema": text });
    match kind {
        SchemaKind::Avro => {}
        SchemaKind::Protobuf => body["schemaType"] = "PROTOBUF".into(),
        SchemaKind::Json => body["schemaType"] = "JSON".into(),
    }
    body
}

/// A compatibility level as `GET /config` answers it.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Config {
    compatibility_level: Compatibility,
}

/// The registry's own error code (`40405`…), when the answer has one.
fn registry_code(text: &str) -> Option<i64> {
    #[derive(Deserialize)]
    struct Error {
        error_code: i64,
    }
    serde_json::from_str::<Error>(text)
        .ok()
        .map(|error| error.error_code)
}

/// The registry's own error text (`{"error_code":40403,"message":"Schema not found"}`), as
/// `: message`.
fn registry_message(text: &str) -> String {
    #[derive(Deserialize)]
    struct Error {
        message: String,
    }
    serde_json::from_str::<Error>(text)
        .map(|error| format!(" ({})", error.message))
        .unwrap_or_default()
}

/// A subject in a URL path: everything but unreserved characters percent-encoded.
fn encode_segment(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (byte as char).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// An `http://` or `https://` URL with a host, as logs and errors may show it: scheme, host and
/// port only (user, password, path and query often hold secrets). `None` for anything else.
pub fn http_origin(url: &str) -> Option<String> {
    let uri: ureq::http::Uri = url.parse().ok()?;
    let (scheme, authority) = (uri.scheme_str()?, uri.authority()?);
    if !matches!(scheme, "http" | "https") || authority.host().is_empty() {
        return None;
    }
    let port = authority.port_u16().map(|port| format!(":{port}"));
    Some(format!(
        "{scheme}://{}{}",
        authority.host(),
        port.unwrap_or_default()
    ))
}

/// The registry the settings name, or a usage error saying how to name one (`what` needs it).
pub fn configured(settings: &crate::settings::Settings, what: &str) -> Result<Registry, KanError> {
    match &settings.connection.registry {
        Some(registry) => Registry::connect(registry, settings.connection.timeout),
        None => Err(KanError::usage(format!(
            "{what} needs a Schema Registry: --schema-registry URL (or KAN_SCHEMA_REGISTRY_URL, \
             or schema_registry_url in the profile)"
        ))),
    }
}

fn bad_url(url: &str) -> KanError {
    KanError::usage(format!(
        "--schema-registry: expected an http:// or https:// URL, got '{url}'"
    ))
}

fn read_ca(path: &std::path::Path) -> Result<Vec<ureq::tls::Certificate<'static>>, KanError> {
    let pem = std::fs::read(path).map_err(|err| {
        KanError::usage(format!("--schema-registry-ca {}: {err}", path.display()))
    })?;
    let certificates: Vec<_> = ureq::tls::parse_pem(&pem)
        .filter_map(|item| match item {
            Ok(ureq::tls::PemItem::Certificate(certificate)) => Some(certificate),
            _ => None,
        })
        .collect();
    if certificates.is_empty() {
        return Err(KanError::usage(format!(
            "--schema-registry-ca {}: no PEM certificate in it",
            path.display()
        )));
    }
    Ok(certificates)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_are_encoded_and_registry_messages_kept() {
        assert_eq!(encode_segment("user-events-value"), "user-events-value");
        assert_eq!(encode_segment("a b/c"), "a%20b%2Fc");
        assert_eq!(
            registry_message(r#"{"error_code":40403,"message":"Schema not found"}"#),
            " (Schema not found)"
        );
        assert_eq!(registry_message("<html>"), "");
        assert_eq!(
            registry_code(r#"{"error_code":40405,"message":"Subject 'a' was not deleted first"}"#),
            Some(40405)
        );
        assert_eq!(registry_code("<html>"), None);
    }
}

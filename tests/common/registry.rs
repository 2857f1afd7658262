//! A TEST Schema Registry: the subset of Confluent's REST API that kan and Confluent's Python
//! serializers use (register, look up, schemas by id, subject versions, soft and permanent
//! deletes, compatibility levels and checks), in memory, on a free loopback port. No Confluent
//! Schema Registry can run here (it needs a JVM); this server is only the test's stand-in, and
//! records its requests so tests can check what was asked.
//!
//! Its compatibility rule is a small stand-in for Confluent's (see [`incompatibilities`]).

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};

/// The levels Confluent accepts.
const LEVELS: [&str; 7] = [
    "BACKWARD",
    "BACKWARD_TRANSITIVE",
    "FORWARD",
    "FORWARD_TRANSITIVE",
    "FULL",
    "FULL_TRANSITIVE",
    "NONE",
];

/// One version of a subject.
struct Version {
    number: usize,
    id: usize,
    /// Soft-deleted: hidden from everything but `?deleted=true` and permanent deletes.
    deleted: bool,
}

#[derive(Default)]
struct State {
    /// Schemas by id - 1: (schema text, type, references).
    schemas: Vec<(String, String, Value)>,
    /// Subject → its versions in order.
    subjects: BTreeMap<String, Vec<Version>>,
    /// Every request: "METHOD /path" (without the query).
    requests: Vec<String>,
    /// Compatibility levels set per subject.
    compatibility: BTreeMap<String, String>,
    /// The global level once set (BACKWARD, the registry's default, until then).
    global: Option<String>,
}

impl State {
    fn global(&self) -> &str {
        self.global.as_deref().unwrap_or("BACKWARD")
    }

    fn level(&self, subject: &str) -> &str {
        self.compatibility
            .get(subject)
            .map_or_else(|| self.global(), String::as_str)
    }

    /// The subject's versions that are not soft-deleted.
    fn live(&self, subject: &str) -> Vec<&Version> {
        self.subjects
            .get(subject)
            .map(|versions| versions.iter().filter(|v| !v.deleted).collect())
            .unwrap_or_default()
    }
}

/// A running test registry (it lives as long as the test process).
pub struct TestRegistry {
    pub url: String,
    state: Arc<Mutex<State>>,
}

impl TestRegistry {
    pub fn start() -> TestRegistry {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the test registry");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let state = Arc::new(Mutex::new(State::default()));
        let shared = state.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = shared.clone();
                std::thread::spawn(move || serve(stream, &shared));
            }
        });
        TestRegistry { url, state }
    }

    /// Registers a schema under `subject` as a client would; its id.
    pub fn register(&self, subject: &str, schema: &str, kind: &str) -> u64 {
        let body = json!({"schema": schema, "schemaType": kind});
        let (_, answer) = handle(
            &self.state,
            "POST",
            &format!("/subjects/{subject}/versions"),
            "",
            &body,
        );
        answer["id"].as_u64().expect("an id")
    }

    /// How many requests asked for `path` (e.g. "GET /schemas/ids/1").
    pub fn requests_for(&self, request: &str) -> usize {
        let state = self.state.lock().unwrap();
        state.requests.iter().filter(|r| *r == request).count()
    }

    /// Every request so far, as "METHOD /path".
    pub fn requests(&self) -> Vec<String> {
        self.state.lock().unwrap().requests.clone()
    }

    /// A subject's version numbers, soft-deleted ones too: (number, soft-deleted).
    pub fn versions(&self, subject: &str) -> Vec<(usize, bool)> {
        let state = self.state.lock().unwrap();
        state
            .subjects
            .get(subject)
            .map(|versions| versions.iter().map(|v| (v.number, v.deleted)).collect())
            .unwrap_or_default()
    }
}

fn serve(mut stream: TcpStream, state: &Mutex<State>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    loop {
        let Some((method, path, query, body)) = read_request(&mut stream) else {
            return;
        };
        let (status, answer) = handle(state, &method, &path, &query, &body);
        let text = answer.to_string();
        let reason = if status == 200 { "OK" } else { "Error" };
        let written = write!(
            stream,
            "HTTP/1.1 {status} {reason}\r\nContent-Type: application/vnd.schemaregistry.v1+json\r\n\
             Content-Length: {}\r\n\r\n{text}",
            text.len()
        );
        if written.is_err() {
            return;
        }
    }
}

/// One request (keep-alive: several may come on one connection): method, path, query, body.
fn read_request(stream: &mut TcpStream) -> Option<(String, String, String, Value)> {
    let mut data = Vec::new();
    let mut byte = [0u8; 1];
    while !data.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).ok()? == 0 {
            return None;
        }
        data.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&data).into_owned();
    let mut words = head.split_whitespace();
    let method = words.next()?.to_string();
    let target = words.next()?;
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let length: usize = head
        .lines()
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .unwrap_or(0);
    let mut body = vec![0; length];
    stream.read_exact(&mut body).ok()?;
    let body = serde_json::from_slice(&body).unwrap_or(Value::Null);
    Some((method, path.to_string(), query.to_string(), body))
}

/// Confluent's 404 answers: `code` is its error code (40401 subject, 40402 version, 40403
/// schema, 40404/40406 soft-deleted already, 40405/40407 not soft-deleted first, 40408 no
/// subject-level config).
fn not_found_code(code: u32, message: &str) -> (u16, Value) {
    (404, json!({"error_code": code, "message": message}))
}

fn not_found(message: &str) -> (u16, Value) {
    not_found_code(40403, message)
}

fn no_subject(subject: &str) -> (u16, Value) {
    not_found_code(40401, &format!("Subject '{subject}' not found."))
}

/// Whether `query` (`a=1&b=true`) sets `name` to true.
fn flag(query: &str, name: &str) -> bool {
    query.split('&').any(|pair| pair == format!("{name}=true"))
}

fn handle(
    state: &Mutex<State>,
    method: &str,
    path: &str,
    query: &str,
    body: &Value,
) -> (u16, Value) {
    let mut state = state.lock().unwrap();
    state.requests.push(format!("{method} {path}"));
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    match (method, parts.as_slice()) {
        ("GET", ["schemas", "ids", id]) => {
            let Some((schema, kind, references)) = id
                .parse::<usize>()
                .ok()
                .and_then(|id| state.schemas.get(id.wrapping_sub(1)))
            else {
                return not_found(&format!("Schema {id} not found"));
            };
            let mut answer = json!({"schema": schema, "references": references});
            if kind != "AVRO" {
                answer["schemaType"] = json!(kind);
            }
            (200, answer)
        }
        ("GET", ["config"]) => (200, json!({"compatibilityLevel": state.global()})),
        ("GET", ["config", subject]) => match state.compatibility.get(*subject) {
            Some(level) => (200, json!({"compatibilityLevel": level})),
            None if flag(query, "defaultToGlobal") => {
                (200, json!({"compatibilityLevel": state.global()}))
            }
            None => not_found_code(
                40408,
                &format!(
                    "Subject '{subject}' does not have subject-level compatibility configured"
                ),
            ),
        },
        ("PUT", ["config"]) | ("PUT", ["config", _]) => {
            let level = body["compatibility"].as_str().unwrap_or_default();
            if !LEVELS.contains(&level) {
                return (
                    422,
                    json!({"error_code": 42203, "message": "Invalid compatibility level"}),
                );
            }
            match parts.get(1) {
                Some(subject) => {
                    state
                        .compatibility
                        .insert(subject.to_string(), level.to_string());
                }
                None => state.global = Some(level.to_string()),
            }
            (200, json!({"compatibility": level}))
        }
        ("GET", ["subjects"]) => {
            let deleted = flag(query, "deleted");
            let subjects: Vec<&String> = state
                .subjects
                .iter()
                .filter(|(_, versions)| deleted || versions.iter().any(|v| !v.deleted))
                .map(|(subject, _)| subject)
                .collect();
            (200, json!(subjects))
        }
        ("GET", ["subjects", subject, "versions"]) => {
            let deleted = flag(query, "deleted");
            let numbers: Vec<usize> = state
                .subjects
                .get(*subject)
                .map(|versions| {
                    versions
                        .iter()
                        .filter(|v| deleted || !v.deleted)
                        .map(|v| v.number)
                        .collect()
                })
                .unwrap_or_default();
            if numbers.is_empty() {
                return no_subject(subject);
            }
            (200, json!(numbers))
        }
        ("GET", ["subjects", subject, "versions", version]) => {
            let live = state.live(subject);
            if live.is_empty() {
                return no_subject(subject);
            }
            let found = match *version {
                "latest" => live.last().copied(),
                number => live
                    .iter()
                    .copied()
                    .find(|v| v.number.to_string() == number),
            };
            let Some(found) = found else {
                return not_found_code(40402, &format!("Version {version} not found."));
            };
            (200, version_answer(&state, subject, found.number, found.id))
        }
        ("POST", ["subjects", subject, "versions"]) => {
            let (schema, kind, references) = schema_of(body);
            let existing = state
                .schemas
                .iter()
                .position(|(s, k, r)| *s == schema && *k == kind && *r == references);
            if let Some(index) = existing {
                if state.live(subject).iter().any(|v| v.id == index + 1) {
                    return (200, json!({"id": index + 1}));
                }
            }
            // Confluent checks against the latest version (every one under *_TRANSITIVE).
            let level = state.level(subject).to_string();
            let live = state.live(subject);
            let against = if level.ends_with("_TRANSITIVE") {
                live
            } else {
                live.last().copied().into_iter().collect()
            };
            let messages: Vec<String> = against
                .iter()
                .flat_map(|old| {
                    let (old_text, old_kind, _) = &state.schemas[old.id - 1];
                    incompatibilities(&level, old_text, old_kind, &schema, &kind)
                })
                .collect();
            if !messages.is_empty() {
                return (
                    409,
                    json!({"error_code": 409, "message": format!(
                        "Schema being registered is incompatible with an earlier schema for \
                         subject \"{subject}\", details: [{}]",
                        messages.join(", ")
                    )}),
                );
            }
            let id = match existing {
                Some(index) => index + 1,
                None => {
                    state.schemas.push((schema, kind, references));
                    state.schemas.len()
                }
            };
            let versions = state.subjects.entry(subject.to_string()).or_default();
            let number = versions.iter().map(|v| v.number).max().unwrap_or(0) + 1;
            versions.push(Version {
                number,
                id,
                deleted: false,
            });
            (200, json!({"id": id}))
        }
        ("POST", ["subjects", subject]) => {
            let (schema, kind, references) = schema_of(body);
            let live = state.live(subject);
            if live.is_empty() {
                return no_subject(subject);
            }
            let found = live.iter().find(|v| {
                let (s, k, r) = &state.schemas[v.id - 1];
                *s == schema && *k == kind && *r == references
            });
            match found {
                Some(v) => (200, version_answer(&state, subject, v.number, v.id)),
                None => not_found("Schema not found"),
            }
        }
        ("POST", ["compatibility", "subjects", subject, "versions", "latest"]) => {
            let (schema, kind, _) = schema_of(body);
            let Some(latest) = state.live(subject).last().map(|v| v.id) else {
                return no_subject(subject);
            };
            let (old_text, old_kind, _) = &state.schemas[latest - 1];
            let messages =
                incompatibilities(state.level(subject), old_text, old_kind, &schema, &kind);
            let mut answer = json!({"is_compatible": messages.is_empty()});
            if flag(query, "verbose") {
                answer["messages"] = json!(messages);
            }
            (200, answer)
        }
        ("DELETE", ["subjects", subject]) => {
            let permanent = flag(query, "permanent");
            let Some(versions) = state.subjects.get_mut(*subject) else {
                return no_subject(subject);
            };
            if !permanent {
                let live: Vec<usize> = versions
                    .iter_mut()
                    .filter(|v| !v.deleted)
                    .map(|v| {
                        v.deleted = true;
                        v.number
                    })
                    .collect();
                if live.is_empty() {
                    return not_found_code(
                        40404,
                        &format!(
                            "Subject '{subject}' was soft deleted.Set permanent=true to delete \
                             permanently"
                        ),
                    );
                }
                return (200, json!(live));
            }
            if versions.iter().any(|v| !v.deleted) {
                return not_found_code(
                    40405,
                    &format!(
                        "Subject '{subject}' was not deleted first before being permanently \
                         deleted"
                    ),
                );
            }
            let numbers: Vec<usize> = versions.iter().map(|v| v.number).collect();
            state.subjects.remove(*subject);
            state.compatibility.remove(*subject);
            (200, json!(numbers))
        }
        ("DELETE", ["subjects", subject, "versions", version]) => {
            let permanent = flag(query, "permanent");
            let Some(versions) = state.subjects.get_mut(*subject) else {
                return no_subject(subject);
            };
            let index = match *version {
                "latest" => versions.iter().rposition(|v| !v.deleted),
                number => versions.iter().position(|v| v.number.to_string() == number),
            };
            let Some(index) = index else {
                return not_found_code(40402, &format!("Version {version} not found."));
            };
            let number = versions[index].number;
            match (permanent, versions[index].deleted) {
                (false, false) => versions[index].deleted = true,
                (false, true) => {
                    return not_found_code(
                        40406,
                        &format!(
                            "Subject '{subject}' Version {number} was soft deleted.Set \
                             permanent=true to delete permanently"
                        ),
                    )
                }
                (true, false) => {
                    return not_found_code(
                        40407,
                        &format!(
                            "Subject '{subject}' Version {number} was not deleted first before \
                             being permanently deleted"
                        ),
                    )
                }
                (true, true) => {
                    versions.remove(index);
                    if versions.is_empty() {
                        state.subjects.remove(*subject);
                    }
                }
            }
            (200, json!(number))
        }
        _ => not_found(&format!(
            "no such endpoint in the test registry: {method} {path}"
        )),
    }
}

/// The test's stand-in for Confluent's compatibility rules, kept small: why `new` may not
/// follow `old` under `level` (empty: compatible).
///
/// - NONE: anything goes; a change of schema type: incompatible under any other level.
/// - Avro records, field by field: a field added without a default is incompatible under
///   BACKWARD and FULL (a new reader finds no value in old data); a field removed that had no
///   default, under FORWARD and FULL (an old reader finds no value in new data); a field whose
///   type changed, under every level but NONE. (The *_TRANSITIVE levels count as theirs.)
/// - Anything else (other Avro types, Protobuf, JSON Schema): compatible, unless both are JSON
///   objects with the same `name` and a different `type`.
fn incompatibilities(
    level: &str,
    old_text: &str,
    old_kind: &str,
    new_text: &str,
    new_kind: &str,
) -> Vec<String> {
    if level == "NONE" {
        return Vec::new();
    }
    if old_kind != new_kind {
        return vec![format!(
            "Incompatible because of different schema type: {old_kind} and {new_kind}"
        )];
    }
    let (Ok(old), Ok(new)) = (
        serde_json::from_str::<Value>(old_text),
        serde_json::from_str::<Value>(new_text),
    ) else {
        return Vec::new();
    };
    let is_record = |schema: &Value| old_kind == "AVRO" && schema["type"] == "record";
    if !(is_record(&old) && is_record(&new)) {
        if old.get("name").is_some() && old["name"] == new["name"] && old["type"] != new["type"] {
            return vec![format!(
                "TYPE_MISMATCH: the type of '{}' changed from {} to {}",
                old["name"], old["type"], new["type"]
            )];
        }
        return Vec::new();
    }
    let fields = |schema: &Value| -> BTreeMap<String, Value> {
        schema["fields"]
            .as_array()
            .map(|fields| {
                fields
                    .iter()
                    .filter_map(|field| Some((field["name"].as_str()?.to_string(), field.clone())))
                    .collect()
            })
            .unwrap_or_default()
    };
    let (old_fields, new_fields) = (fields(&old), fields(&new));
    let backward = level.starts_with("BACKWARD") || level.starts_with("FULL");
    let forward = level.starts_with("FORWARD") || level.starts_with("FULL");
    let mut messages = Vec::new();
    for (name, field) in &new_fields {
        match old_fields.get(name) {
            None if backward && field.get("default").is_none() => messages.push(format!(
                "READER_FIELD_MISSING_DEFAULT_VALUE: the field '{name}' in the new schema has no \
                 default value and is missing in the old schema"
            )),
            Some(old_field) if old_field["type"] != field["type"] => messages.push(format!(
                "TYPE_MISMATCH: the type of field '{name}' changed from {} to {}",
                old_field["type"], field["type"]
            )),
            _ => {}
        }
    }
    for (name, field) in &old_fields {
        if forward && !new_fields.contains_key(name) && field.get("default").is_none() {
            messages.push(format!(
                "READER_FIELD_MISSING_DEFAULT_VALUE: the field '{name}' in the old schema has no \
                 default value and is missing in the new schema"
            ));
        }
    }
    messages
}

fn schema_of(body: &Value) -> (String, String, Value) {
    (
        body["schema"].as_str().unwrap_or_default().to_string(),
        body["schemaType"].as_str().unwrap_or("AVRO").to_string(),
        body.get("references").cloned().unwrap_or(json!([])),
    )
}

fn version_answer(state: &State, subject: &str, version: usize, id: usize) -> Value {
    let (schema, kind, references) = &state.schemas[id - 1];
    json!({"subject": subject, "version": version, "id": id, "schema": schema,
           "schemaType": kind, "references": references})
}

/// The Python venv with Confluent's clients (scripts/install-python-clients; scripts/test runs
/// it): without it the tests that need it fail with that reason, never skip.
pub fn python() -> std::path::PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let python = target.join("py-clients/bin/python");
    assert!(
        python.is_file(),
        "{} is missing: run scripts/install-python-clients (scripts/test does)",
        python.display()
    );
    python
}

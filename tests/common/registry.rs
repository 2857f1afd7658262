//! A TEST Schema Registry: the subset of Confluent's REST API that kan and Confluent's Python
//! serializers use (register, look up, schemas by id, subject versions), in memory, on a free
//! loopback port. No Confluent Schema Registry can run here (it needs a JVM); this server is
//! only the test's stand-in, and records its requests so tests can check what was asked.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};

#[derive(Default)]
struct State {
    /// Schemas by id - 1: (schema text, type, references).
    schemas: Vec<(String, String, Value)>,
    /// Subject → ids in version order.
    subjects: BTreeMap<String, Vec<usize>>,
    /// Every request: "METHOD /path".
    requests: Vec<String>,
    /// Compatibility levels set per subject (the global one is BACKWARD, the registry's default).
    compatibility: BTreeMap<String, String>,
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
            &body,
        );
        answer["id"].as_u64().expect("an id")
    }

    /// How many requests asked for `path` (e.g. "GET /schemas/ids/1").
    pub fn requests_for(&self, request: &str) -> usize {
        let state = self.state.lock().unwrap();
        state.requests.iter().filter(|r| *r == request).count()
    }
}

fn serve(mut stream: TcpStream, state: &Mutex<State>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    loop {
        let Some((method, path, body)) = read_request(&mut stream) else {
            return;
        };
        let (status, answer) = handle(state, &method, &path, &body);
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

/// One request (keep-alive: several may come on one connection).
fn read_request(stream: &mut TcpStream) -> Option<(String, String, Value)> {
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
    let path = target.split('?').next()?.to_string();
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
    Some((method, path, body))
}

fn not_found(message: &str) -> (u16, Value) {
    (404, json!({"error_code": 40403, "message": message}))
}

fn handle(state: &Mutex<State>, method: &str, path: &str, body: &Value) -> (u16, Value) {
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
        ("GET", ["config"]) => (200, json!({"compatibilityLevel": "BACKWARD"})),
        ("GET", ["config", subject]) => {
            let level = state
                .compatibility
                .get(*subject)
                .map_or("BACKWARD", String::as_str);
            (200, json!({"compatibilityLevel": level}))
        }
        ("PUT", ["config", subject]) => {
            let level = body["compatibility"]
                .as_str()
                .unwrap_or("BACKWARD")
                .to_string();
            state
                .compatibility
                .insert(subject.to_string(), level.clone());
            (200, json!({"compatibility": level}))
        }
        ("GET", ["subjects"]) => (200, json!(state.subjects.keys().collect::<Vec<_>>())),
        ("GET", ["subjects", subject, "versions"]) => match state.subjects.get(*subject) {
            Some(ids) => (200, json!((1..=ids.len()).collect::<Vec<_>>())),
            None => not_found(&format!("Subject '{subject}' not found.")),
        },
        ("GET", ["subjects", subject, "versions", version]) => {
            let Some(ids) = state.subjects.get(*subject) else {
                return not_found(&format!("Subject '{subject}' not found."));
            };
            let index = match *version {
                "latest" => ids.len(),
                number => number.parse().unwrap_or(0),
            };
            let Some(&id) = ids.get(index.wrapping_sub(1)) else {
                return not_found(&format!("Version {version} not found."));
            };
            (200, version_answer(&state, subject, index, id))
        }
        ("POST", ["subjects", subject, "versions"]) => {
            let (schema, kind, references) = schema_of(body);
            let id = match state
                .schemas
                .iter()
                .position(|(s, k, r)| *s == schema && *k == kind && *r == references)
            {
                Some(index) => index + 1,
                None => {
                    state.schemas.push((schema, kind, references));
                    state.schemas.len()
                }
            };
            let ids = state.subjects.entry(subject.to_string()).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
            (200, json!({"id": id}))
        }
        ("POST", ["subjects", subject]) => {
            let (schema, kind, references) = schema_of(body);
            let found = state.subjects.get(*subject).and_then(|ids| {
                ids.iter().enumerate().find(|(_, id)| {
                    let (s, k, r) = &state.schemas[**id - 1];
                    *s == schema && *k == kind && *r == references
                })
            });
            match found {
                Some((index, &id)) => (200, version_answer(&state, subject, index + 1, id)),
                None => not_found("Schema not found"),
            }
        }
        _ => not_found(&format!(
            "no such endpoint in the test registry: {method} {path}"
        )),
    }
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

//! The HTTP side of `kan lag serve`, on hyper's HTTP/1 server over the tokio runtime kan
//! already runs: hyper is the most used and best kept Rust HTTP implementation, and on the
//! existing runtime it costs no thread per connection (tiny_http would). Three read-only
//! endpoints need no router, so no framework (axum) on top.
//!
//! Responses come from the latest read of Kafka, so a request never waits on the cluster.
//! Connections are capped (memory stays bounded whatever the clients do) and a client gets
//! 10 s to send its request headers.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use std::io::Read as _;

use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;
use flate2::Compression;
use hyper::header::{HeaderValue, ACCEPT_ENCODING, ALLOW, CONTENT_ENCODING, CONTENT_TYPE, VARY};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use super::{Scrape, Shared};
use crate::interrupt::Interrupt;
use crate::render::metrics;

/// Connections served at once; more wait in the kernel's backlog.
const MAX_CONNECTIONS: usize = 64;

/// Accepts connections until interrupted.
pub(super) async fn serve(listener: TcpListener, shared: Arc<Shared>, interrupt: Interrupt) {
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => slot,
            () = interrupt.wait() => return,
        };
        let Ok(slot) = slot else { return };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors, say: try again shortly rather than spin.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = interrupt.wait() => return,
        };
        let shared = shared.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request: Request<Incoming>| {
                let gzip = accepts_gzip(&request);
                let response = respond(&shared, request.method(), request.uri().path(), gzip);
                async move { Ok::<_, Infallible>(response) }
            });
            let _ = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(Duration::from_secs(10))
                .serve_connection(TokioIo::new(stream), service)
                .await;
            drop(slot);
        });
    }
}

/// Whether the client takes `Content-Encoding: gzip` (Prometheus does).
fn accepts_gzip(request: &Request<Incoming>) -> bool {
    request
        .headers()
        .get_all(ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|coding| {
            let mut parts = coding.split(';');
            let name = parts.next().unwrap_or_default().trim();
            let refused =
                parts.any(|param| matches!(param.trim(), "q=0" | "q=0.0" | "q=0.00" | "q=0.000"));
            name.eq_ignore_ascii_case("gzip") && !refused
        })
}

/// `text` gzipped, fast (level 1: the 29 MB of the 100 groups × 1,000 partitions bench shrink
/// to about a tenth).
pub(super) fn gzip(text: &[u8]) -> Bytes {
    gzip_with(|encoder| encoder.write_all(text))
}

/// What `write` writes, gzipped as it is written (so the text itself is never held whole).
/// Buffered in front of the encoder: serde_json writes a few bytes at a time, and deflating
/// each write on its own took 9.7 s of CPU per read at 100 groups × 1,000 partitions.
pub(super) fn gzip_with(
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Bytes {
    let encoder = GzEncoder::new(Vec::new(), Compression::fast());
    let mut buffered = std::io::BufWriter::with_capacity(64 * 1024, encoder);
    // Writing to a Vec cannot fail.
    let _ = write(&mut buffered);
    let encoder = buffered.into_inner().ok();
    Bytes::from(encoder.and_then(|e| e.finish().ok()).unwrap_or_default())
}

/// A cached gzip body as it goes out: as it is when the client takes gzip, else decompressed.
fn cached_body(gzipped: &Bytes, gzip_ok: bool) -> Vec<u8> {
    if gzip_ok {
        return gzipped.to_vec();
    }
    let mut body = Vec::new();
    // Written by `gzip_with`: it reads back.
    let _ = MultiGzDecoder::new(&gzipped[..]).read_to_end(&mut body);
    body
}

/// The `/metrics` body: the cached Kafka families and the exporter's, as one gzip stream of two
/// members (RFC 1952 §2.2: a gzip file is a series of members; Prometheus reads them as one) or
/// as plain text.
fn metrics_body(scrape: &Scrape, gzip_ok: bool) -> Vec<u8> {
    let exporter = metrics::render_exporter(&scrape.stats);
    let mut body = cached_body(&scrape.kafka_metrics, gzip_ok);
    if gzip_ok {
        body.extend_from_slice(&gzip(exporter.as_bytes()));
    } else {
        body.extend_from_slice(exporter.as_bytes());
    }
    body
}

/// `body` with its type, marked gzip when it is.
fn encoded(body: Vec<u8>, content_type: &'static str, gzipped: bool) -> Response<Full<Bytes>> {
    let mut response = with_type(StatusCode::OK, body, content_type);
    let headers = response.headers_mut();
    headers.insert(VARY, HeaderValue::from_static("accept-encoding"));
    if gzipped {
        headers.insert(CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    }
    response
}

/// The response to one request.
pub(super) fn respond(
    shared: &Shared,
    method: &Method,
    path: &str,
    gzip_ok: bool,
) -> Response<Full<Bytes>> {
    if method != Method::GET && method != Method::HEAD {
        let mut response = text(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD\n");
        response
            .headers_mut()
            .insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    match path {
        "/metrics" => encoded(
            metrics_body(&shared.scrape(), gzip_ok),
            metrics::CONTENT_TYPE,
            gzip_ok,
        ),
        "/healthz" => {
            let scrape = shared.scrape();
            if scrape.healthy {
                text(StatusCode::OK, "ok\n")
            } else {
                text(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "no successful read of Kafka within 3 intervals\n",
                )
            }
        }
        "/status" => match shared.scrape().status {
            Some(status) => encoded(cached_body(&status, gzip_ok), "application/json", gzip_ok),
            None => with_type(
                StatusCode::SERVICE_UNAVAILABLE,
                b"{\"error\": \"no successful read of Kafka yet\"}\n".to_vec(),
                "application/json",
            ),
        },
        "/" => text(
            StatusCode::OK,
            "kan lag serve: /metrics (Prometheus), /healthz, /status (kan lag -o json)\n",
        ),
        _ => text(
            StatusCode::NOT_FOUND,
            "not found: try /metrics, /healthz or /status\n",
        ),
    }
}

fn text(status: StatusCode, body: &'static str) -> Response<Full<Bytes>> {
    with_type(
        status,
        body.as_bytes().to_vec(),
        "text/plain; charset=utf-8",
    )
}

fn with_type(
    status: StatusCode,
    body: Vec<u8>,
    content_type: &'static str,
) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

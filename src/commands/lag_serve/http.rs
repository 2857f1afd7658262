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
use hyper::header::{HeaderValue, ALLOW, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

use super::Shared;
use crate::interrupt::Interrupt;
use crate::render::metrics::{self, Exposition};

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
                let response = respond(&shared, request.method(), request.uri().path());
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

/// The response to one request.
pub(super) fn respond(shared: &Shared, method: &Method, path: &str) -> Response<Full<Bytes>> {
    if method != Method::GET && method != Method::HEAD {
        let mut response = text(StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD\n");
        response
            .headers_mut()
            .insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    match path {
        "/metrics" => {
            let scrape = shared.scrape();
            let body = metrics::render(&Exposition {
                view: scrape.view.as_deref(),
                partitions: &scrape.partitions,
                stats: &scrape.stats,
            });
            with_type(StatusCode::OK, body.into_bytes(), metrics::CONTENT_TYPE)
        }
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
        "/status" => match shared.scrape().view {
            Some(view) => with_type(
                StatusCode::OK,
                crate::render::lag::json_document(&view),
                "application/json",
            ),
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

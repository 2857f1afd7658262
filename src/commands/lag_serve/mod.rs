//! `kan lag serve`: lag as a service. A background task reads Kafka every `--interval` (never
//! per request) and keeps the latest read; HTTP requests serve it as Prometheus metrics,
//! `/healthz` and `/status`. The read may fail (the broker went away): `kan_up` says 0, the
//! last good lag stays served, and the next read tries again.

mod http;
mod notify;

use std::net::SocketAddr;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use hyper::body::Bytes;

use super::lag::{assessed, gather, read_rules, Limits, Query, Read, Selection};
use crate::cli::LagServeArgs;
use crate::domain::group_select::GroupSelection;
use crate::domain::lag::Thresholds;
use crate::domain::lag_monitor::{ExporterStats, Histories, ProduceRates, RefreshError};
use crate::domain::lag_trend::Status;
use crate::domain::listen::parse_listen;
use crate::domain::notify::{Alerts, Condition, Notification, Trigger};
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::kafka::Admin;
use crate::render::lag::LagView;
use crate::render::metrics::{render_kafka, render_kafka_into};
use crate::render::Output;
use crate::settings::Settings;

/// The latest read and the exporter's counters, shared by the reader and the HTTP handlers.
pub(super) struct Shared {
    interval: Duration,
    latest: RwLock<Latest>,
}

struct Latest {
    /// `/status`: the latest read as `kan lag -o json` prints it, gzipped once per read (the
    /// read itself is not kept: at 100 groups × 1,000 partitions it is tens of MB).
    status: Option<Bytes>,
    /// The families read from Kafka, rendered and gzipped once per read (a scrape adds the
    /// exporter's own). At 100 groups × 1,000 partitions that is 29 MB of text: rendering it per
    /// scrape took 108 ms (p50) and a copy per scrape in flight; gzipped it is kept in ~3 MB.
    kafka_metrics: Bytes,
    stats: ExporterStats,
    last_success: Option<Instant>,
}

/// What a scrape sees: cheap clones taken under the lock, rendered outside it.
pub(super) struct Scrape {
    /// A gzip member: [`Latest::status`].
    pub status: Option<Bytes>,
    /// A gzip member: [`Latest::kafka_metrics`].
    pub kafka_metrics: Bytes,
    pub stats: ExporterStats,
    /// Whether the last successful read is recent enough for `/healthz`.
    pub healthy: bool,
}

impl Shared {
    fn new(interval: Duration) -> Self {
        Shared {
            interval,
            latest: RwLock::new(Latest {
                status: None,
                kafka_metrics: http::gzip(render_kafka(None, &[]).as_bytes()),
                stats: ExporterStats::default(),
                last_success: None,
            }),
        }
    }

    pub(super) fn scrape(&self) -> Scrape {
        let latest = self
            .latest
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        Scrape {
            status: latest.status.clone(),
            kafka_metrics: latest.kafka_metrics.clone(),
            stats: latest.stats.clone(),
            healthy: latest
                .last_success
                .is_some_and(|at| at.elapsed() <= self.interval * 3),
        }
    }

    fn update(&self, change: impl FnOnce(&mut Latest)) {
        let mut latest = self
            .latest
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        change(&mut latest);
    }
}

pub async fn run(settings: &Settings, interrupt: &Interrupt, args: LagServeArgs) -> Result<Exit> {
    let address = parse_listen(&args.listen).map_err(KanError::Usage)?;
    let selection = GroupSelection::parse(&args.group_patterns).map_err(KanError::Usage)?;
    let query = Query {
        groups: Selection::Matching(selection),
        topics: Vec::new(),
        isolation: args.isolation,
        no_time_lag: args.no_time_lag,
    };
    let limits = match &args.rules {
        Some(path) => Limits::Rules(Arc::new(read_rules(path)?)),
        None => Limits::Flags(Thresholds::default()),
    };
    let channels = notify::Channels {
        command: args.notify_command.clone(),
        webhook: args
            .notify_webhook
            .as_deref()
            .map(notify::Webhook::parse)
            .transpose()
            .map_err(KanError::Usage)?,
    };
    let trigger = match limits {
        Limits::Rules(_) => Trigger::Breach,
        Limits::Flags(_) => Trigger::Status,
    };
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(|err| bind_error(address, &err))?;
    let output = Output::new(settings.output);
    let admin = Arc::new(Admin::connect(&settings.connection)?);
    let shared = Arc::new(Shared::new(args.interval));
    shared.update(|latest| latest.stats.channels_in_use = channels.in_use());
    let (outbox, sending) = if channels.in_use().is_empty() {
        (None, None)
    } else {
        let (outbox, sending) = notify::start(channels, shared.clone(), output);
        (Some(outbox), Some(sending))
    };
    let bound = listener.local_addr().unwrap_or(address);
    output.note(&format!(
        "serving http://{bound}/metrics (also /healthz, /status); reading Kafka every {}",
        humantime::format_duration(args.interval)
    ));
    let reader = Reader {
        settings: Arc::new(settings.clone()),
        admin,
        query: Arc::new(query),
        shared: shared.clone(),
        output,
        limits,
        window_ms: millis(args.window),
        alerts: Alerts::new(trigger, millis(args.notify_interval)),
        outbox,
    };
    let reading = tokio::spawn(reader.run(args.interval, interrupt.clone()));
    http::serve(listener, shared, interrupt.clone()).await;
    let _ = reading.await;
    if let Some(sending) = sending {
        // The reader is gone, and with it the outbox: what is queued is sent, for a while.
        if tokio::time::timeout(FLUSH, sending).await.is_err() {
            output.warn(&format!(
                "notifications still unsent after {}s were abandoned",
                FLUSH.as_secs()
            ));
        }
    }
    Err(KanError::Interrupted.into())
}

/// How long an interrupted service waits for queued notifications.
const FLUSH: Duration = Duration::from_secs(5);

fn millis(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis()).unwrap_or(i64::MAX)
}

/// A bind failure: the address in use is exit 3 (as the issue and README say), an address
/// this machine does not have is a usage error.
fn bind_error(address: SocketAddr, err: &std::io::Error) -> KanError {
    match err.kind() {
        std::io::ErrorKind::AddrInUse => KanError::kafka(format!(
            "cannot listen on {address}: address already in use"
        )),
        std::io::ErrorKind::AddrNotAvailable => KanError::usage(format!(
            "cannot listen on {address}: not an address of this machine"
        )),
        _ => KanError::kafka(format!("cannot listen on {address}: {err}")),
    }
}

/// The background reads of Kafka.
struct Reader {
    settings: Arc<Settings>,
    admin: Arc<Admin>,
    query: Arc<Query>,
    shared: Arc<Shared>,
    output: Output,
    limits: Limits,
    window_ms: i64,
    alerts: Alerts,
    outbox: Option<notify::Outbox>,
}

impl Reader {
    async fn run(mut self, interval: Duration, interrupt: Interrupt) {
        let mut histories = Histories::new(self.window_ms);
        let mut rates = ProduceRates::default();
        let mut last_error: Option<String> = None;
        while !interrupt.requested() {
            let started = Instant::now();
            // A read in flight is left behind on interrupt (its blocking thread ends with the
            // process): exiting never waits on an unreachable cluster.
            let outcome = tokio::select! {
                outcome = self.read_once() => outcome,
                () = interrupt.wait() => return,
            };
            let seconds = started.elapsed().as_secs_f64();
            match outcome {
                Ok(read) => {
                    if last_error.take().is_some() {
                        self.output.note("Kafka read succeeded again");
                    }
                    let partitions = rates.observe(read.at_ms, &read.bounds);
                    let view = assessed(
                        read.groups,
                        &self.limits,
                        &mut histories,
                        self.query.isolation,
                    );
                    self.notify(&view, read.at_ms);
                    let rendered = tokio::task::spawn_blocking(move || {
                        let metrics = http::gzip_with(|sink| {
                            render_kafka_into(sink, Some(&view), &partitions)
                        });
                        let status = http::gzip_with(|sink| {
                            serde_json::to_writer_pretty(&mut *sink, &view)?;
                            sink.write_all(b"\n")
                        });
                        (metrics, status)
                    })
                    .await;
                    self.shared.update(|latest| {
                        if let Ok((metrics, status)) = rendered {
                            latest.kafka_metrics = metrics;
                            latest.status = Some(status);
                        }
                        latest.last_success = Some(Instant::now());
                        latest.stats.up = true;
                        latest.stats.last_success_seconds = Some(read.at_ms as f64 / 1000.0);
                        latest.stats.refresh_seconds = seconds;
                        latest.stats.refreshes += 1;
                    });
                }
                Err((kind, message)) => {
                    if last_error.as_deref() != Some(message.as_str()) {
                        self.output.warn(&format!(
                            "Kafka read failed: {message} (kan_up 0; retrying every {})",
                            humantime::format_duration(interval)
                        ));
                        last_error = Some(message);
                    }
                    self.shared.update(|latest| {
                        latest.stats.up = false;
                        latest.stats.refresh_seconds = seconds;
                        latest.stats.refreshes += 1;
                        *latest.stats.errors.entry(kind).or_insert(0) += 1;
                    });
                }
            }
            let next = tokio::time::Instant::from_std(started + interval);
            tokio::select! {
                () = tokio::time::sleep_until(next) => {}
                () = interrupt.wait() => {}
            }
        }
    }

    /// Queues a notification for each group's transition (see domain::notify for which).
    fn notify(&mut self, view: &LagView, at_ms: i64) {
        let present = view.groups.iter().map(|g| g.lag.group.as_str()).collect();
        self.alerts.retain(&present);
        let Some(outbox) = &self.outbox else {
            return;
        };
        for group in &view.groups {
            let name = group.lag.group.as_str();
            let now = Condition {
                status: group.trend.as_ref().map_or(Status::Unknown, |t| t.status),
                breached: group.rule.as_ref().is_some_and(|rule| rule.breached),
            };
            let Some(change) = self.alerts.observe(name, now, at_ms) else {
                continue;
            };
            outbox.send(Notification {
                group: name.to_string(),
                at: view.generated_at.clone(),
                old_status: change.old.status,
                new_status: change.new.status,
                old_breached: change.old.breached,
                breached: change.new.breached,
                changes: change.changes,
                lag: group.lag.total_lag,
                max_time_lag_ms: group.lag.max_time_lag_ms,
                rule: group.rule.clone(),
                breaches: view
                    .breaches
                    .iter()
                    .filter(|breach| breach.group == name)
                    .cloned()
                    .collect(),
            });
        }
    }

    /// One read on a blocking thread (librdkafka's calls block).
    async fn read_once(&self) -> std::result::Result<Read, (RefreshError, String)> {
        let (settings, admin, query) = (
            self.settings.clone(),
            self.admin.clone(),
            self.query.clone(),
        );
        let joined = tokio::task::spawn_blocking(move || gather(&settings, &admin, &query)).await;
        match joined {
            Ok(Ok(read)) => Ok(read),
            Ok(Err(err)) => {
                let kind = match err {
                    KanError::NotFound(_) => RefreshError::NotFound,
                    KanError::Kafka { .. } => RefreshError::Kafka,
                    _ => RefreshError::Internal,
                };
                Err((kind, err.to_string()))
            }
            Err(err) => Err((RefreshError::Internal, format!("the read panicked: {err}"))),
        }
    }
}

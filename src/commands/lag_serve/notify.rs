//! Sends `kan lag serve`'s notifications (when is domain::notify's business): the JSON on the
//! stdin of `--notify-command` and as the body of a POST to `--notify-webhook`. One task sends
//! them in order, off the reading loop; a failure is counted (kan_notifications_total,
//! kan_notification_attempt_failures_total) and logged, never fatal. The webhook URL often holds
//! a token: logs show only its scheme, host and port.

use std::io::Write as _;
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::AsyncWriteExt as _;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::Shared;
use crate::domain::lag_monitor::{Channel, Delivery};
use crate::domain::notify::Notification;
use crate::render::Output;

/// How long `--notify-command` may run before it is killed.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(30);
/// Each webhook attempt's bound (connect, send, answer).
const WEBHOOK_TIMEOUT: Duration = Duration::from_secs(10);
/// Waits before the webhook's retries: four attempts in about 7 s plus their own time.
const BACKOFF: [Duration; 3] = [
    Duration::from_secs(1),
    Duration::from_secs(2),
    Duration::from_secs(4),
];
/// Notifications waiting to be sent; past this they are dropped (and counted as failed), so a
/// dead webhook cannot grow memory without bound.
const QUEUE: usize = 1024;

/// A checked `--notify-webhook` URL.
pub(super) struct Webhook {
    url: String,
    /// Scheme, host and port: what logs show.
    shown: String,
    agent: ureq::Agent,
}

impl Webhook {
    /// Accepts `http://` and `https://` URLs with a host.
    pub(super) fn parse(url: &str) -> Result<Self, String> {
        let shown = crate::registry::http_origin(url).ok_or_else(|| {
            format!(
                "--notify-webhook: expected an http:// or https:// URL with a host, got '{url}'"
            )
        })?;
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(WEBHOOK_TIMEOUT))
            .http_status_as_error(false)
            .max_redirects(0)
            .max_redirects_will_error(false)
            .user_agent(concat!("kan/", env!("CARGO_PKG_VERSION")))
            .build();
        Ok(Webhook {
            url: url.to_string(),
            shown,
            agent: ureq::Agent::new_with_config(config),
        })
    }
}

/// What to notify through.
pub(super) struct Channels {
    pub command: Option<String>,
    pub webhook: Option<Webhook>,
}

impl Channels {
    pub(super) fn in_use(&self) -> Vec<Channel> {
        let mut channels = Vec::new();
        if self.command.is_some() {
            channels.push(Channel::Command);
        }
        if self.webhook.is_some() {
            channels.push(Channel::Webhook);
        }
        channels
    }
}

/// The reader's end of the queue.
pub(super) struct Outbox {
    queue: mpsc::Sender<Notification>,
    shared: Arc<Shared>,
    channels: Vec<Channel>,
    output: Output,
}

impl Outbox {
    /// Queues a notification; when the queue is full it is dropped, counted and logged.
    pub(super) fn send(&self, notification: Notification) {
        if let Err(err) = self.queue.try_send(notification) {
            let group = match &err {
                mpsc::error::TrySendError::Full(n) | mpsc::error::TrySendError::Closed(n) => {
                    n.group.clone()
                }
            };
            self.output.warn(&format!(
                "notification for group '{group}' dropped: {QUEUE} are already waiting"
            ));
            self.shared.update(|latest| {
                for &channel in &self.channels {
                    *latest
                        .stats
                        .notifications
                        .entry((channel, Delivery::Failed))
                        .or_insert(0) += 1;
                }
            });
        }
    }
}

/// Starts the sender; it ends once the outbox is dropped and the queue is empty.
pub(super) fn start(
    channels: Channels,
    shared: Arc<Shared>,
    output: Output,
) -> (Outbox, JoinHandle<()>) {
    let (queue, mut waiting) = mpsc::channel::<Notification>(QUEUE);
    let outbox = Outbox {
        queue,
        shared: shared.clone(),
        channels: channels.in_use(),
        output,
    };
    let channels = Arc::new(channels);
    let sender = tokio::spawn(async move {
        while let Some(notification) = waiting.recv().await {
            deliver(&notification, &channels, &shared, &output).await;
        }
    });
    (outbox, sender)
}

/// Sends one notification through every channel at once.
async fn deliver(
    notification: &Notification,
    channels: &Arc<Channels>,
    shared: &Shared,
    output: &Output,
) {
    let mut body = serde_json::to_vec(notification).unwrap_or_default();
    body.push(b'\n');
    let body: Arc<[u8]> = body.into();
    let command = async {
        let Some(command) = &channels.command else {
            return;
        };
        let outcome = run_command(command, &body).await;
        let failed_attempts = u64::from(outcome.is_err());
        record(
            shared,
            output,
            Channel::Command,
            notification,
            outcome,
            failed_attempts,
        );
    };
    let webhook = async {
        let Some(webhook) = &channels.webhook else {
            return;
        };
        let (outcome, failed_attempts) = post(channels.clone(), body.clone()).await;
        let shown = &webhook.shown;
        let outcome = outcome.map_err(|err| format!("{shown}: {err}"));
        record(
            shared,
            output,
            Channel::Webhook,
            notification,
            outcome,
            failed_attempts,
        );
    };
    tokio::join!(command, webhook);
}

/// Counts and logs one channel's outcome (`failed_attempts` of the attempts failed).
fn record(
    shared: &Shared,
    output: &Output,
    channel: Channel,
    notification: &Notification,
    outcome: Result<(), String>,
    failed_attempts: u64,
) {
    let delivery = match &outcome {
        Ok(()) => Delivery::Sent,
        Err(_) => Delivery::Failed,
    };
    shared.update(|latest| {
        *latest
            .stats
            .notifications
            .entry((channel, delivery))
            .or_insert(0) += 1;
        if failed_attempts > 0 {
            *latest
                .stats
                .notify_attempt_failures
                .entry(channel)
                .or_insert(0) += failed_attempts;
        }
    });
    let what = format!(
        "group '{}' {} → {}",
        notification.group,
        describe(notification.old_status.as_str(), notification.old_breached),
        describe(notification.new_status.as_str(), notification.breached)
    );
    match outcome {
        Ok(()) => output.note(&format!("notified ({}): {what}", channel.as_str())),
        Err(err) => output.warn(&format!(
            "notification ({}) failed: {what}: {err}",
            channel.as_str()
        )),
    }
}

fn describe(status: &str, breached: bool) -> String {
    if breached {
        format!("{status} (breach)")
    } else {
        status.to_string()
    }
}

/// Runs `sh -c COMMAND` with the body on stdin; its stdout and stderr go to kan's stderr (kan's
/// stdout is for data). Success is exit status 0 within [`COMMAND_TIMEOUT`].
async fn run_command(command: &str, body: &[u8]) -> Result<(), String> {
    let to_stderr = {
        use std::os::fd::AsFd as _;
        let _ = std::io::stderr().flush();
        std::io::stderr()
            .as_fd()
            .try_clone_to_owned()
            .map_or_else(|_| Stdio::null(), Stdio::from)
    };
    let mut child = tokio::process::Command::new("sh")
        .arg("-c")
        .arg(command)
        .stdin(Stdio::piped())
        .stdout(to_stderr)
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .map_err(|err| format!("cannot start sh: {err}"))?;
    let mut stdin = child.stdin.take();
    let finished = tokio::time::timeout(COMMAND_TIMEOUT, async {
        if let Some(stdin) = stdin.as_mut() {
            // A command that does not read its stdin is fine: a closed pipe is not a failure.
            let _ = stdin.write_all(body).await;
        }
        drop(stdin.take());
        child.wait().await
    })
    .await;
    match finished {
        Ok(Ok(status)) if status.success() => Ok(()),
        Ok(Ok(status)) => Err(format!("the command ended with {status}")),
        Ok(Err(err)) => Err(format!("cannot wait for the command: {err}")),
        Err(_) => {
            let _ = child.kill().await;
            Err(format!(
                "the command did not finish within {}s and was killed",
                COMMAND_TIMEOUT.as_secs()
            ))
        }
    }
}

/// Why one POST failed, and whether another attempt may help.
enum Attempt {
    /// Unreachable, timed out, 429 or 5xx.
    Retry(String),
    /// Any other answer (a 4xx, a redirect): trying again would get the same.
    Permanent(String),
}

/// POSTs with retries; the outcome and how many attempts failed.
async fn post(channels: Arc<Channels>, body: Arc<[u8]>) -> (Result<(), String>, u64) {
    let mut failed = 0;
    let mut waits = BACKOFF.iter();
    loop {
        let (channels, body) = (channels.clone(), body.clone());
        let attempt = tokio::task::spawn_blocking(move || match &channels.webhook {
            Some(webhook) => post_once(webhook, &body),
            None => Ok(()),
        })
        .await
        .unwrap_or_else(|err| Err(Attempt::Permanent(format!("the request panicked: {err}"))));
        match attempt {
            Ok(()) => return (Ok(()), failed),
            Err(Attempt::Permanent(err)) => return (Err(err), failed + 1),
            Err(Attempt::Retry(err)) => {
                failed += 1;
                match waits.next() {
                    Some(wait) => tokio::time::sleep(*wait).await,
                    None => return (Err(format!("{err} (after {failed} attempts)")), failed),
                }
            }
        }
    }
}

fn post_once(webhook: &Webhook, body: &[u8]) -> Result<(), Attempt> {
    let response = webhook
        .agent
        .post(&webhook.url)
        .header("content-type", "application/json")
        .send(body)
        .map_err(|err| Attempt::Retry(err.to_string()))?;
    let status = response.status();
    if status.is_success() {
        Ok(())
    } else if status.as_u16() == 429 || status.is_server_error() {
        Err(Attempt::Retry(format!("HTTP {status}")))
    } else {
        Err(Attempt::Permanent(format!("HTTP {status}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webhook_urls_are_checked_and_shown_without_their_secrets() {
        let webhook = Webhook::parse("https://hooks.example.com/services/T0/B0/SECRET").unwrap();
        assert_eq!(webhook.shown, "https://hooks.example.com");
        let webhook = Webhook::parse("http://user:pw@127.0.0.1:8080/hook?token=x").unwrap();
        assert_eq!(webhook.shown, "http://127.0.0.1:8080");
        for bad in [
            "ftp://example.com/x",
            "example.com/hook",
            "http://",
            "not a url",
        ] {
            let err = Webhook::parse(bad).err().unwrap();
            assert!(err.starts_with("--notify-webhook: "), "{err}");
        }
    }
}

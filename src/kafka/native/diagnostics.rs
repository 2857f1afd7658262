//! Reading librdkafka's own explanations of connection failures.
//!
//! rust-rdkafka routes librdkafka's logs and client errors to the client's main queue
//! (`log.queue=true`), and an `AdminClient` never polls that queue. So when an admin request
//! times out because a TLS handshake or SASL authentication failed, the reason sits unread in
//! the queue. [`drain_client_errors`] reads it out, so kan can say *why* instead of only
//! "no answer".

use std::ffi::{c_char, c_int};

use rdkafka::client::{Client, ClientContext};
use rdkafka_sys as rdsys;

use super::plumbing::{opt_string, Native};

/// librdkafka's syslog-style level for errors (LOG_ERR); lower numbers are more severe.
const LOG_ERR: c_int = 3;

/// One log line or client error taken off the main queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientLog {
    /// Syslog level: 0 (emergency) … 7 (debug); client errors are reported as 3.
    pub level: i32,
    pub facility: String,
    pub message: String,
}

impl ClientLog {
    /// True for error-level (and more severe) lines.
    pub fn is_error(&self) -> bool {
        self.level <= LOG_ERR
    }
}

/// The error-level messages among pending events, oldest first (see [`drain_client_logs`]).
pub fn drain_client_errors<C: ClientContext>(client: &Client<C>) -> Vec<String> {
    drain_client_logs(client)
        .into_iter()
        .filter(ClientLog::is_error)
        .map(|log| log.message)
        .collect()
}

/// Takes every pending log and error event off the client's main queue, oldest first. Other
/// events are discarded, so call this only on clients whose main queue carries nothing else
/// (admin clients).
pub fn drain_client_logs<C: ClientContext>(client: &Client<C>) -> Vec<ClientLog> {
    // SAFETY: `native_ptr` is the live rd_kafka_t owned by `client`, which outlives this
    // call; `rd_kafka_queue_get_main` returns a new reference that `Native` releases.
    let Some(queue) = (unsafe {
        Native::from_ptr(
            rdsys::rd_kafka_queue_get_main(client.native_ptr()),
            rdsys::rd_kafka_queue_destroy,
        )
    }) else {
        return Vec::new();
    };
    let mut messages = Vec::new();
    loop {
        // SAFETY: the queue is live; a zero timeout never blocks; the event (if any) is
        // owned by us and released by `Native`.
        let Some(event) = (unsafe {
            Native::from_ptr(
                rdsys::rd_kafka_queue_poll(queue.ptr(), 0),
                rdsys::rd_kafka_event_destroy,
            )
        }) else {
            break;
        };
        // SAFETY: `event` is a live event for every call below; strings are copied out by
        // `opt_string` before the event is dropped.
        unsafe {
            match rdsys::rd_kafka_event_type(event.ptr()) {
                rdsys::RD_KAFKA_EVENT_LOG => {
                    let mut facility: *const c_char = std::ptr::null();
                    let mut text: *const c_char = std::ptr::null();
                    let mut level: c_int = 0;
                    let found = rdsys::rd_kafka_event_log(
                        event.ptr(),
                        &mut facility,
                        &mut text,
                        &mut level,
                    );
                    if found == 0 {
                        messages.push(ClientLog {
                            level,
                            facility: opt_string(facility).unwrap_or_default(),
                            message: opt_string(text).unwrap_or_default(),
                        });
                    }
                }
                rdsys::RD_KAFKA_EVENT_ERROR => {
                    messages.push(ClientLog {
                        level: LOG_ERR,
                        facility: "ERROR".into(),
                        message: opt_string(rdsys::rd_kafka_event_error_string(event.ptr()))
                            .unwrap_or_default(),
                    });
                }
                _ => {}
            }
        }
    }
    messages
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use rdkafka::admin::AdminClient;
    use rdkafka::client::DefaultClientContext;
    use rdkafka::config::{ClientConfig, RDKafkaLogLevel};

    use super::*;

    #[test]
    fn connection_refused_is_explained() {
        let admin: AdminClient<DefaultClientContext> = ClientConfig::new()
            .set("bootstrap.servers", "127.0.0.1:1")
            // One connection attempt in the test's time: the check that draining empties the
            // queue must not race librdkafka's reconnects (it did on a loaded machine).
            .set("reconnect.backoff.ms", "10000")
            .set("reconnect.backoff.max.ms", "10000")
            .set_log_level(RDKafkaLogLevel::Error)
            .create()
            .unwrap();
        // Ask for something so librdkafka tries to connect.
        let _ = admin
            .inner()
            .fetch_metadata(None, Duration::from_millis(1500));
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut messages = Vec::new();
        while messages.is_empty() && Instant::now() < deadline {
            messages = drain_client_errors(admin.inner());
            std::thread::sleep(Duration::from_millis(50));
        }
        let joined = messages.join("\n");
        assert!(joined.contains("127.0.0.1:1"), "{joined}");
        assert!(joined.to_lowercase().contains("refused"), "{joined}");
        // Drained: a second call finds nothing new right away.
        assert!(drain_client_errors(admin.inner()).len() <= 1);
    }
}

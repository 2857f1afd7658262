//! Publishing: one idempotent (or transactional) `BaseProducer` driven from the caller's
//! thread, many records in flight, every delivery report counted. Nothing relies on drop:
//! callers flush, and the stats say exactly what was delivered and what failed.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rdkafka::client::ClientContext;
use rdkafka::config::RDKafkaLogLevel;
use rdkafka::error::KafkaError;
use rdkafka::message::Message;
use rdkafka::producer::{BaseProducer, DeliveryResult, Producer, ProducerContext};
use rdkafka::types::RDKafkaErrorCode;

use super::client::{client_config, creation_error, KanContext};
use super::errors::RequestContext;
use super::native;
use crate::domain::checkpoint::LineSet;
use crate::domain::topic_config::Compression;
use crate::error::KanError;
use crate::settings::ConnectionSettings;

/// How the producer batches and guarantees.
#[derive(Debug, Clone, Default)]
pub struct ProducerSettings {
    pub compression: Option<Compression>,
    pub linger: Option<Duration>,
    pub batch_size: Option<u64>,
    /// Set: a transactional producer with this id.
    pub transactional_id: Option<String>,
    /// Records up to this size (librdkafka's `message.max.bytes`; default 1 MB).
    pub max_message_bytes: Option<u64>,
}

/// What the delivery reports said.
#[derive(Debug, Clone, Default)]
pub struct DeliveryStats {
    pub delivered: u64,
    pub failed: u64,
    /// Failed records that may have been written anyway (no acknowledgement came for a request
    /// the broker may have served): part of `failed`.
    pub in_doubt: u64,
    /// Delivered records per partition of the main topic.
    pub partitions: BTreeMap<i32, u64>,
    /// Line number and reason of each failed record.
    pub failures: Vec<(u64, String)>,
    pub dlq_delivered: u64,
    pub dlq_failed: u64,
    /// Partition and offset of the most recent delivered main-topic record.
    pub last: Option<(i32, i64)>,
}

/// What the delivery reports told, under one lock.
#[derive(Default)]
struct Ledger {
    stats: DeliveryStats,
    /// With [`Publisher::track_lines`]: the lines whose record (or dead letter) was delivered,
    /// plus those marked settled by the caller.
    settled: Option<LineSet>,
}

/// The producer's context: counts deliveries, forwards logs.
pub struct Tracker {
    inner: KanContext,
    ledger: Mutex<Ledger>,
    /// Delivery reports served so far (read without the lock, to tell whether a poll served one).
    reports: AtomicU64,
}

impl ClientContext for Tracker {
    fn log(&self, level: RDKafkaLogLevel, fac: &str, log_message: &str) {
        self.inner.log(level, fac, log_message);
    }

    fn error(&self, error: KafkaError, reason: &str) {
        self.inner.error(error, reason);
    }
}

impl ProducerContext for Tracker {
    type DeliveryOpaque = DeliveryTag;

    fn delivery(&self, result: &DeliveryResult<'_>, tag: DeliveryTag) {
        self.reports.fetch_add(1, Ordering::Relaxed);
        let Ok(mut ledger) = self.ledger.lock() else {
            return;
        };
        let Ledger { stats, settled } = &mut *ledger;
        let dlq = matches!(tag, DeliveryTag::DeadLetter { .. });
        if let (Ok(_), Some(settled)) = (result, settled) {
            settled.insert(tag.line());
        }
        match (result, dlq) {
            (Ok(message), false) => {
                stats.delivered += 1;
                *stats.partitions.entry(message.partition()).or_default() += 1;
                stats.last = Some((message.partition(), message.offset()));
            }
            (Ok(_), true) => stats.dlq_delivered += 1,
            (Err((err, message)), false) => {
                stats.failed += 1;
                let mut reason = delivery_reason(err);
                if native::possibly_persisted(message) {
                    stats.in_doubt += 1;
                    reason.push_str(IN_DOUBT);
                }
                stats.failures.push((tag.line(), reason));
            }
            (Err((err, _)), true) => {
                stats.dlq_failed += 1;
                stats.failures.push((
                    tag.line(),
                    format!("dead-letter record: {}", delivery_reason(err)),
                ));
            }
        }
    }
}

/// Added to the reason of a failed record that may have been written anyway.
pub const IN_DOUBT: &str = "; it may have been written anyway (no acknowledgement came)";

fn delivery_reason(err: &KafkaError) -> String {
    match err.rdkafka_error_code() {
        Some(RDKafkaErrorCode::MessageSizeTooLarge) => {
            "record is larger than the broker accepts (max.message.bytes)".into()
        }
        Some(RDKafkaErrorCode::MessageTimedOut) => {
            "not delivered within the delivery timeout (broker unreachable?)".into()
        }
        Some(code) => code.to_string(),
        None => err.to_string(),
    }
}

/// A topic records are sent to, valid while its [`Publisher`] is.
pub type Topic<'p> = native::TopicHandle<'p>;

/// What a record is, told back in its delivery report.
pub use super::native::DeliveryTag;
/// One record to send (header values of `None` are headers with a null value).
pub use super::native::NativeRecord as OutRecord;

/// Why a record could not even be queued.
#[derive(Debug)]
pub enum SendFailure {
    /// Ctrl-C while waiting for room in the queue.
    Interrupted,
    /// librdkafka refused the record (too large, unknown partition …).
    Rejected(String),
}

/// A connected producer.
pub struct Publisher {
    producer: BaseProducer<Tracker>,
    brokers: String,
    timeout: Duration,
}

impl Publisher {
    /// Creates the producer: idempotent, acks=all, Java-compatible key partitioning.
    pub fn connect(
        settings: &ConnectionSettings,
        producer: &ProducerSettings,
    ) -> Result<Self, KanError> {
        let mut config = client_config(settings)?;
        config
            .set("enable.idempotence", "true")
            .set("acks", "all")
            // Same key → same partition as Java clients and kafkajs (murmur2), so kan's
            // events land beside the platform's own.
            .set("partitioner", "murmur2_random")
            // Publishing to a misspelt topic must fail, not create it.
            .set("allow.auto.create.topics", "false")
            .set(
                "message.timeout.ms",
                settings
                    .timeout
                    .max(Duration::from_secs(30))
                    .as_millis()
                    .to_string(),
            );
        if let Some(compression) = producer.compression {
            config.set("compression.type", compression.as_str());
        }
        if let Some(linger) = producer.linger {
            config.set("linger.ms", linger.as_millis().to_string());
        }
        if let Some(bytes) = producer.batch_size {
            config.set("batch.size", bytes.to_string());
        }
        if let Some(bytes) = producer.max_message_bytes {
            config.set("message.max.bytes", bytes.to_string());
        }
        if let Some(id) = &producer.transactional_id {
            config.set("transactional.id", id);
        }
        // -X overrides win over everything above.
        for (key, value) in &settings.properties {
            config.set(key, value);
        }
        let tracker = Tracker {
            inner: KanContext::new(settings.verbose),
            ledger: Mutex::new(Ledger::default()),
            reports: AtomicU64::new(0),
        };
        let producer = config
            .create_with_context(tracker)
            .map_err(creation_error)?;
        Ok(Publisher {
            producer,
            brokers: settings.brokers.clone(),
            timeout: settings.timeout,
        })
    }

    fn context(&self) -> RequestContext {
        RequestContext {
            brokers: self.brokers.clone(),
            timeout: self.timeout,
            last_error: self.producer.context().inner.last_error(),
        }
    }

    /// The topic's partition count; `NotFound` when it does not exist.
    pub fn partitions(&self, topic: &str) -> Result<i32, KanError> {
        let metadata = self
            .producer
            .client()
            .fetch_metadata(Some(topic), self.timeout)
            .map_err(|err| {
                self.producer.poll(Duration::ZERO);
                self.context().kafka("fetch metadata", &err)
            })?;
        let Some(found) = metadata.topics().iter().find(|t| t.name() == topic) else {
            return Err(KanError::no_topic(topic));
        };
        if let Some(code) = found.error() {
            let code = RDKafkaErrorCode::from(code);
            if matches!(
                code,
                RDKafkaErrorCode::UnknownTopicOrPartition | RDKafkaErrorCode::UnknownTopic
            ) {
                return Err(KanError::no_topic(topic));
            }
            return Err(self
                .context()
                .code(&format!("use topic '{topic}'"), code, None));
        }
        Ok(i32::try_from(found.partitions().len()).unwrap_or(i32::MAX))
    }

    /// A handle on `name` for [`Self::send`] (made once per topic: naming the topic per record
    /// costs an allocation and a lookup under librdkafka's client lock).
    pub fn topic(&self, name: &str) -> Result<Topic<'_>, KanError> {
        native::TopicHandle::new(self.producer.client(), name)
            .map_err(|err| KanError::usage(err.to_string()))
    }

    /// Queues a record, waiting for room while the queue is full.
    pub fn send(
        &self,
        topic: &Topic<'_>,
        record: &OutRecord<'_>,
        stop: &AtomicBool,
    ) -> Result<(), SendFailure> {
        loop {
            match native::produce(self.producer.client(), topic, record) {
                Ok(()) => return Ok(()),
                Err(RDKafkaErrorCode::QueueFull) => {
                    if stop.load(Ordering::Relaxed) {
                        return Err(SendFailure::Interrupted);
                    }
                    self.wait_for_reports();
                }
                Err(code) => {
                    return Err(SendFailure::Rejected(match code {
                        RDKafkaErrorCode::MessageSizeTooLarge => format!(
                            "record of {} bytes is larger than message.max.bytes allows",
                            record.payload.map_or(0, <[u8]>::len)
                        ),
                        RDKafkaErrorCode::UnknownPartition => format!(
                            "partition {} does not exist in '{}'",
                            record.partition.unwrap_or(-1),
                            topic.name()
                        ),
                        code => code.to_string(),
                    }))
                }
            }
        }
    }

    /// Serves every delivery report that is ready, without waiting. Returns whether there was
    /// any.
    pub fn poll(&self) -> bool {
        // rust-rdkafka's poll with no timeout serves at most one event (a batch of reports).
        let before = self.reports();
        loop {
            let served = self.reports();
            self.producer.poll(Duration::ZERO);
            if self.reports() == served {
                return served != before;
            }
        }
    }

    /// Serves the reports that are ready, or else waits a moment for some. (rust-rdkafka's
    /// poll with a timeout keeps polling until the timeout has passed, and spins through its
    /// last millisecond: a short sleep is cheaper and sending resumes as soon as there is room.)
    fn wait_for_reports(&self) {
        if !self.poll() {
            std::thread::sleep(Duration::from_micros(250));
        }
    }

    fn reports(&self) -> u64 {
        self.producer.context().reports.load(Ordering::Relaxed)
    }

    /// Records queued or in flight.
    pub fn in_flight(&self) -> i32 {
        self.producer.in_flight_count()
    }

    /// Waits until everything queued is delivered or failed, up to `limit`. Returns true when
    /// nothing is left in flight.
    pub fn flush(&self, limit: Duration) -> bool {
        let deadline = Instant::now() + limit;
        // Asks librdkafka to send what is lingering (rd_kafka_flush with no wait; its flushing
        // state lasts only for the call, so it is asked again every 50 ms), and serves delivery
        // reports as they come: rust-rdkafka's own flush polls in 100 ms steps that always run
        // to the end, which made every run that much longer.
        let mut kicked = Instant::now();
        let _ = self.producer.flush(Duration::ZERO);
        while self.producer.in_flight_count() > 0 && Instant::now() < deadline {
            if kicked.elapsed() >= Duration::from_millis(50) {
                let _ = self.producer.flush(Duration::ZERO);
                kicked = Instant::now();
            }
            self.wait_for_reports();
        }
        self.poll();
        self.producer.in_flight_count() == 0
    }

    /// Records delivered so far (cheaper than a full [`Self::stats`]).
    pub fn delivered(&self) -> u64 {
        self.with_ledger(|ledger| ledger.stats.delivered)
            .unwrap_or_default()
    }

    /// A copy of the delivery counts so far.
    pub fn stats(&self) -> DeliveryStats {
        self.with_ledger(|ledger| ledger.stats.clone())
            .unwrap_or_default()
    }

    /// From now on, remembers the line of every delivered record and dead letter, on top of
    /// `settled` (lines settled before).
    pub fn track_lines(&self, settled: LineSet) {
        self.with_ledger(|ledger| ledger.settled = Some(settled));
    }

    /// Marks a line settled without a delivery (a rejected line that is not sent).
    pub fn settle_line(&self, line: u64) {
        self.with_ledger(|ledger| {
            if let Some(settled) = &mut ledger.settled {
                settled.insert(line);
            }
        });
    }

    /// Reads the settled lines (with [`Self::track_lines`]).
    pub fn with_settled<T>(&self, read: impl FnOnce(&LineSet) -> T) -> Option<T> {
        self.with_ledger(|ledger| ledger.settled.as_ref().map(read))
            .flatten()
    }

    fn with_ledger<T>(&self, use_it: impl FnOnce(&mut Ledger) -> T) -> Option<T> {
        let mut ledger = self.producer.context().ledger.lock().ok()?;
        Some(use_it(&mut ledger))
    }

    /// Registers the transactional id (fencing older producers with the same id).
    pub fn init_transactions(&self) -> Result<(), KanError> {
        self.producer
            .init_transactions(self.timeout)
            .map_err(|err| self.transaction_error("start transactions", &err))
    }

    pub fn begin_transaction(&self) -> Result<(), KanError> {
        self.producer
            .begin_transaction()
            .map_err(|err| self.transaction_error("begin the transaction", &err))
    }

    pub fn commit_transaction(&self) -> Result<(), KanError> {
        self.producer
            .commit_transaction(self.timeout)
            .map_err(|err| self.transaction_error("commit the transaction", &err))
    }

    pub fn abort_transaction(&self) -> Result<(), KanError> {
        self.producer
            .abort_transaction(self.timeout)
            .map_err(|err| self.transaction_error("abort the transaction", &err))
    }

    fn transaction_error(&self, what: &str, err: &KafkaError) -> KanError {
        match err {
            KafkaError::Transaction(rd) => {
                KanError::kafka(format!("cannot {what}: {}", rd.string()))
            }
            other => self.context().kafka(what, other),
        }
    }
}

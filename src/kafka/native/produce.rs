//! Queueing records without rust-rdkafka's per-record allocations.
//!
//! `BaseProducer::send` names the topic by string (a `CString` per record, and librdkafka
//! then looks the topic up under its client-wide write lock) and `OwnedHeaders::insert` makes a
//! `CString` per header. At a million records a second those allocations and that lock were a
//! visible share of `kan publish`. Here the topic is a handle created once, header names and
//! values are passed with their lengths, and everything else is exactly what
//! `BaseProducer::send` does: `RD_KAFKA_MSG_F_COPY` (librdkafka copies key and value), the
//! delivery opaque is a [`DeliveryTag`] that rust-rdkafka's delivery callback decodes, and
//! delivery reports still go through the producer's `poll`.

use std::ffi::{c_char, c_void};
use std::marker::PhantomData;
use std::ptr::{self, NonNull};

use rdkafka::client::{Client, ClientContext};
use rdkafka::types::RDKafkaErrorCode;
use rdkafka::util::IntoOpaque;
use rdkafka_sys as rdsys;
use rdkafka_sys::rd_kafka_vtype_t as V;

use super::error::NativeError;
use super::plumbing::c_string;

/// A librdkafka topic handle, valid while the client it was made from is borrowed.
pub struct TopicHandle<'c> {
    ptr: NonNull<rdsys::rd_kafka_topic_t>,
    name: String,
    client: PhantomData<&'c ()>,
}

// SAFETY: librdkafka topic handles are reference counted and thread safe; the handle is only
// used to queue records (`rd_kafka_producev` takes its own reference).
unsafe impl Send for TopicHandle<'_> {}
unsafe impl Sync for TopicHandle<'_> {}

impl<'c> TopicHandle<'c> {
    /// A handle on `name` (no request is made; an unknown topic fails its records later).
    pub fn new<C: ClientContext>(client: &'c Client<C>, name: &str) -> Result<Self, NativeError> {
        let c_name = c_string(name, "topic name")?;
        // SAFETY: the client pointer is live for 'c; a NULL topic conf means the defaults.
        let ptr = unsafe {
            rdsys::rd_kafka_topic_new(client.native_ptr(), c_name.as_ptr(), ptr::null_mut())
        };
        let ptr = NonNull::new(ptr).ok_or_else(|| {
            NativeError::InvalidArgument(format!("librdkafka refused topic name '{name}'"))
        })?;
        Ok(TopicHandle {
            ptr,
            name: name.to_string(),
            client: PhantomData,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for TopicHandle<'_> {
    fn drop(&mut self) {
        // SAFETY: we own this reference to the handle; dropped once.
        unsafe { rdsys::rd_kafka_topic_destroy(self.ptr.as_ptr()) }
    }
}

/// What a queued record is, handed back with its delivery report: the input line it came from
/// (0 when it has none), and whether it is a dead letter. Packed into librdkafka's per-message
/// opaque pointer, so tagging a record allocates nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryTag {
    /// A record for the topic being published to.
    Record { line: u64 },
    /// A dead letter for a rejected input line.
    DeadLetter { line: u64 },
}

/// The top bit of the opaque marks dead letters; the rest is the line number.
const DEAD_LETTER_BIT: usize = 1 << (usize::BITS - 1);

impl DeliveryTag {
    /// The input line the record came from.
    pub fn line(self) -> u64 {
        match self {
            DeliveryTag::Record { line } | DeliveryTag::DeadLetter { line } => line,
        }
    }

    fn pack(self) -> usize {
        let line = |line: u64| usize::try_from(line).unwrap_or(usize::MAX) & !DEAD_LETTER_BIT;
        match self {
            DeliveryTag::Record { line: number } => line(number),
            DeliveryTag::DeadLetter { line: number } => line(number) | DEAD_LETTER_BIT,
        }
    }

    fn unpack(packed: usize) -> Self {
        let line = (packed & !DEAD_LETTER_BIT) as u64;
        if packed & DEAD_LETTER_BIT == 0 {
            DeliveryTag::Record { line }
        } else {
            DeliveryTag::DeadLetter { line }
        }
    }
}

// The "pointer" is a packed integer that is never dereferenced and owns nothing, so turning it
// back into a tag (rust-rdkafka's unsafe `from_ptr`) is sound for any value.
impl IntoOpaque for DeliveryTag {
    fn into_ptr(self) -> *mut c_void {
        self.pack() as *mut c_void
    }

    unsafe fn from_ptr(ptr: *mut c_void) -> Self {
        DeliveryTag::unpack(ptr as usize)
    }
}

/// One record to queue. Header values of `None` are headers with a null value.
pub struct NativeRecord<'a> {
    pub key: Option<&'a [u8]>,
    /// `None`: a null value (a tombstone), which is not the same as an empty one.
    pub payload: Option<&'a [u8]>,
    /// `None`: the producer's partitioner picks.
    pub partition: Option<i32>,
    /// `None`: librdkafka stamps the record with the time it was queued.
    pub timestamp_ms: Option<i64>,
    pub headers: &'a [(&'a str, Option<&'a [u8]>)],
    /// Returned with the record's delivery report.
    pub tag: DeliveryTag,
}

/// Queues `record` on `topic`'s client. librdkafka copies key, value and headers, so nothing
/// borrowed needs to outlive the call. `Err` carries librdkafka's refusal (queue full, too
/// large, unknown partition …); the record was then not queued.
pub fn produce<C: ClientContext>(
    client: &Client<C>,
    topic: &TopicHandle<'_>,
    record: &NativeRecord<'_>,
) -> Result<(), RDKafkaErrorCode> {
    // SAFETY: headers_new returns an owned list; on success librdkafka takes ownership of it,
    // on failure it stays ours and is destroyed below.
    let headers = unsafe { rdsys::rd_kafka_headers_new(record.headers.len()) };
    if headers.is_null() {
        return Err(RDKafkaErrorCode::Fail);
    }
    for (name, value) in record.headers {
        let (value_ptr, value_len) = match value {
            Some(value) => (value.as_ptr().cast::<c_void>(), value.len() as isize),
            None => (ptr::null(), 0),
        };
        // SAFETY: name and value are passed with explicit lengths; librdkafka copies both.
        let err = unsafe {
            rdsys::rd_kafka_header_add(
                headers,
                name.as_ptr().cast::<c_char>(),
                name.len() as isize,
                value_ptr,
                value_len,
            )
        };
        if err != rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            // SAFETY: still ours; not used again.
            unsafe { rdsys::rd_kafka_headers_destroy(headers) };
            return Err(err.into());
        }
    }
    let (key_ptr, key_len) = match record.key {
        Some(key) => (key.as_ptr() as *mut c_void, key.len()),
        None => (ptr::null_mut(), 0),
    };
    let (value_ptr, value_len) = match record.payload {
        Some(value) => (value.as_ptr() as *mut c_void, value.len()),
        None => (ptr::null_mut(), 0),
    };
    // SAFETY: every argument pair matches its vtype as librdkafka's varargs expect (the same
    // sequence rust-rdkafka's BaseProducer::send uses, with RKT instead of TOPIC); F_COPY makes
    // librdkafka copy key and payload before returning.
    let err = unsafe {
        rdsys::rd_kafka_producev(
            client.native_ptr(),
            V::RD_KAFKA_VTYPE_RKT,
            topic.ptr.as_ptr(),
            V::RD_KAFKA_VTYPE_PARTITION,
            record.partition.unwrap_or(-1),
            V::RD_KAFKA_VTYPE_MSGFLAGS,
            rdsys::RD_KAFKA_MSG_F_COPY,
            V::RD_KAFKA_VTYPE_VALUE,
            value_ptr,
            value_len,
            V::RD_KAFKA_VTYPE_KEY,
            key_ptr,
            key_len,
            V::RD_KAFKA_VTYPE_OPAQUE,
            record.tag.into_ptr(),
            V::RD_KAFKA_VTYPE_TIMESTAMP,
            record.timestamp_ms.unwrap_or(0),
            V::RD_KAFKA_VTYPE_HEADERS,
            headers,
            V::RD_KAFKA_VTYPE_END,
        )
    };
    if err == rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
        Ok(())
    } else {
        // SAFETY: librdkafka did not take the headers.
        unsafe { rdsys::rd_kafka_headers_destroy(headers) };
        Err(err.into())
    }
}

/// Whether a record whose delivery failed may still have been written: librdkafka's message
/// status says so when the failure came after the request was sent (a timeout while in flight,
/// a broker gone mid-request) — the broker may have stored it without the acknowledgement
/// arriving.
pub fn possibly_persisted(message: &rdkafka::message::BorrowedMessage<'_>) -> bool {
    // SAFETY: the pointer is the message of a delivery report, valid while `message` is
    // borrowed; rd_kafka_message_status only reads it.
    let status = unsafe { rdsys::rd_kafka_message_status(message.ptr()) };
    status != rdsys::rd_kafka_msg_status_t::RD_KAFKA_MSG_STATUS_NOT_PERSISTED
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use rdkafka::config::ClientConfig;
    use rdkafka::consumer::{BaseConsumer, Consumer};
    use rdkafka::message::{Headers, Message};
    use rdkafka::producer::{BaseProducer, Producer};
    use rdkafka::{Offset, TopicPartitionList};

    use super::*;
    use crate::kafka::native::test_support::mock_cluster;

    #[test]
    fn records_arrive_with_key_headers_partition_and_timestamp() {
        let cluster = mock_cluster(1);
        cluster.create_topic("t", 2, 1).expect("topic");
        let producer: BaseProducer = ClientConfig::new()
            .set("bootstrap.servers", cluster.bootstrap_servers())
            .set("log_level", "0")
            .create()
            .expect("producer");
        // Known partitions (as the publisher makes sure before sending), so a partition the
        // topic lacks is refused when queued rather than failed in its delivery report.
        producer
            .client()
            .fetch_metadata(Some("t"), Duration::from_secs(10))
            .expect("metadata");
        let topic = TopicHandle::new(producer.client(), "t").expect("handle");
        assert_eq!(topic.name(), "t");
        let headers: [(&str, Option<&[u8]>); 3] = [
            ("correlation-id", Some(b"c-1")),
            ("empty", Some(b"")),
            ("null", None),
        ];
        let record = NativeRecord {
            key: Some(b"user-1"),
            payload: Some(b"{\"a\":1}"),
            partition: Some(1),
            timestamp_ms: Some(1_714_564_800_000),
            headers: &headers,
            tag: DeliveryTag::Record { line: 7 },
        };
        produce(producer.client(), &topic, &record).expect("queued");
        for payload in [None, Some(&b""[..])] {
            let other = NativeRecord {
                payload,
                partition: Some(0),
                headers: &[],
                ..record
            };
            produce(producer.client(), &topic, &other).expect("queued");
        }
        // Refused when queued: nothing is sent, and the headers stay kan's to free.
        let wrong = NativeRecord {
            partition: Some(5),
            ..record
        };
        assert_eq!(
            produce(producer.client(), &topic, &wrong),
            Err(RDKafkaErrorCode::UnknownPartition)
        );
        producer.flush(Duration::from_secs(10)).expect("flush");

        let consumer: BaseConsumer = ClientConfig::new()
            .set("bootstrap.servers", cluster.bootstrap_servers())
            .set("group.id", "g")
            .set("log_level", "0")
            .create()
            .expect("consumer");
        let mut assignment = TopicPartitionList::new();
        assignment
            .add_partition_offset("t", 1, Offset::Beginning)
            .expect("partition");
        consumer.assign(&assignment).expect("assign");
        let deadline = Instant::now() + Duration::from_secs(10);
        let next = || loop {
            assert!(Instant::now() < deadline, "no record within 10 s");
            if let Some(result) = consumer.poll(Duration::from_millis(100)) {
                break result.expect("record").detach();
            }
        };
        let message = next();
        assert_eq!(message.key(), Some(&b"user-1"[..]));
        assert_eq!(message.payload(), Some(&b"{\"a\":1}"[..]));
        assert_eq!(message.partition(), 1);
        assert_eq!(message.timestamp().to_millis(), Some(1_714_564_800_000));
        let headers = message.headers().expect("headers");
        let got: Vec<(String, Option<Vec<u8>>)> = headers
            .iter()
            .map(|h| (h.key.to_string(), h.value.map(<[u8]>::to_vec)))
            .collect();
        assert_eq!(
            got,
            [
                ("correlation-id".to_string(), Some(b"c-1".to_vec())),
                ("empty".to_string(), Some(Vec::new())),
                ("null".to_string(), None),
            ]
        );
        // A null value (a tombstone) stays null, and an empty one empty.
        let mut assignment = TopicPartitionList::new();
        assignment
            .add_partition_offset("t", 0, Offset::Beginning)
            .expect("partition");
        consumer.assign(&assignment).expect("assign");
        let (tombstone, empty) = (next(), next());
        assert_eq!((tombstone.partition(), tombstone.offset()), (0, 0));
        assert_eq!(tombstone.payload(), None);
        assert_eq!(tombstone.key(), Some(&b"user-1"[..]));
        assert_eq!(empty.payload(), Some(&b""[..]));
    }

    #[test]
    fn delivery_tags_survive_the_opaque_pointer() {
        for tag in [
            DeliveryTag::Record { line: 0 },
            DeliveryTag::Record { line: 7 },
            DeliveryTag::DeadLetter { line: 7 },
            DeliveryTag::DeadLetter { line: 1 << 40 },
        ] {
            // SAFETY: the pointer comes from into_ptr of the same type.
            let back = unsafe { DeliveryTag::from_ptr(tag.into_ptr()) };
            assert_eq!(back, tag);
            assert_eq!(back.line(), tag.line());
        }
    }

    #[test]
    fn a_topic_name_with_a_nul_byte_is_refused() {
        let producer: BaseProducer = ClientConfig::new()
            .set("bootstrap.servers", "127.0.0.1:1")
            .set("log_level", "0")
            .create()
            .expect("producer");
        assert!(TopicHandle::new(producer.client(), "a\0b").is_err());
    }
}

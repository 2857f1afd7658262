//! Private FFI plumbing shared by the native admin calls: RAII ownership of
//! librdkafka objects, admin options, the temporary result queue, event
//! checking and copying C data out into owned Rust values.
//!
//! Every call follows the same shape, mirroring rust-rdkafka's `admin.rs`
//! but synchronously: build the C inputs (each wrapped in [`Native`] right
//! after creation so it is freed on every path), create [`AdminCall`]
//! options with the request timeout, start the operation on a dedicated
//! queue created with `rd_kafka_queue_new`, block in `rd_kafka_queue_poll`
//! for at most the timeout, then copy every string/number out of the result
//! event before the event is destroyed.

use std::ffi::{c_char, c_int, CStr, CString};
use std::ptr::NonNull;
use std::time::Duration;

use rdkafka::client::{Client, ClientContext};
use rdkafka::types::RDKafkaErrorCode;
use rdkafka_sys as rdsys;
use rdkafka_sys::types::RDKafkaAdminOp;

use super::error::{describe, ItemError, NativeError};

/// An owned librdkafka object, destroyed exactly once with the matching
/// `*_destroy` function when dropped.
pub(super) struct Native<T> {
    ptr: NonNull<T>,
    destroy: unsafe extern "C" fn(*mut T),
}

impl<T> Native<T> {
    /// Takes ownership of `ptr`; returns `None` when it is NULL.
    ///
    /// # Safety
    ///
    /// `ptr` must be NULL or point to a live object that the caller owns
    /// (nothing else will free it) and that `destroy` releases.
    pub(super) unsafe fn from_ptr(
        ptr: *mut T,
        destroy: unsafe extern "C" fn(*mut T),
    ) -> Option<Self> {
        NonNull::new(ptr).map(|ptr| Self { ptr, destroy })
    }

    pub(super) fn ptr(&self) -> *mut T {
        self.ptr.as_ptr()
    }
}

impl<T> Drop for Native<T> {
    fn drop(&mut self) {
        // SAFETY: `from_ptr`'s contract guarantees we own a live object and
        // that `destroy` is its destructor; Drop runs at most once.
        unsafe { (self.destroy)(self.ptr.as_ptr()) }
    }
}

/// Converts a Rust string to a C string, rejecting interior NUL bytes with
/// [`NativeError::InvalidArgument`] (`what` names the input in the message).
pub(super) fn c_string(value: &str, what: &str) -> Result<CString, NativeError> {
    CString::new(value)
        .map_err(|_| NativeError::InvalidArgument(format!("{what} {value:?} contains a NUL byte")))
}

/// Milliseconds for librdkafka, rounded up (so 1µs does not become "don't
/// wait") and saturated at `c_int::MAX`.
pub(super) fn timeout_ms(timeout: Duration) -> c_int {
    c_int::try_from(timeout.as_nanos().div_ceil(1_000_000)).unwrap_or(c_int::MAX)
}

/// Copies a NUL-terminated C string (lossily for invalid UTF-8); NULL gives
/// `None`.
///
/// # Safety
///
/// `ptr` must be NULL or point to a NUL-terminated string that stays valid
/// for the duration of this call.
pub(super) unsafe fn opt_string(ptr: *const c_char) -> Option<String> {
    if ptr.is_null() {
        None
    } else {
        // SAFETY: non-NULL and NUL-terminated per this function's contract.
        Some(
            unsafe { CStr::from_ptr(ptr) }
                .to_string_lossy()
                .into_owned(),
        )
    }
}

/// Like [`opt_string`] but NULL gives an empty string.
///
/// # Safety
///
/// Same as [`opt_string`].
pub(super) unsafe fn string(ptr: *const c_char) -> String {
    // SAFETY: forwarded contract.
    unsafe { opt_string(ptr) }.unwrap_or_default()
}

/// Views a C array as a slice; NULL or zero length gives an empty slice.
///
/// # Safety
///
/// When non-NULL, `ptr` must point to `len` initialised elements that stay
/// valid (and unmodified) for `'a`.
pub(super) unsafe fn c_array<'a, T>(ptr: *const T, len: usize) -> &'a [T] {
    if ptr.is_null() || len == 0 {
        &[]
    } else {
        // SAFETY: non-NULL, `len` valid elements per this function's contract.
        unsafe { std::slice::from_raw_parts(ptr, len) }
    }
}

/// The elements of a topic-partition list; NULL gives an empty slice.
///
/// # Safety
///
/// `list` must be NULL or a valid list that outlives `'a` and is not
/// modified meanwhile.
pub(super) unsafe fn partition_elems<'a>(
    list: *const rdsys::rd_kafka_topic_partition_list_t,
) -> &'a [rdsys::rd_kafka_topic_partition_t] {
    if list.is_null() {
        return &[];
    }
    // SAFETY: non-NULL valid list per this function's contract.
    let (elems, cnt) = unsafe { ((*list).elems, (*list).cnt) };
    let len = usize::try_from(cnt).unwrap_or(0);
    // SAFETY: librdkafka keeps `cnt` initialised elements at `elems`.
    unsafe { c_array(elems, len) }
}

/// Copies a borrowed `rd_kafka_error_t` (one we must NOT destroy) into an
/// [`ItemError`]; NULL means "no error".
///
/// # Safety
///
/// `error` must be NULL or a valid error object for the duration of the call.
pub(super) unsafe fn borrowed_error(error: *const rdsys::rd_kafka_error_t) -> Option<ItemError> {
    if error.is_null() {
        return None;
    }
    // SAFETY: valid error object per this function's contract.
    let code = RDKafkaErrorCode::from(unsafe { rdsys::rd_kafka_error_code(error) });
    // SAFETY: the string lives as long as `error`; we copy it immediately.
    let message = unsafe { opt_string(rdsys::rd_kafka_error_string(error)) }
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| describe(code));
    Some(ItemError { code, message })
}

/// Per-item error from a plain response error code (`err` fields of
/// topic-partitions, config resources); `NO_ERROR` gives `None`.
pub(super) fn code_error(err: rdsys::rd_kafka_resp_err_t) -> Option<ItemError> {
    if err == rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
        None
    } else {
        Some(ItemError::from_code(RDKafkaErrorCode::from(err)))
    }
}

/// Takes ownership of an `rd_kafka_error_t *` returned by an option or
/// builder function (NULL = success) and turns it into
/// [`NativeError::InvalidArgument`], freeing it.
///
/// # Safety
///
/// `error` must be NULL or an error object the caller owns and gives up: it is
/// destroyed here, so it must not be used or freed by anyone afterwards.
pub(super) unsafe fn owned_error_to_invalid(
    error: *mut rdsys::rd_kafka_error_t,
    context: &str,
) -> Result<(), NativeError> {
    // SAFETY: per this function's contract we own `error`; `Native` frees it once.
    let Some(error) = (unsafe { Native::from_ptr(error, rdsys::rd_kafka_error_destroy) }) else {
        return Ok(());
    };
    // SAFETY: `error` is alive until the end of this function.
    let message = unsafe { borrowed_error(error.ptr()) }
        .map(|e| e.message)
        .unwrap_or_default();
    Err(NativeError::InvalidArgument(format!(
        "{context}: {message}"
    )))
}

/// An owned `rd_kafka_topic_partition_list_t` being built as call input.
pub(super) struct PartitionList(Native<rdsys::rd_kafka_topic_partition_list_t>);

impl PartitionList {
    pub(super) fn with_capacity(capacity: usize) -> Result<Self, NativeError> {
        let size = c_int::try_from(capacity).map_err(|_| {
            NativeError::InvalidArgument(format!("too many partitions ({capacity})"))
        })?;
        // SAFETY: creates a new list that we own; freed by Native's Drop.
        let list = unsafe {
            Native::from_ptr(
                rdsys::rd_kafka_topic_partition_list_new(size),
                rdsys::rd_kafka_topic_partition_list_destroy,
            )
        }
        .ok_or_else(|| NativeError::InvalidArgument("cannot allocate partition list".into()))?;
        Ok(Self(list))
    }

    /// Appends `topic`/`partition` with the given raw `offset` field.
    pub(super) fn add(
        &mut self,
        topic: &str,
        partition: i32,
        offset: i64,
    ) -> Result<(), NativeError> {
        if topic.is_empty() {
            return Err(NativeError::InvalidArgument(
                "topic name must not be empty".into(),
            ));
        }
        if partition < 0 {
            return Err(NativeError::InvalidArgument(format!(
                "partition {partition} of topic {topic:?} must not be negative"
            )));
        }
        let topic_c = c_string(topic, "topic name")?;
        // SAFETY: the list is valid and owned; librdkafka copies the topic
        // string. The returned element pointer is used immediately, before
        // any further add could reallocate the element array.
        unsafe {
            let elem =
                rdsys::rd_kafka_topic_partition_list_add(self.0.ptr(), topic_c.as_ptr(), partition);
            if elem.is_null() {
                return Err(NativeError::InvalidArgument(format!(
                    "cannot add {topic}[{partition}] to partition list"
                )));
            }
            (*elem).offset = offset;
        }
        Ok(())
    }

    pub(super) fn ptr(&self) -> *mut rdsys::rd_kafka_topic_partition_list_t {
        self.0.ptr()
    }
}

/// A result event together with the temporary queue it was polled from.
///
/// Fields drop in declaration order: the event is destroyed before its
/// queue. Every pointer obtained from the event is only valid while the
/// `Event` lives, so results must be copied out before it is dropped.
pub(super) struct Event {
    event: Native<rdsys::rd_kafka_event_t>,
    _queue: Native<rdsys::rd_kafka_queue_t>,
}

impl Event {
    pub(super) fn ptr(&self) -> *mut rdsys::rd_kafka_event_t {
        self.event.ptr()
    }

    /// Applies a typed `rd_kafka_event_*_result` accessor, turning a NULL
    /// answer into [`NativeError::UnexpectedEvent`].
    pub(super) fn result<R>(
        &self,
        accessor: unsafe extern "C" fn(*mut rdsys::rd_kafka_event_t) -> *const R,
        what: &str,
    ) -> Result<*const R, NativeError> {
        // SAFETY: the event is alive; accessors only inspect its type and
        // return a pointer into it (or NULL for another type).
        let result = unsafe { accessor(self.ptr()) };
        if result.is_null() {
            Err(NativeError::UnexpectedEvent(format!(
                "event carries no {what} result"
            )))
        } else {
            Ok(result)
        }
    }
}

/// One admin request: its options (with the request timeout already set)
/// and the client it runs on.
pub(super) struct AdminCall<'a, C: ClientContext> {
    client: &'a Client<C>,
    options: Native<rdsys::rd_kafka_AdminOptions_t>,
    timeout: Duration,
}

impl<'a, C: ClientContext> AdminCall<'a, C> {
    /// Creates admin options for `op` with `request_timeout = timeout`.
    pub(super) fn new(
        client: &'a Client<C>,
        op: RDKafkaAdminOp,
        timeout: Duration,
    ) -> Result<Self, NativeError> {
        // SAFETY: the client pointer is valid while `client` is borrowed; the
        // new options object is owned by us and freed by Native's Drop.
        let options = unsafe {
            Native::from_ptr(
                rdsys::rd_kafka_AdminOptions_new(client.native_ptr(), op),
                rdsys::rd_kafka_AdminOptions_destroy,
            )
        }
        .ok_or_else(|| {
            NativeError::InvalidArgument(format!("librdkafka refused admin options for {op:?}"))
        })?;
        let call = Self {
            client,
            options,
            timeout,
        };
        let ms = timeout_ms(timeout);
        call.set_with_errstr("request timeout", |opts, buf, len| {
            // SAFETY: `opts` is our live options object, `buf` a writable
            // buffer of `len` bytes.
            unsafe { rdsys::rd_kafka_AdminOptions_set_request_timeout(opts, ms, buf, len) }
        })?;
        Ok(call)
    }

    pub(super) fn options(&self) -> *mut rdsys::rd_kafka_AdminOptions_t {
        self.options.ptr()
    }

    /// Runs an option setter of the `(…, char *errstr, size_t errstr_size)`
    /// kind, mapping a failure to [`NativeError::InvalidArgument`].
    pub(super) fn set_with_errstr(
        &self,
        what: &str,
        set: impl FnOnce(
            *mut rdsys::rd_kafka_AdminOptions_t,
            *mut c_char,
            usize,
        ) -> rdsys::rd_kafka_resp_err_t,
    ) -> Result<(), NativeError> {
        let mut buf = [0 as c_char; 512];
        let err = set(self.options(), buf.as_mut_ptr(), buf.len());
        if err == rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            return Ok(());
        }
        // Guarantee termination even if librdkafka filled the whole buffer.
        buf[buf.len() - 1] = 0;
        // SAFETY: `buf` is NUL-terminated (zero-initialised and forced above).
        let detail = unsafe { string(buf.as_ptr()) };
        let detail = if detail.is_empty() {
            describe(RDKafkaErrorCode::from(err))
        } else {
            detail
        };
        Err(NativeError::InvalidArgument(format!("{what}: {detail}")))
    }

    /// Starts the operation on a fresh temporary queue and waits up to the
    /// timeout for its result event of type `expected`.
    ///
    /// `start` receives the client handle, the options and the queue and must
    /// call exactly one librdkafka admin function with them.
    pub(super) fn run(
        self,
        expected: c_int,
        start: impl FnOnce(
            *mut rdsys::rd_kafka_t,
            *const rdsys::rd_kafka_AdminOptions_t,
            *mut rdsys::rd_kafka_queue_t,
        ),
    ) -> Result<Event, NativeError> {
        let rk = self.client.native_ptr();
        // SAFETY: `rk` is valid while the client is borrowed; the new queue
        // is owned by us and destroyed by Native's Drop (librdkafka keeps its
        // own reference while the operation is still in flight, so dropping
        // it early on time-out is safe: a late result is discarded).
        let queue = unsafe {
            Native::from_ptr(rdsys::rd_kafka_queue_new(rk), rdsys::rd_kafka_queue_destroy)
        }
        .ok_or_else(|| NativeError::InvalidArgument("cannot create result queue".into()))?;
        start(rk, self.options.ptr(), queue.ptr());
        // SAFETY: the queue is alive; a returned event is owned by us.
        let raw = unsafe { rdsys::rd_kafka_queue_poll(queue.ptr(), timeout_ms(self.timeout)) };
        // SAFETY: `raw` is NULL or an event we own (freed by Native's Drop).
        let Some(event) = (unsafe { Native::from_ptr(raw, rdsys::rd_kafka_event_destroy) }) else {
            return Err(NativeError::Timeout(self.timeout));
        };
        let event = Event {
            event,
            _queue: queue,
        };

        // SAFETY: the event is alive for all of the following calls, and the
        // returned strings are copied before it is dropped.
        let actual = unsafe { rdsys::rd_kafka_event_type(event.ptr()) };
        if actual != expected {
            // SAFETY: see above.
            let name = unsafe { string(rdsys::rd_kafka_event_name(event.ptr())) };
            return Err(NativeError::UnexpectedEvent(format!(
                "expected event type {expected}, got {actual} ({name})"
            )));
        }
        // SAFETY: see above.
        let err = unsafe { rdsys::rd_kafka_event_error(event.ptr()) };
        if err != rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR_NO_ERROR {
            let code = RDKafkaErrorCode::from(err);
            // SAFETY: see above.
            let message = unsafe { opt_string(rdsys::rd_kafka_event_error_string(event.ptr())) }
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| describe(code));
            return Err(request_error(code, message, self.timeout));
        }
        Ok(event)
    }
}

/// Maps a request-level error code: librdkafka's local time-out becomes
/// [`NativeError::Timeout`] and its local invalid-argument check becomes
/// [`NativeError::InvalidArgument`]; everything else is a
/// [`NativeError::Request`].
pub(super) fn request_error(
    code: RDKafkaErrorCode,
    message: String,
    timeout: Duration,
) -> NativeError {
    match code {
        RDKafkaErrorCode::OperationTimedOut => NativeError::Timeout(timeout),
        RDKafkaErrorCode::InvalidArgument => NativeError::InvalidArgument(message),
        code => NativeError::Request { code, message },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeout_ms_rounds_up_and_saturates() {
        assert_eq!(timeout_ms(Duration::ZERO), 0);
        assert_eq!(timeout_ms(Duration::from_micros(1)), 1);
        assert_eq!(timeout_ms(Duration::from_millis(1500)), 1500);
        assert_eq!(timeout_ms(Duration::from_micros(1_500_001)), 1501);
        assert_eq!(timeout_ms(Duration::from_secs(u64::MAX)), c_int::MAX);
    }

    #[test]
    fn c_string_rejects_nul() {
        assert_eq!(c_string("ok", "topic name").unwrap().as_bytes(), b"ok");
        match c_string("a\0b", "topic name") {
            Err(NativeError::InvalidArgument(m)) => assert!(m.contains("topic name"), "{m}"),
            other => panic!("expected InvalidArgument, got {other:?}"),
        }
    }

    #[test]
    fn partition_list_validates_and_encodes_offsets() {
        let mut list = PartitionList::with_capacity(2).unwrap();
        list.add("t", 0, -2).unwrap();
        list.add("t", 7, 42).unwrap();
        assert!(matches!(
            list.add("", 0, 0),
            Err(NativeError::InvalidArgument(_))
        ));
        assert!(matches!(
            list.add("t", -1, 0),
            Err(NativeError::InvalidArgument(_))
        ));
        assert!(matches!(
            list.add("t\0", 0, 0),
            Err(NativeError::InvalidArgument(_))
        ));
        // SAFETY: the list is alive and unmodified while the slice is used.
        let elems = unsafe { partition_elems(list.ptr()) };
        let got: Vec<(String, i32, i64)> = elems
            .iter()
            // SAFETY: topic strings are owned by the live list.
            .map(|e| (unsafe { string(e.topic) }, e.partition, e.offset))
            .collect();
        assert_eq!(
            got,
            vec![("t".to_string(), 0, -2), ("t".to_string(), 7, 42)]
        );
    }

    #[test]
    fn request_error_maps_local_codes() {
        let t = Duration::from_secs(1);
        assert_eq!(
            request_error(RDKafkaErrorCode::OperationTimedOut, "x".into(), t),
            NativeError::Timeout(t)
        );
        assert_eq!(
            request_error(RDKafkaErrorCode::InvalidArgument, "dup".into(), t),
            NativeError::InvalidArgument("dup".into())
        );
        assert_eq!(
            request_error(RDKafkaErrorCode::GroupIdNotFound, "gone".into(), t),
            NativeError::Request {
                code: RDKafkaErrorCode::GroupIdNotFound,
                message: "gone".into()
            }
        );
    }

    #[test]
    fn owned_error_is_freed_and_mapped() {
        // SAFETY: NULL is "no error".
        assert_eq!(
            unsafe { owned_error_to_invalid(std::ptr::null_mut(), "x") },
            Ok(())
        );
        // SAFETY: rd_kafka_error_new returns a new error owned by the caller;
        // ownership passes to owned_error_to_invalid, which frees it. The
        // format string is a valid NUL-terminated C string without
        // conversion specifiers.
        let err = unsafe {
            rdsys::rd_kafka_error_new(
                rdsys::rd_kafka_resp_err_t::RD_KAFKA_RESP_ERR__INVALID_ARG,
                c"bad option".as_ptr(),
            )
        };
        assert_eq!(
            // SAFETY: `err` is ours and is not used again.
            unsafe { owned_error_to_invalid(err, "isolation level") },
            Err(NativeError::InvalidArgument(
                "isolation level: bad option".into()
            ))
        );
    }
}

//! A record read from Kafka, as the commands and renderers see it: borrowed from the client's
//! buffer for as long as it is being handled, with its headers read only when asked for.

/// Name and value of each header, in order (repeats kept; `None` is a header without value).
pub type HeaderList = Vec<(String, Option<Vec<u8>>)>;

/// Headers that are parsed only when asked for (the Kafka client parses and allocates every
/// header the moment they are requested, and most output formats never look at them).
pub trait LazyHeaders {
    fn to_vec(&self) -> HeaderList;
}

/// One record.
pub struct Record<'a> {
    pub topic: &'a str,
    pub partition: i32,
    pub offset: i64,
    pub timestamp_ms: Option<i64>,
    pub key: Option<&'a [u8]>,
    pub value: Option<&'a [u8]>,
    pub headers: &'a dyn LazyHeaders,
}

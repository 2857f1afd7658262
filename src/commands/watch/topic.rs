//! `kan watch topic`: reads any topic without a group and shows per-partition rates, sizes and
//! key skew.

use std::collections::BTreeMap;

use super::display::resized;
use super::{ended, feed, Bounds, LiveView};
use crate::cli::WatchTopic;
use crate::commands::consume::Decoding;
use crate::commands::pick;
use crate::commands::start::start_offsets;
use crate::domain::analytics::topic::{SchemaTally, TopicSnapshot, TopicWatch};
use crate::domain::envelope::base64_encode;
use crate::domain::isolation::Isolation;
use crate::domain::position::{EndTracker, StartSpec};
use crate::domain::record::Record;
use crate::domain::schema::{Decoded, SchemaKind};
use crate::domain::timestamp::now_millis;
use crate::error::{KanError, Result};
use crate::exit::Exit;
use crate::interrupt::Interrupt;
use crate::kafka::consumer::{Reader, ReaderSettings};
use crate::kafka::Admin;
use crate::render::Output;
use crate::settings::Settings;

pub(super) fn live(
    settings: &Settings,
    output: &Output,
    interrupt: &Interrupt,
    args: &WatchTopic,
) -> Result<Exit> {
    let spec = args.from.unwrap_or(StartSpec::End);
    if spec == StartSpec::Stored {
        return Err(KanError::usage(
            "kan watch topic reads without a group: --from stored does not apply",
        )
        .into());
    }
    let admin = Admin::connect(&settings.connection)?;
    let name = pick::topic_or_ask(&admin, args.topic.clone(), "Topic to watch", "TOPIC")?;
    let found = admin.topic(&name)?;
    let partitions = found.all_partitions();
    let bounds = admin.log_bounds(&partitions, Isolation::ReadUncommitted)?;
    let starts = start_offsets(&admin, &bounds, spec, Isolation::ReadUncommitted, None)?;
    let tracker = EndTracker::new(&bounds, &starts);
    let mut reader = Reader::assigned(
        &settings.connection,
        &ReaderSettings {
            group: None,
            isolation: Isolation::ReadUncommitted,
            reset_to_earliest: false,
        },
        &starts,
    )?;
    let mut view = TopicView {
        watch: TopicWatch::new(&name, &found.partition_ids(), args.top),
        admin: &admin,
        partitions: &partitions,
        decoding: Decoding::new(settings, *output, args.key_format, args.value_format)?,
        schemas: BTreeMap::new(),
    };
    let topics = [name];
    let bounds = Bounds {
        topics: &topics,
        refresh: &args.refresh,
        interrupt,
    };
    feed(&mut reader, tracker, &mut view, &bounds, output)?;
    if let Some(decoding) = &view.decoding {
        if !interrupt.requested() {
            decoding.verdict()?;
        }
    }
    ended(interrupt)
}

/// The topic statistics as a live view.
struct TopicView<'a> {
    watch: TopicWatch,
    admin: &'a Admin,
    partitions: &'a [(String, i32)],
    /// `--key-format`/`--value-format` or a configured registry: keys shown decoded, values
    /// counted by schema.
    decoding: Option<Decoding>,
    schemas: BTreeMap<(u32, SchemaKind), u64>,
}

/// A key as the top keys show it: decoded JSON (a string as its text), else its text, or
/// base64 when it is not text.
fn shown_key(key: &[u8], decoded: &Decoded) -> String {
    match decoded {
        // Only a JSON string is parsed (for its text); other JSON is shown as it is.
        Decoded::Schema { text, .. } => match text.first() {
            Some(b'"') => serde_json::from_slice::<String>(text)
                .unwrap_or_else(|_| String::from_utf8_lossy(text).into_owned()),
            _ => String::from_utf8_lossy(text).into_owned(),
        },
        Decoded::Plain | Decoded::Text => String::from_utf8_lossy(key).into_owned(),
        Decoded::Bytes | Decoded::Failed { .. } => base64_encode(key),
    }
}

impl LiveView for TopicView<'_> {
    type Snapshot = TopicSnapshot;

    fn apply(&mut self, record: &Record<'_>, now_ms: i64) {
        let size = record.value.map_or(0, <[u8]>::len);
        let Some(decoding) = &mut self.decoding else {
            self.watch
                .record(record.partition, record.key, size, now_ms);
            return;
        };
        let decoded = decoding.record(record);
        if let Some(Decoded::Schema { id, kind, .. }) = &decoded.value {
            *self.schemas.entry((*id, *kind)).or_default() += 1;
        }
        let key = record
            .key
            .zip(decoded.key.as_ref())
            .map(|(key, decoded)| shown_key(key, decoded));
        let key_len = record.key.map_or(0, <[u8]>::len);
        self.watch
            .record_shown(record.partition, key_len, key.as_deref(), size, now_ms);
    }

    fn resize(&mut self, more: bool) {
        self.watch.set_top(resized(self.watch.top(), more));
    }

    fn snapshot(&mut self, _reader: &Reader) -> TopicSnapshot {
        // Log start and end per partition, when they can be read.
        let bounds: BTreeMap<i32, (i64, i64)> = self
            .admin
            .log_bounds(self.partitions, Isolation::ReadUncommitted)
            .map(|bounds| {
                bounds
                    .into_iter()
                    .map(|((_, partition), range)| (partition, range))
                    .collect()
            })
            .unwrap_or_default();
        let mut snapshot = self.watch.snapshot(now_millis(), &bounds);
        snapshot.value_schemas = self
            .schemas
            .iter()
            .map(|(&(id, format), &records)| SchemaTally {
                id,
                format,
                records,
            })
            .collect();
        if let Some(decoding) = &self.decoding {
            snapshot.undecodable = decoding.failures().clone();
        }
        snapshot
    }
}

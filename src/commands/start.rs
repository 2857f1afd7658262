//! Turning `--from` into an explicit start offset per partition, shared by `kan consume` and
//! `kan watch`. Explicit offsets (stored ones included) let `--until-end` see at once which
//! partitions have nothing left to read.

use std::collections::BTreeMap;

use crate::domain::isolation::Isolation;
use crate::domain::position::{
    start_offset, stop_for, stored_offsets, Bound, LogBounds, StartSpec, Stop,
};
use crate::domain::timestamp::now_millis;
use crate::error::KanError;
use crate::kafka::Admin;

/// The group whose committed offsets `--from stored` means, and where it starts when it has
/// none (`true`: the log start; `false`: the end).
pub(crate) struct StoredFrom<'a> {
    pub group: &'a str,
    pub fallback_earliest: bool,
}

/// One start offset per partition in `bounds`.
pub(crate) fn start_offsets(
    admin: &Admin,
    bounds: &LogBounds,
    spec: StartSpec,
    isolation: Isolation,
    stored: Option<StoredFrom<'_>>,
) -> Result<BTreeMap<(String, i32), i64>, KanError> {
    let partitions: Vec<(String, i32)> = bounds.keys().cloned().collect();
    let at = match spec {
        StartSpec::Time(at) => Some(at),
        StartSpec::Ago(ago) => {
            Some(now_millis() - i64::try_from(ago.as_millis()).unwrap_or(i64::MAX))
        }
        _ => None,
    };
    let for_time = match at {
        Some(at) => Some(admin.offsets_for_time(&partitions, at, isolation)?),
        None => None,
    };
    if let (StartSpec::Stored, Some(stored)) = (spec, stored) {
        let committed = admin
            .committed_offsets(&[stored.group.to_string()])?
            .remove(stored.group)
            .unwrap_or_default();
        return Ok(stored_offsets(bounds, &committed, stored.fallback_earliest));
    }
    Ok(bounds
        .iter()
        .filter_map(|(key, (low, high))| {
            let time_offset = for_time
                .as_ref()
                .and_then(|map| map.get(key).copied().flatten());
            start_offset(spec, *low, *high, time_offset).map(|offset| (key.clone(), offset))
        })
        .collect())
}

/// One stop per partition in `bounds` for `--until` (time bounds looked up in one batched
/// ListOffsets; what the log holds now decides, as `--from` does).
pub(crate) fn stops(
    admin: &Admin,
    bounds: &LogBounds,
    spec: Bound,
    isolation: Isolation,
) -> Result<BTreeMap<(String, i32), Stop>, KanError> {
    let now = now_millis();
    let partitions: Vec<(String, i32)> = bounds.keys().cloned().collect();
    let for_time = match spec.at(now) {
        Some(at) => admin.offsets_for_time(&partitions, at, isolation)?,
        None => BTreeMap::new(),
    };
    Ok(bounds
        .iter()
        .map(|(key, (_, end))| {
            let offset = for_time.get(key).copied().flatten();
            (key.clone(), stop_for(spec, *end, offset, now))
        })
        .collect())
}

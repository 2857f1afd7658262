//! The analytics engine behind `kan watch analytics`: pure, fed events and a clock, unit-tested
//! without a broker. The Kafka loop and the renderer are thin layers around it, and replaying a
//! file gives the same answers as watching live (windows follow event time).

mod engine;
pub mod merge;
mod packed;
pub mod partition;
#[cfg(test)]
mod properties;
mod rates;
pub mod sketch;
mod snapshot;
pub mod state;
pub mod topic;
pub mod topk;

pub use engine::{Counted, Engine, EngineConfig, Source, Stream, TimeMode};
pub use snapshot::*;

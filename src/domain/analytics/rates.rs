//! Events per second over the last 1 s, 1 min and 5 min of the window clock (event time, or
//! processing time with `--time processing`): a ring of per-second counters.

/// The longest span (5 min) plus the current second: the seconds a 5-minute rate reads never
/// share a slot, so a source that has seen a newer second reports the same as one that has not
/// (and any reading order gives the same rates).
const SECONDS: usize = 301;

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(into = "Live", from = "Live")]
pub struct RateCounter {
    counts: Vec<u64>,
    /// The second each slot belongs to.
    seconds: Vec<i64>,
}

/// A counter as it is stored: only the seconds it holds, oldest first.
#[derive(serde::Serialize, serde::Deserialize)]
struct Live(Vec<(i64, u64)>);

impl From<RateCounter> for Live {
    fn from(counter: RateCounter) -> Live {
        let mut live: Vec<(i64, u64)> = counter
            .seconds
            .iter()
            .zip(&counter.counts)
            .filter(|(second, _)| **second != i64::MIN)
            .map(|(second, count)| (*second, *count))
            .collect();
        live.sort_unstable();
        Live(live)
    }
}

impl From<Live> for RateCounter {
    fn from(live: Live) -> RateCounter {
        let mut counter = RateCounter::default();
        for (second, count) in live.0 {
            let slot = second.rem_euclid(SECONDS as i64) as usize;
            if counter.seconds[slot] < second {
                counter.seconds[slot] = second;
                counter.counts[slot] = count;
            }
        }
        counter
    }
}

impl Default for RateCounter {
    fn default() -> Self {
        RateCounter {
            counts: vec![0; SECONDS],
            seconds: vec![i64::MIN; SECONDS],
        }
    }
}

impl RateCounter {
    pub fn add(&mut self, now_ms: i64) {
        let second = now_ms.div_euclid(1000);
        let slot = second.rem_euclid(SECONDS as i64) as usize;
        if self.seconds[slot] > second {
            // Older than the ring: that second's slot already holds a newer one.
            return;
        }
        if self.seconds[slot] != second {
            self.seconds[slot] = second;
            self.counts[slot] = 0;
        }
        self.counts[slot] += 1;
    }

    /// Events counted in `second` (0 when the ring no longer holds it).
    pub fn count_at(&self, second: i64) -> u64 {
        let slot = second.rem_euclid(SECONDS as i64) as usize;
        if self.seconds[slot] == second {
            self.counts[slot]
        } else {
            0
        }
    }

    /// Average events per second over the `span` whole seconds before the current one, summed
    /// over several counters (the partitions of a topic).
    pub fn merged_per_second(counters: &[&RateCounter], now_ms: i64, span: i64) -> f64 {
        let current = now_ms.div_euclid(1000);
        let total: u64 = (1..=span)
            .map(|back| {
                counters
                    .iter()
                    .map(|counter| counter.count_at(current - back))
                    .sum::<u64>()
            })
            .sum();
        total as f64 / span as f64
    }

    /// Average events per second over the `span` whole seconds before the current one.
    pub fn per_second(&self, now_ms: i64, span: i64) -> f64 {
        Self::merged_per_second(&[self], now_ms, span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_over_whole_past_seconds() {
        let mut rate = RateCounter::default();
        // 10 events in second 100, 20 in second 101, 5 in the current second 102.
        for _ in 0..10 {
            rate.add(100_500);
        }
        for _ in 0..20 {
            rate.add(101_250);
        }
        for _ in 0..5 {
            rate.add(102_100);
        }
        assert_eq!(rate.per_second(102_900, 1), 20.0);
        assert_eq!(rate.per_second(102_900, 60), 0.5);
        // Old slots are recycled, not double counted.
        rate.add(500_000);
        assert_eq!(rate.per_second(501_000, 1), 1.0);
        assert_eq!(rate.per_second(501_000, 300), 1.0 / 300.0);
        // A straggler older than the ring leaves the newer second's count alone.
        rate.add(200_000);
        assert_eq!(rate.per_second(501_000, 1), 1.0);
    }
}

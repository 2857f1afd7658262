//! Events per second over the last 1 s, 1 min and 5 min of the window clock (event time, or
//! processing time with `--time processing`): a ring of per-second counters.

const SECONDS: usize = 300;

#[derive(Debug, Clone)]
pub struct RateCounter {
    counts: Vec<u64>,
    /// The second each slot belongs to.
    seconds: Vec<i64>,
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

    /// Average events per second over the `span` whole seconds before the current one.
    pub fn per_second(&self, now_ms: i64, span: i64) -> f64 {
        let current = now_ms.div_euclid(1000);
        let total: u64 = (1..=span)
            .map(|back| {
                let second = current - back;
                let slot = second.rem_euclid(SECONDS as i64) as usize;
                if self.seconds[slot] == second {
                    self.counts[slot]
                } else {
                    0
                }
            })
            .sum();
        total as f64 / span as f64
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

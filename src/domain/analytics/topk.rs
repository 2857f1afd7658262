//! Bounded heavy hitters: counts per key with a memory bound. Exact while the number of keys
//! stays under the capacity; beyond it the smallest counts are pruned in batches (amortised
//! O(log k) per update) and the summary says it is approximate, with the largest count it
//! dropped as the error bound.

/// Count and a numeric total (e.g. view durations) per key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Tally {
    pub count: u64,
    pub total: u64,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(into = "Packed", from = "Packed")]
pub struct TopK {
    capacity: usize,
    entries: foldhash::HashMap<Box<str>, Tally>,
    /// Largest count ever pruned: any key's count may be under by at most this.
    pub max_dropped: u64,
}

/// A summary as it is stored: its entries sorted by key (equal summaries, equal bytes).
#[derive(serde::Serialize, serde::Deserialize)]
struct Packed {
    capacity: usize,
    entries: Vec<(Box<str>, Tally)>,
    max_dropped: u64,
}

impl From<TopK> for Packed {
    fn from(top: TopK) -> Packed {
        let mut entries: Vec<(Box<str>, Tally)> = top.entries.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Packed {
            capacity: top.capacity,
            entries,
            max_dropped: top.max_dropped,
        }
    }
}

impl From<Packed> for TopK {
    fn from(packed: Packed) -> TopK {
        TopK {
            capacity: packed.capacity.max(1),
            entries: packed.entries.into_iter().collect(),
            max_dropped: packed.max_dropped,
        }
    }
}

impl TopK {
    pub fn new(capacity: usize) -> Self {
        TopK {
            capacity: capacity.max(1),
            entries: foldhash::HashMap::default(),
            max_dropped: 0,
        }
    }

    pub fn add(&mut self, key: &str, total: u64) {
        if let Some(tally) = self.entries.get_mut(key) {
            tally.count += 1;
            tally.total += total;
            return;
        }
        self.entries.insert(key.into(), Tally { count: 1, total });
        if self.entries.len() > 2 * self.capacity {
            self.prune();
        }
    }

    /// Adds another summary's tallies (merging windows).
    pub fn merge(&mut self, other: &TopK) {
        for (key, tally) in &other.entries {
            let entry = self.entries.entry(key.clone()).or_default();
            entry.count += tally.count;
            entry.total += tally.total;
        }
        self.max_dropped += other.max_dropped;
        if self.entries.len() > 2 * self.capacity {
            self.prune();
        }
    }

    fn prune(&mut self) {
        let mut counts: Vec<u64> = self.entries.values().map(|tally| tally.count).collect();
        let keep = self.capacity;
        counts.select_nth_unstable_by(keep - 1, |a, b| b.cmp(a));
        let cutoff = counts[keep - 1];
        let mut kept = 0;
        let mut dropped = self.max_dropped;
        self.entries.retain(|_, tally| {
            if tally.count > cutoff || (tally.count == cutoff && kept < keep) {
                kept += 1;
                true
            } else {
                dropped = dropped.max(tally.count);
                false
            }
        });
        self.max_dropped = dropped;
    }

    /// The `n` largest, ties broken by key for stable output.
    pub fn top(&self, n: usize) -> Vec<(&str, Tally)> {
        let mut all: Vec<(&str, Tally)> = self
            .entries
            .iter()
            .map(|(key, tally)| (&**key, *tally))
            .collect();
        all.sort_by(|a, b| b.1.count.cmp(&a.1.count).then_with(|| a.0.cmp(b.0)));
        all.truncate(n);
        all
    }

    /// True when no count was ever pruned.
    pub fn is_exact(&self) -> bool {
        self.max_dropped == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_when_keys_fit() {
        let mut top = TopK::new(10);
        for (key, times) in [("/a", 5), ("/b", 3), ("/c", 7)] {
            for _ in 0..times {
                top.add(key, 100);
            }
        }
        let best = top.top(2);
        assert_eq!(
            best[0],
            (
                "/c",
                Tally {
                    count: 7,
                    total: 700
                }
            )
        );
        assert_eq!(best[1].0, "/a");
        assert!(top.is_exact());
    }

    #[test]
    fn skewed_streams_keep_the_heavy_hitters_right() {
        // 20 hot pages (zipf-like weights) drowned in 50,000 pages seen once each.
        let mut top = TopK::new(100);
        for round in 0..50_000u64 {
            top.add(&format!("/cold/{round}"), 1);
            for hot in 0..20u64 {
                if round % (hot + 1) == 0 {
                    top.add(&format!("/hot/{hot}"), 1);
                }
            }
        }
        let best = top.top(20);
        for (rank, (key, tally)) in best.iter().enumerate() {
            assert_eq!(*key, format!("/hot/{rank}"));
            assert_eq!(tally.count, 50_000u64.div_ceil(rank as u64 + 1));
        }
        assert!(!top.is_exact());
        assert!(top.max_dropped <= 1, "only singletons were dropped");
    }

    #[test]
    fn merging_windows_adds_counts() {
        let mut a = TopK::new(5);
        let mut b = TopK::new(5);
        a.add("/x", 10);
        b.add("/x", 30);
        b.add("/y", 1);
        a.merge(&b);
        assert_eq!(
            a.top(1)[0],
            (
                "/x",
                Tally {
                    count: 2,
                    total: 40
                }
            )
        );
    }
}

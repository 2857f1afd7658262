//! Sizing a topic's partition count from throughput, as the Kafka article does:
//! partitions = ceil(target throughput / throughput one partition sustains).

/// The outcome of sizing, with the numbers that led to it (shown to the user).
#[derive(Debug, Clone, PartialEq)]
pub struct PartitionSizing {
    pub target_per_second: f64,
    pub per_partition_per_second: f64,
    pub partitions: i32,
}

impl PartitionSizing {
    /// The arithmetic, in one line: `ceil(1,000,000/s ÷ 100,000/s) = 10 partitions`.
    pub fn explain(&self) -> String {
        format!(
            "partitions = ceil({}/s ÷ {}/s) = {}",
            group_thousands(self.target_per_second),
            group_thousands(self.per_partition_per_second),
            self.partitions
        )
    }
}

/// Kafka's own upper bound on partitions per topic is far above this; beyond it the request is
/// almost certainly a typo, so it is refused rather than sent.
pub const MAX_SIZED_PARTITIONS: i32 = 10_000;

/// Computes the partition count for a target throughput.
pub fn size_partitions(target: f64, per_partition: f64) -> Result<PartitionSizing, String> {
    if !(target > 0.0 && per_partition > 0.0) {
        return Err("throughput and per-partition throughput must be greater than zero".into());
    }
    let partitions = (target / per_partition).ceil();
    if partitions > f64::from(MAX_SIZED_PARTITIONS) {
        return Err(format!(
            "sizing gives {partitions} partitions (more than {MAX_SIZED_PARTITIONS}); check --throughput and --per-partition"
        ));
    }
    Ok(PartitionSizing {
        target_per_second: target,
        per_partition_per_second: per_partition,
        partitions: (partitions as i32).max(1),
    })
}

fn group_thousands(value: f64) -> String {
    if value.fract() != 0.0 {
        return format!("{value}");
    }
    let digits = format!("{}", value as u64);
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_example_gives_ten() {
        let sizing = size_partitions(1e6, 1e5).unwrap();
        assert_eq!(sizing.partitions, 10);
        assert_eq!(
            sizing.explain(),
            "partitions = ceil(1,000,000/s ÷ 100,000/s) = 10"
        );
    }

    #[test]
    fn rounds_up_and_never_below_one() {
        assert_eq!(size_partitions(1_000_001.0, 1e5).unwrap().partitions, 11);
        assert_eq!(size_partitions(10.0, 1e5).unwrap().partitions, 1);
    }

    #[test]
    fn refuses_nonsense() {
        assert!(size_partitions(0.0, 1.0).is_err());
        assert!(size_partitions(1e9, 1.0).unwrap_err().contains("more than"));
    }
}

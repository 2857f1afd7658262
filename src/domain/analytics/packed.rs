//! Compact, deterministic encodings of the engine's big collections for its state snapshots:
//! hash sets and session maps as sorted little-endian bytes (8 or 16 bytes an entry; postcard
//! would spend up to 10 bytes on a random 64-bit hash), so that equal states encode to equal
//! bytes.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_bytes::ByteBuf;

use super::sketch::HashSet64;

/// Open sessions: user hash → last activity.
pub type SessionMap = foldhash::HashMap<u64, i64>;

pub mod set {
    use super::*;

    pub fn serialize<S: Serializer>(set: &HashSet64, serializer: S) -> Result<S::Ok, S::Error> {
        let mut values: Vec<u64> = set.iter().copied().collect();
        values.sort_unstable();
        let mut bytes = Vec::with_capacity(values.len() * 8);
        for value in values {
            bytes.extend_from_slice(&value.to_le_bytes());
        }
        ByteBuf::from(bytes).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<HashSet64, D::Error> {
        let bytes = ByteBuf::deserialize(deserializer)?;
        if bytes.len() % 8 != 0 {
            return Err(serde::de::Error::custom(
                "a hash set's bytes are not whole entries",
            ));
        }
        let mut set = HashSet64::default();
        set.reserve(bytes.len() / 8);
        for chunk in bytes.chunks_exact(8) {
            set.insert(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        }
        Ok(set)
    }
}

pub mod sessions {
    use super::*;

    pub fn serialize<S: Serializer>(map: &SessionMap, serializer: S) -> Result<S::Ok, S::Error> {
        let mut entries: Vec<(u64, i64)> = map.iter().map(|(k, v)| (*k, *v)).collect();
        entries.sort_unstable();
        let mut bytes = Vec::with_capacity(entries.len() * 16);
        for (user, last) in entries {
            bytes.extend_from_slice(&user.to_le_bytes());
            bytes.extend_from_slice(&last.to_le_bytes());
        }
        ByteBuf::from(bytes).serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<SessionMap, D::Error> {
        let bytes = ByteBuf::deserialize(deserializer)?;
        if bytes.len() % 16 != 0 {
            return Err(serde::de::Error::custom(
                "a session map's bytes are not whole entries",
            ));
        }
        let mut map = SessionMap::default();
        map.reserve(bytes.len() / 16);
        for chunk in bytes.chunks_exact(16) {
            let user = u64::from_le_bytes(chunk[..8].try_into().expect("8 bytes"));
            let last = i64::from_le_bytes(chunk[8..].try_into().expect("8 bytes"));
            map.insert(user, last);
        }
        Ok(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Both {
        #[serde(with = "set")]
        users: HashSet64,
        #[serde(with = "sessions")]
        open: SessionMap,
    }

    #[test]
    fn round_trips_and_equal_contents_encode_equal() {
        let mut a = Both {
            users: HashSet64::default(),
            open: SessionMap::default(),
        };
        let mut b = Both {
            users: HashSet64::default(),
            open: SessionMap::default(),
        };
        for value in [7u64, u64::MAX, 0, 12_345_678_901] {
            a.users.insert(value);
            a.open.insert(value, value as i64 / 3);
        }
        for value in [12_345_678_901u64, 0, u64::MAX, 7] {
            b.users.insert(value);
            b.open.insert(value, value as i64 / 3);
        }
        let bytes = postcard::to_stdvec(&a).unwrap();
        assert_eq!(bytes, postcard::to_stdvec(&b).unwrap());
        assert_eq!(postcard::from_bytes::<Both>(&bytes).unwrap(), a);
        // 4 hashes of 8 bytes and 4 sessions of 16, plus two length prefixes.
        assert_eq!(bytes.len(), 32 + 64 + 2);
    }
}

//! clap's view of the value types that live in other layers: each gets its `ValueEnum` here,
//! so `domain`, `settings` and `render` stay free of clap. The names, aliases and help texts
//! are what `--help`, the man pages and the shell completions show.

use clap::builder::PossibleValue;
use clap::ValueEnum;

use crate::domain::analytics::TimeMode;
use crate::domain::event::EventType;
use crate::domain::isolation::Isolation;
use crate::domain::schema::compatibility::Compatibility;
use crate::domain::schema::Format;
use crate::domain::security::{SaslMechanism, SecurityProtocol};
use crate::domain::topic_config::Compression;
use crate::domain::users::ScramMechanism;
use crate::render::consume::{BinaryMode, RecordFormat};
use crate::render::OutputFormat;

/// Implements [`ValueEnum`] for a type defined elsewhere:
/// `Type { Variant => "name" aliases("other") help("text"), … }` (aliases and help optional).
macro_rules! value_enum {
    ($ty:ty {
        $($variant:path => $name:literal
            $(aliases($($alias:literal),+))?
            $(help($help:literal))?),+ $(,)?
    }) => {
        impl ValueEnum for $ty {
            fn value_variants<'a>() -> &'a [Self] {
                &[$($variant),+]
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(match self {
                    $($variant => PossibleValue::new($name)
                        $($(.alias($alias))+)?
                        $(.help($help))?,)+
                })
            }
        }
    };
}

value_enum!(Isolation {
    Isolation::ReadCommitted => "read-committed"
        help("Up to the last stable offset (what transactional consumers see)"),
    Isolation::ReadUncommitted => "read-uncommitted" help("Up to the high watermark"),
});

value_enum!(Format {
    Format::Auto => "auto"
        help("Schema Registry wire format decoded by its schema (with --schema-registry); anything else as usual"),
    Format::Json => "json" help("JSON text"),
    Format::Avro => "avro" help("Wire format with an Avro schema"),
    Format::Protobuf => "protobuf" help("Wire format with a Protobuf schema"),
    Format::JsonSchema => "jsonschema" help("Wire format with a JSON Schema"),
    Format::String => "string" help("UTF-8 text, shown as a string"),
    Format::Bytes => "bytes" help("Any bytes, shown as base64"),
});

value_enum!(Compatibility {
    Compatibility::Backward => "BACKWARD" aliases("backward")
        help("A new version reads what the previous one wrote (fields added with defaults)"),
    Compatibility::BackwardTransitive => "BACKWARD_TRANSITIVE" aliases("backward_transitive")
        help("… what every earlier version wrote"),
    Compatibility::Forward => "FORWARD" aliases("forward")
        help("The previous version reads what a new one writes (fields removed with defaults)"),
    Compatibility::ForwardTransitive => "FORWARD_TRANSITIVE" aliases("forward_transitive")
        help("… every earlier version does"),
    Compatibility::Full => "FULL" aliases("full") help("Backward and forward, against the previous version"),
    Compatibility::FullTransitive => "FULL_TRANSITIVE" aliases("full_transitive")
        help("Backward and forward, against every earlier version"),
    Compatibility::None => "NONE" aliases("none") help("No check"),
});

value_enum!(TimeMode {
    TimeMode::Event => "event" help("The events' timestamps: replays give the same answers as live"),
    TimeMode::Processing => "processing" help("When kan processes them"),
});

value_enum!(EventType {
    EventType::Login => "login",
    EventType::Logout => "logout",
    EventType::Purchase => "purchase",
    EventType::View => "view",
});

value_enum!(Compression {
    Compression::None => "none",
    Compression::Gzip => "gzip",
    Compression::Snappy => "snappy",
    Compression::Lz4 => "lz4",
    Compression::Zstd => "zstd",
});

value_enum!(OutputFormat {
    OutputFormat::Table => "table" help("Aligned columns for people"),
    OutputFormat::Json => "json" help("One JSON document"),
    OutputFormat::Ndjson => "ndjson" help("One JSON object per line"),
});

value_enum!(RecordFormat {
    RecordFormat::Value => "value" help("The value only (like kcat)"),
    RecordFormat::Kv => "kv" help("key<TAB>value"),
    RecordFormat::Json => "json"
        help("One JSON envelope per line: {topic, partition, offset, timestamp, key, headers, value}"),
});

value_enum!(BinaryMode {
    BinaryMode::Auto => "auto"
        help("Text and JSON as they are; only non-UTF-8 data as base64 (marked)"),
    BinaryMode::Base64 => "base64" help("Every key, value and header as base64"),
});

// Kafka's own spellings (`sasl_ssl`, `SCRAM-SHA-512`, as in client configs) are accepted too.
value_enum!(SecurityProtocol {
    SecurityProtocol::Plaintext => "plaintext",
    SecurityProtocol::Ssl => "ssl",
    SecurityProtocol::SaslPlaintext => "sasl-plaintext" aliases("sasl_plaintext"),
    SecurityProtocol::SaslSsl => "sasl-ssl" aliases("sasl_ssl"),
});

value_enum!(SaslMechanism {
    SaslMechanism::Plain => "plain" aliases("PLAIN"),
    SaslMechanism::ScramSha256 => "scram-sha-256" aliases("SCRAM-SHA-256"),
    SaslMechanism::ScramSha512 => "scram-sha-512" aliases("SCRAM-SHA-512"),
});

value_enum!(ScramMechanism {
    ScramMechanism::Sha256 => "scram-sha-256" aliases("SCRAM-SHA-256"),
    ScramMechanism::Sha512 => "scram-sha-512" aliases("SCRAM-SHA-512"),
});

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant has exactly one name, and names parse back to their variant.
    fn round_trips<T: ValueEnum + PartialEq + std::fmt::Debug>() {
        for variant in T::value_variants() {
            let value = variant.to_possible_value().expect("a name");
            for name in value.get_name_and_aliases() {
                assert_eq!(&T::from_str(name, false).expect(name), variant);
            }
        }
    }

    #[test]
    fn names_and_aliases_parse_back() {
        round_trips::<Isolation>();
        round_trips::<Format>();
        round_trips::<TimeMode>();
        round_trips::<EventType>();
        round_trips::<Compression>();
        round_trips::<OutputFormat>();
        round_trips::<RecordFormat>();
        round_trips::<BinaryMode>();
        round_trips::<SecurityProtocol>();
        round_trips::<SaslMechanism>();
        round_trips::<ScramMechanism>();
        assert_eq!(
            SecurityProtocol::from_str("sasl_ssl", false),
            Ok(SecurityProtocol::SaslSsl)
        );
    }
}

//! `--filter`: which records `kan consume` prints.

/// One `--filter`: `FIELD=VALUE` on the JSON value (dotted path), `@key=VALUE` on the key,
/// `@header.NAME=VALUE` on a header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    Key(String),
    Header { name: String, value: String },
    Field { path: Vec<String>, value: String },
}

/// Parses one `--filter`.
pub fn parse_filter(text: &str) -> Result<Filter, String> {
    let Some((left, value)) = text.split_once('=') else {
        return Err(format!(
            "invalid --filter '{text}': expected FIELD=VALUE, @key=VALUE or @header.NAME=VALUE"
        ));
    };
    let value = value.to_string();
    if left == "@key" {
        return Ok(Filter::Key(value));
    }
    if let Some(name) = left.strip_prefix("@header.") {
        if name.is_empty() {
            return Err(format!("invalid --filter '{text}': header name is empty"));
        }
        return Ok(Filter::Header {
            name: name.to_string(),
            value,
        });
    }
    if left.is_empty() || left.starts_with('@') || left.split('.').any(str::is_empty) {
        return Err(format!(
            "invalid --filter '{text}': expected FIELD=VALUE, @key=VALUE or @header.NAME=VALUE"
        ));
    }
    Ok(Filter::Field {
        path: left.split('.').map(str::to_string).collect(),
        value,
    })
}

/// A record as the filters see it.
pub struct RecordView<'a> {
    pub key: Option<&'a [u8]>,
    pub headers: &'a [(String, Option<Vec<u8>>)],
    pub value: Option<&'a [u8]>,
}

impl Filter {
    /// True when the record passes. JSON fields compare as text: strings by content, other
    /// values by their JSON form (`true`, `42`).
    pub fn matches(&self, record: &RecordView<'_>, parsed: Option<&serde_json::Value>) -> bool {
        match self {
            Filter::Key(want) => record.key == Some(want.as_bytes()),
            Filter::Header { name, value } => record
                .headers
                .iter()
                .any(|(key, got)| key == name && got.as_deref() == Some(value.as_bytes())),
            Filter::Field { path, value } => {
                let mut current = parsed;
                for step in path {
                    current = current.and_then(|node| node.get(step));
                }
                match current {
                    Some(serde_json::Value::String(text)) => text == value,
                    Some(other) => value.parse::<serde_json::Value>().ok().as_ref() == Some(other),
                    None => false,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters() {
        let headers = vec![("source".to_string(), Some(b"kan".to_vec()))];
        let value = br#"{"eventType":"login","metadata":{"page":"/a","n":3}}"#;
        let parsed: serde_json::Value = serde_json::from_slice(value).unwrap();
        let record = RecordView {
            key: Some(b"u1"),
            headers: &headers,
            value: Some(value),
        };
        let check = |text: &str| parse_filter(text).unwrap().matches(&record, Some(&parsed));
        assert!(check("eventType=login"));
        assert!(!check("eventType=logout"));
        assert!(check("metadata.page=/a"));
        assert!(check("metadata.n=3"));
        assert!(!check("metadata.missing=3"));
        assert!(check("@key=u1"));
        assert!(!check("@key=u2"));
        assert!(check("@header.source=kan"));
        assert!(!check("@header.other=kan"));
        for bad in ["noequals", "=x", "@other=1", "@header.=x", "a..b=1"] {
            assert!(parse_filter(bad).is_err(), "{bad}");
        }
    }
}

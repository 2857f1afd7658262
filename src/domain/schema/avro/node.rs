//! A JSON value that borrows its strings from the line and keeps object members in a list:
//! what the Avro writer walks. Measured on 1M user events, parsing each line into a
//! `serde_json::Value` (an index map per object, every string copied) was most of what encoding
//! cost over publishing JSON; this tree allocates one list per object or array.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Number;

#[derive(Debug, Clone, PartialEq)]
pub enum Node<'a> {
    Null,
    Bool(bool),
    Number(Number),
    String(Cow<'a, str>),
    Array(Vec<Node<'a>>),
    Object(Members<'a>),
}

/// An object's members in the order written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Members<'a>(Vec<(Cow<'a, str>, Node<'a>)>);

impl<'a> Members<'a> {
    /// The member called `name` (the last one, if it is written twice, as serde_json keeps).
    pub fn get(&self, name: &str) -> Option<&Node<'a>> {
        self.0
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Node<'a>)> {
        self.0.iter().map(|(key, value)| (key.as_ref(), value))
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(key, _)| key.as_ref())
    }
}

impl Node<'_> {
    pub fn is_null(&self) -> bool {
        matches!(self, Node::Null)
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Node::Object(_))
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::String(text) => Some(text),
            _ => None,
        }
    }

    /// An object's member.
    pub fn get(&self, name: &str) -> Option<&Node<'_>> {
        match self {
            Node::Object(members) => members.get(name),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Node::Number(number) => number.as_u64(),
            _ => None,
        }
    }
}

/// As compact JSON (for messages).
impl fmt::Display for Node<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Node::Null => f.write_str("null"),
            Node::Bool(flag) => write!(f, "{flag}"),
            Node::Number(number) => write!(f, "{number}"),
            Node::String(text) => write!(f, "{}", serde_json::Value::from(text.as_ref())),
            Node::Array(items) => {
                f.write_str("[")?;
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Node::Object(members) => {
                f.write_str("{")?;
                for (index, (key, value)) in members.iter().enumerate() {
                    if index > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{}:{value}", serde_json::Value::from(key))?;
                }
                f.write_str("}")
            }
        }
    }
}

impl<'de> Deserialize<'de> for Node<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Node<'de>, E> {
        Ok(Node::Null)
    }

    fn visit_none<E>(self) -> Result<Node<'de>, E> {
        Ok(Node::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Node<'de>, D::Error> {
        Node::deserialize(inner)
    }

    fn visit_bool<E>(self, flag: bool) -> Result<Node<'de>, E> {
        Ok(Node::Bool(flag))
    }

    fn visit_i64<E>(self, number: i64) -> Result<Node<'de>, E> {
        Ok(Node::Number(number.into()))
    }

    fn visit_u64<E>(self, number: u64) -> Result<Node<'de>, E> {
        Ok(Node::Number(number.into()))
    }

    fn visit_f64<E: serde::de::Error>(self, number: f64) -> Result<Node<'de>, E> {
        Number::from_f64(number)
            .map(Node::Number)
            .ok_or_else(|| E::custom("a number that is not finite"))
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Node<'de>, E> {
        Ok(Node::String(Cow::Borrowed(text)))
    }

    fn visit_str<E>(self, text: &str) -> Result<Node<'de>, E> {
        Ok(Node::String(Cow::Owned(text.to_string())))
    }

    fn visit_string<E>(self, text: String) -> Result<Node<'de>, E> {
        Ok(Node::String(Cow::Owned(text)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node<'de>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node<'de>, A::Error> {
        let mut members = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(key) = map.next_key::<Node<'de>>()? {
            let Node::String(key) = key else {
                return Err(serde::de::Error::custom(
                    "an object key that is not a string",
                ));
            };
            members.push((key, map.next_value()?));
        }
        Ok(Node::Object(Members(members)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_borrow_their_strings_and_print_as_compact_json() {
        let line = r#"{"a":"text","b":[1,-2,2.5,true,null],"c":{"d":"esc\"aped"},"a":"last"}"#;
        let node: Node<'_> = serde_json::from_str(line).unwrap();
        assert!(matches!(node.get("b"), Some(Node::Array(items)) if items.len() == 5));
        assert_eq!(node.get("a").and_then(Node::as_str), Some("last"));
        assert!(matches!(
            node.get("c").and_then(|c| c.get("d")),
            Some(Node::String(Cow::Owned(_)))
        ));
        assert!(matches!(
            node.get("a"),
            Some(Node::String(Cow::Borrowed(_)))
        ));
        assert_eq!(node.to_string(), line);
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(
            Node::deserialize(&value)
                .unwrap()
                .get("a")
                .and_then(Node::as_str),
            Some("last")
        );
    }
}

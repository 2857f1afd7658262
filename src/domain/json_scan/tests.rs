//! Unit tests of the scanner; the differential property test against serde_json is
//! `tests/json_scan.rs`.

use super::*;

#[path = "../../../tests/support/nested_json.rs"]
mod nested_json;
use nested_json::nested;

type Members<'a> = Vec<(Cow<'a, str>, Value<'a>)>;

fn scan(text: &str) -> Result<Members<'_>, ScanError> {
    let mut members = Vec::new();
    scan_object(text, |k, v, _| {
        members.push((k, v));
        Ok(())
    })?;
    Ok(members)
}

/// The only member's value.
fn value_of(text: &str) -> Value<'_> {
    let mut members = scan(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    assert_eq!(members.len(), 1, "{text:?}");
    members.pop().unwrap().1
}

fn number(literal: &str) -> Value<'static> {
    match value_of(&format!(r#"{{"n":{literal}}}"#)) {
        Value::Int(n) => Value::Int(n),
        Value::Float(f) => Value::Float(f),
        other => panic!("{literal}: {other:?}"),
    }
}

fn err(text: &str) -> ScanError {
    match scan(text) {
        Ok(members) => panic!("{text:?} accepted: {members:?}"),
        Err(e) => e,
    }
}

fn rejects(text: &str, message: &str) {
    assert_eq!(err(text).message, message, "{text:?}");
}

#[allow(clippy::ptr_arg)] // it takes the Cow to tell borrowed from owned
fn borrowed(cow: &Cow<'_, str>) -> bool {
    matches!(cow, Cow::Borrowed(_))
}

const EVENT: &str = r#"{"userId":"user-01234","eventType":"login","timestamp":"2024-05-01T12:00:00.037Z","metadata":{"page":"/p/42","sessionId":"s-0a1b2c3d"}}"#;

#[test]
fn sample_event_is_reported_member_by_member_without_copies() {
    let members = scan(EVENT).unwrap();
    let expected = [
        ("userId", Value::Str("user-01234".into())),
        ("eventType", Value::Str("login".into())),
        ("timestamp", Value::Str("2024-05-01T12:00:00.037Z".into())),
        ("metadata", Value::Object),
    ];
    assert_eq!(members.len(), expected.len());
    for ((k, v), (ek, ev)) in members.iter().zip(expected) {
        assert_eq!((k.as_ref(), v), (ek, &ev));
        assert!(borrowed(k));
        if let Value::Str(s) = v {
            assert!(borrowed(s));
        }
    }
}

#[test]
fn surrounding_whitespace_only_json_whitespace() {
    assert!(scan(" \t\r\n{ \"a\" : 1 , \"b\"\n:\t[ 1 , { } ] }\r\n ").is_ok());
    assert!(scan("{}").unwrap().is_empty());
    assert!(scan("{ }").unwrap().is_empty());
    rejects("\u{a0}{}", EXPECTED_OBJECT); // no-break space is not JSON whitespace
    rejects("{}\u{c}", TRAILING_CHARACTERS); // neither is form feed
    rejects("{\u{b}}", KEY_MUST_BE_A_STRING);
}

#[test]
fn only_one_object() {
    rejects("", EOF_VALUE);
    rejects(" \n ", EOF_VALUE);
    for text in ["[]", "1", "\"s\"", "null", "true", "x", "}"] {
        rejects(text, EXPECTED_OBJECT);
    }
    rejects("{} x", TRAILING_CHARACTERS);
    rejects("{}{}", TRAILING_CHARACTERS);
    rejects("{},", TRAILING_CHARACTERS);
    rejects("{", EOF_OBJECT);
    rejects("{\"a\":1", EOF_OBJECT);
    rejects("{\"a\":1,", EOF_VALUE);
    rejects("{\"a\":", EOF_VALUE);
    rejects("{\"a\"", EOF_OBJECT);
}

#[test]
fn literals() {
    let members = scan(r#"{"t":true,"f":false,"n":null}"#).unwrap();
    let values: Vec<_> = members.into_iter().map(|(_, v)| v).collect();
    assert_eq!(values, [Value::Bool(true), Value::Bool(false), Value::Null]);
    rejects(r#"{"a":tru}"#, EXPECTED_IDENT);
    rejects(r#"{"a":nul"#, EOF_VALUE);
    rejects(r#"{"a":True}"#, EXPECTED_VALUE);
    rejects(r#"{"a":nulll}"#, EXPECTED_OBJECT_COMMA_OR_END);
    rejects(r#"{"a":[truex]}"#, EXPECTED_LIST_COMMA_OR_END);
    rejects(r#"{"a":undefined}"#, EXPECTED_VALUE);
}

#[test]
fn integers_fitting_i64_are_int() {
    assert_eq!(number("0"), Value::Int(0));
    assert_eq!(number("7"), Value::Int(7));
    assert_eq!(number("-12"), Value::Int(-12));
    assert_eq!(number("9223372036854775807"), Value::Int(i64::MAX));
    assert_eq!(number("-9223372036854775808"), Value::Int(i64::MIN));
}

#[test]
fn other_numbers_are_float() {
    assert_eq!(
        number("9223372036854775808"),
        Value::Float(9223372036854775808.0)
    );
    assert_eq!(
        number("18446744073709551615"),
        Value::Float(u64::MAX as f64)
    );
    assert_eq!(
        number("18446744073709551616"),
        Value::Float(18446744073709551616.0)
    );
    assert_eq!(
        number("-9223372036854775809"),
        Value::Float(-9223372036854775809.0)
    );
    assert_eq!(
        number("123456789012345678901234567890"),
        Value::Float(1.2345678901234568e29)
    );
    assert_eq!(number("1.5"), Value::Float(1.5));
    assert_eq!(number("-0.25"), Value::Float(-0.25));
    assert_eq!(number("1e2"), Value::Float(100.0));
    assert_eq!(number("1E+2"), Value::Float(100.0));
    assert_eq!(number("25e-2"), Value::Float(0.25));
    assert_eq!(number("1.0"), Value::Float(1.0));
    assert_eq!(number("1e-400"), Value::Float(0.0));
    assert_eq!(number("0e99999999999"), Value::Float(0.0));
    assert_eq!(number("1e-99999999999"), Value::Float(0.0));
    assert_eq!(number("1.7976931348623157e308"), Value::Float(f64::MAX));
    // Correctly rounded, so this is f64::MAX too (serde_json says out of range).
    assert_eq!(number("1.7976931348623158e308"), Value::Float(f64::MAX));
    assert_eq!(number("0.1"), Value::Float(0.1));
    assert_eq!(number("5e-324"), Value::Float(5e-324));
    // 19 digits are the most an i64 has; beyond i64 they are floats.
    assert_eq!(
        number("9999999999999999999"),
        Value::Float(9999999999999999999.0)
    );
    assert_eq!(
        number("-9999999999999999999"),
        Value::Float(-9999999999999999999.0)
    );
    assert_eq!(
        number("1000000000000000000"),
        Value::Int(1_000_000_000_000_000_000)
    );
    // Like serde_json, `-0` is the float -0.0, not the integer 0.
    let Value::Float(minus_zero) = number("-0") else {
        panic!("-0 should be a float")
    };
    assert!(minus_zero == 0.0 && minus_zero.is_sign_negative());
}

#[test]
fn number_grammar_is_strict() {
    for bad in [
        "01", "-01", "00", "+1", ".5", "-.5", "1.", "1.e5", "-a", "0x10", "1e", "1e+", "1E-",
        "1ee2", "1.2.3", "--1", "- 1",
    ] {
        let e = err(&format!(r#"{{"n":{bad}}}"#));
        assert!(
            [INVALID_NUMBER, EXPECTED_VALUE, EXPECTED_OBJECT_COMMA_OR_END]
                .contains(&e.message.as_str()),
            "{bad}: {e}"
        );
    }
    for bad in ["NaN", "Infinity", "-Infinity", "nan"] {
        assert!(scan(&format!(r#"{{"n":{bad}}}"#)).is_err(), "{bad}");
    }
    // Leading zeros fail at the second digit, with serde_json's message.
    rejects(r#"{"n":01}"#, INVALID_NUMBER);
    rejects(r#"{"n":[-00]}"#, INVALID_NUMBER);
    rejects(r#"{"n":-"#, EOF_VALUE);
    rejects(r#"{"n":1."#, EOF_VALUE);
}

#[test]
fn numbers_beyond_f64_are_infinite_like_in_json_parse() {
    for (literal, infinity) in [
        ("1e400", f64::INFINITY),
        ("-1e400", f64::NEG_INFINITY),
        ("1e309", f64::INFINITY),
        ("-1e309", f64::NEG_INFINITY),
        ("1.8e308", f64::INFINITY),
        ("1e99999999999", f64::INFINITY),
        ("-1E+99999999999999999999", f64::NEG_INFINITY),
        ("10e308", f64::INFINITY),
        // Correctly rounded: beyond f64::MAX by more than half an ulp.
        ("1.7976931348623159e308", f64::INFINITY),
        ("0.5e310", f64::INFINITY),
    ] {
        assert_eq!(number(literal), Value::Float(infinity), "{literal}");
    }
    let huge = format!("1{}", "0".repeat(400));
    assert_eq!(number(&huge), Value::Float(f64::INFINITY));
    assert_eq!(
        number(&format!("-{huge}.5")),
        Value::Float(f64::NEG_INFINITY)
    );
    // Nested ones are only validated.
    assert_eq!(value_of(r#"{"n":[1,{"x":1e400},-1e400]}"#), Value::Array);
    // The grammar is as strict as for any other number.
    rejects(r#"{"n":1e400.5}"#, EXPECTED_OBJECT_COMMA_OR_END);
    rejects(r#"{"n":1e}"#, INVALID_NUMBER);
    rejects(r#"{"n":[01e400]}"#, INVALID_NUMBER);
    rejects(r#"{"n":Infinity}"#, EXPECTED_VALUE);
}

#[test]
fn strings_without_escapes_are_borrowed() {
    let members = scan(r#"{"ключ":"znač😀","":""}"#).unwrap();
    assert_eq!(members[0], ("ключ".into(), Value::Str("znač😀".into())));
    assert_eq!(members[1], ("".into(), Value::Str("".into())));
    for (k, v) in &members {
        let Value::Str(s) = v else { unreachable!() };
        assert!(borrowed(k) && borrowed(s));
    }
}

#[test]
fn escapes_are_decoded_into_owned_strings() {
    let text = r#"{"k\u0041y":"a\"b\\c\/d\be\ff\ng\rh\ti \u00e9\u00E9 \ud83d\ude00 \u0000"}"#;
    let members = scan(text).unwrap();
    let (k, Value::Str(v)) = &members[0] else {
        panic!("{members:?}")
    };
    assert_eq!(k, "kAy");
    assert_eq!(v, "a\"b\\c/d\u{8}e\u{c}f\ng\rh\ti éé 😀 \u{0}");
    assert!(!borrowed(k) && !borrowed(v));
    // Escapes after long plain runs and at the very start/end.
    let long = format!(
        r#"{{"a":"{}\n{}","b":"\t","c":"x\\"}}"#,
        "p".repeat(40),
        "q".repeat(17)
    );
    let members = scan(&long).unwrap();
    assert_eq!(
        members[0].1,
        Value::Str(format!("{}\n{}", "p".repeat(40), "q".repeat(17)).into())
    );
    assert_eq!(members[1].1, Value::Str("\t".into()));
    assert_eq!(members[2].1, Value::Str("x\\".into()));
}

#[test]
fn string_errors() {
    rejects("{\"a\":\"x\u{1}y\"}", CONTROL_CHARACTER);
    rejects("{\"a\":\"tab\there\"}", CONTROL_CHARACTER);
    rejects("{\"a\u{1f}\":1}", CONTROL_CHARACTER);
    rejects(r#"{"a":"\x"}"#, INVALID_ESCAPE);
    rejects(r#"{"a":"\U0041"}"#, INVALID_ESCAPE);
    rejects(r#"{"a":"\u12G4"}"#, INVALID_ESCAPE);
    rejects(r#"{"a":"\u12"}"#, INVALID_ESCAPE);
    rejects(r#"{"a":"\u-123"}"#, INVALID_ESCAPE);
    rejects(r#"{"a":"\u+123"}"#, INVALID_ESCAPE);
    rejects(r#"{"a":"\u1"#, EOF_STRING);
    rejects(r#"{"a":"\u"#, EOF_STRING);
    rejects(r#"{"a":"abc"#, EOF_STRING);
    rejects(r#"{"a":"abc\"#, EOF_STRING);
    rejects(r#"{"a:1}"#, EOF_STRING);
    // The same when only validated.
    rejects(r#"{"a":["\u12G4"]}"#, INVALID_ESCAPE);
    rejects(r#"{"a":{"\u12":1}}"#, INVALID_ESCAPE);
    rejects(r#"{"a":["\x"]}"#, INVALID_ESCAPE);
    rejects(r#"{"a":["\u1"#, EOF_STRING);
    rejects(r#"{"a":["\"#, EOF_STRING);
}

/// A string value decoded from the JSON string literal `literal`
/// (quotes included), as a top-level value and as a key.
fn decoded(literal: &str) -> String {
    let as_value = format!(r#"{{"a":{literal}}}"#);
    let Value::Str(value) = value_of(&as_value) else {
        panic!("{literal}: not a string")
    };
    let as_key = format!(r#"{{{literal}:0}}"#);
    let members = scan(&as_key).unwrap();
    assert_eq!(members[0].0, value, "{literal} as a key");
    assert!(!borrowed(&value) && !borrowed(&members[0].0));
    value.into_owned()
}

#[test]
fn lone_surrogates_are_accepted_and_decoded_as_replacement_characters() {
    const R: char = char::REPLACEMENT_CHARACTER;
    for (literal, expected) in [
        // JSON.stringify of a truncated emoji.
        (r#""\ud83d""#, format!("{R}")),
        (r#""\ude00""#, format!("{R}")),
        (r#""\uDBFF""#, format!("{R}")),
        (r#""\uDC00""#, format!("{R}")),
        (r#""x\ud83dy""#, format!("x{R}y")),
        // What follows a lone leading surrogate is not swallowed.
        (r#""\ud83d\u0041""#, format!("{R}A")),
        (r#""\ud83d\n""#, format!("{R}\n")),
        (r#""\ud83d\\""#, format!("{R}\\")),
        (r#""\ud83d\"""#, format!("{R}\"")),
        (r#""\ud83du0041""#, format!("{R}u0041")),
        (r#""\ud83d\ud83d""#, format!("{R}{R}")),
        (r#""\ude00\ud83d""#, format!("{R}{R}")),
        (r#""\ude00\ude00""#, format!("{R}{R}")),
        (r#""\ud83d\ud83d\ude00""#, format!("{R}😀")),
        (r#""\ud83d\ude00\ude00""#, format!("😀{R}")),
        (r#""\ud83d\u00e9""#, format!("{R}é")),
        // Valid pairs still make one char.
        (r#""\ud83d\ude00""#, "😀".to_owned()),
        (r#""\uD83D\uDE00!""#, "😀!".to_owned()),
        (r#""\udbff\udfff""#, "\u{10ffff}".to_owned()),
        (r#""\uD800\uDC00""#, "\u{10000}".to_owned()),
    ] {
        assert_eq!(decoded(literal), expected, "{literal}");
    }
    // Nested ones are validated, not decoded.
    assert_eq!(
        value_of(r#"{"a":["\ud83d","\ude00",{"\ud83d\u0041":"\ud83d\n"}]}"#),
        Value::Array
    );
    assert_eq!(value_of(r#"{"a":{"\udbff":"\ud83d"}}"#), Value::Object);
    // The escape after a lone surrogate is still checked, decoded or not.
    for text in [
        r#"{"a":"\ud83d\uZZZZ"}"#,
        r#"{"a":"\ud83d\u00"}"#,
        r#"{"a":"\ud83d\x"}"#,
        r#"{"\ud83d\udcxx":1}"#,
        r#"{"a":["\ud83d\u12G4"]}"#,
        r#"{"a":{"\ud83d\q":1}}"#,
    ] {
        rejects(text, INVALID_ESCAPE);
    }
    rejects(r#"{"a":"\ud83d\u00"#, EOF_STRING);
    rejects(r#"{"a":"\ud83d\"#, EOF_STRING);
    rejects(r#"{"a":"\ud83d"#, EOF_STRING);
}

#[test]
fn every_ascii_byte_in_every_position_of_a_string() {
    // Covers each byte lane of the 8-at-a-time search and the byte-wise tail.
    for b in 0..0x80u8 {
        for at in 0..20 {
            let mut body = vec![b'x'; 20];
            body[at] = b;
            let body = String::from_utf8(body).unwrap();
            for text in [
                format!(r#"{{"a":"{body}"}}"#),
                format!(r#"{{"{body}":[1,"{body}"]}}"#),
            ] {
                let plain = b >= 0x20 && b != b'"' && b != b'\\';
                assert_eq!(scan(&text).is_ok(), plain, "{text:?}");
                if b < 0x20 {
                    assert_eq!(err(&text).message, CONTROL_CHARACTER, "{text:?}");
                }
            }
        }
    }
}

#[test]
fn nested_strings_are_validated() {
    assert_eq!(
        value_of(r#"{"a":{"k\u0041":"\n\ud83d\ude00","b":["\"",[]]}}"#),
        Value::Object
    );
    // Lone surrogates included (see below).
    assert_eq!(value_of(r#"{"a":["\ud83d"]}"#), Value::Array);
    rejects(r#"{"a":{"\q":1}}"#, INVALID_ESCAPE);
    rejects("{\"a\":[\"\u{0}\"]}", CONTROL_CHARACTER);
    rejects(r#"{"a":["x]}"#, EOF_STRING);
}

#[test]
fn object_punctuation() {
    rejects(r#"{1:2}"#, KEY_MUST_BE_A_STRING);
    rejects(r#"{a:2}"#, KEY_MUST_BE_A_STRING);
    rejects(r#"{"a" 1}"#, EXPECTED_COLON);
    rejects(r#"{"a"=1}"#, EXPECTED_COLON);
    rejects(r#"{"a":1,}"#, TRAILING_COMMA);
    rejects(r#"{"a":1 "b":2}"#, EXPECTED_OBJECT_COMMA_OR_END);
    rejects(r#"{"a":1;"b":2}"#, EXPECTED_OBJECT_COMMA_OR_END);
    rejects(r#"{,}"#, KEY_MUST_BE_A_STRING);
    rejects(r#"{"a":1,,"b":2}"#, KEY_MUST_BE_A_STRING);
    rejects(r#"{"a"}"#, EXPECTED_COLON);
    rejects(r#"{"a":}"#, EXPECTED_VALUE);
    rejects(r#"{"a"::1}"#, EXPECTED_VALUE);
    rejects(r#"{"a":1]"#, EXPECTED_OBJECT_COMMA_OR_END);
}

#[test]
fn duplicates_are_passed_in_order() {
    let members = scan(r#"{"a":1,"b":2,"a":"x"}"#).unwrap();
    let keys: Vec<_> = members.iter().map(|(k, _)| k.as_ref()).collect();
    assert_eq!(keys, ["a", "b", "a"]);
    assert_eq!(members[2].1, Value::Str("x".into()));
}

#[test]
fn nested_values_are_classified_and_validated() {
    let members =
        scan(r#"{"a":[1,[2,{"x":[]}],"s",null],"o":{"k":{"l":[{}]}},"e":[],"f":{}}"#).unwrap();
    let values: Vec<_> = members.into_iter().map(|(_, v)| v).collect();
    assert_eq!(
        values,
        [Value::Array, Value::Object, Value::Array, Value::Object]
    );
    rejects(r#"{"a":[1,]}"#, TRAILING_COMMA);
    rejects(r#"{"a":[,1]}"#, EXPECTED_VALUE);
    rejects(r#"{"a":[1 2]}"#, EXPECTED_LIST_COMMA_OR_END);
    rejects(r#"{"a":[1}"#, EXPECTED_LIST_COMMA_OR_END);
    rejects(r#"{"a":{"b":1]}"#, EXPECTED_OBJECT_COMMA_OR_END);
    rejects(r#"{"a":{"b"}}"#, EXPECTED_COLON);
    rejects(r#"{"a":{"b":1,}}"#, TRAILING_COMMA);
    rejects(r#"{"a":{1:1}}"#, KEY_MUST_BE_A_STRING);
    rejects(r#"{"a":{"b":1,2:3}}"#, KEY_MUST_BE_A_STRING);
    rejects(r#"{"a":["#, EOF_LIST);
    rejects(r#"{"a":[1"#, EOF_LIST);
    rejects(r#"{"a":[1,"#, EOF_VALUE);
    rejects(r#"{"a":{"#, EOF_OBJECT);
    rejects(r#"{"a":{"b":1"#, EOF_OBJECT);
    rejects(r#"{"a":[]"#, EOF_OBJECT);
}

#[test]
fn any_depth_is_accepted() {
    // Across the 128-level chunks of the bit stack (the innermost empty
    // container is not pushed, so `levels` - 2 are).
    for levels in (2..=140).chain(250..=262).chain(380..=390) {
        assert_eq!(value_of(&nested(levels)), Value::Array, "{levels}");
    }
    // Deep input is not a stack overflow, and linear: a fraction of a
    // second even unoptimized.
    let deep = nested(200_000);
    assert_eq!(value_of(&deep), Value::Array);
    let deep_objects = format!(
        r#"{{"a":{}1{}}}"#,
        r#"{"k":"#.repeat(100_000),
        "}".repeat(100_000)
    );
    assert_eq!(value_of(&deep_objects), Value::Object);
    // Unclosed or mismatched deep inside is still an error.
    rejects(&format!("{{\"a\":{}", "[".repeat(1_000_000)), EOF_LIST);
    rejects(&deep[..deep.len() - 1], EOF_OBJECT);
    for cut in [10, 1_000, 100_000] {
        for text in [&deep[..deep.len() - 1 - cut], &deep[..cut]] {
            let e = err(text);
            assert!(
                [EOF_OBJECT, EOF_LIST, EOF_STRING, EOF_VALUE].contains(&e.message.as_str())
                    && e.column == text.len() + 1,
                "{cut}: {e}"
            );
        }
    }
    // Each level's kind survives the chunks being spilled and restored:
    // any one closing bracket swapped is caught.
    let text = nested(400);
    let closing = text.find([']', '}']).unwrap();
    for at in closing + 1..text.len() - 1 {
        let mut swapped = text.clone().into_bytes();
        swapped[at] = if swapped[at] == b']' { b'}' } else { b']' };
        let swapped = String::from_utf8(swapped).unwrap();
        let e = err(&swapped);
        assert!(
            [EXPECTED_LIST_COMMA_OR_END, EXPECTED_OBJECT_COMMA_OR_END]
                .contains(&e.message.as_str())
                && e.column == at + 1,
            "{at}: {e}"
        );
    }
    // Siblings do not add up: only open containers count.
    let inner = nested(300);
    let wide = format!("{{\"a\":[{}]}}", [&inner[5..inner.len() - 1]; 3].join(","));
    assert_eq!(value_of(&wide), Value::Array);
}

/// What the differential test relies on: serde_json's `IgnoredAny` has
/// no depth limit and accepts lone surrogates and numbers beyond f64,
/// which its `Map<String, Value>` rejects.
#[test]
fn serde_json_ignored_any_is_the_lenient_grammar() {
    type Map = serde_json::Map<String, serde_json::Value>;
    let ignored = |text: &str| serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok();
    let built = |text: &str| serde_json::from_str::<Map>(text).is_ok();
    for text in [
        nested(127),
        nested(128),
        nested(200_000),
        r#"{"\ud83d":"\ude00\u0041","a":["\ud83d\n"]}"#.to_owned(),
        r#"{"n":1e400,"m":[-1e99999999999]}"#.to_owned(),
    ] {
        assert!(ignored(&text), "{text:.80}");
    }
    assert!(built(&nested(127)));
    for text in [
        nested(128),
        r#"{"a":"\ud83d"}"#.to_owned(),
        r#"{"a":"\ude00"}"#.to_owned(),
        r#"{"n":1e400}"#.to_owned(),
    ] {
        assert!(!built(&text), "{text:.80}");
    }
    // It does check the grammar and the hex digits.
    for text in [
        r#"{"a":"\u12G4"}"#,
        r#"{"a":"\x"}"#,
        r#"{"a":1.}"#,
        r#"{"a":[1,]}"#,
        "{\"a\":\"\u{1}\"}",
        "{} x",
    ] {
        assert!(!ignored(text), "{text}");
    }
    // But not that the text is an object: `compare` checks that.
    assert!(ignored("[1]") && ignored(" 2 "));
}

#[test]
fn error_columns_point_at_the_problem() {
    let e = err(r#"{"a":1,"b":x}"#);
    assert_eq!((e.message.as_str(), e.column), (EXPECTED_VALUE, 12));
    assert_eq!(e.to_string(), "expected value at column 12");
    assert_eq!(err(r#"{"a":1} x"#).column, 9);
    assert_eq!(err(r#"{"a":01}"#).column, 7);
    assert_eq!(err("{\"a\":\"x\u{1}\"}").column, 8);
    assert_eq!(err(r#"{"a":1,}"#).column, 8);
    assert_eq!(err("").column, 1);
    assert_eq!(err(r#"{"a":"#).column, 6);
    // Escapes: at the bad byte.
    assert_eq!(err(r#"{"a":"\u12G4"}"#).column, 11);
    assert_eq!(err(r#"{"a":"\x"}"#).column, 8);
    assert_eq!(err(r#"{"a":["\ud83d\q"]}"#).column, 15);
}

#[test]
fn member_errors_stop_the_scan_at_the_key() {
    let mut seen = Vec::new();
    // The syntax error after the rejected member is never reached.
    let text = r#"{"userId":"u","eventType":"bogus","x":}"#;
    let e = scan_object(text, |k, v, _| {
        seen.push(k.clone());
        match (k.as_ref(), v) {
            ("eventType", Value::Str(s)) if s != "login" => {
                Err(format!("unknown event type {s:?}"))
            }
            _ => Ok(()),
        }
    })
    .unwrap_err();
    assert_eq!(seen, ["userId", "eventType"]);
    assert_eq!(e.message, r#"unknown event type "bogus""#);
    assert_eq!(e.column, 15);
    assert_eq!(&text[e.column - 1..e.column + 10], "\"eventType\"");
}

#[test]
fn spans_say_where_each_value_is() {
    let text = r#"{ "a" : "plain", "b":"esc\"aped", "n": -12.5e3 , "o":{"x":[1]}}"#;
    let mut seen = Vec::new();
    scan_object(text, |key, value, span| {
        seen.push((key.into_owned(), value, &text[span]));
        Ok(())
    })
    .unwrap();
    assert_eq!(seen[0].2, "plain");
    assert_eq!(seen[0].1, Value::Str("plain".into()));
    // An escaped string is decoded, and its span is the text as written.
    assert_eq!(seen[1].2, r#"esc\"aped"#);
    assert_eq!(seen[1].1, Value::Str("esc\"aped".into()));
    assert_eq!(seen[2].2, "-12.5e3");
    assert_eq!(seen[3].2, r#"{"x":[1]}"#);
}

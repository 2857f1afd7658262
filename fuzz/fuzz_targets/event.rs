//! Event validation: the user-event and page-view line parsers, and `validate_for_publish`.
//!
//! Properties: `parse_any` is `parse_user_event` or `parse_page_view`; publishing accepts
//! exactly the lines the parser accepts, rejects the others for the same reason, keys the record
//! by the parsed user id (whose span, when it has one, is those bytes of the line), and stamps
//! the parsed time (or now); and what it sends is complete — validating it again fills nothing
//! in and gives the same key and time.

#![no_main]

use std::borrow::Cow;

use kan::domain::event::{
    parse_any, parse_page_view, parse_user_event, validate_for_publish, AnyEvent, EventKind,
    Rejection,
};
use libfuzzer_sys::fuzz_target;

const NOW: i64 = 1_714_564_800_000;

/// What publishing needs from a parse: the user id and the time, if any.
type Parsed<'a> = Result<(Cow<'a, str>, Option<i64>), Rejection>;

fn check_publish(kind: EventKind, line: &[u8], parsed: Parsed<'_>) {
    let (user_id, timestamp_ms, payload) = match (parsed, validate_for_publish(kind, line, NOW)) {
        (Err(parse), Err(publish)) => {
            assert_eq!(parse, publish, "{kind:?}: rejected differently");
            return;
        }
        (Err(parse), Ok(_)) => {
            panic!("{kind:?}: publish accepts what the parser rejects ({parse})")
        }
        (Ok(_), Err(publish)) => {
            panic!("{kind:?}: the parser accepts what publish rejects ({publish})")
        }
        (Ok((user_id, timestamp_ms)), Ok(validated)) => {
            assert_eq!(validated.key.text, user_id, "{kind:?}: key");
            if let Some(span) = validated.key.span.clone() {
                assert_eq!(
                    &line[span],
                    validated.key.text.as_bytes(),
                    "{kind:?}: key span"
                );
            }
            assert_eq!(
                validated.timestamp_ms,
                timestamp_ms.unwrap_or(NOW),
                "{kind:?}: time"
            );
            if let Cow::Borrowed(payload) = validated.payload {
                assert_eq!(payload, line, "{kind:?}: borrowed payload");
            }
            (user_id, validated.timestamp_ms, validated.payload)
        }
    };
    let again = validate_for_publish(kind, &payload, NOW + 1)
        .unwrap_or_else(|err| panic!("{kind:?}: what publish sends is rejected: {err}"));
    assert!(
        matches!(again.payload, Cow::Borrowed(_)),
        "{kind:?}: what publish sends still lacks a field"
    );
    assert_eq!(again.key.text, user_id, "{kind:?}: key after the rewrite");
    assert_eq!(
        again.timestamp_ms, timestamp_ms,
        "{kind:?}: time after the rewrite"
    );
}

fuzz_target!(|line: &[u8]| {
    let user = parse_user_event(line);
    let page = parse_page_view(line);
    match parse_any(line) {
        Ok(AnyEvent::User(event)) => assert_eq!(Ok(&event), user.as_ref(), "parse_any: user event"),
        Ok(AnyEvent::Page(view)) => assert_eq!(Ok(&view), page.as_ref(), "parse_any: page view"),
        Err(err) => assert!(
            user.as_ref().err() == Some(&err) || page.as_ref().err() == Some(&err),
            "parse_any rejects for a reason neither parser gives: {err}"
        ),
    }
    check_publish(
        EventKind::UserEvent,
        line,
        user.map(|event| (event.user_id, event.timestamp_ms)),
    );
    check_publish(
        EventKind::PageView,
        line,
        page.map(|view| (view.user_id, view.timestamp_ms)),
    );
});

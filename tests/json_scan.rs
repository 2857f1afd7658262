//! The JSON event scanner (`kan::domain::json_scan`) against serde_json: on edge cases, and as
//! a property over generated and mutated objects (proptest shrinks a failure to a small input).

#[path = "support/json_differential.rs"]
mod differential;

use std::cell::RefCell;

use differential::*;
use proptest::collection::vec;
use proptest::prelude::any;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

#[test]
fn float_tolerance_is_narrow() {
    assert!(close(0.1, 0.1) && close(-0.0, -0.0) && close(0.0, 5e-324));
    assert!(close(1.0, 1.0 + 4.0 * f64::EPSILON));
    assert!(!close(1.0, 1.0 + 5.0 * f64::EPSILON));
    assert!(!close(0.0, -0.0) && !close(1.5, -1.5) && !close(0.1, 0.2));
    // The overflow edge.
    assert!(close(f64::INFINITY, f64::MAX) && close(f64::NEG_INFINITY, f64::MIN));
    assert!(!close(f64::INFINITY, 1e308) && !close(f64::INFINITY, f64::NEG_INFINITY));
}

#[test]
fn lone_surrogates_are_replaced_for_the_reference() {
    for (text, expected) in [
        (r#"{"a":"\ud83d\ude00"}"#, r#"{"a":"\ud83d\ude00"}"#),
        (r#"{"a":"\ud83d"}"#, r#"{"a":"\ufffd"}"#),
        (
            r#"{"\uDE00":"\ud83d\u0041"}"#,
            r#"{"\ufffd":"\ufffd\u0041"}"#,
        ),
        (
            r#"{"a":["\ud83d\ud83d\ude00\ude00"]}"#,
            r#"{"a":["\ufffd\ud83d\ude00\ufffd"]}"#,
        ),
        (
            r#"{"a":"\\ud83d\\\ud83d\n"}"#,
            r#"{"a":"\\ud83d\\\ufffd\n"}"#,
        ),
    ] {
        assert_eq!(with_lone_surrogates_replaced(text), expected);
    }
}

/// What the generated cases exercised.
#[derive(Default)]
struct Seen {
    cases: usize,
    members: usize,
    lone: usize,
    beyond_f64: usize,
    deep: usize,
}

#[test]
fn agrees_with_serde_json_on_generated_and_mutated_input() {
    let mut runner = TestRunner::new(Config {
        cases: 60_000,
        failure_persistence: None,
        ..Config::default()
    });
    let seen = RefCell::new(Seen::default());
    let outcome = runner.run(&vec(any::<u8>(), 0..4096), |bytes| {
        let mut choices = Choices::new(&bytes);
        let input = gen_input(&mut choices);
        let mut inputs = vec![input.clone()];
        for _ in 0..3 {
            inputs.extend(mutate(&mut choices, &input));
        }
        let mut seen = seen.borrow_mut();
        for input in inputs {
            seen.cases += 1;
            match compare(&input) {
                Ok(Agreed::Members { lone_surrogates }) => {
                    seen.members += 1;
                    seen.lone += usize::from(lone_surrogates);
                }
                Ok(Agreed::Accepted { beyond_f64: true }) => seen.beyond_f64 += 1,
                Ok(Agreed::Accepted { beyond_f64: false }) => seen.deep += 1,
                Ok(Agreed::BothReject) => {}
                Err(why) => {
                    return Err(TestCaseError::fail(format!("{why}\ninput: {input:?}")));
                }
            }
        }
        Ok(())
    });
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
    let Seen {
        cases,
        members,
        lone,
        beyond_f64,
        deep,
    } = seen.into_inner();
    let accepted = members + beyond_f64 + deep;
    println!(
        "{cases} differential cases, {accepted} accepted by both: {members} with the same \
         members ({lone} of them with lone surrogates), {beyond_f64} with a number beyond f64 \
         and {deep} nested beyond 127 levels, which serde_json's Map refuses"
    );
    // Both sides of the grammar are exercised, and the lenient paths.
    assert!(
        accepted > cases / 5 && accepted < cases * 4 / 5,
        "{accepted} of {cases} accepted"
    );
    assert!(
        lone > cases / 50 && beyond_f64 > cases / 50 && deep > cases / 500,
        "{lone}, {beyond_f64}, {deep}"
    );
}

#[test]
fn agrees_with_serde_json_on_edge_cases() {
    let mut inputs: Vec<String> = Vec::new();
    for n in EDGE_NUMBERS {
        inputs.push(format!(r#"{{"n":{n}}}"#));
        inputs.push(format!(r#"{{"n":[{n}]}}"#));
    }
    for t in TEXTS.iter().chain(LONE_SURROGATES).chain(BAD_TEXTS) {
        inputs.push(format!(r#"{{"{t}":"{t}"}}"#));
        inputs.push(format!(r#"{{"a":["{t}"]}}"#));
    }
    for levels in (125..=135).chain(255..=260).chain([1_000, 10_000]) {
        inputs.push(nested(levels));
    }
    // Every prefix of a realistic event.
    for end in 0..=EVENT.len() {
        inputs.push(EVENT[..end].to_owned());
    }
    for input in &inputs {
        if let Err(why) = compare(input) {
            panic!("{why}\ninput: {input:.200}");
        }
    }
}

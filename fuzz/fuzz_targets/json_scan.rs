//! The JSON event scanner against serde_json, with the same differential check the property
//! test (`tests/json_scan.rs`) runs: one copy of it, in `tests/support/json_differential.rs`.
//!
//! The first byte picks the input: odd, the rest of the bytes as text (libFuzzer's own
//! mutations); even, an object generated from them and three mutations of it (the generator's
//! choices, steered by coverage).

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/json_differential.rs"]
mod differential;

use differential::{compare, gen_input, mutate, Choices};

fn check(input: &str) {
    if let Err(why) = compare(input) {
        panic!("{why}\ninput: {input:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode % 2 == 1 {
        check(&String::from_utf8_lossy(rest));
        return;
    }
    let mut choices = Choices::new(rest);
    let input = gen_input(&mut choices);
    check(&input);
    for _ in 0..3 {
        if let Some(mutated) = mutate(&mut choices, &input) {
            check(&mutated);
        }
    }
});

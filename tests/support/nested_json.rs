//! Deeply nested JSON for the scanner's tests (the unit tests in `src/domain/json_scan` and
//! the differential property test include this file).

/// An object whose member `a` holds arrays and objects nested so that the whole text has
/// `levels` levels (the top-level object is one).
pub fn nested(levels: usize) -> String {
    let mut text = String::from("{\"a\":");
    for i in 1..levels {
        let innermost = i + 1 == levels;
        text.push_str(match (i % 2 == 0, innermost) {
            (true, false) => "{\"k\":",
            (true, true) => "{",
            (false, _) => "[",
        });
    }
    for i in (1..levels).rev() {
        text.push(if i % 2 == 0 { '}' } else { ']' });
    }
    text.push('}');
    text
}

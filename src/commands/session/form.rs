//! A task's questions, asked in order: Esc steps back one question, skipping those that did not
//! apply, and Esc on the first leaves the task.

use crate::error::KanError;
use crate::terminal::prompt::Answer;

/// What one question did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Step {
    /// Answered: on to the next.
    Next,
    /// Esc: back to the previous one.
    Back,
    /// Did not apply (nothing was asked): on in the direction the person was going.
    Skip,
}

/// Keeps a given answer in `slot`.
pub(super) fn keep<T>(answer: Answer<T>, slot: &mut T) -> Step {
    match answer {
        Answer::Given(value) => {
            *slot = value;
            Step::Next
        }
        Answer::Back => Step::Back,
    }
}

/// Asks questions `0..count` with `ask`. True when every one was answered; false when the
/// person stepped back out of the first.
pub(super) fn ask_all(
    count: usize,
    mut ask: impl FnMut(usize) -> Result<Step, KanError>,
) -> Result<bool, KanError> {
    let mut step = 0;
    let mut forward = true;
    while step < count {
        let went = match ask(step)? {
            Step::Next => true,
            Step::Back => false,
            Step::Skip => forward,
        };
        forward = went;
        if went {
            step += 1;
        } else if step == 0 {
            return Ok(false);
        } else {
            step -= 1;
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs a form of three questions whose answers are scripted; the second is skipped
    /// (does not apply). Returns the steps visited.
    fn visit(script: &[Step]) -> (bool, Vec<usize>) {
        let mut visited = Vec::new();
        let mut answers = script.iter();
        let done = ask_all(3, |step| {
            visited.push(step);
            if step == 1 {
                return Ok(Step::Skip);
            }
            Ok(*answers.next().unwrap_or(&Step::Next))
        })
        .unwrap();
        (done, visited)
    }

    #[test]
    fn esc_steps_back_over_questions_that_did_not_apply() {
        // Answer the first, skip the second, Esc on the third: back to the first.
        let (done, visited) = visit(&[Step::Next, Step::Back, Step::Next, Step::Next]);
        assert!(done);
        assert_eq!(visited, [0, 1, 2, 1, 0, 1, 2]);
        // Esc on the first question leaves the form.
        let (done, visited) = visit(&[Step::Back]);
        assert!(!done);
        assert_eq!(visited, [0]);
    }

    #[test]
    fn keep_stores_given_answers_only() {
        let mut slot = 1;
        assert_eq!(keep(Answer::Given(5), &mut slot), Step::Next);
        assert_eq!(slot, 5);
        assert_eq!(keep(Answer::Back, &mut slot), Step::Back);
        assert_eq!(slot, 5);
    }
}

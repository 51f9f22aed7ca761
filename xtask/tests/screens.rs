//! Every screen the learner can see, rendered from fixed reports and compared
//! with its snapshot in `xtask/tests/snapshots/` (colour off, as in a pipe).

use std::path::PathBuf;
use std::time::Duration;

use xtask::checks::{Failure, Outcome, Report, Verdict};
use xtask::course::Lesson;
use xtask::screen::{self, Place, Row, State, Style};

const PLAIN: Style = Style { color: false };

fn lesson(number: u32, title: &str) -> Lesson {
    Lesson {
        name: format!("lesson{number}"),
        number,
        title: format!("Lesson {number}: {title}"),
        idea: "One line that says what the lesson is about.".into(),
    }
}

fn failure(message: &str, location: &str) -> Verdict {
    Verdict::Fail(Failure {
        message: message.into(),
        location: Some(location.into()),
        printed: String::new(),
    })
}

fn report(outcome: Outcome, checks: Vec<(&str, Verdict)>) -> Report {
    Report {
        outcome,
        checks: checks
            .into_iter()
            .map(|(name, verdict)| (name.to_string(), verdict))
            .collect(),
        cut_bytes: 0,
        changed: Vec::new(),
    }
}

fn place(done: usize) -> Place {
    Place { done, total: 4 }
}

#[test]
fn a_check_that_fails_with_a_teaching_message() {
    let report = report(
        Outcome::Ran,
        vec![
            ("product_multiplies_its_two_inputs", Verdict::Pass),
            (
                "nudge_moves_a_by_h_times_the_first_draw",
                failure(
                    "a after nudge(4, 3, h = 0.01) with seed 0\n     got: 4.01\nexpected: 4.004 (± 1e-12)\n   think: a moves by h·u",
                    "lessons/lesson1/tests/checks.rs:52:9",
                ),
            ),
            (
                "random_search_counts_every_evaluation_of_f",
                failure("not yet implemented", "lessons/lesson1/src/lib.rs:70:5"),
            ),
        ],
    );
    insta::assert_snapshot!(
        "failing_check",
        screen::lesson(
            PLAIN,
            place(0),
            &lesson(1, "the random nudge"),
            &report,
            (1, 3)
        )
    );
}

#[test]
fn a_stub_that_is_still_todo() {
    let report = report(
        Outcome::Ran,
        vec![(
            "product_multiplies_its_two_inputs",
            failure(
                "not yet implemented: the product of a=4 and b=3",
                "lessons/lesson1/src/lib.rs:19:5",
            ),
        )],
    );
    insta::assert_snapshot!(
        "stub",
        screen::lesson(
            PLAIN,
            place(0),
            &lesson(1, "the random nudge"),
            &report,
            (0, 3)
        )
    );
}

#[test]
fn a_compile_error() {
    let error = "error[E0308]: mismatched types\n --> lessons/lesson2/src/lib.rs:12:5\n  |\n12 |     \"x\"\n  |     ^^^ expected `f64`, found `&str`";
    let report = report(
        Outcome::CompileError(error.into()),
        vec![("a", Verdict::NotRun), ("b", Verdict::NotRun)],
    );
    insta::assert_snapshot!(
        "compile_error",
        screen::lesson(
            PLAIN,
            place(1),
            &lesson(2, "the numeric derivative"),
            &report,
            (0, 2)
        )
    );
}

#[test]
fn a_check_that_never_ends() {
    let report = report(
        Outcome::TimedOut {
            check: Some("climb_converges_for_small_steps".into()),
            limit: Duration::from_secs(5),
        },
        vec![
            ("f_is_a_hill", Verdict::Pass),
            ("climb_converges_for_small_steps", Verdict::NotRun),
        ],
    );
    insta::assert_snapshot!(
        "timeout",
        screen::lesson(
            PLAIN,
            place(3),
            &lesson(4, "step size and overshoot"),
            &report,
            (0, 2)
        )
    );
}

#[test]
fn a_check_that_crashes() {
    let report = report(
        Outcome::Crashed {
            check: Some("deep".into()),
            reason: "stack overflow: probably a recursion that never ends".into(),
        },
        vec![("deep", Verdict::NotRun)],
    );
    insta::assert_snapshot!(
        "crash",
        screen::lesson(
            PLAIN,
            place(3),
            &lesson(4, "step size and overshoot"),
            &report,
            (0, 1)
        )
    );
}

#[test]
fn checks_that_pass_only_because_they_were_edited() {
    let mut report = report(
        Outcome::Ran,
        vec![("a", Verdict::Pass), ("b", Verdict::Pass)],
    );
    report.changed = vec![PathBuf::from("lessons/lesson1/tests/checks.rs")];
    report.cut_bytes = 1_048_576;
    insta::assert_snapshot!(
        "edited_checks",
        screen::lesson(
            PLAIN,
            place(0),
            &lesson(1, "the random nudge"),
            &report,
            (0, 1)
        )
    );
}

#[test]
fn a_lesson_done_and_the_next_introduced() {
    let report = report(
        Outcome::Ran,
        vec![("a", Verdict::Pass), ("b", Verdict::Pass)],
    );
    let next = lesson(2, "the numeric derivative");
    insta::assert_snapshot!(
        "lesson_done",
        screen::lesson_done(
            PLAIN,
            place(1),
            &lesson(1, "the random nudge"),
            &report,
            Some(&next)
        )
    );
}

#[test]
fn the_last_lesson_done() {
    let report = report(Outcome::Ran, vec![("a", Verdict::Pass)]);
    insta::assert_snapshot!(
        "course_done",
        screen::lesson_done(
            PLAIN,
            place(4),
            &lesson(4, "step size and overshoot"),
            &report,
            None
        )
    );
}

#[test]
fn the_list_of_lessons() {
    let lessons = [
        lesson(1, "the random nudge"),
        lesson(2, "the numeric derivative"),
        lesson(3, "the analytic derivative"),
    ];
    let reports = [
        report(
            Outcome::Ran,
            vec![("a", Verdict::Pass), ("b", Verdict::Pass)],
        ),
        report(
            Outcome::Ran,
            vec![("a", Verdict::Pass), ("b", failure("x", "y"))],
        ),
        report(
            Outcome::CompileError("error".into()),
            vec![("a", Verdict::NotRun)],
        ),
    ];
    let rows: Vec<Row> = lessons
        .iter()
        .zip(&reports)
        .zip([State::Done, State::Current, State::NotStarted])
        .map(|((lesson, report), state)| Row {
            lesson,
            report,
            state,
        })
        .collect();
    insta::assert_snapshot!(
        "list",
        screen::list(PLAIN, Place { done: 1, total: 3 }, &rows)
    );
}

#[test]
fn hints_from_gentle_to_explicit() {
    let hints = vec![
        "What does the node do?".to_string(),
        "Multiply: `a * b`.".to_string(),
    ];
    let lesson = lesson(1, "the random nudge");
    let first = screen::hint(
        PLAIN,
        &lesson,
        "product_multiplies_its_two_inputs",
        &hints,
        0,
    );
    let last = screen::hint(
        PLAIN,
        &lesson,
        "product_multiplies_its_two_inputs",
        &hints,
        5,
    );
    insta::assert_snapshot!("hints", format!("{first}---\n{last}"));
}

#[test]
fn colour_only_on_a_terminal() {
    let report = report(Outcome::Ran, vec![("a", Verdict::Pass)]);
    let coloured = screen::lesson_done(
        Style { color: true },
        place(4),
        &lesson(4, "x"),
        &report,
        None,
    );
    assert!(coloured.contains("\x1b[32m✓\x1b[0m"));
}

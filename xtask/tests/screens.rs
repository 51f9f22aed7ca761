//! Every screen the learner can see, rendered from fixed reports and compared
//! with its snapshot in `xtask/tests/snapshots/` (colour off, as in a pipe).

use std::path::PathBuf;
use std::time::Duration;

use xtask::course::{Lesson, Part};
use xtask::report::{Crash, Failure, Outcome, Report, Suspect, Verdict};
use xtask::screen::{self, Place, Row, State, Style};

const PLAIN: Style = Style { color: false };

/// A lesson of the course, in its parts as shipped (titles and files; its one-line
/// idea is a stand-in).
fn lesson(number: u32) -> Lesson {
    let (title, parts): (&str, &[(&str, &str)]) = match number {
        1 => (
            "the random nudge",
            &[("nudge", "the nudge"), ("search", "random search")],
        ),
        2 => (
            "the numeric derivative",
            &[
                ("difference", "two ways to measure a slope"),
                ("gradient", "partial derivatives and the gradient"),
                ("best_step", "how small should h be?"),
            ],
        ),
        3 => (
            "the analytic derivative",
            &[
                ("rules", "the rules of calculus"),
                ("step", "one step, two ways"),
                ("gradient_check", "the gradient check"),
                ("product_gradient", "all partials in two passes"),
            ],
        ),
        4 => (
            "step size and overshoot",
            &[
                ("climb", "the climb"),
                ("step_size", "the step size"),
                ("adaptive", "the adaptive climb"),
                ("two_peaks", "two peaks"),
            ],
        ),
        7 => (
            "a neuron learns, then micrograd's network learns the moons",
            &[
                (
                    "neuron",
                    "a neuron scores a point, and a hinge says how wrong it is",
                ),
                ("learn", "one neuron learns a line"),
                ("mlp", "micrograd's network, neuron by neuron"),
                (
                    "loss",
                    "the loss says how wrong the network is, and how big",
                ),
                (
                    "train",
                    "the network learns the moons, step for step with micrograd",
                ),
            ],
        ),
        10 => (
            "your engine reads handwriting",
            &[
                ("softmax", "scores become probabilities"),
                ("train", "the network learns to read"),
            ],
        ),
        _ => unreachable!("no fixture for lesson {number}"),
    };
    in_parts(number, title, parts)
}

fn in_parts(number: u32, title: &str, parts: &[(&str, &str)]) -> Lesson {
    Lesson {
        name: format!("lesson{number}"),
        number,
        title: format!("Lesson {number}: {title}"),
        idea: "One line that says what the lesson is about.".into(),
        parts: parts
            .iter()
            .enumerate()
            .map(|(index, (slug, title))| Part {
                slug: slug.to_string(),
                number: index + 1,
                title: title.to_string(),
                edit_file: format!("lessons/lesson{number}/src/{slug}.rs").into(),
                checks_file: format!("lessons/lesson{number}/tests/{slug}.rs").into(),
            })
            .collect(),
    }
}

/// Lesson 3 in four parts, as it was when these screens were first drawn.
fn lesson_in_parts() -> Lesson {
    let parts = [
        ("rules", "the rules as functions"),
        ("step", "one step, two ways"),
        ("check", "trust, but check"),
        ("long_product", "what it costs"),
    ];
    in_parts(3, "the analytic derivative", &parts)
}

fn failure(message: &str, location: &str) -> Verdict {
    Verdict::Fail(Failure {
        message: message.into(),
        location: Some(location.into()),
        printed: String::new(),
    })
}

fn report(outcome: Outcome, checks: Vec<(&str, Verdict)>) -> Report {
    let count = checks.len();
    Report {
        outcome,
        checks: checks
            .into_iter()
            .map(|(name, verdict)| (name.to_string(), verdict))
            .collect(),
        parts: vec![(0, count)],
        limit: Duration::from_secs(5),
        cut_bytes: 0,
        changed: Vec::new(),
        suspect: None,
        fingerprint: String::new(),
        part_fingerprints: Vec::new(),
        warnings: Vec::new(),
    }
}

/// Lessons done of the course's ten, on the first part of a lesson in `parts`.
fn place(done: usize, parts: usize) -> Place {
    at(done, 10, 0, parts)
}

/// `done` lessons of `total`, `parts_done` parts of the current lesson's `parts`.
fn at(done: usize, total: usize, parts_done: usize, parts: usize) -> Place {
    Place {
        done,
        total,
        parts_done,
        parts,
    }
}

#[test]
fn a_check_that_fails_with_a_teaching_message() {
    let report = report(
        Outcome::Ran,
        vec![
            ("product_multiplies_its_two_inputs", Verdict::Pass),
            (
                "nudge_moves_a_by_h_times_the_first_draw_and_b_by_h_times_the_second",
                failure(
                    "a after nudge(4, 3, h = 0.01) with seed 0\n     got: 4.01\nexpected: 4.004 (± 1e-12)\n   think: a moves by h·u",
                    "lessons/lesson1/tests/nudge.rs:52:9",
                ),
            ),
            (
                "change_after_nudge_is_f_after_minus_f_before",
                failure("not yet implemented", "lessons/lesson1/src/nudge.rs:37:5"),
            ),
        ],
    );
    insta::assert_snapshot!(
        "failing_check",
        screen::lesson(PLAIN, place(0, 2), &lesson(1), 0, &report, (1, 3))
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
                "lessons/lesson1/src/nudge.rs:12:5",
            ),
        )],
    );
    insta::assert_snapshot!(
        "stub",
        screen::lesson(PLAIN, place(0, 2), &lesson(1), 0, &report, (0, 3))
    );
}

#[test]
fn a_compile_error() {
    let error = "error[E0308]: mismatched types\n --> lessons/lesson2/src/difference.rs:12:5\n  |\n12 |     \"x\"\n  |     ^^^ expected `f64`, found `&str`";
    let report = report(
        Outcome::CompileError(error.into()),
        vec![("a", Verdict::NotRun), ("b", Verdict::NotRun)],
    );
    insta::assert_snapshot!(
        "compile_error",
        screen::lesson(PLAIN, place(1, 3), &lesson(2), 0, &report, (0, 2))
    );
}

#[test]
fn a_check_that_never_ends() {
    let mut report = report(
        Outcome::Ran,
        vec![
            (
                "f_is_4_minus_the_square_of_the_distance_to_2",
                Verdict::Pass,
            ),
            (
                "climb_returns_the_start_then_one_point_per_step",
                Verdict::TimedOut,
            ),
            (
                "climb_from_a_follows_the_five_trajectories_of_the_lesson",
                Verdict::TimedOut,
            ),
        ],
    );
    report.suspect = Some(Suspect {
        check: "climb_returns_the_start_then_one_point_per_step".into(),
        check_at: "lessons/lesson4/tests/climb.rs:92".into(),
        function: Some(("climb".into(), "lessons/lesson4/src/climb.rs:48".into())),
        owner: None,
    });
    insta::assert_snapshot!(
        "timeout",
        screen::lesson(PLAIN, place(3, 4), &lesson(4), 0, &report, (0, 2))
    );
}

#[test]
fn a_check_that_crashes() {
    let mut report = report(
        Outcome::Ran,
        vec![
            (
                "sum_has_partials_1_and_1",
                Verdict::Crashed(Crash::StackOverflow),
            ),
            ("difference_has_partials_1_and_minus_1", Verdict::NotRun),
        ],
    );
    report.suspect = Some(Suspect {
        check: "sum_has_partials_1_and_1".into(),
        check_at: "lessons/lesson3/tests/rules.rs:12".into(),
        function: Some(("sum".into(), "lessons/lesson3/src/rules.rs:30".into())),
        owner: None,
    });
    insta::assert_snapshot!(
        "crash",
        screen::lesson(PLAIN, place(2, 4), &lesson(3), 0, &report, (0, 3))
    );
}

#[test]
fn a_part_of_a_lesson_in_parts() {
    let lesson = lesson_in_parts();
    let mut report = report(
        Outcome::Ran,
        vec![
            (
                "gradient_step_takes_both_partials_at_the_start",
                Verdict::Pass,
            ),
            (
                "sequential_step_uses_the_new_a_for_b",
                failure(
                    "sequential_step((-4, -3), h = 0.01)\n     got: (-3.97, -2.96)\nexpected: (-3.97, -2.9603) (± 1e-12)\n   think: b's partial is taken at the new a",
                    "lessons/lesson3/tests/step.rs:40:5",
                ),
            ),
        ],
    );
    report.parts = vec![(1, 2)];
    let place = at(2, 4, 1, 4);
    let first = screen::part_done(PLAIN, &lesson, 0, &report_all_pass(7));
    let second = screen::lesson(PLAIN, place, &lesson, 1, &report, (0, 3));
    insta::assert_snapshot!("part_done_then_next_part", format!("{first}{second}"));
}

#[test]
fn an_earlier_part_broken_when_the_whole_lesson_runs() {
    let lesson = lesson_in_parts();
    let mut report = report(
        Outcome::Ran,
        vec![(
            "sum_has_partials_1_and_1",
            failure(
                "sum at (-4, -3)\n     got: (-7, 1, -1)\nexpected: (-7, 1, 1) (exactly)",
                "lessons/lesson3/tests/rules.rs:20:5",
            ),
        )],
    );
    report.parts = vec![(0, 1)];
    let place = at(2, 4, 3, 4);
    let note = screen::broken_again(PLAIN, &lesson, 0);
    let part = screen::lesson(PLAIN, place, &lesson, 0, &report, (1, 3));
    insta::assert_snapshot!("broken_again", format!("{note}{part}"));
}

fn report_all_pass(count: usize) -> Report {
    let names: Vec<String> = (0..count).map(|i| format!("check_{i}")).collect();
    report(
        Outcome::Ran,
        names.iter().map(|n| (n.as_str(), Verdict::Pass)).collect(),
    )
}

#[test]
fn checks_that_pass_only_because_they_were_edited() {
    let mut report = report(
        Outcome::Ran,
        vec![("a", Verdict::Pass), ("b", Verdict::Pass)],
    );
    report.changed = vec![PathBuf::from("lessons/lesson1/tests/nudge.rs")];
    report.cut_bytes = 1_048_576;
    insta::assert_snapshot!(
        "edited_checks",
        screen::lesson(PLAIN, place(0, 2), &lesson(1), 0, &report, (0, 1))
    );
}

#[test]
fn a_lesson_done_and_the_next_introduced() {
    let report = report(
        Outcome::Ran,
        vec![("a", Verdict::Pass), ("b", Verdict::Pass)],
    );
    let next = lesson(2);
    insta::assert_snapshot!(
        "lesson_done",
        screen::lesson_done(PLAIN, place(1, 0), &lesson(1), &report, Some(&next))
    );
}

#[test]
fn the_last_lesson_done() {
    let report = report(Outcome::Ran, vec![("a", Verdict::Pass)]);
    insta::assert_snapshot!(
        "course_done",
        screen::lesson_done(PLAIN, place(10, 0), &lesson(10), &report, None)
    );
}

#[test]
fn the_list_of_lessons() {
    let lessons = [lesson(1), lesson(2), lesson_in_parts()];
    let mut in_parts = report(
        Outcome::Ran,
        vec![
            ("a", Verdict::Pass),
            ("b", Verdict::Pass),
            ("sum_has_partials_1_and_1", Verdict::TimedOut),
            ("d", Verdict::TimedOut),
        ],
    );
    in_parts.parts = vec![(0, 2), (1, 2)];
    let mut done = report(
        Outcome::Ran,
        vec![("a", Verdict::Pass), ("b", Verdict::Pass)],
    );
    done.parts = vec![(0, 1), (1, 1)];
    let reports = [
        done,
        report(
            Outcome::CompileError("error".into()),
            vec![("a", Verdict::NotRun)],
        ),
        in_parts,
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
    insta::assert_snapshot!("list", screen::list(PLAIN, at(1, 3, 0, 0), &rows));
}

#[test]
fn hints_from_gentle_to_explicit() {
    let hints = vec![
        "What does the node do?".to_string(),
        "Multiply: `a * b`.".to_string(),
    ];
    let lesson = lesson(1);
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
        place(10, 0),
        &lesson(10),
        &report,
        None,
    );
    assert!(coloured.contains("\x1b[32m✓\x1b[0m"));
}

/// The screens of the other commands, and `help`.
#[path = "screens/commands.rs"]
mod commands;

#[test]
fn a_compile_error_in_an_earlier_lesson_names_that_lesson() {
    let error = "error[E0425]: cannot find value `x` in this scope\n --> lessons/lesson6/src/tape.rs:40:9\n  |";
    let report = report(
        Outcome::CompileError(error.into()),
        vec![("a", Verdict::NotRun)],
    );
    let text = screen::lesson(PLAIN, place(6, 5), &lesson(7), 0, &report, (0, 1));
    assert!(
        text.contains("✗ lesson6, which lesson7 uses, does not compile (fix it there first)."),
        "{text}"
    );
}

#[test]
fn the_compilers_warnings_about_the_learners_file_show_under_the_verdict() {
    let mut report = report(
        Outcome::Ran,
        vec![("a", failure("a(1)\n     got: 2", "x:1"))],
    );
    report.warnings = vec![
        "warning: value assigned to `dx` is never read\n  --> lessons/lesson2/src/difference.rs:12:5"
            .into(),
    ];
    let text = screen::lesson(PLAIN, place(1, 3), &lesson(2), 0, &report, (0, 1));
    assert!(
        text.contains("The compiler warns about your file (a warning often points at the bug):\n  warning: value assigned to `dx` is never read\n    --> lessons/lesson2/src/difference.rs:12:5\n"),
        "{text}"
    );
}

#[test]
fn a_passed_part_that_fails_now_is_shown_before_the_current_one() {
    let lesson = lesson_in_parts();
    let mut report = report(
        Outcome::Ran,
        vec![(
            "sum_has_partials_1_and_1",
            failure(
                "sum at (-4, -3)\n     got: (-7, 1, -1)\nexpected: (-7, 1, 1) (exactly)",
                "lessons/lesson3/tests/rules.rs:20:5",
            ),
        )],
    );
    report.parts = vec![(0, 1)];
    // Part 1 counts no more: two of four parts done, and the learner was on part 4.
    let place = at(2, 4, 2, 4);
    let note = screen::part_broken(PLAIN, &lesson, 0, 3);
    let part = screen::lesson(PLAIN, place, &lesson, 0, &report, (0, 3));
    insta::assert_snapshot!("part_broken", format!("{note}{part}"));
}

#[test]
fn a_check_that_hangs_in_a_function_of_an_earlier_part_names_it_and_its_file() {
    let lesson = lesson_in_parts();
    let mut report = report(
        Outcome::Ran,
        vec![
            ("the_product_gradient_of_n_inputs", Verdict::TimedOut),
            ("zeros_are_fine", Verdict::TimedOut),
        ],
    );
    report.parts = vec![(3, 2)];
    report.suspect = Some(Suspect {
        check: "the_product_gradient_of_n_inputs".into(),
        check_at: "lessons/lesson3/tests/long_product.rs:12".into(),
        function: Some(("sum".into(), "lessons/lesson3/src/rules.rs:8".into())),
        owner: Some("part 1 of 4".into()),
    });
    let place = at(2, 4, 3, 4);
    insta::assert_snapshot!(
        "timeout_in_an_earlier_part",
        screen::lesson(PLAIN, place, &lesson, 3, &report, (0, 2))
    );
}

#[test]
fn a_check_that_hangs_in_a_lesson_this_one_uses_names_that_lesson_and_part() {
    let mut report = report(
        Outcome::Ran,
        vec![(
            "one_training_step_moves_every_parameter_by_minus_the_rate_times_its_gradient",
            Verdict::Crashed(Crash::StackOverflow),
        )],
    );
    report.suspect = Some(Suspect {
        check: "one_training_step_moves_every_parameter_by_minus_the_rate_times_its_gradient"
            .into(),
        check_at: "lessons/lesson7/tests/train.rs:50".into(),
        function: Some((
            "backward".into(),
            "lessons/lesson6/src/backward.rs:73".into(),
        )),
        owner: Some("lesson 6 (part 2 of 4)".into()),
    });
    report.parts = vec![(4, 1)];
    let place = at(6, 10, 4, 5);
    insta::assert_snapshot!(
        "crash_in_an_earlier_lesson",
        screen::lesson(PLAIN, place, &lesson(7), 4, &report, (0, 2))
    );
}

#[test]
fn a_done_lesson_that_broke_since_names_the_part_that_broke() {
    let lesson = lesson_in_parts();
    let mut report = report(
        Outcome::Ran,
        vec![
            ("sum_has_partials_1_and_1", Verdict::Pass),
            (
                "gradient_step_takes_both_partials_at_the_start",
                Verdict::TimedOut,
            ),
        ],
    );
    report.parts = vec![(0, 1), (1, 1)];
    insta::assert_snapshot!(
        "no_longer_done_in_parts",
        screen::no_longer_done(PLAIN, &lesson, &report)
    );
}

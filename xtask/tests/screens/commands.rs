//! The screens of `help`, `hint`, `reset`, `solution`, `verify`, `watch`, and the
//! notes of a recovered progress file.

use std::path::Path;

use super::{PLAIN, failure, lesson, lesson_in_parts, report, report_all_pass};
use xtask::report::{Outcome, Verdict};
use xtask::screen;

#[test]
fn the_help_lists_the_learners_commands_first_and_the_maintainers_apart() {
    insta::assert_snapshot!("usage", screen::usage());
}

#[test]
fn hint_without_a_check_to_help_with() {
    let lesson = lesson(2);
    let error = "error[E0308]: mismatched types\n --> lessons/lesson2/src/difference.rs:12:5";
    insta::assert_snapshot!(
        "hint_nothing_to_hint",
        format!(
            "{}---\n{}",
            screen::hint_compile_error(&lesson, error),
            screen::nothing_to_hint("Lesson 3 · part 2 of 4: one step, two ways")
        )
    );
}

#[test]
fn reset_asks_first_and_says_how_to_get_the_code_back() {
    let lesson = lesson_in_parts();
    let backup = Path::new(".backups/lesson3-1");
    insta::assert_snapshot!(
        "reset",
        format!(
            "{}\n---\n{}---\n{}",
            screen::reset_question(&lesson, backup),
            screen::reset_declined(&lesson),
            screen::reset_done(&lesson, 14, backup)
        )
    );
}

#[test]
fn solution_opens_once_the_lesson_is_done_whole_or_as_a_diff() {
    let lesson = lesson(1);
    let yours = Path::new("lessons/lesson1/src/nudge.rs");
    let reference = Path::new("solutions/lesson1/src/nudge.rs");
    let hunks = ["@@ -1,3 +1,3 @@", "-    a + b", "+    a * b"];
    insta::assert_snapshot!(
        "solution",
        format!(
            "{}---\n{}---\n{}{}{}",
            screen::solution_locked(&lesson),
            screen::solution_file(PLAIN, &lesson, reference, "pub fn product() {}\n"),
            screen::solution_diff_intro(PLAIN),
            screen::solution_diff(yours, reference, &hunks),
            screen::solution_diff(yours, reference, &[]),
        )
    );
}

#[test]
fn verify_says_why_a_lesson_is_done_no_more() {
    let lesson = lesson(2);
    let compile = report(Outcome::CompileError("error[E0308]".into()), vec![]);
    let failing = report(
        Outcome::Ran,
        vec![
            ("forward_difference_of_x_squared", Verdict::Pass),
            (
                "central_difference_is_closer",
                failure("got: 1", "tests/x.rs:3:5"),
            ),
        ],
    );
    let mut edited = report_all_pass(2);
    edited.changed = vec!["lessons/lesson2/tests/difference.rs".into()];
    let notes: Vec<String> = [
        (&compile, true),
        (&failing, true),
        (&edited, true),
        (&edited, false),
    ]
    .into_iter()
    .map(|(report, was_done)| screen::verify_note(PLAIN, &lesson, report, was_done))
    .collect();
    assert_eq!(
        screen::verify_note(PLAIN, &lesson, &report_all_pass(2), true),
        "",
        "a lesson still done needs no note"
    );
    insta::assert_snapshot!(
        "verify_notes",
        format!("{}---\n{}", notes.join("---\n"), screen::verified())
    );
}

#[test]
fn watch_says_how_it_watches_and_that_it_stopped() {
    insta::assert_snapshot!(
        "watch",
        format!(
            "{}---{}---\n{}---\n{}",
            screen::watching(false),
            screen::watching(true),
            screen::watch_error("Failed to read lessons/lesson1/README.md"),
            screen::stopped_watching()
        )
    );
}

#[test]
fn a_lost_progress_file_is_recovered_by_re_checking() {
    insta::assert_snapshot!(
        "progress_recovered",
        format!(
            "{}{}",
            screen::unreadable_progress("line 2 is not understood: `garbage`"),
            screen::already_passes(PLAIN, &lesson(1))
        )
    );
}

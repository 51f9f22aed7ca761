//! End-to-end tests of the runner: the real `cargo xtask`, on a private copy of the workspace.

use std::fs;

use towards_backprop::Copy;

#[test]
fn next_on_a_fresh_course_names_lesson_1_and_its_first_failing_check() {
    let copy = Copy::new();
    copy.xtask(&["next"])
        .exits(1)
        .says("0 of 9 checks pass")
        .says("Lesson 1: the random nudge")
        .says("edit lessons/lesson1/src/lib.rs")
        .says("✗ product_multiplies_its_two_inputs")
        .says("not yet implemented: the product of a=4 and b=3")
        .says("`cargo xtask hint` shows hint 1 of");
    assert!(
        copy.path(".progress").is_file(),
        "next writes the progress file"
    );
}

#[test]
fn a_solved_lesson_is_recorded_as_done_and_the_next_one_introduced() {
    let copy = Copy::new();
    copy.xtask(&["next"]).exits(1);
    copy.solve("lesson1");
    let run = copy.xtask(&["next"]);
    run.exits(0)
        .says("✓ Lesson 1: the random nudge: all 9 checks pass");
    assert!(
        fs::read_to_string(copy.path(".progress"))
            .unwrap()
            .contains("done lesson1")
    );
    // The course moves on: the next run is about the following lesson, or the end.
    let again = copy.xtask(&["next"]);
    assert!(
        !again.stdout.contains("Lesson 1: the random nudge"),
        "{again:#?}"
    );
}

#[test]
fn a_compile_error_shows_the_compilers_first_error_with_file_and_line() {
    let copy = Copy::new();
    let lib = copy.path("lessons/lesson1/src/lib.rs");
    let mut source = fs::read_to_string(&lib).unwrap();
    source.push_str("\npub fn broken() -> u8 {\n    \"not a number\"\n}\n");
    fs::write(&lib, source).unwrap();
    copy.xtask(&["next"])
        .exits(1)
        .says("lesson1 does not compile")
        .says("error[E0308]: mismatched types")
        .says("--> lessons/lesson1/src/lib.rs:");
}

#[test]
fn hints_climb_from_gentle_to_explicit_and_stop_at_the_last() {
    let copy = Copy::new();
    let first = copy.xtask(&["hint"]);
    first
        .exits(0)
        .says("Hint 1 of 3 for product_multiplies_its_two_inputs");
    copy.xtask(&["hint"]).says("Hint 2 of 3");
    copy.xtask(&["hint"])
        .says("Hint 3 of 3")
        .says("the last, most explicit hint");
    copy.xtask(&["hint"]).says("Hint 3 of 3");
    copy.xtask(&["next"]).says("you have seen all 3 hints");
}

#[test]
fn list_shows_every_lesson_with_its_state_and_checks() {
    let copy = Copy::new();
    copy.solve("lesson1");
    copy.xtask(&["next"]).exits(0);
    copy.xtask(&["list"])
        .exits(0)
        .says("✓ Lesson 1: the random nudge")
        .says("9/9  checks")
        .says("done");
}

#[test]
fn a_deleted_or_corrupted_progress_file_is_recovered_by_re_checking() {
    let copy = Copy::new();
    copy.solve("lesson1");
    fs::write(
        copy.path(".progress"),
        "done lesson1\n\u{0}garbage from a crash",
    )
    .unwrap();
    copy.xtask(&["next"])
        .says("could not be read")
        .says("✓ Lesson 1: the random nudge already passes");
    assert!(
        fs::read_to_string(copy.path(".progress"))
            .unwrap()
            .contains("done lesson1")
    );
    fs::remove_file(copy.path(".progress")).unwrap();
    copy.xtask(&["next"])
        .says("✓ Lesson 1: the random nudge already passes");
}

#[test]
fn the_runner_works_from_any_folder_inside_the_course() {
    let copy = Copy::new();
    copy.xtask_in("lessons/lesson1/src", &["next"])
        .exits(1)
        .says("Lesson 1: the random nudge");
}

#[test]
fn bad_input_gets_one_clear_line_and_exit_status_2() {
    let copy = Copy::new();
    for (args, message) in [
        (&["nxet"][..], "unknown command `nxet`"),
        (&["next", "now"][..], "`next` takes no arguments"),
        (
            &["next", "--timeout", "soon"][..],
            "--timeout must be a positive number of seconds",
        ),
        (&["--fast"][..], "unknown option `--fast`"),
    ] {
        let run = copy.xtask(args);
        run.exits(2);
        assert!(run.stderr.contains(message), "{args:?}: {run:#?}");
        assert_eq!(
            run.stderr
                .lines()
                .filter(|line| line.starts_with("error"))
                .count(),
            1,
            "{run:#?}"
        );
    }
}

#[test]
fn output_has_no_colour_codes_when_not_on_a_terminal() {
    let copy = Copy::new();
    let run = copy.xtask(&["next"]);
    assert!(!run.stdout.contains('\x1b'), "{run:#?}");
}

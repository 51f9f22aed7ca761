//! The course's own policies, each a test with the reason it exists.
//!
//! The per-lesson files (`tests/lessonN.rs`) prove that every reference solution
//! passes its lesson's checks; this file proves the other direction (every check
//! fails on the shipped stub) and the conventions the runner relies on.
//!
//! Every policy reads the course as shipped (copied under `target/shipped/`: each
//! file `xtask/manifest.txt` lists as the manifest names it, by its git blob id,
//! every other file as committed): a learner's work in `lessons/*/src`, committed
//! or not, changes nothing here, and CI, on a clean checkout, proves exactly what
//! ships. Maintainers: commit before you run `cargo test`, or set
//! `BACKPROP_PROVE_WORKTREE=1` to prove the working tree instead (see CONTRIBUTING.md).

use towards_backprop::{in_ci, manifests, nested_target, policies, shipped};

/// A check that passes on the stub teaches nothing and proves nothing: every check
/// of every part must fail until the learner has written the code.
#[test]
fn every_check_fails_on_the_shipped_stubs() {
    policies::every_check_fails_on_the_stubs(&shipped(), &nested_target("check"));
}

/// The learner's first screen must not be a wall of warnings: the stubs and their
/// checks compile cleanly, clippy included.
#[test]
fn stubs_compile_without_warnings_even_under_clippy() {
    policies::stubs_compile_without_warnings(&shipped(), &nested_target("check"));
}

/// Every `todo!()` the learner meets sits under a `// TODO:` comment that says what
/// to do, and every part's file has something to fill in.
#[test]
fn every_stub_has_a_todo_comment_that_says_what_to_do() {
    policies::every_stub_has_a_todo_comment(&shipped());
}

/// Copying a solution's source files over the lesson's solves the lesson; every
/// other file of the lesson is shared by the solution through `#[path]`.
#[test]
fn copying_a_solutions_src_over_the_lessons_solves_it_and_provided_files_are_shared() {
    policies::solutions_solve_the_lessons(&shipped());
}

/// One source for every line: the stubs are written from the solutions
/// (`cargo xtask stubs`), so a doc comment, a signature or a provided helper is
/// written once, and the shipped stubs must be exactly what the solutions give.
#[test]
fn the_shipped_stubs_are_what_the_solutions_give() {
    policies::stubs_are_what_the_solutions_give(&shipped());
}

/// The runner shows hints for the first failing check: HINTS.md follows the parts
/// and their checks, so the two cannot drift, and every heading has a hint (a
/// check may have none yet; the runner says so).
#[test]
fn hints_cover_every_check_in_the_same_order() {
    policies::hints_cover_every_check_in_order(&shipped());
}

/// One source of truth for checks: the harness compiles each part's own checks
/// file against the solution, never a copy.
#[test]
fn the_harness_runs_each_parts_own_checks_against_its_solution() {
    policies::the_harness_runs_every_parts_checks(&shipped());
}

/// The learner reads a part's text under its heading: the README has a heading
/// per part, with the part's number and title, in order.
#[test]
fn each_lesson_readme_has_a_heading_per_part() {
    policies::readme_headings_are_the_parts(&shipped());
}

/// The course's order is written once, in each solution's `src/lib.rs`: a
/// `/// Part K: title.` line right above each part's `pub mod`, numbered in order.
/// (Every checks file must be a declared part's, or the course does not load.)
#[test]
fn each_lesson_declares_its_parts_once_numbered_in_order() {
    let course = shipped();
    for lesson in &course.lessons {
        let lib = format!("solutions/{}/src/lib.rs", lesson.name);
        let parts = xtask::text::parts(&course.read(lib.as_ref()).unwrap());
        let numbers: Vec<String> = parts.iter().map(|part| part.number.clone()).collect();
        let expected: Vec<String> = (1..=parts.len()).map(|k| k.to_string()).collect();
        assert_eq!(
            numbers, expected,
            "{lib}: the parts must be numbered 1, 2, … in the order of their lines"
        );
    }
}

/// The README is the learner's way in: its table lists every lesson by its title.
#[test]
fn the_readme_lists_every_lesson() {
    policies::the_readme_lists_every_lesson(&shipped());
}

/// The runner refuses a lesson whose checks or snapshots were edited by comparing
/// them with `xtask/manifest.txt`, and these proofs read the stubs from it, so the
/// manifest must describe the files as committed (a lesson's `src/` only in CI,
/// where no learner has committed their work).
#[test]
fn the_manifest_of_shipped_files_is_current() {
    let (listed, rendered) = manifests();
    policies::the_manifest_is_current(&listed, &rendered, in_ci());
}

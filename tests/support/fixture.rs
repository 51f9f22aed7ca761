//! A small lesson made up for the runner's own tests, `lesson0` ("a fixture in
//! two parts"), written into a sandbox of the workspace. Being lesson 0 it comes
//! first, and its files are the runner's, so the tests do not depend on how the
//! real lessons are written (or split into parts) today.

use std::fs;

use crate::{Run, Sandbox};

const CARGO_TOML: &str = r#"[package]
name = "lesson0"
version.workspace = true
edition.workspace = true
rust-version.workspace = true
publish.workspace = true

[lib]
doctest = false
test = false

[dev-dependencies]
check.workspace = true
"#;

const README: &str = "# Lesson 0: a fixture in two parts

A lesson made up for the runner's own tests.

## Part 1: doubling

Edit `src/double.rs`.

## Part 2: refusing bad input

Edit `src/refuse.rs`.
";

const HINTS: &str = "# Hints for lesson 0

## double_adds_x_to_itself

- What is twice x?
- `x + x`

## a_double_of_a_double_is_four_times

- Call it twice.

## root_of_four_is_two

- `x.sqrt()`

## root_refuses_negative_and_nan_inputs

- Is NaN below zero?
- Check `x.is_nan()` too.
";

const LIB: &str = "//! Lesson 0: a fixture for the runner's own tests.

/// Part 1: doubling.
pub mod double;

/// Part 2: refusing bad input.
pub mod refuse;

pub use double::*;
pub use refuse::*;
";

/// The first part's stubs.
pub const DOUBLE: &str = "//! Part 1: doubling.

/// Twice `x`.
///
/// `double(2.0) -> 4.0`
pub fn double(x: f64) -> f64 {
    // TODO: add x to itself.
    todo!(\"double {x}\")
}
";

/// The first part, solved.
pub const DOUBLE_SOLVED: &str = "//! Part 1: doubling.

/// Twice `x`.
///
/// `double(2.0) -> 4.0`
pub fn double(x: f64) -> f64 {
    x + x
}
";

/// The second part's stubs.
pub const REFUSE: &str = "//! Part 2: refusing bad input.

/// The square root of `x`.
///
/// `root(4.0) -> 2.0`
///
/// # Panics
///
/// If `x` is negative or NaN (\"x must be a number, not negative\").
pub fn root(x: f64) -> f64 {
    // TODO: refuse bad input, then take the square root.
    todo!(\"the root of {x}\")
}
";

/// The second part, solved.
pub const REFUSE_SOLVED: &str = "//! Part 2: refusing bad input.

/// The square root of `x`.
///
/// `root(4.0) -> 2.0`
///
/// # Panics
///
/// If `x` is negative or NaN (\"x must be a number, not negative\").
pub fn root(x: f64) -> f64 {
    assert!(x >= 0.0, \"x must be a number, not negative, got {x}\");
    x.sqrt()
}
";

/// Checks in the learner's order, which is not the alphabetical order.
const DOUBLE_CHECKS: &str = "//! Part 1: doubling — the checks.

use check::{Tol, assert_close};
use lesson0::*;

#[test]
fn double_adds_x_to_itself() {
    // Exact: one addition of small integers.
    assert_close(\"double(2)\", double(2.0), 4.0, Tol::ROUNDING, \"twice x is x + x\");
}

#[test]
fn a_double_of_a_double_is_four_times() {
    // Exact: two additions of small integers.
    assert_close(\"double(double(3))\", double(double(3.0)), 12.0, Tol::ROUNDING, \"doubling twice is four times\");
}
";

/// A refusal checked twice: first with a panic caught the plain way (its
/// message goes through the panic hook, onto the test's output), then with the
/// check crate's silent `assert_panics`.
const REFUSE_CHECKS: &str = "//! Part 2: refusing bad input — the checks.

use std::panic::{AssertUnwindSafe, catch_unwind};

use check::{Tol, assert_close, assert_panics};
use lesson0::*;

#[test]
fn root_of_four_is_two() {
    // Exact: the square root of a perfect square is exact in floating point.
    assert_close(\"root(4)\", root(4.0), 2.0, Tol::ROUNDING, \"2 · 2 = 4\");
}

#[test]
fn root_refuses_negative_and_nan_inputs() {
    let negative = catch_unwind(AssertUnwindSafe(|| root(-1.0)));
    assert!(negative.is_err(), \"root(-1)\\n     got: no panic\\nexpected: a panic\");
    assert_panics(
        \"root(NaN)\",
        || root(f64::NAN),
        \"x must be a number\",
        \"NaN >= 0 is false, but so is NaN < 0: refuse NaN on its own\",
    );
}
";

/// Writes `lesson0` into `sandbox` with its stubs, and fingerprints it in the sandbox's
/// manifest as shipped.
pub fn add(sandbox: &Sandbox) {
    let dir = sandbox.path("lessons/lesson0");
    for (path, text) in [
        ("Cargo.toml", CARGO_TOML),
        ("README.md", README),
        ("HINTS.md", HINTS),
        ("src/lib.rs", LIB),
        ("src/double.rs", DOUBLE),
        ("src/refuse.rs", REFUSE),
        ("tests/double.rs", DOUBLE_CHECKS),
        ("tests/refuse.rs", REFUSE_CHECKS),
    ] {
        fs::create_dir_all(dir.join(path).parent().unwrap()).unwrap();
        fs::write(dir.join(path), text).unwrap();
    }
    let manifest = xtask_dev::manifest::render(&sandbox.course()).unwrap();
    fs::write(sandbox.path(xtask::manifest::FILE), manifest).unwrap();
}

/// Writes `text` as the learner's file of part `slug` of `lesson0`.
pub fn write(sandbox: &Sandbox, slug: &str, text: &str) {
    fs::write(
        sandbox.path(&format!("lessons/lesson0/src/{slug}.rs")),
        text,
    )
    .unwrap();
}

/// A new sandbox with `lesson0` in it, as shipped: the start of most of the
/// runner's own tests.
pub fn sandbox() -> Sandbox {
    let sandbox = Sandbox::new();
    add(&sandbox);
    sandbox
}

/// A new sandbox with `lesson0`, whose `double` runs `body` (indented as a
/// function's body) in place of its `todo!()`; the `// TODO` line stays, so the
/// lines before it stay where the stub has them.
pub fn sandbox_with_double(body: &str) -> Sandbox {
    let sandbox = sandbox();
    write_double(&sandbox, body);
    sandbox
}

/// Writes `lesson0`'s `double` running `body` in place of its `todo!()`, as
/// [`sandbox_with_double`] does.
pub fn write_double(sandbox: &Sandbox, body: &str) {
    let stub = DOUBLE.replace("    todo!(\"double {x}\")", body);
    write(sandbox, "double", &stub);
}

/// Both parts of `lesson0` solved.
pub fn solve(sandbox: &Sandbox) {
    write(sandbox, "double", DOUBLE_SOLVED);
    write(sandbox, "refuse", REFUSE_SOLVED);
}

/// The first part, solved once and broken since: thrice x in place of twice.
pub fn break_double(sandbox: &Sandbox) {
    write(
        sandbox,
        "double",
        &DOUBLE_SOLVED.replace("x + x", "x * 3.0"),
    );
}

/// The second part refusing a negative x but not NaN (NaN < 0 is false).
pub fn refuse_but_not_nan(sandbox: &Sandbox) {
    write(
        sandbox,
        "refuse",
        &REFUSE_SOLVED.replace("x >= 0.0", "!(x < 0.0)"),
    );
}

/// `next` on `lesson0` with part 1 broken and part 2 passing: it is back at
/// part 1, which fails, and the progress keeps part 2 but not the lesson. The
/// run and the progress after it, for what a test adds.
pub fn next_is_back_at_double(sandbox: &Sandbox) -> (Run, String) {
    let run = sandbox.xtask(&["next"]);
    run.exits(1)
        .says("Lesson 0 · part 1 of 2: doubling")
        .says("✗ double_adds_x_to_itself");
    let recorded = sandbox.progress();
    assert!(!recorded.contains("done lesson0"), "{recorded}");
    assert!(recorded.contains("part lesson0 refuse"), "{recorded}");
    (run, recorded)
}

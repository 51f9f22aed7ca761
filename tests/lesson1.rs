//! Lesson 1's own checks (lessons/lesson1/tests/checks.rs), run against the
//! reference solution: the `lesson1` dependency of this package is
//! `solutions/lesson1`, renamed.

#[path = "../lessons/lesson1/tests/checks.rs"]
mod checks;

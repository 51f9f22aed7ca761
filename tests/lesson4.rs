//! Lesson 4's own checks (lessons/lesson4/tests/checks.rs), run against the
//! reference solution: the `lesson4` dependency of this package is
//! `solutions/lesson4`, renamed.

#[path = "../lessons/lesson4/tests/checks.rs"]
mod checks;

//! Lesson 2's own checks (lessons/lesson2/tests/checks.rs), run against the
//! reference solution: the `lesson2` dependency of this package is
//! `solutions/lesson2`, renamed.

#[path = "../lessons/lesson2/tests/checks.rs"]
mod checks;

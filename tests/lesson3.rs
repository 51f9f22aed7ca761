//! Lesson 3's own checks (lessons/lesson3/tests/checks.rs), run against the
//! reference solution: the `lesson3` dependency of this package is
//! `solutions/lesson3`, renamed.

#[path = "../lessons/lesson3/tests/checks.rs"]
mod checks;

//! Lesson 1's own checks (lessons/lesson1/tests/, one file per part), run against
//! the reference solution: the `lesson1` dependency of this package is
//! `solutions/lesson1`, renamed.

#[path = "../lessons/lesson1/tests/nudge.rs"]
mod nudge;
#[path = "../lessons/lesson1/tests/search.rs"]
mod search;

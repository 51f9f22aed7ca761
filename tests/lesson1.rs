//! Lesson 1's own checks (lessons/lesson1/tests/, one file per part), run against
//! the reference solution: the `lesson1` dependency of this package is
//! `solutions/lesson1`, renamed. (A comment stands between the parts, or rustfmt
//! would sort them.)

// Part 1: the nudge.
#[path = "../lessons/lesson1/tests/nudge.rs"]
mod nudge;
// Part 2: random search.
#[path = "../lessons/lesson1/tests/search.rs"]
mod search;

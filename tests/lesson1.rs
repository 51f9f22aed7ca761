//! Lesson 1's own checks, run against its reference solution: the `lesson1`
//! dependency of this package is `solutions/lesson1`, renamed. Written by
//! `cargo xtask stubs` from the parts `solutions/lesson1/src/lib.rs` declares.

// Part 1: the nudge
#[path = "../lessons/lesson1/tests/nudge.rs"]
mod nudge;

// Part 2: random search
#[path = "../lessons/lesson1/tests/search.rs"]
mod search;

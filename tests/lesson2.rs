//! Lesson 2's own checks, run against its reference solution: the `lesson2`
//! dependency of this package is `solutions/lesson2`, renamed. Written by
//! `cargo xtask stubs` from the parts `solutions/lesson2/src/lib.rs` declares.

// Part 1: two ways to measure a slope
#[path = "../lessons/lesson2/tests/difference.rs"]
mod difference;

// Part 2: partial derivatives and the gradient
#[path = "../lessons/lesson2/tests/gradient.rs"]
mod gradient;

// Part 3: how small should h be?
#[path = "../lessons/lesson2/tests/best_step.rs"]
mod best_step;

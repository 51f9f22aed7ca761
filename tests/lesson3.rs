//! Lesson 3's own checks, run against its reference solution: the `lesson3`
//! dependency of this package is `solutions/lesson3`, renamed. Written by
//! `cargo xtask stubs` from the parts `solutions/lesson3/src/lib.rs` declares.

// Part 1: the rules of calculus
#[path = "../lessons/lesson3/tests/rules.rs"]
mod rules;

// Part 2: one step, two ways
#[path = "../lessons/lesson3/tests/step.rs"]
mod step;

// Part 3: the gradient check
#[path = "../lessons/lesson3/tests/gradient_check.rs"]
mod gradient_check;

// Part 4: all partials in two passes
#[path = "../lessons/lesson3/tests/product_gradient.rs"]
mod product_gradient;

//! Lesson 6's own checks, run against its reference solution: the `lesson6`
//! dependency of this package is `solutions/lesson6`, renamed. Written by
//! `cargo xtask stubs` from the parts `solutions/lesson6/src/lib.rs` declares.

// Part 1: the tape records every operation
#[path = "../lessons/lesson6/tests/tape.rs"]
mod tape;

// Part 2: one loop backward gives every gradient
#[path = "../lessons/lesson6/tests/backward.rs"]
mod backward;

// Part 3: operations of one input and their local derivatives
#[path = "../lessons/lesson6/tests/unary.rs"]
mod unary;

// Part 4: subtraction and division from the others, and proof it all works
#[path = "../lessons/lesson6/tests/composite.rs"]
mod composite;

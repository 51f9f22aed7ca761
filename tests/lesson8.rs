//! Lesson 8's own checks, run against its reference solution: the `lesson8`
//! dependency of this package is `solutions/lesson8`, renamed. Written by
//! `cargo xtask stubs` from the parts `solutions/lesson8/src/lib.rs` declares.

// Parts whose checks share a support file each compile it: here, where all
// the parts meet, it is compiled once per part.
#![allow(clippy::duplicate_mod)]

// Part 1: gradients that vanish
#[path = "../lessons/lesson8/tests/vanishing.rs"]
mod vanishing;

// Part 2: relu units that die
#[path = "../lessons/lesson8/tests/dying.rs"]
mod dying;

// Part 3: gradients that explode, and a clip that holds them
#[path = "../lessons/lesson8/tests/exploding.rs"]
mod exploding;

// Part 4: the initial scale decides whether a signal gets through
#[path = "../lessons/lesson8/tests/init.rs"]
mod init;

// Part 5: the initial scale decides whether a network learns
#[path = "../lessons/lesson8/tests/scale.rs"]
mod scale;

// Part 6: the gradient check, and its kinks
#[path = "../lessons/lesson8/tests/grad_check.rs"]
mod grad_check;

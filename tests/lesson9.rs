//! Lesson 9's own checks, run against its reference solution: the `lesson9`
//! dependency of this package is `solutions/lesson9`, renamed. Written by
//! `cargo xtask stubs` from the parts `solutions/lesson9/src/lib.rs` declares.

// Parts whose checks share a support file each compile it: here, where all
// the parts meet, it is compiled once per part.
#![allow(clippy::duplicate_mod)]

// Part 1: record once, replay
#[path = "../lessons/lesson9/tests/replay.rs"]
mod replay;

// Part 2: a matrix, and a layer's product in micrograd's order
#[path = "../lessons/lesson9/tests/matrix.rs"]
mod matrix;

// Part 3: backward through a product
#[path = "../lessons/lesson9/tests/backward.rs"]
mod backward;

// Part 4: a layer over a batch: its bias and its relu
#[path = "../lessons/lesson9/tests/layer.rs"]
mod layer;

// Part 5: micrograd's demo in matrices, step for step with micrograd
#[path = "../lessons/lesson9/tests/train.rs"]
mod train;

// Part 6: speed, counted and measured
#[path = "../lessons/lesson9/tests/speed.rs"]
mod speed;

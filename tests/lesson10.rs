//! Lesson 10's own checks, run against its reference solution: the `lesson10`
//! dependency of this package is `solutions/lesson10`, renamed. Written by
//! `cargo xtask stubs` from the parts `solutions/lesson10/src/lib.rs` declares.

// Parts whose checks share a support file each compile it: here, where all
// the parts meet, it is compiled once per part.
#![allow(clippy::duplicate_mod)]

// Part 1: scores become probabilities, and a loss says how surprised we are
#[path = "../lessons/lesson10/tests/softmax.rs"]
mod softmax;

// Part 2: the digits, read from bytes and split
#[path = "../lessons/lesson10/tests/digits.rs"]
mod digits;

// Part 3: mini-batches, a new shuffle each epoch
#[path = "../lessons/lesson10/tests/batches.rs"]
mod batches;

// Part 4: a step size for each parameter: SGD, momentum and Adam
#[path = "../lessons/lesson10/tests/steps.rs"]
mod steps;

// Part 5: the loss of a batch, and how often the network is right
#[path = "../lessons/lesson10/tests/loss.rs"]
mod loss;

// Part 6: the network learns to read
#[path = "../lessons/lesson10/tests/train.rs"]
mod train;

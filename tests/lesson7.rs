//! Lesson 7's own checks, run against its reference solution: the `lesson7`
//! dependency of this package is `solutions/lesson7`, renamed. Written by
//! `cargo xtask stubs` from the parts `solutions/lesson7/src/lib.rs` declares.

// Parts whose checks share a support file each compile it: here, where all
// the parts meet, it is compiled once per part.
#![allow(clippy::duplicate_mod)]

// Part 1: a neuron scores a point, and a hinge says how wrong it is
#[path = "../lessons/lesson7/tests/neuron.rs"]
mod neuron;

// Part 2: one neuron learns a line
#[path = "../lessons/lesson7/tests/learn.rs"]
mod learn;

// Part 3: micrograd's network, neuron by neuron
#[path = "../lessons/lesson7/tests/mlp.rs"]
mod mlp;

// Part 4: the loss says how wrong the network is, and how big
#[path = "../lessons/lesson7/tests/loss.rs"]
mod loss;

// Part 5: the network learns the moons, step for step with micrograd
#[path = "../lessons/lesson7/tests/train.rs"]
mod train;

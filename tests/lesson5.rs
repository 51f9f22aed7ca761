//! Lesson 5's own checks, run against its reference solution: the `lesson5`
//! dependency of this package is `solutions/lesson5`, renamed. Written by
//! `cargo xtask stubs` from the parts `solutions/lesson5/src/lib.rs` declares.

// Part 1: the circuit (x + y)·z, forward and back
#[path = "../lessons/lesson5/tests/circuit.rs"]
mod circuit;

// Part 2: the gates' backward rules
#[path = "../lessons/lesson5/tests/gates.rs"]
mod gates;

// Part 3: a neuron, and one step up
#[path = "../lessons/lesson5/tests/neuron.rs"]
mod neuron;

// Part 4: a value used twice
#[path = "../lessons/lesson5/tests/fan_out.rs"]
mod fan_out;

// Part 5: what backpropagation costs
#[path = "../lessons/lesson5/tests/cost.rs"]
mod cost;

//! Lesson 5's own checks (lessons/lesson5/tests/S.rs, one file per part),
//! run against the reference solution: the `lesson5` dependency of this package
//! is `solutions/lesson5`, renamed. The parts are in the lesson's order (a blank
//! line between each keeps rustfmt from sorting them by name).

#[path = "../lessons/lesson5/tests/circuit.rs"]
mod circuit;

#[path = "../lessons/lesson5/tests/gates.rs"]
mod gates;

#[path = "../lessons/lesson5/tests/neuron.rs"]
mod neuron;

#[path = "../lessons/lesson5/tests/fan_out.rs"]
mod fan_out;

#[path = "../lessons/lesson5/tests/cost.rs"]
mod cost;

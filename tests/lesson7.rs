//! Lesson 7's own checks (lessons/lesson7/tests/, one file per part), run against
//! the reference solution: the `lesson7` dependency of this package is
//! `solutions/lesson7`, renamed (and it trains with `solutions/lesson6`).

// Two parts' checks (mlp and train) each include the checks' one plain-f64
// micrograd, `support/micrograd.rs`: every part is a test binary of its own for
// the learner, and here the file is compiled into both modules.
#![allow(clippy::duplicate_mod)]

#[path = "../lessons/lesson7/tests/learn.rs"]
mod learn;
#[path = "../lessons/lesson7/tests/loss.rs"]
mod loss;
#[path = "../lessons/lesson7/tests/mlp.rs"]
mod mlp;
#[path = "../lessons/lesson7/tests/neuron.rs"]
mod neuron;
#[path = "../lessons/lesson7/tests/train.rs"]
mod train;

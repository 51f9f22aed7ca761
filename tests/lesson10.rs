//! Lesson 10's own checks (lessons/lesson10/tests/, one file per part), run
//! against the reference solution: the `lesson10` dependency of this package is
//! `solutions/lesson10`, renamed (and `lesson6`, which checks its gradient, is
//! `solutions/lesson6`; `lesson9`, whose matrices carry its network,
//! `solutions/lesson9`).

// The first check of parts 5 and 6 runs the same support file (does lesson 9
// work?): here, where all the parts meet, it is compiled once per part.
#![allow(clippy::duplicate_mod)]

#[path = "../lessons/lesson10/tests/batches.rs"]
mod batches;
#[path = "../lessons/lesson10/tests/digits.rs"]
mod digits;
#[path = "../lessons/lesson10/tests/loss.rs"]
mod loss;
#[path = "../lessons/lesson10/tests/softmax.rs"]
mod softmax;
#[path = "../lessons/lesson10/tests/steps.rs"]
mod steps;
#[path = "../lessons/lesson10/tests/train.rs"]
mod train;

//! Part 5's provided code: the length of micrograd's schedule, what a step saw,
//! and the demo trained once with your `train`. `src/train.rs` declares this module.

use std::sync::OnceLock;

use super::train;
use crate::moons::{INIT, X, Y};

/// The number of steps of micrograd's demo, and of the learning rate schedule.
pub const STEPS: usize = 100;

/// What one training step saw, before its update.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    /// The total loss: mean hinge loss plus α·Σp².
    pub loss: f64,
    /// The fraction of points whose score has the sign of their label.
    pub accuracy: f64,
    /// How many nodes the tape holds when this step takes its gradient: the
    /// same at every step, because each step starts from a cleared tape.
    pub nodes: usize,
}

/// micrograd's demo, trained once per program with your [`train`]: 100 steps
/// from micrograd's initial parameters on its 100 moons points. The story and
/// the checks share it, so that a run of the checks trains the network once.
pub fn demo() -> &'static (Vec<f64>, Vec<Step>) {
    static DEMO: OnceLock<(Vec<f64>, Vec<Step>)> = OnceLock::new();
    DEMO.get_or_init(|| train(&INIT, &X, &Y, STEPS))
}

//! Part 5: the network learns the moons, step for step with micrograd.
//!
//! One training step: record the network's score of every point and the loss on
//! a cleared tape (forward), note the loss and the accuracy, take the gradient
//! of the loss with respect to every parameter (backward), then move all
//! parameters at once (the step). micrograd's demo takes 100 such steps with a
//! learning rate that shrinks from 1.0 to 0.109.
//!
//! `STEPS`, `Step` and the trained `demo` are provided in `src/train/provided.rs`.

mod provided;
pub use provided::{STEPS, Step, demo};

/// The learning rate of step k (counted from 0): 1.0 − 0.9·k/100, as the demo
/// computes it, `1.0 - 0.9*k/100`.
///
/// `0 -> 1.0`;  `50 -> 0.55`;  `99 -> 0.109`
///
/// # Panics
///
/// If k is not below [`STEPS`] ("the schedule has 100 steps").
pub fn learning_rate(k: usize) -> f64 {
    // TODO: refuse k past the schedule; then 1.0 − 0.9·k/100.
    todo!("the learning rate of step {k}")
}

/// Trains micrograd's demo network ([`SIZES`](crate::mlp::SIZES)) from `init`
/// on the points `xs` with labels `ys`, for `steps` full-batch steps. Step k
/// records every point's [`score`](crate::mlp::score) and the
/// [`loss`](crate::loss::loss) on a cleared tape, notes the loss and the
/// [`accuracy`](crate::loss::accuracy) (before any update) and the tape's
/// length, takes the gradient, and moves every parameter at once by
/// [`learning_rate`]`(k)` with [`descend`](crate::learn::descend). Returns the
/// final parameters and one [`Step`] per step.
///
/// With micrograd's data: `train(&INIT, &X, &Y, 1)` -> one step whose loss is
/// 0.8958441028683222, accuracy 0.5, on a tape of 65,818 nodes.
///
/// # Panics
///
/// If `init` does not hold 337 parameters ("parameters"), if there are no points
/// ("at least one point") or not one label per point ("one label per point"),
/// or if `steps` is above [`STEPS`] ("the schedule has 100 steps"). The input is
/// checked before the first step, so bad input panics even when `steps` is 0;
/// good input with `steps` = 0 returns `init` and no step.
pub fn train(init: &[f64], xs: &[[f64; 2]], ys: &[f64], steps: usize) -> (Vec<f64>, Vec<Step>) {
    // TODO: refuse bad input; then each step: forward, note loss and accuracy, backward, update.
    todo!(
        "train from {} parameters on {} points and {} labels for {steps} steps",
        init.len(),
        xs.len(),
        ys.len()
    )
}

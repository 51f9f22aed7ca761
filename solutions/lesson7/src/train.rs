//! Part 5: the network learns the moons, step for step with micrograd.
//!
//! One training step: record the network's score of every point and the loss on
//! a cleared tape (forward), note the loss and the accuracy, take the gradient
//! of the loss with respect to every parameter (backward), then move all
//! parameters at once (the step). micrograd's demo takes 100 such steps with a
//! learning rate that shrinks from 1.0 to 0.109.
//!
//! `STEPS`, `Step` and the trained `demo` are provided in `src/train/provided.rs`.

// BEGIN SOLUTION
#[path = "../../../lessons/lesson7/src/train/provided.rs"]
// END SOLUTION
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
    // STUB: // TODO: refuse k past the schedule; then 1.0 − 0.9·k/100.
    // STUB: todo!("the learning rate of step {k}")
    // BEGIN SOLUTION
    assert!(
        k < STEPS,
        "the schedule has 100 steps, k = 0 to 99: got k = {k}"
    );
    1.0 - 0.9 * k as f64 / 100.0
    // END SOLUTION
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
    // STUB: // TODO: refuse bad input; then each step: forward, note loss and accuracy, backward, update.
    // STUB: todo!(
    // STUB:     "train from {} parameters on {} points and {} labels for {steps} steps",
    // STUB:     init.len(),
    // STUB:     xs.len(),
    // STUB:     ys.len()
    // STUB: )
    // BEGIN SOLUTION
    let count = crate::mlp::parameter_count(&crate::mlp::SIZES);
    assert_eq!(
        init.len(),
        count,
        "micrograd's network has {count} parameters, got {}",
        init.len()
    );
    assert!(
        !xs.is_empty() && xs.len() == ys.len(),
        "one label per point, and at least one point: got {} points and {} labels",
        xs.len(),
        ys.len()
    );
    assert!(
        steps <= STEPS,
        "the schedule has 100 steps, got steps = {steps}"
    );
    let mut params = init.to_vec();
    let mut history = Vec::with_capacity(steps);
    let mut tape = lesson6::Tape::new();
    for k in 0..steps {
        tape.clear();
        let p: Vec<lesson6::Var> = params.iter().map(|&v| tape.leaf(v)).collect();
        let scores: Vec<lesson6::Var> = xs
            .iter()
            .map(|x| crate::mlp::score(&mut tape, &crate::mlp::SIZES, &p, x))
            .collect();
        let total = crate::loss::loss(&mut tape, &scores, ys, &p);
        let values: Vec<f64> = scores.iter().map(|&s| tape.value(s)).collect();
        history.push(Step {
            loss: tape.value(total),
            accuracy: crate::loss::accuracy(&values, ys),
            nodes: tape.len(),
        });
        let grads = tape.backward(total);
        let grad: Vec<f64> = p.iter().map(|&v| grads[v]).collect();
        crate::learn::descend(&mut params, &grad, learning_rate(k));
    }
    (params, history)
    // END SOLUTION
}

//! Part 2: one neuron learns a line.
//!
//! Training repeats four beats: forward (record the loss on a tape), backward
//! (the gradient of the loss with respect to each parameter), a step that moves
//! every parameter against its gradient, and again. The points stay where they
//! are: this time it is the parameters that move.
//!
//! The points, their labels and the start are provided in `src/learn/provided.rs`.

mod provided;
pub use provided::{LABELS, POINTS, START};

/// The mean hinge loss of the neuron (w₀, w₁, b) = `params` over the labelled
/// points, and its gradient (∂L/∂w₀, ∂L/∂w₁, ∂L/∂b), from one fresh tape.
///
/// `neuron_loss(START, &POINTS, &LABELS) -> (0.75, [0.125, -0.75, 0.25])`
///
/// # Panics
///
/// If there are no points ("at least one point"), or not one label per point
/// ("one label per point").
pub fn neuron_loss(params: [f64; 3], xs: &[[f64; 2]], ys: &[f64]) -> (f64, [f64; 3]) {
    // TODO: on a new tape, the mean of the points' hinge losses; then its gradient.
    todo!(
        "the mean hinge loss of {params:?} over {} points and {} labels",
        xs.len(),
        ys.len()
    )
}

/// One step of gradient descent: every parameter moves against its own
/// gradient, p ← p − η·∂L/∂p, all from the same gradient.
///
/// `descend(&mut [1.0, 2.0], &[0.5, -1.0], 0.1)` leaves `[0.95, 2.1]`
///
/// # Panics
///
/// If there is not one gradient per parameter ("one gradient per parameter").
pub fn descend(params: &mut [f64], grad: &[f64], learning_rate: f64) {
    // TODO: move each parameter against its gradient, scaled by the learning rate.
    todo!("descend {params:?} along {grad:?} at learning rate {learning_rate}")
}

/// Trains the neuron from `start`: while some point is not strictly on its side
/// (y·score ≤ 0, score = b + w₀·x₀ + w₁·x₁) and fewer than `max_steps` steps
/// were taken, take the gradient of [`neuron_loss`] and [`descend`] by
/// `learning_rate`. Returns the parameters before every step and at the end:
/// `start` first, one entry per step taken.
///
/// `train_neuron(START, &POINTS, &LABELS, 0.5, 1) -> [START, [0.9375, 0.375, 0.375]]`
///
/// # Panics
///
/// If `learning_rate` is not positive and finite ("learning rate"), if there are
/// no points ("at least one point") or not one label per point ("one label per
/// point"). The input is checked before the first step, so bad input panics
/// even when `max_steps` is 0.
pub fn train_neuron(
    start: [f64; 3],
    xs: &[[f64; 2]],
    ys: &[f64],
    learning_rate: f64,
    max_steps: usize,
) -> Vec<[f64; 3]> {
    // TODO: refuse bad input, then step until every point is on its side or the budget is spent.
    todo!(
        "train from {start:?} on {} points and {} labels, rate {learning_rate}, at most {max_steps} steps",
        xs.len(),
        ys.len()
    )
}

//! Part 2: one neuron learns a line.
//!
//! Training repeats four beats: forward (record the loss on a tape), backward
//! (the gradient of the loss with respect to each parameter), a step that moves
//! every parameter against its gradient, and again. The points stay where they
//! are: this time it is the parameters that move.
//!
//! The points, their labels and the start are provided in `src/learn/provided.rs`.

// BEGIN SOLUTION
#[path = "../../../lessons/lesson7/src/learn/provided.rs"]
// END SOLUTION
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
    // STUB: // TODO: on a new tape, the mean of the points' hinge losses; then its gradient.
    // STUB: todo!(
    // STUB:     "the mean hinge loss of {params:?} over {} points and {} labels",
    // STUB:     xs.len(),
    // STUB:     ys.len()
    // STUB: )
    // BEGIN SOLUTION
    assert!(
        !xs.is_empty() && xs.len() == ys.len(),
        "one label per point, and at least one point: got {} points and {} labels",
        xs.len(),
        ys.len()
    );
    let mut tape = lesson6::Tape::new();
    let [w0, w1, b] = params.map(|p| tape.leaf(p));
    let mut total = tape.leaf(0.0);
    for (x, &y) in xs.iter().zip(ys) {
        let x = x.map(|xi| tape.leaf(xi));
        let score = crate::neuron::neuron(&mut tape, &[w0, w1], b, &x);
        let loss = crate::neuron::hinge(&mut tape, score, y);
        total = tape.add(total, loss);
    }
    let one_over_n = tape.leaf(1.0 / xs.len() as f64);
    let mean = tape.mul(total, one_over_n);
    let grads = tape.backward(mean);
    (tape.value(mean), [grads[w0], grads[w1], grads[b]])
    // END SOLUTION
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
    // STUB: // TODO: move each parameter against its gradient, scaled by the learning rate.
    // STUB: todo!("descend {params:?} along {grad:?} at learning rate {learning_rate}")
    // BEGIN SOLUTION
    assert_eq!(
        params.len(),
        grad.len(),
        "one gradient per parameter: got {} parameters and {} gradients",
        params.len(),
        grad.len()
    );
    for (p, g) in params.iter_mut().zip(grad) {
        *p -= learning_rate * g;
    }
    // END SOLUTION
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
    // STUB: max_steps: usize,
    // BEGIN SOLUTION
    // The solution spends `max_steps` as a budget, one step at a time.
    mut max_steps: usize,
    // END SOLUTION
) -> Vec<[f64; 3]> {
    // STUB: // TODO: refuse bad input, then step until every point is on its side or the budget is spent.
    // STUB: todo!(
    // STUB:     "train from {start:?} on {} points and {} labels, rate {learning_rate}, at most {max_steps} steps",
    // STUB:     xs.len(),
    // STUB:     ys.len()
    // STUB: )
    // BEGIN SOLUTION
    assert!(
        learning_rate > 0.0 && learning_rate.is_finite(),
        "the learning rate must be positive and finite, got {learning_rate}"
    );
    assert!(
        !xs.is_empty() && xs.len() == ys.len(),
        "one label per point, and at least one point: got {} points and {} labels",
        xs.len(),
        ys.len()
    );
    let wrong_side = |[w0, w1, b]: [f64; 3]| {
        xs.iter()
            .zip(ys)
            .any(|(x, y)| y * (b + w0 * x[0] + w1 * x[1]) <= 0.0)
    };
    let mut params = start;
    let mut history = vec![start];
    while max_steps > 0 && wrong_side(params) {
        max_steps -= 1;
        let (_, grad) = neuron_loss(params, xs, ys);
        descend(&mut params, &grad, learning_rate);
        history.push(params);
    }
    history
    // END SOLUTION
}

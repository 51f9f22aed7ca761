//! The networks of the experiments, built with your engine (lesson 6) and your
//! neuron and loss (lesson 7). You do not need to edit this file.
//!
//! A network here is your [`lesson7::layers`]: parameters in one flat list in
//! micrograd's order (layer by layer, neuron by neuron, each neuron's weights
//! and then its bias), one output neuron without an activation, and the hidden
//! layers' activation a choice: a sigmoid, a tanh or a relu. With
//! [`Activation::Relu`] it is exactly your `lesson7::score`, node for node.

use lesson6::{Tape, Var};
use rand::RngExt;
use rand::rngs::ChaCha8Rng;

/// The deep network of the experiments: 2 inputs, 8 hidden layers of 8 neurons,
/// 1 output; 9 layers of parameters, 537 parameters.
pub const DEEP: [usize; 10] = [2, 8, 8, 8, 8, 8, 8, 8, 8, 1];

/// The seed of every generator in the lesson, so that every run draws the same
/// numbers on every machine.
pub const SEED: u64 = 0;

/// What every hidden neuron's activation goes through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Activation {
    /// σ(a) = 1 / (1 + e⁻ᵃ), between 0 and 1.
    Sigmoid,
    /// tanh(a), between −1 and 1.
    Tanh,
    /// relu(a) = max(a, 0), as in lesson 7.
    Relu,
}

impl Activation {
    /// The three, in the order the story shows them.
    pub const ALL: [Activation; 3] = [Activation::Sigmoid, Activation::Tanh, Activation::Relu];

    /// Its name: "sigmoid", "tanh" or "relu".
    pub fn name(self) -> &'static str {
        match self {
            Activation::Sigmoid => "sigmoid",
            Activation::Tanh => "tanh",
            Activation::Relu => "relu",
        }
    }

    /// The tape's method that records it: `Tape::sigmoid`, `Tape::tanh` or
    /// `Tape::relu`, the `hidden` of [`lesson7::layers`].
    pub fn record(self) -> fn(&mut Tape, Var) -> Var {
        match self {
            Activation::Sigmoid => Tape::sigmoid,
            Activation::Tanh => Tape::tanh,
            Activation::Relu => Tape::relu,
        }
    }
}

/// Records the network on the tape for the point `x` and returns every layer's
/// outputs: for each hidden layer its neurons after the activation, and last the
/// output layer's one score. It is your [`lesson7::layers`] with `activation`
/// on the hidden layers.
///
/// # Panics
///
/// As [`lesson7::layers`]: if `params` does not hold
/// [`lesson7::parameter_count`]`(sizes)` parameters, if `x` does not hold
/// `sizes[0]` coordinates, or if the last size is not 1.
pub fn layers(
    tape: &mut Tape,
    sizes: &[usize],
    params: &[Var],
    x: &[f64],
    activation: Activation,
) -> Vec<Vec<Var>> {
    lesson7::layers(tape, sizes, params, x, activation.record())
}

/// The network's score of the point `x`: the one output of its last layer.
///
/// # Panics
///
/// As [`layers`].
pub fn score(
    tape: &mut Tape,
    sizes: &[usize],
    params: &[Var],
    x: &[f64],
    activation: Activation,
) -> Var {
    let outputs = layers(tape, sizes, params, x, activation);
    outputs[outputs.len() - 1][0]
}

/// The values of every hidden neuron of the network for the point `x`, after
/// its activation: one `Vec` per hidden layer (the output layer left out).
///
/// # Panics
///
/// As [`layers`].
pub fn hidden_values(
    sizes: &[usize],
    params: &[f64],
    x: &[f64],
    activation: Activation,
) -> Vec<Vec<f64>> {
    let mut tape = Tape::new();
    let p: Vec<Var> = params.iter().map(|&v| tape.leaf(v)).collect();
    let mut all = layers(&mut tape, sizes, &p, x, activation);
    all.pop();
    all.iter()
        .map(|row| row.iter().map(|&v| tape.value(v)).collect())
        .collect()
}

/// The loss of the network on the points `xs` with labels `ys`, and its gradient
/// with respect to every parameter, from one tape and one backward pass.
///
/// The loss is your `lesson7::loss`: the mean hinge, plus α·Σp² when `regularise`
/// (without it, the gradient is the data's alone, which is what a layer's
/// gradient norm should measure).
///
/// # Panics
///
/// As [`layers`], and if there are no points or not one label per point.
pub fn loss_and_gradient(
    sizes: &[usize],
    params: &[f64],
    xs: &[[f64; 2]],
    ys: &[f64],
    activation: Activation,
    regularise: bool,
) -> (f64, Vec<f64>) {
    let mut tape = Tape::new();
    let p: Vec<Var> = params.iter().map(|&v| tape.leaf(v)).collect();
    let scores: Vec<Var> = xs
        .iter()
        .map(|x| score(&mut tape, sizes, &p, x, activation))
        .collect();
    let regularised: &[Var] = if regularise { &p } else { &[] };
    let total = lesson7::loss(&mut tape, &scores, ys, regularised);
    let grads = tape.backward(total);
    (tape.value(total), p.iter().map(|&v| grads[v]).collect())
}

/// The fraction of points the network puts on their side (lesson 7's accuracy).
///
/// # Panics
///
/// As [`layers`], and as `lesson7::accuracy`.
pub fn accuracy(
    sizes: &[usize],
    params: &[f64],
    xs: &[[f64; 2]],
    ys: &[f64],
    activation: Activation,
) -> f64 {
    let mut tape = Tape::new();
    let p: Vec<Var> = params.iter().map(|&v| tape.leaf(v)).collect();
    let scores: Vec<f64> = xs
        .iter()
        .map(|x| {
            let score = score(&mut tape, sizes, &p, x, activation);
            tape.value(score)
        })
        .collect();
    lesson7::accuracy(&scores, ys)
}

/// What a training returns: the final parameters, and the loss before every
/// step.
pub type Trained = (Vec<f64>, Vec<f64>);

/// Trains a relu network (lesson 7's) from `init` with plain gradient descent at
/// a constant `rate`, on the regularised loss, for `steps` steps: at each step
/// the loss and its gradient from [`loss_and_gradient`], then your
/// `lesson7::descend`. Returns the final parameters and the loss before every
/// step (a loss that has blown up shows as `inf` or `NaN`; the training goes on
/// regardless). Part 3's `train_clipped`, which you write, is the same loop
/// with a clip between the gradient and the step.
///
/// # Panics
///
/// As [`loss_and_gradient`].
pub fn train(
    sizes: &[usize],
    init: &[f64],
    xs: &[[f64; 2]],
    ys: &[f64],
    rate: f64,
    steps: usize,
) -> Trained {
    let mut params = init.to_vec();
    let mut losses = Vec::with_capacity(steps);
    for _ in 0..steps {
        let (loss, grad) = loss_and_gradient(sizes, &params, xs, ys, Activation::Relu, true);
        losses.push(loss);
        lesson7::descend(&mut params, &grad, rate);
    }
    (params, losses)
}

/// micrograd's initial parameters for a network of `sizes`: every weight uniform
/// in [−1, 1) (`rng.random_range(-1.0..1.0)`), in micrograd's order, and every
/// bias 0 (micrograd starts its biases at 0 and draws nothing for them).
pub fn uniform_init(sizes: &[usize], rng: &mut ChaCha8Rng) -> Vec<f64> {
    let mut params = Vec::with_capacity(lesson7::parameter_count(sizes));
    for pair in sizes.windows(2) {
        for _ in 0..pair[1] {
            params.extend((0..pair[0]).map(|_| rng.random_range(-1.0..1.0)));
            params.push(0.0);
        }
    }
    params
}

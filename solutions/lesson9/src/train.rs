//! Part 5: micrograd's demo in matrices, step for step with micrograd.
//!
//! The same network, data, initial weights, loss and schedule as lesson 7, one
//! layer at a time instead of one node at a time. Forward: the batch goes
//! through each layer, Y = X·Wᵀ + b, with a relu after every layer but the
//! last; the last gives the N scores. The loss of lesson 7 and its gradient
//! with respect to the scores start the backward pass, which goes through the
//! layers in reverse with parts 3 and 4; the regularisation α·Σp² adds 2α·p to
//! every parameter's gradient.

use std::sync::OnceLock;

use lesson7::moons::{INIT, X, Y};
#[allow(unused_imports)] // You will need ALPHA, accuracy and learning_rate in `train`.
use lesson7::{ALPHA, SIZES, STEPS, accuracy, learning_rate};

// You will need these in `forward` and `backward`.
#[allow(unused_imports)]
use crate::backward::{input_gradient, weight_gradient};
#[allow(unused_imports)]
use crate::layer::{bias_gradient, relu, relu_backward};
#[allow(unused_imports)]
use crate::matrix::{Matrix, affine};

/// What one training step saw, before its update (lesson 7's).
pub use lesson7::Step;

// The type `Layer`, `layers` and `parameters` are provided, in
// src/train/provided.rs.
// BEGIN SOLUTION
#[path = "../../../lessons/lesson9/src/train/provided.rs"]
// END SOLUTION
mod provided;
pub use provided::{Layer, layers, parameters};

/// The mean hinge loss of a batch and its gradient with respect to the scores:
/// L = (1/N)·Σ relu(1 − yₙ·sₙ) over the N×1 scores, and ∂L/∂sₙ = −yₙ/N where
/// 1 − yₙ·sₙ > 0, else 0 (the relu's gradient at exactly 0 is 0, as micrograd).
///
/// Add the hinges in order from 0, then multiply by 1/N, as micrograd does.
///
/// Scores `[[2], [0.5], [-0.5]]`, labels `[1, 1, 1]` -> loss (0 + 0.5 + 1.5)/3 =
/// 0.6667, gradient `[[0], [-1/3], [-1/3]]`.
///
/// # Panics
///
/// If the batch is empty ("an empty batch has no mean"), or if the scores are
/// not one column with one row per label, naming their shape and the number of
/// labels ("the scores are 3×1 … 2 labels").
pub fn hinge_loss(scores: &Matrix, ys: &[f64]) -> (f64, Matrix) {
    // STUB: // TODO: refuse an empty batch and mismatched labels; the mean of the hinges, and −y/N inside the margin.
    // STUB: todo!(
    // STUB:     "the mean hinge loss of {} scores with labels {ys:?}, and its gradient",
    // STUB:     scores.shape()
    // STUB: )
    // BEGIN SOLUTION
    assert!(
        scores.rows() > 0,
        "an empty batch has no mean: the scores are {}",
        scores.shape()
    );
    assert!(
        scores.cols() == 1 && scores.rows() == ys.len(),
        "the scores are {}: one column, one row per label, and there are {} labels",
        scores.shape(),
        ys.len()
    );
    let one_over_n = 1.0 / ys.len() as f64;
    let mut total = 0.0;
    let mut gradient = Matrix::zeros(scores.rows(), 1);
    for ((&s, &y), g) in scores.data().iter().zip(ys).zip(gradient.data_mut()) {
        let distance = 1.0 - y * s;
        if distance > 0.0 {
            total += distance;
            *g = -y * one_over_n;
        }
    }
    (total * one_over_n, gradient)
    // END SOLUTION
}

/// The batch `x` (N×in) through the network: the activations of every layer,
/// `x` itself first. Each layer computes Y = X·Wᵀ + b from the activations
/// before it ([`affine`]), followed by a [`relu`] on every layer but the last;
/// the last activations are the N×1 scores.
///
/// One layer W = `[[2, -1]]`, b = `[0.5]`, x = `[[3, 4]]` -> `[x, [[2.5]]]`.
///
/// # Panics
///
/// If there is no layer, or, through [`affine`], if the shapes do not chain.
pub fn forward(layers: &[Layer], x: &Matrix) -> Vec<Matrix> {
    // STUB: // TODO: the input first, then each layer's affine, with a relu after every layer but the last.
    // STUB: todo!(
    // STUB:     "the activations of {} layers for a batch {}",
    // STUB:     layers.len(),
    // STUB:     x.shape()
    // STUB: )
    // BEGIN SOLUTION
    assert!(!layers.is_empty(), "a network needs at least one layer");
    let mut activations = vec![x.clone()];
    for (l, layer) in layers.iter().enumerate() {
        let y = affine(&activations[l], &layer.w, &layer.b);
        activations.push(if l + 1 < layers.len() { relu(&y) } else { y });
    }
    activations
    // END SOLUTION
}

/// The gradient of the loss with respect to every layer's weights and biases,
/// from the activations [`forward`] returned and `g` = ∂L/∂scores.
///
/// From the last layer back to the first, with G the gradient of the layer's
/// output (its sum before the relu): ∂L/∂W = Gᵀ·X ([`weight_gradient`]) and
/// ∂L/∂b = the column sums of G ([`bias_gradient`]), with X the activations
/// before the layer; then, unless this is the first layer (nothing needs the
/// gradient of the data), the G of the layer before is ∂L/∂X = G·W
/// ([`input_gradient`]) through that layer's relu ([`relu_backward`], with its
/// output: X).
///
/// One layer W = `[[2, -1]]`, b = `[0.5]`, activations `[[[3, 4]], [[2.5]]]`,
/// g = `[[1]]` -> one `Layer` of gradients: w = `[[3, 4]]`, b = `[1]`.
///
/// # Panics
///
/// If there is not one more activation than layers ("activations").
pub fn backward(layers: &[Layer], activations: &[Matrix], g: &Matrix) -> Vec<Layer> {
    // STUB: // TODO: from the last layer back: ∂L/∂W and ∂L/∂b from G, then G for the layer before through its relu.
    // STUB: todo!(
    // STUB:     "the gradients of {} layers from {} activations and G {}",
    // STUB:     layers.len(),
    // STUB:     activations.len(),
    // STUB:     g.shape()
    // STUB: )
    // BEGIN SOLUTION
    assert_eq!(
        activations.len(),
        layers.len() + 1,
        "{} layers need {} activations (the input first), got {}",
        layers.len(),
        layers.len() + 1,
        activations.len()
    );
    let mut grads = Vec::with_capacity(layers.len());
    let mut g = g.clone();
    for l in (0..layers.len()).rev() {
        grads.push(Layer {
            w: weight_gradient(&g, &activations[l]),
            b: bias_gradient(&g),
        });
        if l == 0 {
            break;
        }
        g = relu_backward(&activations[l], &input_gradient(&g, &layers[l].w));
    }
    grads.reverse();
    grads
    // END SOLUTION
}

/// micrograd's demo, trained once per program with your [`train`]. The story
/// and the checks share it, so that a run of the checks trains the network once.
pub fn demo() -> &'static (Vec<f64>, Vec<Step>) {
    static DEMO: OnceLock<(Vec<f64>, Vec<Step>)> = OnceLock::new();
    DEMO.get_or_init(|| train(&INIT, &X, &Y, STEPS))
}

/// Trains micrograd's demo network ([`SIZES`]) from `init` on the points `xs`
/// with labels `ys`, for `steps` full-batch steps, in matrices: lesson 7's
/// `train`, layer by layer.
///
/// Step k: the [`layers`] of the parameters; [`forward`] on the whole batch;
/// the loss is [`hinge_loss`] plus α·Σp² (the squares added in order from 0,
/// times α, as micrograd); note the loss and lesson 7's `accuracy` of the scores
/// (before any update); [`backward`] from the hinge loss's gradient; add 2α·p
/// to every parameter's gradient; then move every parameter at once,
/// p ← p − learning_rate(k)·∂L/∂p (lesson 7's `learning_rate`). Returns the
/// final parameters and one [`Step`] per step, its `nodes` 0: the matrices
/// record no tape.
///
/// With micrograd's data: `train(&INIT, &X, &Y, 1)` -> one step whose loss is
/// 0.8958441028683222 and accuracy 0.5.
///
/// # Panics
///
/// If `init` does not hold 337 parameters ("micrograd's network has 337
/// parameters, got 3"), if there are no points or not one label per point ("one
/// label per point"), or if `steps` is above 100 ("the schedule has 100 steps").
pub fn train(init: &[f64], xs: &[[f64; 2]], ys: &[f64], steps: usize) -> (Vec<f64>, Vec<Step>) {
    // STUB: // TODO: each step: layers, forward, loss with α·Σp², note the Step, backward, add 2α·p, move every parameter.
    // STUB: todo!(
    // STUB:     "train from {} parameters on {} points with {} labels for {steps} steps, in matrices",
    // STUB:     init.len(),
    // STUB:     xs.len(),
    // STUB:     ys.len()
    // STUB: )
    // BEGIN SOLUTION
    let count = lesson7::parameter_count(&SIZES);
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
    let x = Matrix::from_rows(xs);
    let mut params = init.to_vec();
    let mut history = Vec::with_capacity(steps);
    for k in 0..steps {
        let net = layers(&SIZES, &params);
        let activations = forward(&net, &x);
        let scores = &activations[net.len()];
        let (data_loss, g) = hinge_loss(scores, ys);
        let squares = params.iter().fold(0.0, |sum, p| sum + p * p);
        history.push(Step {
            loss: data_loss + squares * ALPHA,
            accuracy: accuracy(scores.data(), ys),
            nodes: 0,
        });
        let grad = parameters(&backward(&net, &activations, &g));
        let rate = learning_rate(k);
        for (p, dp) in params.iter_mut().zip(grad) {
            *p -= rate * (dp + 2.0 * ALPHA * *p);
        }
    }
    (params, history)
    // END SOLUTION
}

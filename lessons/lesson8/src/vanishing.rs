//! Part 1: gradients that vanish.
//!
//! Backward multiplies the local derivatives along every path from the output
//! down to a parameter. A sigmoid's local derivative is at most 1/4, so a path
//! through k sigmoids keeps at most (1/4)ᵏ of the gradient: in a deep sigmoid
//! network the first layers hardly hear from the output. Measure the slope, the
//! chain, and how much of the gradient reaches each layer.

#[allow(unused_imports)]
// You will need the tape in `sigmoid_chain_gradient` and `score_gradient`.
use lesson6::{Tape, Var};

use crate::net::Activation;
#[allow(unused_imports)] // You will need `layers` in `score_gradient`.
use crate::net::layers;

/// σ′(t), the slope of the sigmoid at its input t: σ(t)·(1 − σ(t)), where
/// σ(t) = 1 / (1 + e⁻ᵗ). Largest at t = 0, where it is exactly 1/4.
///
/// `0.0 -> 0.25`;  `2.0 -> 0.104994`;  `-2.0 -> 0.104994`;  `10.0 -> 4.54e-5`
pub fn sigmoid_slope(t: f64) -> f64 {
    // TODO: σ(t)·(1 − σ(t)), with σ taken at the input t.
    todo!("σ′ at t = {t}")
}

/// ∂y/∂x for y = σ(σ(…σ(x)…)), `layers` sigmoids one after another, recorded on
/// your tape and taken by its `backward`. With no layer, y is x itself.
///
/// `(0.0, 1) -> 0.25`;  `(0.0, 0) -> 1.0`;  `(0.0, 2) -> 0.25·σ′(0.5) = 0.0587`
pub fn sigmoid_chain_gradient(x: f64, layers: usize) -> f64 {
    // TODO: record `layers` sigmoids in a row on a tape from a leaf x, then take backward.
    todo!("∂y/∂x through {layers} sigmoids from x = {x}")
}

/// The gradient of the network's score at the point `x` with respect to every
/// parameter, in the order of `params`: record the parameters as leaves, the
/// network with [`layers`] (its last layer holds the score), and take `backward`.
///
/// Sizes `[1, 1, 1]`, sigmoid, params `[0, 0, 3, 1]` (w, b of the hidden neuron,
/// then of the output), x = `[2]`: the hidden neuron is σ(0) = 0.5 with slope
/// 0.25, so `-> [3·0.25·2, 3·0.25, 0.5, 1] = [1.5, 0.75, 0.5, 1]`.
///
/// # Panics
///
/// As [`layers`]: if `params` or `x` do not fit `sizes`.
pub fn score_gradient(sizes: &[usize], params: &[f64], x: &[f64], hidden: Activation) -> Vec<f64> {
    // TODO: the score's gradient from one backward pass, one number per parameter.
    todo!(
        "the gradient of the score of {x:?} by sizes {sizes:?}, {} parameters, {hidden:?} hidden layers",
        params.len()
    )
}

/// The size (Euclidean norm) of each layer's part of the gradient `grad`: for
/// each pair of neighbouring sizes, √(Σ g²) over the weights and biases of that
/// layer's neurons, which sit side by side in micrograd's order. One number per
/// layer of parameters, the first layer first.
///
/// Sizes `[2, 2, 1]`, grad `[3, 0, 4, 0, 0, 0, 1, 2, 2]` -> `[5, 3]` (the first
/// layer holds 2·(2 + 1) = 6 numbers, the second 3)
///
/// # Panics
///
/// If `grad` does not hold one number per parameter of `sizes`
/// ("one number per parameter").
pub fn layer_norms(sizes: &[usize], grad: &[f64]) -> Vec<f64> {
    // TODO: √(Σ g²) of each layer's slice of the gradient, (fan_in + 1)·fan_out numbers each.
    todo!(
        "the gradient's norm per layer for sizes {sizes:?}, {} numbers",
        grad.len()
    )
}

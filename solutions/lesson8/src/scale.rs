//! Part 5: the initial scale decides whether a network learns.
//!
//! Part 4 drew the first weights at the scale of their layer. Here you shrink a
//! whole network's parameters by one factor and watch what that costs: a
//! network whose weights are all tiny barely moves, and a deep one loses its
//! gradient on the way down; the same networks drawn by He or Glorot learn.

#[allow(unused_imports)] // You will need them in `losses_from_scaled`.
use crate::net::train;
#[allow(unused_imports)] // micrograd's moons and network, for `losses_from_scaled`.
use lesson7::{
    SIZES,
    moons::{X, Y},
};

/// Every parameter multiplied by `factor`, in the same order: the network
/// shrunk (or grown) as a whole, as the experiments do with micrograd's start
/// × 0.01.
///
/// `([1, −2, 0.5], 0.01) -> [0.01, −0.02, 0.005]`;  `([], 3) -> []`
pub fn scaled(params: &[f64], factor: f64) -> Vec<f64> {
    // STUB: // TODO: each parameter times factor, in order.
    // STUB: todo!("{} parameters scaled by {factor}", params.len())
    // BEGIN SOLUTION
    params.iter().map(|p| p * factor).collect()
    // END SOLUTION
}

/// The experiment of this part: the loss before every step of lesson 7's
/// network ([`SIZES`]) trained on micrograd's 100 moons points ([`X`], [`Y`])
/// from `init` with every parameter multiplied by `factor` ([`scaled`]), at the
/// constant learning rate `rate` for `steps` steps with the provided [`train`].
///
/// From micrograd's start × 0.01 at rate 1, 6 steps -> 1.00000081,
/// 0.99999853, 0.99999835, 0.99999814, 0.99999803, 0.99999791 (to 8 decimals):
/// the loss is frozen near 1. With the factor 1 it is the demo's start, and
/// the loss falls.
///
/// # Panics
///
/// As [`train`], if `init` does not fit the network.
pub fn losses_from_scaled(init: &[f64], factor: f64, rate: f64, steps: usize) -> Vec<f64> {
    // STUB: // TODO: scale the start, train it at the constant rate, and keep the losses.
    // STUB: todo!(
    // STUB:     "the losses of {steps} steps at rate {rate} from {} parameters × {factor}",
    // STUB:     init.len()
    // STUB: )
    // BEGIN SOLUTION
    let (_, losses) = train(&SIZES, &scaled(init, factor), &X, &Y, rate, steps);
    losses
    // END SOLUTION
}

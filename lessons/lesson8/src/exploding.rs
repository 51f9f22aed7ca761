//! Part 3: gradients that explode, and a clip that holds them.
//!
//! Where the local derivatives along a path are larger than 1, their product
//! grows as fast as the sigmoid's shrank: 1.5 multiplied 50 times is 6.4e8. A
//! gradient that large moves the parameters so far that the loss jumps up, and
//! the next gradient is larger still. Clipping the gradient's global norm keeps
//! its direction and bounds the length of every step.

use crate::net::Trained;
#[allow(unused_imports)] // You will need them in `train_clipped`.
use crate::net::{Activation, loss_and_gradient};
#[allow(unused_imports)] // You will need the tape in `weight_chain_gradient`.
use lesson6::Tape;
#[allow(unused_imports)] // micrograd's moons and network, for `train_clipped`.
use lesson7::{
    SIZES,
    moons::{X, Y},
};

/// ∂y/∂x for y = w·(w·(…(w·x)…)), `layers` multiplications by the same w,
/// recorded on your tape from the leaves x = 2 and w, and taken by its
/// `backward`. Each multiplication's local derivative with respect to its input
/// is w, so the answer is wᵏ, whatever x: it explodes when |w| > 1 and vanishes
/// when |w| < 1.
///
/// `(1.5, 2) -> 2.25`;  `(1.5, 50) -> 6.3762e8`;  `(0.5, 3) -> 0.125`;  `(2.0, 0) -> 1`
pub fn weight_chain_gradient(w: f64, layers: usize) -> f64 {
    // TODO: record `layers` multiplications by w from a leaf x = 2, then take backward.
    todo!("∂y/∂x through {layers} multiplications by w = {w}")
}

/// The global norm of a gradient: the length √(Σ gᵢ²) of the whole vector, all
/// parameters of all layers together.
///
/// `[3, -4] -> 5`;  `[1, 2, 2, 4] -> 5`;  `[] -> 0`
pub fn global_norm(grad: &[f64]) -> f64 {
    // TODO: the length of the whole gradient.
    todo!("the global norm of {grad:?}")
}

/// Clips the gradient's global norm to `threshold`: if ‖g‖ > threshold, scales
/// every component by the same factor threshold / ‖g‖, so that the gradient
/// keeps its direction and its norm becomes the threshold; otherwise leaves it
/// as it is.
///
/// `[3, -4, 12]` (norm 13) with threshold 6.5 becomes `[1.5, -2, 6]`; with
/// threshold 20 it stays `[3, -4, 12]`.
///
/// # Panics
///
/// If `threshold` is not positive and finite ("threshold"), whatever the
/// gradient, an empty one included.
pub fn clip_global_norm(grad: &mut [f64], threshold: f64) {
    // TODO: refuse a bad threshold; scale the whole gradient by threshold / norm when its norm is above the threshold.
    todo!("clip {grad:?} to norm {threshold}")
}

/// The experiment of this part: trains lesson 7's network ([`SIZES`]) from
/// `init` on micrograd's 100 moons points ([`X`], [`Y`]) at the constant
/// learning rate `rate` for `steps` steps, as the provided
/// [`train`](crate::net::train) does, but with every gradient clipped. At each
/// step: the regularised loss and its gradient from [`loss_and_gradient`] (with
/// [`Activation::Relu`]), the loss noted, the gradient put through
/// [`clip_global_norm`] with `threshold`, then one `lesson7::descend` at
/// `rate`. Returns the final parameters and the loss before every step.
///
/// From micrograd's start at rate 10 with threshold 0.1, 6 steps -> losses
/// 0.8958, 0.8408, 0.3770, 0.8591, 0.3929, 0.5712 (to 4 decimals); without the
/// clip the loss goes 0.8958, 146.8, 88586.3, …
///
/// # Panics
///
/// If `threshold` is not positive and finite ("threshold"), as
/// [`clip_global_norm`], even when `steps` is 0.
pub fn train_clipped(init: &[f64], rate: f64, threshold: f64, steps: usize) -> Trained {
    // TODO: refuse a bad threshold first; then each step: loss and gradient, note the loss, clip, descend.
    todo!(
        "{steps} steps at rate {rate} clipped to {threshold}, from {} parameters",
        init.len()
    )
}

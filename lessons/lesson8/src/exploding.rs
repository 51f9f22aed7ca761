//! Part 3: gradients that explode, and a clip that holds them.
//!
//! Where the local derivatives along a path are larger than 1, their product
//! grows as fast as the sigmoid's shrank: 1.5 multiplied 50 times is 6.4e8. A
//! gradient that large moves the parameters so far that the loss jumps up, and
//! the next gradient is larger still. Clipping the gradient's global norm keeps
//! its direction and bounds the length of every step.

#[allow(unused_imports)] // You will need the tape in `weight_chain_gradient`.
use lesson6::Tape;

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

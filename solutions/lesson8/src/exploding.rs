//! Part 3: gradients that explode, and a clip that holds them.
//!
//! Where the local derivatives along a path are larger than 1, their product
//! grows as fast as the sigmoid's shrank: 1.5 multiplied 50 times is 6.4e8. A
//! gradient that large moves the parameters so far that the loss jumps up, and
//! the next gradient is larger still. Clipping the gradient's global norm keeps
//! its direction and bounds the length of every step.

// STUB: #[allow(unused_imports)] // You will need the tape in `weight_chain_gradient`.
use lesson6::Tape;

/// ∂y/∂x for y = w·(w·(…(w·x)…)), `layers` multiplications by the same w,
/// recorded on your tape from the leaves x = 2 and w, and taken by its
/// `backward`. Each multiplication's local derivative with respect to its input
/// is w, so the answer is wᵏ, whatever x: it explodes when |w| > 1 and vanishes
/// when |w| < 1.
///
/// `(1.5, 2) -> 2.25`;  `(1.5, 50) -> 6.3762e8`;  `(0.5, 3) -> 0.125`;  `(2.0, 0) -> 1`
pub fn weight_chain_gradient(w: f64, layers: usize) -> f64 {
    // STUB: // TODO: record `layers` multiplications by w from a leaf x = 2, then take backward.
    // STUB: todo!("∂y/∂x through {layers} multiplications by w = {w}")
    // BEGIN SOLUTION
    let mut tape = Tape::new();
    let x = tape.leaf(2.0);
    let w = tape.leaf(w);
    let mut y = x;
    for _ in 0..layers {
        y = tape.mul(w, y);
    }
    tape.backward(y)[x]
    // END SOLUTION
}

/// The global norm of a gradient: the length √(Σ gᵢ²) of the whole vector, all
/// parameters of all layers together.
///
/// `[3, -4] -> 5`;  `[1, 2, 2, 4] -> 5`;  `[] -> 0`
pub fn global_norm(grad: &[f64]) -> f64 {
    // STUB: // TODO: the length of the whole gradient.
    // STUB: todo!("the global norm of {grad:?}")
    // BEGIN SOLUTION
    let mut squares = 0.0;
    for g in grad {
        squares += g * g;
    }
    squares.sqrt()
    // END SOLUTION
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
    // STUB: // TODO: refuse a bad threshold; scale the whole gradient by threshold / norm when its norm is above the threshold.
    // STUB: todo!("clip {grad:?} to norm {threshold}")
    // BEGIN SOLUTION
    assert!(
        threshold > 0.0 && threshold.is_finite(),
        "the clipping threshold must be positive and finite, got {threshold}"
    );
    // At most 1: a gradient within the threshold is multiplied by 1, unchanged.
    let scale = (threshold / global_norm(grad)).min(1.0);
    for g in grad.iter_mut() {
        *g *= scale;
    }
    // END SOLUTION
}

//! Part 4: a layer over a batch: its bias and its relu.
//!
//! A neuron's bias b[j] is added to Y[n][j] for every point n of the batch: one
//! value used N times. Lesson 5's fan-out rule says it receives the sum of the
//! shares of all its uses, so ∂L/∂b[j] is the sum of column j of G: every
//! row's share, not one row's and not their mean. relu works element by
//! element: it passes the gradient where the relu's output is positive and
//! stops it where the relu cut off (at exactly 0 too, as micrograd).

use crate::matrix::Matrix;

/// ∂L/∂b of Y = X·Wᵀ + b, from G = ∂L/∂Y (N×out): the sum of each column of G,
/// one number per neuron, added from row 0 down.
///
/// G = `[[1, 2], [3, 4], [5, 6]]` (3×2) `-> [9, 12]`; an empty batch (0×2)
/// `-> [0, 0]`.
pub fn bias_gradient(g: &Matrix) -> Vec<f64> {
    // TODO: one sum per column of G, every row added in.
    todo!("∂L/∂b from G {}", g.shape())
}

/// relu of every number of `z`: z where z > 0, else 0 (as micrograd: `0 if z < 0
/// else z`), in a matrix of z's shape.
///
/// `[[1, -2], [0, 3]] -> [[1, 0], [0, 3]]`
pub fn relu(z: &Matrix) -> Matrix {
    // TODO: a copy of z with every negative number made 0.
    todo!("relu of a {} matrix", z.shape())
}

/// ∂L/∂Z of Y = relu(Z), from Y itself and G = ∂L/∂Y: G where Y > 0, 0 where
/// the relu cut off (Y = 0), in a matrix of G's shape.
///
/// Y = `[[1, 0], [0, 3]]`, G = `[[5, 6], [-7, -8]]` -> `[[5, 0], [0, -8]]`
///
/// # Panics
///
/// If Y and G do not have the same shape, naming both ("Y is 3×2 and G is
/// 2×3").
pub fn relu_backward(y: &Matrix, g: &Matrix) -> Matrix {
    // TODO: refuse shapes that differ (name both); G where Y > 0, 0 where Y is 0.
    todo!("∂L/∂Z from Y {} and G {}", y.shape(), g.shape())
}

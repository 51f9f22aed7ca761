//! Part 3: backward through a product.
//!
//! In Y = X·Wᵀ each Y[n][j] is a neuron's sum, and lesson 5's mul gate says
//! what it hands back: to X[n][k] the upstream gradient times W[j][k], to
//! W[j][k] the upstream gradient times X[n][k]. Add up every share, as a value
//! used many times must, and the sums are two matrix products. With G = ∂L/∂Y
//! (N×out): ∂L/∂X = G·W (N×in, X's shape) and ∂L/∂W = Gᵀ·X (out×in, W's
//! shape). Each gradient has the shape of what it is the gradient of: that is
//! the first thing to check.

use crate::matrix::Matrix;

/// The product A·B: C[i][j] = A[i][0]·B[0][j] + A[i][1]·B[1][j] + …, added in
/// that order.
///
/// Loop in the i-k-j order: for each row i of A, for each k, add A[i][k] times
/// row k of B to row i of C. The innermost loop then walks along rows, one
/// contiguous slice of B and one of C.
///
/// `[[1, 2, 3], [4, 5, 6]]` (2×3) · `[[1, 0], [0, 1], [1, 1]]` (3×2)
/// `-> [[4, 5], [10, 11]]` (2×2).
///
/// # Panics
///
/// If A does not have as many columns as B has rows, naming both shapes ("A
/// is 2×3 and B is 2×3").
pub fn matmul(a: &Matrix, b: &Matrix) -> Matrix {
    // TODO: check the shapes (name both), then C row by row in the i-k-j order.
    todo!("the product of A {} and B {}", a.shape(), b.shape())
}

/// ∂L/∂X of Y = X·Wᵀ + b, from G = ∂L/∂Y (N×out) and W (out×in): G·W, an
/// N×in matrix like X. Row n: every neuron j hands point n its upstream
/// gradient G[n][j] times its weights, row j of W.
///
/// G = `[[1, 0], [0, 2], [1, 1]]` (3×2), W = `[[1, 2, 3], [4, 5, 6]]` (2×3)
/// `-> [[1, 2, 3], [8, 10, 12], [5, 7, 9]]` (3×3).
///
/// # Panics
///
/// If G does not have one column per row of W, naming both shapes ("G is
/// 3×2 and W is 3×4").
pub fn input_gradient(g: &Matrix, w: &Matrix) -> Matrix {
    // TODO: check G has one column per row of W (name both shapes); the product G·W.
    todo!("∂L/∂X from G {} and W {}", g.shape(), w.shape())
}

/// ∂L/∂W of Y = X·Wᵀ + b, from G = ∂L/∂Y (N×out) and X (N×in): Gᵀ·X, an
/// out×in matrix like W. Weight W[j][k] met X[n][k] in every row n, so it
/// receives G[n][j]·X[n][k] from each: the sum over the batch.
///
/// Loop over the rows n of the batch, then j, then k, adding G[n][j] times row
/// n of X to row j of the result: no transpose needed, and the innermost loop
/// walks along rows.
///
/// G = `[[1, 0], [0, 2], [1, 1]]` (3×2), X = `[[1, 2, 3], [4, 5, 6], [7, 8, 9]]`
/// (3×3) `-> [[8, 10, 12], [15, 18, 21]]` (2×3).
///
/// # Panics
///
/// If G and X do not have the same number of rows (one per point), naming both
/// shapes ("G is 3×2 and X is 2×4").
pub fn weight_gradient(g: &Matrix, x: &Matrix) -> Matrix {
    // TODO: check G and X have one row per point (name both shapes); Gᵀ·X, one row of the batch at a time.
    todo!("∂L/∂W from G {} and X {}", g.shape(), x.shape())
}

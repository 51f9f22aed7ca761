//! Part 6: speed, counted and measured.
//!
//! A step of lesson 7 records about 60,000 nodes, and each costs a push onto
//! the tape, a look-up of its inputs and a pass backward. The same step in
//! matrices is a few products whose work is plain multiply-adds, in loops the
//! compiler turns into a few machine instructions each, several numbers at a
//! time. How fast those loops run depends on the order in which they walk
//! memory: a row of a row-major matrix is contiguous, a column is not.

use crate::matrix::Matrix;

/// A·B in the textbook order i-j-k: C[i][j] is the dot product of row i of A
/// and column j of B, added from k = 0 up. The same sums, in the same order, as
/// [`matmul`](crate::backward::matmul) (i-k-j), so the same numbers to the last
/// bit; but the innermost loop steps down a column of B, `B.cols()` numbers
/// apart in memory at every step.
///
/// `[[1, 2, 3], [4, 5, 6]]` (2×3) · `[[1, 0], [0, 1], [1, 1]]` (3×2)
/// `-> [[4, 5], [10, 11]]` (2×2).
///
/// # Panics
///
/// If A does not have as many columns as B has rows, naming both shapes.
pub fn matmul_ijk(a: &Matrix, b: &Matrix) -> Matrix {
    // TODO: check the shapes (name both), then each C[i][j] as a dot product, k from 0 up.
    todo!(
        "A·B in the i-j-k order for A {} and B {}",
        a.shape(),
        b.shape()
    )
}

/// The multiply-adds of one training step of a network with these layer sizes
/// on a batch of `batch` points, as (forward, backward).
///
/// Forward: every layer's X·Wᵀ, batch·in·out. Backward: every layer's Gᵀ·X,
/// batch·in·out again, and G·W for every layer but the first (nothing needs the
/// gradient of the data). Biases, relus and the loss are a few additions per
/// number, left out.
///
/// `([2, 16, 16, 1], 100) -> (30_400, 57_600)`;  `([3, 4, 2], 10) -> (200, 280)`
///
/// # Panics
///
/// If there are fewer than two sizes (no layer).
pub fn multiply_adds(sizes: &[usize], batch: usize) -> (usize, usize) {
    // TODO: refuse fewer than two sizes; batch·in·out per layer forward; backward counts Gᵀ·X for every layer and G·W for all but the first.
    todo!("the multiply-adds of one step of {sizes:?} on {batch} points")
}

//! Part 2: a matrix, and a layer's product in micrograd's order.
//!
//! A matrix of `rows` × `cols` numbers is stored as one `Vec` of `rows·cols`
//! numbers, row after row (row-major): the number in row i, column j is at
//! i·cols + j, and a row is a contiguous slice. A batch of N points with `in`
//! coordinates is an N×in matrix X; the weights of a layer of `out` neurons
//! are an out×in matrix W, one row per neuron (micrograd's order); and the
//! layer's activations for the whole batch are Y = X·Wᵀ + b, an N×out matrix.

// The type `Matrix`, its shape and its constructors are provided, in
// src/matrix/provided.rs.
// BEGIN SOLUTION
#[path = "../../../lessons/lesson9/src/matrix/provided.rs"]
// END SOLUTION
mod provided;
pub use provided::{Matrix, Shape};

impl Matrix {
    /// The number in row `i`, column `j` (both counted from 0).
    ///
    /// In `Matrix::new(2, 3, vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0])`:
    /// `at(0, 2) -> 3.0`, `at(1, 0) -> 4.0`.
    ///
    /// # Panics
    ///
    /// If (i, j) is outside the matrix, with its shape: "(2, 0) is outside
    /// this 2×3 matrix".
    pub fn at(&self, i: usize, j: usize) -> f64 {
        // STUB: // TODO: the number in row i, column j of the row-major data; refuse an index outside the shape.
        // STUB: todo!("the number at ({i}, {j})")
        // BEGIN SOLUTION
        assert!(
            i < self.rows && j < self.cols,
            "({i}, {j}) is outside this {} matrix: rows and columns count from 0",
            self.shape()
        );
        self.data[i * self.cols + j]
        // END SOLUTION
    }
}

/// Aᵀ: the matrix whose row j is column j of `a`.
///
/// `[[1, 2, 3], [4, 5, 6]]` (2×3) `-> [[1, 4], [2, 5], [3, 6]]` (3×2).
pub fn transpose(a: &Matrix) -> Matrix {
    // STUB: // TODO: a cols×rows matrix whose row j is column j of a.
    // STUB: todo!("the transpose of a {} matrix", a.shape())
    // BEGIN SOLUTION
    let mut t = Matrix::zeros(a.cols, a.rows);
    for i in 0..a.rows {
        for j in 0..a.cols {
            t.data[j * a.rows + i] = a.data[i * a.cols + j];
        }
    }
    t
    // END SOLUTION
}

/// A layer's activations for a batch: Y = X·Wᵀ + b, with X the N×in batch
/// (one point a row), W the out×in weights (one neuron a row) and b the out
/// biases: Y[n][j] = b[j] + W[j][0]·X[n][0] + W[j][1]·X[n][1] + …, an N×out
/// matrix.
///
/// Add in micrograd's order, the bias first and then each product in turn,
/// ((b[j] + W[j][0]·X[n][0]) + W[j][1]·X[n][1]) + …, so that every number is
/// lesson 7's to the last bit. Keep the innermost loop on contiguous memory:
/// start every row of Y from b; then for each k, for each row n, add X[n][k]
/// times row k of Wᵀ to row n of Y (the k-i-j order: along rows, as part 6
/// says, and the rows take turns, so an addition never waits for the one just
/// before it to be stored).
///
/// X = `[[1, 2], [3, 4], [5, 6]]` (3×2), W = `[[1, 0], [0, 1], [1, 1], [2, -1]]`
/// (4×2), b = `[0.5, 0, -1, 0]` -> `[[1.5, 2, 2, 0], [3.5, 4, 6, 2], [5.5, 6, 10, 4]]`.
///
/// # Panics
///
/// If X and W do not have the same number of columns, naming both shapes ("X
/// is 3×2 and W is 4×3"), or if b does not hold one bias per row of W
/// ("biases").
pub fn affine(x: &Matrix, w: &Matrix, b: &[f64]) -> Matrix {
    // STUB: // TODO: check the shapes (name both); every row of Y starts as b; then for each k in order, add X[n][k] times row k of Wᵀ to each row n.
    // STUB: todo!(
    // STUB:     "Y = X·Wᵀ + b for X {}, W {} and b {b:?}",
    // STUB:     x.shape(),
    // STUB:     w.shape()
    // STUB: )
    // BEGIN SOLUTION
    assert_eq!(
        x.cols,
        w.cols,
        "X is {} and W is {}: Y = X·Wᵀ needs one weight per column of X in every row of W",
        x.shape(),
        w.shape()
    );
    assert_eq!(
        b.len(),
        w.rows,
        "W is {}, so b needs {} biases (one per row), got {}",
        w.shape(),
        w.rows,
        b.len()
    );
    let wt = transpose(w);
    let mut y = Matrix::zeros(x.rows, w.rows);
    for y_row in y.data.chunks_exact_mut(w.rows) {
        y_row.copy_from_slice(b);
    }
    for k in 0..x.cols {
        let wt_row = &wt.data[k * w.rows..(k + 1) * w.rows];
        for n in 0..x.rows {
            let x_nk = x.data[n * x.cols + k];
            let y_row = &mut y.data[n * w.rows..(n + 1) * w.rows];
            for (y_nj, &w_jk) in y_row.iter_mut().zip(wt_row) {
                *y_nj += x_nk * w_jk;
            }
        }
    }
    y
    // END SOLUTION
}

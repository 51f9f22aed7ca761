//! Part 2: a matrix, and a layer's product in micrograd's order.
//!
//! A matrix of `rows` × `cols` numbers is stored as one `Vec` of `rows·cols`
//! numbers, row after row (row-major): the number in row i, column j is at
//! i·cols + j, and a row is a contiguous slice. A batch of N points with `in`
//! coordinates is an N×in matrix X; the weights of a layer of `out` neurons
//! are an out×in matrix W, one row per neuron (micrograd's order); and the
//! layer's activations for the whole batch are Y = X·Wᵀ + b, an N×out matrix.

use std::fmt;

/// The shape of a matrix: (rows, columns). It prints as `3×2`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape(pub usize, pub usize);

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}×{}", self.0, self.1)
    }
}

/// A matrix of f64, stored row by row.
#[derive(Clone, Debug, PartialEq)]
pub struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    /// A `rows` × `cols` matrix holding `data` row by row.
    ///
    /// `Matrix::new(2, 3, vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0])` is
    /// ```text
    /// 1 2 3
    /// 4 5 6
    /// ```
    ///
    /// # Panics
    ///
    /// If `data` does not hold rows·cols numbers ("a 2×3 matrix holds 6
    /// numbers, got 5").
    pub fn new(rows: usize, cols: usize, data: Vec<f64>) -> Matrix {
        assert_eq!(
            data.len(),
            rows * cols,
            "a {} matrix holds {} numbers, got {}",
            Shape(rows, cols),
            rows * cols,
            data.len()
        );
        Matrix { rows, cols, data }
    }

    /// A `rows` × `cols` matrix of zeros.
    pub fn zeros(rows: usize, cols: usize) -> Matrix {
        Matrix::new(rows, cols, vec![0.0; rows * cols])
    }

    /// A matrix from its rows: `Matrix::from_rows(&[[1.0, 2.0], [3.0, 4.0]])`.
    pub fn from_rows<const C: usize>(rows: &[[f64; C]]) -> Matrix {
        Matrix::new(rows.len(), C, rows.concat())
    }

    /// How many rows.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// How many columns.
    pub fn cols(&self) -> usize {
        self.cols
    }

    /// (rows, columns), printed as `3×2`.
    pub fn shape(&self) -> Shape {
        Shape(self.rows, self.cols)
    }

    /// Every number, row by row.
    pub fn data(&self) -> &[f64] {
        &self.data
    }

    /// Every number, row by row, to change in place.
    pub fn data_mut(&mut self) -> &mut [f64] {
        &mut self.data
    }

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
        assert!(
            i < self.rows && j < self.cols,
            "({i}, {j}) is outside this {} matrix: rows and columns count from 0",
            self.shape()
        );
        self.data[i * self.cols + j]
    }
}

/// Aᵀ: the matrix whose row j is column j of `a`.
///
/// `[[1, 2, 3], [4, 5, 6]]` (2×3) `-> [[1, 4], [2, 5], [3, 6]]` (3×2).
pub fn transpose(a: &Matrix) -> Matrix {
    let mut t = Matrix::zeros(a.cols, a.rows);
    for i in 0..a.rows {
        for j in 0..a.cols {
            t.data[j * a.rows + i] = a.data[i * a.cols + j];
        }
    }
    t
}

/// A layer's activations for a batch: Y = X·Wᵀ + b, with X the N×in batch
/// (one point a row), W the out×in weights (one neuron a row) and b the out
/// biases: Y[n][j] = b[j] + W[j][0]·X[n][0] + W[j][1]·X[n][1] + …, an N×out
/// matrix.
///
/// Add in micrograd's order, the bias first and then each product in turn,
/// ((b[j] + W[j][0]·X[n][0]) + W[j][1]·X[n][1]) + …, so that every number is
/// lesson 7's to the last bit. Keep the innermost loop on contiguous memory:
/// start row n of Y from b, then for each k add X[n][k] times row k of Wᵀ to
/// the whole row (the i-k-j order; part 6 says why).
///
/// X = `[[1, 2], [3, 4], [5, 6]]` (3×2), W = `[[1, 0], [0, 1], [1, 1], [2, -1]]`
/// (4×2), b = `[0.5, 0, -1, 0]` -> `[[1.5, 2, 2, 0], [3.5, 4, 6, 2], [5.5, 6, 10, 4]]`.
///
/// # Panics
///
/// If X and W do not have the same number of columns, naming both shapes ("X
/// is 3×2 and W is 4×3"), or if b does not hold one bias per row of W.
pub fn affine(x: &Matrix, w: &Matrix, b: &[f64]) -> Matrix {
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
    for n in 0..x.rows {
        let y_row = &mut y.data[n * w.rows..(n + 1) * w.rows];
        y_row.copy_from_slice(b);
        for k in 0..x.cols {
            let x_nk = x.data[n * x.cols + k];
            let wt_row = &wt.data[k * w.rows..(k + 1) * w.rows];
            for (y_nj, &w_jk) in y_row.iter_mut().zip(wt_row) {
                *y_nj += x_nk * w_jk;
            }
        }
    }
    y
}

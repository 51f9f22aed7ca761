//! Provided for part 2: the type [`Matrix`], its shape, and the ways to make
//! and read one. You write `at`, [`transpose`](super::transpose) and
//! [`affine`](super::affine) in `src/matrix.rs`; its fields are yours to use there.

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
    /// How many rows.
    pub(crate) rows: usize,
    /// How many columns.
    pub(crate) cols: usize,
    /// Every number, row by row: row i, column j is at i·cols + j.
    pub(crate) data: Vec<f64>,
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
}

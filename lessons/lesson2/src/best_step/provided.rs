//! Part 3's provided code: the steps of the error table, and its row.
//! `src/best_step.rs` declares this module.

/// The steps of the error table, from 1e-1 down to 1e-13, one per power of ten.
pub const STEPS: [f64; 13] = [
    1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11, 1e-12, 1e-13,
];

/// One row of an error table: a step and how far the estimate was from the exact slope.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ErrorRow {
    /// The step h.
    pub h: f64,
    /// |estimate − exact|, the absolute error of the difference quotient at this h.
    pub error: f64,
}

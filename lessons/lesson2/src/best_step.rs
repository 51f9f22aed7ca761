//! Part 3: how small should h be? The error of each quotient over many steps h,
//! and the step with the smallest error.
//!
//! The steps `STEPS` and the row `ErrorRow` are provided in `src/best_step/provided.rs`.

use crate::Difference;
#[allow(unused_imports)] // You will need the two quotients of part 1.
use crate::{derivative_central, derivative_forward};

mod provided;
pub use provided::{ErrorRow, STEPS};

/// For each step h in `steps`, in order, the absolute error of the `difference`
/// estimate of f′(x) against the known `exact` slope.
///
/// `error_table(|x| x * x, 1.0, 2.0, Difference::Forward, &[0.5, 0.25])
///     -> [ErrorRow { h: 0.5, error: 0.5 }, ErrorRow { h: 0.25, error: 0.25 }]`
///
/// No steps give an empty table.
///
/// # Panics
///
/// If a step is not positive and finite, with the message `h must be positive and finite`.
pub fn error_table(
    #[allow(unused_variables)] f: impl Fn(f64) -> f64,
    x: f64,
    exact: f64,
    difference: Difference,
    steps: &[f64],
) -> Vec<ErrorRow> {
    // TODO: one row per step, in order: the step and the absolute error of the estimate.
    todo!("the {difference:?} errors at x={x} against {exact} for the steps {steps:?}")
}

/// The row of `table` with the smallest error; on a tie, the earlier row.
///
/// `best_step(&[ErrorRow { h: 0.1, error: 3.0 }, ErrorRow { h: 0.01, error: 1.0 }])
///     -> ErrorRow { h: 0.01, error: 1.0 }`
///
/// # Panics
///
/// If `table` is empty, with the message `best_step needs at least one row`.
pub fn best_step(table: &[ErrorRow]) -> ErrorRow {
    // TODO: refuse an empty table; the row with the smallest error, the earlier one on a tie.
    todo!("the best of {} rows", table.len())
}

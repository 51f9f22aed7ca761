//! Lesson 2: the numeric derivative.
//!
//! Move one input by a small step h, see how much f moved, divide by h: that
//! rate of change tells which way to push the input, and how hard. Measuring it
//! costs evaluations of f, and h can be too large as well as too small.
//! Read `lessons/lesson2/README.md`, then fill in each `todo!()` in order.
//! Check with `cargo xtask next`; stuck? `cargo xtask hint`.

// The provided modules have one copy, in lessons/lesson2/src/, shared with the
// lesson. The path holds here and in the lesson's folder alike, so copying this
// file over the lesson's still solves it.
#[path = "../../../lessons/lesson2/src/story.rs"]
pub mod story;

/// The steps of the error table, from 1e-1 down to 1e-13, one per power of ten.
pub const STEPS: [f64; 13] = [
    1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11, 1e-12, 1e-13,
];

/// Which difference quotient estimates the derivative.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Difference {
    /// (f(x + h) − f(x)) / h: one step ahead; its error shrinks like h.
    Forward,
    /// (f(x + h) − f(x − h)) / 2h: one step to each side; its error shrinks like h².
    Central,
}

/// Refuses a step that is zero, negative, infinite or NaN.
fn assert_step(h: f64) {
    assert!(
        h > 0.0 && h.is_finite(),
        "h must be positive and finite, got {h}"
    );
}

/// The forward difference (f(x + h) − f(x)) / h: the rise over one step ahead.
///
/// `derivative_forward(|x| x * x * x, 2.0, 0.5) -> 15.25` (the exact slope is 12)
///
/// # Panics
///
/// If `h` is not positive and finite, with the message `h must be positive and finite`.
pub fn derivative_forward(f: impl Fn(f64) -> f64, x: f64, h: f64) -> f64 {
    assert_step(h);
    (f(x + h) - f(x)) / h
}

/// The central difference (f(x + h) − f(x − h)) / 2h: the rise across a step on
/// each side, over the distance 2h between the two points.
///
/// `derivative_central(|x| x * x * x, 2.0, 0.5) -> 12.25` (the exact slope is 12)
///
/// # Panics
///
/// If `h` is not positive and finite, with the message `h must be positive and finite`.
pub fn derivative_central(f: impl Fn(f64) -> f64, x: f64, h: f64) -> f64 {
    assert_step(h);
    (f(x + h) - f(x - h)) / (2.0 * h)
}

/// ∂f/∂a by a forward difference: move a by h, hold b fixed.
///
/// `partial_a(|a, b| a * b, 4.0, 3.0, 0.5) -> 3.0` (∂(a·b)/∂a = b)
///
/// # Panics
///
/// If `h` is not positive and finite, with the message `h must be positive and finite`.
pub fn partial_a(f: impl Fn(f64, f64) -> f64, a: f64, b: f64, h: f64) -> f64 {
    derivative_forward(|a| f(a, b), a, h)
}

/// ∂f/∂b by a forward difference: move b by h, hold a fixed.
///
/// `partial_b(|a, b| a * b, 4.0, 3.0, 0.5) -> 4.0` (∂(a·b)/∂b = a)
///
/// # Panics
///
/// If `h` is not positive and finite, with the message `h must be positive and finite`.
pub fn partial_b(f: impl Fn(f64, f64) -> f64, a: f64, b: f64, h: f64) -> f64 {
    derivative_forward(|b| f(a, b), b, h)
}

/// A numeric gradient, and what it cost.
#[derive(Clone, Debug, PartialEq)]
pub struct Gradient {
    /// ∂f/∂xᵢ for every input i, in the order of the inputs.
    pub grad: Vec<f64>,
    /// How many times f was called.
    pub evaluations: usize,
}

/// The gradient of f at `x`, one partial derivative per input, each taken with
/// the other inputs held fixed; counts every call of f.
///
/// Forward: evaluate f(x) once, then once per input with that input moved to
/// xᵢ + h: N + 1 calls for N inputs. Central: for each input, evaluate at xᵢ + h
/// and at xᵢ − h (and never at x itself): 2N calls.
///
/// `numeric_gradient(|x| x[0] * x[1], &[4.0, 3.0], 0.5, Difference::Forward)
///     -> Gradient { grad: vec![3.0, 4.0], evaluations: 3 }`
///
/// # Panics
///
/// If `h` is not positive and finite, with the message `h must be positive and finite`;
/// if `x` is empty, with the message `numeric_gradient needs at least one input`.
pub fn numeric_gradient(
    f: impl Fn(&[f64]) -> f64,
    x: &[f64],
    h: f64,
    difference: Difference,
) -> Gradient {
    assert_step(h);
    assert!(!x.is_empty(), "numeric_gradient needs at least one input");
    let mut point = x.to_vec();
    let mut grad = Vec::with_capacity(x.len());
    let mut evaluations = 0;
    match difference {
        Difference::Forward => {
            let f_x = f(&point);
            evaluations += 1;
            for i in 0..x.len() {
                point[i] = x[i] + h;
                let ahead = f(&point);
                evaluations += 1;
                point[i] = x[i];
                grad.push((ahead - f_x) / h);
            }
        }
        Difference::Central => {
            for i in 0..x.len() {
                point[i] = x[i] + h;
                let ahead = f(&point);
                point[i] = x[i] - h;
                let behind = f(&point);
                evaluations += 2;
                point[i] = x[i];
                grad.push((ahead - behind) / (2.0 * h));
            }
        }
    }
    Gradient { grad, evaluations }
}

/// One row of an error table: a step and how far the estimate was from the exact slope.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ErrorRow {
    /// The step h.
    pub h: f64,
    /// |estimate − exact|, the absolute error of the difference quotient at this h.
    pub error: f64,
}

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
    f: impl Fn(f64) -> f64,
    x: f64,
    exact: f64,
    difference: Difference,
    steps: &[f64],
) -> Vec<ErrorRow> {
    steps
        .iter()
        .map(|&h| {
            let estimate = match difference {
                Difference::Forward => derivative_forward(&f, x, h),
                Difference::Central => derivative_central(&f, x, h),
            };
            ErrorRow {
                h,
                error: (estimate - exact).abs(),
            }
        })
        .collect()
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
    let Some((&first, rest)) = table.split_first() else {
        panic!("best_step needs at least one row");
    };
    let mut best = first;
    for &row in rest {
        if row.error < best.error {
            best = row;
        }
    }
    best
}

//! Part 1: two ways to measure a slope, from two values of f and a step h.

/// Which difference quotient estimates the derivative.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Difference {
    /// (f(x + h) − f(x)) / h: one step ahead; its error shrinks like h.
    Forward,
    /// (f(x + h) − f(x − h)) / 2h: one step to each side; its error shrinks like h².
    Central,
}

/// The forward difference (f(x + h) − f(x)) / h: the rise over one step ahead,
/// divided by the step h.
///
/// `derivative_forward(|x| x * x * x, 2.0, 0.5) -> 15.25` (the exact slope is 12)
///
/// # Panics
///
/// If `h` is not positive and finite, with the message `h must be positive and finite`.
pub fn derivative_forward(f: impl Fn(f64) -> f64, x: f64, h: f64) -> f64 {
    assert!(
        h > 0.0 && h.is_finite(),
        "h must be positive and finite, got {h}"
    );
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
    assert!(
        h > 0.0 && h.is_finite(),
        "h must be positive and finite, got {h}"
    );
    (f(x + h) - f(x - h)) / (2.0 * h)
}

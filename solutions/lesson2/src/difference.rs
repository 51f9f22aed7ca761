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
    // STUB: // TODO: refuse a bad h; then the change of f over one step ahead of x, divided by the step.
    // STUB: let _ = f; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("the forward difference at x={x} with h={h}")
    // BEGIN SOLUTION
    assert!(
        h > 0.0 && h.is_finite(),
        "h must be positive and finite, got {h}"
    );
    (f(x + h) - f(x)) / h
    // END SOLUTION
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
    // STUB: // TODO: refuse a bad h; then the change of f from x − h to x + h, over the distance between them.
    // STUB: let _ = f; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("the central difference at x={x} with h={h}")
    // BEGIN SOLUTION
    assert!(
        h > 0.0 && h.is_finite(),
        "h must be positive and finite, got {h}"
    );
    (f(x + h) - f(x - h)) / (2.0 * h)
    // END SOLUTION
}

//! Numeric gradients, given to you: the measuring tools of lesson 2, rebuilt
//! here so that this lesson stands on its own.
//!
//! You do not need to edit this file. The checks and the story use it to
//! measure what your rules claim, and to count what measuring costs: every
//! call of f is counted as it happens.

use std::cell::Cell;

/// A measured gradient, and how many times f was called to measure it.
#[derive(Clone, Debug, PartialEq)]
pub struct Measured {
    /// ∂f/∂xᵢ for each input, in order.
    pub gradient: Vec<f64>,
    /// How many times f was called.
    pub evaluations: usize,
}

/// The gradient of f at `x` by forward differences: (f(x + h·eᵢ) − f(x)) / h.
///
/// One call of f at `x`, then one per input: N + 1 calls for N inputs.
///
/// # Panics
///
/// If `h` is not positive and finite ("h must be positive and finite").
pub fn forward_gradient(f: impl Fn(&[f64]) -> f64, x: &[f64], h: f64) -> Measured {
    assert!(
        h > 0.0 && h.is_finite(),
        "forward_gradient: h must be positive and finite, got {h}"
    );
    let calls = Cell::new(0);
    let f = |point: &[f64]| {
        calls.set(calls.get() + 1);
        f(point)
    };
    let at_x = f(x);
    let mut point = x.to_vec();
    let mut gradient = Vec::with_capacity(x.len());
    for i in 0..x.len() {
        point[i] = x[i] + h;
        gradient.push((f(&point) - at_x) / h);
        point[i] = x[i];
    }
    Measured {
        gradient,
        evaluations: calls.get(),
    }
}

/// The gradient of f at `x` by central differences: (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h.
///
/// Two calls of f per input: 2N calls for N inputs.
///
/// # Panics
///
/// If `h` is not positive and finite ("h must be positive and finite").
pub fn central_gradient(f: impl Fn(&[f64]) -> f64, x: &[f64], h: f64) -> Measured {
    assert!(
        h > 0.0 && h.is_finite(),
        "central_gradient: h must be positive and finite, got {h}"
    );
    let calls = Cell::new(0);
    let f = |point: &[f64]| {
        calls.set(calls.get() + 1);
        f(point)
    };
    let mut point = x.to_vec();
    let mut gradient = Vec::with_capacity(x.len());
    for i in 0..x.len() {
        point[i] = x[i] + h;
        let up = f(&point);
        point[i] = x[i] - h;
        let down = f(&point);
        point[i] = x[i];
        gradient.push((up - down) / (2.0 * h));
    }
    Measured {
        gradient,
        evaluations: calls.get(),
    }
}

//! Part 2: partial derivatives, and the gradient with what it costs.
//!
//! The `Gradient` that `numeric_gradient` returns is provided in `src/gradient/provided.rs`.

use crate::Difference;
// STUB: #[allow(unused_imports)] // You can build on `derivative_forward` from part 1.
use crate::derivative_forward;

// BEGIN SOLUTION
#[path = "../../../lessons/lesson2/src/gradient/provided.rs"]
// END SOLUTION
mod provided;
pub use provided::Gradient;

/// ∂f/∂a by a forward difference with step h: move a by h, hold b fixed.
///
/// `partial_a(|a, b| a * b, 4.0, 3.0, 0.5) -> 3.0` (∂(a·b)/∂a = b)
///
/// # Panics
///
/// If `h` is not positive and finite, with the message `h must be positive and finite`.
pub fn partial_a(f: impl Fn(f64, f64) -> f64, a: f64, b: f64, h: f64) -> f64 {
    // STUB: // TODO: a derivative of f in a alone, with b held at its value.
    // STUB: let _ = f; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("∂f/∂a at a={a}, b={b} with h={h}")
    // BEGIN SOLUTION
    derivative_forward(|a| f(a, b), a, h)
    // END SOLUTION
}

/// ∂f/∂b by a forward difference with step h: move b by h, hold a fixed.
///
/// `partial_b(|a, b| a * b, 4.0, 3.0, 0.5) -> 4.0` (∂(a·b)/∂b = a)
///
/// # Panics
///
/// If `h` is not positive and finite, with the message `h must be positive and finite`.
pub fn partial_b(f: impl Fn(f64, f64) -> f64, a: f64, b: f64, h: f64) -> f64 {
    // STUB: // TODO: a derivative of f in b alone, with a held at its value.
    // STUB: let _ = f; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("∂f/∂b at a={a}, b={b} with h={h}")
    // BEGIN SOLUTION
    derivative_forward(|b| f(a, b), b, h)
    // END SOLUTION
}

/// The gradient of f at `x` = (x₀, …, x_{N−1}), one partial derivative per
/// input, each taken with the other inputs held fixed; counts every call of f.
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
    // STUB: #[allow(unused_variables)] f: impl Fn(&[f64]) -> f64,
    // BEGIN SOLUTION
    f: impl Fn(&[f64]) -> f64,
    // END SOLUTION
    x: &[f64],
    h: f64,
    difference: Difference,
) -> Gradient {
    // STUB: // TODO: refuse a bad h and an empty x; one partial derivative per input, moving only that input; count every call of f.
    // STUB: todo!("the {difference:?} gradient at {x:?} with h={h}")
    // BEGIN SOLUTION
    assert!(
        h > 0.0 && h.is_finite(),
        "h must be positive and finite, got {h}"
    );
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
    // END SOLUTION
}

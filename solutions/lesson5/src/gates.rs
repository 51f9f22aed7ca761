//! Part 2: the gates' backward rules.
//!
//! Backward, every gate does the same thing: it takes the gradient arriving at
//! its output from above (the *upstream* gradient) and hands each of its inputs
//! upstream × its own local derivative. What differs from gate to gate is only
//! the local derivative.

/// Backward through an add gate a + b: the gradients of a and b, given the
/// gradient `upstream` arriving at a + b.
///
/// Both local derivatives are 1, so each input gets the upstream gradient
/// unchanged.
///
/// `add_backward(2.5) -> (2.5, 2.5)`
pub fn add_backward(upstream: f64) -> (f64, f64) {
    // STUB: // TODO: what each input of a + b receives.
    // STUB: todo!("add gate backward with upstream={upstream}")
    // BEGIN SOLUTION
    (upstream, upstream)
    // END SOLUTION
}

/// Backward through a mul gate a·b: the gradients of a and b, given the inputs
/// and the gradient `upstream` arriving at a·b.
///
/// The local derivative for each input is the *other* input (∂(a·b)/∂a = b),
/// so a gets upstream·b and b gets upstream·a.
///
/// `mul_backward(3.0, -4.0, 2.0) -> (-8.0, 6.0)`
pub fn mul_backward(a: f64, b: f64, upstream: f64) -> (f64, f64) {
    // STUB: // TODO: what each input of a·b receives: upstream times its local derivative.
    // STUB: todo!("mul gate backward at a={a}, b={b} with upstream={upstream}")
    // BEGIN SOLUTION
    (upstream * b, upstream * a)
    // END SOLUTION
}

/// Backward through a max gate max(a, b): the gradients of a and b, given the
/// inputs and the gradient `upstream` arriving at max(a, b).
///
/// The larger input passes through, so it gets all of the upstream gradient and
/// the smaller one gets 0. At a tie, a = b, the gradient is split: each input
/// gets upstream / 2 (as lesson 3's max rule did; a central difference
/// measures ½ there).
///
/// `max_backward(2.0, -1.0, 3.0) -> (3.0, 0.0)`,
/// `max_backward(2.0, 2.0, 3.0) -> (1.5, 1.5)`
pub fn max_backward(a: f64, b: f64, upstream: f64) -> (f64, f64) {
    // STUB: // TODO: the larger input gets the upstream gradient, the other 0; split a tie.
    // STUB: todo!("max gate backward at a={a}, b={b} with upstream={upstream}")
    // BEGIN SOLUTION
    if a > b {
        (upstream, 0.0)
    } else if b > a {
        (0.0, upstream)
    } else {
        (upstream / 2.0, upstream / 2.0)
    }
    // END SOLUTION
}

/// The sigmoid σ(t) = 1 / (1 + e^−t): squashes any t into (0, 1).
///
/// Far from 0 it must still give a number: 0 for t = −800 and 1 for t = 800.
/// (`(-t).exp()` is e^−t.)
///
/// `sigmoid(0.0) -> 0.5`, `sigmoid(2.0) -> 0.8807970779778823`
pub fn sigmoid(t: f64) -> f64 {
    // STUB: // TODO: 1 / (1 + e^−t).
    // STUB: todo!("σ({t})")
    // BEGIN SOLUTION
    1.0 / (1.0 + (-t).exp())
    // END SOLUTION
}

/// Backward through a sigmoid gate: the gradient of its input t, given that
/// INPUT t (not the gate's output σ(t)) and the gradient `upstream` arriving
/// at σ(t).
///
/// The local derivative is σ′(t) = σ(t)·(1 − σ(t)), evaluated at the input t;
/// the result is upstream·σ′(t).
///
/// `sigmoid_backward(2.0, 3.0) -> 0.31498075621051985`
/// (σ(2) = 0.8807970779778823, σ′(2) = 0.10499358540350662)
pub fn sigmoid_backward(t: f64, upstream: f64) -> f64 {
    // STUB: // TODO: upstream times σ′ at the input t.
    // STUB: todo!("sigmoid gate backward at t={t} with upstream={upstream}")
    // BEGIN SOLUTION
    let s = sigmoid(t);
    upstream * s * (1.0 - s)
    // END SOLUTION
}

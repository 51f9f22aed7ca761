//! Part 2: one step, two ways. The gradient of a node at one point, the
//! gradient step that moves both inputs along it, and the post's sequential
//! update, which moves one input after the other.

use crate::rules::Node2;

/// The gradient of a two-input node at `point` = (a, b): its two partials
/// there, as the pair (∂f/∂a, ∂f/∂b), in that order.
///
/// `gradient(product, (-4.0, -3.0)) -> (-3.0, -4.0)`
pub fn gradient(node: impl Fn(f64, f64) -> Node2, point: (f64, f64)) -> (f64, f64) {
    // STUB: // TODO: the node's two partials at the point, ∂f/∂a first.
    // STUB: let _ = node; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("the gradient of the node at {point:?}")
    // BEGIN SOLUTION
    let (a, b) = point;
    let at = node(a, b);
    (at.da, at.db)
    // END SOLUTION
}

/// One step of gradient ascent with step size `eta` (η) from `point` = (a, b):
/// a ← a + η·∂f/∂a and b ← b + η·∂f/∂b, with BOTH partials taken at (a, b).
///
/// Call `node` exactly once, at `point`.
///
/// `gradient_step(product, (-4.0, -3.0), 0.01) -> (-4.03, -3.04)`, where a·b = 12.2512
///
/// # Panics
///
/// If `eta` is not positive and finite ("the step size must be positive and
/// finite"), or if `point` is not finite ("the point must be finite").
pub fn gradient_step(node: impl Fn(f64, f64) -> Node2, point: (f64, f64), eta: f64) -> (f64, f64) {
    // STUB: // TODO: check η and the point; take both partials at the start, then move both inputs.
    // STUB: let _ = node; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("one gradient step from {point:?} with η={eta}")
    // BEGIN SOLUTION
    let (a, b) = point;
    assert!(
        eta > 0.0 && eta.is_finite(),
        "gradient_step: the step size must be positive and finite, got η = {eta}"
    );
    assert!(
        a.is_finite() && b.is_finite(),
        "gradient_step: the point must be finite, got ({a}, {b})"
    );
    let (da, db) = gradient(node, point);
    (a + eta * da, b + eta * db)
    // END SOLUTION
}

/// The post's update with step size `eta` (η), one input after the other: first
/// a ← a + η·∂f/∂a at (a, b), then b ← b + η·∂f/∂b at (new a, b).
///
/// Call `node` twice: at `point`, then at (new a, b).
///
/// `sequential_step(product, (-4.0, -3.0), 0.01) -> (-4.03, -3.0403)`, where a·b = 12.252409
///
/// # Panics
///
/// If `eta` is not positive and finite ("the step size must be positive and
/// finite"), or if `point` is not finite ("the point must be finite").
pub fn sequential_step(
    node: impl Fn(f64, f64) -> Node2,
    point: (f64, f64),
    eta: f64,
) -> (f64, f64) {
    // STUB: // TODO: check η and the point; move a by its partial at the start, then b by its partial at (new a, b).
    // STUB: let _ = node; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("one sequential step from {point:?} with η={eta}")
    // BEGIN SOLUTION
    let (a, b) = point;
    assert!(
        eta > 0.0 && eta.is_finite(),
        "sequential_step: the step size must be positive and finite, got η = {eta}"
    );
    assert!(
        a.is_finite() && b.is_finite(),
        "sequential_step: the point must be finite, got ({a}, {b})"
    );
    let new_a = a + eta * node(a, b).da;
    let new_b = b + eta * node(new_a, b).db;
    (new_a, new_b)
    // END SOLUTION
}

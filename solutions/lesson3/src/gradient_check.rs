//! Part 3: the gradient check. An analytic partial is trusted only once it
//! agrees with a measured one: their relative error, the verdict, the worst
//! error over a whole gradient, and the check of a node at a point.

use crate::rules::Node2;

/// Below this relative error, an analytic and a central-difference derivative agree.
pub const AGREE_BELOW: f64 = 1e-7;

/// The step h of the central differences in a gradient check: near ∛ε, where
/// their error is smallest (lesson 2). It is the h of a difference quotient,
/// not the step size η of a climb.
pub const H_CHECK: f64 = 1e-5;

/// How far apart an analytic and a numeric derivative are, relative to the
/// larger of the two: |a − n| / max(|a|, |n|).
///
/// Two zeros agree perfectly: the error is 0, not 0/0.
///
/// `relative_error(1.0, 3.0) -> 0.6667`, `relative_error(0.0, 0.0) -> 0.0`
///
/// # Panics
///
/// If either value is not finite ("both values must be finite").
pub fn relative_error(analytic: f64, numeric: f64) -> f64 {
    // STUB: // TODO: the gap between the two, relative to the larger magnitude; two zeros give 0.
    // STUB: todo!("the relative error between analytic={analytic} and numeric={numeric}")
    // BEGIN SOLUTION
    assert!(
        analytic.is_finite() && numeric.is_finite(),
        "relative_error: both values must be finite, got {analytic} and {numeric}"
    );
    let larger = analytic.abs().max(numeric.abs());
    if larger == 0.0 {
        0.0
    } else {
        (analytic - numeric).abs() / larger
    }
    // END SOLUTION
}

/// Whether a relative error counts as agreement: strictly below [`AGREE_BELOW`].
///
/// An error of exactly 1e-7 does not agree, and neither does NaN: a broken
/// derivative must never pass the check by accident.
///
/// `agrees(3.8e-11) -> true`, `agrees(0.25) -> false`, `agrees(f64::NAN) -> false`
pub fn agrees(error: f64) -> bool {
    // STUB: // TODO: whether the error is below the threshold; NaN never agrees.
    // STUB: todo!("whether a relative error of {error} counts as agreement")
    // BEGIN SOLUTION
    error < AGREE_BELOW
    // END SOLUTION
}

/// The largest [`relative_error`] over all partials, comparing `analytic[i]`
/// with `numeric[i]`; see [`agrees`] for the verdict.
///
/// `worst_relative_error(&[1.0, 2.0], &[1.0, 1.0]) -> 0.5`
///
/// # Panics
///
/// If the two gradients have different lengths ("different lengths"), if they
/// are empty ("no partials to compare"), or if a value is not finite (as
/// [`relative_error`] does).
pub fn worst_relative_error(analytic: &[f64], numeric: &[f64]) -> f64 {
    // STUB: // TODO: the largest relative error over all pairs of partials.
    // STUB: todo!("the worst relative error between {analytic:?} and {numeric:?}")
    // BEGIN SOLUTION
    assert!(
        analytic.len() == numeric.len(),
        "worst_relative_error: the gradients have different lengths, {} and {}",
        analytic.len(),
        numeric.len()
    );
    assert!(
        !analytic.is_empty(),
        "worst_relative_error: no partials to compare"
    );
    analytic
        .iter()
        .zip(numeric)
        .map(|(&a, &n)| relative_error(a, n))
        .fold(0.0, f64::max)
    // END SOLUTION
}

/// The gradient check of a two-input node at `point` = (a, b): the
/// [`worst_relative_error`] between the node's partials at (a, b) and the
/// partials measured from its value by central differences with h = [`H_CHECK`]:
/// (f(a + h, b) − f(a − h, b)) / 2h for ∂f/∂a, and (f(a, b + h) − f(a, b − h)) / 2h
/// for ∂f/∂b.
///
/// `gradient_check(product, (-4.0, -3.0))` is about 8e-12 (they agree); for a·b
/// with its partials swapped it is 0.25 (they do not).
///
/// # Panics
///
/// If a partial or a measured partial is not finite, as [`relative_error`] does
/// ("both values must be finite").
pub fn gradient_check(node: impl Fn(f64, f64) -> Node2, point: (f64, f64)) -> f64 {
    // STUB: // TODO: measure both partials by central differences, then compare them with the node's.
    // STUB: let _ = node; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("the gradient check of the node at {point:?}")
    // BEGIN SOLUTION
    let (a, b) = point;
    let h = H_CHECK;
    let at = node(a, b);
    let da = (node(a + h, b).value - node(a - h, b).value) / (2.0 * h);
    let db = (node(a, b + h).value - node(a, b - h).value) / (2.0 * h);
    worst_relative_error(&[at.da, at.db], &[da, db])
    // END SOLUTION
}

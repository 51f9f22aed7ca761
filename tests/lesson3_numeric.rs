//! The numeric gradients given to lesson 3 (`lesson3::numeric`, the same file in
//! the lesson and in its solution), tested on their own: the lesson's checks and
//! story count on them.

use check::{Tol, assert_all_close, assert_claim, assert_panics};
use lesson3::numeric::{central_gradient, forward_gradient};

/// f(x₀, x₁) = x₀² + 3·x₁, with ∂f/∂x₀ = 2·x₀ and ∂f/∂x₁ = 3 (a single input
/// counts as x₀ alone).
fn f(x: &[f64]) -> f64 {
    x[0] * x[0] + 3.0 * x.get(1).unwrap_or(&0.0)
}

#[test]
fn forward_differences_step_ahead_and_cost_n_plus_1_calls() {
    // At (1, 2) with h = 0.5, every number is exact in binary:
    // ((1.5² + 6) − 7) / 0.5 = 2.5 (the forward difference is off by h), and
    // ((1 + 7.5) − 7) / 0.5 = 3.
    let measured = forward_gradient(f, &[1.0, 2.0], 0.5);
    let rule = "(f(x + h·eᵢ) − f(x)) / h, one call at x and one per input";
    assert_all_close(
        "forward gradient",
        &measured.gradient,
        &[2.5, 3.0],
        Tol::ROUNDING,
        rule,
    );
    assert_claim(
        measured.evaluations == 3,
        "forward calls",
        measured.evaluations,
        3,
        rule,
    );
}

#[test]
fn central_differences_look_both_ways_and_cost_2n_calls() {
    // At (1, 2) with h = 0.5: (1.5² − 0.5²) / 1 = 2 and (3·2.5 − 3·1.5) / 1 = 3,
    // exact in binary.
    let measured = central_gradient(f, &[1.0, 2.0], 0.5);
    let rule = "(f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h, two calls per input";
    assert_all_close(
        "central gradient",
        &measured.gradient,
        &[2.0, 3.0],
        Tol::ROUNDING,
        rule,
    );
    assert_claim(
        measured.evaluations == 4,
        "central calls",
        measured.evaluations,
        4,
        rule,
    );
}

#[test]
fn both_refuse_a_step_that_is_not_positive_and_finite() {
    let rule = "numeric.rs is given code: restore it from git";
    for h in [0.0, -1e-5, f64::NAN, f64::INFINITY] {
        let text = "h must be positive and finite";
        assert_panics(
            &format!("forward, h = {h}"),
            || forward_gradient(f, &[1.0], h),
            text,
            rule,
        );
        assert_panics(
            &format!("central, h = {h}"),
            || central_gradient(f, &[1.0], h),
            text,
            rule,
        );
    }
}

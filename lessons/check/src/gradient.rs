//! The checks' own gradient check: central differences and the relative error,
//! written here so that no check depends on the learner's code to measure a
//! gradient (lesson 3 teaches the learner's own versions; these are independent).

use crate::{fail, show};

/// The step of the central differences: near ∛ε, where their error is smallest
/// (lesson 2).
pub const H: f64 = 1e-5;

/// Below this relative error a backpropagated and a numeric partial agree
/// (lesson 3's threshold), for the functions lesson 5 checks: smooth where they
/// are checked (a max gate only away from its kink, or exactly on a tie, where
/// the central difference measures ½ exactly). A central difference at h = 1e-5
/// errs by its truncation, h²·|f‴|/6, below 1e-10 there, plus the rounding of f,
/// about ε·|f|/h: with |f| ≤ 12 and partials of 0.1 or more that is under 3e-9
/// relative, and for a chain of up to 1000 gates (1000 roundings, partials as
/// large as f) under 3e-8. In practice a right partial lands near 1e-11; every
/// wrong answer the checks name is off by 10 % or more.
pub const AGREE_BELOW: f64 = 1e-7;

/// (f(x + h) − f(x − h)) / 2h: the slope of `f` at `x` by a central difference.
pub fn central_difference(mut f: impl FnMut(f64) -> f64, x: f64, h: f64) -> f64 {
    let up = f(x + h);
    let down = f(x - h);
    (up - down) / (2.0 * h)
}

/// The gradient of `f` at `at`, one central difference with step `h` per input.
pub fn central_gradient(f: impl Fn(&[f64]) -> f64, at: &[f64], h: f64) -> Vec<f64> {
    let mut point = at.to_vec();
    (0..at.len())
        .map(|i| {
            let partial = central_difference(
                |xi| {
                    point[i] = xi;
                    f(&point)
                },
                at[i],
                h,
            );
            point[i] = at[i];
            partial
        })
        .collect()
}

/// |a − n| / max(|a|, |n|), and 0 when both are 0 (lesson 3's relative error).
pub fn relative_error(a: f64, n: f64) -> f64 {
    let larger = a.abs().max(n.abs());
    if larger == 0.0 {
        0.0
    } else {
        (a - n).abs() / larger
    }
}

/// Checks every backpropagated partial in `got` (named by `names`) against a
/// central difference of `f` at `at` with step [`H`]: each must agree within a
/// relative error below [`AGREE_BELOW`]. `quantity` says where the partials
/// came from, `rule` what to think about when one disagrees.
#[track_caller]
pub fn assert_gradient_agrees(
    quantity: &str,
    names: &[&str],
    got: &[f64],
    f: impl Fn(&[f64]) -> f64,
    at: &[f64],
    rule: &str,
) {
    assert_gradient_agrees_above(quantity, names, got, f, at, 0.0, rule);
}

/// Like [`assert_gradient_agrees`], for partials that may be near 0: the
/// relative error is taken against at least `floor`, so that a partial far
/// smaller than `floor` is compared absolutely. A central difference of f errs
/// by about ε·|f|/h in absolute terms, whatever the size of the partial: a
/// right partial of 1e-9 would otherwise fail on that noise alone.
#[track_caller]
pub fn assert_gradient_agrees_above(
    quantity: &str,
    names: &[&str],
    got: &[f64],
    f: impl Fn(&[f64]) -> f64,
    at: &[f64],
    floor: f64,
    rule: &str,
) {
    let numeric = central_gradient(f, at, H);
    for ((name, &got), &measured) in names.iter().zip(got).zip(&numeric) {
        let error = if got.abs().max(measured.abs()) < floor {
            (got - measured).abs() / floor
        } else {
            relative_error(got, measured)
        };
        // A NaN error must fail too: ask "is it below?", which NaN never is.
        let agrees = error < AGREE_BELOW;
        if !agrees {
            fail(
                &format!("{name} from {quantity}, checked against a central difference"),
                format!("{} (relative error {error:.1e})", show(got)),
                format!("{measured:.9}, as measured (relative error below {AGREE_BELOW:e})"),
                rule,
            );
        }
    }
}

/// σ(t) = 1 / (1 + e⁻ᵗ), written as (1 + tanh(t/2)) / 2, which never divides ∞
/// by ∞.
pub fn sigmoid(t: f64) -> f64 {
    (1.0 + (t / 2.0).tanh()) / 2.0
}

/// σ′(t) = σ(t)·(1 − σ(t)), written as 1 / (4·cosh²(t/2)): without σ, so that
/// it checks a slope computed from σ independently (0 far out, where cosh
/// overflows to ∞).
pub fn sigmoid_slope(t: f64) -> f64 {
    1.0 / (4.0 * (t / 2.0).cosh().powi(2))
}

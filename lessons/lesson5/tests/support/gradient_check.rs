//! The gradient check of lessons 2 and 3, for lesson 5's checks: central
//! differences and the relative error, written here so that no check depends
//! on your code to measure a gradient.
//!
//! Each part's checks include this file (`#[path = "support/gradient_check.rs"]`);
//! it holds no checks of its own.

// Every part's checks use this helper, but not always all of it.
#![allow(dead_code)]

use check::{fail, show};

/// The step of the central differences: near ∛ε, where their error is smallest
/// (lesson 2).
pub const H: f64 = 1e-5;

/// Below this relative error a backpropagated and a numeric partial agree
/// (lesson 3's threshold). The functions checked here are smooth where they are
/// checked (a max gate only away from its kink, or exactly on a tie, where the
/// central difference measures ½ exactly). A central difference at h = 1e-5
/// errs by its truncation, h²·|f‴|/6, below 1e-10 here, plus the rounding of f,
/// about ε·|f|/h: with |f| ≤ 12 and partials of 0.1 or more that is under 3e-9
/// relative, and for part 5's chain of up to 1000 gates (1000 roundings, partials
/// as large as f) under 3e-8. In practice a right partial lands near 1e-11; every
/// wrong answer the checks name is off by 10 % or more.
pub const AGREE_BELOW: f64 = 1e-7;

/// The gradient of `f` at `at` by central differences with step [`H`].
pub fn central_gradient(f: impl Fn(&[f64]) -> f64, at: &[f64]) -> Vec<f64> {
    let mut point = at.to_vec();
    (0..at.len())
        .map(|i| {
            point[i] = at[i] + H;
            let up = f(&point);
            point[i] = at[i] - H;
            let down = f(&point);
            point[i] = at[i];
            (up - down) / (2.0 * H)
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

/// Checks every backpropagated partial in `backprop` (named by `names`)
/// against a central difference of `f` at `at`; `quantity` says where the
/// partials came from, `rule` what to think about when one disagrees.
#[track_caller]
pub fn assert_matches_numeric(
    quantity: &str,
    names: &[&str],
    backprop: &[f64],
    f: impl Fn(&[f64]) -> f64,
    at: &[f64],
    rule: &str,
) {
    let numeric = central_gradient(f, at);
    for ((name, &got), &measured) in names.iter().zip(backprop).zip(&numeric) {
        let error = relative_error(got, measured);
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

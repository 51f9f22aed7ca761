//! Part 1: two ways to measure a slope — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson2 --test difference`. The course's own test suite
//! runs this very file against the reference solution, so do not edit it: the
//! runner notices.

use check::{Tol, assert_panics, fail, show, think};
use lesson2::*;

/// Where the quotients of x³ are checked, and how closely.
///
/// With h = 0.5 or 0.25 and whole x, every value and every difference is a
/// short binary fraction: the arithmetic is exact, so ROUNDING. With h = 1e-3,
/// rounding in f(x + h) − f(x) is about ε·|f|/h ≈ 2e-12, while the other
/// difference is 3xh = 6e-3 away and even the exact slope 3x² is h² = 1e-6 away:
/// ± 1e-9 sits between.
const CUBE_CASES: [(f64, f64, Tol); 3] = [
    (2.0, 0.5, Tol::ROUNDING),
    (-1.0, 0.25, Tol::ROUNDING),
    (2.0, 1e-3, Tol::abs(1e-9)),
];

/// Steps no difference quotient can use: zero, negative, and not finite.
const BAD_STEPS: [f64; 6] = [0.0, -0.0, -1e-3, f64::NAN, f64::INFINITY, f64::NEG_INFINITY];

#[test]
fn forward_difference_divides_the_rise_over_one_step_ahead_by_h() {
    for (x, h, tol) in CUBE_CASES {
        let q = Quotients::of_cube(x, h);
        assert_quotient(
            &format!("derivative_forward(x³, x = {x}, h = {h})"),
            derivative_forward(cube, x, h),
            q.forward,
            tol,
            (x, h),
            "the forward difference is (f(x + h) − f(x)) / h; for x³ that is 3x² + 3xh + h²",
            &[
                (q.central, "a central difference"),
                (q.backward, "a backward difference, (f(x) − f(x − h)) / h"),
                (q.forward / 2.0, "dividing by 2h instead of h"),
                (
                    -q.forward,
                    "the difference the wrong way round, f(x) − f(x + h)",
                ),
                (
                    cube(x + h) - cube(x) / h,
                    "f(x + h) − f(x) / h: without brackets only f(x) is divided",
                ),
            ],
        );
    }
}

#[test]
fn forward_difference_refuses_a_step_that_is_not_positive_and_finite() {
    for h in BAD_STEPS {
        assert_panics(
            &format!("derivative_forward(x³, x = 1, h = {h})"),
            || derivative_forward(cube, 1.0, h),
            "h must be positive and finite",
            "a zero step divides by zero and a negative one steps backwards: check h before \
             using it, e.g. assert!(h > 0.0 && h.is_finite(), \"h must be positive and finite, got {h}\")",
        );
    }
}

#[test]
fn central_difference_divides_the_rise_across_both_sides_by_2h() {
    for (x, h, tol) in CUBE_CASES {
        let q = Quotients::of_cube(x, h);
        assert_quotient(
            &format!("derivative_central(x³, x = {x}, h = {h})"),
            derivative_central(cube, x, h),
            q.central,
            tol,
            (x, h),
            "the central difference is (f(x + h) − f(x − h)) / 2h: the two points are 2h \
             apart; for x³ that is 3x² + h²",
            &[
                (q.forward, "a forward difference"),
                (q.backward, "a backward difference"),
                (2.0 * q.central, "dividing by h instead of 2h"),
                (
                    q.central * h * h,
                    "/ 2.0 * h, which multiplies by h: write / (2.0 * h)",
                ),
                (
                    -q.central,
                    "the difference the wrong way round, f(x − h) − f(x + h)",
                ),
                (
                    q.forward / 2.0,
                    "(f(x + h) − f(x)) / 2h: the step behind is missing",
                ),
                (
                    cube(x + h) - cube(x - h) / (2.0 * h),
                    "f(x + h) − f(x − h) / 2h: without brackets only f(x − h) is divided",
                ),
            ],
        );
    }
}

#[test]
fn central_difference_refuses_a_step_that_is_not_positive_and_finite() {
    for h in BAD_STEPS {
        assert_panics(
            &format!("derivative_central(x³, x = 1, h = {h})"),
            || derivative_central(cube, 1.0, h),
            "h must be positive and finite",
            "refuse a bad h here too, with the same message as derivative_forward",
        );
    }
}

fn cube(x: f64) -> f64 {
    x * x * x
}

/// The quotients of x³, worked out by hand from (x ± h)³ = x³ ± 3x²h + 3xh² ± h³.
struct Quotients {
    forward: f64,
    central: f64,
    backward: f64,
}

impl Quotients {
    fn of_cube(x: f64, h: f64) -> Quotients {
        Quotients {
            forward: 3.0 * x * x + 3.0 * x * h + h * h,
            central: 3.0 * x * x + h * h,
            backward: 3.0 * x * x - 3.0 * x * h + h * h,
        }
    }
}

/// Like `check::assert_close_naming`, and one more known mistake that is a range,
/// not a value: with h ≥ 0.25 given, a result within 0.062 of the exact slope 3x²
/// is what a small step written into the code gives (h = 0.01 lands at most
/// 3·|x|·0.01 + 0.01² = 0.0601 away for |x| ≤ 2), while every quotient taken with
/// the h given is at least h² = 0.0625 away.
#[track_caller]
fn assert_quotient(
    quantity: &str,
    got: f64,
    expected: f64,
    tol: Tol,
    (x, h): (f64, f64),
    rule: &str,
    wrong: &[(f64, &str)],
) {
    if tol.accepts(got, expected) {
        return;
    }
    let mut mistakes: Vec<(bool, &str)> = wrong
        .iter()
        .map(|&(value, mistake)| (tol.accepts(got, value), mistake))
        .collect();
    mistakes.push((
        h >= 0.25 && (got - 3.0 * x * x).abs() < 0.062,
        "a step much smaller than the h given, written into the code: use h",
    ));
    fail(
        quantity,
        show(got),
        format!("{} ({tol})", show(expected)),
        &think(rule, &mistakes),
    );
}

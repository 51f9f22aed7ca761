//! Part 1: the rules of calculus — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson3 --test rules`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_close, assert_close_naming, think};
use lesson3::*;

#[test]
fn sum_has_partials_1_and_1() {
    for (a, b) in [(-4.0, -3.0), (2.5, 0.5), (0.0, 7.0)] {
        let rule = "(a + h) + b = (a + b) + h: a nudge to either input passes through whole, \
                    so both partials are 1, wherever you are";
        assert_node2("sum", (a, b), sum(a, b), (a + b, 1.0, 1.0), rule);
    }
}

#[test]
fn difference_has_partials_1_and_minus_1() {
    for (a, b) in [(-4.0, -3.0), (2.5, 0.5), (0.0, 7.0)] {
        let got = difference(a, b);
        let rule = think(
            "a − (b + h) = (a − b) − h: a nudge to b comes out negated, so ∂f/∂a = 1 and \
             ∂f/∂b = −1",
            &[(
                got.db == 1.0,
                "∂f/∂b = +1, the sum's partial: raising b lowers a − b",
            )],
        );
        assert_node2("difference", (a, b), got, (a - b, 1.0, -1.0), &rule);
    }
}

#[test]
fn product_has_each_partial_equal_to_the_other_input() {
    for (a, b) in [(-4.0, -3.0), (4.0, 3.0), (2.5, -2.0)] {
        let got = product(a, b);
        let rule = think(
            "(a + h)·b = a·b + h·b: a nudge h to a moves a·b by h·b, so ∂f/∂a = b, the other \
             input, and ∂f/∂b = a",
            &[(
                got.da == a && got.db == b,
                "the partials swapped (da = a, db = b)",
            )],
        );
        assert_node2("product", (a, b), got, (a * b, b, a), &rule);
    }
}

#[test]
fn constant_multiple_has_derivative_equal_to_the_constant() {
    for (c, x) in [(3.0, 2.0), (-0.5, 4.0), (2.0, 0.0)] {
        let got = scale(c, x);
        let rule = "c·(x + h) = c·x + c·h: the constant c multiplies every nudge, so df/dx = c, \
                    whatever x is";
        // One multiplication of exact small numbers: ROUNDING.
        let quantity = format!("scale({c}, {x})");
        assert_close(
            &format!("{quantity}.value"),
            got.value,
            c * x,
            Tol::ROUNDING,
            rule,
        );
        let mistakes = [(x, "df/dx = x, the input instead of the constant")];
        assert_close_naming(
            &format!("{quantity}.dx"),
            got.dx,
            c,
            Tol::ROUNDING,
            rule,
            &mistakes,
        );
    }
}

#[test]
fn power_has_derivative_n_times_x_to_the_n_minus_1() {
    // (x, n, xⁿ, n·xⁿ⁻¹): small whole numbers and halves, all exact in f64.
    let cases = [
        (3.0, 2, 9.0, 6.0),
        (2.0, 3, 8.0, 12.0),
        (-2.0, 3, -8.0, 12.0),
        (2.0, -1, 0.5, -0.25),
        (0.0, 1, 0.0, 1.0),
        (0.0, 2, 0.0, 0.0),
        (5.0, 0, 1.0, 0.0),
        (0.0, 0, 1.0, 0.0),
    ];
    for (x, n, value, dx) in cases {
        let got = power(x, n);
        let rule = think(
            "the power rule: d(xⁿ)/dx = n·xⁿ⁻¹ (x.powi(n - 1) computes xⁿ⁻¹)",
            &[
                (
                    got.dx.is_nan() && n == 0,
                    "n·xⁿ⁻¹ used for n = 0 too: at x = 0 that is 0·0⁻¹ = 0·∞ = NaN, but x⁰ = 1 \
                     is a constant, whose derivative is 0: treat n = 0 on its own",
                ),
                (
                    got.dx == f64::from(n) * value,
                    "n·xⁿ: the power rule lowers the exponent by one",
                ),
            ],
        );
        // powi of small whole numbers and halves is exact: ROUNDING.
        let quantity = format!("power({x}, {n})");
        assert_close(
            &format!("{quantity}.value"),
            got.value,
            value,
            Tol::ROUNDING,
            &rule,
        );
        assert_close(&format!("{quantity}.dx"), got.dx, dx, Tol::ROUNDING, &rule);
    }
}

#[test]
fn max_gives_the_whole_derivative_to_the_larger_input() {
    // (a, b, max, ∂/∂a, ∂/∂b). At (−4, −3) the larger input is −3, the one nearer
    // to zero.
    let cases = [
        (2.0, -1.0, 2.0, 1.0, 0.0),
        (-1.0, 2.0, 2.0, 0.0, 1.0),
        (-4.0, -3.0, -3.0, 0.0, 1.0),
    ];
    for (a, b, value, da, db) in cases {
        let got = max(a, b);
        let rule = think(
            "max(a, b) passes the larger input through unchanged and ignores the other: a \
             small nudge to the larger one moves the output 1 for 1, a nudge to the smaller \
             one does nothing",
            &[(
                got.da == db && got.db == da,
                "the derivative went to the smaller input",
            )],
        );
        assert_node2("max", (a, b), got, (value, da, db), &rule);
    }
}

#[test]
fn max_splits_a_tie_in_half() {
    for x in [2.0, -1.0, 0.0] {
        let got = max(x, x);
        let rule = think(
            "at a = b we split the derivative, (½, ½): that is what a central difference \
             measures there, and the partials still add up to 1",
            &[(
                got.da + got.db == 1.0 && got.da != 0.5,
                "a tie given whole to one input (a >= where > belongs?)",
            )],
        );
        assert_node2("max", (x, x), got, (x, 0.5, 0.5), &rule);
    }
}

/// Checks a two-input node's value and partials at (a, b) against
/// `(value, ∂f/∂a, ∂f/∂b)`, with `rule` as the lesson.
#[track_caller]
fn assert_node2(name: &str, (a, b): (f64, f64), got: Node2, expected: (f64, f64, f64), rule: &str) {
    // A rule is one + − × of exact small numbers, or none: ROUNDING.
    let quantity = format!("{name}({a}, {b})");
    assert_close(
        &format!("{quantity}.value"),
        got.value,
        expected.0,
        Tol::ROUNDING,
        rule,
    );
    assert_close(
        &format!("{quantity}.da"),
        got.da,
        expected.1,
        Tol::ROUNDING,
        rule,
    );
    assert_close(
        &format!("{quantity}.db"),
        got.db,
        expected.2,
        Tol::ROUNDING,
        rule,
    );
}

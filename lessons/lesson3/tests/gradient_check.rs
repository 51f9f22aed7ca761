//! Part 3: the gradient check — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson3 --test gradient_check`. The course's own test suite
//! runs this very file against the reference solution, so do not edit it: the
//! runner notices.

use check::{
    Calls, Tol, assert_claim, assert_close, assert_close_naming, assert_equal, assert_panics,
};
use check::{panic_message, show, slips_giving_every, think};
use lesson3::*;

/// The lesson's threshold and difference step, written here so that the checks
/// do not depend on the constants in your file.
const AGREE: f64 = 1e-7;
const H: f64 = 1e-5;

#[test]
fn relative_error_is_the_gap_over_the_larger_magnitude() {
    // (analytic, numeric, |a − n| / max(|a|, |n|)), with the larger one on either
    // side, opposite signs, a zero, and tiny and large numbers.
    let cases: [(f64, f64, f64); 6] = [
        (1.0, 3.0, 2.0 / 3.0),
        (3.0, 1.0, 2.0 / 3.0),
        (-2.0, 2.0, 2.0),
        (0.0, 2.0, 1.0),
        (1e-6, 2e-6, 0.5),
        (1000.0, 1001.0, 1.0 / 1001.0),
    ];
    // A known slip is named only if it gives every answer got, on every case
    // (with or without a guard for zeros).
    let got = cases.map(|(a, n, _)| relative_error(a, n));
    let answers: Vec<_> = cases.iter().zip(got).collect();
    let slips = slips_giving_every(&SLIPS, &answers, |k, &(&(a, n, _), g)| {
        [true, false]
            .into_iter()
            .any(|guard| Tol::ROUNDING.accepts(g, slip(k, a, n, guard)))
    });
    let rule = "|a − n| / max(|a|, |n|): relative to the larger one, so the order of the two \
                does not matter and a zero on one side gives 1, not ∞";
    for ((a, n, expected), got) in cases.into_iter().zip(got) {
        // A subtraction and a division: ROUNDING.
        let q = format!("relative_error({a}, {n})");
        assert_close(&q, got, expected, Tol::ROUNDING, &think(rule, &slips));
    }
}

#[test]
fn relative_error_of_two_zeros_is_zero() {
    for (a, n) in [(0.0, 0.0), (0.0, -0.0)] {
        let got = relative_error(a, n);
        let nan = "0/0, which is NaN: when both are 0, return 0 before dividing";
        let rule = think(
            "two zero derivatives agree perfectly: the error is 0",
            &[(got.is_nan(), nan)],
        );
        // Zero is exact, and NaN fails any tolerance: ROUNDING.
        let q = format!("relative_error({a}, {n})");
        assert_close(&q, got, 0.0, Tol::ROUNDING, &rule);
    }
}

#[test]
fn relative_error_refuses_values_that_are_not_finite() {
    let inf = f64::INFINITY;
    for (a, n) in [(f64::NAN, 1.0), (1.0, inf), (-inf, -1.0)] {
        assert_panics(
            &format!("relative_error({a}, {n})"),
            || relative_error(a, n),
            "both values must be finite",
            "NaN compares false with everything, so a NaN error could slip through as \"not \
             above the threshold\": refuse non-finite values with the documented panic",
        );
    }
}

#[test]
fn agrees_only_strictly_below_the_threshold_and_never_for_nan() {
    let nan = "NaN agreeing: error < AGREE_BELOW is false for NaN, but !(error >= AGREE_BELOW) \
               is true. Ask the question that NaN fails";
    let at = "the threshold itself agreeing: exactly 1e-7 is not below it, use < and not <=";
    let agreeing = [0.0, 3.8e-11, 9.9e-8].map(|e| (e, true));
    let not = [AGREE, 0.25, f64::INFINITY, f64::NAN].map(|e| (e, false));
    for (error, expected) in agreeing.into_iter().chain(not) {
        let got = agrees(error);
        let rule = "an error agrees when it is strictly below AGREE_BELOW = 1e-7";
        let rule = think(rule, &[(error.is_nan(), nan), (error == AGREE, at)]);
        let quantity = format!("agrees({error:e})");
        assert_equal(&quantity, got, expected, &rule);
    }
}

#[test]
fn worst_relative_error_is_the_largest_over_all_partials() {
    // (analytic, numeric, the largest relative error, the mean), with the worst
    // partial first, in the middle and last.
    let cases: [(&[f64], &[f64], f64, f64); 4] = [
        (&[3.0, 1.0, -2.0], &[1.0, 1.0, -2.0], 2.0 / 3.0, 2.0 / 9.0),
        (&[1.0, 2.0, 1.0], &[1.0, 1.0, 1.0], 0.5, 0.5 / 3.0),
        (&[1.0, 1.0, 4.0], &[1.0, 1.0, 1.0], 0.75, 0.25),
        (&[0.0, 5.0], &[0.0, 5.0], 0.0, 0.0),
    ];
    for (analytic, numeric, expected, mean) in cases {
        let got = worst_relative_error(analytic, numeric);
        let first = rel(analytic[0], numeric[0]);
        let last = rel(analytic[analytic.len() - 1], numeric[numeric.len() - 1]);
        let mistakes = [
            (mean, "the mean, but a check is as bad as its worst partial"),
            (first, "the error of the first partial alone"),
            (last, "the error of the last partial alone"),
        ];
        // The maximum of a few exact relative errors: ROUNDING.
        let quantity = format!("worst_relative_error({analytic:?}, {numeric:?})");
        let rule = "relative_error of each pair (analytic[i], numeric[i]), and keep the largest";
        assert_close_naming(&quantity, got, expected, Tol::ROUNDING, rule, &mistakes);
    }
}

#[test]
fn worst_relative_error_refuses_empty_mismatched_or_non_finite_gradients() {
    let cases: [(&[f64], &[f64], &str); 5] = [
        (&[1.0, 2.0], &[1.0], "different lengths"),
        (&[], &[1.0], "different lengths"),
        (&[], &[], "no partials to compare"),
        (&[1.0, f64::NAN], &[1.0, 1.0], "both values must be finite"),
        (&[1.0, 2.0], &[-f64::INFINITY, 2.0], "values must be finite"),
    ];
    for (analytic, numeric, text) in cases {
        let said = panic_message(|| worst_relative_error(analytic, numeric)).unwrap_or_default();
        let early = "emptiness refused before the lengths were compared";
        let rule = "compare the lengths first (zip would quietly skip partials), then refuse an \
                    empty gradient (nothing to check), and let relative_error refuse what is not \
                    finite (f64::max would quietly drop a NaN)";
        let early_here = said.contains("no partials") && text != "no partials to compare";
        let rule = think(rule, &[(early_here, early)]);
        let q = format!("worst_relative_error(&{analytic:?}, &{numeric:?})");
        assert_panics(&q, || worst_relative_error(analytic, numeric), text, &rule);
    }
}

#[test]
fn gradient_check_agrees_for_right_partials_and_not_for_swapped_ones() {
    // For a·b the central differences are exact but for rounding (about 1e-11).
    let got = gradient_check(times, (-4.0, -3.0));
    let near_0 = "measured partials near 0: (up − down) / 2.0 * h multiplies by h";
    let paired = "the measured partials paired the wrong way round";
    let slips = [
        (got > 0.99, near_0),
        (Tol::abs(1e-9).accepts(got, 0.25), paired),
    ];
    let rule = "compare the node's partials with the measured ones, each with its own: da with \
                the change along a, db with the change along b";
    let rule = think(rule, &slips);
    let q = "gradient_check(a·b with partials (b, a), (-4, -3))";
    let right = "below 1e-7: the partials are right";
    assert_claim(got < AGREE, q, show(got), right, &rule);
    // The true error is |−4 − (−3)| / 4 = 0.25, and rounding is far inside 1e-9.
    let got = gradient_check(swapped, (-4.0, -3.0));
    let rule = "a gradient check exists to catch wrong derivatives: (a, b) instead of (b, a) at \
                (−4, −3) is off by |−4 − (−3)| / 4 = 0.25";
    let q = "gradient_check(a·b with partials (a, b), (-4, -3))";
    assert_close(q, got, 0.25, Tol::abs(1e-9), rule);
    // A NaN partial, or a value that makes a measured partial NaN, must be refused.
    let nan_da = |a: f64, b: f64| node(a * b, f64::NAN, a);
    let nan_value = |a: f64, b: f64| node(f64::NAN, b, a);
    let broken: [(&str, Rule); 2] = [("∂f/∂a = NaN", nan_da), ("value NaN", nan_value)];
    for (what, broken) in broken {
        assert_panics(
            &format!("gradient_check(a·b with {what}, (-4, -3))"),
            || gradient_check(broken, (-4.0, -3.0)),
            "both values must be finite",
            "a NaN must never pass a check: compare through relative_error, which refuses it",
        );
    }
}

#[test]
fn gradient_check_measures_both_partials_by_central_differences() {
    // a³·b at (1, 2): ∂f/∂a = 3a²b = 6, ∂f/∂b = a³ = 1. Along a it curves, so the
    // way of measuring shows: central differences with h = 1e-5 are off by h²/3,
    // about 3e-11, forward ones by about h, and h = 0.01 by about 3e-5.
    let calls = Calls::new();
    let node = |a, b| {
        calls.record((a, b));
        cube_times(a, b)
    };
    let got = gradient_check(node, (1.0, 2.0));
    let seen = calls.seen();
    let called = |point: (f64, f64)| seen.contains(&point);
    let around = [(H, 0.0), (-H, 0.0), (0.0, H), (0.0, -H)].map(|(da, db)| (1.0 + da, 2.0 + db));
    let forward = called((1.0 + H, 2.0)) && !called((1.0 - H, 2.0));
    let slips = [(forward, "forward differences, (f(a + h) − f(a)) / h")];
    let rule = "a central difference looks both ways, at a + h and a − h, with h = H_CHECK";
    let rule = think(rule, &slips);
    let q = "the points where gradient_check(a³·b, (1, 2)) called node";
    let expected = "(1, 2) and the four points (1 ± h, 2), (1, 2 ± h), with h = H_CHECK = 1e-5";
    let all_around = around.into_iter().all(called);
    assert_claim(all_around, q, format!("{seen:?}"), expected, &rule);
    let mistakes = [(rel(6.0, 6.0 * H * H), "(up − down) / 2.0 * h, times h")];
    let rule = "measure ∂f/∂a as (f(a + h, b) − f(a − h, b)) / 2h and ∂f/∂b likewise, then take \
                worst_relative_error against (node.da, node.db)";
    // Rounding may differ with the order of your operations by about 1e-12; a
    // wrong measure is off by 1e-6 or more: ± 1e-9 tells them apart.
    let expected = measured(cube_times, H);
    let q = "gradient_check(a³·b, (1, 2))";
    assert_close_naming(q, got, expected, Tol::abs(1e-9), rule, &mistakes);
}

/// The common slips of a relative error, and what slip `k` gives for (a, n).
const SLIPS: [&str; 5] = [
    "the gap over the smaller magnitude",
    "the gap over |analytic| alone",
    "the gap over |numeric| alone",
    "the gap over |a| + |n|",
    "a gap without its absolute value",
];
fn slip(k: usize, a: f64, n: f64, guard: bool) -> f64 {
    let (x, y) = (a.abs(), n.abs());
    let d = [x.min(y), x, y, x + y, x.max(y)][k];
    let gap = if k == 4 { a - n } else { (a - n).abs() };
    if guard && d == 0.0 { 0.0 } else { gap / d }
}

/// |a − n| / max(|a|, |n|), written here so that no check depends on yours.
fn rel(a: f64, n: f64) -> f64 {
    (a - n).abs() / a.abs().max(n.abs())
}

/// The check's own gradient check at (1, 2), by central differences with step h.
fn measured(node: Rule, h: f64) -> f64 {
    let (a, b) = (1.0, 2.0);
    let da = (node(a + h, b).value - node(a - h, b).value) / (2.0 * h);
    let db = (node(a, b + h).value - node(a, b - h).value) / (2.0 * h);
    rel(node(a, b).da, da).max(rel(node(a, b).db, db))
}

/// A node of two inputs, as the tables hold them.
type Rule = fn(f64, f64) -> Node2;

/// a·b with its partials, and with its partials swapped (a bug to catch); a³·b
/// with its partials (3a²b, a³).
fn times(a: f64, b: f64) -> Node2 {
    node(a * b, b, a)
}
fn swapped(a: f64, b: f64) -> Node2 {
    node(a * b, a, b)
}
fn cube_times(a: f64, b: f64) -> Node2 {
    node(a * a * a * b, 3.0 * a * a * b, a * a * a)
}
fn node(value: f64, da: f64, db: f64) -> Node2 {
    Node2 { value, da, db }
}

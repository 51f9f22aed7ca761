//! Lesson 3's checks, in the order you meet the ideas.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson3` (all of them). The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};

use check::{Tol, assert_claim, assert_close, fail};
use lesson3::numeric::{central_gradient, forward_gradient};
use lesson3::*;

/// The step of every update, as in the post.
const H: f64 = 0.01;

/// The step of the central differences in a gradient check: near ∛ε, where
/// their error is smallest (lesson 2).
const H_CHECK: f64 = 1e-5;

/// The node a·b with its partials, written here so that the checks of the steps
/// do not depend on your `product`.
fn times(a: f64, b: f64) -> Node2 {
    Node2 {
        value: a * b,
        da: b,
        db: a,
    }
}

/// A rule of two inputs, and one of one input, as the tables hold them.
type Rule2 = fn(f64, f64) -> Node2;
type Rule1 = fn(f64) -> Node1;

/// The message of the panic `run` raised, or `None` if it returned normally.
fn panic_message(run: impl FnOnce()) -> Option<String> {
    let payload = catch_unwind(AssertUnwindSafe(run)).err()?;
    Some(if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_string()
    } else {
        "a panic without a message".to_string()
    })
}

/// Fails unless `run` panics with a message that contains `text`.
#[track_caller]
fn assert_panics_with(quantity: &str, text: &str, rule: &str, run: impl FnOnce()) {
    match panic_message(run) {
        None => fail(
            quantity,
            "no panic",
            format!("a panic whose message contains \"{text}\""),
            rule,
        ),
        Some(message) if !message.contains(text) => fail(
            quantity,
            format!("a panic saying \"{message}\""),
            format!("a panic whose message contains \"{text}\""),
            rule,
        ),
        Some(_) => {}
    }
}

/// Whether two points are the same up to rounding. EXACT: the points compared
/// here are a few + − × away from exact decimals, and the wrong answers being
/// recognised differ from each other by 1e-4 or more.
fn same_point(got: (f64, f64), expected: (f64, f64)) -> bool {
    Tol::EXACT.accepts(got.0, expected.0) && Tol::EXACT.accepts(got.1, expected.1)
}

/// Checks a node's value and partials at (a, b), with `rule` as the lesson.
#[track_caller]
fn assert_node2(name: &str, (a, b): (f64, f64), got: Node2, expected: Node2, rule: &str) {
    // A rule is one + − × of exact small numbers: EXACT.
    assert_close(
        &format!("{name}({a}, {b}).value"),
        got.value,
        expected.value,
        Tol::EXACT,
        rule,
    );
    assert_close(
        &format!("{name}({a}, {b}).da"),
        got.da,
        expected.da,
        Tol::EXACT,
        rule,
    );
    assert_close(
        &format!("{name}({a}, {b}).db"),
        got.db,
        expected.db,
        Tol::EXACT,
        rule,
    );
}

#[test]
fn sum_has_partials_1_and_1() {
    for (a, b) in [(-4.0, -3.0), (2.5, 0.5), (0.0, 7.0)] {
        assert_node2(
            "sum",
            (a, b),
            sum(a, b),
            Node2 {
                value: a + b,
                da: 1.0,
                db: 1.0,
            },
            "(a + h) + b = (a + b) + h: a nudge to either input passes through whole, \
             so both partials are 1, wherever you are",
        );
    }
}

#[test]
fn difference_has_partials_1_and_minus_1() {
    for (a, b) in [(-4.0, -3.0), (2.5, 0.5), (0.0, 7.0)] {
        let got = difference(a, b);
        let rule = if got.db == 1.0 {
            "∂(a − b)/∂b is not +1: raising b lowers a − b, so the sign flips"
        } else {
            "a − (b + h) = (a − b) − h: a nudge to b comes out negated, so ∂f/∂a = 1 and ∂f/∂b = −1"
        };
        assert_node2(
            "difference",
            (a, b),
            got,
            Node2 {
                value: a - b,
                da: 1.0,
                db: -1.0,
            },
            rule,
        );
    }
}

#[test]
fn product_has_each_partial_equal_to_the_other_input() {
    for (a, b) in [(-4.0, -3.0), (4.0, 3.0), (2.5, -2.0)] {
        let got = product(a, b);
        let rule = if got.da == a && got.db == b {
            "the partials look swapped: ∂(a·b)/∂a is b, the *other* input, and ∂(a·b)/∂b is a"
        } else {
            "(a + h)·b = a·b + h·b: a nudge h to a moves a·b by h·b, so ∂f/∂a = b and ∂f/∂b = a"
        };
        assert_node2(
            "product",
            (a, b),
            got,
            Node2 {
                value: a * b,
                da: b,
                db: a,
            },
            rule,
        );
    }
}

#[test]
fn constant_multiple_has_derivative_equal_to_the_constant() {
    for (c, x) in [(3.0, 2.0), (-0.5, 4.0), (2.0, 0.0)] {
        let got = scale(c, x);
        let rule = "c·(x + h) = c·x + c·h: the constant c multiplies every nudge, so df/dx = c, \
                    whatever x is";
        // One multiplication of exact small numbers: EXACT.
        assert_close(
            &format!("scale({c}, {x}).value"),
            got.value,
            c * x,
            Tol::EXACT,
            rule,
        );
        assert_close(&format!("scale({c}, {x}).dx"), got.dx, c, Tol::EXACT, rule);
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
        let rule = if got.dx.is_nan() && n == 0 {
            "x⁰ = 1 is a constant, so its derivative is 0, also at x = 0; the formula \
             n·xⁿ⁻¹ gives 0·0⁻¹ = 0·∞ = NaN there, so treat n = 0 on its own"
        } else if Tol::EXACT.accepts(got.dx, f64::from(n) * value) && dx != f64::from(n) * value {
            "this looks like n·xⁿ: the power rule lowers the exponent by one, n·xⁿ⁻¹"
        } else {
            "the power rule: d(xⁿ)/dx = n·xⁿ⁻¹ (x.powi(n - 1) computes xⁿ⁻¹)"
        };
        // powi of small whole numbers and halves is exact: EXACT.
        assert_close(
            &format!("power({x}, {n}).value"),
            got.value,
            value,
            Tol::EXACT,
            rule,
        );
        assert_close(&format!("power({x}, {n}).dx"), got.dx, dx, Tol::EXACT, rule);
    }
}

#[test]
fn max_gives_the_whole_derivative_to_the_larger_input() {
    // (a, b, max, ∂/∂a, ∂/∂b). At (−4, −3) the larger input is −3, the one
    // nearer to zero.
    let cases = [
        (2.0, -1.0, 2.0, 1.0, 0.0),
        (-1.0, 2.0, 2.0, 0.0, 1.0),
        (-4.0, -3.0, -3.0, 0.0, 1.0),
    ];
    for (a, b, value, da, db) in cases {
        assert_node2(
            "max",
            (a, b),
            max(a, b),
            Node2 { value, da, db },
            "max(a, b) passes the larger input through unchanged and ignores the other: \
             a small nudge to the larger one moves the output 1 for 1, a nudge to the \
             smaller one does nothing",
        );
    }
}

#[test]
fn max_splits_a_tie_in_half() {
    for x in [2.0, -1.0, 0.0] {
        let got = max(x, x);
        let rule = if got.da + got.db == 1.0 && got.da != 0.5 {
            "at a tie this gives everything to one input (a `>=` where `>` belongs?): \
             the lesson splits a tie, (½, ½)"
        } else {
            "at a = b we split the derivative, (½, ½): that is what a central difference \
             measures there, and the partials still add up to 1"
        };
        assert_node2(
            "max",
            (x, x),
            got,
            Node2 {
                value: x,
                da: 0.5,
                db: 0.5,
            },
            rule,
        );
    }
}

/// What a wrong step from (a, b) with h probably did, for the failure message.
fn diagnose_step((a, b): (f64, f64), h: f64, got: (f64, f64)) -> &'static str {
    let sequential = (a + h * b, b + h * (a + h * b));
    let descent = (a - h * b, b - h * a);
    let swapped = (a + h * a, b + h * b);
    if same_point(got, sequential) {
        "this is the sequential update: ∂f/∂b was taken at the new a. A gradient step \
         takes both partials at the starting point, then moves both inputs"
    } else if same_point(got, descent) {
        "the point moved against the gradient, so f goes down: a sign slip. Ascent adds \
         h·∂f/∂a to a and h·∂f/∂b to b"
    } else if same_point(got, swapped) {
        "a moved by ∂f/∂b and b by ∂f/∂a: each input moves by its own partial, \
         node.da for a and node.db for b"
    } else {
        "a ← a + h·∂f/∂a and b ← b + h·∂f/∂b, both partials from one call of node at the start"
    }
}

#[test]
fn gradient_step_from_minus_4_minus_3_reaches_12_2512() {
    let start = (-4.0, -3.0);
    let got = gradient_step(times, start, H);
    let rule = diagnose_step(start, H, got);
    // The exact answers are the decimals −4.03, −3.04 and 12.2512; a few + − × on
    // these inputs leave only rounding (about 1e-15) between them and the floats.
    // The nearest wrong answers (the sequential 12.252409, the descent 11.7512)
    // are more than 1e-3 away.
    assert_close(
        "a after gradient_step(a·b, (-4, -3), h = 0.01)",
        got.0,
        -4.03,
        Tol::EXACT,
        rule,
    );
    assert_close(
        "b after gradient_step(a·b, (-4, -3), h = 0.01)",
        got.1,
        -3.04,
        Tol::EXACT,
        rule,
    );
    assert_close(
        "a·b after gradient_step(a·b, (-4, -3), h = 0.01)",
        got.0 * got.1,
        12.2512,
        Tol::EXACT,
        rule,
    );
}

#[test]
fn gradient_step_takes_both_partials_at_the_start() {
    let calls = RefCell::new(Vec::new());
    let recorded = |a: f64, b: f64| {
        calls.borrow_mut().push((a, b));
        times(a, b)
    };
    gradient_step(recorded, (-4.0, -3.0), H);
    let calls = calls.into_inner();
    let shown: Vec<String> = calls.iter().map(|(a, b)| format!("({a}, {b})")).collect();
    assert_claim(
        calls == [(-4.0, -3.0)],
        "the points where gradient_step(node, (-4, -3), h = 0.01) called node",
        format!("[{}]", shown.join(", ")),
        "[(-4, -3)]: one call, at the start",
        "one call of node gives its value and *all* its partials at one point; a gradient \
         step uses them all, from that one point (a second call at a moved point is the \
         sequential update)",
    );
}

#[test]
fn gradient_step_from_minus_2_and_3_reaches_minus_5_8706() {
    // Karpathy's example: f(x, y) = x·y from (−2, 3), f = −6.
    let start = (-2.0, 3.0);
    let got = gradient_step(times, start, H);
    let rule = diagnose_step(start, H, got);
    // Exact decimals −1.97, 2.98 and −5.8706, up to rounding (about 1e-15); the
    // sequential −5.871191 and the descent −6.1306 are far outside.
    assert_close(
        "x after gradient_step(x·y, (-2, 3), h = 0.01)",
        got.0,
        -1.97,
        Tol::EXACT,
        rule,
    );
    assert_close(
        "y after gradient_step(x·y, (-2, 3), h = 0.01)",
        got.1,
        2.98,
        Tol::EXACT,
        rule,
    );
    assert_close(
        "x·y after gradient_step(x·y, (-2, 3), h = 0.01)",
        got.0 * got.1,
        -5.8706,
        Tol::EXACT,
        rule,
    );
}

#[test]
fn sequential_step_from_minus_4_minus_3_reaches_12_252409() {
    let start = (-4.0, -3.0);
    let calls = RefCell::new(Vec::new());
    let recorded = |a: f64, b: f64| {
        calls.borrow_mut().push((a, b));
        times(a, b)
    };
    let got = sequential_step(recorded, start, H);
    let rule = if same_point(got, (-4.03, -3.04)) {
        "this is the simultaneous gradient step (f = 12.2512). The post updated a first and \
         then used the *new* a to update b: take ∂f/∂b at (new a, b)"
    } else if same_point(got, (-4.0304, -3.04)) {
        "b moved first and a used the new b: the post updates a first, then b"
    } else if same_point(got, (-3.97, -2.9603)) {
        "the point moved against the gradient: a sign slip. Ascent adds h times the partial"
    } else {
        "first a ← a + h·∂f/∂a at (a, b), then b ← b + h·∂f/∂b at (new a, b)"
    };
    // Exact decimals −4.03, −3.0403 and 12.252409, up to rounding (about 1e-15);
    // the simultaneous 12.2512 is more than 1e-3 away.
    assert_close(
        "a after sequential_step(a·b, (-4, -3), h = 0.01)",
        got.0,
        -4.03,
        Tol::EXACT,
        rule,
    );
    assert_close(
        "b after sequential_step(a·b, (-4, -3), h = 0.01)",
        got.1,
        -3.0403,
        Tol::EXACT,
        rule,
    );
    assert_close(
        "a·b after sequential_step(a·b, (-4, -3), h = 0.01)",
        got.0 * got.1,
        12.252409,
        Tol::EXACT,
        rule,
    );
    let calls = calls.into_inner();
    let shown: Vec<String> = calls.iter().map(|(a, b)| format!("({a}, {b})")).collect();
    assert_claim(
        calls.len() == 2 && same_point(calls[0], start) && same_point(calls[1], (-4.03, -3.0)),
        "the points where sequential_step(node, (-4, -3), h = 0.01) called node",
        format!("[{}]", shown.join(", ")),
        "[(-4, -3), (-4.03, -3)]",
        "call node at the start for ∂f/∂a, then again at (new a, b) for ∂f/∂b",
    );
}

#[test]
fn steps_panic_on_a_bad_h_or_a_non_finite_point() {
    type Step = fn(Rule2, (f64, f64), f64) -> (f64, f64);
    let steps: [(&str, Step); 2] = [
        ("gradient_step", |node, point, h| {
            gradient_step(node, point, h)
        }),
        ("sequential_step", |node, point, h| {
            sequential_step(node, point, h)
        }),
    ];
    for (name, step) in steps {
        for h in [0.0, -0.01, f64::NAN, f64::INFINITY] {
            assert_panics_with(
                &format!("{name}(a·b, (-4, -3), h = {h})"),
                "h must be positive and finite",
                "a step of 0 goes nowhere, a negative one descends, NaN or ∞ make every \
                 input NaN or ∞: check h first and panic with the documented message",
                || {
                    step(times, (-4.0, -3.0), h);
                },
            );
        }
        for point in [(f64::NAN, -3.0), (-4.0, f64::INFINITY)] {
            assert_panics_with(
                &format!("{name}(a·b, {point:?}, h = 0.01)"),
                "the point must be finite",
                "a NaN or infinite input makes every later number meaningless: check both \
                 inputs and panic with the documented message",
                || {
                    step(times, point, H);
                },
            );
        }
    }
}

#[test]
fn relative_error_is_the_gap_over_the_larger_magnitude() {
    // (analytic, numeric, |a − n| / max(|a|, |n|))
    let cases = [
        (1.0, 3.0, 2.0 / 3.0),
        (3.0, 1.0, 2.0 / 3.0),
        (-1.0, -3.0, 2.0 / 3.0),
        (2.0, -2.0, 2.0),
        (0.0, 1e-9, 1.0),
        (1e-9, 0.0, 1.0),
        (12.0, 12.0, 0.0),
    ];
    for (a, n, expected) in cases {
        let got = relative_error(a, n);
        let rule = if a != 0.0
            && expected != 0.0
            && Tol::EXACT.accepts(got, (a - n).abs() / a.abs())
        {
            "this looks like dividing by |analytic| alone: divide by the larger of the two, \
             max(|a|, |n|), so the order of the two does not matter"
        } else if n != 0.0 && expected != 0.0 && Tol::EXACT.accepts(got, (a - n).abs() / n.abs()) {
            "this looks like dividing by |numeric| alone: divide by the larger of the two, \
             max(|a|, |n|), so the order of the two does not matter"
        } else if Tol::EXACT.accepts(got, (a - n).abs() / (a.abs() + n.abs())) {
            "this looks like dividing by |a| + |n|: divide by the larger of the two, \
             max(|a|, |n|)"
        } else if got < 0.0 {
            "an error is never negative: take |a − n|, and the magnitudes |a| and |n|"
        } else {
            "|a − n| / max(|a|, |n|): relative to the larger one, so the order of the two \
             does not matter and a zero on one side gives 1, not ∞"
        };
        // A subtraction and a division: EXACT.
        assert_close(
            &format!("relative_error({a}, {n})"),
            got,
            expected,
            Tol::EXACT,
            rule,
        );
    }
}

#[test]
fn relative_error_of_two_zeros_is_zero() {
    for (a, n) in [(0.0, 0.0), (0.0, -0.0)] {
        let got = relative_error(a, n);
        let rule = if got.is_nan() {
            "0/0 is NaN: when both derivatives are 0 they agree perfectly, so return 0 \
             before dividing"
        } else {
            "two zero derivatives agree perfectly: the error is 0"
        };
        // Zero is exact, and NaN fails any tolerance: EXACT.
        assert_close(
            &format!("relative_error({a}, {n})"),
            got,
            0.0,
            Tol::EXACT,
            rule,
        );
    }
}

#[test]
fn relative_error_panics_on_non_finite_values() {
    for (a, n) in [
        (f64::NAN, 1.0),
        (1.0, f64::INFINITY),
        (f64::NEG_INFINITY, -1.0),
    ] {
        assert_panics_with(
            &format!("relative_error({a}, {n})"),
            "both values must be finite",
            "NaN compares false with everything, so a NaN error could slip through as \
             \"not above the threshold\": refuse non-finite values with the documented panic",
            || {
                relative_error(a, n);
            },
        );
    }
}

#[test]
fn agrees_only_strictly_below_the_threshold_and_never_for_nan() {
    let cases = [
        (0.0, true),
        (3.8e-11, true),
        (9.9e-8, true),
        (AGREE_BELOW, false),
        (0.25, false),
        (f64::INFINITY, false),
        (f64::NAN, false),
    ];
    for (error, expected) in cases {
        let got = agrees(error);
        let rule = if error.is_nan() {
            "NaN compares false with everything: `error < AGREE_BELOW` is false for NaN, but \
             `!(error >= AGREE_BELOW)` is true. Ask the question that NaN fails"
        } else if error == AGREE_BELOW {
            "exactly at the threshold is not below it: use <, not <="
        } else {
            "an error agrees when it is strictly below AGREE_BELOW = 1e-7"
        };
        assert_claim(
            got == expected,
            &format!("agrees({error:e})"),
            got,
            expected,
            rule,
        );
    }
}

#[test]
fn worst_relative_error_is_the_largest_over_all_partials() {
    // (analytic, numeric, the largest relative error), with the worst partial
    // first, in the middle and last.
    let cases: [(&[f64], &[f64], f64); 4] = [
        (&[3.0, 1.0, -2.0], &[1.0, 1.0, -2.0], 2.0 / 3.0),
        (&[1.0, 2.0, 1.0], &[1.0, 1.0, 1.0], 0.5),
        (&[1.0, 1.0, 4.0], &[1.0, 1.0, 1.0], 0.75),
        (&[0.0, 5.0], &[0.0, 5.0], 0.0),
    ];
    for (analytic, numeric, expected) in cases {
        let got = worst_relative_error(analytic, numeric);
        let mean = analytic
            .iter()
            .zip(numeric)
            .map(|(&a, &n)| (a - n).abs() / a.abs().max(n.abs()))
            .sum::<f64>()
            / analytic.len() as f64;
        let rule = if Tol::EXACT.accepts(got, mean) && expected != 0.0 {
            "this looks like the mean: a gradient check is as bad as its worst partial, \
             so take the largest"
        } else {
            "apply relative_error to each pair (analytic[i], numeric[i]) and keep the largest"
        };
        // The maximum of a few exact relative errors: EXACT.
        assert_close(
            &format!("worst_relative_error({analytic:?}, {numeric:?})"),
            got,
            expected,
            Tol::EXACT,
            rule,
        );
    }
}

#[test]
fn worst_relative_error_panics_on_empty_or_mismatched_gradients() {
    let cases: [(&[f64], &[f64], &str); 3] = [
        (&[1.0, 2.0], &[1.0], "different lengths"),
        (&[], &[1.0], "different lengths"),
        (&[], &[], "no partials to compare"),
    ];
    for (analytic, numeric, text) in cases {
        assert_panics_with(
            &format!("worst_relative_error({analytic:?}, {numeric:?})"),
            text,
            "zip stops at the shorter slice and would quietly skip partials; and with no \
             partials there is nothing to check. Panic with the documented message",
            || {
                worst_relative_error(analytic, numeric);
            },
        );
    }
}

#[test]
fn every_rule_passes_the_gradient_check_and_a_wrong_rule_fails_it() {
    // The checker on your own rules: analytic partials against central differences
    // of the rule's own value. Every rule here is a polynomial of degree ≤ 3 or a
    // max away from its kink; at h = 1e-5 the numeric error is about 1e-11 (see
    // the story), far below the 1e-7 of AGREE_BELOW.
    let two_inputs: [(&str, Rule2, (f64, f64)); 8] = [
        ("sum", sum, (-4.0, -3.0)),
        ("difference", difference, (-4.0, -3.0)),
        ("product", product, (-4.0, -3.0)),
        ("product", product, (0.0, 0.0)),
        ("max", max, (2.0, -1.0)),
        ("max", max, (-4.0, -3.0)),
        ("max", max, (2.0, 2.0)),
        ("max", max, (-4.0, -4.0)),
    ];
    for (name, node, (a, b)) in two_inputs {
        let at = node(a, b);
        let numeric = central_gradient(|x| node(x[0], x[1]).value, &[a, b], H_CHECK);
        let error = worst_relative_error(&[at.da, at.db], &numeric.gradient);
        assert_claim(
            agrees(error),
            &format!(
                "gradient check of {name} at ({a}, {b}): analytic [{}, {}] against numeric {:?}",
                at.da, at.db, numeric.gradient
            ),
            format!("worst relative error {error:e}"),
            format!("below {AGREE_BELOW:e}"),
            "the rule's partials must match what nudging its own value measures",
        );
    }
    let one_input: [(&str, Rule1, f64); 5] = [
        ("scale(3, x)", |x| scale(3.0, x), 2.0),
        ("power(x, 3)", |x| power(x, 3), 3.0),
        ("power(x, 3)", |x| power(x, 3), -2.0),
        ("power(x, 2)", |x| power(x, 2), 0.0),
        ("power(x, 0)", |x| power(x, 0), 0.0),
    ];
    for (name, node, x) in one_input {
        let numeric = central_gradient(|x| node(x[0]).value, &[x], H_CHECK);
        let error = worst_relative_error(&[node(x).dx], &numeric.gradient);
        assert_claim(
            agrees(error),
            &format!(
                "gradient check of {name} at {x}: analytic {} against numeric {:?}",
                node(x).dx,
                numeric.gradient
            ),
            format!("worst relative error {error:e}"),
            format!("below {AGREE_BELOW:e}"),
            "the rule's derivative must match what nudging its own value measures",
        );
    }
    // And the checker must catch a bug: a·b with its partials swapped.
    let numeric = central_gradient(|x| x[0] * x[1], &[-4.0, -3.0], H_CHECK);
    let error = worst_relative_error(&[-4.0, -3.0], &numeric.gradient);
    // The true error is |−4 − (−3)| / 4 = 0.25, up to the numeric error of ~1e-11.
    assert_close(
        "worst relative error of a·b with swapped partials [-4, -3] at (-4, -3)",
        error,
        0.25,
        Tol::abs(1e-9),
        "a gradient check exists to catch wrong derivatives: this one is off by a quarter",
    );
}

#[test]
fn product_gradient_is_the_product_of_the_other_inputs() {
    // Products of small whole numbers and halves are exact: EXACT.
    let cases: [(&[f64], &[f64]); 4] = [
        (&[2.0, 3.0, 4.0], &[12.0, 8.0, 6.0]),
        (&[-4.0, -3.0], &[-3.0, -4.0]),
        (&[1.5, -2.0, 0.5, 4.0], &[-4.0, 3.0, -12.0, -1.5]),
        (&[5.0], &[1.0]),
    ];
    for (xs, expected) in cases {
        let got = product_gradient(xs);
        assert_claim(
            got.len() == xs.len(),
            &format!("how many partials product_gradient({xs:?}) returned"),
            got.len(),
            xs.len(),
            "one partial derivative per input",
        );
        for (i, (&g, &e)) in got.iter().zip(expected).enumerate() {
            let rule = if xs.len() == 1 {
                "with one input f = x₀ and ∂f/∂x₀ = 1: the product of no inputs is 1, \
                 so start the prefix and suffix products at 1"
            } else {
                "∂f/∂xᵢ is the product of every input except xᵢ: prefixᵢ (before i) times \
                 suffixᵢ (after i)"
            };
            assert_close(
                &format!("∂f/∂x{i} from product_gradient({xs:?})"),
                g,
                e,
                Tol::EXACT,
                rule,
            );
        }
    }
}

#[test]
fn product_gradient_is_right_when_inputs_are_zero() {
    let tiny = 2f64.powi(-600);
    let huge = 2f64.powi(600);
    // Powers of two and zeros: every product is exact, so EXACT. In the last case
    // x₀·x₁ = 2⁻¹²⁰⁰ is too small for f64 and rounds to 0 (true: it is below the
    // smallest f64), while ∂f/∂x₀ = x₁·x₂ = 1 is not small at all.
    let cases: [(&[f64], Vec<f64>, &str); 4] = [
        (&[2.0, 0.0, 4.0], vec![0.0, 8.0, 0.0], "one zero input"),
        (
            &[0.0, 3.0, 0.0, 5.0],
            vec![0.0, 0.0, 0.0, 0.0],
            "two zero inputs",
        ),
        (&[0.0], vec![1.0], "a single input, zero"),
        (
            &[tiny, tiny, huge],
            vec![1.0, 1.0, 0.0],
            "inputs whose product underflows to zero",
        ),
    ];
    for (xs, expected, what) in cases {
        let got = product_gradient(xs);
        assert_claim(
            got.len() == xs.len(),
            &format!("how many partials product_gradient({xs:?}) returned"),
            got.len(),
            xs.len(),
            "one partial derivative per input",
        );
        for (i, (&g, &e)) in got.iter().zip(&expected).enumerate() {
            let rule = if g.is_nan() {
                "NaN where an input is zero: this looks like dividing the whole product by \
                 xᵢ, and 0/0 is NaN. Multiply prefix and suffix products instead: no division"
            } else if what.contains("underflows") {
                "the whole product rounded to 0, but the product of the *other* inputs did \
                 not: dividing f by xᵢ loses it, prefix and suffix products keep it"
            } else {
                "∂f/∂xᵢ is the product of every input except xᵢ, zeros included"
            };
            assert_close(
                &format!("∂f/∂x{i} from product_gradient({xs:?}), {what}"),
                g,
                e,
                Tol::EXACT,
                rule,
            );
        }
    }
}

#[test]
fn product_gradient_agrees_with_the_numeric_gradient_for_1000_inputs() {
    let n = 1000;
    // Inputs between 0.95 and 1.05 (different from the story's), so that the
    // product of a thousand neither overflows nor vanishes.
    let xs: Vec<f64> = (0..n)
        .map(|i| 1.0 + ((13 * i) % 17) as f64 / 160.0 - 0.05)
        .collect();
    let f = |x: &[f64]| x.iter().product::<f64>();
    let analytic = product_gradient(&xs);
    assert_claim(
        analytic.len() == n,
        "how many partials product_gradient returned for 1000 inputs",
        analytic.len(),
        n,
        "one partial derivative per input",
    );
    // f is linear in each input, so both differences are exact but for rounding:
    // about 1e-16 · (1000 roundings) / h = 1e-8 at worst, and 1e-10 in practice,
    // below AGREE_BELOW = 1e-7. A partial off by one input is off by 1 % or more.
    for (name, measured, evaluations) in [
        ("central", central_gradient(f, &xs, H_CHECK), 2 * n),
        ("forward", forward_gradient(f, &xs, H_CHECK), n + 1),
    ] {
        let worst = (0..n)
            .map(|i| {
                let (a, m) = (analytic[i], measured.gradient[i]);
                (a - m).abs() / a.abs().max(m.abs())
            })
            .fold(0.0, f64::max);
        assert_claim(
            worst < AGREE_BELOW,
            &format!("worst relative error of product_gradient against the {name} gradient"),
            format!("{worst:e}"),
            format!("below {AGREE_BELOW:e}"),
            "partial i = xs[0]·…·xs[i−1] · xs[i+1]·…·xs[n−1]: check that the prefix stops \
             just before i and the suffix starts just after it",
        );
        assert_claim(
            measured.evaluations == evaluations,
            &format!("evaluations of f made by the {name} gradient of 1000 inputs"),
            measured.evaluations,
            evaluations,
            "the numeric gradient pays one call of f per input or two: N + 1 forward, 2N \
             central. Your two passes give all 1000 partials without calling f at all",
        );
    }
}

#[test]
fn product_gradient_panics_on_empty_or_non_finite_inputs() {
    assert_panics_with(
        "product_gradient(&[])",
        "needs at least one input",
        "a product of no inputs has no partials to give: panic with the documented message",
        || {
            product_gradient(&[]);
        },
    );
    for xs in [[1.0, f64::NAN], [f64::INFINITY, 2.0]] {
        assert_panics_with(
            &format!("product_gradient(&{xs:?})"),
            "every input must be finite",
            "with ∞ among the inputs, ∞·0 is NaN and the partials are meaningless: check \
             every input first and panic with the documented message",
            || {
                product_gradient(&xs);
            },
        );
    }
    // The numeric gradients given to you follow the same policy as your steps.
    for h in [0.0, -1e-5, f64::NAN, f64::INFINITY] {
        let f = |x: &[f64]| x[0];
        assert_panics_with(
            &format!("forward_gradient(f, &[1.0], h = {h})"),
            "h must be positive and finite",
            "numeric::forward_gradient is given code: restore it from the solution",
            || {
                forward_gradient(f, &[1.0], h);
            },
        );
        assert_panics_with(
            &format!("central_gradient(f, &[1.0], h = {h})"),
            "h must be positive and finite",
            "numeric::central_gradient is given code: restore it from the solution",
            || {
                central_gradient(f, &[1.0], h);
            },
        );
    }
}

#[test]
fn the_printed_story_matches_the_snapshot() {
    // The snapshot is lessons/lesson3/tests/snapshots/lesson3_story.snap: what
    // `cargo run -p lesson3` prints once every function above is right.
    insta::with_settings!({ prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!("lesson3_story", story::render());
    });
}

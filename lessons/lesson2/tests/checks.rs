//! Lesson 2's checks, in the order you meet the ideas.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson2` (all of them). The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use std::cell::{Cell, RefCell};
use std::panic::{UnwindSafe, catch_unwind};

use check::{Tol, assert_claim, assert_close};
use lesson2::*;

/// Steps no difference quotient can use: zero, negative, and not finite.
const BAD_STEPS: [f64; 6] = [0.0, -0.0, -1e-3, f64::NAN, f64::INFINITY, f64::NEG_INFINITY];

/// The documented message for a bad step.
const BAD_STEP_MESSAGE: &str = "h must be positive and finite";

fn cube(x: f64) -> f64 {
    x * x * x
}

/// The quotients of x³ worked out by hand from (x ± h)³ = x³ ± 3x²h + 3xh² ± h³.
struct CubeQuotients {
    forward: f64,
    central: f64,
    backward: f64,
}

fn cube_quotients(x: f64, h: f64) -> CubeQuotients {
    CubeQuotients {
        forward: 3.0 * x * x + 3.0 * x * h + h * h,
        central: 3.0 * x * x + h * h,
        backward: 3.0 * x * x - 3.0 * x * h + h * h,
    }
}

/// Where the quotients of x³ are checked, and how closely.
///
/// With h = 0.5 or 0.25 and whole x, every value and every difference is a
/// short binary fraction: the arithmetic is exact, so EXACT. With h = 1e-3,
/// rounding in f(x + h) − f(x) is about ε·|f|/h ≈ 2e-12, while the other
/// difference is 3xh = 6e-3 away and even the exact slope 3x² is h² = 1e-6 away:
/// ± 1e-9 sits between.
const CUBE_CASES: [(f64, f64, Tol); 3] = [
    (2.0, 0.5, Tol::EXACT),
    (-1.0, 0.25, Tol::EXACT),
    (2.0, 1e-3, Tol::abs(1e-9)),
];

/// The rule to think about, led by the name of a known mistake when `got` matches one.
fn rule_for(got: f64, tol: Tol, rule: &str, mistakes: &[(f64, &str)]) -> String {
    for &(value, mistake) in mistakes {
        if tol.accepts(got, value) {
            return format!("this looks like {mistake}; {rule}");
        }
    }
    rule.to_string()
}

/// What `run` panicked with, or `None` if it returned.
fn panic_message(run: impl FnOnce() + UnwindSafe) -> Option<String> {
    let payload = catch_unwind(run).err()?;
    let text = if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else if let Some(text) = payload.downcast_ref::<&str>() {
        text.to_string()
    } else {
        String::from("(a panic without a message)")
    };
    Some(text)
}

/// Checks that `run` panics with a message containing `expected`.
#[track_caller]
fn assert_refuses(quantity: &str, expected: &str, run: impl FnOnce() + UnwindSafe, rule: &str) {
    let message = panic_message(run);
    let got = match &message {
        None => String::from("it returned without a panic"),
        Some(text) => format!("a panic saying {text:?}"),
    };
    assert_claim(
        message.as_ref().is_some_and(|text| text.contains(expected)),
        quantity,
        got,
        format!("a panic whose message contains {expected:?}"),
        rule,
    );
}

#[test]
fn forward_difference_divides_the_rise_over_one_step_ahead_by_h() {
    for (x, h, tol) in CUBE_CASES {
        let q = cube_quotients(x, h);
        let got = derivative_forward(cube, x, h);
        let mistakes = [
            (q.central, "a central difference"),
            (q.backward, "a backward difference, f(x) − f(x − h)"),
            (q.forward / 2.0, "dividing by 2h instead of h"),
            (
                -q.forward,
                "the difference the wrong way round, f(x) − f(x + h)",
            ),
        ];
        assert_close(
            &format!("derivative_forward(x³, x = {x}, h = {h})"),
            got,
            q.forward,
            tol,
            &rule_for(
                got,
                tol,
                "the forward difference is (f(x + h) − f(x)) / h; for x³ that is 3x² + 3xh + h²",
                &mistakes,
            ),
        );
    }
}

#[test]
fn forward_difference_refuses_a_step_that_is_not_positive_and_finite() {
    for h in BAD_STEPS {
        assert_refuses(
            &format!("derivative_forward(x³, x = 1, h = {h})"),
            BAD_STEP_MESSAGE,
            move || {
                derivative_forward(cube, 1.0, h);
            },
            "a zero step divides by zero and a negative one steps backwards: check h before \
             using it, e.g. assert!(h > 0.0 && h.is_finite(), \"h must be positive and finite, got {h}\")",
        );
    }
}

#[test]
fn central_difference_divides_the_rise_across_both_sides_by_2h() {
    for (x, h, tol) in CUBE_CASES {
        let q = cube_quotients(x, h);
        let got = derivative_central(cube, x, h);
        let mistakes = [
            (q.forward, "a forward difference"),
            (q.backward, "a backward difference"),
            (2.0 * q.central, "dividing by h instead of 2h"),
            (
                -q.central,
                "the difference the wrong way round, f(x − h) − f(x + h)",
            ),
            (
                q.forward / 2.0,
                "(f(x + h) − f(x)) / 2h: the step behind is missing",
            ),
        ];
        assert_close(
            &format!("derivative_central(x³, x = {x}, h = {h})"),
            got,
            q.central,
            tol,
            &rule_for(
                got,
                tol,
                "the central difference is (f(x + h) − f(x − h)) / 2h: the two points are 2h \
                 apart; for x³ that is 3x² + h²",
                &mistakes,
            ),
        );
    }
}

#[test]
fn central_difference_refuses_a_step_that_is_not_positive_and_finite() {
    for h in BAD_STEPS {
        assert_refuses(
            &format!("derivative_central(x³, x = 1, h = {h})"),
            BAD_STEP_MESSAGE,
            move || {
                derivative_central(cube, 1.0, h);
            },
            "refuse a bad h here too, with the same message as derivative_forward",
        );
    }
}

#[test]
fn partial_derivatives_of_a_times_b_are_b_and_a() {
    let product = |a: f64, b: f64| a * b;
    // h = 0.5 keeps every product and difference exact: EXACT. With the post's
    // h = 0.01 (not a binary fraction), (4.01·3 − 12) / 0.01 is off by rounding of
    // about ε·12/0.01 ≈ 3e-13: ± 1e-11 allows that, and a wrong rule is off by 1 or more.
    for (a, b, h, tol) in [
        (4.0, 3.0, 0.5, Tol::EXACT),
        (-4.0, -3.0, 0.5, Tol::EXACT),
        (4.0, 3.0, 0.01, Tol::abs(1e-11)),
    ] {
        let got = partial_a(product, a, b, h);
        let mistakes = [
            (a, "∂f/∂b: the inputs are swapped"),
            (a + b + h, "moving both inputs at once"),
        ];
        assert_close(
            &format!("partial_a(a·b, a = {a}, b = {b}, h = {h})"),
            got,
            b,
            tol,
            &rule_for(
                got,
                tol,
                "move a to a + h and keep b: ((a + h)·b − a·b) / h = b",
                &mistakes,
            ),
        );
        let got = partial_b(product, a, b, h);
        let mistakes = [
            (b, "∂f/∂a: the inputs are swapped"),
            (a + b + h, "moving both inputs at once"),
        ];
        assert_close(
            &format!("partial_b(a·b, a = {a}, b = {b}, h = {h})"),
            got,
            a,
            tol,
            &rule_for(
                got,
                tol,
                "move b to b + h and keep a: (a·(b + h) − a·b) / h = a",
                &mistakes,
            ),
        );
    }
}

#[test]
fn partial_derivative_moves_one_input_and_holds_the_other_fixed() {
    // f = a²·b³ at (2, 1) with h = 0.5: every value is a short binary fraction, so
    // the arithmetic is exact (EXACT), and each wrong way gives a different number:
    //   ∂f/∂a: forward 4.5, central 4, exact 2ab³ = 4;
    //   ∂f/∂b: forward 19, central 13, exact 3a²b² = 12;
    //   both inputs moved: (2.5²·1.5³ − 4) / 0.5 = 34.1875.
    let (a, b, h) = (2.0, 1.0, 0.5);
    let calls = RefCell::new(Vec::new());
    let f = |a: f64, b: f64| {
        calls.borrow_mut().push((a, b));
        a * a * b * b * b
    };
    let both_moved = 34.1875;

    let got = partial_a(f, a, b, h);
    let mistakes = [
        (4.0, "a central difference (or the exact 2ab³)"),
        (19.0, "∂f/∂b: the inputs are swapped"),
        (both_moved, "moving both inputs at once"),
    ];
    assert_close(
        "partial_a(a²·b³, a = 2, b = 1, h = 0.5)",
        got,
        4.5,
        Tol::EXACT,
        &rule_for(
            got,
            Tol::EXACT,
            "a forward difference in a alone: (f(a + h, b) − f(a, b)) / h",
            &mistakes,
        ),
    );
    let moved_b: Vec<_> = calls
        .take()
        .into_iter()
        .filter(|&(_, bb)| bb != b)
        .collect();
    assert_claim(
        moved_b.is_empty(),
        "the calls of f made by partial_a(a²·b³, a = 2, b = 1, h = 0.5) with b ≠ 1",
        format!("{moved_b:?}"),
        "none: b stays at 1 in every call",
        "a partial derivative holds every other input fixed",
    );

    let got = partial_b(f, a, b, h);
    let mistakes = [
        (13.0, "a central difference"),
        (4.5, "∂f/∂a: the inputs are swapped"),
        (both_moved, "moving both inputs at once"),
    ];
    assert_close(
        "partial_b(a²·b³, a = 2, b = 1, h = 0.5)",
        got,
        19.0,
        Tol::EXACT,
        &rule_for(
            got,
            Tol::EXACT,
            "a forward difference in b alone: (f(a, b + h) − f(a, b)) / h",
            &mistakes,
        ),
    );
    let moved_a: Vec<_> = calls
        .take()
        .into_iter()
        .filter(|&(aa, _)| aa != a)
        .collect();
    assert_claim(
        moved_a.is_empty(),
        "the calls of f made by partial_b(a²·b³, a = 2, b = 1, h = 0.5) with a ≠ 2",
        format!("{moved_a:?}"),
        "none: a stays at 2 in every call",
        "a partial derivative holds every other input fixed",
    );
}

#[test]
fn partial_derivatives_refuse_a_bad_step_too() {
    for h in BAD_STEPS {
        let rule = "a partial derivative is a one-input derivative with the other input fixed: \
                    build it on derivative_forward and it refuses a bad h for free";
        assert_refuses(
            &format!("partial_a(a·b, a = 4, b = 3, h = {h})"),
            BAD_STEP_MESSAGE,
            move || {
                partial_a(|a, b| a * b, 4.0, 3.0, h);
            },
            rule,
        );
        assert_refuses(
            &format!("partial_b(a·b, a = 4, b = 3, h = {h})"),
            BAD_STEP_MESSAGE,
            move || {
                partial_b(|a, b| a * b, 4.0, 3.0, h);
            },
            rule,
        );
    }
}

#[test]
fn numeric_gradient_moves_each_input_in_turn() {
    // f = x₀²·x₁ + x₂³ at (1, 2, 3) with h = 0.5: short binary fractions, exact
    // arithmetic, so EXACT. Worked out by hand:
    //   forward: x₁(2x₀ + h) = 5,  x₀² = 1,  3x₂² + 3x₂h + h² = 31.75;
    //   central: 2x₀x₁ = 4,        x₀² = 1,  3x₂² + h² = 27.25;
    //   every input moved at once: (f(1.5, 2.5, 3.5) − f(1, 2, 3)) / 0.5 = 39 (forward).
    let f = |x: &[f64]| x[0] * x[0] * x[1] + x[2] * x[2] * x[2];
    let x = [1.0, 2.0, 3.0];
    let h = 0.5;
    let forward = [5.0, 1.0, 31.75];
    let central = [4.0, 1.0, 27.25];
    for (difference, expected, other, other_name, wrong_divisor, divisor_name) in [
        (
            Difference::Forward,
            forward,
            central,
            "a central difference",
            0.5,
            "dividing by 2h instead of h",
        ),
        (
            Difference::Central,
            central,
            forward,
            "a forward difference",
            2.0,
            "dividing by h instead of 2h",
        ),
    ] {
        let gradient = numeric_gradient(f, &x, h, difference);
        assert_claim(
            gradient.grad.len() == x.len(),
            &format!("numeric_gradient(.., {difference:?}).grad.len() for 3 inputs"),
            gradient.grad.len(),
            x.len(),
            "one partial derivative per input, in the order of the inputs",
        );
        for (i, (&got, &want)) in gradient.grad.iter().zip(&expected).enumerate() {
            let mistakes = [
                (other[i], other_name),
                (wrong_divisor * want, divisor_name),
                (39.0, "moving every input at once"),
            ];
            assert_close(
                &format!(
                    "component {i} of numeric_gradient(x₀²·x₁ + x₂³, (1, 2, 3), h = 0.5, {difference:?})"
                ),
                got,
                want,
                Tol::EXACT,
                &rule_for(
                    got,
                    Tol::EXACT,
                    "move only input i (to xᵢ + h, and xᵢ − h for central), and put it back \
                     before moving the next one",
                    &mistakes,
                ),
            );
        }
    }
}

#[test]
fn numeric_gradient_counts_n_plus_1_evaluations_forward_and_2n_central() {
    for n in [1, 2, 3, 10] {
        let x: Vec<f64> = (0..n).map(|i| i as f64).collect();
        for (difference, expected, formula) in [
            (Difference::Forward, n + 1, "N + 1"),
            (Difference::Central, 2 * n, "2N"),
        ] {
            let calls = Cell::new(0);
            let f = |x: &[f64]| {
                calls.set(calls.get() + 1);
                x.iter().map(|xi| xi * xi).sum::<f64>()
            };
            let gradient = numeric_gradient(f, &x, 1e-3, difference);
            let made = calls.get();
            assert_claim(
                gradient.evaluations == made,
                &format!("evaluations reported by numeric_gradient({difference:?}) for N = {n}"),
                gradient.evaluations,
                format!("{made} (the calls of f actually made)"),
                "count each call of f as it happens, next to the call: a count you work out \
                 from a formula is only right if the code does what the formula says",
            );
            let rule = match difference {
                Difference::Forward if made == 2 * n => {
                    "this looks like f(x) evaluated again for every input: forward needs it once, \
                     then one call per input"
                }
                Difference::Central if made == 2 * n + 1 => {
                    "this looks like an extra call at x itself: central needs only f(xᵢ + h) and \
                     f(xᵢ − h) for each input"
                }
                _ => "forward: f(x) once, then once per input; central: twice per input",
            };
            assert_claim(
                made == expected,
                &format!("calls of f made by numeric_gradient({difference:?}) for N = {n}"),
                made,
                format!("{expected} ({formula})"),
                rule,
            );
        }
    }
}

#[test]
fn numeric_gradient_refuses_an_empty_input_and_a_bad_step() {
    for difference in [Difference::Forward, Difference::Central] {
        assert_refuses(
            &format!("numeric_gradient(f, &[], h = 1e-3, {difference:?})"),
            "numeric_gradient needs at least one input",
            move || {
                numeric_gradient(|_: &[f64]| 0.0, &[], 1e-3, difference);
            },
            "a gradient of no inputs is almost surely a bug in the caller: say so, e.g. \
             assert!(!x.is_empty(), \"numeric_gradient needs at least one input\")",
        );
        for h in BAD_STEPS {
            assert_refuses(
                &format!("numeric_gradient(x₀·x₁, &[4, 3], h = {h}, {difference:?})"),
                BAD_STEP_MESSAGE,
                move || {
                    numeric_gradient(|x: &[f64]| x[0] * x[1], &[4.0, 3.0], h, difference);
                },
                "refuse a bad h with the same message as derivative_forward",
            );
        }
    }
}

#[test]
fn error_table_has_one_row_per_step_with_the_absolute_error() {
    let exact = 1f64.cos();
    let steps = [0.5, 1e-2, 1e-5];
    for difference in [Difference::Forward, Difference::Central] {
        let table = error_table(f64::sin, 1.0, exact, difference, &steps);
        let hs: Vec<f64> = table.iter().map(|row| row.h).collect();
        assert_claim(
            hs == steps,
            &format!("the steps of error_table(sin, 1, cos 1, {difference:?}, &{steps:?})"),
            format!("{hs:?}"),
            format!("{steps:?}"),
            "one row per step, in the order of the steps",
        );
        for row in &table {
            let (estimate, other, other_name) = match difference {
                Difference::Forward => (
                    derivative_forward(f64::sin, 1.0, row.h),
                    derivative_central(f64::sin, 1.0, row.h),
                    "the central difference's error",
                ),
                Difference::Central => (
                    derivative_central(f64::sin, 1.0, row.h),
                    derivative_forward(f64::sin, 1.0, row.h),
                    "the forward difference's error",
                ),
            };
            let error = (estimate - exact).abs();
            let mistakes = [
                (-error, "a signed error: take the absolute value"),
                (
                    error / exact,
                    "a relative error: we want |estimate − exact|",
                ),
                ((other - exact).abs(), other_name),
            ];
            // The same difference quotient minus the same exact slope: the
            // arithmetic is the same as here, so EXACT.
            assert_close(
                &format!("error in the {difference:?} row for h = {}", row.h),
                row.error,
                error,
                Tol::EXACT,
                &rule_for(
                    row.error,
                    Tol::EXACT,
                    "the error is |estimate − exact|, with the estimate from your own \
                     derivative_forward or derivative_central",
                    &mistakes,
                ),
            );
        }
        let empty = error_table(f64::sin, 1.0, exact, difference, &[]);
        assert_claim(
            empty.is_empty(),
            &format!("error_table(sin, 1, cos 1, {difference:?}, &[]).len()"),
            empty.len(),
            0,
            "no steps, no rows",
        );
        assert_refuses(
            &format!("error_table(sin, 1, cos 1, {difference:?}, &[1e-2, 0.0])"),
            BAD_STEP_MESSAGE,
            move || {
                error_table(f64::sin, 1.0, exact, difference, &[1e-2, 0.0]);
            },
            "a bad step is refused by the derivative functions: use them",
        );
    }
}

#[test]
fn forward_error_shrinks_like_h_while_the_formula_dominates() {
    // For sin at x = 1 the forward difference is off by h·|f″(1)|/2 = 0.4207·h,
    // plus h²·|f‴(1)|/6 = 0.09·h², 2% more at h = 0.1; rounding adds at most
    // about 2ε/h ≈ 4e-12 at h = 1e-4. So error/h lies within [0.41, 0.44] for
    // h = 1e-1 … 1e-4, while central errors (≈ 0.09·h²) or relative errors
    // (÷ cos 1, ≈ 0.78·h) fall outside.
    let table = error_table(f64::sin, 1.0, 1f64.cos(), Difference::Forward, &STEPS[..4]);
    for row in &table {
        let ratio = row.error / row.h;
        assert_claim(
            (0.41..=0.44).contains(&ratio),
            &format!("forward error / h for sin at x = 1, h = {:e}", row.h),
            format!("{ratio:.4} (error {:.2e})", row.error),
            "within [0.41, 0.44], near |sin″(1)|/2 = 0.4207 (e.g. error 4.2e-3 at h = 1e-2)",
            "the forward difference's own error is about h·|f″(x)|/2: ten times smaller h, \
             ten times smaller error",
        );
    }
}

#[test]
fn central_error_shrinks_like_h_squared_while_the_formula_dominates() {
    // For sin at x = 1 the central difference is off by h²·|f‴(1)|/6 = 0.0901·h²,
    // plus a relative h²/20 ≤ 0.05% at h = 0.1; rounding adds at most about
    // ε/h ≈ 2e-12 at h = 1e-4, 0.2% of the 9e-10 there. So error/h² lies within
    // [0.088, 0.092] for h = 1e-1 … 1e-4; forward errors (≈ 0.42·h) fall far outside.
    let table = error_table(f64::sin, 1.0, 1f64.cos(), Difference::Central, &STEPS[..4]);
    for row in &table {
        let ratio = row.error / (row.h * row.h);
        assert_claim(
            (0.088..=0.092).contains(&ratio),
            &format!("central error / h² for sin at x = 1, h = {:e}", row.h),
            format!("{ratio:.4} (error {:.2e})", row.error),
            "within [0.088, 0.092], near |sin‴(1)|/6 = 0.0901 (e.g. error 9.0e-6 at h = 1e-2)",
            "the central difference's own error is about h²·|f‴(x)|/6: ten times smaller h, \
             a hundred times smaller error",
        );
    }
}

#[test]
fn errors_rise_again_when_h_is_so_small_that_rounding_dominates() {
    // At h = 1e-13, f(x + h) and f(x) share all but their last few bits, so the
    // difference is mostly rounding: about ε/h ≈ 1e-3 relatively, thousands of
    // times the best error. At h = 1e-11 the post's sin example shows 1.2e-6 for
    // both formulas; the exact figure depends on the last bit of sin, so a
    // decade either side is allowed.
    for difference in [Difference::Forward, Difference::Central] {
        let table = error_table(f64::sin, 1.0, 1f64.cos(), difference, &STEPS);
        let smallest = table
            .iter()
            .map(|row| row.error)
            .fold(f64::INFINITY, f64::min);
        let last = table[table.len() - 1];
        assert_claim(
            last.error > 100.0 * smallest,
            &format!("{difference:?} error for sin at x = 1, h = 1e-13"),
            format!("{:.2e}", last.error),
            format!("more than 100 × the smallest error in the table ({smallest:.2e})"),
            "below the best h, rounding in f(x + h) − f(x) is divided by a tiny h: the error \
             grows again",
        );
        let at_1e_11 = table[10];
        assert_claim(
            (1e-7..=1e-5).contains(&at_1e_11.error),
            &format!("{difference:?} error for sin at x = 1, h = 1e-11"),
            format!("{:.2e}", at_1e_11.error),
            "within [1e-7, 1e-5], near 1.2e-6",
            "at h = 1e-11 rounding dominates both formulas alike",
        );
    }
}

#[test]
fn best_step_picks_the_row_with_the_smallest_error() {
    let row = |h: f64, error: f64| ErrorRow { h, error };
    for (table, expected, why) in [
        (
            vec![row(1e-1, 3.0), row(1e-2, 1.0), row(1e-3, 2.0)],
            row(1e-2, 1.0),
            "the smallest error is in the middle",
        ),
        (
            vec![row(1e-1, 0.5), row(1e-2, 1.0), row(1e-3, 2.0)],
            row(1e-1, 0.5),
            "the smallest error is the first row's",
        ),
        (
            vec![row(1e-1, 2.0), row(1e-2, 1.0), row(1e-3, 0.5)],
            row(1e-3, 0.5),
            "the smallest error is the last row's",
        ),
        (
            vec![
                row(1e-1, 3.0),
                row(1e-2, 1.0),
                row(1e-3, 2.0),
                row(1e-4, 1.0),
            ],
            row(1e-2, 1.0),
            "two rows tie, and the earlier one wins",
        ),
        (
            vec![row(1e-5, 7.0)],
            row(1e-5, 7.0),
            "a single row is the best",
        ),
    ] {
        let got = best_step(&table);
        let hs: Vec<String> = table.iter().map(|r| format!("{:e}", r.h)).collect();
        let errors: Vec<String> = table.iter().map(|r| r.error.to_string()).collect();
        assert_claim(
            got == expected,
            &format!(
                "best_step of the rows h = [{}] with errors [{}]",
                hs.join(", "),
                errors.join(", ")
            ),
            format!("h = {:e}, error {}", got.h, got.error),
            format!("h = {:e}, error {} ({why})", expected.h, expected.error),
            "keep the first row, then replace it only by a row with a strictly smaller error",
        );
    }
    assert_refuses(
        "best_step(&[])",
        "best_step needs at least one row",
        || {
            best_step(&[]);
        },
        "an empty table has no best row: panic with \"best_step needs at least one row\"",
    );
}

#[test]
fn best_forward_step_is_near_the_square_root_of_epsilon() {
    // Truncation h·|f″|/2 meets rounding ≈ ε/h near h = √ε ≈ 1.5e-8; on a grid of
    // powers of ten the best lands within a decade of it. For sin at x = 1 the
    // post found error 3.0e-9 at h = 1e-8; rounding makes the exact figure depend
    // on the last bit of sin, so [1e-10, 3e-8] is allowed, which a central
    // difference's best (about 1e-11, at h = 1e-5) misses.
    let table = error_table(f64::sin, 1.0, 1f64.cos(), Difference::Forward, &STEPS);
    let best = best_step(&table);
    assert_claim(
        [1e-9, 1e-8, 1e-7].contains(&best.h),
        "best h of the forward difference for sin at x = 1, over h = 1e-1 … 1e-13",
        format!("{:e}", best.h),
        "1e-9, 1e-8 or 1e-7: near √ε ≈ 1.5e-8",
        "the error falls like h until rounding, growing like ε/h, takes over: they balance \
         near h = √ε",
    );
    assert_claim(
        (1e-10..=3e-8).contains(&best.error),
        "best error of the forward difference for sin at x = 1",
        format!("{:.2e}", best.error),
        "within [1e-10, 3e-8], near 3.0e-9",
        "at h ≈ √ε both parts are about √ε ≈ 1e-8: half the digits of f64 are lost",
    );
}

#[test]
fn best_central_step_is_near_the_cube_root_of_epsilon() {
    // Truncation h²·|f‴|/6 meets rounding ≈ ε/h near h = ∛ε ≈ 6e-6; on a grid of
    // powers of ten the best lands within a decade of it. For sin at x = 1 the
    // post found error 1.1e-11 at h = 1e-5; rounding makes the exact figure depend
    // on the last bit of sin, so [1e-13, 1e-10] is allowed, which a forward
    // difference's best (about 3e-9, at h = 1e-8) misses.
    let table = error_table(f64::sin, 1.0, 1f64.cos(), Difference::Central, &STEPS);
    let best = best_step(&table);
    assert_claim(
        [1e-6, 1e-5, 1e-4].contains(&best.h),
        "best h of the central difference for sin at x = 1, over h = 1e-1 … 1e-13",
        format!("{:e}", best.h),
        "1e-6, 1e-5 or 1e-4: near ∛ε ≈ 6e-6",
        "the error falls like h² until rounding, growing like ε/h, takes over: they balance \
         near h = ∛ε",
    );
    assert_claim(
        (1e-13..=1e-10).contains(&best.error),
        "best error of the central difference for sin at x = 1",
        format!("{:.2e}", best.error),
        "within [1e-13, 1e-10], near 1.1e-11",
        "at h ≈ ∛ε the error is about ε^(2/3) ≈ 1e-11: a thousand times better than forward",
    );
}

#[test]
fn the_printed_story_matches_the_snapshot() {
    // The snapshot is lessons/lesson2/tests/snapshots/lesson2_story.snap: what
    // `cargo run -p lesson2` prints once every function above is right.
    insta::with_settings!({ prepend_module_to_snapshot => false }, {
        insta::assert_snapshot!("lesson2_story", story::render());
    });
}

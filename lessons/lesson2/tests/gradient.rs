//! Part 2: partial derivatives and the gradient — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson2 --test gradient`. The course's own test suite
//! runs this very file against the reference solution, so do not edit it: the
//! runner notices.

use check::{Calls, Tol, assert_claim, assert_close_naming, assert_equal, assert_panics, think};
use lesson2::*;

/// Steps no difference quotient can use: zero, negative, and not finite.
const BAD_STEPS: [f64; 4] = [0.0, -1e-3, f64::NAN, f64::INFINITY];

#[test]
fn partial_derivatives_of_a_times_b_are_b_and_a() {
    let product = |a: f64, b: f64| a * b;
    // h = 0.5 keeps every product and difference exact: ROUNDING. With the post's
    // h = 0.01 (not a binary fraction), (4.01·3 − 12) / 0.01 is off by rounding of
    // about ε·12/0.01 ≈ 3e-13: ± 1e-11 allows that, and a wrong rule is off by 1 or more.
    for (a, b, h, tol) in [
        (4.0, 3.0, 0.5, Tol::ROUNDING),
        (-4.0, -3.0, 0.5, Tol::ROUNDING),
        (4.0, 3.0, 0.01, Tol::abs(1e-11)),
    ] {
        let both = (a + b + h, "moving both inputs at once");
        assert_close_naming(
            &format!("partial_a(a·b, a = {a}, b = {b}, h = {h})"),
            partial_a(product, a, b, h),
            b,
            tol,
            "move a to a + h and keep b: ((a + h)·b − a·b) / h = b",
            &[(a, "∂f/∂b: the inputs are swapped"), both],
        );
        assert_close_naming(
            &format!("partial_b(a·b, a = {a}, b = {b}, h = {h})"),
            partial_b(product, a, b, h),
            a,
            tol,
            "move b to b + h and keep a: (a·(b + h) − a·b) / h = a",
            &[(b, "∂f/∂a: the inputs are swapped"), both],
        );
    }
}

#[test]
fn partial_derivative_moves_one_input_and_holds_the_other_fixed() {
    // f = a²·b³ at (2, 1) with h = 0.5: every value is a short binary fraction, so
    // the arithmetic is exact (ROUNDING), and each wrong way gives a different number:
    //   ∂f/∂a: forward 4.5, central 4 (and the exact 2ab³ = 4), h = 0.01 4.01;
    //   ∂f/∂b: forward 19, central 13 (the exact 3a²b² = 12), h = 0.01 12.1204;
    //   both inputs moved: (2.5²·1.5³ − 4) / 0.5 = 34.1875.
    let calls = Calls::new();
    let f = |a: f64, b: f64| {
        calls.record((a, b));
        a * a * b * b * b
    };
    let both = (34.1875, "moving both inputs at once");
    let small_h = "a step of 0.01 written into the code: use the h given";
    for (moved, expected, central, swapped, with_small_h, held, value) in [
        ("a", 4.5, 4.0, 19.0, 4.01, "b", 1.0),
        ("b", 19.0, 13.0, 4.5, 12.1204, "a", 2.0),
    ] {
        let name = format!("partial_{moved}");
        let got = if moved == "a" {
            partial_a(f, 2.0, 1.0, 0.5)
        } else {
            partial_b(f, 2.0, 1.0, 0.5)
        };
        assert_close_naming(
            &format!("{name}(a²·b³, a = 2, b = 1, h = 0.5)"),
            got,
            expected,
            Tol::ROUNDING,
            &format!("a forward difference in {moved} alone, with {held} held at {value}"),
            &[
                (central, "a central difference"),
                (
                    swapped,
                    "the other partial derivative: the inputs are swapped",
                ),
                (with_small_h, small_h),
                both,
            ],
        );
        let seen = calls.seen();
        calls.clear();
        let other: Vec<_> = seen
            .iter()
            .filter(|&&(a, b)| if held == "b" { b != 1.0 } else { a != 2.0 })
            .collect();
        assert_claim(
            other.is_empty(),
            &format!("calls of f by {name}(a²·b³, a = 2, b = 1, h = 0.5) with {held} ≠ {value}"),
            format!("{other:?}"),
            format!("none: {held} stays at {value} in every call"),
            "a partial derivative holds every other input fixed",
        );
    }
}

#[test]
fn partial_derivatives_refuse_a_bad_step_too() {
    let rule = "a partial derivative is a one-input derivative with the other input fixed: \
                build it on derivative_forward and it refuses a bad h for free";
    for h in BAD_STEPS {
        for name in ["partial_a", "partial_b"] {
            let partial = || match name {
                "partial_a" => partial_a(|a, b| a * b, 4.0, 3.0, h),
                _ => partial_b(|a, b| a * b, 4.0, 3.0, h),
            };
            let quantity = format!("{name}(a·b, a = 4, b = 3, h = {h})");
            assert_panics(&quantity, partial, "h must be positive and finite", rule);
        }
    }
}

#[test]
fn numeric_gradient_moves_each_input_in_turn() {
    // f = x₀²·x₁ + x₂³ at x = (1, 2, 3) with h = 0.5: short binary fractions, exact
    // arithmetic, so ROUNDING. Worked out by hand, for ∂f/∂x₀, ∂f/∂x₁, ∂f/∂x₂:
    //   forward: x₁(2x₀ + h) = 5,  x₀² = 1,  3x₂² + 3x₂h + h² = 31.75;
    //   central: 2x₀x₁ = 4,        x₀² = 1,  3x₂² + h² = 27.25;
    //   an input left moved when the next one moves: forward (5, 7.25, 39), central (4, 0.25, 27.25);
    //   every input moved at once: forward 39, central 32.5.
    let f = |x: &[f64]| x[0] * x[0] * x[1] + x[2] * x[2] * x[2];
    #[rustfmt::skip] // A table: the right values, then what each mistake gives.
    let cases = [
        // (difference, expected, the other quotient, an input left moved, h and 2h mixed up,
        //  `/ 2.0 * h`, every input moved at once)
        (Difference::Forward, [5.0, 1.0, 31.75], [4.0, 1.0, 27.25], [5.0, 7.25, 39.0],
            [2.5, 0.5, 15.875], [f64::NAN; 3], 39.0),
        (Difference::Central, [4.0, 1.0, 27.25], [5.0, 1.0, 31.75], [4.0, 0.25, 27.25],
            [8.0, 2.0, 54.5], [1.0, 0.25, 6.8125], 32.5),
    ];
    for (difference, expected, other, left_moved, divisor, times_h, at_once) in cases {
        let gradient = numeric_gradient(f, &[1.0, 2.0, 3.0], 0.5, difference);
        let run = format!("numeric_gradient(x₀²·x₁ + x₂³, x = (1, 2, 3), h = 0.5, {difference:?})");
        assert_equal(
            &format!("the number of partial derivatives in {run}.grad"),
            gradient.grad.len(),
            3,
            "one partial derivative per input, in the order of the inputs",
        );
        for (i, &got) in gradient.grad.iter().enumerate() {
            assert_close_naming(
                &format!("∂f/∂x{} = grad[{i}] of {run}", ["₀", "₁", "₂"][i]),
                got,
                expected[i],
                Tol::ROUNDING,
                "move only input i (to xᵢ + h, and to xᵢ − h for central), and put it back \
                 before moving the next one",
                &[
                    (other[i], "forward and central mixed up"),
                    (-expected[i], "the difference the wrong way round"),
                    (left_moved[i], "an input left moved: put xᵢ back"),
                    (divisor[i], "the wrong divisor: h forward, 2h central"),
                    (
                        times_h[i],
                        "/ 2.0 * h, which multiplies by h: write / (2.0 * h)",
                    ),
                    (at_once, "every input moved at once"),
                ],
            );
        }
    }
}

#[test]
fn numeric_gradient_counts_n_plus_1_evaluations_forward_and_2n_central() {
    // N = 3 first: there a count set (=) instead of added (1 or 2) and a count
    // of one per input (3) differ from each other and from the calls made (4 or
    // 6), so the first message names the right slip; at N = 1 they coincide.
    for n in [3, 10, 1, 2] {
        let x: Vec<f64> = (0..n).map(|i| i as f64).collect();
        for (difference, expected, formula) in [
            (Difference::Forward, n + 1, "N + 1"),
            (Difference::Central, 2 * n, "2N"),
        ] {
            let run = format!("numeric_gradient({difference:?}) for N = {n}");
            // Ten calls per input let a gradient that calls f too often finish and be
            // told so, and stop one whose loop never ends.
            let calls = Calls::limited(10 * (n + 1), &format!("calls of f by {run}"), formula);
            let f = |x: &[f64]| {
                calls.record(());
                x.iter().map(|xi| xi * xi).sum::<f64>()
            };
            let gradient = numeric_gradient(f, &x, 1e-3, difference);
            let made = calls.count();
            let rule = "forward: f(x) once, then once per input; central: twice per input";
            let mistakes = [
                (
                    difference == Difference::Forward && made == 2 * n,
                    "f(x) evaluated again for every input: forward needs it once",
                ),
                (
                    difference == Difference::Central && made == 2 * n + 1,
                    "an extra call at x itself: central needs only f(xᵢ + h) and f(xᵢ − h)",
                ),
            ];
            assert_claim(
                made == expected,
                &format!("calls of f made by {run}"),
                made,
                format!("{expected} ({formula})"),
                &think(rule, &mistakes),
            );
            let set = gradient.evaluations < made && gradient.evaluations <= 2;
            assert_claim(
                gradient.evaluations == made,
                &format!("evaluations reported by {run}"),
                gradient.evaluations,
                format!("{made} (the calls of f it made)"),
                &think(
                    "count each call of f as it happens, next to the call: a count worked out \
                     from a formula is only right if the code does what the formula says",
                    &[
                        (
                            set,
                            "the count set (=) at each call instead of added to (+=)",
                        ),
                        (
                            !set && n > 2 && gradient.evaluations == n,
                            "one evaluation counted per input (N): the count is of the calls \
                             of f, and each input takes one (forward, plus f(x) once) or two \
                             (central)",
                        ),
                    ],
                ),
            );
        }
    }
}

#[test]
fn numeric_gradient_refuses_an_empty_input_and_a_bad_step() {
    for difference in [Difference::Forward, Difference::Central] {
        assert_panics(
            &format!("numeric_gradient(f, x = [], h = 1e-3, {difference:?})"),
            || numeric_gradient(|_: &[f64]| 0.0, &[], 1e-3, difference),
            "numeric_gradient needs at least one input",
            "a gradient of no inputs is almost surely a bug in the caller: say so, e.g. \
             assert!(!x.is_empty(), \"numeric_gradient needs at least one input\")",
        );
        for h in BAD_STEPS {
            assert_panics(
                &format!("numeric_gradient(x₀·x₁, x = [4, 3], h = {h}, {difference:?})"),
                || numeric_gradient(|x: &[f64]| x[0] * x[1], &[4.0, 3.0], h, difference),
                "h must be positive and finite",
                "refuse a bad h before the loop, with the same message as derivative_forward",
            );
        }
    }
}

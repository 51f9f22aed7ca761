//! Part 2: the gates' backward rules — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson5 --test gates`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_close, assert_close_naming, assert_gradient_agrees, think};
use lesson5::gates::*;

#[test]
fn add_gate_passes_the_upstream_gradient_to_both_inputs() {
    // Upstream gradients other than 1, so that forgetting them shows.
    for upstream in [2.5, -3.0] {
        let (da, db) = add_backward(upstream);
        let rule = "a + b moves 1 for 1 with each input, so each input gets the upstream \
                    gradient times 1: unchanged";
        let mistakes = [(1.0, NOT_MULTIPLIED), (-upstream, "a sign slip")];
        for (name, got) in [("∂/∂a", da), ("∂/∂b", db)] {
            // A number passed on: ROUNDING.
            assert_close_naming(
                &format!("{name} from add_backward(upstream = {upstream})"),
                got,
                upstream,
                Tol::ROUNDING,
                rule,
                &mistakes,
            );
        }
        assert_gradient_agrees(
            &format!("add_backward(upstream = {upstream}) at (a, b) = (3, -4)"),
            &["∂/∂a", "∂/∂b"],
            &[da, db],
            |v| upstream * (v[0] + v[1]),
            &[3.0, -4.0],
            rule,
        );
    }
}

#[test]
fn mul_gate_gives_each_input_upstream_times_the_other_input() {
    // (a, b, upstream): inputs of different sizes and signs, upstream ≠ 1, so the
    // right answer and every named mistake differ.
    for (a, b, upstream) in [(3.0, -4.0, 2.0), (-1.5, 0.5, 4.0)] {
        let (da, db) = mul_backward(a, b, upstream);
        let at = format!("mul_backward(a = {a}, b = {b}, upstream = {upstream})");
        let rule = "a nudge of a moves a·b by b per unit, so a gets upstream·b, and b gets \
                    upstream·a: each input's local derivative is the OTHER input";
        // One product of exact small numbers: ROUNDING.
        for (name, got, other, own) in [("∂/∂a", da, b, a), ("∂/∂b", db, a, b)] {
            assert_close_naming(
                &format!("{name} from {at}"),
                got,
                upstream * other,
                Tol::ROUNDING,
                rule,
                &[
                    (
                        upstream * own,
                        "mul's swap: the local derivative of the wrong input (an input's \
                         own value)",
                    ),
                    (other, NOT_MULTIPLIED),
                    (-upstream * other, "a sign slip"),
                ],
            );
        }
        assert_gradient_agrees(
            &at,
            &["∂/∂a", "∂/∂b"],
            &[da, db],
            |v| upstream * v[0] * v[1],
            &[a, b],
            rule,
        );
    }
}

#[test]
fn max_gate_routes_the_upstream_gradient_to_the_larger_input_only() {
    // (a, b, upstream, ∂/∂a, ∂/∂b) by hand. At (−4, −3) the larger input is −3.
    let cases = [
        (2.0, -1.0, 3.0, 3.0, 0.0),
        (-4.0, -3.0, 3.0, 0.0, 3.0),
        (0.5, 1.5, -2.0, 0.0, -2.0),
    ];
    for (a, b, upstream, da, db) in cases {
        let got = max_backward(a, b, upstream);
        let at = format!("max_backward(a = {a}, b = {b}, upstream = {upstream})");
        let rule = think(
            "max(a, b) passes the larger input through and ignores the smaller one: the \
             larger gets all of the upstream gradient, the smaller 0",
            &[
                (
                    same(got, (upstream, upstream)),
                    "max's gradient given to both inputs: the smaller one does not reach \
                     the output, so it gets 0",
                ),
                (
                    same(got, (db, da)),
                    "the gradient routed to the smaller input",
                ),
                (same(got, (da / upstream, db / upstream)), NOT_MULTIPLIED),
            ],
        );
        assert_max_pair(&at, got, (da, db), upstream, (a, b), &rule);
    }
}

#[test]
fn max_gate_splits_a_tie_in_half() {
    for (x, upstream) in [(2.0, 3.0), (-1.0, -2.0)] {
        let got = max_backward(x, x, upstream);
        let half = upstream / 2.0;
        let at = format!("max_backward(a = {x}, b = {x}, upstream = {upstream}), a tie");
        let rule = think(
            "at a tie neither input is the larger: this lesson splits the upstream gradient, \
             half to each (a central difference measures ½ there, and the halves add up to \
             the whole)",
            &[
                (
                    same(got, (upstream, 0.0)) || same(got, (0.0, upstream)),
                    "a tie given all to one side (an `if a > b … else` or `>=` with no case for a == b)",
                ),
                (
                    same(got, (upstream, upstream)),
                    "max's gradient given to both inputs in full: together they would get twice \
                     the upstream gradient",
                ),
                (same(got, (0.5, 0.5)), NOT_MULTIPLIED),
            ],
        );
        assert_max_pair(&at, got, (half, half), upstream, (x, x), &rule);
    }
}

#[test]
fn sigmoid_squashes_t_into_0_to_1() {
    // σ(0) = 1/2 exactly; σ(±2) = 1/(1 + e^∓2) from e^−2 = 0.1353352832366127 by
    // hand (σ(−2) = 1 − σ(2)); far out, e^−800 rounds to 0 and e^800 to ∞.
    let cases = [
        (0.0, 0.5),
        (2.0, 0.8807970779778823),
        (-2.0, 0.11920292202211755),
        (800.0, 1.0),
        (-800.0, 0.0),
    ];
    for (t, expected) in cases {
        let got = sigmoid(t);
        let overflow = "e^t / (1 + e^t): for a large t that is ∞/∞ = NaN, while 1 / (1 + e^−t) \
                        never overflows that way";
        let rule = think("σ(t) = 1 / (1 + e^−t)", &[(got.is_nan(), overflow)]);
        let flipped = "σ(−t): e^t where e^−t belongs ((-t).exp() is e^−t)";
        // exp is correct to about one unit in the last place, then two more
        // roundings: ROUNDING (± 1e-12) is plenty, and tells any two formulas apart.
        let quantity = format!("sigmoid({t})");
        assert_close_naming(
            &quantity,
            got,
            expected,
            Tol::ROUNDING,
            &rule,
            &[(1.0 - expected, flipped)],
        );
    }
}

#[test]
fn sigmoid_backward_is_upstream_times_sigma_prime_at_the_input_t() {
    // (t, upstream, upstream·σ(t)·(1 − σ(t))) by hand from σ(2) = 0.8807970779778823
    // and σ(−1) = 0.2689414213699951: σ′(2) = 0.10499358540350662,
    // σ′(−1) = 0.19661193324148185. Far out, σ′(−800) = e^−800/… rounds to 0.
    let cases = [
        (2.0, 3.0, 0.31498075621051985),
        (-1.0, -2.0, -0.3932238664829637),
        (-800.0, 1.0, 0.0),
    ];
    for (t, upstream, expected) in cases {
        let got = sigmoid_backward(t, upstream);
        let quantity = format!("sigmoid_backward(t = {t}, upstream = {upstream})");
        let rule = "the local derivative is σ′(t) = σ(t)·(1 − σ(t)) at the gate's input t, \
                    and the gate hands back upstream·σ′(t)";
        let overflow = "e^−t / (1 + e^−t)²: far from 0 that is ∞/∞ = NaN, while \
                        σ(t)·(1 − σ(t)) is 0·1 there";
        let (s, u) = (sigma(t), upstream);
        let at_output = sigma(s) * (1.0 - sigma(s));
        let mistakes = [
            (u * s, "σ′ taken as σ: the derivative is σ(t)·(1 − σ(t))"),
            (
                u * at_output,
                "σ′ evaluated at the output σ(t) instead of the input t: this function \
                 receives t, so σ′(t) = σ(t)·(1 − σ(t))",
            ),
            (
                u * t * (1.0 - t),
                "t·(1 − t): the formula for a gate that receives its output σ(t); this one \
                 receives t, so compute σ(t) first",
            ),
            (s * (1.0 - s), NOT_MULTIPLIED),
            (u * s * (1.0 - t), "σ(t)·(1 − t): it is σ(t)·(1 − σ(t))"),
            (-u * s * (1.0 - s), "a sign slip"),
        ];
        // exp to the last place, then a few roundings: ROUNDING (± 1e-12) tells every
        // named mistake apart (they differ by 0.05 or more).
        let rule = think(rule, &[(got.is_nan(), overflow)]);
        assert_close_naming(&quantity, got, expected, Tol::ROUNDING, &rule, &mistakes);
        if t.abs() < 100.0 {
            let f = |v: &[f64]| upstream * sigma(v[0]);
            assert_gradient_agrees(&quantity, &["∂/∂t"], &[got], f, &[t], &rule);
        }
    }
}

/// Checks the pair of gradients `max_backward` returned at (a, b) against the
/// expected pair, and against central differences of upstream·max(a, b).
#[track_caller]
fn assert_max_pair(
    at: &str,
    got: (f64, f64),
    expected: (f64, f64),
    upstream: f64,
    (a, b): (f64, f64),
    rule: &str,
) {
    // 0, the upstream gradient or half of it, all small numbers: ROUNDING.
    for (name, g, e) in [("∂/∂a", got.0, expected.0), ("∂/∂b", got.1, expected.1)] {
        assert_close(&format!("{name} from {at}"), g, e, Tol::ROUNDING, rule);
    }
    let f = |v: &[f64]| upstream * v[0].max(v[1]);
    assert_gradient_agrees(at, &["∂/∂a", "∂/∂b"], &[got.0, got.1], f, &[a, b], rule);
}

/// The mistake of a gate that hands back its local derivative as it is.
const NOT_MULTIPLIED: &str =
    "the local derivative alone: the upstream gradient was not multiplied in";

/// Whether a pair of gradients is `expected` (ROUNDING: the pairs compared here
/// are 0, ½, or small whole numbers and their halves).
fn same(got: (f64, f64), expected: (f64, f64)) -> bool {
    Tol::ROUNDING.accepts(got.0, expected.0) && Tol::ROUNDING.accepts(got.1, expected.1)
}

/// The sigmoid, written here so that no check measures with your `sigmoid`.
fn sigma(t: f64) -> f64 {
    1.0 / (1.0 + (-t).exp())
}

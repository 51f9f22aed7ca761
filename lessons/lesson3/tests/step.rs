//! Part 2: one step, two ways — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson3 --test step`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Calls, Tol, assert_all_close, assert_claim, assert_close, assert_panics, think};
use lesson3::*;

/// The step size η of the post's update.
const ETA: f64 = 0.01;

#[test]
fn gradient_is_the_pair_of_partials_at_the_point() {
    // a·b at (−4, −3) gives (b, a) = (−3, −4); a − 2b, whose partials are not its
    // inputs, shows a gradient that ignores its node. Nothing is computed, only
    // passed on: ROUNDING.
    let nodes: [(&str, Rule2, [f64; 2]); 2] = [
        ("a·b", times, [-3.0, -4.0]),
        ("a − 2b", tilted, [1.0, -2.0]),
    ];
    for (name, node, expected) in nodes {
        let (da, db) = gradient(node, (-4.0, -3.0));
        let rule = think(
            "the gradient is the pair (∂f/∂a, ∂f/∂b): node.da and node.db, from the node at the point",
            &[
                (
                    [db, da] == expected,
                    "the pair in the wrong order, (∂f/∂b, ∂f/∂a)",
                ),
                (
                    (da, db) == (-3.0, -4.0),
                    "the gradient of a·b whatever the node: call the node given",
                ),
            ],
        );
        let quantity = format!("(∂f/∂a, ∂f/∂b) = gradient({name}, (-4, -3))");
        assert_all_close(&quantity, &[da, db], &expected, Tol::ROUNDING, &rule);
    }
}

#[test]
fn gradient_step_from_minus_4_minus_3_reaches_12_2512() {
    // The exact answers are the decimals −4.03, −3.04 and 12.2512; a few + − × on
    // these inputs leave only rounding (about 1e-15) between them and the floats.
    // The nearest wrong answers (the sequential 12.252409, the descent 11.7512)
    // are more than 1e-3 away.
    assert_step((-4.0, -3.0), ETA, [-4.03, -3.04], 12.2512);
}

#[test]
fn gradient_step_takes_both_partials_at_the_start() {
    let calls = Calls::new();
    let recorded = |a: f64, b: f64| {
        calls.record((a, b));
        times(a, b)
    };
    gradient_step(recorded, (-4.0, -3.0), ETA);
    assert_claim(
        calls.seen() == [(-4.0, -3.0)],
        "the points where gradient_step(node, (-4, -3), η = 0.01) called node",
        format!("{:?}", calls.seen()),
        "[(-4.0, -3.0)]: one call, at the start",
        "one call of node gives its value and all its partials at one point; a gradient step \
         uses them all, from that one point (a second call at a moved point is the sequential \
         update)",
    );
}

#[test]
fn gradient_step_from_minus_2_and_3_reaches_minus_5_8706() {
    // Karpathy's example: f(x, y) = x·y from (−2, 3), f = −6. Exact decimals −1.97,
    // 2.98 and −5.8706, up to rounding (about 1e-15); the sequential −5.871191 and
    // the descent −6.1306 are far outside.
    assert_step((-2.0, 3.0), ETA, [-1.97, 2.98], -5.8706);
}

#[test]
fn gradient_step_moves_by_the_step_size_it_is_given() {
    // η = 0.25 and 0.5 are exact in binary, and so is every point here: ROUNDING.
    assert_step((-4.0, -3.0), 0.25, [-4.75, -4.0], 19.0);
    assert_step((-4.0, -3.0), 0.5, [-5.5, -5.0], 27.5);
}

#[test]
fn sequential_step_from_minus_4_minus_3_reaches_12_252409() {
    let calls = Calls::new();
    let recorded = |a: f64, b: f64| {
        calls.record((a, b));
        times(a, b)
    };
    let got = sequential_step(recorded, (-4.0, -3.0), ETA);
    let rule = think(
        "first a ← a + η·∂f/∂a at (a, b), then b ← b + η·∂f/∂b at (new a, b)",
        &[
            (
                same_point(got, (-4.03, -3.04)),
                "the simultaneous gradient step (f = 12.2512): the post used the new a to update \
                 b, so take ∂f/∂b at (new a, b)",
            ),
            (
                same_point(got, (-4.0304, -3.04)),
                "b moved first and a used the new b",
            ),
            (
                same_point(got, (-3.97, -2.9603)),
                "a step downhill: ascent adds η times the partial",
            ),
        ],
    );
    // Exact decimals −4.03, −3.0403 and 12.252409, up to rounding (about 1e-15);
    // the simultaneous 12.2512 is more than 1e-3 away.
    let quantity = "sequential_step(a·b, (-4, -3), η = 0.01)";
    assert_all_close(
        &format!("(a, b) after {quantity}"),
        &[got.0, got.1],
        &[-4.03, -3.0403],
        Tol::ROUNDING,
        &rule,
    );
    assert_close(
        &format!("a·b after {quantity}"),
        got.0 * got.1,
        12.252409,
        Tol::ROUNDING,
        &rule,
    );
    let seen = calls.seen();
    assert_claim(
        seen.len() == 2 && same_point(seen[0], (-4.0, -3.0)) && same_point(seen[1], (-4.03, -3.0)),
        &format!("the points where {quantity} called node"),
        format!("{seen:?}"),
        "[(-4.0, -3.0), (-4.03, -3.0)]",
        "call node at the start for ∂f/∂a, then again at (new a, b) for ∂f/∂b",
    );
    // With η = 0.5 (exact in binary): a = −4 + 0.5·(−3) = −5.5, then
    // b = −3 + 0.5·(−5.5) = −5.75. ROUNDING.
    let got = sequential_step(times, (-4.0, -3.0), 0.5);
    let rule = think(
        "move by the step size η you are given",
        &[(
            same_point(got, (-4.03, -3.0403)),
            "a fixed step size of 0.01",
        )],
    );
    let quantity = "(a, b) after sequential_step(a·b, (-4, -3), η = 0.5)";
    assert_all_close(
        quantity,
        &[got.0, got.1],
        &[-5.5, -5.75],
        Tol::ROUNDING,
        &rule,
    );
}

#[test]
fn steps_refuse_a_bad_step_size_or_a_point_that_is_not_finite() {
    type Step = fn(Rule2, (f64, f64), f64) -> (f64, f64);
    let steps: [(&str, Step); 2] = [
        ("gradient_step", |node, point, eta| {
            gradient_step(node, point, eta)
        }),
        ("sequential_step", |node, point, eta| {
            sequential_step(node, point, eta)
        }),
    ];
    for (name, step) in steps {
        for eta in [0.0, -0.01, f64::NAN, f64::INFINITY] {
            assert_panics(
                &format!("{name}(a·b, (-4, -3), η = {eta})"),
                || step(times, (-4.0, -3.0), eta),
                "the step size must be positive and finite",
                "a step size of 0 goes nowhere, a negative one descends, NaN or ∞ make every \
                 input NaN or ∞: check η first and panic with the documented message",
            );
        }
        for point in [(f64::NAN, -3.0), (-4.0, f64::INFINITY)] {
            assert_panics(
                &format!("{name}(a·b, {point:?}, η = 0.01)"),
                || step(times, point, ETA),
                "the point must be finite",
                "a NaN or infinite input makes every later number meaningless: check both \
                 inputs and panic with the documented message",
            );
        }
    }
}

/// A node of two inputs, as the tables hold them.
type Rule2 = fn(f64, f64) -> Node2;

/// The node a·b with its partials, written here so that the checks of the steps
/// do not depend on your `product`.
fn times(a: f64, b: f64) -> Node2 {
    node(a * b, b, a)
}

/// The node a − 2b, whose partials (1, −2) are not its inputs.
fn tilted(a: f64, b: f64) -> Node2 {
    node(a - 2.0 * b, 1.0, -2.0)
}

fn node(value: f64, da: f64, db: f64) -> Node2 {
    Node2 { value, da, db }
}

/// Whether two points are the same up to rounding. ROUNDING: the points compared
/// here are a few + − × away from exact decimals, and the wrong answers being
/// recognised differ from each other by 1e-4 or more.
fn same_point(got: (f64, f64), expected: (f64, f64)) -> bool {
    Tol::ROUNDING.accepts(got.0, expected.0) && Tol::ROUNDING.accepts(got.1, expected.1)
}

/// Checks one gradient step on a·b from `start` with step size `eta`: the point
/// it reaches and a·b there, naming the mistakes its result matches.
#[track_caller]
fn assert_step(start: (f64, f64), eta: f64, expected: [f64; 2], value: f64) {
    let got = gradient_step(times, start, eta);
    let (a, b) = start;
    let rule = think(
        "a ← a + η·∂f/∂a and b ← b + η·∂f/∂b, both partials from one call of node at the start",
        &[
            (
                same_point(got, (a + eta * b, b + eta * (a + eta * b))),
                "the sequential update: ∂f/∂b was taken at the new a. A gradient step takes \
                 both partials at the starting point, then moves both inputs",
            ),
            (
                same_point(got, (a - eta * b, b - eta * a)),
                "a step downhill: ascent adds η times the partial",
            ),
            (
                same_point(got, (a + eta * a, b + eta * b)),
                "each input moved by the other's partial",
            ),
            (
                same_point(got, (a + ETA * b, b + ETA * a)),
                "a fixed step size of 0.01, not the η given",
            ),
        ],
    );
    let quantity = format!("gradient_step(a·b, ({a}, {b}), η = {eta})");
    assert_all_close(
        &format!("(a, b) after {quantity}"),
        &[got.0, got.1],
        &expected,
        Tol::ROUNDING,
        &rule,
    );
    assert_close(
        &format!("a·b after {quantity}"),
        got.0 * got.1,
        value,
        Tol::ROUNDING,
        &rule,
    );
}

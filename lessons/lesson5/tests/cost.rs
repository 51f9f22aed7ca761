//! Part 5: what backpropagation costs, counted — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson5 --test cost`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{
    Calls, Tol, assert_all_close, assert_claim, assert_equal, assert_gradient_agrees,
    assert_panics, think,
};
use lesson5::cost::*;

#[test]
fn chain_forward_runs_one_mul_gate_per_input_after_the_first() {
    // (inputs, running products by hand, the calls mul(p, x) they take).
    type Case<'a> = (&'a [f64], &'a [f64], &'a [(f64, f64)]);
    let cases: [Case; 3] = [
        (
            &[2.0, 3.0, -1.0, 0.5],
            &[2.0, 6.0, -6.0, -3.0],
            &[(2.0, 3.0), (6.0, -1.0), (-6.0, 0.5)],
        ),
        (&[1.5, -2.0], &[1.5, -3.0], &[(1.5, -2.0)]),
        (&[5.0], &[5.0], &[]),
    ];
    for (xs, products, expected_calls) in cases {
        let calls = Calls::new();
        let got = chain_forward(xs, |p, x| {
            calls.record((p, x));
            p * x
        });
        let rule = think(
            "p₁ = x₁ (no gate), then pᵢ = mul(p_(i−1), xᵢ) for each further input: N running \
             products from N − 1 gates",
            &[(
                got.len() == xs.len() + 1 && got.first() == Some(&1.0),
                "the empty product 1 kept as a running product: the first one is p₁ = x₁",
            )],
        );
        // Products of halves and small whole numbers: ROUNDING.
        assert_all_close(
            &format!("chain_forward(&{xs:?}, mul)"),
            &got,
            products,
            Tol::ROUNDING,
            &rule,
        );
        let seen = calls.seen();
        let rule = think(
            "every gate runs through mul, once: N inputs make N − 1 calls, the first \
             mul(x₁, x₂)",
            &[
                (
                    seen.len() == xs.len() && seen.first() == Some(&(1.0, xs[0])),
                    "a gate for x₁ too, mul(1, x₁): p₁ = x₁ is no gate (an off-by-one in \
                     the cost)",
                ),
                (
                    seen.is_empty() && xs.len() > 1,
                    "no call of mul at all: compute every gate with mul(p, x), so that it \
                     can be counted",
                ),
            ],
        );
        assert_equal(
            &format!("the calls mul(p, x) made by chain_forward(&{xs:?}, mul)"),
            format!("{} calls: {seen:?}", seen.len()),
            format!("{} calls: {expected_calls:?}", expected_calls.len()),
            &rule,
        );
    }
}

#[test]
fn chain_backward_gives_each_input_the_product_of_all_the_others() {
    let xs = [2.0, 3.0, -1.0, 0.5];
    let products = [2.0, 6.0, -6.0, -3.0];
    let calls = Calls::new();
    let got = chain_backward(&xs, &products, |p, x, upstream| {
        calls.record((p, x, upstream));
        // The mul gate's backward rule, written here so that this check does not
        // depend on your part 2.
        (upstream * x, upstream * p)
    });
    // By hand: ∂f/∂xᵢ is the product of the other three inputs.
    let expected = [-1.5, -1.0, 3.0, -6.0];
    let rule = think(
        "start with ∂f/∂p₄ = 1 at the output; gate i = 4, 3, 2 gives (∂f/∂p_(i−1), ∂f/∂xᵢ) = \
         mul_backward(p_(i−1), xᵢ, ∂f/∂pᵢ), and the first becomes the upstream of the gate \
         below; what arrives at p₁ is ∂f/∂x₁",
        &[
            (
                same(&got, &[3.0, 2.0, 6.0, -6.0]) || same(&got, &[1.0, 2.0, 6.0, -6.0]),
                "the upstream gradient not multiplied in: every gate was given 1 from above \
                 instead of what the gate above handed down",
            ),
            (
                same(&got, &[0.0, -1.0, 3.0, -6.0]),
                "∂f/∂x₁ left at 0: what arrives at p₁ = x₁ after the last gate is ∂f/∂x₁",
            ),
            (
                same(&got, &[-6.0, 3.0, -1.0, -1.5]),
                "the gradient listed from the last input: ∂f/∂x₁ comes first",
            ),
            (
                got.len() == 4 && got[1..].contains(&0.0),
                "a partial left at 0: the loop skipped a gate (an off-by-one in its range?); \
                 every gate runs once, down to the one of x₂",
            ),
        ],
    );
    // Products of halves and small whole numbers: ROUNDING.
    assert_all_close(
        "chain_backward(&[2, 3, -1, 0.5], &[2, 6, -6, -3], mul_backward)",
        &got,
        &expected,
        Tol::ROUNDING,
        &rule,
    );
    assert_gradient_agrees(
        "chain_backward at (2, 3, -1, 0.5)",
        &["∂f/∂x₁", "∂f/∂x₂", "∂f/∂x₃", "∂f/∂x₄"],
        &got,
        |v| v.iter().product(),
        &xs,
        &rule,
    );
    let seen = calls.seen();
    let expected_calls = [(-6.0, 0.5, 1.0), (6.0, -1.0, 0.5), (2.0, 3.0, -0.5)];
    assert_equal(
        "the calls mul_backward(p, x, upstream) made by chain_backward(&[2, 3, -1, 0.5], ..)",
        format!("{} calls: {seen:?}", seen.len()),
        format!("{} calls: {expected_calls:?}", expected_calls.len()),
        "one call per gate, from the last gate down, each with the gradient arriving at \
         its output: 1 at the top, then what the gate above handed to its p",
    );
}

#[test]
fn backprop_runs_each_gate_once_forward_and_once_backward_whatever_n() {
    for n in [1, 10, 100, 1000] {
        // Inputs between 0.95 and 1.05, so that a product of 1000 neither
        // overflows nor vanishes.
        let xs: Vec<f64> = (0..n)
            .map(|i| 1.0 + ((13 * i) % 17) as f64 / 160.0 - 0.05)
            .collect();
        let forward = Calls::new();
        let products = chain_forward(&xs, |p, x| {
            forward.record(());
            p * x
        });
        let backward = Calls::new();
        let grad = chain_backward(&xs, &products, |p, x, upstream| {
            backward.record(());
            (upstream * x, upstream * p)
        });
        // What the numeric gradient (forward differences) would take instead.
        let numeric = format!(
            "the numeric gradient runs the whole chain N + 1 = {} times, {} gate runs",
            n + 1,
            (n + 1) * (n - 1)
        );
        for (pass, calls) in [("chain_forward", &forward), ("chain_backward", &backward)] {
            assert_claim(
                calls.count() == n - 1,
                &format!("the gates {pass} ran for N = {n} inputs"),
                calls.count(),
                format!("{} (one per gate, whatever N is)", n - 1),
                &format!(
                    "backprop runs each of the N − 1 gates once forward and once backward \
                     for all N partials; {numeric}"
                ),
            );
        }
        assert_gradient_agrees(
            &format!("chain_backward for N = {n} inputs near 1"),
            &vec!["a partial"; n],
            &grad,
            |v| v.iter().product(),
            &xs,
            "∂f/∂xᵢ is the product of all the inputs but xᵢ: the gradient arriving at gate \
             i (the inputs after it) times p_(i−1) (the inputs before it)",
        );
    }
}

#[test]
fn chain_forward_and_backward_refuse_bad_input() {
    let why = "an empty chain has no output and no partials, and a product missing (or \
               extra) would pair the wrong numbers: check before the loop, which would \
               not run at all for no inputs, and panic with the documented message";
    assert_panics(
        "chain_forward(&[], mul)",
        || chain_forward(&[], |p, x| p * x),
        "needs at least one input",
        why,
    );
    let rule = |p: f64, x: f64, upstream: f64| (upstream * x, upstream * p);
    let cases: [(&[f64], &[f64], &str); 3] = [
        (&[], &[], "needs at least one input"),
        (&[1.0, 2.0], &[1.0], "one running product per input"),
        (&[1.0], &[1.0, 2.0], "one running product per input"),
    ];
    for (xs, products, text) in cases {
        assert_panics(
            &format!("chain_backward(&{xs:?}, &{products:?}, mul_backward)"),
            || chain_backward(xs, products, rule),
            text,
            why,
        );
    }
}

// The story and its pictures (modules of src/main.rs) are compiled in for this check only.
#[path = "../src/circuits.rs"]
mod circuits;
#[path = "../src/draw.rs"]
mod draw;
#[path = "../src/story.rs"]
mod story;

#[test]
fn the_printed_story_matches_the_snapshot() {
    // The snapshot is lessons/lesson5/tests/snapshots/lesson5_story.snap: what
    // `cargo run -p lesson5` prints once every part is right.
    check::story_snapshot!("lesson5_story", story::render());
}

/// Whether two lists are the same, number by number (ROUNDING: the lists compared
/// here hold halves and small whole numbers).
fn same(got: &[f64], expected: &[f64]) -> bool {
    got.len() == expected.len()
        && got
            .iter()
            .zip(expected)
            .all(|(&g, &e)| Tol::ROUNDING.accepts(g, e))
}

//! Part 4: all partials in two passes — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson3 --test product_gradient`. The course's own test
//! suite runs this very file against the reference solution, so do not edit it:
//! the runner notices.

use check::{
    Tol, assert_all_close, assert_claim, assert_equal, assert_panics, show, show_all, think,
};
use lesson3::numeric::{central_gradient, forward_gradient};
use lesson3::*;

#[test]
fn product_gradient_is_the_product_of_the_other_inputs() {
    // Products of small whole numbers and halves are exact: ROUNDING.
    let cases: [(&[f64], &[f64]); 4] = [
        (&[2.0, 3.0, 4.0], &[12.0, 8.0, 6.0]),
        (&[-4.0, -3.0], &[-3.0, -4.0]),
        (&[1.5, -2.0, 0.5, 4.0], &[-4.0, 3.0, -12.0, -1.5]),
        (&[5.0], &[1.0]),
    ];
    for (xs, expected) in cases {
        let got = product_gradient(xs);
        let rule = think(
            "∂f/∂xs[i] is the product of every input except xs[i]: the prefix product of the \
             inputs before i times the suffix product of the inputs after i, each starting at 1",
            &slips(xs, &got),
        );
        let quantity = format!("the gradient product_gradient(&{xs:?})");
        assert_all_close(&quantity, &got, expected, Tol::ROUNDING, &rule);
    }
}

#[test]
fn product_gradient_is_right_when_inputs_are_zero() {
    let (tiny, huge) = (2f64.powi(-600), 2f64.powi(600));
    // Powers of two and zeros: every product is exact, so ROUNDING. In the last case
    // xs[0]·xs[1] = 2⁻¹²⁰⁰ is too small for an f64 and rounds to 0, while
    // ∂f/∂xs[0] = xs[1]·xs[2] = 1 is not small at all.
    let cases: [(&[f64], &[f64], &str); 4] = [
        (&[2.0, 0.0, 4.0], &[0.0, 8.0, 0.0], "one zero input"),
        (&[0.0, 3.0, 0.0, 5.0], &[0.0; 4], "two zero inputs"),
        (&[0.0], &[1.0], "a single input, zero"),
        (
            &[tiny, tiny, huge],
            &[1.0, 1.0, 0.0],
            "a product that underflows to 0",
        ),
    ];
    for (xs, expected, what) in cases {
        let got = product_gradient(xs);
        let division = "dividing the whole product by xs[i]: with a zero input that is 0/0 = NaN, \
                        and when the product underflows to 0 it loses the answer";
        let mut known = vec![(
            got.iter().any(|g| g.is_nan()) || what.contains("underflow") && got[0] == 0.0,
            division,
        )];
        known.extend(slips(xs, &got));
        let rule = think(
            "∂f/∂xs[i] is the product of every input except xs[i], zeros included: multiply prefix and suffix products, never divide",
            &known,
        );
        let quantity = format!("the gradient product_gradient(&{}), {what}", show_all(xs));
        assert_all_close(&quantity, &got, expected, Tol::ROUNDING, &rule);
    }
}

#[test]
fn product_gradient_of_1000_inputs_agrees_with_the_numeric_gradients_that_cost_n_calls() {
    let n = 1000;
    // Inputs between 0.95 and 1.05 (not the story's), so that the product of a
    // thousand neither overflows nor vanishes.
    let xs: Vec<f64> = (0..n)
        .map(|i| 1.0 + ((13 * i) % 17) as f64 / 160.0 - 0.05)
        .collect();
    let f = |x: &[f64]| x.iter().product::<f64>();
    let analytic = product_gradient(&xs);
    assert_equal(
        "how many partials product_gradient returned for 1000 inputs",
        analytic.len(),
        n,
        "one partial derivative per input",
    );
    // f is linear in each input, so both differences are exact but for rounding:
    // about 1e-16 · (1000 roundings) / h = 1e-8 at worst, and 1e-10 in practice,
    // below the 1e-7 of agreement. A partial off by one input is off by 1 % or more.
    for (name, measured, calls) in [
        ("central", central_gradient(f, &xs, 1e-5), 2 * n),
        ("forward", forward_gradient(f, &xs, 1e-5), n + 1),
    ] {
        let worst = (0..n)
            .map(|i| {
                (analytic[i] - measured.gradient[i]).abs()
                    / analytic[i].abs().max(measured.gradient[i].abs())
            })
            .fold(0.0, f64::max);
        assert_claim(
            worst < 1e-7,
            &format!("worst relative error of product_gradient against the {name} gradient"),
            show(worst),
            "below 1e-7",
            "∂f/∂xs[i] = xs[0]·…·xs[i−1] · xs[i+1]·…·xs[n−1]: the prefix stops just before i \
             and the suffix starts just after it",
        );
        assert_equal(
            &format!("calls of f made by the {name} gradient of 1000 inputs"),
            measured.evaluations,
            calls,
            "the numeric gradient pays one or two calls of f per input: N + 1 forward, 2N \
             central. Your two passes give all 1000 partials without calling f at all",
        );
    }
}

#[test]
fn product_gradient_refuses_no_inputs_or_inputs_that_are_not_finite() {
    assert_panics(
        "product_gradient(&[])",
        || product_gradient(&[]),
        "needs at least one input",
        "a product of no inputs has no partials to give: check before the loops (which do \
         not run for an empty slice) and panic with the documented message",
    );
    for xs in [[1.0, f64::NAN], [f64::INFINITY, 2.0]] {
        assert_panics(
            &format!("product_gradient(&{xs:?})"),
            || product_gradient(&xs),
            "every input must be finite",
            "with ∞ among the inputs, ∞·0 is NaN and the partials are meaningless: check every \
             input first and panic with the documented message",
        );
    }
}

// The story, a module of the program (src/main.rs), is compiled in for this check only.
#[path = "../src/story.rs"]
mod story;

#[test]
fn the_printed_story_matches_the_snapshot() {
    // lessons/lesson3/tests/snapshots/lesson3_story.snap holds what
    // `cargo run -p lesson3` prints once every part is right.
    check::story_snapshot!("lesson3_story", story::render());
}

/// The known slips of a two-pass product gradient, each with whether `got`
/// matches what it gives for `xs`, for the failure message.
fn slips(xs: &[f64], got: &[f64]) -> Vec<(bool, &'static str)> {
    let n = xs.len();
    let product = |range: std::ops::Range<usize>| xs[range].iter().product::<f64>();
    let make = |partial: &dyn Fn(usize) -> f64| (0..n).map(partial).collect::<Vec<f64>>();
    let right = make(&|i| product(0..i) * product(i + 1..n));
    let wrong: [(Vec<f64>, &'static str); 9] = [
        (
            vec![0.0; n],
            "a running product started at 0: the product of no inputs is 1",
        ),
        (
            vec![product(0..n); n],
            "the whole product f in every place: xs[i] itself went into the prefix or the \
             suffix (push before you multiply)",
        ),
        (
            make(&|i| product(0..n) * xs[i]),
            "xs[i] itself in both the prefix and the suffix",
        ),
        (
            make(&|i| product(0..i)),
            "the prefix products alone: multiply in the suffixes",
        ),
        (
            make(&|i| product(i + 1..n)),
            "the suffix products alone: multiply in the prefixes",
        ),
        (
            make(&|i| product(0..i.saturating_sub(1)) * product(i + 1..n)),
            "a prefix that stops one input early, before xs[i − 1]",
        ),
        (
            make(&|i| product(0..i) * product((i + 2).min(n)..n)),
            "a suffix that starts one input late, after xs[i + 1]",
        ),
        (
            right.iter().rev().copied().collect(),
            "the partials in reverse order",
        ),
        (
            make(&|i| product(0..i) * product(0..i)),
            "a backward pass that went forward: walk back from the end, .rev()",
        ),
    ];
    let mut known = vec![(
        got.len() != n,
        "a gradient of the wrong length: one partial per input",
    )];
    for (values, slip) in wrong {
        let same = got.len() == n
            && got
                .iter()
                .zip(&values)
                .all(|(&g, &w)| Tol::ROUNDING.accepts(g, w));
        known.push((same && values != right, slip));
    }
    known
}

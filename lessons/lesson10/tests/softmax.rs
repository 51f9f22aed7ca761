//! Part 1: scores become probabilities, and a loss says how surprised we are — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson10 --test softmax`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_all_close, assert_claim, assert_close_naming, assert_panics, fail};
use lesson10::softmax::{cross_entropy, cross_entropy_gradient, softmax};
use rand::rngs::ChaCha8Rng;
use rand::{RngExt, SeedableRng};

#[path = "support/own_softmax.rs"]
mod own;
use own::{engine_gradient, exactly, non_finite, softmax_of};

/// Checks `got`, softmax of the scores `z`, against `expected`, to the last
/// roundings (`Tol::EXACT`), with `rule` as the think line.
fn assert_softmax(z: &[f64], got: &[f64], expected: &[f64], rule: &str) {
    assert_all_close(&format!("softmax({z:?})"), got, expected, Tol::EXACT, rule);
}

#[test]
fn softmax_turns_scores_into_probabilities_that_sum_to_1() {
    let third = 3.0f64.ln();
    let e = std::f64::consts::E;
    for (z, expected) in [
        (vec![0.0, 0.0], vec![0.5, 0.5]),
        (vec![third, 0.0], vec![0.75, 0.25]),
        (
            vec![1.0, 2.0, 3.0],
            // e^z / (e + e² + e³), each: the textbook form, safe for these small scores.
            vec![
                e / (e + e * e + e * e * e),
                e * e / (e + e * e + e * e * e),
                e * e * e / (e + e * e + e * e * e),
            ],
        ),
    ] {
        let got = softmax(&z);
        let exps: Vec<f64> = z.iter().map(|x| x.exp()).collect();
        let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let shifted: Vec<f64> = z.iter().map(|x| (x - m).exp()).collect();
        let same = |wrong: &[f64]| exactly(wrong, &got);
        let rule = check::think(
            "pⱼ = e^zⱼ / Σₖ e^zₖ: every e^z, each divided by their sum, so the probabilities are \
             positive and add up to 1 (the largest score subtracted first changes none of them)",
            &[
                (same(&exps), "e^z not divided by the sum of all of them"),
                (
                    same(&shifted),
                    "e^(z − max) not divided by the sum of all of them",
                ),
            ],
        );
        assert_softmax(&z, &got, &expected, &rule);
    }
}

#[test]
fn softmax_stays_finite_for_scores_of_a_thousand() {
    // e^−2000 and e^−1000 are below the smallest f64 and round to 0: the
    // answers below are exact in floating point.
    for (z, expected) in [
        (vec![1000.0, 1000.0], vec![0.5, 0.5]),
        (vec![-1000.0, -1000.0], vec![0.5, 0.5]),
        (vec![1000.0, 0.0, -1000.0], vec![1.0, 0.0, 0.0]),
    ] {
        let got = softmax(&z);
        let rule = match non_finite(&got) {
            Some(cause) => format!("this looks like {cause}"),
            None => "e^(zⱼ − m) / Σₖ e^(zₖ − m) with m the largest score is the same fraction as \
                     e^zⱼ / Σₖ e^zₖ, and every e^(z − m) is between 0 and 1"
                .to_string(),
        };
        assert_softmax(&z, &got, &expected, &rule);
    }
}

#[test]
fn cross_entropy_is_minus_the_log_of_the_true_class_s_probability() {
    let e = std::f64::consts::E;
    for (z, y, expected) in [
        // Three equal scores: p = 1/3 each, and −ln(1/3) = ln 3.
        (vec![0.0, 0.0, 0.0], 1, 3.0f64.ln()),
        // −ln(e / (e + e² + e³)) = ln(1 + e + e²).
        (vec![1.0, 2.0, 3.0], 0, (1.0 + e + e * e).ln()),
        (vec![1.0, 2.0, 3.0], 2, (1.0 + 1.0 / e + 1.0 / (e * e)).ln()),
    ] {
        let p = softmax_of(&z);
        let other = (y + 1) % z.len();
        assert_close_naming(
            &format!("cross_entropy({z:?}, class {y})"),
            cross_entropy(&z, y),
            expected,
            Tol::EXACT,
            "the loss is −ln p_y, the surprise at the true class: logsumexp(z) − z_y, with \
             logsumexp(z) = m + ln Σₖ e^(zₖ − m) and m the largest score",
            &[
                (
                    p[y].ln(),
                    "ln p_y without its minus sign: a loss is never below 0",
                ),
                (-p[other].ln(), "the probability of another class than y"),
                (-p[y].log10(), "log₁₀: the natural log ln is the one"),
                (
                    (z.iter().map(|x| (x - 3.0).exp()).sum::<f64>()).ln() - z[y],
                    "the largest score subtracted inside the log and not added back outside",
                ),
            ],
        );
    }
}

#[test]
fn cross_entropy_stays_finite_for_scores_of_a_thousand() {
    // logsumexp of these is the largest score plus ln of a sum whose other
    // terms round to 0 (e^−1000, e^−2000) or are e^−1: each answer is exact or
    // within rounding of 1000 + ln(1 + 1/e).
    for (z, y, expected) in [
        (vec![1000.0, -1000.0], 1, 2000.0),
        (vec![1000.0, -1000.0], 0, 0.0),
        (vec![-1000.0, -1000.0, -1000.0], 2, 3.0f64.ln()),
        (
            vec![1000.0, 999.0, 0.0],
            2,
            1000.0 + (1.0 + (-1.0f64).exp()).ln(),
        ),
    ] {
        let got = cross_entropy(&z, y);
        let rule = if got.is_infinite() {
            "this looks like −ln p_y with p_y rounded to 0 (e^−2000 is below the smallest f64), \
             and −ln 0 is inf: logsumexp(z) − z_y never forms p_y"
                .to_string()
        } else if got.is_nan() {
            "this looks like e^1000 overflowing to inf, and inf/inf is NaN: take the largest \
             score m out first, logsumexp(z) = m + ln Σₖ e^(zₖ − m)"
                .to_string()
        } else {
            "logsumexp(z) − z_y with logsumexp(z) = m + ln Σₖ e^(zₖ − m), m the largest score: \
             every e^(z − m) is at most 1 and the sum at least 1, so nothing overflows"
                .to_string()
        };
        assert_close_naming(
            &format!("cross_entropy({z:?}, class {y})"),
            got,
            expected,
            Tol::EXACT,
            &rule,
            &[],
        );
    }
}

#[test]
fn the_gradient_of_cross_entropy_is_p_minus_onehot() {
    let third = 3.0f64.ln();
    let e = std::f64::consts::E;
    let sum = e + e * e + e * e * e;
    // The case [0, 0] comes last: there taking 1 from the other class and
    // flipping the sign give the same numbers, so it could not tell which.
    for (z, y, expected) in [
        (vec![third, 0.0], 1, vec![0.75, -0.75]),
        (
            vec![1.0, 2.0, 3.0],
            2,
            vec![e / sum, e * e / sum, e * e * e / sum - 1.0],
        ),
        // Scores of ±1000: p rounds to [1, 0] exactly, and the gradient is finite.
        (vec![1000.0, -1000.0], 1, vec![1.0, -1.0]),
        (vec![0.0, 0.0], 0, vec![-0.5, 0.5]),
    ] {
        let got = cross_entropy_gradient(&z, y);
        let p = softmax_of(&z);
        let same = |wrong: &[f64]| exactly(wrong, &got);
        let onehot_minus_p: Vec<f64> = expected.iter().map(|g| -g).collect();
        let wrong_class: Vec<f64> = p
            .iter()
            .enumerate()
            .map(|(j, &pj)| if j == (y + 1) % z.len() { pj - 1.0 } else { pj })
            .collect();
        let mut rule = check::think(
            "∂L/∂zⱼ = pⱼ − 1 for the true class and pⱼ for every other: the probabilities with 1 \
             taken from class y, so the gradient always sums to 0",
            &[
                (
                    same(&p),
                    "p alone: 1 is taken from the true class's probability",
                ),
                (
                    same(&onehot_minus_p),
                    "onehot(y) − p: the sign is the other way",
                ),
                (same(&wrong_class), "1 taken from another class than y"),
            ],
        );
        if let Some(cause) = non_finite(&got) {
            rule = format!("this looks like {cause}");
        }
        assert_all_close(
            &format!("cross_entropy_gradient({z:?}, class {y})"),
            &got,
            &expected,
            Tol::EXACT,
            &rule,
        );
    }
}

#[test]
fn the_gradient_agrees_with_your_lesson_6_engine() {
    let mut rng = ChaCha8Rng::seed_from_u64(10);
    for case in 0..5 {
        let z: Vec<f64> = (0..10).map(|_| rng.random_range(-5.0..5.0)).collect();
        let y = rng.random_range(0..10);
        let from_engine = match check::panic_message(|| engine_gradient(&z, y)) {
            Some(message) => fail(
                "your lesson 6 engine, which this check asks for the gradient of −ln p_y",
                format!("a panic: \"{message}\""),
                "the engine's gradient",
                "finish lesson 6 first (cargo test -p lesson6): its tape records p_y with exp, sub \
                 and div, and its backward gives ∂p_y/∂z",
            ),
            None => engine_gradient(&z, y),
        };
        let got = cross_entropy_gradient(&z, y);
        // The engine multiplies and divides in another order than p − onehot:
        // the two agree to within a few roundings of numbers below 1, far
        // inside 1e-12.
        assert_all_close(
            &format!(
                "cross_entropy_gradient(10 random scores, class {y}) beside your engine's (case {case}, z = {})",
                check::show_all(&z)
            ),
            &got,
            &from_engine,
            Tol::abs(1e-12),
            "your engine takes ∂p_y/∂zⱼ through every e^z and the division, node by node, and the \
             chain rule for −ln multiplies it by −1/p_y: everything cancels but pⱼ − [j = y]",
        );
        let total: f64 = got.iter().sum();
        assert_claim(
            total.abs() < 1e-12,
            "the sum of the gradient's entries",
            check::show(total),
            "0 (± 1e-12)",
            "the probabilities add up to 1 and one 1 is taken away: raising every score alike \
             changes no probability, so the loss cannot change either",
        );
    }
}

#[test]
fn cross_entropy_and_its_gradient_refuse_a_class_that_is_not_a_score() {
    assert_panics(
        "cross_entropy([0, 0], class 2)",
        || cross_entropy(&[0.0, 0.0], 2),
        "class",
        "two scores are the classes 0 and 1: a class 2 is a mistake in the data, and z[2] would \
         be out of bounds; refuse it with a message that says so",
    );
    assert_panics(
        "cross_entropy_gradient([0, 0, 0], class 3)",
        || cross_entropy_gradient(&[0.0, 0.0, 0.0], 3),
        "class",
        "three scores are the classes 0, 1 and 2: refuse class 3 with a message that says so",
    );
}

//! Part 5: the initial scale decides whether a network learns — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson8 --test scale`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_all_close, assert_claim, assert_equal, show, show_all};
use lesson7::SIZES;
use lesson7::moons::{INIT, X, Y};
use lesson8::init::{Scheme, init_weights};
use lesson8::net::{Activation, DEEP, SEED, accuracy, train, uniform_init};
use lesson8::scale::{losses_from_scaled, scaled};
use lesson8::vanishing::{layer_norms, score_gradient};
use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;

#[path = "support/earlier.rs"]
mod earlier;

#[test]
fn scaled_multiplies_every_parameter_by_the_factor() {
    earlier::earlier_lessons_work();
    // Factors that are powers of 2 scale these parameters exactly.
    let params = [1.0, -2.0, 0.5, 3.0, 0.0];
    for (factor, expected) in [
        (0.25, [0.25, -0.5, 0.125, 0.75, 0.0]),
        (2.0, [2.0, -4.0, 1.0, 6.0, 0.0]),
    ] {
        let got = scaled(&params, factor);
        let looks = |wrong: [f64; 5]| {
            got.len() == 5
                && got
                    .iter()
                    .zip(wrong)
                    .all(|(&g, w)| Tol::ROUNDING.accepts(g, w))
        };
        let rule = check::think(
            "each parameter times the factor, in the same order: the whole network shrunk or \
             grown by one number",
            &[
                (
                    looks(params.map(|p| p / factor)),
                    "each parameter divided by the factor, not multiplied",
                ),
                (
                    looks(params.map(|p| p + factor)),
                    "the factor added, not multiplied",
                ),
            ],
        );
        assert_all_close(
            &format!("scaled({}, {factor})", show_all(&params)),
            &got,
            &expected,
            Tol::ROUNDING,
            &rule,
        );
    }
    assert_equal(
        "scaled([], 3): how many parameters",
        scaled(&[], 3.0).len(),
        0,
        "no parameter in, no parameter out",
    );
}

#[test]
fn losses_from_scaled_trains_the_shrunk_start_and_the_loss_freezes_near_1() {
    // The check trains the same start itself, on your engine: the same
    // operations give the same bits, so 1e-12 relative only forgives another
    // order of a few roundings. Exactly reproducible: with every weight × 0.01
    // the scores are about 0 and the gradient reaching the first layer passes
    // two layers of tiny weights, so the 6 losses stay within 3e-6 of 1.
    let got = losses_from_scaled(&INIT, 0.01, 1.0, 6);
    let (_, expected) = train(&SIZES, &scaled(&INIT, 0.01), &X, &Y, 1.0, 6);
    let tol = Tol::rel(1e-12);
    let same = |other: &[f64]| {
        got.len() == other.len() && got.iter().zip(other).all(|(&g, &o)| tol.accepts(g, o))
    };
    let rule = check::think(
        "scale every parameter of init by the factor (scaled), then train that start at the \
         constant rate with the provided train, and return its losses",
        &[
            (
                !same(&expected) && same(&train(&SIZES, &INIT, &X, &Y, 0.01, 6).1),
                "the rate scaled, not the start: a small step from micrograd's start still \
                 learns a little; the experiment shrinks the weights",
            ),
            (
                !same(&expected) && same(&train(&SIZES, &INIT, &X, &Y, 1.0, 6).1),
                "micrograd's start, unscaled: the factor was never applied to init",
            ),
        ],
    );
    assert_all_close(
        "losses_from_scaled(micrograd's start, factor 0.01, rate 1, 6 steps)",
        &got,
        &expected,
        tol,
        &rule,
    );
    assert_claim(
        expected.iter().all(|l| (l - 1.0).abs() < 3e-6),
        "the losses of lesson 7's network from micrograd's start × 0.01, by the check's own run",
        show_all(&expected),
        "every loss within 3e-6 of 1",
        "tiny weights give scores near 0 (every hinge near 1), and a gradient that passes \
         through tiny weights on its way down is tiny too",
    );
}

#[test]
fn tiny_weights_barely_move_and_he_weights_learn() {
    // Both runs are exactly reproducible. From micrograd's start × 0.01 the
    // accuracy stays 0.5 after 6 steps. From He's weights (seed 0) the loss
    // falls to 0.30 within 6 steps and the accuracy reaches 0.91; over seeds 0
    // to 4 the lowest loss stays below 0.43 and the accuracy above 0.79. The
    // bounds leave room.
    let (stuck, _) = train(&SIZES, &scaled(&INIT, 0.01), &X, &Y, 1.0, 6);
    let right = accuracy(&SIZES, &stuck, &X, &Y, Activation::Relu);
    assert_equal(
        "lesson 7's network from micrograd's start × 0.01, after 6 steps at rate 1: accuracy",
        right,
        0.5,
        "a coin toss: the network barely moved",
    );
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let he = init_weights(&SIZES, Scheme::He, &mut rng);
    let (learned, losses) = train(&SIZES, &he, &X, &Y, 1.0, 6);
    let lowest = losses.iter().fold(f64::INFINITY, |m, &l| m.min(l));
    let right = accuracy(&SIZES, &learned, &X, &Y, Activation::Relu);
    assert_claim(
        lowest < 0.5 && right > 0.75,
        "lesson 7's network from He's weights (seed 0), 6 steps at rate 1: lowest loss, accuracy",
        format!(
            "{} (losses {}), accuracy {right}",
            show(lowest),
            show_all(&losses)
        ),
        "a loss below 0.5 and an accuracy above 0.75",
        "He's scale keeps the signal's size through each relu layer: the gradient reaches \
         every layer, and the network learns",
    );
}

#[test]
fn deep_networks_keep_their_gradient_with_glorot_for_tanh_and_he_for_relu() {
    // The deep network's first layer's gradient norm over its last layer's, at
    // the first moons point. Exactly reproducible; for seed 0: 3.0e-15 and
    // 4.5e-16 for weights × 0.01, 0.29 with Glorot and tanh, 1.5 with He and
    // relu. Over seeds 0 to 39 Glorot with tanh stays above 0.053.
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let tiny = scaled(&uniform_init(&DEEP, &mut rng), 0.01);
    let ratio = |params: &[f64], activation| {
        let norms = layer_norms(&DEEP, &score_gradient(&DEEP, params, &X[0], activation));
        norms[0] / norms[norms.len() - 1]
    };
    for activation in [Activation::Tanh, Activation::Relu] {
        let got = ratio(&tiny, activation);
        assert_claim(
            got < 1e-10,
            &format!(
                "{}: first layer's norm over the last's, weights × 0.01",
                activation.name()
            ),
            show(got),
            "below 1e-10",
            "each of 8 layers multiplies the gradient by weights of about 0.006: 0.006⁸ is \
             about 1e-18",
        );
    }
    for (scheme, activation) in [
        (Scheme::Glorot, Activation::Tanh),
        (Scheme::He, Activation::Relu),
    ] {
        let mut rng = ChaCha8Rng::seed_from_u64(SEED);
        let params = init_weights(&DEEP, scheme, &mut rng);
        let got = ratio(&params, activation);
        assert_claim(
            got > 1e-2,
            &format!(
                "{}: first layer's norm over the last's, {scheme:?}",
                activation.name()
            ),
            show(got),
            "above 1e-2",
            "drawn at the scale of their layer, the weights keep the gradient's size from layer \
             to layer",
        );
    }
}

//! Part 4: the initial scale decides whether a signal gets through — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson8 --test init`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{
    Tol, assert_all_close, assert_claim, assert_close_naming, assert_panics, show, show_all,
};
use lesson7::SIZES;
use lesson7::moons::{INIT, X, Y};
use lesson8::init::{Scheme, glorot_std, he_std, init_weights, normal};
use lesson8::net::{Activation, DEEP, SEED, accuracy, train, uniform_init};
use lesson8::vanishing::{layer_norms, score_gradient};
use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;

#[path = "support/earlier.rs"]
mod earlier;

#[test]
fn he_std_is_the_square_root_of_2_over_fan_in() {
    earlier::earlier_lessons_work();
    // 2/fan_in is a power of 2 for these: the square roots are exact.
    for (fan_in, expected) in [(8, 0.5), (2, 1.0), (32, 0.25), (128, 0.125)] {
        let n = fan_in as f64;
        assert_close_naming(
            &format!("he_std({fan_in})"),
            he_std(fan_in),
            expected,
            Tol::EXACT,
            "He's standard deviation is √(2 / fan_in): a relu zeroes about half of what it \
             gets, so the weights need twice the variance 1/fan_in to keep a signal's size",
            &[
                (
                    2.0 / n,
                    "the variance 2/fan_in, not its square root, the standard deviation",
                ),
                (
                    (1.0 / n).sqrt(),
                    "√(1/fan_in): He's variance is twice that, for the relu",
                ),
                (
                    2.0 / n.sqrt(),
                    "2/√fan_in: the 2 belongs under the square root",
                ),
            ],
        );
    }
}

#[test]
fn glorot_std_is_the_square_root_of_2_over_fan_in_plus_fan_out() {
    // 2/(fan_in + fan_out) is a power of 2 or 4 for these: the roots are exact.
    for (fan_in, fan_out, expected) in [(3, 5, 0.5), (1, 1, 1.0), (24, 8, 0.25), (64, 64, 0.125)] {
        let (n, m) = (fan_in as f64, fan_out as f64);
        assert_close_naming(
            &format!("glorot_std({fan_in}, {fan_out})"),
            glorot_std(fan_in, fan_out),
            expected,
            Tol::EXACT,
            "Glorot's variance is 2 / (fan_in + fan_out), halfway between keeping the forward \
             signal (1/fan_in) and the backward gradient (1/fan_out); the std is its root",
            &[
                (
                    2.0 / (n + m),
                    "the variance, not its square root, the standard deviation",
                ),
                (
                    (2.0 / n).sqrt(),
                    "He's √(2/fan_in): Glorot counts fan_out too",
                ),
                ((2.0 / m).sqrt(), "√(2/fan_out): Glorot counts both sizes"),
                (
                    (1.0 / (n + m)).sqrt(),
                    "√(1/(fan_in + fan_out)): the 2 left out",
                ),
                (
                    (6.0 / (n + m)).sqrt(),
                    "√(6/(fan_in + fan_out)), the bound of Glorot's uniform draw, not the std \
                     of a normal one",
                ),
            ],
        );
    }
}

#[test]
fn he_and_glorot_refuse_a_layer_without_inputs_or_neurons() {
    assert_panics(
        "he_std(0)",
        || he_std(0),
        "fan_in",
        "a layer with no input has no weights to draw: 2/0 is infinite",
    );
    for (fan_in, fan_out) in [(0, 4), (4, 0), (0, 0)] {
        assert_panics(
            &format!("glorot_std({fan_in}, {fan_out})"),
            || glorot_std(fan_in, fan_out),
            "fan_in and fan_out",
            "a layer with no input or no neuron has no weights to draw",
        );
    }
}

#[test]
fn init_weights_draw_each_layer_at_its_own_scale() {
    // The first layer of sizes [64, 16, 1] has 64·16 = 1024 weights. The sample
    // std of n normal draws is off from the true std by about 1/√(2n) = 2.2 %
    // relatively; 10 % is 4.5 of those, which a correct draw misses with a
    // chance of about 1e-5 (and this seed is fixed), while every mistake below
    // is off by 12 % or more.
    for (scheme, expected) in [
        (Scheme::He, (2.0f64 / 64.0).sqrt()),
        (Scheme::Glorot, (2.0f64 / 80.0).sqrt()),
    ] {
        let mut rng = ChaCha8Rng::seed_from_u64(SEED);
        let params = init_weights(&[64, 16, 1], scheme, &mut rng);
        assert_claim(
            params.len() == 65 * 16 + 17,
            &format!("init_weights(sizes [64, 16, 1], {scheme:?}): how many parameters"),
            params.len(),
            65 * 16 + 17,
            &check::think(
                "one weight per input and one bias for each neuron: (64 + 1)·16 + (16 + 1)·1",
                &[(
                    params.len() == 17 * 64 + 2 * 16,
                    "fan_in and fan_out swapped: a layer has fan_out neurons, each with fan_in \
                     weights and a bias",
                )],
            ),
        );
        let weights: Vec<f64> = (0..16)
            .flat_map(|u| params[65 * u..65 * u + 64].to_vec())
            .collect();
        let biases: Vec<f64> = (0..16)
            .map(|u| params[65 * u + 64])
            .chain([params[1056]])
            .collect();
        assert_all_close(
            &format!("the 17 biases of init_weights(sizes [64, 16, 1], {scheme:?})"),
            &biases,
            &[0.0; 17],
            Tol::EXACT,
            "every bias starts at 0 and draws nothing: only the weights are random",
        );
        let mean = weights.iter().sum::<f64>() / 1024.0;
        let std = (weights.iter().map(|w| (w - mean).powi(2)).sum::<f64>() / 1023.0).sqrt();
        let (swapped, variance) = match scheme {
            Scheme::He => ((2.0f64 / 16.0).sqrt(), 2.0 / 64.0),
            Scheme::Glorot => ((2.0f64 / 64.0).sqrt(), 2.0 / 80.0),
        };
        assert_close_naming(
            &format!(
                "the sample std of the 1024 first-layer weights of sizes [64, 16, 1], {scheme:?}"
            ),
            std,
            expected,
            Tol::rel(0.1),
            "each weight is std·normal(rng), with the std of its layer: He √(2/fan_in), Glorot \
             √(2/(fan_in + fan_out)); the first layer has fan_in 64 (inputs per neuron) and \
             fan_out 16 (neurons)",
            &[
                (
                    swapped,
                    if scheme == Scheme::He {
                        "fan_in and fan_out swapped: He divides by the number of inputs of each \
                         neuron (64 here), not by the layer's number of neurons (16)"
                    } else {
                        "He's std in place of Glorot's: Glorot counts fan_out too"
                    },
                ),
                (
                    variance,
                    "weights drawn with the variance as their scale: use its square root",
                ),
                (1.0, "the draws not multiplied by the layer's std"),
            ],
        );
    }
}

#[test]
fn init_weights_draw_in_micrograd_s_order_from_the_generator() {
    // The check's own draws, from the same seed and the provided normal: the
    // very same numbers, in the same order, if the order is micrograd's.
    for scheme in [Scheme::He, Scheme::Glorot] {
        let mut rng = ChaCha8Rng::seed_from_u64(SEED);
        let got = init_weights(&[3, 2, 1], scheme, &mut rng);
        let std = |fan_in: usize, fan_out: usize| match scheme {
            Scheme::He => (2.0 / fan_in as f64).sqrt(),
            Scheme::Glorot => (2.0 / (fan_in + fan_out) as f64).sqrt(),
        };
        let expected = draws(std, false);
        let rule = check::think(
            "layer by layer, neuron by neuron: each neuron's fan_in weights, each std·normal(rng) \
             in turn, then its bias 0, which draws nothing",
            &[
                (
                    close(&got, &draws(std, true)),
                    "a draw spent on each bias: the biases are 0, and the next weights shift",
                ),
                (
                    close(&got, &draws(|n, m| std(m, n), false)),
                    "fan_in and fan_out swapped",
                ),
            ],
        );
        assert_all_close(
            &format!("init_weights(sizes [3, 2, 1], {scheme:?}) from seed {SEED}"),
            &got,
            &expected,
            Tol::EXACT,
            &rule,
        );
    }
}

#[test]
fn tiny_weights_barely_move_and_he_weights_learn() {
    // Both runs are exactly reproducible. With every weight × 0.01 the scores
    // are about 0 and the gradient reaching the first layer is multiplied by two
    // layers of tiny weights: the loss stays within 3e-6 of 1. From He's
    // weights (seed 0) the loss falls to 0.39 within 5 steps and the accuracy
    // reaches 0.91; over seeds 0 to 4 the lowest loss stays below 0.43 and the
    // accuracy above 0.79. The bounds leave room.
    let tiny: Vec<f64> = INIT.iter().map(|p| p * 0.01).collect();
    let (stuck, losses) = train(&SIZES, &tiny, &X, &Y, 1.0, 5, None);
    let right = accuracy(&SIZES, &stuck, &X, &Y, Activation::Relu);
    assert_claim(
        losses.iter().all(|l| (l - 1.0).abs() < 1e-5) && right == 0.5,
        "lesson 7's network from micrograd's start × 0.01, 5 steps at rate 1: losses, accuracy",
        format!("losses {}, accuracy {right}", show_all(&losses)),
        "every loss within 1e-5 of 1, accuracy 0.5",
        "tiny weights give scores near 0 (every hinge near 1), and a gradient that passes \
         through tiny weights on its way down is tiny too",
    );
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let he = init_weights(&SIZES, Scheme::He, &mut rng);
    let (learned, losses) = train(&SIZES, &he, &X, &Y, 1.0, 5, None);
    let lowest = losses.iter().fold(f64::INFINITY, |m, &l| m.min(l));
    let right = accuracy(&SIZES, &learned, &X, &Y, Activation::Relu);
    assert_claim(
        lowest < 0.5 && right > 0.75,
        "lesson 7's network from He's weights (seed 0), 5 steps at rate 1: lowest loss, accuracy",
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
    let tiny: Vec<f64> = uniform_init(&DEEP, &mut rng)
        .iter()
        .map(|p| p * 0.01)
        .collect();
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

/// The parameters of sizes [3, 2, 1] drawn by the check itself: std(fan_in,
/// fan_out)·normal for each weight, and for each bias 0 (after a wasted draw if
/// `bias_draws`).
fn draws(std: impl Fn(usize, usize) -> f64, bias_draws: bool) -> Vec<f64> {
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let mut params = Vec::new();
    for (fan_in, fan_out) in [(3, 2), (2, 1)] {
        for _ in 0..fan_out {
            for _ in 0..fan_in {
                params.push(std(fan_in, fan_out) * normal(&mut rng));
            }
            if bias_draws {
                normal(&mut rng);
            }
            params.push(0.0);
        }
    }
    params
}

/// Whether two lists are the same length and each pair within Tol::EXACT.
fn close(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(&x, &y)| Tol::EXACT.accepts(x, y))
}

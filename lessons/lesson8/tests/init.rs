//! Part 4: the initial scale decides whether a signal gets through — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson8 --test init`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use check::{Tol, assert_all_close, assert_close_naming, assert_equal, assert_panics};
use lesson8::init::{Scheme, glorot_std, he_std, init_weights, normal};
use lesson8::net::SEED;
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
            Tol::ROUNDING,
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
            Tol::ROUNDING,
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
        assert_equal(
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
            Tol::ROUNDING,
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
            Tol::ROUNDING,
            &rule,
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

/// Whether two lists are the same length and each pair within Tol::ROUNDING.
fn close(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(&x, &y)| Tol::ROUNDING.accepts(x, y))
}

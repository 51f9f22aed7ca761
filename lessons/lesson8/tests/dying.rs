//! Part 2: relu units that die — the checks.
//!
//! Run them with `cargo xtask next` (one failing check at a time, with hints) or
//! with `cargo test -p lesson8 --test dying`. The course's own test suite runs
//! this very file against the reference solution, so do not edit it: the runner
//! notices.

use std::sync::OnceLock;

use check::{Tol, assert_claim, assert_equal, assert_panics, show, think};
use lesson7::moons::{INIT, X, Y};
use lesson7::{ALPHA, SIZES};
use lesson8::dying::{dead_after_training, dead_units, unit_parameters};
use lesson8::net::{Activation, accuracy, hidden_values, loss_and_gradient, train};

#[path = "support/earlier.rs"]
mod earlier;

/// A network of sizes [2, 3, 2, 1] whose every hidden unit tells one mistake
/// from the rule, on the three points of [`POINTS`] (its inputs, by hand):
/// unit (0, 0) = relu(−x₀ − x₁ − 1): 0, 0, 1 (alive on the last point only);
/// unit (0, 1) = relu(x₀ + x₁ − 5): 0, 0, 0 (dead);
/// unit (0, 2) = relu(x₀): 1, 0, 0 (exactly 0 on the second point, alive on the first);
/// unit (1, 0) = relu(−1): 0 everywhere (dead);
/// unit (1, 1) = relu(sum of the first layer): 1, 0, 1 (alive);
/// the output, −10 + …, is negative everywhere but has no relu.
const HAND: [f64; 20] = [
    -1.0, -1.0, -1.0, 1.0, 1.0, -5.0, 1.0, 0.0, 0.0, // first hidden layer
    0.0, 0.0, 0.0, -1.0, 1.0, 1.0, 1.0, 0.0, // second hidden layer
    1.0, 1.0, -10.0, // output
];
const POINTS: [[f64; 2]; 3] = [[1.0, 0.0], [0.0, 1.0], [-1.0, -1.0]];

#[test]
fn dead_units_are_zero_on_every_point_not_just_one() {
    earlier::earlier_lessons_work();
    let got = dead_units(&[2, 3, 2, 1], &HAND, &POINTS);
    let rule = think(
        "a unit is dead when its relu is 0 on EVERY point: look at all the points, and keep \
         only the units that were never above 0; (layer, unit) counted from 0, hidden layers \
         only",
        &[
            (
                got == [(0, 0), (0, 1), (1, 0)],
                "a dead test on the first point only: unit (0, 0) is 0 there but 1 on the \
                 last point, so it still learns from that one",
            ),
            (
                got == [(0, 1), (0, 2), (1, 0)],
                "a dead test on the last point only",
            ),
            (
                got.len() == 5,
                "a unit called dead when it is 0 on SOME point; dead means 0 on all of them",
            ),
            (
                got.is_empty(),
                "a unit that is exactly 0 counted as alive: a relu never goes below 0, so \
                 test value > 0 for alive",
            ),
            (
                got == [(0, 1), (1, 0), (2, 0)],
                "the output neuron counted: it has no relu, so it cannot die",
            ),
            (
                got == [(1, 1), (2, 0)],
                "layers counted from 1: the first hidden layer is layer 0",
            ),
        ],
    );
    assert_equal(
        "dead_units(the check's network of sizes [2, 3, 2, 1], 3 points)",
        format!("{got:?}"),
        "[(0, 1), (1, 0)]",
        &rule,
    );
}

#[test]
fn dead_units_refuse_an_empty_set_of_points() {
    assert_panics(
        "dead_units(sizes [2, 3, 2, 1], no points)",
        || dead_units(&[2, 3, 2, 1], &HAND, &[]),
        "no points",
        "with no point to look at, every unit is 'zero on every point', and all would count \
         as dead: refuse before the loop over the points, which would not run",
    );
}

#[test]
fn unit_parameters_are_its_weights_then_its_bias() {
    // lesson 7's network: the first hidden layer's units have 2 weights and a
    // bias each (3 numbers, 48 in all), the second layer's 16 and a bias (17).
    for ((layer, unit), expected) in [
        ((0, 0), 0..3),
        ((0, 15), 45..48),
        ((1, 0), 48..65),
        ((1, 15), 303..320),
    ] {
        let got = unit_parameters(&SIZES, layer, unit);
        let fan_in = SIZES[layer];
        // The parameters of this hidden layer, and of the one before it (if any).
        let this_layer = (fan_in + 1) * SIZES[layer + 1];
        let layer_before = if layer > 0 {
            (SIZES[layer - 1] + 1) * fan_in
        } else {
            0
        };
        let rule = think(
            "skip the layers before (each (fan_in + 1)·fan_out numbers) and the units before \
             it in its layer (fan_in + 1 each): then fan_in weights and a bias",
            &[
                (
                    got.len() == fan_in,
                    "the bias left out: a unit's parameters are its weights and its bias",
                ),
                (
                    got.start == expected.start + this_layer,
                    "the layers before it counted one too many: hidden layer 0 owns the first \
                     parameters, right after the inputs",
                ),
                (
                    layer > 0 && got.start + layer_before == expected.start,
                    "the layers before it counted one too few: skip every layer before this one",
                ),
                (
                    got.start == expected.start - unit,
                    "units fan_in apart: each unit holds fan_in + 1 numbers",
                ),
            ],
        );
        assert_equal(
            &format!("unit_parameters(sizes [2, 16, 16, 1], layer {layer}, unit {unit})"),
            format!("{got:?}"),
            format!("{expected:?}"),
            &rule,
        );
    }
}

#[test]
fn unit_parameters_refuse_a_unit_that_is_not_hidden() {
    for (layer, unit) in [(2, 0), (0, 16), (5, 0)] {
        assert_panics(
            &format!("unit_parameters(sizes [2, 16, 16, 1], layer {layer}, unit {unit})"),
            || unit_parameters(&SIZES, layer, unit),
            "no hidden unit",
            "lesson 7's network has two hidden layers (0 and 1) of 16 units (0 to 15); the \
             output neuron is not a hidden unit",
        );
    }
}

#[test]
fn dead_after_training_counts_the_units_a_rate_ten_times_the_demo_s_kills() {
    // Both runs are exactly reproducible: after 6 steps from micrograd's start,
    // 3 of 32 units are dead at rate 1 and 31 at rate 10. The check counts them
    // itself, on your engine, and wants the very same units.
    for (rate, dead) in [(1.0, 3), (10.0, 31)] {
        let got = dead_after_training(&INIT, rate, 6);
        let (params, _) = if rate == 10.0 {
            killed().clone()
        } else {
            train(&SIZES, &INIT, &X, &Y, rate, 6)
        };
        let expected = zero_on(&params, &X);
        let rule = think(
            "train lesson 7's network from init at the constant rate for the given steps (the \
             provided train), then ask dead_units on all 100 points of X",
            &[
                (
                    got == zero_on(&params, &X[..1]) && got != expected,
                    "the units counted on one point: a unit 0 at the first point may be alive \
                     on another; pass all of X",
                ),
                (
                    got == zero_on(&INIT, &X) && got != expected,
                    "the units of the start, before training",
                ),
                (
                    got == zero_on(&train(&SIZES, &INIT, &X, &Y, rate, 5).0, &X) && got != expected,
                    "one step too few",
                ),
            ],
        );
        assert_equal(
            &format!(
                "dead_after_training(micrograd's start, rate {rate}, 6 steps): the dead units"
            ),
            format!("{} of 32: {got:?}", got.len()),
            format!("{} of 32: {expected:?}", expected.len()),
            &rule,
        );
        // The figures of the lesson's text and story, for the record.
        assert_equal(
            &format!("dead units after 6 steps at rate {rate}, by the check's own count"),
            expected.len(),
            dead,
            "your lessons 6 and 7 follow micrograd node for node, so the run is the course's \
             own: if this differs, run cargo test -p lesson7",
        );
    }
}

#[test]
fn a_dead_unit_gets_exactly_zero_gradient_and_stays_dead() {
    let (params, _) = killed();
    let dead = dead_units(&SIZES, params, &X);
    let (_, data_grad) = loss_and_gradient(&SIZES, params, &X, &Y, Activation::Relu, false);
    for &(layer, unit) in &dead {
        let range = unit_parameters(&SIZES, layer, unit);
        let largest = data_grad[range.clone()]
            .iter()
            .fold(0.0f64, |m, g| m.max(g.abs()));
        assert_claim(
            largest == 0.0,
            &format!(
                "the data loss's gradient for dead unit ({layer}, {unit}), parameters {range:?}"
            ),
            show(largest),
            "exactly 0",
            "a relu at or below 0 passes a gradient of 0 back, on every point: nothing reaches \
             the unit's weights",
        );
    }
    // Three more steps at the demo's rate: the data gradient of a dead unit is 0,
    // so only the regularisation α·Σp² moves it, scaling every one of its
    // parameters by (1 − 2αη) per step. Independent of the learner's code.
    let (after, losses) = train(&SIZES, params, &X, &Y, 1.0, 3);
    let still = dead_units(&SIZES, &after, &X);
    assert_claim(
        dead.iter().all(|unit| still.contains(unit)),
        "the units dead after the large steps, after 3 more steps at the demo's rate 1",
        format!("{} of them still dead: {still:?}", still.len()),
        format!("all {} still dead", dead.len()),
        "no gradient reaches a dead unit, so no step can bring it back",
    );
    let shrink = (1.0 - 2.0 * ALPHA).powi(3);
    let (layer, unit) = dead[0];
    for i in unit_parameters(&SIZES, layer, unit) {
        // Three roundings of a product: 1e-12 relative is plenty.
        assert_claim(
            Tol::rel(1e-12).accepts(after[i], params[i] * shrink),
            &format!("parameter {i} of dead unit ({layer}, {unit}) after 3 steps at rate 1"),
            show(after[i]),
            format!("{} = its value × (1 − 2α)³", show(params[i] * shrink)),
            "only the regularisation moves a dead unit: all its parameters shrink by the same \
             factor, which never changes the sign of its input",
        );
    }
    assert_claim(
        losses.iter().all(|&l| l > 1e5)
            && accuracy(&SIZES, &after, &X, &Y, Activation::Relu) == 0.5,
        "lesson 7's network 3 steps after the large steps: its loss and accuracy",
        format!("losses {}", shown(&losses)),
        "losses still above 1e5, accuracy still 0.5",
        "with almost every unit dead the score is nearly the same for every point: the network \
         has stopped learning",
    );
}

/// Lesson 7's network after 6 steps at the constant rate 10 (ten times the
/// demo's first rate), and its losses, computed once for this file.
fn killed() -> &'static (Vec<f64>, Vec<f64>) {
    static KILLED: OnceLock<(Vec<f64>, Vec<f64>)> = OnceLock::new();
    KILLED.get_or_init(|| train(&SIZES, &INIT, &X, &Y, 10.0, 6))
}

/// The hidden units of lesson 7's network that are 0 on every point of `xs`,
/// counted by the check itself from the provided `hidden_values`.
fn zero_on(params: &[f64], xs: &[[f64; 2]]) -> Vec<(usize, usize)> {
    let mut alive = [[false; 16]; 2];
    for x in xs {
        let values = hidden_values(&SIZES, params, x, Activation::Relu);
        for (layer, row) in values.iter().enumerate() {
            for (unit, &value) in row.iter().enumerate() {
                alive[layer][unit] |= value > 0.0;
            }
        }
    }
    (0..2)
        .flat_map(|layer| (0..16).map(move |unit| (layer, unit)))
        .filter(|&(layer, unit)| !alive[layer][unit])
        .collect()
}

/// Losses, readably.
fn shown(losses: &[f64]) -> String {
    check::show_all(losses)
}

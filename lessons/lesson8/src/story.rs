//! What `cargo run -p lesson8` prints: the lesson's story, told by your
//! functions, your lesson 6 engine and your lesson 7 network.
//!
//! It is part of the program (`src/main.rs`), not of your library: a save
//! rebuilds your checks without it, and only the story's own snapshot check
//! compiles it in.
//!
//! You do not need to edit this file. Every number is printed at fixed
//! precision, so the output is the same on every machine (a snapshot test
//! checks it).

use std::fmt::Write;

use lesson7::SIZES;
use lesson7::moons::{INIT, X, Y};
use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;

use super::plot::{curves, log_bars};
use lesson8::dying::{dead_after_training, dead_units, unit_parameters};
use lesson8::exploding::{global_norm, train_clipped, weight_chain_gradient};
use lesson8::grad_check::{Band, band, check_gradient, relative_error};
use lesson8::init::{Scheme, glorot_std, he_std, init_weights};
use lesson8::net::{Activation, DEEP, SEED, accuracy, loss_and_gradient, train, uniform_init};
use lesson8::scale::losses_from_scaled;
use lesson8::vanishing::{layer_norms, score_gradient, sigmoid_chain_gradient, sigmoid_slope};

/// The demo's first learning rate, which parts 2 to 4 keep constant.
pub const DEMO_RATE: f64 = 1.0;

/// A learning rate ten times the demo's: too large.
pub const LARGE_RATE: f64 = 10.0;

/// The clipping threshold of part 3: with the large rate, a step of length at
/// most 10 · 0.1 = 1.
pub const CLIP: f64 = 0.1;

/// The steps of each training run in the story.
pub const RUN: usize = 6;

/// The lesson's story as text.
pub fn render() -> String {
    let mut out = String::new();
    let mut line = |text: String| writeln!(out, "{text}").unwrap();
    let hidden = SIZES[1..SIZES.len() - 1].iter().sum::<usize>();

    line("Lesson 8: when gradients go wrong".into());
    line(String::new());
    line("Part 1: vanishing. σ′(t) = σ(t)·(1 − σ(t)), at the sigmoid's input t:".into());
    line(format!(
        "  t = 0: {:.6}   t = 2: {:.6}   t = 5: {:.6}   t = 10: {:.3e}",
        sigmoid_slope(0.0),
        sigmoid_slope(2.0),
        sigmoid_slope(5.0),
        sigmoid_slope(10.0)
    ));
    line("Through k sigmoids from x = 0, ∂y/∂x multiplies k slopes, each at most 1/4:".into());
    line(format!("{:>4} {:>12} {:>12}", "k", "∂y/∂x", "0.25^k"));
    for k in [1, 2, 3, 5, 10] {
        line(format!(
            "{k:>4} {:>12.4e} {:>12.4e}",
            sigmoid_chain_gradient(0.0, k),
            0.25f64.powi(k as i32)
        ));
    }
    line(String::new());
    line(format!(
        "The deep network {DEEP:?}, micrograd's uniform weights (seed {SEED}): the size of \
         ∂score/∂p at point 0 for each layer's parameters, one # a quarter decade:"
    ));
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let uniform = uniform_init(&DEEP, &mut rng);
    let mut rows = Vec::new();
    for activation in Activation::ALL {
        let norms = layer_norms(&DEEP, &score_gradient(&DEEP, &uniform, &X[0], activation));
        for (layer, norm) in norms.iter().enumerate() {
            rows.push((
                format!("{:<7} layer {}", activation.name(), layer + 1),
                *norm,
            ));
        }
    }
    line(log_bars(&rows, -6, 2, 4, 2));

    line(format!(
        "Part 2: dying relus. lesson 7's network from micrograd's start, {RUN} steps at a \
         constant rate:"
    ));
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let he = init_weights(&SIZES, Scheme::He, &mut rng);
    let he = &he;
    let [
        (gentle, gentle_losses),
        (killed, killed_losses),
        (clipped, clipped_losses),
        (too_far, too_far_losses),
        (_, tiny_losses),
        (_, he_losses),
    ] = run_all([
        &|| train(&SIZES, &INIT, &X, &Y, DEMO_RATE, RUN),
        &|| train(&SIZES, &INIT, &X, &Y, LARGE_RATE, RUN),
        &|| train_clipped(&INIT, LARGE_RATE, CLIP, RUN),
        &|| train_clipped(&INIT, 100.0, CLIP, RUN),
        &|| (Vec::new(), losses_from_scaled(&INIT, 0.01, DEMO_RATE, RUN)),
        &|| train(&SIZES, he, &X, &Y, DEMO_RATE, RUN),
    ]);
    for (rate, params) in [(DEMO_RATE, &gentle), (LARGE_RATE, &killed)] {
        line(format!(
            "  rate {rate:>4}: {:>2} of {hidden} hidden units dead on all {} points, accuracy {:.2}",
            dead_after_training(&INIT, rate, RUN).len(),
            X.len(),
            accuracy(&SIZES, params, &X, &Y, Activation::Relu)
        ));
    }
    let dead = dead_units(&SIZES, &killed, &X);
    let (_, data_grad) = loss_and_gradient(&SIZES, &killed, &X, &Y, Activation::Relu, false);
    let theirs: Vec<f64> = dead
        .iter()
        .flat_map(|&(layer, unit)| data_grad[unit_parameters(&SIZES, layer, unit)].to_vec())
        .collect();
    let zero = theirs.iter().filter(|g| **g == 0.0).count();
    let (after, _) = train(&SIZES, &killed, &X, &Y, DEMO_RATE, 3);
    line(format!(
        "  after rate {LARGE_RATE}: the data gradient is exactly 0 for {zero} of the dead units' {} \
         weights and biases; 3 more steps at rate {DEMO_RATE}: {} dead",
        theirs.len(),
        dead_units(&SIZES, &after, &X).len()
    ));
    line(String::new());

    line("Part 3: exploding. ∂y/∂x through k multiplications by w:".into());
    line(format!("{:>4} {:>12} {:>12}", "k", "w = 1.5", "w = 0.5"));
    for k in [1, 10, 20, 50] {
        line(format!(
            "{k:>4} {:>12.4e} {:>12.4e}",
            weight_chain_gradient(1.5, k),
            weight_chain_gradient(0.5, k)
        ));
    }
    let (_, start_grad) = loss_and_gradient(&SIZES, &INIT, &X, &Y, Activation::Relu, true);
    line(format!(
        "The gradient's global norm at micrograd's start: {:.4}. Clipped to {CLIP}, a step at \
         rate {LARGE_RATE} is at most {:.1} long.",
        global_norm(&start_grad),
        LARGE_RATE * CLIP
    ));
    line(format!(
        "{:>4} {:>13} {:>13} {:>13} {:>13}",
        "step", "rate 1", "rate 10", "10, clip 0.1", "100, clip 0.1"
    ));
    for step in 0..RUN {
        line(format!(
            "{step:>4} {:>13.4} {:>13.4} {:>13.4} {:>13.4}",
            gentle_losses[step], killed_losses[step], clipped_losses[step], too_far_losses[step]
        ));
    }
    line(curves(
        "the loss at each step, the four runs side by side: o rate 1, x rate 10, c rate 10 \
         clipped to 0.1, C rate 100 clipped to 0.1",
        &[
            ('o', &gentle_losses),
            ('x', &killed_losses),
            ('c', &clipped_losses),
            ('C', &too_far_losses),
        ],
        &[1e6, 1e5, 1e4, 1000.0, 100.0, 10.0, 1.0, 0.5],
    ));
    for (what, params) in [
        ("rate 10 clipped to 0.1:", &clipped),
        ("rate 100 clipped to 0.1:", &too_far),
    ] {
        line(format!(
            "  after {RUN} steps at {what:<23} {:>2} dead, accuracy {:.2}",
            dead_units(&SIZES, params, &X).len(),
            accuracy(&SIZES, params, &X, &Y, Activation::Relu)
        ));
    }
    line(
        "  rate 100 clipped to 0.1, the dead units after each step (first hidden layer + second):"
            .into(),
    );
    let mut before: Vec<(usize, usize)> = Vec::new();
    for steps in 1..=RUN {
        let (params, _) = train_clipped(&INIT, 100.0, CLIP, steps);
        let dead = dead_units(&SIZES, &params, &X);
        let first = dead.iter().filter(|(layer, _)| *layer == 0).count();
        let back: Vec<String> = before
            .iter()
            .filter(|unit| !dead.contains(unit))
            .map(|(layer, unit)| format!("({layer}, {unit})"))
            .collect();
        line(format!(
            "    step {steps}: {:>2} + {:>2} = {:>2} dead{}",
            first,
            dead.len() - first,
            dead.len(),
            if back.is_empty() {
                String::new()
            } else {
                format!("; back to life: {}", back.join(" "))
            }
        ));
        before = dead;
    }
    line(String::new());

    line("Parts 4 and 5: initialisation and the initial scale. The first weights' standard deviations:".into());
    line(format!(
        "  He √(2/fan_in): fan_in 2 {:.4}, 16 {:.4}, 64 {:.4}   Glorot √(2/(fan_in + fan_out)): \
         (2, 16) {:.4}, (16, 16) {:.4}, (64, 16) {:.4}",
        he_std(2),
        he_std(16),
        he_std(64),
        glorot_std(2, 16),
        glorot_std(16, 16),
        glorot_std(64, 16)
    ));
    line(format!(
        "lesson 7's network at rate {DEMO_RATE}, the loss at each step:"
    ));
    line(format!(
        "{:>4} {:>14} {:>14}",
        "step", "INIT × 0.01", "He (seed 0)"
    ));
    for step in 0..RUN {
        line(format!(
            "{step:>4} {:>14.8} {:>14.8}",
            tiny_losses[step], he_losses[step]
        ));
    }
    line(format!(
        "The deep network {DEEP:?}: first layer's ‖∂score/∂p‖ over the last layer's:"
    ));
    line(format!(
        "{:>8} {:>11} {:>11} {:>11} {:>11}",
        "", "uniform", "× 0.01", "Glorot", "He"
    ));
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let glorot = init_weights(&DEEP, Scheme::Glorot, &mut rng);
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let he_deep = init_weights(&DEEP, Scheme::He, &mut rng);
    let small: Vec<f64> = uniform.iter().map(|p| p * 0.01).collect();
    for activation in Activation::ALL {
        let ratio = |params: &[f64]| {
            let norms = layer_norms(&DEEP, &score_gradient(&DEEP, params, &X[0], activation));
            norms[0] / norms[norms.len() - 1]
        };
        line(format!(
            "{:>8} {:>11.2e} {:>11.2e} {:>11.2e} {:>11.2e}",
            activation.name(),
            ratio(&uniform),
            ratio(&small),
            ratio(&glorot),
            ratio(&he_deep)
        ));
    }
    line(String::new());

    line("Part 6: the gradient check, with CS231n's bands:".into());
    line(format!(
        "{:<36} {:>9} {:>12} {:>9}  {}",
        "function and point", "analytic", "difference", "error", "band"
    ));
    let cube = |tape: &mut lesson6::Tape, x| tape.pow(x, 3.0);
    let tanh = |tape: &mut lesson6::Tape, x| tape.tanh(x);
    let relu = |tape: &mut lesson6::Tape, x| tape.relu(x);
    let row = |what: &str, (analytic, numeric): (f64, f64)| {
        let error = relative_error(analytic, numeric);
        // In agreement the digits are rounding, which may differ between machines.
        let shown = match band(error) {
            Band::Agreement => "< 1e-7".to_string(),
            _ => format!("{error:.1e}"),
        };
        format!(
            "{what:<36} {analytic:>9.6} {numeric:>12.8} {shown:>9}  {:?}",
            band(error)
        )
    };
    line(row("x³ at 2, h = 1e-5", check_gradient(cube, 2.0, 1e-5)));
    line(row("x³ at 2, h = 1e-2", check_gradient(cube, 2.0, 1e-2)));
    let forward = ((2.01f64).powi(3) - 8.0) / 0.01;
    line(row("x³ at 2, forward difference 1e-2", (12.0, forward)));
    line(row(
        "tanh at 0.5, h = 1e-5",
        check_gradient(tanh, 0.5, 1e-5),
    ));
    line(row("relu at 1, h = 1e-5", check_gradient(relu, 1.0, 1e-5)));
    line(row(
        "relu at 3e-6, h = 1e-5 (a kink)",
        check_gradient(relu, 3e-6, 1e-5),
    ));
    line(row(
        "relu at 0, h = 1e-5 (a kink)",
        check_gradient(relu, 0.0, 1e-5),
    ));
    line(row(
        "σ′ at the output (t·(1 − t)), t = 3",
        (
            3.0 * (1.0 - 3.0),
            (sigmoid_value(3.0 + 1e-5) - sigmoid_value(3.0 - 1e-5)) / 2e-5,
        ),
    ));
    out
}

/// σ(t), for the last row of part 6's table.
fn sigmoid_value(t: f64) -> f64 {
    1.0 / (1.0 + (-t).exp())
}

/// The training runs of the story, each on a thread of its own: the runs share
/// nothing, so the results are those of one run after the other, only sooner.
/// A panic in a run is passed on as it is.
type Run<'a> = &'a (dyn Fn() -> (Vec<f64>, Vec<f64>) + Sync);
fn run_all(runs: [Run<'_>; 6]) -> [(Vec<f64>, Vec<f64>); 6] {
    std::thread::scope(|scope| {
        let handles = runs.map(|run| scope.spawn(run));
        handles.map(|handle| {
            handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        })
    })
}

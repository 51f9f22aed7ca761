//! The story's pictures as SVG files, to open in a browser: each layer's
//! gradient norm in the deep network, sigmoid against tanh against relu, on a
//! log scale; and the loss of lesson 7's network with and without clipping.
//!
//! You do not need to edit this file. It draws what the story draws, computed
//! by your functions, with the course's small SVG writer (`lessons/svg`), which
//! only the program builds.

use lesson7::SIZES;
use lesson7::moons::{INIT, X, Y};
use lesson8::exploding::train_clipped;
use lesson8::net::{Activation, DEEP, SEED, train, uniform_init};
use lesson8::vanishing::{layer_norms, score_gradient};
use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;
use svg::{Axis, Chart, Mark, log_range};

/// The learning rates, the clipping threshold and the steps of the story's
/// training runs.
const DEMO_RATE: f64 = 1.0;
const LARGE_RATE: f64 = 10.0;
const CLIP: f64 = 0.1;
const RUN: usize = 6;

/// Every picture of the lesson: (file name without `.svg`, the SVG text).
pub fn all() -> Vec<(&'static str, String)> {
    vec![
        ("layer-norms", layer_norms_bars()),
        ("loss-with-clipping", loss_with_clipping()),
    ]
}

/// ‖∂score/∂p‖ of each layer's parameters at point 0, one bar per activation.
fn layer_norms_bars() -> String {
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let uniform = uniform_init(&DEEP, &mut rng);
    let norms: Vec<Vec<f64>> = Activation::ALL
        .iter()
        .map(|&activation| layer_norms(&DEEP, &score_gradient(&DEEP, &uniform, &X[0], activation)))
        .collect();
    let layers = DEEP.len() - 1;
    let all: Vec<f64> = norms.iter().flatten().copied().collect();
    let mut chart = Chart::new(
        &format!("Lesson 8: the gradient reaching each layer of the deep network {DEEP:?}"),
        &format!(
            "‖∂score/∂p‖ over each layer's weights and biases at point 0, micrograd's uniform \
             weights (seed {SEED})"
        ),
        Axis::linear(
            "layer (1 is next to the inputs)",
            (0.5, layers as f64 + 0.5),
            1.0,
            0,
        ),
        Axis::log("gradient norm (log scale)", log_range(&all), 1),
    );
    let width = 0.8 / Activation::ALL.len() as f64;
    for (k, (activation, norms)) in Activation::ALL.iter().zip(&norms).enumerate() {
        let bars: Vec<(f64, f64, f64)> = norms
            .iter()
            .enumerate()
            .map(|(layer, &norm)| {
                let left = layer as f64 + 1.0 - 0.4 + k as f64 * width;
                (left, left + width, norm)
            })
            .collect();
        chart.bars(activation.name(), &bars);
    }
    chart.finish()
}

/// The loss at each step of four runs from micrograd's start: rate 1, rate 10,
/// and both rate 10 and rate 100 with the gradient clipped to norm 0.1.
fn loss_with_clipping() -> String {
    let runs = [
        (DEMO_RATE, None),
        (LARGE_RATE, None),
        (LARGE_RATE, Some(CLIP)),
        (100.0, Some(CLIP)),
    ];
    let losses: Vec<Vec<f64>> = std::thread::scope(|scope| {
        let handles = runs.map(|(rate, clip)| {
            scope.spawn(move || match clip {
                None => train(&SIZES, &INIT, &X, &Y, rate, RUN).1,
                Some(clip) => train_clipped(&INIT, rate, clip, RUN).1,
            })
        });
        handles
            .into_iter()
            .map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    let all: Vec<f64> = losses.iter().flatten().copied().collect();
    let mut chart = Chart::new(
        "Lesson 8: lesson 7's network with and without clipping the gradient",
        "the loss before each step, from micrograd's start; a clipped gradient has norm at most 0.1",
        Axis::linear("training step", (0.0, (RUN - 1) as f64), 1.0, 0),
        Axis::log("loss (log scale)", log_range(&all), 1),
    );
    for ((rate, clip), losses) in runs.iter().zip(&losses) {
        let name = match clip {
            None => format!("rate {rate}"),
            Some(clip) => format!("rate {rate}, clipped to {clip}"),
        };
        let points: Vec<(f64, f64)> = losses
            .iter()
            .enumerate()
            .map(|(k, &loss)| (k as f64, loss))
            .collect();
        chart.series(&name, &points, Mark::LineAndDots);
    }
    chart.finish()
}

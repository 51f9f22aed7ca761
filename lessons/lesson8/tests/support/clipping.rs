//! Part 3's checks train lesson 7's network themselves, with the right clip and
//! with its slips, and name the slips a wrong answer may come from: a check
//! recognises each by the number it gives.

use check::norm;
use lesson7::SIZES;
use lesson7::moons::{INIT, X, Y};
use lesson8::net::{Activation, loss_and_gradient};

/// The slips of `weight_chain_gradient(w, k)` whose right answer is `expected`
/// (wᵏ), each with what it gives.
pub fn chain_slips(expected: f64, w: f64, k: usize) -> [(f64, &'static str); 4] {
    [
        (expected * w, "one multiplication too many"),
        (expected / w, "one multiplication too few"),
        (
            k as f64 * expected / w * 2.0,
            "∂y/∂w, the gradient of the shared weight, instead of ∂y/∂x",
        ),
        (
            2.0 * expected,
            "the value of y (at x = 2), not its gradient",
        ),
    ]
}

/// The slips of `global_norm(grad)`, each with what it gives.
pub fn norm_slips(grad: &[f64]) -> [(f64, &'static str); 4] {
    [
        (
            grad.iter().map(|g| g * g).sum(),
            "the square root left out: Σ gᵢ² is the squared length",
        ),
        (
            grad.iter().map(|g| g.abs()).sum(),
            "the sum of |gᵢ|, not √(Σ gᵢ²)",
        ),
        (
            grad.last().map_or(0.0, |g| g.abs()),
            "= where += belongs: only the last square kept",
        ),
        (
            grad.iter().fold(0.0, |m: f64, g| m.max(g.abs())),
            "the largest |gᵢ|, not the length",
        ),
    ]
}

/// Which slips of clipping [12, −4, 3] to 6.5 give `grad`, each named.
pub fn scale_slips(grad: &[f64]) -> [(bool, &'static str); 4] {
    [
        (
            grad == [6.5, -4.0, 3.0],
            "each component clipped on its own to ±threshold: that changes the direction \
             of the gradient; scale the whole vector by threshold / ‖g‖ instead",
        ),
        (
            grad == [12.0 / 13.0, -4.0 / 13.0, 3.0 / 13.0],
            "a division by ‖g‖ without the threshold: that makes the length 1, not the \
             threshold",
        ),
        (
            grad == [24.0, -8.0, 6.0],
            "the factor upside down: ‖g‖ / threshold instead of threshold / ‖g‖",
        ),
        (grad == [12.0, -4.0, 3.0], "the gradient left as it was"),
    ]
}

/// The slips of one step of `train_clipped` at rate 10 clipped to 0.1, from
/// micrograd's start whose gradient is `grad`, each with the step's length.
pub fn step_slips(grad: &[f64]) -> [(f64, &'static str); 4] {
    let clamped: Vec<f64> = grad.iter().map(|g| g.clamp(-0.1, 0.1)).collect();
    let (per_component, unclipped) = (10.0 * norm(&clamped), 10.0 * norm(grad));
    let squared = 10.0 * 0.1 * norm(grad) / norm(grad).powi(2);
    [
        (
            per_component,
            "each component clipped on its own: the step is longer than η·threshold and \
             points elsewhere",
        ),
        (
            unclipped,
            "no clip before the step: a gradient clipped after descend, or never, moves \
             the parameters its full length",
        ),
        (
            squared,
            "the norm without its square root: scaled by threshold / Σg², the gradient is \
             shorter than the threshold",
        ),
        (
            10.0,
            "the gradient divided by its norm alone: length 1, not the threshold",
        ),
    ]
}

/// Which slips of the clip give the losses `same` accepts, from the check's own
/// 6 steps at rate 10 with each, named.
pub fn clip_slips(same: impl Fn(&[f64]) -> bool) -> Vec<(bool, &'static str)> {
    [
        (
            Clip::PerComponent,
            "each component clipped on its own to ±threshold",
        ),
        (
            Clip::NoSquareRoot,
            "the norm without its square root (Σg² in place of √(Σg²))",
        ),
        (
            Clip::UnitLength,
            "the gradient divided by its norm alone: every step 1·η long",
        ),
        (
            Clip::None,
            "no clip before the step (after descend, or never)",
        ),
    ]
    .map(|(clip, name)| (same(&clipped_run(10.0, 6, clip).1), name))
    .to_vec()
}

/// The clips the check knows: the right one and its slips.
#[derive(Clone, Copy)]
pub enum Clip {
    Global,
    PerComponent,
    NoSquareRoot,
    UnitLength,
    None,
}

/// The check's own training of lesson 7's network from micrograd's start at a
/// constant rate, each gradient clipped to 0.1 by `clip`: the final parameters
/// and the loss before every step.
pub fn clipped_run(rate: f64, steps: usize, clip: Clip) -> (Vec<f64>, Vec<f64>) {
    let threshold = 0.1;
    let mut params = INIT.to_vec();
    let mut losses = Vec::new();
    for _ in 0..steps {
        let (loss, mut grad) = loss_and_gradient(&SIZES, &params, &X, &Y, Activation::Relu, true);
        losses.push(loss);
        let squares: f64 = grad.iter().map(|g| g * g).sum();
        let scale = match clip {
            Clip::Global if squares.sqrt() > threshold => threshold / squares.sqrt(),
            Clip::NoSquareRoot if squares > threshold => threshold / squares,
            Clip::UnitLength if squares.sqrt() > threshold => 1.0 / squares.sqrt(),
            _ => 1.0,
        };
        for g in &mut grad {
            *g = match clip {
                Clip::PerComponent => g.clamp(-threshold, threshold),
                _ => *g * scale,
            };
        }
        for (p, g) in params.iter_mut().zip(&grad) {
            *p -= rate * g;
        }
    }
    (params, losses)
}

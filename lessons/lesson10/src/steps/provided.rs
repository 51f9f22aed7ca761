//! Part 4's provided code: the rule every optimizer follows, and the three
//! optimizers with what each remembers. `src/steps.rs` declares this module and
//! writes their steps.

/// A rule that moves the parameters one step against their gradient.
pub trait Optimizer {
    /// Moves each `params[i]` using `grads[i]` (and what the rule remembers of
    /// earlier steps).
    fn step(&mut self, params: &mut [f64], grads: &[f64]);
}

/// Plain gradient descent: p ← p − η·g.
#[derive(Clone, Debug, PartialEq)]
pub struct Sgd {
    /// The learning rate η. It may change between steps (a schedule).
    pub lr: f64,
}

/// Momentum, as PyTorch's SGD with `momentum = μ`: v ← μ·v + g, then
/// p ← p − η·v. The velocity v starts at 0 for every parameter, so the first
/// step is plain SGD.
#[derive(Clone, Debug, PartialEq)]
pub struct Momentum {
    /// The learning rate η. It may change between steps (a schedule).
    pub lr: f64,
    /// How much of the velocity survives each step, μ (0.9 is usual).
    pub mu: f64,
    /// The velocity v, one per parameter.
    pub velocity: Vec<f64>,
}

impl Momentum {
    /// Momentum for `n` parameters, with learning rate `lr` and μ = `mu`, the
    /// velocity at 0.
    pub fn new(n: usize, lr: f64, mu: f64) -> Momentum {
        Momentum {
            lr,
            mu,
            velocity: vec![0.0; n],
        }
    }
}

/// Adam, as PyTorch's: with t the number of the step (1 for the first),
/// m ← β₁·m + (1 − β₁)·g and v ← β₂·v + (1 − β₂)·g², running averages of the
/// gradient and of its square; m̂ = m / (1 − β₁ᵗ) and v̂ = v / (1 − β₂ᵗ) undo
/// their start at 0; then p ← p − η·m̂ / (√v̂ + ε).
#[derive(Clone, Debug, PartialEq)]
pub struct Adam {
    /// The learning rate η. It may change between steps (a schedule).
    pub lr: f64,
    /// How much of the average gradient survives each step, β₁ (0.9).
    pub beta1: f64,
    /// How much of the average squared gradient survives each step, β₂ (0.999).
    pub beta2: f64,
    /// Keeps the division finite where the gradient has been 0, ε (1e-8).
    pub eps: f64,
    /// The running average of the gradient, m, one per parameter.
    pub m: Vec<f64>,
    /// The running average of the squared gradient, v, one per parameter.
    pub v: Vec<f64>,
    /// How many steps were taken, t.
    pub t: i32,
}

impl Adam {
    /// Adam for `n` parameters with learning rate `lr` and PyTorch's defaults
    /// β₁ = 0.9, β₂ = 0.999, ε = 1e-8; m, v and t at 0.
    pub fn new(n: usize, lr: f64) -> Adam {
        Adam {
            lr,
            beta1: 0.9,
            beta2: 0.999,
            eps: 1e-8,
            m: vec![0.0; n],
            v: vec![0.0; n],
            t: 0,
        }
    }
}

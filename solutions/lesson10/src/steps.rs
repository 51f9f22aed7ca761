//! Part 4: a step size for each parameter: SGD, momentum and Adam.
//!
//! Lesson 4 chose one step size for one input. A network has thousands of
//! parameters, and a mini-batch's gradient is noisy. Momentum keeps a running
//! sum of past gradients, so steady directions build up speed and noise
//! cancels; Adam divides each parameter's step by the recent size of its own
//! gradient, so every parameter moves at about the same rate. Each rule here is
//! PyTorch's (`torch.optim.SGD`, with and without `momentum`, and
//! `torch.optim.Adam`), with their defaults: no weight decay, no dampening, no
//! Nesterov.
//!
//! The rule (`Optimizer`) and the optimizers' types, with their constructors,
//! are provided in `src/steps/provided.rs`.

// BEGIN SOLUTION
#[path = "../../../lessons/lesson10/src/steps/provided.rs"]
// END SOLUTION
mod provided;
pub use provided::{Adam, Momentum, Optimizer, Sgd};

impl Optimizer for Sgd {
    /// p ← p − η·g for every parameter.
    ///
    /// η = 0.1, p = [1, 2], g = [0.5, -1] `-> p = [0.95, 2.1]`
    fn step(&mut self, params: &mut [f64], grads: &[f64]) {
        // STUB: // TODO: move each parameter against its gradient by the learning rate.
        // STUB: todo!("an SGD step on {params:?} with the gradient {grads:?}")
        // BEGIN SOLUTION
        for (p, &g) in params.iter_mut().zip(grads) {
            *p -= self.lr * g;
        }
        // END SOLUTION
    }
}

impl Optimizer for Momentum {
    /// v ← μ·v + g, then p ← p − η·v, for every parameter.
    ///
    /// η = 0.1, μ = 0.9, p = [1], g = 1 then 2: v = 1, p = 0.9; then
    /// v = 2.9, `p = 0.61`
    fn step(&mut self, params: &mut [f64], grads: &[f64]) {
        // STUB: // TODO: for each parameter, the velocity first (μ·v + g), then the step along it.
        // STUB: todo!("a momentum step on {params:?} with the gradient {grads:?}")
        // BEGIN SOLUTION
        for ((p, v), &g) in params.iter_mut().zip(&mut self.velocity).zip(grads) {
            *v = self.mu * *v + g;
            *p -= self.lr * *v;
        }
        // END SOLUTION
    }
}

impl Optimizer for Adam {
    /// t ← t + 1; for every parameter, m ← β₁·m + (1 − β₁)·g,
    /// v ← β₂·v + (1 − β₂)·g², m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ),
    /// p ← p − η·m̂ / (√v̂ + ε).
    ///
    /// η = 0.1, p = [1], g = 2: m = 0.2, v = 0.004, m̂ = 2, v̂ = 4,
    /// `p = 1 − 0.1·2 / (2 + 1e-8) ≈ 0.9`
    fn step(&mut self, params: &mut [f64], grads: &[f64]) {
        // STUB: // TODO: count the step; update m and v; correct both for their start at 0; step by η·m̂ / (√v̂ + ε).
        // STUB: todo!("an Adam step on {params:?} with the gradient {grads:?}")
        // BEGIN SOLUTION
        self.t += 1;
        let correction1 = 1.0 - self.beta1.powi(self.t);
        let correction2 = 1.0 - self.beta2.powi(self.t);
        for (((p, m), v), &g) in params
            .iter_mut()
            .zip(&mut self.m)
            .zip(&mut self.v)
            .zip(grads)
        {
            *m = self.beta1 * *m + (1.0 - self.beta1) * g;
            *v = self.beta2 * *v + (1.0 - self.beta2) * g * g;
            let m_hat = *m / correction1;
            let v_hat = *v / correction2;
            *p -= self.lr * m_hat / (v_hat.sqrt() + self.eps);
        }
        // END SOLUTION
    }
}

//! The network, provided: 64 pixels → `hidden` relu units → 10 scores, over a
//! whole batch at once, forward and backward, with your lesson 9 matrices.
//!
//! All its parameters sit in one list, so that an optimizer can step them all
//! alike: W₁ (hidden × 64, row by row), b₁ (hidden), W₂ (10 × hidden), b₂ (10).
//! A batch of n digits is X (n × 64); then Z₁ = X·W₁ᵀ + b₁, H = relu(Z₁) and
//! the scores Z₂ = H·W₂ᵀ + b₂ (n × 10), by lesson 9's `affine` and `relu`.
//! Backward, lesson 9's rules carry ∂L/∂Z₂ down to every weight and bias.

use lesson9::{
    Matrix, affine, bias_gradient, input_gradient, relu, relu_backward, weight_gradient,
};
use rand::RngExt;
use rand::rngs::ChaCha8Rng;

use crate::digits::PIXELS;

/// The number of classes: the digits 0..9.
pub const CLASSES: usize = 10;

/// The network's parameters and its hidden size.
#[derive(Clone, Debug, PartialEq)]
pub struct Net {
    /// How many relu units the hidden layer has.
    pub hidden: usize,
    /// W₁, b₁, W₂, b₂, one after the other: `(64 + 1)·hidden + (hidden + 1)·10` numbers.
    pub params: Vec<f64>,
}

/// What the forward pass of a batch keeps for the backward pass.
#[derive(Clone, Debug, PartialEq)]
pub struct Forward {
    /// The batch's inputs X, n × 64.
    pub inputs: Matrix,
    /// The hidden layer's outputs H = relu(Z₁), n × hidden.
    pub hidden: Matrix,
    /// The scores Z₂, one row of 10 per digit: `scores[r]` is digit r's.
    pub scores: Vec<[f64; CLASSES]>,
}

/// One draw from the standard normal distribution by the Box–Muller transform,
/// as in lesson 8: two uniforms, u₁ in (0, 1] first, then u₂.
pub fn normal(rng: &mut ChaCha8Rng) -> f64 {
    // 1 − u keeps u₁ away from 0, whose logarithm is −∞.
    let u1 = 1.0 - rng.random::<f64>();
    let u2 = rng.random::<f64>();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

impl Net {
    /// How many parameters a network with `hidden` units has.
    pub fn parameter_count(hidden: usize) -> usize {
        (PIXELS + 1) * hidden + (hidden + 1) * CLASSES
    }

    /// A network with `hidden` relu units and He's initial weights (lesson 8):
    /// each weight of W₁ is √(2/64)·normal, each of W₂ √(2/hidden)·normal,
    /// drawn from `rng` in the order of the list; the biases are 0.
    ///
    /// # Panics
    ///
    /// If `hidden` is 0 ("hidden").
    pub fn he(hidden: usize, rng: &mut ChaCha8Rng) -> Net {
        assert!(
            hidden > 0,
            "a hidden layer needs units: hidden must be positive, got 0"
        );
        let mut params = Vec::with_capacity(Net::parameter_count(hidden));
        for (fan_in, fan_out) in [(PIXELS, hidden), (hidden, CLASSES)] {
            let std = (2.0 / fan_in as f64).sqrt();
            params.extend((0..fan_in * fan_out).map(|_| std * normal(rng)));
            params.extend(std::iter::repeat_n(0.0, fan_out));
        }
        Net { hidden, params }
    }

    /// W₁, b₁, W₂ and b₂, cut from `params`.
    fn layers(&self) -> (Matrix, &[f64], Matrix, &[f64]) {
        let h = self.hidden;
        let (w1, rest) = self.params.split_at(PIXELS * h);
        let (b1, rest) = rest.split_at(h);
        let (w2, b2) = rest.split_at(CLASSES * h);
        (
            Matrix::new(h, PIXELS, w1.to_vec()),
            b1,
            Matrix::new(CLASSES, h, w2.to_vec()),
            b2,
        )
    }

    /// The forward pass of a batch: the scores of every digit in `inputs` (one
    /// row of 64 pixels each), with what the backward pass needs.
    pub fn forward(&self, inputs: Vec<[f64; PIXELS]>) -> Forward {
        let (w1, b1, w2, b2) = self.layers();
        let x = Matrix::from_rows(&inputs);
        let hidden = relu(&affine(&x, &w1, b1));
        let z2 = affine(&hidden, &w2, b2);
        let scores = z2
            .data()
            .chunks_exact(CLASSES)
            .map(|row| {
                let mut z = [0.0; CLASSES];
                z.copy_from_slice(row);
                z
            })
            .collect();
        Forward {
            inputs: x,
            hidden,
            scores,
        }
    }

    /// The backward pass of a batch: given ∂L/∂Z₂ (`d_scores`, one row of 10
    /// per digit of `forward`), the gradient of L with respect to every
    /// parameter, in the order of `params`. Lesson 9's rules: with G = ∂L/∂Z₂,
    /// ∂L/∂W₂ = Gᵀ·H, ∂L/∂b₂ = the column sums of G, ∂L/∂H = G·W₂, passed by
    /// the relu where H > 0 to give ∂L/∂Z₁, then the same for W₁ and b₁ with X.
    ///
    /// # Panics
    ///
    /// If `d_scores` does not have a row per digit of the batch ("a row of 10").
    pub fn backward(&self, forward: &Forward, d_scores: &[[f64; CLASSES]]) -> Vec<f64> {
        assert!(
            d_scores.len() == forward.scores.len(),
            "∂L/∂scores needs a row of 10 for each of the batch's {} digits, got {} rows",
            forward.scores.len(),
            d_scores.len()
        );
        let (_, _, w2, _) = self.layers();
        let g2 = Matrix::from_rows(d_scores);
        let g1 = relu_backward(&forward.hidden, &input_gradient(&g2, &w2));
        let mut grads = Vec::with_capacity(self.params.len());
        grads.extend_from_slice(weight_gradient(&g1, &forward.inputs).data());
        grads.extend(bias_gradient(&g1));
        grads.extend_from_slice(weight_gradient(&g2, &forward.hidden).data());
        grads.extend(bias_gradient(&g2));
        grads
    }
}

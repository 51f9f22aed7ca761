//! The network, provided: 64 pixels → `hidden` relu units → 10 scores, over a
//! whole batch at once, forward and backward, in plain loops over row-major
//! matrices (lesson 9's layers, written out for these two).
//!
//! All its parameters sit in one list, so that an optimizer can step them all
//! alike: W₁ (hidden × 64, row by row), b₁ (hidden), W₂ (10 × hidden), b₂ (10).
//! A batch of n digits is X (n × 64); then Z₁ = X·W₁ᵀ + b₁, H = relu(Z₁) and
//! the scores Z₂ = H·W₂ᵀ + b₂ (n × 10).

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
    /// The batch's inputs X, n rows of 64 pixels.
    pub inputs: Vec<[f64; PIXELS]>,
    /// H = relu(Z₁), n rows of `hidden`, row by row.
    pub hidden: Vec<f64>,
    /// The scores Z₂, n rows of 10: `scores[r]` is row r's.
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

    /// Where W₁, b₁, W₂ and b₂ start in `params`.
    fn offsets(&self) -> [usize; 4] {
        let h = self.hidden;
        let b1 = PIXELS * h;
        let w2 = b1 + h;
        let b2 = w2 + CLASSES * h;
        [0, b1, w2, b2]
    }

    /// The forward pass of a batch: the scores of every digit in `inputs`,
    /// with what the backward pass needs.
    pub fn forward(&self, inputs: Vec<[f64; PIXELS]>) -> Forward {
        let h = self.hidden;
        let [w1, b1, w2, b2] = self.offsets();
        let p = &self.params;
        let mut hidden = vec![0.0; inputs.len() * h];
        let mut scores = vec![[0.0; CLASSES]; inputs.len()];
        for ((x, a), z) in inputs.iter().zip(hidden.chunks_mut(h)).zip(&mut scores) {
            for (j, aj) in a.iter_mut().enumerate() {
                let w = &p[w1 + j * PIXELS..w1 + (j + 1) * PIXELS];
                let sum: f64 = w.iter().zip(x).map(|(wk, xk)| wk * xk).sum();
                *aj = (p[b1 + j] + sum).max(0.0);
            }
            for (c, zc) in z.iter_mut().enumerate() {
                let w = &p[w2 + c * h..w2 + (c + 1) * h];
                let sum: f64 = w.iter().zip(&*a).map(|(wk, ak)| wk * ak).sum();
                *zc = p[b2 + c] + sum;
            }
        }
        Forward {
            inputs,
            hidden,
            scores,
        }
    }

    /// The backward pass of a batch: given ∂L/∂Z₂ (`d_scores`, one row of 10
    /// per digit of `forward`), the gradient of L with respect to every
    /// parameter, in the order of `params`. Lesson 9's rules: ∂L/∂W₂ = Gᵀ·H,
    /// ∂L/∂b₂ = the column sums of G, ∂L/∂H = G·W₂, masked where Z₁ ≤ 0, and
    /// the same again for W₁ and b₁ with X.
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
        let h = self.hidden;
        let [w1, b1, w2, b2] = self.offsets();
        let p = &self.params;
        let mut grads = vec![0.0; p.len()];
        let mut d_hidden = vec![0.0; h];
        for ((x, a), g) in forward
            .inputs
            .iter()
            .zip(forward.hidden.chunks(h))
            .zip(d_scores)
        {
            d_hidden.fill(0.0);
            for (c, &gc) in g.iter().enumerate() {
                grads[b2 + c] += gc;
                let w = &p[w2 + c * h..w2 + (c + 1) * h];
                let dw = &mut grads[w2 + c * h..w2 + (c + 1) * h];
                for ((dwk, &ak), (dak, &wk)) in dw.iter_mut().zip(a).zip(d_hidden.iter_mut().zip(w))
                {
                    *dwk += gc * ak;
                    *dak += gc * wk;
                }
            }
            for (j, (&dj, &aj)) in d_hidden.iter().zip(a).enumerate() {
                // relu passes the gradient only where it let the signal through.
                if aj > 0.0 {
                    grads[b1 + j] += dj;
                    let dw = &mut grads[w1 + j * PIXELS..w1 + (j + 1) * PIXELS];
                    for (dwk, &xk) in dw.iter_mut().zip(x) {
                        *dwk += dj * xk;
                    }
                }
            }
        }
        grads
    }
}

//! Part 3's provided code: the sizes of micrograd's demo network, and its
//! score, which is your `layers` with a relu. `src/mlp.rs` declares this module.

use lesson6::{Tape, Var};

use super::layers;

/// The sizes of micrograd's demo network `MLP(2, [16, 16, 1])`: 2 inputs, two
/// hidden layers of 16 neurons, 1 output.
pub const SIZES: [usize; 4] = [2, 16, 16, 1];

/// micrograd's score of the point `x`, recorded on the tape: the one output of
/// [`layers`] with a relu on every hidden neuron. Provided: it is your `layers`.
///
/// Sizes `[2, 1]`, params `[2, -1, 0.5]` (w₀, w₁, b), x = `[3, 4]` -> 2.5;
/// sizes `[1, 1, 1]`, params `[-1, 0, 1, 0.5]`, x = `[2]` -> relu(−2)·1 + 0.5 = 0.5.
///
/// # Panics
///
/// As [`layers`]: if `params` does not hold exactly [`parameter_count`](super::parameter_count)`(sizes)`
/// parameters ("parameters"), if `x` does not hold `sizes[0]` coordinates
/// ("coordinates"), or if the last size is not 1 ("one output").
pub fn score(tape: &mut Tape, sizes: &[usize], params: &[Var], x: &[f64]) -> Var {
    let all = layers(tape, sizes, params, x, Tape::relu);
    all[all.len() - 1][0]
}

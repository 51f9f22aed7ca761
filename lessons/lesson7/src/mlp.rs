//! Part 3: micrograd's network, neuron by neuron.
//!
//! A layer is a row of neurons that all see the same inputs; a network feeds
//! each layer's outputs to the next. micrograd's demo network `MLP(2, [16, 16, 1])`
//! takes a point's two coordinates, has two hidden layers of 16 neurons each
//! followed by a relu, and one output neuron without a relu: its activation is
//! the score, positive for one class, negative for the other.
//!
//! Its parameters are one flat list, in micrograd's order: layer by layer,
//! neuron by neuron, each neuron's weights w₀ … wₙ₋₁ and then its bias.
//!
//! The sizes of micrograd's network and its `score` are provided in
//! `src/mlp/provided.rs`.

use lesson6::{Tape, Var};

mod provided;
pub use provided::{SIZES, score};

/// How many parameters a network with these layer sizes has: each neuron of a
/// layer has one weight per input of the layer and one bias.
///
/// `[2, 16, 16, 1] -> 337`;  `[3, 4, 2] -> 26`;  `[5] -> 0` (no layer)
pub fn parameter_count(sizes: &[usize]) -> usize {
    // TODO: add up (inputs + 1)·neurons over the layers.
    todo!("the parameters of a network of sizes {sizes:?}")
}

/// Every layer's outputs for the point `x`, recorded on the tape: for each
/// hidden layer its neurons after `hidden`, and last the output layer's one
/// neuron, the score.
///
/// Records the point's coordinates as leaves, then each layer in turn: each of
/// its neurons takes its weights and then its bias from `params` (in micrograd's
/// order, see the module) and computes its activation with
/// [`neuron`](crate::neuron::neuron); every layer but the last puts each
/// activation through `hidden` (micrograd's is a relu: `Tape::relu`; lesson 8
/// tries others). The last layer has one neuron, without `hidden`.
///
/// Sizes `[2, 1]`, params `[2, -1, 0.5]` (w₀, w₁, b), x = `[3, 4]` -> `[[2.5]]`;
/// sizes `[1, 1, 1]`, params `[-1, 0, 1, 0.5]`, x = `[2]`, `hidden` a relu ->
/// `[[0], [0.5]]` (relu(−2) = 0, then 0·1 + 0.5).
///
/// # Panics
///
/// If `params` does not hold exactly [`parameter_count`]`(sizes)` parameters
/// ("parameters"), if `x` does not hold `sizes[0]` coordinates ("coordinates"),
/// or if the last size is not 1 ("one output").
pub fn layers(
    tape: &mut Tape,
    sizes: &[usize],
    params: &[Var],
    x: &[f64],
    // `hidden` is unused until you write the body.
    #[allow(unused_variables)] hidden: fn(&mut Tape, Var) -> Var,
) -> Vec<Vec<Var>> {
    // TODO: refuse what does not fit; record x as leaves, then each layer's neurons, `hidden` on all but the last.
    todo!(
        "the layers of a network of sizes {sizes:?} with {} parameters for {x:?}, on a tape of {} nodes",
        params.len(),
        tape.len()
    )
}

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

// BEGIN SOLUTION
#[path = "../../../lessons/lesson7/src/mlp/provided.rs"]
// END SOLUTION
mod provided;
pub use provided::{SIZES, score};

/// How many parameters a network with these layer sizes has: each neuron of a
/// layer has one weight per input of the layer and one bias.
///
/// `[2, 16, 16, 1] -> 337`;  `[3, 4, 2] -> 26`;  `[5] -> 0` (no layer)
pub fn parameter_count(sizes: &[usize]) -> usize {
    // STUB: // TODO: add up (inputs + 1)·neurons over the layers.
    // STUB: todo!("the parameters of a network of sizes {sizes:?}")
    // BEGIN SOLUTION
    sizes.windows(2).map(|pair| (pair[0] + 1) * pair[1]).sum()
    // END SOLUTION
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
    // STUB: // `hidden` is unused until you write the body.
    // STUB: #[allow(unused_variables)] hidden: fn(&mut Tape, Var) -> Var,
    // BEGIN SOLUTION
    hidden: fn(&mut Tape, Var) -> Var,
    // END SOLUTION
) -> Vec<Vec<Var>> {
    // STUB: // TODO: refuse what does not fit; record x as leaves, then each layer's neurons, `hidden` on all but the last.
    // STUB: todo!(
    // STUB:     "the layers of a network of sizes {sizes:?} with {} parameters for {x:?}, on a tape of {} nodes",
    // STUB:     params.len(),
    // STUB:     tape.len()
    // STUB: )
    // BEGIN SOLUTION
    assert!(
        sizes.len() >= 2 && sizes[sizes.len() - 1] == 1,
        "a network needs an input size and ends in one output neuron, got sizes {sizes:?}"
    );
    assert_eq!(
        params.len(),
        parameter_count(sizes),
        "a network of sizes {sizes:?} has {} parameters, got {}",
        parameter_count(sizes),
        params.len()
    );
    assert_eq!(
        x.len(),
        sizes[0],
        "the network takes {} coordinates, got {}",
        sizes[0],
        x.len()
    );
    let mut inputs: Vec<Var> = x.iter().map(|&xi| tape.leaf(xi)).collect();
    let mut all = Vec::with_capacity(sizes.len() - 1);
    let mut next = 0;
    let depth = sizes.len() - 1;
    for (layer, pair) in sizes.windows(2).enumerate() {
        let (nin, nout) = (pair[0], pair[1]);
        let mut outputs = Vec::with_capacity(nout);
        for _ in 0..nout {
            let w = &params[next..next + nin];
            let b = params[next + nin];
            next += nin + 1;
            let act = crate::neuron::neuron(tape, w, b, &inputs);
            outputs.push(if layer + 1 < depth {
                hidden(tape, act)
            } else {
                act
            });
        }
        inputs = outputs.clone();
        all.push(outputs);
    }
    all
    // END SOLUTION
}

//! Part 4: the initial scale decides whether a signal gets through.
//!
//! Every layer multiplies what flows through it, forward and backward, by
//! roughly its weights' size times the square root of its number of inputs.
//! Weights too small and the product dies out, too large and it blows up. He
//! and Glorot chose the spread of the first weights so that each layer keeps
//! the size of its signal: about 1 per layer, whatever the depth.
//!
//! The normal draws (`normal`) and the schemes (`Scheme`) are provided in
//! `src/init/provided.rs`.

use rand::rngs::ChaCha8Rng;

// BEGIN SOLUTION
#[path = "../../../lessons/lesson8/src/init/provided.rs"]
// END SOLUTION
mod provided;
pub use provided::{Scheme, normal};

/// He's standard deviation for a relu layer with `fan_in` inputs per neuron:
/// √(2 / fan_in). A relu zeroes about half of its inputs, so the weights need a
/// variance of 2 / fan_in, twice 1 / fan_in, to keep the signal's size.
///
/// `2 -> 1`;  `8 -> 0.5`;  `64 -> 0.1768`
///
/// # Panics
///
/// If `fan_in` is 0 ("fan_in").
pub fn he_std(fan_in: usize) -> f64 {
    // STUB: // TODO: √(2 / fan_in); refuse fan_in = 0.
    // STUB: todo!("He's std for fan_in = {fan_in}")
    // BEGIN SOLUTION
    assert!(
        fan_in > 0,
        "a layer needs inputs: fan_in must be positive, got 0"
    );
    (2.0 / fan_in as f64).sqrt()
    // END SOLUTION
}

/// Glorot's standard deviation for a tanh or sigmoid layer with `fan_in` inputs
/// and `fan_out` neurons: the variance is 2 / (fan_in + fan_out), a compromise
/// between keeping the forward signal (1 / fan_in) and the backward gradient
/// (1 / fan_out); the standard deviation is its square root.
///
/// `(1, 1) -> 1`;  `(8, 8) -> 0.3536`;  `(64, 16) -> 0.1581`
///
/// # Panics
///
/// If `fan_in` or `fan_out` is 0 ("fan_in and fan_out").
pub fn glorot_std(fan_in: usize, fan_out: usize) -> f64 {
    // STUB: // TODO: √(2 / (fan_in + fan_out)); refuse a size of 0.
    // STUB: todo!("Glorot's std for fan_in = {fan_in}, fan_out = {fan_out}")
    // BEGIN SOLUTION
    assert!(
        fan_in > 0 && fan_out > 0,
        "a layer needs inputs and neurons: fan_in and fan_out must be positive, got \
         {fan_in} and {fan_out}"
    );
    (2.0 / (fan_in + fan_out) as f64).sqrt()
    // END SOLUTION
}

/// The initial parameters of a network of `sizes`, in micrograd's order (layer
/// by layer, neuron by neuron, each neuron's weights, then its bias): each
/// weight is std·[`normal`]`(rng)`, with the std of `scheme` for its layer
/// ([`he_std`] of the layer's fan_in, or [`glorot_std`] of its fan_in and
/// fan_out); each bias is 0, and draws nothing. A layer's fan_in is the size
/// before it, its fan_out the size after it.
///
/// Sizes `[2, 1]`, He: `-> [1·z₀, 1·z₁, 0]` with z₀, z₁ the first two draws of
/// [`normal`]; sizes `[8, 2, 1]`, He: 21 parameters, with 3 biases: for each of
/// the 2 neurons of the first layer, 8 weights of std 0.5 and then its bias;
/// then the output neuron's 2 weights of std 1 and its bias.
///
/// # Panics
///
/// As [`he_std`] and [`glorot_std`], if a size is 0.
pub fn init_weights(sizes: &[usize], scheme: Scheme, rng: &mut ChaCha8Rng) -> Vec<f64> {
    // STUB: // TODO: each weight std·normal(rng) with its layer's std, each bias 0, in micrograd's order.
    // STUB: let _ = rng; // Delete this line: it only keeps the unused-variable warning away.
    // STUB: todo!("the initial parameters of sizes {sizes:?} by {scheme:?}")
    // BEGIN SOLUTION
    let mut params = Vec::with_capacity(lesson7::parameter_count(sizes));
    for pair in sizes.windows(2) {
        let (fan_in, fan_out) = (pair[0], pair[1]);
        let std = match scheme {
            Scheme::He => he_std(fan_in),
            Scheme::Glorot => glorot_std(fan_in, fan_out),
        };
        for _ in 0..fan_out {
            for _ in 0..fan_in {
                params.push(std * normal(rng));
            }
            params.push(0.0);
        }
    }
    params
    // END SOLUTION
}

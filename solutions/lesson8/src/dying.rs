//! Part 2: relu units that die.
//!
//! A relu passes no gradient where its input is negative. A unit whose input is
//! negative on every data point passes none at all: nothing moves its weights.
//! In the first layer, whose inputs are the fixed data, nothing can bring it
//! back; in a later layer the layer before may. One step too large can push
//! many units there at once. Count them, and watch them stay dead.

use std::ops::Range;

// STUB: #[allow(unused_imports)] // You will need them in `dead_units` and `dead_after_training`.
use crate::net::{Activation, hidden_values, train};
// STUB: #[allow(unused_imports)] // micrograd's moons and network, for `dead_after_training`.
use lesson7::{
    SIZES,
    moons::{X, Y},
};

/// The hidden relu units of the network that are 0 on every point of `xs`, as
/// (layer, unit), both counted from 0: (0, 3) is the fourth unit of the first
/// hidden layer. The output neuron has no relu and is never counted. Read each
/// point's hidden values with [`hidden_values`] (with [`Activation::Relu`]).
///
/// Sizes `[2, 2, 1]`, params `[1, 0, 0, -1, 0, -5, 1, 1, 0]` (unit 0 is relu(x₀),
/// unit 1 is relu(−x₀ − 5)), points `[[1, 0], [-1, 0]]`: unit 0 is 1 at the first
/// point, so alive; unit 1 is 0 at both -> `[(0, 1)]`
///
/// # Panics
///
/// If `xs` is empty ("no points": with no point to look at, every unit would
/// count as dead), and as [`hidden_values`] if `params` or a point do not fit.
pub fn dead_units(sizes: &[usize], params: &[f64], xs: &[[f64; 2]]) -> Vec<(usize, usize)> {
    // STUB: // TODO: the hidden units that are 0 on every point, as (layer, unit).
    // STUB: todo!(
    // STUB:     "the dead units of sizes {sizes:?} with {} parameters on {} points",
    // STUB:     params.len(),
    // STUB:     xs.len()
    // STUB: )
    // BEGIN SOLUTION
    assert!(
        !xs.is_empty(),
        "no points: a unit is dead when it is 0 on every point, and with no point to look at \
         every unit would count as dead"
    );
    let hidden = &sizes[1..sizes.len() - 1];
    let mut alive: Vec<Vec<bool>> = hidden.iter().map(|&n| vec![false; n]).collect();
    for x in xs {
        let values = hidden_values(sizes, params, x, Activation::Relu);
        for (row, seen) in values.iter().zip(alive.iter_mut()) {
            for (&value, unit) in row.iter().zip(seen.iter_mut()) {
                if value > 0.0 {
                    *unit = true;
                }
            }
        }
    }
    let mut dead = Vec::new();
    for (layer, row) in alive.iter().enumerate() {
        for (unit, &is_alive) in row.iter().enumerate() {
            if !is_alive {
                dead.push((layer, unit));
            }
        }
    }
    dead
    // END SOLUTION
}

/// Where the parameters of unit `unit` of hidden layer `layer` (both counted
/// from 0, as in [`dead_units`]) sit in the flat parameter list: its weights,
/// then its bias, as a range of indices.
///
/// Sizes `[2, 16, 16, 1]`: `(0, 0) -> 0..3`;  `(0, 15) -> 45..48`;
/// `(1, 0) -> 48..65` (16 weights and a bias)
///
/// # Panics
///
/// If there is no such hidden unit ("no hidden unit").
pub fn unit_parameters(sizes: &[usize], layer: usize, unit: usize) -> Range<usize> {
    // STUB: // TODO: the range of the unit's weights and bias in the flat list.
    // STUB: todo!("where unit {unit} of hidden layer {layer} of sizes {sizes:?} keeps its parameters")
    // BEGIN SOLUTION
    assert!(
        layer + 2 < sizes.len() && unit < sizes[layer + 1],
        "no hidden unit ({layer}, {unit}) in a network of sizes {sizes:?}"
    );
    let fan_in = sizes[layer];
    let start = lesson7::parameter_count(&sizes[..=layer]) + unit * (fan_in + 1);
    start..start + fan_in + 1
    // END SOLUTION
}

/// The experiment of this part: trains lesson 7's network ([`SIZES`]) from
/// `init` on micrograd's 100 moons points ([`X`], [`Y`]) at the constant
/// learning rate `rate` for `steps` steps with the provided [`train`], then
/// returns its [`dead_units`] on all 100 points.
///
/// From micrograd's start (`lesson7::moons::INIT`), 6 steps: rate 1 -> 3 of the
/// 32 hidden units dead; rate 10 -> 31 of them.
///
/// # Panics
///
/// As [`train`], if `init` does not fit the network.
pub fn dead_after_training(init: &[f64], rate: f64, steps: usize) -> Vec<(usize, usize)> {
    // STUB: // TODO: train with `train` at the constant rate, then count the dead units on all the points.
    // STUB: todo!(
    // STUB:     "the dead units after {steps} steps at rate {rate} from {} parameters",
    // STUB:     init.len()
    // STUB: )
    // BEGIN SOLUTION
    let (params, _) = train(&SIZES, init, &X, &Y, rate, steps);
    dead_units(&SIZES, &params, &X)
    // END SOLUTION
}

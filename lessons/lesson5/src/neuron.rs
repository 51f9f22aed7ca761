//! Part 3: a neuron, σ(a·x + b·y + c), forward, backward, and one step up.
//!
//! The neuron is a circuit of five gates: two mul gates (a·x and b·y), two add
//! gates (their sum, then + c) and a sigmoid. The forward pass keeps every wire
//! the backward pass needs; the backward pass runs the gates of part 2 from the
//! output back to the five inputs.
//!
//! The types `Inputs` and `Neuron` and the point `KARPATHY` are provided in
//! `src/neuron/provided.rs`.

mod provided;
pub use provided::{Inputs, KARPATHY, Neuron};

/// The forward pass: a·x and b·y, their sum, t = sum + c, and out = σ(t),
/// every wire kept.
///
/// `neuron_forward(KARPATHY) -> Neuron { ax: -1.0, by: 6.0, sum: 5.0, t: 2.0, out: 0.8807970779778823, .. }`
pub fn neuron_forward(inputs: Inputs) -> Neuron {
    // TODO: every gate's output, in order, kept with the inputs.
    todo!("the forward pass of the neuron at {inputs:?}")
}

/// The backward pass: the gradient of out with respect to each of the five
/// inputs, gate by gate from the output, with the gates of part 2
/// (`crate::gates::sigmoid_backward` and the others). The gradient arriving at
/// out is 1.
///
/// `neuron_backward(&neuron_forward(KARPATHY)) -> Inputs { a: -0.104994, b: 0.314981, c: 0.104994, x: 0.104994, y: 0.209987 }`
/// (that is x·σ′, y·σ′, σ′, a·σ′ and b·σ′, with σ′ = σ′(2) = 0.10499358540350662)
pub fn neuron_backward(neuron: &Neuron) -> Inputs {
    // TODO: from out back to the five inputs, gate by gate, with the gates of part 2.
    todo!("the backward pass of the neuron from {neuron:?}")
}

/// One step of size `step` along the gradient: every one of the five inputs
/// moves by step × its partial derivative, all partials taken at `inputs`.
/// For a small step the output goes up.
///
/// `neuron_step(KARPATHY, 0.01) -> Inputs { a: 0.99895, b: 2.00315, c: -2.99895, x: -0.99895, y: 3.0021 }`
/// (rounded), where the output is 0.882550; it was 0.880797
///
/// # Panics
///
/// If `step` is not positive and finite ("step must be positive and finite").
pub fn neuron_step(inputs: Inputs, step: f64) -> Inputs {
    // TODO: refuse a bad step; then move every input by step × its partial, all taken at `inputs`.
    todo!("one step of {step} from {inputs:?}")
}

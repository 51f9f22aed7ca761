//! Part 3's provided types: the neuron's five inputs, Karpathy's point, and the
//! neuron after its forward pass. `src/neuron.rs` declares this module.

/// The five inputs of the neuron σ(a·x + b·y + c): the weights a and b, the
/// bias c, and the data x and y.
///
/// A gradient has one number per input, so it is an `Inputs` too: in the
/// result of [`neuron_backward`](super::neuron_backward), `a` holds ∂out/∂a, and so on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Inputs {
    pub a: f64,
    pub b: f64,
    pub c: f64,
    pub x: f64,
    pub y: f64,
}

/// The point of Karpathy's guide: a = 1, b = 2, c = −3, x = −1, y = 3.
pub const KARPATHY: Inputs = Inputs {
    a: 1.0,
    b: 2.0,
    c: -3.0,
    x: -1.0,
    y: 3.0,
};

/// The neuron after its forward pass: its inputs and every wire the backward
/// pass needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Neuron {
    pub inputs: Inputs,
    /// a·x, the first mul gate's output.
    pub ax: f64,
    /// b·y, the second mul gate's output.
    pub by: f64,
    /// a·x + b·y, the first add gate's output.
    pub sum: f64,
    /// t = a·x + b·y + c, the second add gate's output and the sigmoid's input.
    pub t: f64,
    /// σ(t), the neuron's output.
    pub out: f64,
}

//! Part 1: the circuit f(x, y, z) = (x + y)·z, forward and then backward by hand.
//!
//! The circuit has two nodes: an add node q = x + y, and a mul node f = q·z.
//! The forward pass computes q and then f, and keeps them; the backward pass
//! starts at the output and asks each node, in the opposite order, how a nudge
//! of its inputs moves f.
//!
//! The types `Circuit` and `CircuitGradient` are provided in
//! `src/circuit/provided.rs`.

mod provided;
pub use provided::{Circuit, CircuitGradient};

/// The forward pass of (x + y)·z: q = x + y first, then f = q·z, both kept
/// for the backward pass.
///
/// `circuit_forward(-2.0, 5.0, -4.0) -> Circuit { x: -2.0, y: 5.0, z: -4.0, q: 3.0, f: -12.0 }`
pub fn circuit_forward(x: f64, y: f64, z: f64) -> Circuit {
    // TODO: q = x + y, then f = q·z; keep them with the inputs.
    todo!("the forward pass of (x + y)·z at x={x}, y={y}, z={z}")
}

/// The backward pass of (x + y)·z, from the values the forward pass kept.
///
/// First the mul node f = q·z, whose local derivatives are ∂f/∂q = z and
/// ∂f/∂z = q. Then the add node q = x + y, whose local derivatives are
/// ∂q/∂x = 1 and ∂q/∂y = 1; the chain rule multiplies each by the gradient
/// arriving from above, ∂f/∂q: ∂f/∂x = ∂f/∂q · ∂q/∂x.
///
/// `circuit_backward(&circuit_forward(-2.0, 5.0, -4.0)) -> CircuitGradient { dq: -4.0, dx: -4.0, dy: -4.0, dz: 3.0 }`
pub fn circuit_backward(circuit: &Circuit) -> CircuitGradient {
    // TODO: the mul node's local derivatives first, then ∂f/∂q through the add node into x and y.
    todo!("the backward pass of (x + y)·z from {circuit:?}")
}

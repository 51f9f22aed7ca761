//! Part 1's provided types: the circuit after its forward pass, and its gradient
//! wire by wire. `src/circuit.rs` declares this module.

/// The circuit (x + y)·z after its forward pass: the inputs, the add node's
/// output q = x + y, and the mul node's output f = q·z.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Circuit {
    pub x: f64,
    pub y: f64,
    pub z: f64,
    /// q = x + y, the wire between the add node and the mul node.
    pub q: f64,
    /// f = q·z, the circuit's output.
    pub f: f64,
}

/// The gradient of the circuit's output f, wire by wire: how much f moves per
/// unit nudge of each wire.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CircuitGradient {
    /// ∂f/∂q, the gradient arriving at the add node from above.
    pub dq: f64,
    /// ∂f/∂x.
    pub dx: f64,
    /// ∂f/∂y.
    pub dy: f64,
    /// ∂f/∂z.
    pub dz: f64,
}

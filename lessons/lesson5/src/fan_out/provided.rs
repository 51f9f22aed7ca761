//! Part 4's provided type: the circuit (x + y)·x after its forward pass.
//! `src/fan_out.rs` declares this module.

/// The circuit (x + y)·x after its forward pass: the inputs, q = x + y, and
/// f = q·x.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FanOut {
    pub x: f64,
    pub y: f64,
    /// q = x + y, the add gate's output.
    pub q: f64,
    /// f = q·x, the mul gate's output and the circuit's.
    pub f: f64,
}

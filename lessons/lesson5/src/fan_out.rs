//! Part 4: a value used twice, f(x, y) = (x + y)·x.
//!
//! x goes into the add gate and, a second time, into the mul gate. A nudge of x
//! reaches f along both paths, so x's gradient is the sum of what each use
//! sends back.
//!
//! The `FanOut` its forward pass returns is provided in `src/fan_out/provided.rs`.

mod provided;
pub use provided::FanOut;

/// The forward pass of (x + y)·x: q = x + y, then f = q·x.
///
/// `fan_out_forward(-2.0, 5.0) -> FanOut { x: -2.0, y: 5.0, q: 3.0, f: -6.0 }`
pub fn fan_out_forward(x: f64, y: f64) -> FanOut {
    // TODO: q = x + y, then f = q·x.
    todo!("the forward pass of (x + y)·x at x={x}, y={y}")
}

/// The backward pass of (x + y)·x: (∂f/∂x, ∂f/∂y).
///
/// x has two uses, so it receives two gradients, one from the mul gate and one
/// from the add gate: start every gradient at 0 and *add* (`+=`) the share of
/// each use. The gates of part 2 give the shares (`crate::gates::mul_backward`
/// and `crate::gates::add_backward`).
///
/// `fan_out_backward(&fan_out_forward(-2.0, 5.0)) -> (1.0, -2.0)`: x gets
/// q = 3 from the mul gate and ∂f/∂q = x = −2 from the add gate.
pub fn fan_out_backward(circuit: &FanOut) -> (f64, f64) {
    // TODO: start both gradients at 0 and add the share of every use.
    todo!("the backward pass of (x + y)·x from {circuit:?}")
}

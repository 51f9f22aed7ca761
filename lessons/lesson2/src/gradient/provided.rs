//! Part 2's provided type: a numeric gradient, and what it cost.
//! `src/gradient.rs` declares this module.

/// A numeric gradient, and what it cost.
#[derive(Clone, Debug, PartialEq)]
pub struct Gradient {
    /// `grad[i]` is ∂f/∂xᵢ, for the input `x[i]`: one per input, in their order.
    pub grad: Vec<f64>,
    /// How many times f was called.
    pub evaluations: usize,
}

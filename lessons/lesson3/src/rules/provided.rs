//! Part 1's provided types: a node of one input and a node of two, seen at one
//! point. `src/rules.rs` declares this module.

/// A node with two inputs, seen at one point: its output and its two partial
/// derivatives there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Node2 {
    /// f(a, b).
    pub value: f64,
    /// ∂f/∂a at (a, b).
    pub da: f64,
    /// ∂f/∂b at (a, b).
    pub db: f64,
}

/// A node with one input, seen at one point: its output and its derivative there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Node1 {
    /// f(x).
    pub value: f64,
    /// df/dx at x.
    pub dx: f64,
}

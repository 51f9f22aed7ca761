//! Part 2's provided data: the eight points the neuron learns to separate,
//! their labels and where the neuron starts. `src/learn.rs` declares this module.

/// Eight points of the plane, four labelled +1 and four labelled −1: the
/// horizontal line x₁ = 0.5 separates them.
pub const POINTS: [[f64; 2]; 8] = [
    [1.0, 2.0],
    [2.0, 1.0],
    [3.0, 3.0],
    [0.0, 3.0],
    [-1.0, 0.0],
    [0.0, -2.0],
    [-2.0, -1.0],
    [2.0, -1.0],
];

/// The labels of [`POINTS`], in the same order.
pub const LABELS: [f64; 8] = [1.0, 1.0, 1.0, 1.0, -1.0, -1.0, -1.0, -1.0];

/// Where part 2's neuron starts: w₀ = 1, w₁ = 0, b = 0.5, the vertical line
/// x₀ = −0.5, which puts two of the −1 points on the wrong side.
pub const START: [f64; 3] = [1.0, 0.0, 0.5];

//! Lesson 9: the same network, in matrices.
//!
//! The graph of lesson 7 is the same at every step, and its nodes come in
//! regular blocks. Record it once and replay it; then group its nodes into
//! matrices, and backpropagation becomes a handful of matrix products: the same
//! numbers as micrograd, thousands of times faster. Finish lessons 6 and 7
//! first. Read `lessons/lesson9/README.md`, then fill in each part's `todo!()`s
//! in order. Check with `cargo xtask next`; stuck? `cargo xtask hint`.
//!
//! # What you build
//!
//! ```text
//! Recording::new(tape, &inputs, output)      a step's tape, kept (provided)
//! replay(&mut recording, &values)            -> (output, ∂output/∂input for each input)
//! Matrix::new(rows, cols, data), m.at(i, j)  row-major storage, shape checked
//! transpose(&a), affine(&x, &w, &b)          Y = X·Wᵀ + b, in micrograd's order
//! matmul(&a, &b), input_gradient(&g, &w), weight_gradient(&g, &x)
//! bias_gradient(&g), relu(&z), relu_backward(&y, &g)
//! hinge_loss(&scores, &ys), forward, backward, train   micrograd's demo, in matrices
//! matmul_ijk(&a, &b), multiply_adds(&sizes, batch)     what loop order and counting say
//! ```

// The parts, in the order you write them (each `src/S.rs` has its own checks in
// `tests/S.rs`). The story that `cargo run -p lesson9` prints and its picture
// are src/story.rs and src/plot.rs: part of the program (src/main.rs), not of
// this library, so a save does not rebuild them with your checks.

/// Part 1: record once, replay.
pub mod replay;

/// Part 2: a matrix, and a layer's product in micrograd's order.
pub mod matrix;

/// Part 3: backward through a product.
pub mod backward;

/// Part 4: a layer over a batch: its bias and its relu.
pub mod layer;

/// Part 5: micrograd's demo in matrices, step for step with micrograd.
pub mod train;

/// Part 6: speed, counted and measured.
pub mod speed;

pub use backward::{input_gradient, matmul, weight_gradient};
pub use layer::{bias_gradient, relu, relu_backward};
pub use matrix::{Matrix, Shape, affine, transpose};
pub use replay::{Recording, replay};
pub use train::{Layer, Step, backward, forward, hinge_loss, layers, parameters, train};

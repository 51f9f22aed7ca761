//! Lesson 7: a neuron learns, then micrograd's network learns the moons.
//!
//! Training is forward, loss, backward, and a step on the parameters, repeated.
//! You train with your own engine from lesson 6 (`lesson6::Tape`): first one
//! neuron that learns a line between eight points, then micrograd's demo network
//! `MLP(2, [16, 16, 1])`, whose loss follows micrograd's own run step for step.
//! Finish lesson 6 first. Read `lessons/lesson7/README.md`, then fill in each
//! part's `todo!()`s in order. Check with `cargo xtask next`; stuck?
//! `cargo xtask hint`.

// The parts, in the order you write them (each `src/S.rs` has its own checks in
// `tests/S.rs`), then the provided modules: the data and micrograd's run.
// The story that `cargo run -p lesson7` prints and its pictures are src/story.rs
// and src/plot.rs: part of the program (src/main.rs), not of this library, so a
// save does not rebuild them with your checks.

/// Part 1: a neuron scores a point, and a hinge says how wrong it is.
pub mod neuron;

/// Part 2: one neuron learns a line.
pub mod learn;

/// Part 3: micrograd's network, neuron by neuron.
pub mod mlp;

/// Part 4: the loss says how wrong the network is, and how big.
pub mod loss;

/// Part 5: the network learns the moons, step for step with micrograd.
pub mod train;

/// micrograd's 100 moons points, their labels and its 337 initial parameters.
// BEGIN SOLUTION
#[path = "../../../lessons/lesson7/src/moons.rs"]
// END SOLUTION
pub mod moons;

// Every part's functions, and lesson 6's engine, at the crate's root.
pub use learn::{descend, neuron_loss, train_neuron};
pub use lesson6::{Gradients, Tape, Var};
pub use loss::{ALPHA, accuracy, loss};

/// micrograd's own training run: the loss and accuracy of every step.
// BEGIN SOLUTION
#[path = "../../../lessons/lesson7/src/reference.rs"]
// END SOLUTION
pub mod reference;

pub use mlp::{SIZES, layers, parameter_count, score};
pub use neuron::{hinge, neuron};
pub use train::{STEPS, Step, learning_rate, train};

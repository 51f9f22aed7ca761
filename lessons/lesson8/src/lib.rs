//! Lesson 8: when gradients go wrong.
//!
//! A gradient only helps a parameter it reaches. Make each way it fails happen
//! with your own engine (lesson 6) and network (lesson 7), measure it, then fix
//! it: gradients that vanish through sigmoids, relu units that die, gradients
//! that explode, and a first scale that decides it all; last, the gradient
//! check that tells a bug from a kink. Finish lessons 3, 6 and 7 first. Read
//! `lessons/lesson8/README.md`, then fill in each part's `todo!()`s in order.
//! Check with `cargo xtask next`; stuck? `cargo xtask hint`.

// The parts, in the order you write them (each `src/S.rs` has its own checks in
// `tests/S.rs`), then the provided modules: the networks of the experiments.
// The story that `cargo run -p lesson8` prints and its pictures are src/story.rs
// and src/plot.rs: part of the program (src/main.rs), not of this library, so a
// save does not rebuild them with your checks.

/// Part 1: gradients that vanish.
pub mod vanishing;

/// Part 2: relu units that die.
pub mod dying;

/// Part 3: gradients that explode, and a clip that holds them.
pub mod exploding;

/// Part 4: the initial scale decides whether a signal gets through.
pub mod init;

/// Part 5: the initial scale decides whether a network learns.
pub mod scale;

/// Part 6: the gradient check, and its kinks.
pub mod grad_check;

/// The networks of the experiments: lesson 7's, with a choice of activation.
pub use lesson8_net as net;

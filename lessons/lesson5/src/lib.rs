//! Lesson 5: the chain rule.
//!
//! A circuit's gradient comes back through it node by node: each node multiplies
//! the gradient arriving from above by its own local derivatives. Running the
//! circuit forward and then passing gradients backward like this is
//! backpropagation.
//!
//! Read `lessons/lesson5/README.md`. The lesson has five parts, one file each,
//! in this order; fill in each `todo!()` of a part before you move on.
//! Check with `cargo xtask next`; stuck? `cargo xtask hint`.

// The parts, in the order you meet them (a blank line between each keeps
// rustfmt from sorting them by name).
/// Part 1: the circuit (x + y)·z, forward and back.
pub mod circuit;

/// Part 2: the gates' backward rules.
pub mod gates;

/// Part 3: a neuron, and one step up.
pub mod neuron;

/// Part 4: a value used twice.
pub mod fan_out;

/// Part 5: what backpropagation costs.
pub mod cost;

// The story that `cargo run -p lesson5` prints, and the circuit drawings in it,
// are src/story.rs and src/draw.rs: part of the program (src/main.rs), not of
// this library, so a save does not rebuild them with your checks.

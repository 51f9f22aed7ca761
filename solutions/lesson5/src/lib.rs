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
/// Part 1: the circuit (x + y)·z, forward and then backward by hand.
pub mod circuit;

/// Part 2: the gates' backward rules: add, mul, max and sigmoid.
pub mod gates;

/// Part 3: a neuron σ(a·x + b·y + c), forward, backward, and one step up.
pub mod neuron;

/// Part 4: a value used twice receives the sum of its uses' gradients.
pub mod fan_out;

/// Part 5: what backpropagation costs, counted.
pub mod cost;

// The provided modules have one copy, in lessons/lesson5/src/, shared with the
// lesson. The path holds here and in the lesson's folder alike, so copying this
// file over the lesson's still solves it.
/// Given: circuits drawn with their values and gradients.
#[path = "../../../lessons/lesson5/src/draw.rs"]
pub mod draw;

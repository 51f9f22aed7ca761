//! Lesson 2: the numeric derivative.
//!
//! Move one input by a small step h, see how much f moved, divide by h: that
//! rate of change tells which way to push the input, and how hard. Measuring it
//! costs evaluations of f, and h can be too large as well as too small.
//! Read `lessons/lesson2/README.md`. The lesson has three parts, each with one
//! file to edit: `src/difference.rs`, `src/gradient.rs`, then `src/best_step.rs`;
//! fill in each `todo!()` in order.
//! Check with `cargo xtask next`; stuck? `cargo xtask hint`.

// The parts, in the order you meet them (each `pub mod` stands alone, so that
// rustfmt, which sorts adjacent module lines, keeps this order).

// Part 1: two ways to measure a slope.
pub mod difference;

// Part 2: partial derivatives and the gradient.
pub mod gradient;

// Part 3: how small should h be?
pub mod best_step;

pub use best_step::*;
pub use difference::*;
pub use gradient::*;

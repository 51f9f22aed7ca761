//! Lesson 1: the random nudge.
//!
//! A node multiplies its two inputs, f(a, b) = a·b, and we want its output to be
//! larger. The blind way: push each input up by a small random amount and look.
//! Read `lessons/lesson1/README.md`. The lesson has two parts, each with one file
//! to edit: `src/nudge.rs`, then `src/search.rs`; fill in each `todo!()` in order.
//! Check with `cargo xtask next`; stuck? `cargo xtask hint`.

// The parts, in the order you meet them (each `pub mod` stands alone, so that
// rustfmt, which sorts adjacent module lines, keeps this order).

// Part 1: the nudge.
pub mod nudge;

// Part 2: random search.
pub mod search;

pub use nudge::*;
pub use search::*;

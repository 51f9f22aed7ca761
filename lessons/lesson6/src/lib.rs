//! Lesson 6: backpropagation through any graph.
//!
//! Record every operation on a tape as it happens; then one loop, from the output
//! back to the first node, computes the gradient of the output with respect to
//! every node. Read `lessons/lesson6/README.md`, then fill in each part's
//! `todo!()`s in order. Check with `cargo xtask next`; stuck? `cargo xtask hint`.
//!
//! # The engine you build (lessons 7 and 8 train networks with it)
//!
//! ```text
//! Var                       a handle: the index of a node on its tape (Copy)
//! Op                        Leaf, Add(a, b), Mul(a, b), Neg(a), Pow(a, k), Exp(a),
//!                           Tanh(a), Relu(a), Sigmoid(a): what made a node
//! Tape::new(), with_capacity(n), len(), is_empty(), clear()   (clear keeps the memory)
//! tape.leaf(x) -> Var       a number given from outside: input, weight, constant
//! tape.value(v), tape.op(v) what a node holds
//! tape.vars()               every node's Var in tape order (provided, for lesson 9)
//! tape.set_value(v, x)      overwrites a node's value in place (provided, for lesson 9)
//! tape.add(a, b), mul(a, b), neg(a), sub(a, b), pow(a, k), div(a, b),
//!     exp(a), tanh(a), relu(a), sigmoid(a)                    -> Var
//! tape.sum(&[a, b, c])      (a + b) + c, one add per term after the first
//! tape.backward(y) -> Gradients      a fresh buffer: ∂y/∂v for every node v
//! grads.of(v), grads[v]     ∂y/∂v
//! ```
//!
//! `sub` is a + (−b) and `div` is a·b⁻¹, as in micrograd, so they need no
//! backward code of their own. Every function that takes a `Var` refuses one that
//! is not on its tape, with a panic that says so.
//!
//! ```text
//! let mut tape = Tape::new();
//! let (x, y) = (tape.leaf(-2.0), tape.leaf(3.0));
//! let f = tape.mul(x, y);                   // f = x·y = −6
//! let grads = tape.backward(f);
//! (grads[x], grads[y]) -> (3.0, -2.0)       // ∂f/∂x = y, ∂f/∂y = x
//! ```

// The parts, in the order you write them (each `src/S.rs` has its own checks in
// `tests/S.rs`). The story that `cargo run -p lesson6` prints is src/story.rs,
// part of the program (src/main.rs), not of this library: it is not rebuilt with
// your checks.

/// Part 1: the tape records every operation.
pub mod tape;

/// Part 2: one loop backward gives every gradient.
pub mod backward;

/// Part 3: operations of one input and their local derivatives.
pub mod unary;

/// Part 4: subtraction and division from the others, and proof it all works.
pub mod composite;

pub use backward::Gradients;
pub use tape::{Op, Tape, Var};

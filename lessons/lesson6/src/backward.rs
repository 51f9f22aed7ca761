//! Part 2: one loop backward gives every gradient.
//!
//! The tape's order is a topological order: every node comes after its inputs,
//! so every node comes before all of its users. Walking the tape from the output
//! back to node 0 therefore meets each node after every user has handed it its
//! share of the gradient, and the node can pass the sum on to its own inputs.
//!
//! The `Gradients` that `backward` returns are provided in
//! `src/backward/provided.rs`.

#[allow(unused_imports)] // You will need `Op` and `local_derivative` in `backward`.
use crate::tape::{Op, Tape, Var};
#[allow(unused_imports)]
use crate::unary::local_derivative;

mod provided;
pub use provided::Gradients;

impl Tape {
    /// The gradient of `output` with respect to every node of the tape, in a
    /// fresh buffer (calling it twice gives the same result).
    ///
    /// One gradient per node, all 0 except ∂output/∂output = 1. Then, for each
    /// node from `output` back to node 0, with `upstream` its gradient so far:
    /// a leaf passes nothing on; `Add(a, b)` adds `upstream` to the gradients of
    /// a and of b; `Mul(a, b)` adds value(b)·upstream to a's and value(a)·upstream
    /// to b's; a node with one input (`Neg`, `Pow`, `Exp`, `Tanh`, `Relu`,
    /// `Sigmoid`) adds `local_derivative(op, value(a), value(node))`·upstream to
    /// its input a's (you write `local_derivative` in part 3). Always add (`+=`):
    /// a value used twice receives a share from each use. Nodes after `output`
    /// keep 0.
    ///
    /// For f = x·y at x = −2, y = 3: `grads[f] -> 1.0`, `grads[x] -> 3.0`,
    /// `grads[y] -> -2.0`.
    ///
    /// # Panics
    ///
    /// If `output` is not on this tape ("is not on this tape"). Reading the
    /// gradient of a `Var` that was not on the tape is refused in the same way,
    /// by the provided `grads[v]` ("is not on the tape these gradients came
    /// from").
    pub fn backward(&self, output: Var) -> Gradients {
        // TODO: fresh gradients, 1 for the output, then one loop back to node 0 adding the shares.
        todo!("the gradient of {output:?} with respect to every node")
    }
}
